# The built-in exception hierarchy
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, UnicodeDecodeError,
            TypeError, AttributeError, NameError, UnboundLocalError, RecursionError, NotImplementedError,
            StopIteration, GeneratorExit, KeyboardInterrupt, SystemExit, AssertionError, FileNotFoundError,
            ModuleNotFoundError, MemoryError, RuntimeError, LookupError, ArithmeticError, Exception]:
    print(chain(cls))
print(issubclass(KeyError, LookupError), issubclass(KeyError, IndexError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(GeneratorExit, Exception), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type), isinstance(StopIteration(), Exception))
print(IOError is OSError, EnvironmentError is OSError)
def which(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError branch"
    except ArithmeticError:
        return "ArithmeticError branch"
    except Exception as e:
        return f"Exception branch ({type(e).__name__})"
    except BaseException as e:
        return f"BaseException branch ({type(e).__name__})"
for exc in [KeyError("k"), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), GeneratorExit(), SystemExit(2)]:
    print(which(exc))
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", e)
try:
    {}["x"]
except Exception as e:
    print(type(e).__name__, isinstance(e, LookupError), isinstance(e, KeyError))
print(BaseException.__bases__, Exception.__bases__[0].__name__)
