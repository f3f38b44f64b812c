class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[float(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(%r)" % self.rows
    def __str__(self):
        return "\n".join("[" + " ".join("%8.3f" % v for v in r) + "]" for r in self.rows)
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __eq__(self, o):
        return self.rows == o.rows
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, o):
        if isinstance(o, Matrix):
            if self.m != o.n:
                raise ValueError("shape mismatch %dx%d * %dx%d" % (self.n, self.m, o.n, o.m))
            cols = list(zip(*o.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        return Matrix([[a * o for a in r] for r in self.rows])
    __rmul__ = __mul__
    @property
    def T(self):
        return Matrix(zip(*self.rows))
    def inverse(self):
        n = self.n
        A = [r[:] + [float(i == j) for j in range(n)] for i, r in enumerate(self.rows)]
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(A[r][c]))
            if abs(A[p][c]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            A[c], A[p] = A[p], A[c]
            pv = A[c][c]
            A[c] = [v / pv for v in A[c]]
            for r in range(n):
                if r != c:
                    f = A[r][c]
                    A[r] = [a - f * b for a, b in zip(A[r], A[c])]
        return Matrix([r[n:] for r in A])
A = Matrix([[4, 7], [2, 6]])
print(A)
print(A.T, A[0, 1], A.n, A.m)
Ai = A.inverse()
print(Ai)
P = A * Ai
print(Matrix([[round(v, 12) for v in r] for r in P.rows]) == Matrix.identity(2))
print(repr(A + A), repr(2 * A), repr(A * 0.5))
B = Matrix([[1, 2, 3], [4, 5, 6]])
print(repr(B * B.T), repr(B.T * B))
try:
    B * B
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
R = Matrix([[0.0, -1.0], [1.0, 0.0]])
v = Matrix([[1.0], [0.0]])
for _ in range(4):
    v = R * v
    print(v.rows)
M = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(M.inverse())
