def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    assert len(A[0]) == m
    return [[sum(A[i][k] * B[k][j] for k in range(m)) for j in range(p)] for i in range(n)]

def transpose(M):
    return [list(r) for r in zip(*M)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(M, fmt="%6g"):
    for row in M:
        print(" ".join(fmt % v for v in row))

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
C = matmul(A, B)
show(C)
print(transpose(A))
print(matmul(identity(3), B) == B)
R = [[0, -1], [1, 0]]
M = identity(2)
for k in range(4):
    M = matmul(M, R)
    print(k, M)
F = [[1, 1], [1, 0]]
P = identity(2)
for _ in range(30):
    P = matmul(P, F)
print("fib30 via matrix", P[0][1])
def det(M):
    if len(M) == 1:
        return M[0][0]
    return sum((-1) ** j * M[0][j] * det([row[:j] + row[j + 1:] for row in M[1:]]) for j in range(len(M)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)), det([[1, 2], [2, 4]]))
H = [[1.0 / (i + j + 1) for j in range(3)] for i in range(3)]
show(H, "%.4f")
show(matmul(H, H), "%.5f")
v = [1.0, 2.0, 3.0]
print([round(x, 6) for x in (sum(a * b for a, b in zip(row, v)) for row in H)])
print(sum(C[i][i] for i in range(len(C))), [sum(col) for col in zip(*C)])
