# bytes/bytearray startswith and endswith with tuples of prefixes and buffers.
for a in [(b'ab', (b'a',)), (b'ab', (b'x', b'a')), (bytearray(b'ab'), (b'b',)), (b'abc', (bytearray(b'bc'), memoryview(b'zz')))]:
    print(a[0].startswith(a[1]), a[0].endswith(a[1]), a[0].startswith(a[1], 1), a[0].endswith(a[1], 0, 2))
for f in (lambda: b'ab'.startswith(['a']), lambda: b'ab'.startswith(('a',)), lambda: b'ab'.endswith(5), lambda: b'ab'.endswith(())):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
