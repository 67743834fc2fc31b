# __name__ is "__main__" for the program, the module name when imported.
import sys
print(__name__)
if __name__ == "__main__":
    print("main branch taken")
import sibling_module
print(sibling_module.LOADED_AS, sibling_module.__name__ == "__main__")
print(sys.modules["__main__"].__name__, "main_name" in sys.modules)
main = sys.modules["__main__"]
print(main.sibling_module is sibling_module)
MARK = "set in main"
print(main.MARK, main.__dict__ is globals())
print(__file__.rsplit("/", 1)[-1], __doc__)


def f():
    return f.__module__


print(f(), type(main).__name__)
