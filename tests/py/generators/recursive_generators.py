# Recursive generators: tree walks, permutations, combinations
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))
def preorder(n):
    yield n.value
    for c in n.children:
        yield from preorder(c)
def postorder(n):
    for c in n.children:
        yield from postorder(c)
    yield n.value
def paths(n, prefix=()):
    here = prefix + (n.value,)
    if not n.children:
        yield here
    for c in n.children:
        yield from paths(c, here)
def levels(n):
    layer = [n]
    while layer:
        yield [x.value for x in layer]
        layer = [c for x in layer for c in x.children]
print(list(preorder(tree)), list(postorder(tree)))
print(list(paths(tree)), list(levels(tree)))
def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, it in enumerate(items):
        for rest in perms(items[:i] + items[i + 1:]):
            yield [it] + rest
print(list(perms([1, 2, 3])), sum(1 for _ in perms("abcde")))
def combos(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combos(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combos("abcd", 2)), len(list(combos(range(10), 3))))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)), sum(1 for _ in hanoi(10)))
def subsets_sum(nums, target, chosen=()):
    if target == 0:
        yield chosen
    elif nums and target > 0:
        yield from subsets_sum(nums[1:], target - nums[0], chosen + (nums[0],))
        yield from subsets_sum(nums[1:], target, chosen)
print(list(subsets_sum([2, 3, 5, 7, 8], 10)))
