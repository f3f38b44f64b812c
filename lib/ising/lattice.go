package ising

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/boltzmann"
)

// Lattice2D is an L×L periodic square lattice with coupling J and field H.
type Lattice2D struct {
	L    int
	J, H float64
}

// MaxL bounds the lattice side.
const MaxL = 1 << 14

// NewLattice2D checks L (even, 2..MaxL) and returns the lattice.
func NewLattice2D(L int, J, h float64) (*Lattice2D, error) {
	if L < 2 || L > MaxL || L%2 != 0 {
		return nil, fmt.Errorf("ising: L = %d not allowed: use an even number in 2..%d (the checkerboard needs even L)", L, MaxL)
	}
	if math.IsNaN(J) || math.IsInf(J, 0) || math.IsNaN(h) || math.IsInf(h, 0) {
		return nil, fmt.Errorf("ising: J = %g and h = %g must be finite", J, h)
	}
	return &Lattice2D{L: L, J: J, H: h}, nil
}

// N returns the number of sites.
func (l *Lattice2D) N() int { return l.L * l.L }

// Energy returns the total energy H(s) of a configuration of N spins (±1).
func (l *Lattice2D) Energy(s []int8) float64 {
	e, _ := l.energyMag(s)
	return e
}

// energyMag returns the total energy and the total magnetisation.
func (l *Lattice2D) energyMag(s []int8) (float64, float64) {
	L := l.L
	bonds, mag := 0, 0
	for r := 0; r < L; r++ {
		down := ((r + 1) % L) * L
		row := r * L
		for c := 0; c < L; c++ {
			x := int(s[row+c])
			right := row + (c+1)%L
			bonds += x * (int(s[right]) + int(s[down+c]))
			mag += x
		}
	}
	return -l.J*float64(bonds) - l.H*float64(mag), float64(mag)
}

// Sublattices returns the site indices of the even (r+c even: the RBM's
// visible units) and odd (hidden) sublattices, in row-major order.
func (l *Lattice2D) Sublattices() (even, odd []int) {
	for r := 0; r < l.L; r++ {
		for c := 0; c < l.L; c++ {
			if (r+c)%2 == 0 {
				even = append(even, r*l.L+c)
			} else {
				odd = append(odd, r*l.L+c)
			}
		}
	}
	return even, odd
}

// RBM returns the lattice as a ±1 RBM at temperature T: visible unit k is
// site even[k], hidden unit k is site odd[k] (see [Lattice2D.Sublattices]),
// W = J for each bond (summed when L = 2 makes two bonds join the same
// pair), a = b = h. Its energy equals H(s) for every configuration.
func (l *Lattice2D) RBM(T float64) (*boltzmann.RBM, error) {
	if !(T > 0) || math.IsInf(T, 0) {
		return nil, fmt.Errorf("ising: T = %g not allowed: must be finite and > 0", T)
	}
	even, odd := l.Sublattices()
	pos := make([]int, l.N())
	for k, s := range odd {
		pos[s] = k
	}
	nv, nh := len(even), len(odd)
	m, err := boltzmann.NewRBM(nv, nh, boltzmann.PM1, nil)
	if err != nil {
		return nil, err
	}
	m.T = T
	L := l.L
	for i, s := range even {
		r, c := s/L, s%L
		for _, nb := range [4]int{((r+1)%L)*L + c, ((r+L-1)%L)*L + c, r*L + (c+1)%L, r*L + (c+L-1)%L} {
			m.W[i*nh+pos[nb]] += l.J
		}
	}
	for i := range m.A {
		m.A[i] = l.H
	}
	for j := range m.B {
		m.B[j] = l.H
	}
	return m, nil
}

// FromLayers assembles lattice spins from RBM layer states (±1 values).
func (l *Lattice2D) FromLayers(v, h []float64, s []int8) {
	even, odd := l.Sublattices()
	for k, i := range even {
		s[i] = int8(v[k])
	}
	for k, i := range odd {
		s[i] = int8(h[k])
	}
}
