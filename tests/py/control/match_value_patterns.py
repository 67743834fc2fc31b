# match: value patterns (dotted names) versus capture patterns
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
    class Nested:
        TEAPOT = 418
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case other:
            return f"unknown {other}"
print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case Status.Nested.TEAPOT:
            return "teapot"
        case c if 500 <= c < 600:
            return "server error"
        case _:
            return "other"
print([http(c) for c in [200, 404, 418, 503, 301]])
RED = "red"
match "green":
    case RED:
        print("bare name always captures:", RED)
print("module RED rebound:", RED)
class Cfg:
    limit = 3
match [3, 4]:
    case [Cfg.limit, rest]:
        print("dotted in sequence", rest)
Color.RED = "crimson"
print(paint("crimson"), paint("red"))
