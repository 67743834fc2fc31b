# exc.__traceback__: tb_frame, tb_lineno, tb_next from the handler's frame inwards.


def level3(n):
    items = [n]
    return items[n]


def level2(n):
    return level3(n) + 1


def level1(n):
    return level2(n) * 2


try:
    level1(5)
except IndexError as e:
    tb = e.__traceback__
    steps = []
    while tb is not None:
        steps.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        last = tb
        tb = tb.tb_next
    print(steps)
    print(last.tb_frame.f_locals["n"], last.tb_frame.f_locals["items"])
    print(e.__traceback__.tb_frame.f_globals is globals(), type(e.__traceback__).__name__)


def catch_inside():
    try:
        level2(9)
    except IndexError as e:
        out = []
        tb = e.__traceback__
        while tb:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return out


print(catch_inside())
try:
    raise KeyError("k")
except KeyError as e:
    print(e.__traceback__.tb_next, e.__traceback__.tb_lineno)
