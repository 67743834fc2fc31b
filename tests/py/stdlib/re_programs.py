# re in realistic programs: a tokenizer built from named alternatives with
# finditer/lastgroup, log-line parsing, CSV-ish splitting, word counting,
# a tiny template engine, config parsing and text normalisation.
import re
from collections import Counter

print('--- tokenizer')
TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][+-]?\d+)?'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[^\W\d]\w*'),
    ('OP', r'[+\-*/()<>=!]=?'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
TOKEN_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
print(TOKEN_RE.groups, sorted(TOKEN_RE.groupindex.items(), key=lambda kv: kv[1]))


def tokenize(code):
    line = 1
    line_start = 0
    for m in TOKEN_RE.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if re.search(r'[.eE]', value) else int(value)
        elif kind == 'STRING':
            value = re.sub(r'\\(.)', r'\1', value[1:-1])
        elif kind == 'NEWLINE':
            line_start = m.end()
            line += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        yield kind, value, line, col, m.lastindex


code = '''total := 0;  # start
for naïve in 1.5e3 2 3.25:
    total := total + naïve * 2 >= "a \\"q\\" b";
if x != 42 then $ endif;
'''
for tok in tokenize(code):
    print(tok)

print('--- log parsing')
LOG = '''\
2024-01-15 10:23:45,123 INFO  [main] server.py:42 - Server started on port 8080
2024-01-15 10:23:46,001 DEBUG [worker-1] db.py:118 - Connected to postgres://db:5432/app
2024-01-15 10:24:01,777 WARN  [worker-2] cache.py:7 - Cache miss ratio 0.35 above threshold
2024-01-15 10:25:13,500 ERROR [worker-1] api.py:301 - Request failed: GET /users/17 -> 500
garbage line without structure
2024-01-15 10:26:00,000 INFO  [main] server.py:88 - Shutting down (signal=15)
'''
LINE_RE = re.compile(r'''
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<thread>[\w-]+)\]\s
    (?P<file>[\w.]+):(?P<line>\d+)\s-\s
    (?P<msg>.*)$
''', re.VERBOSE | re.MULTILINE)
levels = Counter()
for m in LINE_RE.finditer(LOG):
    d = m.groupdict()
    levels[d['level']] += 1
    print(d['time'], d['level'], d['thread'], '%s@%s' % (d['file'], d['line']), '|', d['msg'])
print(sorted(levels.items()))
print(len(LINE_RE.findall(LOG)), LINE_RE.findall(LOG)[0][:4])
bad = [line for line in LOG.splitlines() if not LINE_RE.match(line)]
print(bad)
errors = re.findall(r'^.*\bERROR\b.*$', LOG, re.M)
print(errors)
print(re.findall(r'(?<=port )\d+|(?<=:)\d{4}(?=/)', LOG))
m = re.search(r'(?P<method>GET|POST) (?P<path>/\S+) -> (?P<status>\d{3})', LOG)
print(m.group('method', 'path', 'status'), m.span())
print(re.sub(r'\d{4}-\d{2}-\d{2} (\d{2}:\d{2}):\d{2},\d{3}', r'[\1]', LOG.splitlines()[0]))

print('--- CSV-ish splitting')
CSV_FIELD = re.compile(r'''
    \s*
    (?:
        "(?P<quoted>(?:[^"]|"")*)"
      | (?P<plain>[^,"]*?)
    )
    \s*
    (?:,|$)
''', re.X)


def parse_csv_line(line):
    fields = []
    pos = 0
    while pos <= len(line):
        m = CSV_FIELD.match(line, pos)
        if not m or m.end() == pos and pos == len(line) and fields:
            break
        if m.group('quoted') is not None:
            fields.append(m.group('quoted').replace('""', '"'))
        else:
            fields.append(m.group('plain'))
        if m.end() == pos:
            break
        pos = m.end()
    return fields


for line in ['a,b,c', ' 1 , 2 ,3 ', '"x, y",z', '"say ""hi""",2', 'empty,,end', '',
             'trailing,', 'é,日本,"😀,😀"']:
    print(repr(line), parse_csv_line(line))
print(re.split(r'\s*[,;]\s*', 'a , b;c ;d'))
print(re.split(r'(?<!\\),', r'a,b\,c,d'))
print([re.sub(r'\\,', ',', f) for f in re.split(r'(?<!\\),', r'a,b\,c,d')])
print(re.split(r',(?=(?:[^"]*"[^"]*")*[^"]*$)', 'a,"b,c",d'))
print(re.findall(r'"([^"]*)"|([^,]+)', 'a,"b,c",d'))

print('--- word counting')
TEXT = '''It was the best of times, it was the worst of times; it was the age of
wisdom, it was the age of foolishness... Naïve café-goers said: "It's the
season of Light!" — and 'twas the season of Darkness. 1859 isn't a word.'''
words = re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", TEXT.lower())
counts = Counter(words)
print(len(words), len(counts))
print(counts.most_common(6))
print(sorted(w for w in counts if '-' in w or "'" in w))
print(re.findall(r'\b[A-Z]\w*', TEXT))
print(len(re.findall(r'[.!?]+', TEXT)), re.findall(r'[.!?]+', TEXT))
sentences = [s for s in re.split(r'(?<=[.!?])\s+', TEXT.replace('\n', ' ')) if s]
print(len(sentences), [s[:20] for s in sentences])
print(re.subn(r'\bit\b', 'IT', TEXT, flags=re.I)[1])
print(sum(1 for _ in re.finditer(r'\bwas\b', TEXT)))

print('--- mini template engine')
TEMPLATE = 'Hello {{ name }}! You have {{count}} new {{ count|plural:message }}. {{ missing }}'


def render(tpl, ctx):
    def repl(m):
        key, _, filt = m.group(1).partition('|')
        value = ctx.get(key.strip(), m.group(0))
        if filt.startswith('plural:'):
            word = filt.split(':', 1)[1]
            return word if ctx.get(key.strip()) == 1 else word + 's'
        return str(value)
    return re.sub(r'\{\{\s*([\w|:]+)\s*\}\}', repl, tpl)


print(render(TEMPLATE, {'name': 'Zoë', 'count': 3}))
print(render(TEMPLATE, {'name': 'Bob', 'count': 1}))

print('--- config parsing')
CONFIG = '''
# comment
[server]
host = example.com
port=8080
  debug = yes  ; trailing comment

[paths]
root = /var/www
empty =
'''
section = None
conf = {}
for raw in CONFIG.splitlines():
    line = re.sub(r'\s*[;#].*$', '', raw).strip()
    if not line:
        continue
    m = re.fullmatch(r'\[(\w+)\]', line)
    if m:
        section = conf.setdefault(m[1], {})
        continue
    m = re.fullmatch(r'(?P<key>\w+)\s*=\s*(?P<value>.*)', line)
    section[m['key']] = m['value']
print(conf)

print('--- normalisation helpers')


def slugify(s):
    s = re.sub(r'[^\w\s-]', '', s.lower())
    return re.sub(r'[-\s]+', '-', s).strip('-_')


print(slugify('  Hello, World! Ça va?  '), slugify('a -- b__c'))
camel = ['camelCaseString', 'HTTPServerError', 'getHTTPResponseCode', 'simple', 'ABC']
for c in camel:
    print(c, re.sub(r'(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])', '_', c).lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_to_camel'))
print(re.sub(r'(\d)(?=(\d{3})+(?!\d))', r'\1,', '1234567 and 1000 and 999 and 12345.678'))
print(re.sub(r'\s+', ' ', '  a \n\t b   c ').strip())
print(re.sub(r'(?i)\b(\w)(\w*)', lambda m: m[1].upper() + m[2].lower(), 'hELLO wORLD of pYTHON'))
print(re.findall(r'[\w.+-]+@[\w-]+\.[\w.-]+', 'mail a.b+c@ex-ample.co.uk, bad@, x@y.z.'))
print(re.findall(r'https?://[^\s<>"]+|www\.[^\s<>"]+', 'see http://a.b/c?d=1 and www.x.org/y "https://q"'))
ip = re.compile(r'\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b')
print(ip.findall('10.0.0.1 256.1.1.1 192.168.1.255 1.2.3'))
dates = re.compile(r'(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})')
print(dates.sub(r'\g<y>-\g<m>-\g<d>', 'born 3/7/1990, wed 12/10/2015'))
print(dates.sub(lambda m: '{y}-{m:0>2}-{d:0>2}'.format(**m.groupdict()), 'born 3/7/1990'))
html = '<p class="x">Hi <b>there</b> &amp; <i>you</i></p><br/>'
print(re.sub(r'<[^>]+>', '', html))
print(re.findall(r'<(\w+)[^>]*>', html))
print(re.findall(r'<(\w+)[^>]*>(.*?)</\1>', html))
print(re.sub(r'&(\w+);', lambda m: {'amp': '&', 'lt': '<'}.get(m[1], m[0]), html))
