# Common error-handling idioms: EAFP, defaults, cleanup, re-raising with context
config = {"port": "8080", "debug": "yes", "workers": "four"}
def get_int(key, default):
    try:
        return int(config[key])
    except KeyError:
        return default
    except ValueError as e:
        print(f"  bad value for {key}: {e}")
        return default
print(get_int("port", 80), get_int("workers", 1), get_int("missing", -1))
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a > 0 else float("-inf") if a < 0 else float("nan")
    except TypeError:
        return None
print([safe_div(*p) for p in [(1, 2), (1, 0), (-1, 0), (0, 0), ("a", 1)]])
def parse_all(items):
    ok, errors = [], []
    for it in items:
        try:
            ok.append(float(it))
        except (ValueError, TypeError) as e:
            errors.append(f"{it!r}: {type(e).__name__}")
    return ok, errors
print(parse_all(["1.5", "x", None, "2e3", [], "-0"]))
cleanup_log = []
def process(data):
    resource = "open"
    try:
        if not data:
            raise ValueError("empty data")
        return sum(data)
    finally:
        resource = "closed"
        cleanup_log.append(resource)
for d in [[1, 2], []]:
    try:
        print("result", process(d))
    except ValueError as e:
        print("failed:", e)
print(cleanup_log)
class ConfigError(Exception):
    pass
def load(key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"missing config {key}") from e
try:
    load("host")
except ConfigError as e:
    print(e, "| caused by", repr(e.__cause__))
def first_valid(*funcs):
    errors = []
    for f in funcs:
        try:
            return f(), errors
        except Exception as e:
            errors.append(type(e).__name__)
    return None, errors
print(first_valid(lambda: 1 / 0, lambda: [][1], lambda: {}["x"], lambda: "ok"))
print(first_valid(lambda: int("z")))
def with_else(x):
    try:
        v = 10 / x
    except ZeroDivisionError:
        return "div error"
    else:
        return f"ok {v}"
    finally:
        print("  checked", x)
print(with_else(4), with_else(0))
