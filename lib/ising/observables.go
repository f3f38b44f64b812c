package ising

import "math"

// Series holds per-sample energies and magnetisations per spin, in the order
// measured.
type Series struct {
	E, M []float64
}

// Add appends one measurement.
func (s *Series) Add(e, m float64) {
	s.E = append(s.E, e)
	s.M = append(s.M, m)
}

// Point is the estimate of the observables at one temperature, with
// jackknife errors (see the package documentation for the conventions).
type Point struct {
	T                                 float64
	Energy, EnergyErr                 float64
	Magnetization, MagnetizationErr   float64
	HeatCapacity, HeatCapacityErr     float64
	Susceptibility, SusceptibilityErr float64
	Binder, BinderErr                 float64
	Samples                           int
}

type moments struct{ e, e2, am, m2, m4 float64 }

func (s *Series) moments(skipLo, skipHi int) moments {
	var mo moments
	n := 0
	for k := range s.E {
		if k >= skipLo && k < skipHi {
			continue
		}
		e, m := s.E[k], s.M[k]
		mo.e += e
		mo.e2 += e * e
		mo.am += math.Abs(m)
		mo.m2 += m * m
		mo.m4 += m * m * m * m
		n++
	}
	f := 1 / float64(n)
	mo.e *= f
	mo.e2 *= f
	mo.am *= f
	mo.m2 *= f
	mo.m4 *= f
	return mo
}

func (mo moments) observables(N, T float64) [5]float64 {
	binder := 0.0
	if mo.m2 > 0 {
		binder = 1 - mo.m4/(3*mo.m2*mo.m2)
	}
	return [5]float64{mo.e, mo.am, N * (mo.e2 - mo.e*mo.e) / (T * T), N * (mo.m2 - mo.am*mo.am) / T, binder}
}

// Point computes the observables of the series for N spins at T, with
// jackknife errors over min(20, len) bins of consecutive samples.
func (s *Series) Point(N int, T float64) Point {
	n := len(s.E)
	p := Point{T: T, Samples: n}
	if n == 0 {
		nan := math.NaN()
		p.Energy, p.Magnetization, p.HeatCapacity, p.Susceptibility, p.Binder = nan, nan, nan, nan, nan
		return p
	}
	full := s.moments(0, 0).observables(float64(N), T)
	var errs [5]float64
	B := n
	if B > 20 {
		B = 20
	}
	if B >= 2 {
		var jk [][5]float64
		var mean [5]float64
		for b := 0; b < B; b++ {
			lo, hi := b*n/B, (b+1)*n/B
			o := s.moments(lo, hi).observables(float64(N), T)
			jk = append(jk, o)
			for k := range mean {
				mean[k] += o[k] / float64(B)
			}
		}
		for _, o := range jk {
			for k := range errs {
				d := o[k] - mean[k]
				errs[k] += d * d
			}
		}
		for k := range errs {
			errs[k] = math.Sqrt(errs[k] * float64(B-1) / float64(B))
		}
	}
	p.Energy, p.EnergyErr = full[0], errs[0]
	p.Magnetization, p.MagnetizationErr = full[1], errs[1]
	p.HeatCapacity, p.HeatCapacityErr = full[2], errs[2]
	p.Susceptibility, p.SusceptibilityErr = full[3], errs[3]
	p.Binder, p.BinderErr = full[4], errs[4]
	return p
}
