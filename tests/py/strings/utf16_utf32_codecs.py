# UTF-16/UTF-32 (with and without byte-order marks) and utf-8-sig decoding and
# encoding, with CPython's UnicodeDecodeError messages.
tests = [(b'\xff\xfea\x00b\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'a\x00', 'utf-16'), (b'a\x00b', 'utf-16-le'), (b'\x00a', 'utf-16-be'),
         (b'=\xd8\x00\xde', 'utf-16-le'), (b'\xef\xbb\xbfhi', 'utf-8-sig'), (b'hi', 'utf-8-sig'), (b'a\x00\x00\x00', 'utf-32-le'),
         (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\x00\x00\x00a', 'utf-32-be'), (b'a\x00\x00', 'utf-32-le'), (b'\x00\xd8\x00\x00', 'utf-32-le'),
         (b'\x00\x00\x11\x00', 'utf-32-le'), (b'', 'utf-16'), (b'', 'UTF_32')]
for b, e in tests:
    try:
        print(repr(b.decode(e)))
    except Exception as ex:
        print(type(ex).__name__, ex)
print('é€'.encode('utf-8-sig'), 'a'.encode('utf_8_sig'), 'hé😀'.encode('utf-16-le').decode('utf-16-le'), 'hé😀'.encode('utf-32').decode('utf-32'))
print(str(b'\xff\xfeh\x00', 'utf-16'), bytearray('x€'.encode('utf-16-be')).decode('utf-16-be'))
