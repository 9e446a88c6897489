# A hand-written serializer: type dispatch, cycle detection, escaping, custom hooks and a round-trip parser.

class SerializeError(TypeError):
    pass


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __serialize__(self):
        return {"__type__": "Point", "x": self.x, "y": self.y}

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def escape(s):
    out = []
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else "".join(f"\\u{u:04x}" for u in surrogates(ord(ch))))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def surrogates(cp):
    cp -= 0x10000
    return (0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF))


def dumps(obj, indent=None, _seen=None, _level=0):
    seen = set() if _seen is None else _seen
    nl = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    match obj:
        case None:
            return "null"
        case bool():
            return "true" if obj else "false"
        case int():
            return str(int(obj))
        case float():
            if obj != obj or obj in (float("inf"), float("-inf")):
                raise SerializeError(f"cannot serialize float {obj!r}")
            return repr(float(obj))
        case str():
            return escape(obj)
        case list() | tuple():
            if id(obj) in seen:
                raise SerializeError("circular reference detected")
            seen.add(id(obj))
            body = sep.join(nl + dumps(v, indent, seen, _level + 1) for v in obj)
            seen.discard(id(obj))
            return "[" + body + (end if obj else "") + "]"
        case dict():
            if id(obj) in seen:
                raise SerializeError("circular reference detected")
            seen.add(id(obj))
            parts = []
            for k, v in obj.items():
                if not isinstance(k, str):
                    raise SerializeError(f"keys must be str, not {type(k).__name__}")
                parts.append(nl + escape(k) + ": " + dumps(v, indent, seen, _level + 1))
            seen.discard(id(obj))
            return "{" + sep.join(parts) + (end if obj else "") + "}"
        case _ if hasattr(type(obj), "__serialize__"):
            return dumps(obj.__serialize__(), indent, seen, _level)
        case _:
            raise SerializeError(f"Object of type {type(obj).__name__} is not serializable")


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, msg):
        raise ValueError(f"{msg} at position {self.pos}")

    def ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t\r":
            self.pos += 1

    def parse(self):
        value = self.value()
        self.ws()
        if self.pos != len(self.text):
            self.error("trailing data")
        return value

    def value(self):
        self.ws()
        if self.pos >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        return self.number()

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        raw = self.text[start:self.pos]
        if not raw:
            self.error(f"unexpected character {self.text[self.pos]!r}")
        try:
            return int(raw)
        except ValueError:
            return float(raw)

    def string(self):
        self.pos += 1
        out = []
        while True:
            if self.pos >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                break
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    code = int(self.text[self.pos:self.pos + 4], 16)
                    self.pos += 4
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        self.pos += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                else:
                    out.append({"n": "\n", "t": "\t", "r": "\r"}.get(esc, esc))
            else:
                out.append(ch)
        return "".join(out)

    def arr(self):
        self.pos += 1
        items = []
        self.ws()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "]":
                return items
            if ch != ",":
                self.error("expected , or ]")

    def obj(self):
        self.pos += 1
        result = {}
        self.ws()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            self.ws()
            key = self.string()
            self.ws()
            if self.text[self.pos] != ":":
                self.error("expected :")
            self.pos += 1
            result[key] = self.value()
            self.ws()
            ch = self.text[self.pos:self.pos + 1]
            self.pos += 1
            if ch == "}":
                if result.get("__type__") == "Point":
                    return Point(result["x"], result["y"])
                return result
            if ch != ",":
                self.error("expected , or }")


doc = {"name": "Zoë \"Z\" O'Neil", "tags": ["a\tb", "line\nbreak", "😀"], "n": [1, -2.5, 1e100, 0.1, True, None],
       "nested": {"empty_list": [], "empty_dict": {}, "pt": Point(1, 2)}, "tuple": (1, (2, 3))}
text = dumps(doc)
print(text)
print(dumps(doc["nested"], indent=2))
back = Parser(text).parse()
print(back)
print(back["name"] == doc["name"], back["tags"] == doc["tags"], back["nested"]["pt"] == Point(1, 2), back["tuple"])
cyc = [1, 2]
cyc.append(cyc)
d = {"self": None}
d["self"] = d
shared = [0]
for bad in [cyc, d, {1: "int key"}, float("nan"), {"s": {1, 2}}, object(), [1, float("inf")]]:
    try:
        dumps(bad)
    except SerializeError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
print(dumps([shared, shared, {"again": shared}]))
for bad_text in ['{"a": 1', '[1, 2', '"unterminated', '[1 2]', '{"a" 1}', "@", "[1] x", ""]:
    try:
        Parser(bad_text).parse()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(Parser(' { "k" : [ 1 , { "d" : -0.5e-3 } ] } ').parse(), Parser('"\\ud83d\\ude00"').parse() == "😀")
