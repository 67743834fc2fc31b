# re.sub/subn and re.split: replacement templates (\1, \g<name>, \g<0>,
# escapes), callable replacements, count, the empty-match rules of Python 3.7+
# for sub, split and findall, split with groups and maxsplit.
import re
import warnings


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


print('--- sub basics')
print(re.sub(r'\d', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', 2))
print(re.sub(r'\d+', '#', 'a1b22c333', count=1))
print(re.sub(r'\d+', '#', 'a1b22c333', 0))
print(re.sub(r'\d+', '#', 'a1b22c333', -1))
print(re.sub(r'x', '#', 'abc'))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'x*', '-', 'abxxd'))
print(re.sub(r'x+', '-', 'abxxd'))
print(re.sub(r'a|x*', '-', 'abxd'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub(r'$', 'END', 'a\nb\n'))
print(re.sub(r'(?m)$', 'END', 'a\nb\n'))
print(re.sub(r'(?m)^', '> ', 'a\nb\n'))
print(re.sub(r'^', '> ', 'a\nb\n'))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace\n '))
print(re.sub('a', 'b', ''))
print(re.sub('', 'b', ''))
print(re.sub('(?i)hello', 'bye', 'Hello HELLO hello'))
print(re.sub('hello', 'bye', 'Hello HELLO hello', flags=re.I))
print(re.sub('hello', 'bye', 'Hello HELLO hello', 1, re.I))
print(re.sub(pattern='o', repl='0', string='foo', count=1, flags=0))

print('--- subn')
print(re.subn(r'\d', '#', 'a1b22c333'))
print(re.subn(r'\d', '#', 'a1b22c333', 3))
print(re.subn(r'x', '#', 'abc'))
print(re.subn(r'', '-', 'abc'))
print(re.subn(r'x*', '-', 'abxd'))
print(re.compile(r'o').subn('0', 'foo boo', count=2))

print('--- templates')
p = re.compile(r'(?P<first>\w+) (?P<second>\w+)')
show("p.sub(r'\\2 \\1', 'hello world, good day')", lambda: p.sub(r'\2 \1', 'hello world, good day'))
show("p.sub(r'\\g<second> \\g<first>', 'hello world')", lambda: p.sub(r'\g<second> \g<first>', 'hello world'))
show("p.sub(r'\\g<2> \\g<1>', 'hello world')", lambda: p.sub(r'\g<2> \g<1>', 'hello world'))
show("p.sub(r'[\\g<0>]', 'hello world')", lambda: p.sub(r'[\g<0>]', 'hello world'))
show("p.sub(r'\\g<0>\\g<0>', 'ab cd')", lambda: p.sub(r'\g<0>\g<0>', 'ab cd'))
show("p.sub(r'\\\\1', 'ab cd')", lambda: p.sub(r'\\1', 'ab cd'))
show("p.sub(r'\\n\\t\\r\\a\\f\\v\\b', 'ab cd')", lambda: p.sub(r'\n\t\r\a\f\v\b', 'ab cd'))
show("p.sub('\\\\\\\\', 'ab cd')", lambda: p.sub('\\\\', 'ab cd'))
show("p.sub(r'\\0', 'ab cd')", lambda: p.sub(r'\0', 'ab cd'))
show("p.sub(r'\\01', 'ab cd')", lambda: p.sub(r'\01', 'ab cd'))
show("p.sub(r'\\012', 'ab cd')", lambda: p.sub(r'\012', 'ab cd'))
show("p.sub(r'\\0123', 'ab cd')", lambda: p.sub(r'\0123', 'ab cd'))
show("p.sub(r'\\101', 'ab cd')", lambda: p.sub(r'\101', 'ab cd'))
show("p.sub(r'\\1010', 'ab cd')", lambda: p.sub(r'\1010', 'ab cd'))
show("p.sub(r'\\18', 'ab cd')", lambda: p.sub(r'\18', 'ab cd'))
show("p.sub(r'\\1a', 'ab cd')", lambda: p.sub(r'\1a', 'ab cd'))
show("p.sub(r'\\2\\1', 'ab cd')", lambda: p.sub(r'\2\1', 'ab cd'))
show("p.sub(r'\\377', 'ab cd')", lambda: p.sub(r'\377', 'ab cd'))
show("p.sub(r'\\.', 'ab cd')", lambda: p.sub(r'\.', 'ab cd'))
show("p.sub(r'\\-\\#\\é', 'ab cd')", lambda: p.sub(r'\-\#\é', 'ab cd'))
show("p.sub('\\\\\\n', 'ab cd')", lambda: p.sub('\\\n', 'ab cd'))
show("p.sub(r'\\g<first>\\g<second>\\g<first>', 'ab cd')", lambda: p.sub(r'\g<first>\g<second>\g<first>', 'ab cd'))
show("p.sub(r'\\g<1>0', 'ab cd')", lambda: p.sub(r'\g<1>0', 'ab cd'))
show("p.sub(r'\\g<01>', 'ab cd')", lambda: p.sub(r'\g<01>', 'ab cd'))
show("p.sub(r'\\g<0>', 'ab cd')", lambda: p.sub(r'\g<0>', 'ab cd'))
show("re.sub(r'(a)|b', r'[\\1]', 'ab')", lambda: re.sub(r'(a)|b', r'[\1]', 'ab'))
show("re.sub(r'(a)|b', r'[\\g<1>]', 'ab')", lambda: re.sub(r'(a)|b', r'[\g<1>]', 'ab'))
show("re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\\11-\\10-\\1', ", lambda: re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11-\10-\1', 'abcdefghijk'))
show("re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', r'\\10', 'abcdefghi", lambda: re.sub(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)', r'\10', 'abcdefghij'))
show("re.sub(r'(?P<é>x)', r'\\g<é>\\g<é>', 'axb')", lambda: re.sub(r'(?P<é>x)', r'\g<é>\g<é>', 'axb'))
show("re.sub('x', 'é😀', 'axbx')", lambda: re.sub('x', 'é😀', 'axbx'))
show("re.sub('(x)', r'<\\1é>', 'axbx')", lambda: re.sub('(x)', r'<\1é>', 'axbx'))
show("re.sub('a', r'\\\\g<1>', 'a')", lambda: re.sub('a', r'\\g<1>', 'a'))


print('--- template errors')
for t in [r'\3', r'\g<3>', r'\g<nope>', r'\g<1', r'\g<', r'\g', r'\g<>', r'\g<1a>',
          r'\g<-1>', r'\g< 1>', r'\q', r'\x41', r'\u0041', r'\N{DIGIT ONE}', 'x\\',
          r'\400', r'\777', r'\99', r'\g<4294967296>', r'\g<a b>', r'\gx', r'\z', r'\Z',
          r'\A', r'\k', r'\g<+1>', r'\g<1_0>', r'\g<١>']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        show(repr(t), lambda: re.sub(r'(a)(b)', t, 'ab'))
    for x in w:
        print('   ', x.category.__name__, x.message)

print('--- callable repl')
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper(), 'ab cd'))
print(re.subn(r'\w', lambda m: m.group() * 2, 'abc', 2))
print(re.sub(r'x*', lambda m: '[%s]' % m.group(), 'axxb'))
print(re.sub(r'\d', lambda m: '', 'a1b2'))
calls = []


def rec(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos, m.string))
    return '<>'


print(re.sub(r'b*', rec, 'abbc'))
print(calls)
show('repl returns None', lambda: re.sub('a', lambda m: None, 'bab'))
show('repl returns int', lambda: re.sub('a', lambda m: 1, 'bab'))
show('repl returns bytes', lambda: re.sub('a', lambda m: b'x', 'bab'))
show('repl raises', lambda: re.sub('a', lambda m: 1 / 0, 'bab'))
show('repl is int', lambda: re.sub('a', 1, 'bab'))
show('repl is None', lambda: re.sub('a', None, 'bab'))
show('repl is bytes for str', lambda: re.sub('a', b'x', 'bab'))
show('repl is str for bytes', lambda: re.sub(b'a', 'x', b'bab'))


class Repl:
    def __call__(self, m):
        return m.group().upper()


print(re.sub('[ab]', Repl(), 'abc'))
print(re.sub('[ab]', str.upper.__get__ if False else (lambda m: m.group(0).title()), 'abc'))
print(re.sub('(a)', lambda m: m.expand(r'<\1\1>'), 'bab'))

print('--- empty-match rules (3.7+)')
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', 'xx'))
print(re.sub('x*?', '-', 'xx'))
print(re.sub('(?=x)', '-', 'axbx'))
print(re.sub('(?<=x)', '-', 'axbx'))
print(re.sub(r'\b|x', '-', 'ax b'))
print(re.sub('a*', '-', 'baaac'))
print(re.sub('a??', '-', 'aa'))
print(re.sub('|a', '-', 'aa'))
print(re.sub('a|', '-', 'aa'))
print(re.findall('a*', 'baaac'))
print(re.findall('a??', 'aa'))
print(re.findall('|a', 'aa'))
print(re.findall(r'(?<=a)|b', 'abab'))
print([m.span() for m in re.finditer('a*', 'baaac')])
print([m.span() for m in re.finditer('(?=a)|a', 'aa')])
print(re.split('x*', 'axbc'))
print(re.split('(x*)', 'axbc'))
print(re.split('', 'abc'))
print(re.split('(?=b)', 'abab'))
print(re.split(r'\b', 'ab cd'))
print(re.split(r'(?m)^', 'a\nb\nc'))
print(re.split(r'(?m)$', 'a\nb\nc'))
print(re.split('a*', 'baaac'))
print(re.split('a*?', 'aa'))

print('--- split')
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=0))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=-1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=100))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split('[a-f]+', '0a3B9', 0, re.IGNORECASE))
print(re.split(r'(\W+)?', '...words, words...'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'((,)|(;))', 'a,b;c'))
print(re.split(r'(?P<sep>,)', 'a,b'))
print(re.split(r',', ''))
print(re.split(r'x*', ''))
print(re.split(r',', ','))
print(re.split(r',', ',a,'))
print(re.split(r'(,)', ',a,'))
print(re.split(r'\s', 'a b\tc\nd'))
print(re.split(r'\d', 'é1ü2😀3'))
print(re.split(r'(?:a)', 'bab'))
print(re.split(r'(a)(x)?', 'bab'))
print(re.compile(r'[,;]\s*').split('a, b;c,  d', 2))
print(re.compile(r'[,;]\s*').split(string='a, b;c', maxsplit=1))
show('split maxsplit str', lambda: re.split(',', 'a,b', '1'))
show('split maxsplit float', lambda: re.split(',', 'a,b', 1.0))
show('sub count str', lambda: re.sub(',', '', 'a,b', '1'))
show('sub count float', lambda: re.sub(',', '', 'a,b', 1.5))


class Two:
    def __index__(self):
        return 2


show('split maxsplit __index__', lambda: re.split(',', 'a,b,c,d', Two()))
show('sub count __index__', lambda: re.sub(',', ';', 'a,b,c,d', Two()))
show('subn count __index__', lambda: re.compile(',').subn(';', 'a,b,c,d', Two()))
print(re.split(',', 'a,b,c,d', True))
print(re.sub(',', ';', 'a,b,c,d', True))

print('--- types of results')
s = 'abc'
r = re.sub('x', 'y', s)
print(r == s, type(r).__name__)


class MyStr(str):
    pass


r = re.sub('x', 'y', MyStr('abc'))
print(r, type(r).__name__)
r = re.sub('b', 'y', MyStr('abc'))
print(r, type(r).__name__)
print([type(x).__name__ for x in re.split('b', MyStr('abc'))])
print([type(x).__name__ for x in re.findall('b', MyStr('abc'))])
print(type(re.match('a', MyStr('abc')).group()).__name__)
print(type(re.match('a', MyStr('abc')).string).__name__)
print(re.subn('x', 'y', MyStr('abc')))
