# sys: the attributes programs read (values that do not depend on the machine or
# on the implementation's name).
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 11)
print(sys.version_info >= (3, 8), type(sys.version_info).__name__, len(sys.version_info))
print(sys.version.startswith("3.11"), sys.hexversion >> 16, sys.maxsize, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.min, sys.float_info.radix, sys.float_info[0] == sys.float_info.max)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus, sys.hash_info.inf, hash(float("inf")) == sys.hash_info.inf)
print(sys.byteorder, sys.platform, sys.float_repr_style)
print(isinstance(sys.implementation.name, str), isinstance(sys.executable, str))
print(type(sys.argv).__name__, sys.argv[0].endswith("sys_module.py"), isinstance(sys.path[0], str))
print(sys.modules["sys"] is sys, "builtins" in sys.modules, "sys" in sys.builtin_module_names)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
n = sys.stdout.write("written\n")
print(n, sys.stdout.flush(), sys.stderr.write(""))
print(isinstance(sys.getsizeof(1), int), sys.getsizeof("abc") > 0, sys.getsizeof([]) > 0)
s = sys.intern("inter" + "ned")
print(s == "interned", sys.intern(s) is s)
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError", e)
limit = sys.getrecursionlimit()
sys.setrecursionlimit(limit + 10)
print(sys.getrecursionlimit() - limit)
sys.setrecursionlimit(limit)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e.code)
sys.displayhook(None)
sys.displayhook("shown")
import builtins

print(builtins._)
