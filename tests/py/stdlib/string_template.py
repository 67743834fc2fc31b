# string.Template: substitute/safe_substitute with mappings and keywords, $$ escapes,
# $name and ${name}, identifier rules, KeyError and "Invalid placeholder" ValueError
# messages (line and column), get_identifiers, is_valid, subclasses with another
# delimiter, and a deterministic pseudo-random sweep over short templates.
from string import Template


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


t = Template("$who likes $what")
print(t.template, t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"), "|", t.safe_substitute())
d = dict(who="tim")
show("missing what", lambda: Template("Give $who $100").substitute(d))
show("missing key", lambda: Template("$who likes $what").substitute(d))
show("safe invalid", lambda: Template("Give $who $100").safe_substitute(d))
show("safe keys", lambda: Template("$who likes ${what}").safe_substitute(d))
show("escapes", lambda: Template("$$ costs $$$price, $$$$").substitute(price=5))
show("braced", lambda: Template("${noun}ification ${x}y $x_y").substitute(noun="abc", x=1, x_y=2))
show("adjacent", lambda: Template("$a$b${a}${b}").substitute(a="A", b="B"))
show("values", lambda: Template("$i $f $n $l").substitute(i=1, f=2.5, n=None, l=[1, "x"]))
show("underscore", lambda: Template("$_ $_1 $a1b $A").substitute(_=0, _1=1, a1b=2, A=3))
show("case", lambda: Template("$Abc $aBC").substitute(Abc=1, aBC=2))
show("dot stops", lambda: Template("$a.b $a-b $a'b").substitute(a="x"))
show("non-ascii id", lambda: Template("$é").substitute())
show("non-ascii after", lambda: Template("$aé").substitute(a=1))
show("empty", lambda: Template("").substitute())
show("no placeholders", lambda: Template("plain text").substitute(x=1))
show("positional and kw", lambda: Template("$x $y").substitute({"x": 1, "y": 2}, y=3))

print("--- invalid placeholders")
for text in ["$", "abc $", "$ x", "a $1", "${}", "${ a}", "${a", "${a b}", "${1}", "$$$",
             "line1\nline2 $!", "l1\nl2\n\n $", "x\r\ny$-", "ok $a\nbad ${", "\n$"]:
    show(repr(text), lambda: Template(text).substitute(a=1))
    show("  safe", lambda: Template(text).safe_substitute(a=1))
show("first error wins", lambda: Template("$missing $").substitute())
show("first error wins 2", lambda: Template("$ $missing").substitute())

print("--- identifiers and validity")
for text in ["$a $b ${a} $$c ${d}e $", "no ids", "$x$y$x", "${a}${b}$c", "$$", "$1 $a", "${ bad} $ok"]:
    tp = Template(text)
    print(repr(text), tp.get_identifiers(), tp.is_valid())

print("--- mappings")


class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"


class OnlyGetitem:
    def __getitem__(self, key):
        if key.startswith("k"):
            return key.upper()
        raise KeyError(key)


show("__missing__", lambda: Template("$a $b").substitute(Missing(a=1)))
show("__missing__ + kw", lambda: Template("$a $b $c").substitute(Missing(a=1), c=3))
show("getitem only", lambda: Template("$key $kx").substitute(OnlyGetitem()))
show("getitem only miss", lambda: Template("$key $zz").substitute(OnlyGetitem()))
show("getitem only safe", lambda: Template("$key $zz ${zz}").safe_substitute(OnlyGetitem()))
show("kw shadows", lambda: Template("$key").substitute(OnlyGetitem(), key="kw"))
show("chain miss", lambda: Template("$zz").substitute(OnlyGetitem(), a=1))
show("mapping kw name", lambda: Template("$mapping $self").substitute(mapping=1, self=2))


class Boom:
    def __str__(self):
        raise RuntimeError("no str")


show("str raises", lambda: Template("$b").substitute(b=Boom()))
show("safe str raises", lambda: Template("$b").safe_substitute(b=Boom()))
show("two positionals", lambda: Template("$a").substitute({}, {}))

print("--- subclasses")


class Percent(Template):
    delimiter = "%"


class Double(Template):
    delimiter = "<<"


tp = Percent("%who owes %%5 to ${who}, $who, %{x}")
print(tp.substitute(who="ann", x=1), tp.get_identifiers())
show("percent invalid", lambda: Percent("100%").substitute())
tp = Double("<<a << <<<<b <<{c}<<")
print(tp.safe_substitute(a=1, c=3), tp.get_identifiers(), tp.is_valid())
show("double invalid", lambda: Double("x\n <<-").substitute())
print(Template.delimiter, Percent.delimiter, Template.braceidpattern, isinstance(tp, Template))


class Attr(Template):
    def describe(self):
        return "template " + self.template


print(Attr("$q").describe(), Attr("$q").substitute(q="Q"))

print("--- sweep")
pieces = ["$", "$$", "{", "}", "a", "b_", "1", " ", "\n", "x", "${a}", "$b_"]
mapping = {"a": "A", "b_": "B", "x": "X", "b": "bee"}
state = 12345
for _ in range(60):
    text = ""
    for _ in range(5):
        state = (state * 1103515245 + 12345) % 2147483648
        text += pieces[state % len(pieces)]
    tp = Template(text)
    try:
        sub = repr(tp.substitute(mapping))
    except (KeyError, ValueError) as e:
        sub = type(e).__name__ + " " + str(e)
    print(repr(text), sub, repr(tp.safe_substitute(mapping)), tp.get_identifiers(), tp.is_valid())
