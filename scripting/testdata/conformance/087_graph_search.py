from collections import deque
graph = {
    "A": ["B", "C"],
    "B": ["A", "D", "E"],
    "C": ["A", "F"],
    "D": ["B"],
    "E": ["B", "F"],
    "F": ["C", "E", "G"],
    "G": ["F"],
}
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    dist = {start: 0}
    while q:
        n = q.popleft()
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                dist[m] = dist[n] + 1
                q.append(m)
    return order, dist
def dfs(n, seen=None):
    if seen is None:
        seen = []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
order, dist = bfs("A")
print(order)
for node in sorted(dist):
    print(node, dist[node], graph[node])
print(dfs("A"), dfs("G"))
def shortest_path(a, b):
    prev, q = {a: None}, deque([a])
    while q:
        n = q.popleft()
        if n == b:
            break
        for m in graph[n]:
            if m not in prev:
                prev[m] = n
                q.append(m)
    path = []
    while b is not None:
        path.append(b)
        b = prev[b]
    return path[::-1]
print(shortest_path("A", "G"), shortest_path("D", "C"))
weighted = {"s": {"a": 7, "b": 2}, "a": {"c": 1}, "b": {"a": 3, "c": 8}, "c": {}}
def dijkstra(src):
    dist = {n: float("inf") for n in weighted}
    dist[src] = 0
    todo = set(weighted)
    while todo:
        u = min(sorted(todo), key=lambda n: dist[n])
        todo.remove(u)
        for v, w in weighted[u].items():
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    return dist
print(sorted(dijkstra("s").items()), sorted(dijkstra("a").items()))
grid = ["S.#.....", ".##.###.", "....#...", "##.##.#.", "......#E"]
def maze():
    R, C = len(grid), len(grid[0])
    start = (0, 0)
    q, seen = deque([(start, 0)]), {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("maze steps", maze())
