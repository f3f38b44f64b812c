package reservoir

import (
	"fmt"

	"github.com/lumenlab/lumen/lib/array"
	lr "github.com/lumenlab/lumen/lib/reservoir"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Task is the script object around a *reservoir.Task.
type Task struct{ T *lr.Task }

// TaskType is reservoir.Task in scripts.
var TaskType = func() *s.Type {
	t := s.NewType("Task", s.ObjectType, `A one-vs-all recognition task: Boolean images (rows of width×height pixels, 0/1) with targets 1 (positive) and 0 (negative) in 50/50 sequences.

Attributes: name, x_train, y_train, x_test, y_test (Arrays, copies), width, height, n_train, n_test. Made by reservoir.headers, reservoir.one_vs_all and reservoir.synthetic.`)
	t.Module = "lumen.reservoir"
	return t
}()

func (*Task) PyType() *s.Type { return TaskType }

func taskArg(fn string, o s.Object) *lr.Task {
	if t, ok := o.(*Task); ok {
		return t.T
	}
	s.Raise(s.TypeErrorType, "%s(): argument 'task' must be a reservoir task (reservoir.headers, reservoir.one_vs_all, reservoir.synthetic), not %s", fn, s.TypeNameOf(o))
	return nil
}

func copyArray(data []float64, shape ...int) s.Object {
	a, err := array.FromSlice(data, shape...)
	lumen.Check(err)
	return lumen.WrapArray(a)
}

func taskProperty(name, doc string, get func(t *lr.Task) s.Object) {
	TaskType.SetAttr(name, &s.Property{Name: name, Doc: s.Str(doc), Get: s.NewBuiltin(name, doc, func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) > 0 {
			if t, ok := args[0].(*Task); ok {
				return get(t.T)
			}
		}
		s.Raise(s.TypeErrorType, "descriptor requires a 'reservoir.Task' object")
		return nil
	})})
}

func init() {
	taskProperty("name", "The task's name, e.g. 'headers4/0' or 'mnist/3'.", func(t *lr.Task) s.Object { return s.Str(t.Name) })
	taskProperty("x_train", "Training images, an Array n_train × (width·height) of 0/1 (a copy).", func(t *lr.Task) s.Object { return copyArray(t.XTrain, t.NTrain, t.Width*t.Height) })
	taskProperty("y_train", "Training targets, an Array of n_train values 0/1 (a copy).", func(t *lr.Task) s.Object { return copyArray(t.YTrain, t.NTrain) })
	taskProperty("x_test", "Test images, an Array n_test × (width·height) of 0/1 (a copy).", func(t *lr.Task) s.Object { return copyArray(t.XTest, t.NTest, t.Width*t.Height) })
	taskProperty("y_test", "Test targets, an Array of n_test values 0/1 (a copy).", func(t *lr.Task) s.Object { return copyArray(t.YTest, t.NTest) })
	taskProperty("width", "Image width in pixels.", func(t *lr.Task) s.Object { return s.Int(t.Width) })
	taskProperty("height", "Image height in pixels.", func(t *lr.Task) s.Object { return s.Int(t.Height) })
	taskProperty("n_train", "Number of training images.", func(t *lr.Task) s.Object { return s.Int(t.NTrain) })
	taskProperty("n_test", "Number of test images.", func(t *lr.Task) s.Object { return s.Int(t.NTest) })
	TaskType.SetAttr("__repr__", &s.Builtin{Name: "__repr__", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		t := args[0].(*Task).T
		return s.Str(fmt.Sprintf("reservoir.Task('%s', %d×%d images, n_train=%d, n_test=%d)", t.Name, t.Width, t.Height, t.NTrain, t.NTest))
	}})
}

func sizes(fn string, p0, p1 s.Object, def int) (int, int) {
	nTrain := intArg(fn, "n_train", p0, def)
	nTest := intArg(fn, "n_test", p1, def)
	for _, c := range []struct {
		name string
		v    int
	}{{"n_train", nTrain}, {"n_test", nTest}} {
		if c.v < 2 || c.v > 1<<20 {
			s.Raise(s.ValueErrorType, "%s(): argument '%s' = %d not allowed: use 2..%d", fn, c.name, c.v, 1<<20)
		}
	}
	return nTrain, nTest
}

// AddTasks adds the task constructors (Task, headers, one_vs_all, synthetic)
// to m: the reservoir module, and the datasets module if it re-exports them
// (datasets.headers in issue 9).
func AddTasks(m *s.Module) {
	m.Set("Task", TaskType)
	m.AddFunc("headers", "(bits, *, target=0, n_train=200, n_test=200, noise=0.0, seed=None)",
		`The n-bit header recognition task: the input beam (a disc on a 32×32 image) is divided into bits pie-shaped sectors, sector i lit when bit i of the header is set; recognise header target against the other 2^bits − 1 (50/50 sequences). noise: probability of flipping each pixel. Score by symbol error rate (evaluate()["ser"]).`,
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "headers"
			p := s.Args(fn, args, kw, "bits", "*", "target?", "n_train?", "n_test?", "noise?", "seed?")
			bits := intArg(fn, "bits", p[0], 0)
			if bits < 1 || bits > 16 {
				s.Raise(s.ValueErrorType, "%s(): argument 'bits' = %d not allowed: use 1..16", fn, bits)
			}
			target := intArg(fn, "target", p[1], 0)
			if target < 0 || target >= 1<<bits {
				s.Raise(s.ValueErrorType, "%s(): argument 'target' = %d not allowed: use 0..%d for %d-bit headers", fn, target, 1<<bits-1, bits)
			}
			nTrain, nTest := sizes(fn, p[2], p[3], 200)
			noise := rangeArg(fn, "noise", p[4], 0, 0, 1)
			t, err := lr.Headers(bits, target, nTrain, nTest, noise, seedArg(th, fn, p[5]).Uint64())
			check(th, fn, err)
			return &Task{T: t}
		})
	m.AddFunc("one_vs_all", `(name="mnist", digit=0, *, n_train=1000, n_test=1000, seed=None)`,
		`MNIST ("mnist") or Fashion-MNIST ("fashion_mnist") one-vs-all recognition of class digit (0..9), 28×28 images binarised at 0.5, 50/50 positive/negative sequences drawn (seeded) from the train and test splits. Needs the data sets installed (make setup; LUMEN_DATA sets the location).`,
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "one_vs_all"
			p := s.Args(fn, args, kw, "name?", "digit?", "*", "n_train?", "n_test?", "seed?")
			name := strArg(fn, "name", p[0], "mnist")
			if name != "mnist" && name != "fashion_mnist" {
				s.Raise(s.ValueErrorType, "%s(): argument 'name' = %q not allowed: use \"mnist\" or \"fashion_mnist\"", fn, name)
			}
			digit := intArg(fn, "digit", p[1], 0)
			if digit < 0 || digit > 9 {
				s.Raise(s.ValueErrorType, "%s(): argument 'digit' = %d not allowed: use 0..9", fn, digit)
			}
			nTrain, nTest := sizes(fn, p[2], p[3], 1000)
			t, err := lr.OneVsAll(name, digit, nTrain, nTest, seedArg(th, fn, p[4]).Uint64())
			check(th, fn, err)
			return &Task{T: t}
		})
	m.AddFunc("synthetic", "(*, side=16, classes=4, target=0, shift=1, flip=0.05, n_train=200, n_test=200, seed=None)",
		`A small image task needing no data files: classes random smooth Boolean prototypes of side×side pixels, each example a prototype shifted by up to shift pixels with each pixel flipped with probability flip; one-vs-all recognition of prototype target.`,
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "synthetic"
			p := s.Args(fn, args, kw, "*", "side?", "classes?", "target?", "shift?", "flip?", "n_train?", "n_test?", "seed?")
			side := intArg(fn, "side", p[0], 16)
			if side < 4 || side > 1024 {
				s.Raise(s.ValueErrorType, "%s(): argument 'side' = %d not allowed: use 4..1024", fn, side)
			}
			classes := intArg(fn, "classes", p[1], 4)
			if classes < 2 {
				s.Raise(s.ValueErrorType, "%s(): argument 'classes' = %d not allowed: must be ≥ 2", fn, classes)
			}
			target := intArg(fn, "target", p[2], 0)
			if target < 0 || target >= classes {
				s.Raise(s.ValueErrorType, "%s(): argument 'target' = %d not allowed: use 0..%d", fn, target, classes-1)
			}
			shift := intArg(fn, "shift", p[3], 1)
			if shift < 0 || shift >= side {
				s.Raise(s.ValueErrorType, "%s(): argument 'shift' = %d not allowed: use 0..%d", fn, shift, side-1)
			}
			flip := rangeArg(fn, "flip", p[4], 0.05, 0, 1)
			nTrain, nTest := sizes(fn, p[5], p[6], 200)
			t, err := lr.Synthetic(side, classes, target, shift, flip, nTrain, nTest, seedArg(th, fn, p[7]).Uint64())
			check(th, fn, err)
			return &Task{T: t}
		})
}
