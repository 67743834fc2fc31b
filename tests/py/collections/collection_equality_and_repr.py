# Equality, containment and repr of containers (including recursive ones)
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2), {1: [1]} == {1: [1]}, [1] != [1.0])
print([[1, [2]]] == [[1, [2]]], [float("nan")] == [float("nan")], {1, 2} == {2, 1}, set() == frozenset())
nan = float("nan")
same = [nan]
print(same == same, nan in same, [nan] == [nan], (nan,) == (nan,))
print(repr([1, "a", 2.5, None, True, (1,), {}, set()]), repr(((),)), repr([[]]), repr({(): []}))
r = [1]
r.append(r)
print(r, repr(r), str(r))
dr = {"a": 1}
dr["me"] = dr
print(dr)
tr = ([],)
tr[0].append(tr)
print(tr)
print(str(["x", 'y"', "z'"]), repr(["a\nb"]), repr({"k": "é"}))
print([] == [], {} == {}, () == (), [] == (), [] is not [])
print(1 in [1, 2], [1] in [[1], 2], (1, 2) in {(1, 2): 0}, "a" in {"a": 1}, 1 in {"a": 1}.values())
class Always:
    def __eq__(self, other):
        return True
print(Always() in [1, 2], 3 in [Always()], [Always()] == [5], [1].count(Always()), [5, 6].index(Always()), [7].index(7))
print([1, 2, 3] < [1, 2, 4], [1, 2] > [1], [2] > [1, 5], (1, "a") < (1, "b"), [] < [0])
big = list(range(1000))
print(big == list(range(1000)), big[:5] == [0, 1, 2, 3, 4], repr(big)[:20])
