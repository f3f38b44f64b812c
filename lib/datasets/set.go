package datasets

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/rng"
)

// Set is a labelled data set: N rows of Dim values, row-major.
type Set struct {
	X             []float64
	N, Dim        int
	Width, Height int      // image size (Width×Height = Dim), 0 if not images
	Labels        []int    // class index per row
	ClassNames    []string // name of each class index
}

func (s *Set) row(r int) []float64 { return s.X[r*s.Dim : (r+1)*s.Dim] }

// Subset returns the rows idx (copied) as a new Set.
func (s *Set) Subset(idx []int) *Set {
	o := &Set{N: len(idx), Dim: s.Dim, Width: s.Width, Height: s.Height, ClassNames: s.ClassNames,
		X: make([]float64, len(idx)*s.Dim), Labels: make([]int, len(idx))}
	for k, r := range idx {
		copy(o.X[k*s.Dim:(k+1)*s.Dim], s.row(r))
		o.Labels[k] = s.Labels[r]
	}
	return o
}

// Limit returns the first n rows (all if n ≤ 0 or n ≥ N).
func (s *Set) Limit(n int) *Set {
	if n <= 0 || n >= s.N {
		return s
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return s.Subset(idx)
}

// Binarize sets values > threshold to 1 and the others to 0, in place, and
// returns s. threshold must be in [0, 1).
func (s *Set) Binarize(threshold float64) (*Set, error) {
	if !(threshold >= 0 && threshold < 1) {
		return nil, fmt.Errorf("datasets: threshold = %g not allowed: use [0, 1)", threshold)
	}
	for k, v := range s.X {
		if v > threshold {
			s.X[k] = 1
		} else {
			s.X[k] = 0
		}
	}
	return s, nil
}

// ToPM1 maps values x ∈ [0, 1] to 2x − 1 ∈ [−1, 1] in place (0/1 → ±1).
func (s *Set) ToPM1() *Set {
	for k, v := range s.X {
		s.X[k] = 2*v - 1
	}
	return s
}

// Downsample resizes images to size×size by area averaging: each output
// pixel is the mean of the input area it covers, with fractional overlap
// weights (so 28→14 averages 2×2 blocks, 28→20 uses 1.4×1.4 windows).
func (s *Set) Downsample(size int) (*Set, error) {
	if s.Width == 0 || s.Height == 0 {
		return nil, fmt.Errorf("datasets: Downsample needs an image set")
	}
	if size < 1 || size > s.Width || size > s.Height {
		return nil, fmt.Errorf("datasets: size = %d not allowed: use 1..%d", size, min(s.Width, s.Height))
	}
	wx := areaWeights(s.Width, size)
	wy := areaWeights(s.Height, size)
	o := &Set{N: s.N, Dim: size * size, Width: size, Height: size, Labels: append([]int(nil), s.Labels...),
		ClassNames: s.ClassNames, X: make([]float64, s.N*size*size)}
	tmp := make([]float64, s.Height*size)
	for r := 0; r < s.N; r++ {
		in := s.row(r)
		// columns
		for y := 0; y < s.Height; y++ {
			for ox := 0; ox < size; ox++ {
				v := 0.0
				for _, w := range wx[ox] {
					v += w.w * in[y*s.Width+w.i]
				}
				tmp[y*size+ox] = v
			}
		}
		out := o.row(r)
		for oy := 0; oy < size; oy++ {
			for ox := 0; ox < size; ox++ {
				v := 0.0
				for _, w := range wy[oy] {
					v += w.w * tmp[w.i*size+ox]
				}
				out[oy*size+ox] = v
			}
		}
	}
	return o, nil
}

type weight struct {
	i int
	w float64
}

// areaWeights returns, for each of the out cells, the input cells it covers
// and the fraction of the output cell each covers (summing to 1).
func areaWeights(in, out int) [][]weight {
	scale := float64(in) / float64(out)
	ws := make([][]weight, out)
	for o := 0; o < out; o++ {
		lo, hi := float64(o)*scale, float64(o+1)*scale
		for i := int(math.Floor(lo)); i < in && float64(i) < hi; i++ {
			ov := math.Min(hi, float64(i+1)) - math.Max(lo, float64(i))
			if ov > 1e-12 {
				ws[o] = append(ws[o], weight{i, ov / scale})
			}
		}
	}
	return ws
}

// FilterClasses keeps the rows whose class name is in names (in the set's
// order) and relabels them 0..len(names)−1 in the order of names.
func (s *Set) FilterClasses(names []string) (*Set, error) {
	if len(names) == 0 {
		return s, nil
	}
	pos := map[int]int{}
	for k, n := range names {
		c := classIndex(s.ClassNames, n)
		if c < 0 {
			return nil, fmt.Errorf("datasets: unknown class %q: allowed %q", n, s.ClassNames)
		}
		pos[c] = k
	}
	var idx []int
	for r, l := range s.Labels {
		if _, ok := pos[l]; ok {
			idx = append(idx, r)
		}
	}
	o := s.Subset(idx)
	for r := range o.Labels {
		o.Labels[r] = pos[o.Labels[r]]
	}
	o.ClassNames = make([]string, len(names))
	for k, n := range names {
		o.ClassNames[k] = s.ClassNames[classIndex(s.ClassNames, n)]
	}
	return o, nil
}

// classIndex accepts a class name (case-insensitive, with common aliases) or
// its index as a decimal string.
func classIndex(classes []string, name string) int {
	for i, c := range classes {
		if equalFold(c, name) {
			return i
		}
	}
	for alias, canon := range aliases {
		if equalFold(alias, name) {
			for i, c := range classes {
				if c == canon {
					return i
				}
			}
		}
	}
	var k int
	if _, err := fmt.Sscanf(name, "%d", &k); err == nil && fmt.Sprint(k) == name && k >= 0 && k < len(classes) {
		return k
	}
	return -1
}

var aliases = map[string]string{"Boot": "Ankle boot", "Pants": "Trouser", "Trousers": "Trouser", "Tshirt": "T-shirt/top", "T-shirt": "T-shirt/top", "Top": "T-shirt/top", "Shoe": "Sneaker"}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// Split shuffles the rows with a stream of seed and returns (train, test)
// with round(testFraction·N) test rows. testFraction must be in [0, 1].
func (s *Set) Split(testFraction float64, seed uint64) (*Set, *Set, error) {
	if !(testFraction >= 0 && testFraction <= 1) {
		return nil, nil, fmt.Errorf("datasets: test_fraction = %g not allowed: use [0, 1]", testFraction)
	}
	perm := rng.New(seed).Perm(s.N)
	nt := int(math.Round(testFraction * float64(s.N)))
	return s.Subset(perm[nt:]), s.Subset(perm[:nt]), nil
}
