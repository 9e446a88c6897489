# A config validator that collects problems and finally fails with an annotated exception.

class ConfigError(Exception):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"{self.key}: {self.problem}"


SCHEMA = {
    "port": (int, lambda v: 0 < v < 65536, "must be a valid port"),
    "host": (str, lambda v: bool(v), "must not be empty"),
    "workers": (int, lambda v: v >= 1, "must be positive"),
    "ratio": (float, lambda v: 0.0 <= v <= 1.0, "must be in [0, 1]"),
}


def validate(cfg):
    problems = []
    for key, (kind, check, msg) in SCHEMA.items():
        if key not in cfg:
            problems.append(ConfigError(key, "missing"))
            continue
        value = cfg[key]
        if not isinstance(value, kind):
            problems.append(ConfigError(key, f"expected {kind.__name__}, got {type(value).__name__}"))
        elif not check(value):
            problems.append(ConfigError(key, msg))
    return problems


configs = [
    {"port": 8080, "host": "localhost", "workers": 4, "ratio": 0.5},
    {"port": 0, "host": "", "workers": 2, "ratio": 1.5},
    {"port": "80", "workers": 0},
]
for i, cfg in enumerate(configs):
    problems = validate(cfg)
    print(f"config {i}: {'ok' if not problems else '; '.join(map(str, problems))}")
    for p in problems:
        print("   ", repr(p), p.args)

final = validate(configs[2])
err = final[0]
err.add_note(f"config index 2 had {len(final)} problems")
err.add_note("see documentation for the schema")
print("raising now")
raise err
