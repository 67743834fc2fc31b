# Python code running in the middle of a buffer operation (__index__, generators)
# may release views, resize exporters or trigger a collection: the operation ends
# with CPython's exception or result, never with a crash.
import array


def err(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


b = bytearray(b'abcdef')
m = memoryview(b)


class ReleasingIndex:
    def __index__(self):
        m.release()
        b.clear()
        return 3


err("getitem", lambda: m[ReleasingIndex()])
print(b, m.obj if False else "released")

b = bytearray(b'abcdef')
m = memoryview(b)
err("setitem", lambda: m.__setitem__(ReleasingIndex(), 1))

b = bytearray(b'abc')
view = memoryview(b)
err("init", lambda: b.__init__(b'xy'))
view.release()
b.__init__(b'xy')
print(b)

a = array.array('i', range(10))


class ViewMakingIndex:
    def __index__(self):
        global held
        held = memoryview(a)
        return 5


err("del slice", lambda: a.__delitem__(slice(ViewMakingIndex(), None)))
held.release()
print(a)

b = bytearray(b'abc')


class ClearingIndex:
    def __index__(self):
        b.clear()
        return 5


err("insert", lambda: b.insert(ClearingIndex(), 1))
print(b)
b = bytearray(b'abc')
err("pop", lambda: b.pop(ClearingIndex()))
a = array.array('i', [1, 2, 3])


class ArrayClearingIndex:
    def __index__(self):
        del a[:]
        return 5


err("array insert", lambda: a.insert(ArrayClearingIndex(), 7))
print(a)
a = array.array('i', [1, 2, 3])
err("array pop", lambda: a.pop(ArrayClearingIndex()))
print(a)

print(memoryview(array.array('d', [1.0]))[::2 ** 62].tolist())
print(memoryview(b'\0' * 8).cast('I') == array.array('u', 'ab'))

# A collection in the middle of a slice store keeps its operands alive.
b2 = bytearray(b'z')
memoryview(b2)


def gen():
    b2.append(1)
    yield 65
    yield 66


buf = bytearray(b'xyz')
buf[0:1] = gen()
print(buf, b2)
memoryview(b2)
print(array.array('b', gen()), b2)
a = array.array('d', [1.0, 2.0])
memoryview(a)[0]
del a[0]
a[0:1] = array.array('d', [5.0, 6.0])
print(a)
