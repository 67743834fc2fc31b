# typing generic aliases and special forms: reprs of List/Dict/Tuple/Set/FrozenSet/Type/
# Callable/Iterable/... subscriptions, Optional/Union flattening and deduplication,
# Literal, Annotated, ClassVar/Final, __origin__/__args__, get_origin/get_args,
# equality/hashing/caching, | between typing objects, type variable substitution,
# instantiation through aliases, and the error messages of bad subscriptions.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Sequence, Mapping, MutableMapping, Type, TypeVar,
                    Generic, Protocol, Final, ClassVar, Literal, Annotated, Deque,
                    DefaultDict, Counter, ChainMap, AbstractSet, Generator, NoReturn,
                    Never, Hashable, Sized, get_origin, get_args)

print(List, Dict, Tuple, Set, FrozenSet, Type, Callable, Iterable, Iterator, Sequence)
print(Mapping, MutableMapping, Deque, DefaultDict, Counter, ChainMap, AbstractSet, Generator)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[str], Type[int], Iterable[str])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Sequence[Tuple[int, float]])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None], Callable[[List[int]], Dict[str, Any]])
print(Optional[int], Optional[List[str]], Union[int, str], Union[int, None], Union[None, int])
print(Union[int, str, None], Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, int], Union[int])
print(Literal[1], Literal["a", "b"], Literal[1, True, None], Literal[Literal[1, 2], 3], Literal[1, 2, 1])
print(Annotated[int, "meta"], Annotated[List[int], 1, 2], Annotated[Annotated[int, "a"], "b"])
print(ClassVar[int], Final[str], ClassVar, Final, Any, NoReturn, Never, Union, Optional, Literal)
print(Dict[str, "Node"], List["int"], Optional["X"], typing.ForwardRef("Node"))
print(Generator[int, None, str], typing.Coroutine[Any, Any, int], typing.ContextManager[str])


class Custom:
    pass


print(List[Custom], Optional[Custom], Dict[str, Custom])

# __origin__ and __args__, get_origin and get_args.
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__, Optional[int].__args__)
print(Union[int, str].__origin__, Literal[1, 2].__args__, Callable[[int], str].__args__, Tuple[int, ...].__args__)
print(get_origin(List[int]), get_origin(List), get_origin(Dict[str, int]), get_origin(Optional[int]))
print(get_origin(Literal[1]), get_origin(ClassVar[int]), get_origin(Annotated[int, 0]), get_origin(int), get_origin(Generic))
print(get_args(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_args(int), get_args(List))
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., bool]), get_args(Annotated[int, "x", "y"]))
print(get_args(Tuple[()]), get_args(Tuple[int, ...]), get_args(Literal["a", 1]))

# Equality, hashing and caching.
print(List[int] == List[int], List[int] is List[int], List[int] == List[str], List == List[int])
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(hash(Union[int, str]) == hash(Union[str, int]), hash(Dict[str, int]) == hash(Dict[str, int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Annotated[int, 1] == Annotated[int, 1])
print(len({List[int], List[int], List[str], Optional[int], Union[None, int]}))

# | between typing objects (the left operand must be a typing object in pyjit).
print(List[int] | None, Optional[int] | str, None | List[int], Dict[str, int] | List[int])
T = TypeVar("T")
print(T | int, Literal[1] | Literal[2])

# Type variables and substitution.
K = TypeVar("K")
V = TypeVar("V")
print(List[T], Dict[K, V], List[T].__parameters__, Dict[str, V].__parameters__, Dict[K, List[V]].__parameters__)
print(List[T][int], Dict[K, V][str, float], Dict[str, V][bytes], Dict[K, List[V]][int, str], Optional[T][str])
print(Union[T, int][str], Callable[[T], V][int, str], Tuple[T, ...][int], Union[T, None][List[int]])

# Aliases are callable when the origin may be instantiated.
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]("abca"))
for alias in (List, List[int], Dict[str, int], Tuple, Set[int], Type, FrozenSet):
    try:
        alias()
    except TypeError as e:
        print("TypeError", e)

# Errors.
bad = [
    lambda: List[int, str],
    lambda: Dict[str],
    lambda: Hashable[int],
    lambda: Sized[int],
    lambda: List[int][str],
    lambda: Dict[K, int][int, str],
    lambda: Union[()],
    lambda: Union[int, (1, 2)],
    lambda: Optional[int, str],
    lambda: ClassVar[int, str],
    lambda: List[ClassVar[int]],
    lambda: List[Final[int]],
    lambda: List[Union],
    lambda: List[Generic],
    lambda: Callable[int],
    lambda: Callable[[int], str, bool],
    lambda: NoReturn[int],
    lambda: Annotated[int],
    lambda: Annotated(),
    lambda: Any(),
    lambda: Union(),
    lambda: Optional(),
    lambda: Generic[int],
    lambda: Generic[T, T],
    lambda: Generic[T][int],
    lambda: Protocol[int],
]
for fn in bad:
    try:
        print("no error:", fn())
    except TypeError as e:
        print("TypeError", e)

print(List.__doc__, Dict.__doc__, Deque.__doc__, Iterable.__doc__)
print(List.__name__, List[int].__name__, Optional.__name__, Union[int, str].__module__, List.__module__)
print(List[int].append is list.append, Dict[str, int].fromkeys("ab"))
