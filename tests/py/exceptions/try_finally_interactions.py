# Exceptions raised in else/finally/except clauses and how they replace each other
def else_not_protected():
    try:
        try:
            pass
        except ValueError:
            return "inner except (should not run)"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return f"outer caught {e}"
print(else_not_protected())
def except_raises():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise ValueError("from except")
        finally:
            print("  finally after except raised")
    except ValueError as e:
        return f"caught {e}, context {e.__context__!r}"
print(except_raises())
def finally_replaces():
    try:
        try:
            raise KeyError("original")
        finally:
            raise TypeError("replacement")
    except Exception as e:
        return f"{type(e).__name__}: {e}, context {type(e.__context__).__name__}"
print(finally_replaces())
def finally_return_hides():
    try:
        raise ValueError("hidden")
    finally:
        return "finally return hides exception"
print(finally_return_hides())
def multiple_finally_levels():
    order = []
    try:
        try:
            try:
                raise RuntimeError("deep")
            finally:
                order.append("f1")
        finally:
            order.append("f2")
    except RuntimeError:
        order.append("caught")
    finally:
        order.append("f3")
    return order
print(multiple_finally_levels())
def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())
def exception_in_handler_of_other():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as t:
            inner = t
    return repr(inner.__context__)
print(exception_in_handler_of_other())
