"""Word counting: string building, splitting and slicing, and a dict of counts.

Measures str operations (int-to-str conversion, %-formatting, format(),
join, split, slicing, startswith, upper), dict lookups and updates with str
keys, and a sort of the dict's items with a key function. Sentences are made
from integers, split into words, the words are shortened into keys and
counted, and the counts are ranked. Prints the number of distinct keys with
a checksum of the ranking, then the three most frequent keys.
"""

import sys

N = 250000  # sentences
if len(sys.argv) > 1:
    N = int(sys.argv[1])

# The syllable that spells each decimal digit.
SYLLABLES = {
    "0": "ba",
    "1": "ko",
    "2": "ri",
    "3": "tesu",
    "4": "na",
    "5": "mo",
    "6": "li",
    "7": "zu",
    "8": "pe",
    "9": "ga",
}


def spell(number):
    """The decimal digits of number, each replaced by its syllable."""
    return "".join([SYLLABLES[digit] for digit in str(number)])


def sentence(i):
    first = (i * 7919) % 1009
    second = (i * 104729) % 263
    words = [
        spell(first),
        spell(second),
        "%d-%d" % (first % 17, second % 13),
        format(i % 4096, "x"),
        spell(first + second)[::-1],
    ]
    return " ".join(words)


def key_of(word):
    """The counting key of a word: its first five characters, upper-cased
    when the word starts with a k."""
    key = word[:5]
    if word.startswith("k"):
        key = key.upper()
    return key


def count_keys(count):
    counts = {}
    for i in range(count):
        for word in sentence(i).split():
            key = key_of(word)
            counts[key] = counts.get(key, 0) + 1
    return counts


def by_frequency(item):
    word, count = item
    return (-count, word)


def main(count):
    counts = count_keys(count)
    ranking = sorted(counts.items(), key=by_frequency)
    checksum = 0
    for rank, (word, occurrences) in enumerate(ranking):
        weight = (rank + 1) * occurrences + len(word) * ord(word[-1])
        checksum = (checksum * 31 + weight) % 1000000007
    print(len(ranking), checksum)
    for word, occurrences in ranking[:3]:
        print("%s %d" % (word, occurrences))


main(N)
