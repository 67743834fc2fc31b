# re basics: match/search/fullmatch/findall/finditer (with pos and endpos),
# the Match API (group, groups, groupdict, start/end/span, regs, lastindex,
# lastgroup, expand, __getitem__, repr, pos/endpos/re/string) and Pattern
# attributes, repr, equality and hashing; non-ASCII subjects use code-point
# indices.
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


def m_info(m):
    if m is None:
        return None
    return (m.group(), m.span(), m.groups())


# ----- match / search / fullmatch -----
print('--- match/search/fullmatch')
p = re.compile(r'a+b')
for s in ['aab', 'xaab', 'aabx', 'b', '', 'aaab aab']:
    print(repr(s), m_info(p.match(s)), m_info(p.search(s)), m_info(p.fullmatch(s)))

print(re.match(r'\d+', '123abc'))
print(re.search(r'\d+', 'abc123def456'))
print(re.fullmatch(r'\d+', '123'))
print(re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.fullmatch(r'a*?', 'aaa'))
print(re.fullmatch(r'(?:a|ab)(?:c|bcd)', 'abcd'))
print(re.match(r'', 'abc'))
print(re.search(r'$', 'abc'))
print(re.search(r'x*', 'abc'))

# ----- pos / endpos -----
print('--- pos/endpos')
p = re.compile(r'\w+')
s = 'hello world foo'
for pos, endpos in [(0, 15), (6, 15), (6, 9), (3, 2), (-5, 100), (20, 30), (0, 0), (15, 15), (2, -1)]:
    print(pos, endpos, m_info(p.search(s, pos, endpos)), m_info(p.match(s, pos, endpos)),
          m_info(p.fullmatch(s, pos, endpos)))
m = p.search(s, 6, 9)
print(m.pos, m.endpos, m.string, m.re)
m = p.search(s, -5, 100)
print(m.pos, m.endpos)
m = p.search(s, 3, 2)
print(m)
# pos after endpos: search/fullmatch/finditer find nothing; match still can
print(re.compile(r'').search('abc', 5, 1))
print(re.compile(r'').search('abc', 2, 1))
print(re.compile(r'').fullmatch('abc', 2, 1))
print(list(re.compile(r'').finditer('abc', 2, 1)))
print(re.compile(r'').findall('abc', 2, 1))
m = re.compile(r'').match('abc', 2, 1)
print(m, m.pos, m.endpos)
m = re.compile(r'').match('abc', 5, 1)
print(m, m.pos, m.endpos)
# ^ with pos does not match in the middle; \A neither
print(re.compile(r'^o').search('foo', 1))
print(re.compile(r'\Ao').search('foo', 1))
print(re.compile(r'^o', re.M).search('foo', 1))
print(re.compile(r'o').match('foo', 1))
# $ at endpos
print(re.compile(r'o$').search('foox', 0, 3))
print(re.compile(r'o\Z').search('foox', 0, 3))
# lookbehind can see before pos, lookahead cannot see past endpos
print(re.compile(r'(?<=f)o').search('foo', 1))
print(re.compile(r'o(?=x)').search('foox', 0, 3))
print(re.compile(r'o(?!x)').search('foox', 0, 3))
print(re.compile(r'\bo').search('foo', 1))
print(re.compile(r'\Bo').search('foo', 1))
print(re.compile(r'o\b').search('foox', 0, 3))
# keyword arguments
print(p.search(string='a b', pos=1))
print(p.match('a b', pos=2, endpos=3))
print(p.findall('ab cd ef', pos=1, endpos=7))
print([m.span() for m in p.finditer('ab cd ef', 2, 6)])
print(p.findall('ab cd ef', 3))

# ----- findall -----
print('--- findall')
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', 'a1b22c333'))
print(re.findall(r'(\d)\w', 'a1b22c333'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(a)?b', 'ab b'))
print(re.findall(r'((a)(b))', 'abab'))
print(re.findall(r'(?:ab)+', 'ababxab'))
print(re.findall(r'(?P<x>a)(?P<y>b)?', 'aab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b', 'ab cd'))
print(re.findall(r'a|', 'baab'))
print(re.findall(r'(a|)', 'baab'))
print(re.findall(r'\w*', 'ab cd'))

# ----- finditer -----
print('--- finditer')
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__ in ('generator', 'callable_iterator'))
for m in it:
    print(m.span(), m.group(), m.pos, m.endpos)
print([m.span() for m in re.finditer(r'', 'ab')])
print([m.span() for m in re.finditer(r'a*', 'baaac')])
print([(m.span(), m.lastindex) for m in re.finditer(r'(a)|(b)', 'abba')])
print([m.group() for m in re.compile('.').finditer('abcdef', 1, 4)])

# ----- Match API -----
print('--- Match API')
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<rest> .*)?', 'Jane Doe')
print(m)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group('first'), m.group('last'), m.group('rest'))
print(m.group(1, 'last', 0))
print(m.groups())
print(m.groups('dflt'))
print(m.groupdict())
print(m.groupdict(''))
print(m.start(), m.end(), m.span())
print(m.start(1), m.end(1), m.span(1))
print(m.start('last'), m.end('last'), m.span('last'))
print(m.start(3), m.end(3), m.span(3))
print(m.regs)
print(m.lastindex, m.lastgroup)
print(m[0], m[1], m['last'], m[3])
print(m.re.pattern)
print(m.string, m.pos, m.endpos)
show('group(4)', lambda: m.group(4))
show('group(-1)', lambda: m.group(-1))
show('group("nope")', lambda: m.group('nope'))
show('m[4]', lambda: m[4])
show('m["x"]', lambda: m['x'])
show('start(9)', lambda: m.start(9))
show('span("zz")', lambda: m.span('zz'))
show('group(1.0)', lambda: m.group(1.0))
show('group(True)', lambda: m.group(True))
show('group(None)', lambda: m.group(None))
show('group(0, 5)', lambda: m.group(0, 5))
show('m[1:2]', lambda: m[1:2])


class Idx:
    def __index__(self):
        return 2


show('group(Idx())', lambda: m.group(Idx()))
show('m[Idx()]', lambda: m[Idx()])
show('span(Idx())', lambda: m.span(Idx()))

# lastindex / lastgroup
print('--- lastindex/lastgroup')
for pat, s in [(r'(a)b', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)', 'ab'), (r'((a)(b))', 'ab'),
               (r'(a)|(b)', 'b'), (r'(?P<x>a)|(?P<y>b)', 'b'), (r'(?P<x>a)(b)', 'ab'),
               (r'(a(?P<inner>b))', 'ab'), (r'a', 'a'), (r'(a)?b', 'b'), (r'(?:(a)|b)+', 'ab'),
               (r'(a)*', 'aa'), (r'(?P<n>a)(?=(b))', 'ab'), (r'((a)|(b))*', 'ab'),
               (r'(x)?(y)?', ''), (r'(x)?(y)?', 'x')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.regs)

# expand
print('--- expand')
m = re.match(r'(?P<a>\w+)-(?P<b>\w+)(x)?', 'foo-bar')
print(m.expand(r'\2:\1'))
print(m.expand(r'\g<b>:\g<a>:\g<0>'))
print(m.expand(r'\g<2>\g<1>'))
print(repr(m.expand(r'[\3]')))
print(repr(m.expand(r'\n\t\\')))
print(repr(m.expand('plain')))
show('expand \\x41', lambda: m.expand(r'\x41'))
show('expand \\4', lambda: m.expand(r'\4'))
show('expand \\g<c>', lambda: m.expand(r'\g<c>'))
show('expand \\q', lambda: m.expand(r'\q'))
show('expand bytes', lambda: m.expand(b'\\1'))

# repr of matches, including long and non-ASCII
print('--- repr')
print(repr(re.search('b+', 'abbbc')))
print(repr(re.search('.*', 'x' * 100)))
print(repr(re.search("'", "it's")))
print(repr(re.search('"', 'say "hi"')))
print(repr(re.search('é+', 'caféé!')))
print(repr(re.search(r'\n', 'a\nb')))
print(repr(re.search(b'b+', b'abbbc')))
print(repr(re.match('', '')))

# copy of matches
import copy
m = re.match(r'(a)(b)', 'ab')
print(copy.copy(m).groups(), copy.deepcopy(m).span(2))

# ----- non-ASCII subjects: code-point indices -----
print('--- non-ASCII')
s = 'naïve café — 日本語テキスト 😀 emoji 😀😀'
for m in re.finditer(r'\w+', s):
    print(m.span(), m.group())
print(re.search('😀+', s).span())
print(re.search('😀', s, ).start(), s.index('😀'))
print([m.span() for m in re.finditer('😀', s)])
print(re.compile(r'\s').search(s, 12).span())
print(re.compile(r'\w+').search(s, 14).span())
print(re.compile(r'\w+').search(s, 14, 16))
print(re.compile(r'.').findall('aé😀b', 1, 3))
print(re.split(r'\s+', s))
print(re.sub('é', 'E', s))
print(re.subn('😀', ':)', s))
print(len(re.match('.*', s).group()), len(s))
print(re.search(r'(?<=é)\w', 'éa').span())
print(re.match(r'(.)(.)(.)', '日本語').regs)
print(re.fullmatch(r'.{3}', '😀😀😀'))
print(re.fullmatch(r'[😀-😂]+', '😀😁😂'))
print(re.findall(r'[^a-z]', 'aéb😀c'))
print(re.search(r'\u00e9', 'café').span())

# ----- Pattern attributes -----
print('--- Pattern')
p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)-(\d\d)', re.I)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(type(p.groupindex).__name__ in ('dict', 'mappingproxy'))
print(sorted(p.groupindex.items()))
print(repr(p))
print(re.compile('abc').flags, re.compile(b'abc').flags)
print(re.compile('(?i)abc').flags, re.compile('(?x)a b c').flags)
print(re.compile('(?a)abc').flags, re.compile('abc', re.A).flags)
print(re.compile(b'(?i)abc').flags, re.compile(b'(?L)abc').flags)
print(re.compile('(?s)(?m).').flags)
print(re.compile('a(?i:b)').flags)
print(re.compile('').groups, re.compile('(a)(?:b)(c)').groups, re.compile(b'(a)').groups)
print(re.compile('(?P<n>a)(?P<m>b)').groupindex)
print(repr(re.compile('abc')))
print(repr(re.compile(b'abc')))
print(repr(re.compile('abc', re.I | re.M)))
print(repr(re.compile('abc', re.U)))
print(repr(re.compile('abc', re.A | re.S)))
print(repr(re.compile(b'abc', re.I)))
print(repr(re.compile(b'abc', re.L)))
print(repr(re.compile('(?i)abc')))
print(repr(re.compile('x' * 300)))
print(repr(re.compile("it's")))
print(repr(re.compile('a\nb', re.X)))
print(repr(re.compile('é\\d')))
print(re.compile('abc') == re.compile('abc'))
print(re.compile('abc') == re.compile('abc', re.I))
print(re.compile('abc') == re.compile(b'abc'))
print(re.compile('abc') != re.compile('abd'))
print(re.compile('abc') == 'abc')
print(hash(re.compile('abc')) == hash(re.compile('abc')))
print(len({re.compile('a'), re.compile('a'), re.compile('b')}))
print(re.compile(re.compile('abc')) is re.compile(re.compile('abc')))
pp = re.compile('q+')
print(re.compile(pp) is pp)
print(re.search(pp, 'aqq'))
print(copy.copy(pp) is pp, copy.deepcopy(pp) is pp)
print(re.Pattern, re.Match)
print(type(pp) is re.Pattern, type(pp.match('q')) is re.Match)
print(isinstance(pp, re.Pattern), isinstance(pp.match('q'), re.Match))
show('Pattern[str]', lambda: re.Pattern[str])
show('Match[bytes]', lambda: re.Match[bytes])
show('Pattern()', lambda: re.Pattern())
show('Match()', lambda: re.Match())
show('pattern.groups = 1', lambda: setattr(pp, 'groups', 1))
show('match.string = x', lambda: setattr(pp.match('q'), 'string', 'x'))

# purge and the cache
re.purge()
print(re.match('a', 'a'))
print(re.compile('x', 0) is re.compile('x'))

# ----- many groups, object model details -----
print('--- many groups, object model')
p = re.compile('(a)' * 150)
m = p.match('a' * 150)
print(p.groups, m.lastindex, m.span(150), m.group(150), len(m.groups()), len(m.regs))
print(p.sub(r'\g<150>|\g<149>', 'a' * 150))
m = re.match(r'(a)' * 100 + r'\100', 'a' * 100 + '@')
print(m.span(), m.group()[-3:], m.lastindex)
p = re.compile('(?P<z>a)(?P<y>b)(?P<x>c)')
print(p.groupindex, type(p.groupindex).__name__)
show('groupindex item assignment', lambda: p.groupindex.__setitem__('q', 1))
print(p.match('abc').groupdict())
show('subclass Pattern', lambda: type('P2', (re.Pattern,), {}))
show('subclass Match', lambda: type('M2', (re.Match,), {}))
s = 'abc' * 3
print(re.sub('q', 'z', s) is s, re.subn('q', 'z', s)[0] is s)
print(re.split('q', s)[0] is s, re.match('a', s).string is s)
m = re.match('(a)(b)', 'ab')
print(m.re is re.compile('(a)(b)'))


# ----- more pos/endpos and empty-match corners -----
print('--- more pos/endpos')
print(re.split(r'\b', 'a b c', 2))
print(re.split(r'x*', 'axbxc', 2))
print(re.sub(r'x*', '-', 'axbxc', 3))
print(re.subn(r'', '-', 'abc', 2))
print(re.split(r'(?=\w)', 'ab cd', 3))
print(re.findall(r'\b\w', 'ab cd ef'[1:]))
print(re.compile(r'\b\w').findall('ab cd ef', 1))
print(re.compile(r'(?<=a)b').findall('ab', 1))
print(re.compile(r'^b').findall('ab', 1))
print(re.compile(r'(?m)^b').findall('a\nb', 2))
print([m.span() for m in re.compile(r'').finditer('abc', 1, 2)])
print(re.compile(r'$').findall('abc', 0, 2))
print(re.compile(r'\Z').search('abc', 0, 2))
print(re.compile(r'c\Z').search('abc\n', 0, 3))
print(re.compile(r'c$').search('abc\n', 0, 4))
print(re.compile(r'c$').search('abc\nd', 0, 4))
print(re.compile(r'\b').findall('ab', 0, 1))
print(re.compile(r'a\b').search('ab', 0, 1))
print(re.compile(r'a\B').search('ab', 0, 1))
print(re.compile(r'(?!b)').findall('ab', 0, 1))
print(re.compile(r'.').findall('😀é\n', 1))
print(re.sub('(?<=😀)', '|', '😀a😀'))
print(re.sub(r'\B', '.', 'héllo wörld'))
print(re.split(r'(?<=é)', 'aébéc'))
print([m.span() for m in re.finditer(r'(?=é)|é', 'aéé')])
print(re.compile('é').search('aéé', 2).span())
print(re.compile('(é)(?=(é))').search('aéé', 0, 2))
print(re.compile('\\w+').fullmatch('aéé', 1))
print(re.compile('\\w+').match('😀éé', 1, 2))

# ----- str and bytes subclasses -----
print('--- subclasses')
class S(str): pass
class B(bytes): pass
p = re.compile(S('a+'))
print(type(p.pattern).__name__, p, p.match('aa'))
p = re.compile(B(b'a+'))
print(type(p.pattern).__name__, p, p.match(b'aa'))
print(re.match(r'(?i)\U00010400', '\U00010428'))
print(re.findall(r'(?i)[\U00010400-\U00010410]', '\U00010428\U00010430'))
m = re.match(rb'a(b)', B(b'ab'))
print(m, type(m.group(1)).__name__, type(m.string).__name__)
print(re.sub(rb'x', b'y', B(b'axb')), type(re.sub(rb'q', b'y', B(b'axb'))).__name__)
print(re.escape(S('a.b')), type(re.escape(S('a.b'))).__name__)
m = re.match('(a)', S('ab'))
print(type(m.group()).__name__, type(m[1]).__name__, type(m.groups()[0]).__name__)
print(re.split('(b)', S('abc')), [type(x).__name__ for x in re.split('(b)', S('abc'))])
print([type(x).__name__ for x in re.findall('(b)', S('abc'))])
print(type(re.sub('b', 'x', S('abc'))).__name__, type(re.sub('q', 'x', S('abc'))).__name__)
print(type(re.sub('q', S('x'), 'abc')).__name__)
print(type(re.sub('b', S('x'), 'abc')).__name__)
print(type(re.match('a', 'a').expand(S('x'))).__name__)
print(repr(re.sub('a', lambda m: S('x'), 'a')), type(re.sub('a', lambda m: S('x'), 'a')).__name__)
print(re.compile('a') == re.compile(S('a')), hash(re.compile('a')) == hash(re.compile(S('a'))))
print(re.purge())
