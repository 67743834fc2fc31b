# types: X | Y unions of types (repr, args, equality, isinstance/issubclass),
# SimpleNamespace and the names of the built-in types.
import types
print(int | str, repr(int | None), (int | str).__args__, int | int, (int | str) == (str | int), isinstance(1, int | str), issubclass(bool, int | str), type(int|str).__name__, types.UnionType)
class A: pass
print(A | None, None | int)
try: int | 'x'
except Exception as e: print(type(e).__name__, e)
print((int | str) | float, int | (str | float), hash(int|str)==hash(str|int))
import collections.abc
print(int | collections.abc.Iterable)
print(types.SimpleNamespace(a=1, b='x'), types.SimpleNamespace(a=1)==types.SimpleNamespace(a=1))
print(types.FunctionType, types.BuiltinFunctionType, types.ModuleType, types.MethodType, types.GeneratorType, types.NoneType, types.MappingProxyType)
print(isinstance(None, int | None), isinstance('s', int | float), isinstance(2.5, (int | float, str)))
try: isinstance(1, 5)
except Exception as e: print(type(e).__name__, e)
