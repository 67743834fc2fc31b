# Dict views, merge operators, comprehension and iteration
d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
d["d"] = 4
print(len(ks), list(vs), ("d", 4) in its, "a" in ks, 4 in vs)
print(sorted(ks & {"a", "z"}), sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(ks == {"a", "b", "c", "d"}, its == {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
e = {"c": 30, "e": 5}
print(d | e, e | d)
d |= e
print(d)
d |= [("f", 6)]
print(d)
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
print({k: v for k, v in d.items() if v % 2 == 0})
print({k.upper(): v * 10 for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(f"{k}:{v}", end=",")
print()
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(dict(sorted(d.items())), list(map(lambda kv: kv[0] * kv[1], {"x": 2, "y": 3}.items())))
print(list(zip(d.keys(), d.values())) == list(d.items()))
it = iter(d)
print(next(it), next(it))
m = {}
m.update(a=1)
m.update({"b": 2}, c=3)
print(m, {**m, "a": 100}, {"z": 0, **m})
print(isinstance(ks, type({}.keys())), type(vs).__name__, type(its).__name__)
