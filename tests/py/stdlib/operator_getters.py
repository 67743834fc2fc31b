# operator: attrgetter (single, dotted, several names), itemgetter (single,
# several, slices, dict keys), methodcaller (positional and keyword
# arguments): results, reprs, __reduce__, use as sort keys, and the errors
# of bad construction and of failing lookups.
import operator
from operator import attrgetter, itemgetter, methodcaller


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


class Node:
    def __init__(self, name, child=None, value=0):
        self.name = name
        self.child = child
        self.value = value

    def __repr__(self):
        return 'Node(%r)' % self.name

    def greet(self, greeting='hello', punct='.'):
        return '%s %s%s' % (greeting, self.name, punct)


leaf = Node('leaf', value=3)
mid = Node('mid', leaf, value=2)
root = Node('root', mid, value=1)

# attrgetter
get_name = attrgetter('name')
print(get_name(root), get_name(leaf))
print(attrgetter('child.name')(root), attrgetter('child.child.value')(root))
print(attrgetter('name', 'value')(mid), attrgetter('child.name', 'name', 'child.child')(root))
print(attrgetter('real', 'imag')(3 + 4j))
print(repr(get_name), repr(attrgetter('child.child.name')), repr(attrgetter('a', 'b.c')))
print(get_name.__reduce__(), attrgetter('a.b', 'c').__reduce__())
print(type(get_name).__name__, isinstance(get_name, attrgetter))
attempt(attrgetter('missing'), root)
attempt(attrgetter('child.missing'), root)
attempt(attrgetter('child.child.child.name'), root)
attempt(attrgetter)
attempt(attrgetter, 1)
attempt(attrgetter, 'a', 2)
attempt(attrgetter, 'a', b=1)
print(sorted([leaf, root, mid], key=attrgetter('value')))
print(sorted([leaf, root, mid], key=attrgetter('name')))
print(list(map(attrgetter('name'), [root, mid])))

# itemgetter
first = itemgetter(0)
print(first([5, 6]), first('xyz'), first((None,)))
print(itemgetter(1, 0)('ab'), itemgetter(-1, 0, 2)([10, 20, 30]))
print(itemgetter('k')({'k': 'v'}), itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(itemgetter(slice(1, 3))('abcd'), itemgetter(slice(None, None, -1), 0)([1, 2, 3]))
print(itemgetter((1, 2))({(1, 2): 'tuple key'}))
print(repr(first), repr(itemgetter('a', 'b')), repr(itemgetter((1, 2))), repr(itemgetter(slice(1, 2))))
print(first.__reduce__(), itemgetter(1, 2).__reduce__())
attempt(first, [])
attempt(itemgetter('x'), {})
attempt(itemgetter(1, 5), [1, 2])
attempt(first, 5)
attempt(itemgetter)
attempt(itemgetter, 1, x=1)
rows = [('b', 2), ('a', 2), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))

# methodcaller
upper = methodcaller('upper')
print(upper('abc'), methodcaller('split', ',')('a,b,c'), methodcaller('split', ',', 1)('a,b,c'))
print(methodcaller('greet')(root), methodcaller('greet', 'hi')(root), methodcaller('greet', punct='!')(leaf))
print(methodcaller('greet', 'hey', punct='?')(mid), methodcaller('get', 'k', 'default')({}))
print(repr(upper), repr(methodcaller('split', ',', 1)), repr(methodcaller('greet', 'hi', punct='!', x=[1])))
print(upper.__reduce__(), methodcaller('split', ',', 2).__reduce__())
kind, args = methodcaller('greet', 'yo', punct='?').__reduce__()
print(args, kind.args, kind.keywords, kind(*args)(root))
attempt(methodcaller('nope'), root)
attempt(methodcaller('greet', 1, 2, 3), root)
attempt(methodcaller)
attempt(methodcaller, 1)
attempt(methodcaller, name='upper')
print(sorted(['b', 'A', 'c'], key=methodcaller('lower')))
nums = [[3, 1], [2]]
list(map(methodcaller('append', 0), nums))
print(nums)

# the getters are plain values that can be stored and reused
getters = [attrgetter('name'), itemgetter(0), methodcaller('upper')]
print([type(g).__name__ for g in getters])
print(getters[0](root), getters[1]('q'), getters[2]('q'))
