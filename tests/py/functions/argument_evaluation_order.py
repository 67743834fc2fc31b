# Order of evaluation: function expression, positional args, keyword args, defaults
log = []
def t(label, value=None):
    log.append(label)
    return value if value is not None else label
def target(*args, **kwargs):
    return args, kwargs
def get_target():
    log.append("callee")
    return target
r = get_target()(t("a"), t("b"), k1=t("k1"), *[t("star")], k2=t("k2"), **{"k3": t("dstar")})
print(r)
print(log)
log.clear()
d = {t("key1"): t("val1"), t("key2"): t("val2")}
print(log)
log.clear()
x = t("left", 1) + t("right", 2) * t("rr", 3)
print(x, log)
log.clear()
lst = [0, 0, 0]
lst[t("index", 1)] = t("value", 9)
print(lst, log)
log.clear()
a = t("cond", True) and t("and-rhs", 5) or t("or-rhs", 6)
print(a, log)
log.clear()
res = t("then", "T") if t("test", True) else t("else", "E")
print(res, log)
log.clear()
print(t("p1"), t("p2"), sep=t("sep"), end=t("end\n"))
print(log)
log.clear()
def f(a, b):
    return a - b
print(f(b=t("b", 1), a=t("a", 10)), log)
log.clear()
v = [t("e1"), *[t("e2"), t("e3")], t("e4")]
print(v, log)
log.clear()
n = t("c1", 1) < t("c2", 2) < t("c3", 0) < t("c4", 5)
print(n, log)
