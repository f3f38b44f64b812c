import lumen as np
a = np.arange(24.).reshape(2, 3, 4)
print(repr(a + np.arange(4)))
print(repr(a * np.arange(3).reshape(3, 1)))
print(repr(a - a[:, :1, :]))
print(repr(np.arange(3).reshape(3, 1) + np.arange(4)))
print(repr(2 ** np.arange(5)), repr(np.arange(5) ** 2.0))
print(repr(7 // np.arange(1, 5)), repr(-7 % np.arange(1, 5)), repr(np.arange(-3., 3.) % 2.5))
print(repr(np.arange(6.) / 4), repr(1.5 - np.arange(3)))
print(repr(a[0] > a[1] - 12.5), repr(np.arange(5) != 2))
print(repr(-a[1, 1]), repr(abs(np.arange(-2, 3))))
try:
    np.ones((2, 3)) + np.ones((3, 2))
except ValueError as e:
    print("ValueError", "(2,3)" in str(e).replace(" ", ""), "(3,2)" in str(e).replace(" ", ""))
