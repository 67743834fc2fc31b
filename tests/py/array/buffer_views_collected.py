# Views that are no longer reachable do not block resizing: pyjit has no reference
# counts, so a resize of an exported object first collects garbage views.
import array

a = array.array('d', [1.0, 2.0])
print(memoryview(a)[0], bytes(memoryview(a))[:1], memoryview(a).tolist())
a.append(3.0)


def peek(x):
    v = memoryview(x)  # dies with the call
    return v[-1]


print(peek(a))
a.extend([4.0])
m = memoryview(a)
try:
    a.append(0.5)
except BufferError as e:
    print("BufferError:", e)
m = None  # the only reference goes away
a.append(0.5)
print(a)

b = bytearray(b'xy')
for i in range(3):
    memoryview(b)[0] = 65 + i
    b.append(48 + i)
print(b)

a += array.array('d', [5.0])
b += b'!'
a *= 2
b *= 2
print(len(a), b)

views = [memoryview(b) for _ in range(3)]
try:
    b.pop()
except BufferError as e:
    print("BufferError:", e)
views.pop().release()
views.clear()
print(b.pop(), b)

with memoryview(a) as w:
    print(w.nbytes)
a.insert(0, -1.0)
print(a[:3])

# The collection a resize triggers keeps the items still to be appended alive.
q = array.array('Q')
memoryview(q)
q.extend(2**63 + i * 2**40 for i in range(5))
print(q)
