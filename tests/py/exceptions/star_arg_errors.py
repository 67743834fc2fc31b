def f(*a, **k): pass
for s in ["f(*1)", "[*1]", "f(**1)", "{**1}", "print(*1)", "(*1,)", "{*1}"]:
    try:
        eval(s)
    except TypeError as e:
        print(s, "->", e)
