# Lists used as stacks and queues; simple algorithms built on them
stack = []
for tok in "3 4 + 2 * 7 -".split():
    if tok in "+-*":
        b, a = stack.pop(), stack.pop()
        stack.append(a + b if tok == "+" else a - b if tok == "-" else a * b)
    else:
        stack.append(int(tok))
    print(tok, stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for ch in s:
        if ch in "([{":
            st.append(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st
for s in ["([]{})", "([)]", "((", "", "{[()()]}"]:
    print(repr(s), balanced(s))
queue = [1]
order = []
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen = {1}
while queue:
    node = queue.pop(0)
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print("bfs", order)
def dfs(node, visited=None):
    visited = [] if visited is None else visited
    visited.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited
print("dfs", dfs(1))
window = []
for x in range(10):
    window.append(x)
    if len(window) > 3:
        window.pop(0)
    print(sum(window), end=" ")
print()
