def validate(value):
    if value < 0:
        raise ValueError("negative value: " + str(value))
    print("ok", value)


def process(values):
    for v in values:
        validate(v)
    print("not reached")


def main():
    print("start")
    process([3, 2, -1])
    print("not reached either")


main()
