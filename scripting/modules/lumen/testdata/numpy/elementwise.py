import lumen as np
x = np.linspace(-2, 2, 9)
print(repr(np.exp(x)), repr(np.tanh(x)), repr(np.sin(x)), repr(np.cos(x)))
print(repr(np.sqrt(np.abs(x))), repr(np.log(np.abs(x) + 1)), repr(np.sign(x)))
print(repr(np.clip(x, -1, 0.5)), repr(np.where(x > 0, x, -x)), repr(np.maximum(x, 0)), repr(np.minimum(x, 0.25)))
print(repr(np.round(x * 1.37, 2)), repr(np.round(np.array([0.5, 1.5, 2.5, -0.5]))), repr(np.abs(x)))
print(repr(np.exp(np.array([-800., 710., 0.]))))
