# try/except/else/finally execution order
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("bad")
        if action == "key":
            {}["k"]
        log.append("try-end")
    except ValueError as e:
        log.append(f"except ValueError({e})")
    except (KeyError, IndexError) as e:
        log.append(f"except {type(e).__name__}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for a in ["ok", "raise", "key"]:
    print(a, run(a))
def order():
    try:
        return "from try"
    finally:
        print("finally runs before return completes")
print(order())
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError:
    print("outer caught")
try:
    raise TypeError("t")
except Exception as e:
    print("caught by base class:", type(e).__name__, e)
try:
    int("x")
except (TypeError, ValueError):
    print("tuple of types")
try:
    [][0]
except LookupError as e:
    print("LookupError catches", type(e).__name__)
e = "outer"
try:
    raise ValueError
except ValueError as e:
    print("bare class raise:", repr(e))
try:
    print(e)
except NameError as ne:
    print("NameError: except-as name was deleted:", ne)
def nested():
    try:
        raise KeyError("inner")
    except KeyError:
        try:
            raise ValueError("during handling")
        except ValueError as v:
            return f"handled {v}"
print(nested())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
