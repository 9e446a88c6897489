class Settings:
    @classmethod
    @property
    def mode(cls):
        return f"mode of {cls.__name__}"

class D(Settings):
    pass

print(Settings.mode, D.mode, D().mode)
