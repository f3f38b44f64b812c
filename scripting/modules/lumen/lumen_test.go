package lumen_test

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/scripting/scripttest"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

func run(t *testing.T, src string) string { return scripttest.Run(t, src) }

// snippet and its output under numpy 1.24 (the same program with
// "import numpy as lm"), generated with Debian's python3-numpy.
const snippet = `import lumen as lm
a = lm.array([[1, 2], [3, 4]])
print(a.T, a.sum(axis=0), a * 2 + 1, a[0, :])
b = lm.arange(12.).reshape(3, 4)
print(repr(b[b > 4]), repr(b[:, [0, 2]]), b.mean(axis=1, keepdims=True))
print(repr(1 / (b + 1)), repr(b.T.dot(lm.ones(3))), b.std(axis=0))
b[1:, ::2] = -1
print(repr(b), len(b), b.shape, b.ndim, b.size, b.dtype)
print(repr(lm.linalg.solve(lm.array([[3., 1.], [1., 2.]]), lm.array([9., 8.]))))
print(repr(lm.where(b < 0, 0, b)), repr(lm.maximum(b, 2)), repr(lm.concatenate([a, a], axis=1)))
print(repr(lm.array([0.5, 1.5, 2.5]).round()), repr(lm.linspace(0, 1, 5)), repr(lm.eye(2)))
`

const snippetNumpy = `[[1 3]
 [2 4]] [4 6] [[3 5]
 [7 9]] [1 2]
array([ 5.,  6.,  7.,  8.,  9., 10., 11.]) array([[ 0.,  2.],
       [ 4.,  6.],
       [ 8., 10.]]) [[1.5]
 [5.5]
 [9.5]]
array([[1.        , 0.5       , 0.33333333, 0.25      ],
       [0.2       , 0.16666667, 0.14285714, 0.125     ],
       [0.11111111, 0.1       , 0.09090909, 0.08333333]]) array([12., 15., 18., 21.]) [3.26598632 3.26598632 3.26598632 3.26598632]
array([[ 0.,  1.,  2.,  3.],
       [-1.,  5., -1.,  7.],
       [-1.,  9., -1., 11.]]) 3 (3, 4) 2 12 float64
array([2., 3.])
array([[ 0.,  1.,  2.,  3.],
       [ 0.,  5.,  0.,  7.],
       [ 0.,  9.,  0., 11.]]) array([[ 2.,  2.,  2.,  3.],
       [ 2.,  5.,  2.,  7.],
       [ 2.,  9.,  2., 11.]]) array([[1, 2, 1, 2],
       [3, 4, 3, 4]])
array([0., 2., 2.]) array([0.  , 0.25, 0.5 , 0.75, 1.  ]) array([[1., 0.],
       [0., 1.]])
`

func TestSnippetMatchesNumpy(t *testing.T) {
	if got := run(t, snippet); got != snippetNumpy {
		t.Errorf("got:\n%s\nwant (numpy):\n%s", got, snippetNumpy)
	}
}

func TestErrorsAndTypes(t *testing.T) {
	got := run(t, `import lumen as lm
a = lm.zeros((2, 3))
for src in ["a + lm.zeros(4)", "bool(a)", "a[5]", "lm.linalg.inv(lm.zeros((2, 2)))", "lm.zeros('x')", "a.sum(axis=3)"]:
    try:
        eval(src)
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))
print(isinstance(a, lm.Array), a.dtype, (a > 0).dtype, lm.arange(3).dtype, a.T.shape)
print(type(a.sum()).__name__, a[0, 0], lm.array([[1, 2], [3, 4]]).tolist())
print(lm.zeros(2).__doc__ is None, "Sum" in lm.sum.__doc__)
b = lm.ones(3)
b += 1
print(b, 2 - b, b ** 2, -b, abs(-b), 6 // b, 7 % b)
`)
	want := `ValueError: operands could not be broadcast together with shapes (2,3) (4,)
ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
IndexError: index 5 is out of bounds for axis 0 with size 2
LinAlgError: Singular matrix
TypeError: zeros(): argument 'shape' must be an int or a tuple of ints, not str
ValueError: axis 3 is out of bounds for array of dimension 2
True float64 bool int64 (3, 2)
float 0.0 [[1, 2], [3, 4]]
False True
[2. 2. 2.] [0. 0. 0.] [4. 4. 4.] [-2. -2. -2.] [2. 2. 2.] [3. 3. 3.] [1. 1. 1.]
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMimeBundle(t *testing.T) {
	var out bytes.Buffer
	in := scripting.New(scripting.Options{Stdout: &out, Stderr: &out})
	v, err := in.Exec(context.Background(), "import lumen as lm\nlm.array([[1.5, 2], [3, 4]])", "<test>")
	if err != nil {
		t.Fatal(err)
	}
	b := in.MimeBundle(v)
	html, _ := b["text/html"].(string)
	if !strings.Contains(html, "<table") || !strings.Contains(html, "<td>1.5</td>") || b["text/plain"] != "array([[1.5, 2. ],\n       [3. , 4. ]])" {
		t.Errorf("bundle: %#v", b)
	}
}

const seeded = `import lumen as lm
lm.seed(42)
a = lm.random.randn(300, 300)
b = lm.random.rand(5)
c = lm.random.randint(0, 10, size=6)
d = lm.random.choice(10, size=4, replace=False)
e = lm.random.bernoulli(0.5, size=8)
print(lm.get_seed(), repr(b), repr(c), repr(d), repr(e))
print(lm.exp(a * a).sum(axis=0).sum(), a.sum(), lm.random.permutation(5))
`

func TestSeed(t *testing.T) {
	old := runtime.GOMAXPROCS(1)
	one := run(t, seeded)
	runtime.GOMAXPROCS(2)
	two := run(t, seeded)
	runtime.GOMAXPROCS(old)
	if one != two {
		t.Errorf("GOMAXPROCS 1 vs 2 differ:\n%s\n%s", one, two)
	}
	if again := run(t, seeded); again != one {
		t.Errorf("same seed, different output")
	}
	if !strings.HasPrefix(one, "42 ") {
		t.Errorf("get_seed: %s", one)
	}
	other := run(t, strings.Replace(seeded, "seed(42)", "seed(43)", 1))
	if other == one {
		t.Errorf("different seeds gave identical output")
	}
	// without seed(): a seed is drawn and reported; re-seeding with it reproduces
	first := run(t, "import lumen as lm\ns = lm.get_seed()\nx = lm.random.rand(3)\nlm.seed(s)\nprint(lm.equal(lm.random.rand(3), x).all())\n")
	if first != "True\n" {
		t.Errorf("get_seed replay: %q", first)
	}
}

// TestTemporaryReuse: a*b + c may compute into the buffer of a*b (numpy's
// temporary elision), which must never change a value anyone else can see.
// want is numpy's output for the same program. Each site reuses buffers
// from its second evaluation on, so the body runs twice.
func TestTemporaryReuse(t *testing.T) {
	got := run(t, `import lumen as lm
def body():
    a, b, c = lm.arange(4.), lm.full(4, 2.), lm.ones(4)
    print(a * b + c, a, b, c)
    print(c - a * b, (a + 1) * (b - 1) / (c + 1), 2 * a + 1, -(a * b) + 1)
    class Cache:
        def __init__(self):
            self.v = lm.ones(3) * 5
        def __mul__(self, k):
            return self.v
    w = Cache()
    print(w * 2 + 1, w.v)
    m = lm.zeros((2, 3))
    v = lm.arange(3.)
    print(v * 2 + m, v)
    i = lm.arange(3)
    print(i * 2 + 0.5, (i * 2 + 1).dtype, i)
    print(a * b + [1, 1, 1, 1], [1, 2, 3, 4] * a + a * b)
    print((a * 0).sum() + 1, lm.ones((2, 2)) * 2 + lm.ones(2))
body()
body()  # the second run takes the tracking path
`)
	want := `[1. 3. 5. 7.] [0. 1. 2. 3.] [2. 2. 2. 2.] [1. 1. 1. 1.]
[ 1. -1. -3. -5.] [0.5 1.  1.5 2. ] [1. 3. 5. 7.] [ 1. -1. -3. -5.]
[6. 6. 6.] [5. 5. 5.]
[[0. 2. 4.]
 [0. 2. 4.]] [0. 1. 2.]
[0.5 2.5 4.5] int64 [0 1 2]
[1. 3. 5. 7.] [ 0.  4. 10. 18.]
1.0 [[3. 3.]
 [3. 3.]]
`
	if want += want; got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
