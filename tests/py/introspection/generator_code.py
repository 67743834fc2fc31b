# gi_code, gi_running and the generator flag of code objects.
import sys


def gen():
    yield sys._getframe().f_code.co_name


def plain():
    pass


g = gen()
print(g.gi_code is gen.__code__, g.gi_code.co_name, g.gi_running)
print(next(g))
print(bool(gen.__code__.co_flags & 0x20), bool(plain.__code__.co_flags & 0x20))
