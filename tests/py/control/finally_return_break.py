# return/break/continue inside finally override or swallow pending control flow
def f1():
    try:
        return 1
    finally:
        return 2
print(f1())
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(f2())
def f3():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(f3())
def f4():
    result = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError
            result.append(i)
        finally:
            continue
    return result
print(f4())
def f6():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(f6())
def f7():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f7())
def f8():
    while True:
        try:
            return "return in loop"
        finally:
            print("finally before leaving loop")
print(f8())
def f9(n):
    try:
        if n:
            return "early"
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f9 finally", n)
print(f9(1), f9(0))
def f10():
    count = 0
    while count < 3:
        try:
            count += 1
            continue
        finally:
            print("continue passes through finally", count)
    return count
print(f10())
