# Classes implementing a linked list, a binary search tree and a priority queue
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, values=()):
        self.head = None
        self.size = 0
        for v in reversed(list(values)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), 3 in ll)
print(LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def _ins(node, key):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = _ins(node[1], key)
            elif key > node[0]:
                node[2] = _ins(node[2], key)
            return node
        self.root = _ins(self.root, key)
    def inorder(self):
        def _walk(node):
            if node:
                yield from _walk(node[1])
                yield node[0]
                yield from _walk(node[2])
        return list(_walk(self.root))
    def height(self):
        def _h(n):
            return 0 if n is None else 1 + max(_h(n[1]), _h(n[2]))
        return _h(self.root)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height())
class MinHeap:
    def __init__(self):
        self.data = []
    def push(self, v):
        self.data.append(v)
        i = len(self.data) - 1
        while i > 0 and self.data[(i - 1) // 2] > self.data[i]:
            p = (i - 1) // 2
            self.data[i], self.data[p] = self.data[p], self.data[i]
            i = p
    def pop(self):
        d = self.data
        d[0], d[-1] = d[-1], d[0]
        top = d.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(d) and d[l] < d[m]:
                m = l
            if r < len(d) and d[r] < d[m]:
                m = r
            if m == i:
                return top
            d[i], d[m] = d[m], d[i]
            i = m
    def __bool__(self):
        return bool(self.data)
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
out = []
while h:
    out.append(h.pop())
print(out)
