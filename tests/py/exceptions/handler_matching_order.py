# Which except clause runs: first match wins, tuples, base classes, nested try
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-tuple:{type(e).__name__}"
    except LookupError:
        return "lookup-base (unreachable for KeyError/IndexError)"
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError as e:
        return f"arith:{type(e).__name__}"
    except (TypeError, ValueError) as e:
        return f"type-or-value:{type(e).__name__}"
    except Exception as e:
        return f"other:{type(e).__name__}"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), UnicodeError(), RuntimeError(), LookupError()]:
    print(classify(exc))
def base_first():
    try:
        raise KeyError("k")
    except LookupError:
        return "base class clause first wins"
    except KeyError:
        return "never"
print(base_first())
def nested():
    log = []
    try:
        try:
            raise ValueError("v")
        except TypeError:
            log.append("inner TypeError")
        finally:
            log.append("inner finally")
    except ValueError:
        log.append("outer ValueError")
    return log
print(nested())
handlers = (ValueError, KeyError)
try:
    raise KeyError("dynamic tuple")
except handlers as e:
    print("caught via variable tuple:", e)
def get_handler():
    return ZeroDivisionError
try:
    1 // 0
except get_handler():
    print("caught via call expression")
try:
    try:
        raise ValueError("x")
    except 42:
        print("never")
except TypeError as e:
    print("TypeError:", e)
count = 0
for exc in [ValueError, TypeError, None]:
    try:
        if exc:
            raise exc("loop")
        count += 1
    except ValueError:
        count += 10
    except TypeError:
        count += 100
    else:
        count += 1000
print(count)
try:
    raise SystemExit(0)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("SystemExit caught by BaseException, code =", e.code)
