# Exception chaining: implicit __context__, explicit __cause__, suppression with from None
def describe(e):
    parts = [f"{type(e).__name__}({e})"]
    parts.append(f"cause={type(e.__cause__).__name__ if e.__cause__ else None}")
    parts.append(f"context={type(e.__context__).__name__ if e.__context__ else None}")
    parts.append(f"suppress={e.__suppress_context__}")
    return " ".join(parts)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    print(describe(e))
try:
    try:
        {}["k"]
    except KeyError as ke:
        raise RuntimeError("explicit") from ke
except RuntimeError as e:
    print(describe(e), "| cause is context:", e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    print(describe(e))
try:
    raise IndexError("direct") from ValueError("standalone cause")
except IndexError as e:
    print(describe(e), "| cause msg:", e.__cause__)
def level3():
    raise KeyError("level3")
def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2") from e
def level1():
    try:
        level2()
    except ValueError:
        raise RuntimeError("level1")
try:
    level1()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}:{cur}")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally sees no exception object directly")
except ValueError as e:
    print("context of inner:", e.__context__)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    print(type(e.__context__).__name__, type(e.__context__.__context__).__name__)
ex = RuntimeError("manual")
ex.__cause__ = KeyError("set by hand")
print(ex.__suppress_context__, repr(ex.__cause__))
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)
