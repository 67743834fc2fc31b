"""Regular-expression text processing: tokenize log lines with a named-group
alternation, pull fields out with match(), count words with findall() and
rewrite dates with sub() (a workload of scripts that parse text output)."""

import re

LINES = [
    "2024-03-%02d 12:%02d:07 INFO  worker-%d handled request id=%d in %d ms"
    % (1 + i % 28, i % 60, i % 7, i * 37, i % 250)
    for i in range(4000)
]
TEXT = "\n".join(LINES)

TOKEN = re.compile(r"(?P<num>\d+)|(?P<name>[A-Za-z_][\w-]*)|(?P<op>[=:])|(?P<ws>\s+)")
LINE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+)\s+(\S+) (.*)$")


def tokenize(text):
    counts = {}
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        counts[kind] = counts.get(kind, 0) + 1
    return sorted(counts.items())


def fields(lines):
    total = 0
    for line in lines:
        m = LINE.match(line)
        if m and m.group(7) == "INFO":
            total += int(m.group(3)) + len(m.group(8))
    return total


def words(text):
    return len(re.findall(r"\b[a-z]+\b", text)), len(re.findall(r"\d+", text))


def dates(text):
    return len(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", text))


def main():
    for _ in range(5):
        t = tokenize(TEXT)
        f = fields(LINES)
        w = words(TEXT)
        d = dates(TEXT)
    print(t, f, w, d)


main()
