package reservoir

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/rng"
)

// Task is a one-vs-all recognition task: Boolean images (row-major, 0/1)
// with targets 1 (positive) and 0 (negative), in 50/50 sequences.
type Task struct {
	Name          string
	Width, Height int
	XTrain        []float64
	YTrain        []float64
	NTrain        int
	XTest         []float64
	YTest         []float64
	NTest         int
}

// HeaderSide is the image side of header tasks.
const HeaderSide = 32

// HeaderImage draws the n-bit header h: the disc of the input beam divided
// into n equal pie-shaped sectors, sector i lit when bit i of h is set.
func HeaderImage(bits, h, side int) []float64 {
	img := make([]float64, side*side)
	r := float64(side) / 2
	for y := 0; y < side; y++ {
		for x := 0; x < side; x++ {
			fy, fx := float64(y)+0.5-r, float64(x)+0.5-r
			if fx*fx+fy*fy > r*r {
				continue
			}
			a := math.Atan2(fy, fx)
			if a < 0 {
				a += 2 * math.Pi
			}
			s := min(bits-1, int(a/(2*math.Pi)*float64(bits)))
			if h>>s&1 == 1 {
				img[y*side+x] = 1
			}
		}
	}
	return img
}

// sequence builds n examples, half positive (shuffled order); pos and neg
// append one example's pixels to x.
func sequence(n int, src *rng.Source, pos, neg func(x []float64) []float64) ([]float64, []float64) {
	lab := make([]float64, n)
	for i := 0; i < n/2; i++ {
		lab[i] = 1
	}
	src.Shuffle(n, func(i, j int) { lab[i], lab[j] = lab[j], lab[i] })
	var x []float64
	for _, l := range lab {
		if l == 1 {
			x = pos(x)
		} else {
			x = neg(x)
		}
	}
	return x, lab
}

func flipNoise(x []float64, p float64, src *rng.Source) {
	if p <= 0 {
		return
	}
	for i := range x {
		if src.Bernoulli(p) {
			x[i] = 1 - x[i]
		}
	}
}

// Headers is the n-bit header recognition task: recognise header target
// against the other 2^bits − 1 headers; noise is the probability of flipping
// each pixel. Score it by symbol error rate.
func Headers(bits, target, nTrain, nTest int, noise float64, seed uint64) (*Task, error) {
	if bits < 1 || bits > 16 || target < 0 || target >= 1<<bits {
		return nil, fmt.Errorf("reservoir: headers(bits=%d, target=%d) not allowed", bits, target)
	}
	if nTrain < 2 || nTest < 2 {
		return nil, fmt.Errorf("reservoir: n_train, n_test ≥ 2 needed")
	}
	side := HeaderSide
	src := rng.New(seed)
	gen := func(x []float64, h int) []float64 {
		img := HeaderImage(bits, h, side)
		flipNoise(img, noise, src)
		return append(x, img...)
	}
	pos := func(x []float64) []float64 { return gen(x, target) }
	neg := func(x []float64) []float64 {
		h := src.IntN(1<<bits - 1)
		if h >= target {
			h++
		}
		return gen(x, h)
	}
	t := &Task{Name: fmt.Sprintf("headers%d/%d", bits, target), Width: side, Height: side, NTrain: nTrain, NTest: nTest}
	t.XTrain, t.YTrain = sequence(nTrain, src, pos, neg)
	t.XTest, t.YTest = sequence(nTest, src, pos, neg)
	return t, nil
}

// Synthetic is a small image task needing no data files: `classes` random
// smooth Boolean prototypes (side×side), each example a prototype shifted by
// up to `shift` pixels with each pixel flipped with probability flip;
// one-vs-all recognition of prototype target.
func Synthetic(side, classes, target, shift int, flip float64, nTrain, nTest int, seed uint64) (*Task, error) {
	if side < 4 || classes < 2 || target < 0 || target >= classes || nTrain < 2 || nTest < 2 {
		return nil, fmt.Errorf("reservoir: synthetic task arguments not allowed")
	}
	src := rng.New(seed)
	// Prototypes: a coarse (side/4)² random field, bilinearly upsampled, thresholded at its median.
	c := max(2, side/4)
	protos := make([][]float64, classes)
	for k := range protos {
		coarse := make([]float64, (c+1)*(c+1))
		for i := range coarse {
			coarse[i] = src.NormFloat64()
		}
		img := make([]float64, side*side)
		for y := 0; y < side; y++ {
			for x := 0; x < side; x++ {
				fy, fx := float64(y)/float64(side)*float64(c), float64(x)/float64(side)*float64(c)
				iy, ix := int(fy), int(fx)
				dy, dx := fy-float64(iy), fx-float64(ix)
				v := (1-dy)*((1-dx)*coarse[iy*(c+1)+ix]+dx*coarse[iy*(c+1)+ix+1]) +
					dy*((1-dx)*coarse[(iy+1)*(c+1)+ix]+dx*coarse[(iy+1)*(c+1)+ix+1])
				if v > 0 {
					img[y*side+x] = 1
				}
			}
		}
		protos[k] = img
	}
	gen := func(x []float64, k int) []float64 {
		sx, sy := src.IntN(2*shift+1)-shift, src.IntN(2*shift+1)-shift
		img := make([]float64, side*side)
		for y := 0; y < side; y++ {
			for xx := 0; xx < side; xx++ {
				yy, xs := y-sy, xx-sx
				if yy >= 0 && yy < side && xs >= 0 && xs < side {
					img[y*side+xx] = protos[k][yy*side+xs]
				}
			}
		}
		flipNoise(img, flip, src)
		return append(x, img...)
	}
	pos := func(x []float64) []float64 { return gen(x, target) }
	neg := func(x []float64) []float64 {
		k := src.IntN(classes - 1)
		if k >= target {
			k++
		}
		return gen(x, k)
	}
	t := &Task{Name: fmt.Sprintf("synthetic%d/%d", classes, target), Width: side, Height: side, NTrain: nTrain, NTest: nTest}
	t.XTrain, t.YTrain = sequence(nTrain, src, pos, neg)
	t.XTest, t.YTest = sequence(nTest, src, pos, neg)
	return t, nil
}

// OneVsAll builds the one-vs-all task for class `class` of "mnist" or
// "fashion_mnist" (lib/datasets), binarised at 0.5, with 50/50 sequences of
// nTrain training and nTest test images drawn (seeded) from the data set's
// train and test splits. It fails with the install command if the data set
// is missing.
func OneVsAll(name string, class, nTrain, nTest int, seed uint64) (*Task, error) {
	train, test, err := loadSplits(name)
	if err != nil {
		return nil, err
	}
	return oneVsAll(name, train, test, class, nTrain, nTest, seed)
}

// loadSplits loads the binarised train and test splits of a data set.
func loadSplits(name string) (train, test *datasets.Set, err error) {
	load := func(split string) (*datasets.Set, error) {
		o := datasets.Options{Split: split, Binarize: true}
		switch name {
		case "mnist":
			return datasets.MNIST(o)
		case "fashion_mnist", "fashion-mnist":
			return datasets.FashionMNIST(o)
		}
		return nil, fmt.Errorf("reservoir: data set %q: use \"mnist\" or \"fashion_mnist\"", name)
	}
	if train, err = load("train"); err != nil {
		return nil, nil, err
	}
	if test, err = load("test"); err != nil {
		return nil, nil, err
	}
	return train, test, nil
}

// oneVsAll is OneVsAll on loaded splits (loading costs seconds; tests reuse them).
func oneVsAll(name string, train, test *datasets.Set, class, nTrain, nTest int, seed uint64) (*Task, error) {
	src := rng.New(seed)
	t := &Task{Name: fmt.Sprintf("%s/%d", name, class), NTrain: nTrain, NTest: nTest}
	for _, part := range []struct {
		split string
		s     *datasets.Set
		n     int
		x, y  *[]float64
	}{{"train", train, nTrain, &t.XTrain, &t.YTrain}, {"test", test, nTest, &t.XTest, &t.YTest}} {
		s := part.s
		if class < 0 || class >= len(s.ClassNames) {
			return nil, fmt.Errorf("reservoir: class %d not in 0..%d", class, len(s.ClassNames)-1)
		}
		var posIdx, negIdx []int
		for i, l := range s.Labels {
			if l == class {
				posIdx = append(posIdx, i)
			} else {
				negIdx = append(negIdx, i)
			}
		}
		if len(posIdx) == 0 || len(negIdx) == 0 {
			return nil, fmt.Errorf("reservoir: %s split %s lacks class %d or others", name, part.split, class)
		}
		t.Width, t.Height = s.Width, s.Height
		pick := func(idx []int) func(x []float64) []float64 {
			return func(x []float64) []float64 {
				r := idx[src.IntN(len(idx))]
				return append(x, s.X[r*s.Dim:(r+1)*s.Dim]...)
			}
		}
		*part.x, *part.y = sequence(part.n, src, pick(posIdx), pick(negIdx))
	}
	return t, nil
}
