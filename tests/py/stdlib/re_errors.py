# re errors: re.error messages and attributes (msg, pattern, pos, lineno,
# colno) for bad patterns, including multi-line ones; TypeError, ValueError,
# OverflowError and IndexError for bad flags, templates, group indices and
# argument types.
import re
import sys
import warnings


def err(pattern, flags=0):
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter('always')
            r = re.compile(pattern, flags)
    except re.error as e:
        print('%r: error: %s | msg=%r pos=%r lineno=%r colno=%r same_pattern=%r' % (
            pattern, e, e.msg, e.pos, e.lineno, e.colno, e.pattern == pattern))
    except Exception as e:
        print('%r: %s: %s' % (pattern, type(e).__name__, e))
    else:
        print('%r: ok groups=%d' % (pattern, r.groups))
        w = []
    for x in w:
        print('   ', x.category.__name__, x.message)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


print('--- error class')
print(re.error, re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
print(re.error is getattr(re, 'error'))
e = re.error('boom')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('boom', 'ab\ncd', 4)
print(str(e), e.msg, repr(e.pattern), e.pos, e.lineno, e.colno, e.args)
e = re.error('boom', 'abcd', 2)
print(str(e), e.lineno, e.colno, e.args)
e = re.error('boom', b'ab\ncd', 3)
print(str(e), e.lineno, e.colno)
e = re.error('boom', pattern='x', pos=0)
print(str(e), e.pos)
try:
    re.compile('(')
except re.error as e:
    print(type(e).__name__, e, e.args)

print('--- parse errors')
for pat in ['(', ')', 'a)', '(a', '((a)', '(?', '(?P', '(?P<', '(?P<a', '(?P<>a)',
            '(?P<1a>x)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=a)', '(?P=)', '(?P=a',
            '(?P<a>x)(?P=b)', '(?P=1)', '(?Px)', '(?P>x)', '(?<a>x)', '(?<', '(?<x)',
            '[', '[a', '[^', '[]', '[a-', '[z-a]', '[\\d-z]', '[a-\\d]', '[\\w-]',
            '*', '+', '?', '{1}', 'a**', 'a*+*', 'a++?', 'a{1}{2}', 'a*{2}', '^*', '$+',
            '\\b*', '(?=a)*', '(?<=a)?', 'a{2,1}', 'a{4294967296}', 'a{1,4294967296}',
            'a{4294967295}', 'a{,4294967296}', '\\', 'a\\', '\\q', '\\e', '\\C', '\\1',
            '(a)\\2', '\\10', '(a)\\1\\2', '\\8', '\\9', '\\400', '\\777', '\\x', '\\x1',
            '\\xg', '\\u12', '\\U1234567', '\\U00110000', '\\N', '\\N{', '\\N{}', '\\N{foo}',
            '\\N{DIGIT ONE', '\\N{DIGIT ONE}', '(?<=a+)b', '(?<=a*)b', '(?<=a|bc)d',
            '(?<!a{1,2})b', '(?<=(a)|b)c', '(?<=\\1)(a)', '(a)(?<=\\1)', '(?<=a)(?<!bc)d',
            '(?(1)a|b)', '(?(1)a|b|c)', '(a)(?(2)a|b)', '(?(a)x)', '(?(<a>)x)', '(?(1a)x)',
            '(?()x)', '(?(0)x)', '(?(-1)x)', '(a)(?(1', '(?(1)', '(?#', '(?#abc',
            '(?z)', '(?i', '(?i-', '(?-', '(?-i', '(?-i)', '(?i-i:a)', '(?a-i:a)',
            '(?-a:a)', '(?-u:a)', '(?au)', '(?ua:a)', '(?L)', '(?iz)', '(?i:', '(?i:a',
            'a(?i)', '(?i)a(?m)', 'a(?x)b', '(?x)a(?i)', '(?:a)(?s)', '(?x)  (?i)a',
            '(?', '(?)', '(?!', '(?=', '(?>', '(?<=', '(?<!', '(?P<name>', '(?:',
            'a|*', '(|*)', '(*)', '[\\A]', '[\\b-c]', '[\\Z]', '[\\B]', '[\\z]',
            '\\g<1>', '\\k<a>', 'x{1,2}{3}?', 'x{3}+', 'x?+?', 'a{,}?', '(?>a)*+',
            '(?P<a>)(?P<a>)', '(?P<a\u0301>x)', '(?P<\u00e9>x)', '(?P<a b>x)',
            '(?P<\U0001d400>x)', '(?P<_>x)', '(?P<0>x)']:
    err(pat)

print('--- positions in multi-line and VERBOSE patterns')
err('abc\n(def')
err('abc\ndef)')
err('a\nb\nc[')
err('\n\n\n*')
err('ab\ncd\\q')
err('(?x)\n  a  # comment\n  (b\n')
err('\n  a  # comment\n  [b-a]\n', re.X)
err('one\ntwo\nthree(?P<x>a)(?P<x>b)')
err('\n(?i)a\n(?m)', re.X)
err(b'ab\n(')
err(b'\xff\n\xff)')
err('[a-\\x00]')
err(b'[z-\\x41b]')
err('[\\x7a-\\x41]')
err('[z-\\101]')
err('[z-\\n]')
err('[\\u0061-\\N{DIGIT ONE}]')
err('é\né(')
err('😀\n😀)')
err('😀😀)')

print('--- bytes pattern errors')
for pat in [b'(', b'\\u0041', b'\\U00000041', b'\\N{DIGIT ONE}', b'[\\u0041]', b'\\x4',
            b'(?u)a', b'(?a)(?u)', b'(?P<a>x)(?P=a', b'\\8', b'[a-\\x00]', b'a{2,1}']:
    err(pat)

print('--- flags')
err('a', re.L)
err('a', re.A | re.U)
err('(?a)a', re.U)
err('(?u)a', re.A)
err(b'a', re.U)
err(b'a', re.A | re.L)
err(b'(?a)a', re.L)
err(b'(?L)a', re.A)
err('a', 1 << 20)
err('a', 512)
err('a', -130)
err('a', re.DEBUG & 0)
show('flags str', lambda: re.compile('a', 'i'))
show('flags float', lambda: re.compile('a', 1.0))
show('flags None', lambda: re.compile('a', None))
show('flags huge', lambda: re.compile('a', 1 << 70))
show('flags with compiled', lambda: re.compile(re.compile('a'), re.I))
show('flags 0 with compiled', lambda: re.compile(re.compile('a'), 0).pattern)
show('search flags with compiled', lambda: re.search(re.compile('a'), 'a', re.I))
show('sub flags with compiled', lambda: re.sub(re.compile('a'), 'b', 'a', flags=re.I))
show('flags RegexFlag with compiled', lambda: re.compile(re.compile('a'), re.NOFLAG).pattern)

print('--- overflow')
show('a{4294967296}', lambda: re.compile('a{4294967296}'))
show('a{1,99999999999999999999}', lambda: re.compile('a{1,99999999999999999999}'))
show('(a)\\99999999999', lambda: re.compile('(a)\\99999999999'))
show('(?P=99999999999)', lambda: re.compile('(?P=99999999999)'))
show('(?(99999999999)a)', lambda: re.compile('(?(99999999999)a)'))
show('template \\g<99999999999>', lambda: re.sub('(a)', r'\g<99999999999>', 'a'))
show('search pos huge', lambda: re.compile('a').search('a', 1 << 70))
show('search endpos huge', lambda: re.compile('a').search('a', 0, 1 << 70))
show('search pos negative huge', lambda: re.compile('a').search('a', -(1 << 70)))
show('search pos float', lambda: re.compile('a').search('a', 0.0))
show('search pos str', lambda: re.compile('a').search('a', '0'))
show('search endpos None', lambda: re.compile('a').search('a', 0, None))
show('match pos None', lambda: re.compile('a').match('a', None))
show('findall pos float', lambda: re.compile('a').findall('a', 1.5))
show('finditer pos str', lambda: list(re.compile('a').finditer('a', 'x')))
show('split maxsplit huge', lambda: re.split(',', 'a,b', 1 << 70))
show('sub count huge', lambda: re.sub(',', '', 'a,b', 1 << 70))
show('sub count negative huge', lambda: re.sub(',', '', 'a,b', -(1 << 70)))

print('--- Match index errors')
m = re.match(r'(a)(?P<n>b)', 'ab')
for g in [3, -1, 'x', 'N', None, 1.0, (1,), b'n', 1 << 70, -(1 << 70)]:
    show('group(%r)' % (g,), lambda: m.group(g))
    show('start(%r)' % (g,), lambda: m.start(g))
    show('m[%r]' % (g,), lambda: m[g])
show('group(1, 5)', lambda: m.group(1, 5))
show('group(0, "n", "x")', lambda: m.group(0, 'n', 'x'))
show('expand(1)', lambda: m.expand(1))
show('expand(None)', lambda: m.expand(None))
show('groups(default=0)', lambda: m.groups(default=0))
show('groupdict(default=0)', lambda: m.groupdict(default=0))

print('--- Pattern method argument errors')
p = re.compile('a')
show('subn(count="x")', lambda: p.subn('b', 'a', count='x'))
show('re.match(pattern)', lambda: re.match('a'))
show('re.compile()', lambda: re.compile())
show('re.search("a", "a", 0, 1)', lambda: re.search('a', 'a', 0, 1))
show('re.sub(1 arg)', lambda: re.sub('a', 'b'))
show('re.split(flags="x")', lambda: re.split('a', 'a', flags='x'))
show('re.findall(string=)', lambda: re.findall(pattern='a', string='aa'))
show('re.fullmatch(bad kw)', lambda: re.fullmatch('a', 'a', flag=1))

print('--- template errors')
p = re.compile(r'(?P<a>x)(y)')
for t in [r'\3', r'\g<3>', r'\g<b>', r'\g<', r'\g<a', r'\g', r'\gx', r'\g<>', r'\g<1x>',
          r'\z', 'a\\', r'\9', r'\10', r'\400', r'\8', r'\x1', r'\w', r'\Q', r'\g<-1>',
          'ab\ncd\\3', 'ab\n\\g<x>', r'\g<a>\g<3>']:
    show(repr(t), lambda: p.sub(t, 'xy'))
    try:
        p.sub(t, 'xy')
    except re.error as e:
        print('   ', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == t)
    except Exception:
        pass
for t in [rb'\3', rb'\g<b>', rb'\q', b'\\']:
    show(repr(t), lambda: re.sub(rb'(x)', t, b'x'))
show('expand error', lambda: re.match('(a)', 'a').expand(r'\2'))
show('expand error name', lambda: re.match('(a)', 'a').expand(r'\g<zz>'))
show('template error even without match', lambda: re.sub('q', r'\5', 'abc'))
show('template error name without match', lambda: re.sub('q', r'\g<zz>', 'abc'))

print('--- deprecated / unsupported')
show('DEBUG flag value', lambda: int(re.DEBUG))
print(hasattr(re, 'PatternError'))
print(re.error.__qualname__)

print('--- finditer checks its arguments when called')
show('finditer bad subject', lambda: re.finditer('a', 3) and 'created')
show('finditer bytes pattern, str subject', lambda: re.finditer(b'a', 'a') and 'created')
show('Pattern.finditer bad pos', lambda: re.compile('a').finditer('a', 'x') and 'created')
show('finditer bad pattern', lambda: re.finditer('(', 'a'))
it = re.compile(r'\w').finditer('ab')
print(next(it).group(), next(it).group())
show('exhausted', lambda: next(it))
print(iter(it) is it)
show('template \\1000', lambda: re.sub(r'(a)', r'\1000', 'a'))
show('template \\08', lambda: re.sub(r'(a)', r'\08', 'a'))
show('template \\0008', lambda: re.sub(r'(a)', r'\0008', 'a'))
show('template \\18 with 18 groups', lambda: re.sub(r'(a)' * 18, r'\18', 'a' * 18))
