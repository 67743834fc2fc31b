# re.finditer on long subjects (matches are found a chunk at a time): empty
# matches next to non-empty ones across chunk boundaries, pos/endpos windows,
# bytes and non-ASCII str subjects, consuming part of the iterator, errors
# raised when finditer is called (not when iterated), and agreement with
# findall and with a search() loop.
import re


def spans(it):
    return [m.span() for m in it]


text = 'ab ' * 3000
for pat in [r'\b', r'a|', r'\s*', r'(?=b)', r'x*', r'\w+|\s']:
    got = spans(re.finditer(pat, text))
    print(pat, len(got), got[:4], got[-3:], [m.group() for m in re.finditer(pat, text[:12])])
    assert len(got) == len(re.findall(pat, text)), pat

uni = 'é€😀 ' * 2000
ms = list(re.finditer(r'\S+|(?=\s)', uni))
print(len(ms), ms[0].span(), ms[-1].span(), ms[1000].group(), ms[-1].string is uni)
b = b'x1y22z333 ' * 1500
bs = list(re.finditer(rb'\d+|', b))
print(len(bs), bs[:3], bs[-1].span())
p = re.compile(r'\d')
w = list(p.finditer('a1b2c3' * 1000, 5, 3001))
print(len(w), w[0].span(), w[-1].span(), w[0].pos, w[0].endpos, w[0].re is p)
it = p.finditer('1' * 5000)
first = [next(it).span() for _ in range(3)]
print(first, sum(1 for _ in it))
print(list(p.finditer('123', 5)), list(p.finditer('123', 2, 1)))
try:
    re.finditer(r'\d', 5)
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(r'\d').finditer(b'123')
except TypeError as e:
    print('TypeError:', e)
pos = 0
loop = []
s = 'aaa bbb ' * 500
pat = re.compile(r'a*')
while pos <= len(s):
    m = pat.search(s, pos)
    if not m:
        break
    loop.append(m.span())
    pos = m.end() + (m.start() == m.end())
print(len(loop), len(list(pat.finditer(s))))
