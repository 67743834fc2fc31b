# re flags: RegexFlag members, values, repr/str, combinations and negation,
# the short aliases, and the flags attribute of compiled patterns (inline
# flags, implicit UNICODE for str patterns).
import re

print('--- members and values')
for name in ['NOFLAG', 'ASCII', 'A', 'IGNORECASE', 'I', 'LOCALE', 'L', 'UNICODE', 'U',
             'MULTILINE', 'M', 'DOTALL', 'S', 'VERBOSE', 'X', 'DEBUG']:
    f = getattr(re, name)
    print(name, int(f), repr(f), str(f), type(f).__name__, f.name)
print(re.I is re.IGNORECASE, re.A is re.ASCII, re.S is re.DOTALL, re.X is re.VERBOSE)
print(re.I == 2, re.I == re.IGNORECASE, isinstance(re.I, int))
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag['DOTALL'], re.RegexFlag(8))
print(issubclass(re.RegexFlag, int))
print(re.RegexFlag.__name__, re.RegexFlag.__module__)

print('--- combinations')
combos = [re.I | re.M, re.M | re.I, re.I | re.S | re.X, re.A | re.I, re.I | re.A,
          re.U | re.I, re.L | re.I, re.M | re.S, re.X | re.M, re.A | re.M | re.S | re.X | re.I,
          re.DEBUG | re.I, re.I | 0, re.I & re.M, re.I & re.I, re.I ^ re.I, re.I ^ re.M,
          re.NOFLAG | re.S, re.I | re.M | re.S | re.U | re.X]
for f in combos:
    print(repr(f), str(f), int(f), type(f).__name__)
print(repr(re.I | 1024), int(re.I | 1024))
print(repr(re.RegexFlag(2 | 8)), repr(re.RegexFlag(0)))
print(format(re.I), format(re.I | re.M), '%s' % re.S, '%d' % re.S, '{:x}'.format(re.X))
print(re.I in (re.I | re.M), re.S in (re.I | re.M))
print(bool(re.NOFLAG), bool(re.I))
print(list(re.I | re.M | re.S) if hasattr(re.RegexFlag, '__iter__') else None)
print((re.I | re.M).value, (re.I | re.M).name)
print(re.I + 1, re.M * 2, type(re.I + 1).__name__)
print(~re.I == ~2, int(~re.I) & 0x1ff)
print(sorted(m.name for m in re.RegexFlag))

print('--- flags attribute')
for pat, flags in [('a', 0), ('a', re.I), ('a', re.A), ('a', re.U), ('a', re.I | re.M),
                   ('(?i)a', 0), ('(?s)(?m)a', 0), ('(?x)a', 0), ('(?a)a', 0), ('(?u)a', 0),
                   ('(?imsx)a', 0), ('(?i)a', re.I), ('a(?i:b)', 0), ('(?-i:a)', re.I),
                   (b'a', 0), (b'a', re.I), (b'(?L)a', 0), (b'a', re.L), (b'(?a)a', 0),
                   (b'a', re.A | re.I), ('a', re.M | re.S | re.X), ('a', 512), ('a', 1 << 20)]:
    p = re.compile(pat, flags)
    print(repr(pat), int(flags), '->', p.flags, repr(re.RegexFlag(p.flags)), repr(p))
print(type(re.compile('a').flags).__name__)
print(type(re.compile('a', re.I).flags).__name__)

print('--- flags passed as RegexFlag or int')
print(re.match('a', 'A', 2))
print(re.match('a', 'A', re.RegexFlag(2)))
print(re.findall('^a', 'a\na', re.M | re.I))
print(re.findall('^a', 'a\nA', 8 | 2))
print(re.compile('a', flags=re.I).flags)
print(re.search('a.b', 'A\nB', flags=re.S | re.I))
print(re.compile('a', True).flags)


class F:
    def __index__(self):
        return 2


try:
    print(re.compile('a', F()).flags)
except TypeError as e:
    print('TypeError', e)
print(sorted(re.__all__), re.__version__)
