# os, os.path and io: files and folders in a scratch directory, path string
# operations, environment variables, OSError subclasses, StringIO and BytesIO.
import io
import os
import os.path
import sys

base = os.path.join(os.getcwd(), '_scratch_os_test')
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)

os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
with open(os.path.join(base, 'a', 'f.txt'), 'w') as f:
    f.write('hello\n')
with open(os.path.join(base, 'top.bin'), 'wb') as f:
    f.write(b'\x00' * 10)
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
print(os.path.isdir(base), os.path.isfile(os.path.join(base, 'top.bin')), os.path.exists(base + 'x'))
print(os.path.getsize(os.path.join(base, 'top.bin')), os.stat(os.path.join(base, 'a', 'f.txt')).st_size)
st = os.stat(base)
print(type(st).__name__, len(st), st[6] == st.st_size, isinstance(st.st_mtime, float), isinstance(st[8], int))
for root, dirs, files in os.walk(base):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
os.rename(os.path.join(base, 'top.bin'), os.path.join(base, 'moved.bin'))
print(sorted(os.listdir(base)))


def err(f):
    try:
        print(f())
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename or ''),
              os.path.basename(e.filename2 or ''))
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: os.mkdir(base))
err(lambda: os.rmdir(os.path.join(base, 'a')))
err(lambda: os.remove(os.path.join(base, 'nope')))
err(lambda: os.rename(os.path.join(base, 'nope'), os.path.join(base, 'x')))
err(lambda: os.listdir(os.path.join(base, 'moved.bin')))
err(lambda: os.stat(os.path.join(base, 'nope')))
err(lambda: os.listdir(5.5))
err(lambda: os.stat(5.5))
err(lambda: os.mkdir(5.5))
err(lambda: os.fspath(5))
err(lambda: os.path.join('a', 5))

os.remove(os.path.join(base, 'moved.bin'))
os.remove(os.path.join(base, 'a', 'f.txt'))
os.removedirs(os.path.join(base, 'a', 'b'))
print(os.path.exists(base))

for p in ['a/b/c.txt', '/a/b/', 'c.tar.gz', '.bashrc', 'a/.b.c', '', '/', '//x', 'a//b']:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p),
          os.path.normpath(p), os.path.isabs(p))
print(os.path.join('a', 'b', '/c', 'd'), os.path.join('a/', 'b'), os.path.join('', 'x'),
      os.path.normpath('a/./b/../../c/..'), os.path.normpath('../x/../../y'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.relpath('/a/b/c', '/a/d'), os.path.abspath('/x/../y'), os.sep, os.pathsep, os.name, os.curdir)

os.environ['PYJIT_TEST_VAR'] = 'value 1'
print(os.getenv('PYJIT_TEST_VAR'), os.environ.get('PYJIT_TEST_VAR'), 'PYJIT_TEST_VAR' in os.environ)
del os.environ['PYJIT_TEST_VAR']
print(os.getenv('PYJIT_TEST_VAR', 'gone'), os.path.expandvars('$NO_SUCH_VAR_X/z'))
print(os.fspath('p'), isinstance(os.getpid(), int), os.strerror(2), len(os.urandom(4)))


class P:
    def __fspath__(self):
        return 'from/fspath'


print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), 'x'))

s = io.StringIO('line1\nline2\nline3')
print(s.readline(), s.read(3), s.tell(), s.read(), repr(s.read()))
s.seek(0)
print(list(s))
s = io.StringIO()
print(s.write('abc'), s.write('def'), s.getvalue(), s.tell())
s.seek(1)
s.write('X')
print(s.getvalue())
s.truncate(2)
print(repr(s.getvalue()))
print(s.writelines(['1', '2']), s.getvalue())
s.close()
err(lambda: s.read())
err(lambda: io.StringIO(5))
err(lambda: io.StringIO().write(b'x'))
b = io.BytesIO(b'ab\ncd')
print(b.readline(), b.read(), b.tell(), b.getvalue())
b.seek(0, 2)
print(b.write(b'!!'), b.getvalue(), b.seek(1), b.read(2))
with io.BytesIO() as bb:
    bb.write(bytearray(b'xy'))
    print(bb.getvalue(), bb.closed)
print(bb.closed)
err(lambda: io.BytesIO().write('s'))
print(io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
