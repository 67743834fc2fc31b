# Function objects: names, docstrings, defaults, custom attributes, identity
def documented(a, b=2, *args, c, d=4, **kw):
    """Docstring line one.

    More text."""
    return a
print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__, callable(documented), type(documented).__name__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc() is None)
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer().__qualname__)
class K:
    def method(self):
        pass
    class Inner:
        def deep(self):
            pass
print(K.method.__name__, K.method.__qualname__, K.Inner.deep.__qualname__)
documented.custom = "attached"
documented.counter = 0
documented.counter += 1
print(documented.custom, documented.counter, sorted(k for k in documented.__dict__))
f1 = outer()
f2 = outer()
print(f1 is f2, f1 == f2, f1 is f1)
alias = documented
print(alias.__name__, alias is documented)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
lam = lambda: None
print(lam.__name__, lam.__qualname__, lam.__doc__)
def gen():
    yield 1
print(type(gen).__name__, type(gen()).__name__)
print(len.__name__, type(len).__name__, callable(len), callable(5), callable(K), callable(K()))
def anno(x: "ann", y: int = 3) -> list:
    return [x, y]
print(anno.__annotations__, anno("q"))
