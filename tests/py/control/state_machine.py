# A small tokenizer/state machine using while loops and nested conditionals
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("NUM", float(text) if "." in text else int(text)))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif src.startswith("**", i):
            tokens.append(("OP", "**"))
            i += 2
        elif ch in "+-*/()=":
            tokens.append(("OP", ch))
            i += 1
        else:
            raise SyntaxError(f"bad char {ch!r} at {i}")
    return tokens
print(tokenize("x = 3.5 * (y_1 + 42) ** 2"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("SyntaxError:", e)
def evaluate(tokens):
    pos = 0
    def peek():
        return tokens[pos] if pos < len(tokens) else ("EOF", None)
    def advance():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]
    def expr():
        v = term()
        while peek() in (("OP", "+"), ("OP", "-")):
            op = advance()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = power()
        while peek() in (("OP", "*"), ("OP", "/")):
            op = advance()[1]
            v = v * power() if op == "*" else v / power()
        return v
    def power():
        base = atom()
        if peek() == ("OP", "**"):
            advance()
            return base ** power()
        return base
    def atom():
        kind, val = advance()
        if kind == "NUM":
            return val
        if (kind, val) == ("OP", "-"):
            return -atom()
        if (kind, val) == ("OP", "("):
            v = expr()
            advance()
            return v
        raise SyntaxError(f"unexpected {val!r}")
    return expr()
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-4 + 10 / 4", "2 * (3 + (4 - 1)) ** 2", "7 - 2 - 1"]:
    print(src, "=", evaluate(tokenize(src)))
