# Classes implementing a linked list, a binary search tree and a priority queue
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, values=()):
        self.head, self.size = None, 0
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
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll, ll.size, LinkedList())
ll.reverse()
print(ll, list(ll), 3 in ll)
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
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.root[0], t.root[1][0], t.root[2][0])
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
        top, i = d.pop(), 0
        while 2 * i + 1 < len(d):
            m = min((c for c in (i, 2 * i + 1, 2 * i + 2) if c < len(d)), key=lambda k: d[k])
            if m == i:
                break
            d[i], d[m] = d[m], d[i]
            i = m
        return top
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
out = []
while h.data:
    out.append(h.pop())
print(out)
