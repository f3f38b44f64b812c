package array

import (
	"github.com/lumenlab/lumen/lib/rng"
)

// Random arrays. Each call takes a stream; large arrays are filled in fixed
// blocks, block b drawing from src.Split(b), so results are the same at any
// GOMAXPROCS. Small arrays draw from src directly.

func fill(src *rng.Source, shape []int, dt DType, draw func(s *rng.Source) float64) (*Array, error) {
	if err := checkShape(shape); err != nil {
		return nil, err
	}
	a := newArray(shape, dt)
	n := len(a.data)
	if n < parallelMin {
		for i := range a.data {
			a.data[i] = draw(src)
		}
		return a, nil
	}
	parallelFor(n, func(lo, hi int) {
		for p := lo; p < hi; p += chunk {
			s := src.Split(uint64(p / chunk))
			for i := p; i < min(p+chunk, hi); i++ {
				a.data[i] = draw(s)
			}
		}
	})
	return a, nil
}

// Rand is uniform on [0, 1).
func Rand(src *rng.Source, shape ...int) (*Array, error) {
	return fill(src, shape, Float64, func(s *rng.Source) float64 { return s.Float64() })
}

// RandN is standard normal.
func RandN(src *rng.Source, shape ...int) (*Array, error) {
	return fill(src, shape, Float64, func(s *rng.Source) float64 { return s.NormFloat64() })
}

// Uniform is uniform on [lo, hi).
func Uniform(src *rng.Source, lo, hi float64, shape ...int) (*Array, error) {
	return fill(src, shape, Float64, func(s *rng.Source) float64 { return lo + (hi-lo)*s.Float64() })
}

// Normal has mean loc and standard deviation scale.
func Normal(src *rng.Source, loc, scale float64, shape ...int) (*Array, error) {
	if scale < 0 {
		return nil, valueErr("scale < 0")
	}
	return fill(src, shape, Float64, func(s *rng.Source) float64 { return loc + scale*s.NormFloat64() })
}

// RandInt is uniform on the integers [lo, hi).
func RandInt(src *rng.Source, lo, hi int, shape ...int) (*Array, error) {
	if hi <= lo {
		return nil, valueErr("low >= high")
	}
	return fill(src, shape, Int64, func(s *rng.Source) float64 { return float64(lo + s.IntN(hi-lo)) })
}

// Bernoulli is 1 with probability p (bool array).
func Bernoulli(src *rng.Source, p float64, shape ...int) (*Array, error) {
	if p < 0 || p > 1 {
		return nil, valueErr("p must be in [0, 1], got %g", p)
	}
	return fill(src, shape, Bool, func(s *rng.Source) float64 { return b2f(s.Bernoulli(p)) })
}

// Permutation is a random permutation of 0..n-1 (Int64).
func Permutation(src *rng.Source, n int) (*Array, error) {
	if n < 0 {
		return nil, valueErr("negative dimensions are not allowed")
	}
	a := newArray([]int{n}, Int64)
	for i, v := range src.Perm(n) {
		a.data[i] = float64(v)
	}
	return a, nil
}

// Shuffled returns a copy of a with its first axis permuted.
func Shuffled(src *rng.Source, a *Array) (*Array, error) {
	if a.Ndim() == 0 {
		return nil, valueErr("x must be an integer or at least 1-dimensional")
	}
	p, _ := Permutation(src, a.shape[0])
	return a.Get(p)
}

// Choice draws size elements of the 1-D array a, with or without replacement,
// with optional probabilities p.
func Choice(src *rng.Source, a *Array, size int, replace bool, p *Array) (*Array, error) {
	if a.Ndim() != 1 {
		return nil, valueErr("a must be 1-dimensional")
	}
	n := a.shape[0]
	if n == 0 {
		return nil, valueErr("a cannot be empty unless no samples are taken")
	}
	var cdf []float64
	if p != nil {
		if p.Size() != n {
			return nil, valueErr("a and p must have same size")
		}
		pd := p.Data()
		cdf = make([]float64, n)
		t := 0.0
		for i, v := range pd {
			if v < 0 {
				return nil, valueErr("probabilities are not non-negative")
			}
			t += v
			cdf[i] = t
		}
		if t < 1-1e-8 || t > 1+1e-8 {
			return nil, valueErr("probabilities do not sum to 1")
		}
	}
	idx := newArray([]int{size}, Int64)
	if !replace {
		if size > n {
			return nil, valueErr("Cannot take a larger sample than population when 'replace=False'")
		}
		if p != nil {
			return nil, valueErr("choice with p and replace=False is not supported")
		}
		perm := src.Perm(n)
		for i := 0; i < size; i++ {
			idx.data[i] = float64(perm[i])
		}
	} else {
		for i := range idx.data {
			if cdf == nil {
				idx.data[i] = float64(src.IntN(n))
				continue
			}
			u := src.Float64() * cdf[n-1]
			lo, hi := 0, n-1
			for lo < hi {
				m := (lo + hi) / 2
				if cdf[m] > u {
					hi = m
				} else {
					lo = m + 1
				}
			}
			idx.data[i] = float64(lo)
		}
	}
	return a.Get(idx)
}
