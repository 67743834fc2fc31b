# textwrap: a deterministic pseudo-random sweep (an LCG picks words, separators,
# widths and options) comparing wrap()/shorten() output line by line, plus the
# word-splitting of mixed punctuation, digits, underscores and non-ASCII letters.
from textwrap import TextWrapper, wrap, shorten

state = 2024


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


words = ["the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog.", "Hello!",
         "well-known", "mother-in-law", "--", "supercalifragilisticexpialidocious", "x",
         "long-long-long-hyphenated-word", "e.g.", "U.S.A.", "---", "-", "a-", "-b",
         "end?", '"quoted."', "it's", "naïve", "café-au-lait", "x2-y3", "snake_case-word",
         "3-4", "ab--cd", "Wait!--what", "¿qué?", "日本語-テキスト", "über-cool"]
seps = [" ", " ", " ", "  ", "\t", "\n", "", " -- "]
indents = ["", "  ", "* ", "|"]
for case in range(120):
    text = ""
    for _ in range(rand(22)):
        text += words[rand(len(words))] + seps[rand(len(seps))]
    width = 3 + rand(40)
    kw = {}
    if rand(2):
        kw["initial_indent"] = indents[rand(len(indents))]
    if rand(2):
        kw["subsequent_indent"] = indents[rand(len(indents))]
    for name in ["expand_tabs", "replace_whitespace", "fix_sentence_endings",
                 "break_long_words", "drop_whitespace", "break_on_hyphens"]:
        if rand(3) == 0:
            kw[name] = bool(rand(2))
    if rand(3) == 0:
        kw["tabsize"] = rand(6)
    if rand(3) == 0:
        kw["max_lines"] = 1 + rand(4)
        if rand(2):
            kw["placeholder"] = [" [...]", "...", " ~", ""][rand(4)]
    try:
        result = wrap(text, width, **kw)
    except ValueError as e:
        result = type(e).__name__ + ": " + str(e)
    print(case, width, sorted(kw.items()))
    print("  ", repr(text))
    print("  ", result)
    if case % 4 == 0:
        try:
            print("   shorten:", repr(shorten(text, width + 5)))
        except ValueError as e:
            print("   shorten:", type(e).__name__, e)

print("--- splitting")
w = TextWrapper()
for s in ["don't-stop", "A--B", "a--", "--a", "x---y", "1-2-3", "ab-1", "a1-bc", "é-ü-ö",
          "__-__", "a.-b", "and/or-not", "re-re-re", "x-y-z", "ab-c", "a-bc", "ab-cd-e",
          "4th-of-July", "² -x", "quoted.\"--next", "\u0661\u0662-\u0663\u0664", "Ωmega-Δelta"]:
    print(repr(s), w._split(s))
