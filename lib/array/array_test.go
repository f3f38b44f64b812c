package array

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/lib/rng"
)

func TestSet(t *testing.T) {
	// expected values from numpy 1.24
	cases := []struct {
		name string
		set  func(a *Array) error
		want string
	}{
		{"row", func(a *Array) error { return a.Set(Scalar(-1, Float64), 1) }, "array([[ 0.,  1.,  2.,  3.],\n       [-1., -1., -1., -1.],\n       [ 8.,  9., 10., 11.]])"},
		{"col_bcast", func(a *Array) error { return a.Set(mk(t, []float64{7, 8, 9}), Slice{}, 0) }, "array([[ 7.,  1.,  2.,  3.],\n       [ 8.,  5.,  6.,  7.],\n       [ 9.,  9., 10., 11.]])"},
		{"mask", func(a *Array) error {
			m, _ := Binary(Gt, a, Scalar(8, Float64))
			return a.Set(Scalar(0, Float64), m)
		}, "array([[0., 1., 2., 3.],\n       [4., 5., 6., 7.],\n       [8., 0., 0., 0.]])"},
		{"intarr", func(a *Array) error {
			return a.Set(mk(t, []float64{100, 200}), ints(mk(t, []float64{0, 2})), ints(mk(t, []float64{3, 0})))
		}, "array([[  0.,   1.,   2., 100.],\n       [  4.,   5.,   6.,   7.],\n       [200.,   9.,  10.,  11.]])"},
		{"step_neg", func(a *Array) error {
			return a.Set(Scalar(5, Float64), Slice{Step: -2}, Slice{Start: -1, HasStart: true})
		}, "array([[ 0.,  1.,  2.,  5.],\n       [ 4.,  5.,  6.,  7.],\n       [ 8.,  9., 10.,  5.]])"},
	}
	for _, c := range cases {
		a := mk(t, ar(12), 3, 4)
		if err := c.set(a); err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := a.Repr(); got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
	// a view writes through
	a := mk(t, ar(6), 2, 3)
	v, _ := a.Get(Slice{}, 1)
	v.Set(Scalar(9, Float64), 0)
	if a.At(0, 1) != 9 {
		t.Errorf("view did not write through: %v", a)
	}
}

func TestErrors(t *testing.T) {
	a := mk(t, ar(6), 2, 3)
	cases := []struct {
		name string
		f    func() error
		want string
	}{
		{"broadcast", func() error { _, err := Binary(Add, a, mk(t, ar(4))); return err }, "operands could not be broadcast together with shapes (2,3) (4,)"},
		{"index", func() error { _, err := a.Get(2); return err }, "index 2 is out of bounds for axis 0 with size 2"},
		{"too_many", func() error { _, err := a.Get(0, 0, 0); return err }, "too many indices for array: array is 2-dimensional, but 3 were indexed"},
		{"reshape", func() error { _, err := a.Reshape(4); return err }, "cannot reshape array of size 6 into shape (4,)"},
		{"axis", func() error { _, err := a.Sum(intp(2), false); return err }, "axis 2 is out of bounds for array of dimension 2"},
		{"dot", func() error { _, err := Dot(a, a); return err }, "shapes (2, 3) and (2, 3) not aligned: 3 (dim 1) != 2 (dim 0)"},
		{"singular", func() error { _, err := Inv(mk(t, []float64{1, 2, 2, 4}, 2, 2)); return err }, "Singular matrix"},
		{"mask_shape", func() error { _, err := a.Get(mk(t, []float64{1, 0, 1}).WithDType(Bool)); return err }, "boolean index did not match indexed array along dimension 0; dimension is 2 but corresponding boolean dimension is 3"},
	}
	for _, c := range cases {
		err := c.f()
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: got %v, want %q", c.name, err, c.want)
		}
	}
}

func TestStringAndEigh(t *testing.T) {
	a := mk(t, ar(12), 3, 4)
	if got, want := a.String(), "[[ 0.  1.  2.  3.]\n [ 4.  5.  6.  7.]\n [ 8.  9. 10. 11.]]"; got != want {
		t.Errorf("str: got %q want %q", got, want)
	}
	// eigenvectors: check A v = w v
	s := mk(t, []float64{2, 1, 0, 1, 3, 1, 0, 1, 4}, 3, 3)
	w, v, err := Eigh(s)
	if err != nil {
		t.Fatal(err)
	}
	av, _ := Dot(s, v)
	wv, _ := Binary(Mul, v, w)
	d, _ := Binary(Sub, av, wv)
	n, _ := Norm(d, nil, false)
	if x, _ := n.Item(); x > 1e-12 {
		t.Errorf("eigh residual %g", x)
	}
}

func TestNpyRoundTrip(t *testing.T) {
	dir := t.TempDir()
	arrs := map[string]*Array{
		"f": mk(t, []float64{1.5, -2, 3e-300, 4}, 2, 2).T(),
		"b": mk(t, []float64{1, 0, 1}).WithDType(Bool),
		"i": ints(mk(t, []float64{-5, 7, 1 << 40})),
		"s": Scalar(2.5, Float64),
	}
	for name, a := range arrs {
		p := filepath.Join(dir, name+".npy")
		if err := Save(p, a); err != nil {
			t.Fatal(err)
		}
		b, err := Load(p)
		if err != nil {
			t.Fatal(err)
		}
		if b.Repr() != a.Repr() || b.DType() != a.DType() {
			t.Errorf("%s: got %s want %s", name, b.Repr(), a.Repr())
		}
	}
	p := filepath.Join(dir, "all.npz")
	if err := SaveZ(p, arrs); err != nil {
		t.Fatal(err)
	}
	got, names, err := LoadZ(p)
	if err != nil || len(names) != 4 {
		t.Fatal(err, names)
	}
	for k, a := range arrs {
		if got[k].Repr() != a.Repr() {
			t.Errorf("npz %s: got %s", k, got[k].Repr())
		}
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temp file left: %s", e.Name())
		}
	}
}

const numpyPython = "/usr/bin/python3"

// TestNumpyInterop has numpy read our files and we read numpy's.
func TestNumpyInterop(t *testing.T) {
	if err := exec.Command(numpyPython, "-c", "import numpy").Run(); err != nil {
		if testing.Short() {
			t.Skip("numpy not available")
		}
		t.Fatalf("numpy is required: apt-get update && apt-get install -y python3-numpy (%v)", err)
	}
	dir := t.TempDir()
	a := mk(t, []float64{1.5, -2, 0.1, 4, 5, 6}, 2, 3)
	Save(filepath.Join(dir, "ours.npy"), a)
	SaveZ(filepath.Join(dir, "ours.npz"), map[string]*Array{"W": a, "m": mk(t, []float64{1, 0}).WithDType(Bool), "n": ints(mk(t, []float64{3, -4}))})
	script := `
import numpy as np, sys
d = sys.argv[1]
a = np.load(d + "/ours.npy")
z = np.load(d + "/ours.npz")
assert a.dtype == np.float64 and a.shape == (2, 3), a
assert (a == np.array([[1.5, -2, 0.1], [4, 5, 6]])).all()
assert z["m"].dtype == np.bool_ and list(z["m"]) == [True, False]
assert z["n"].dtype == np.int64 and list(z["n"]) == [3, -4]
assert (z["W"] == a).all()
np.save(d + "/theirs.npy", np.arange(6.).reshape(2, 3).T)
np.save(d + "/fortran.npy", np.asfortranarray(np.arange(6.).reshape(2, 3)))
np.savez(d + "/theirs.npz", x=np.arange(4), y=np.array([True, False]), z=np.float32([0.5]))
np.savez_compressed(d + "/comp.npz", x=np.arange(3.))
`
	if out, err := exec.Command(numpyPython, "-c", script, dir).CombinedOutput(); err != nil {
		t.Fatalf("numpy side: %v\n%s", err, out)
	}
	b, err := Load(filepath.Join(dir, "theirs.npy"))
	if err != nil || b.Repr() != "array([[0., 3.],\n       [1., 4.],\n       [2., 5.]])" {
		t.Errorf("theirs.npy: %v %v", b, err)
	}
	f, err := Load(filepath.Join(dir, "fortran.npy"))
	if err != nil || f.Repr() != "array([[0., 1., 2.],\n       [3., 4., 5.]])" {
		t.Errorf("fortran.npy: %v %v", f, err)
	}
	z, _, err := LoadZ(filepath.Join(dir, "theirs.npz"))
	if err != nil {
		t.Fatal(err)
	}
	if z["x"].Repr() != "array([0, 1, 2, 3])" || z["y"].Repr() != "array([ True, False])" || z["z"].Repr() != "array([0.5])" {
		t.Errorf("theirs.npz: %v %v %v", z["x"].Repr(), z["y"].Repr(), z["z"].Repr())
	}
	c, _, err := LoadZ(filepath.Join(dir, "comp.npz"))
	if err != nil || c["x"].Repr() != "array([0., 1., 2.])" {
		t.Errorf("compressed npz: %v", err)
	}
}

// TestParallelDeterminism compares large ops at GOMAXPROCS 1 and 2.
func TestParallelDeterminism(t *testing.T) {
	run := func() []float64 {
		x, _ := RandN(rng.New(7), 1000, 700)
		y, _ := Binary(Mul, x, x)
		e := Unary(Exp, y)
		s0, _ := e.Sum(intp(0), false)
		s1, _ := e.Sum(intp(1), false)
		all, _ := x.Sum(nil, false)
		out := append(append([]float64{}, s0.Data()...), s1.Data()...)
		return append(out, all.Data()...)
	}
	old := runtime.GOMAXPROCS(1)
	a := run()
	runtime.GOMAXPROCS(2)
	b := run()
	runtime.GOMAXPROCS(old)
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("element %d differs: %v vs %v", i, a[i], b[i])
		}
	}
}
