package ising

import (
	"fmt"
	"math"
	"runtime"
	"sync"

	"github.com/lumenlab/lumen/lib/rng"
)

// bandRows is the number of lattice rows per random stream. Bands, not
// goroutines, own streams, so results do not depend on GOMAXPROCS.
const bandRows = 8

// Sim is the fast checkerboard heat-bath simulation of a lattice: spins as
// int8, acceptance from a 5-entry table of 32-bit thresholds per
// temperature, a xoshiro256** stream per band of rows, bands spread over
// the cores.
type Sim struct {
	Lat   *Lattice2D
	T     float64
	S     []int8 // spins, row-major
	bands []*rng.Source
	table [5]uint32 // P(s=+1) for neighbour sum −4,−2,0,2,4, scaled to 2^32
}

// NewSim returns a simulation at temperature T with spins drawn uniformly
// at random from src (which seeds the per-band streams).
func (l *Lattice2D) NewSim(T float64, src *rng.Source) (*Sim, error) {
	if src == nil {
		return nil, fmt.Errorf("ising: random source is nil")
	}
	s := &Sim{Lat: l, S: make([]int8, l.N())}
	root := src.Fork()
	nb := (l.L + bandRows - 1) / bandRows
	for b := 0; b < nb; b++ {
		s.bands = append(s.bands, root.Split(uint64(b)))
	}
	if err := s.SetT(T); err != nil {
		return nil, err
	}
	s.Randomize()
	return s, nil
}

// SetT changes the temperature (> 0).
func (s *Sim) SetT(T float64) error {
	if !(T > 0) || math.IsInf(T, 0) {
		return fmt.Errorf("ising: T = %g not allowed: must be finite and > 0", T)
	}
	s.T = T
	for k := 0; k < 5; k++ {
		n := float64(2*k - 4)
		p := 1 / (1 + math.Exp(-2*(s.Lat.J*n+s.Lat.H)/T))
		t := p * (1 << 32)
		if t >= 1<<32-1 {
			t = 1<<32 - 1
		}
		s.table[k] = uint32(t)
	}
	return nil
}

// Randomize draws every spin uniformly (each band from its own stream).
func (s *Sim) Randomize() {
	L := s.Lat.L
	for b, src := range s.bands {
		for r := b * bandRows; r < (b+1)*bandRows && r < L; r++ {
			for c := 0; c < L; c++ {
				if src.Uint64()&1 == 1 {
					s.S[r*L+c] = 1
				} else {
					s.S[r*L+c] = -1
				}
			}
		}
	}
}

// Fill sets every spin to v (±1).
func (s *Sim) Fill(v int8) {
	for i := range s.S {
		s.S[i] = v
	}
}

// Sweep performs n full checkerboard sweeps (each site updated once per
// sweep: first the even sublattice, then the odd one).
func (s *Sim) Sweep(n int) {
	L := s.Lat.L
	// Within one lattice the cores meet at a barrier every half sweep; on
	// the 2-core machine that only pays from L ≈ 512 (below, one core
	// reaches 4·10⁸ updates/s and Scan runs temperatures in parallel).
	parallel := L*L >= 1<<18 && runtime.GOMAXPROCS(0) > 1
	for i := 0; i < n; i++ {
		for color := 0; color < 2; color++ {
			if !parallel {
				for b := range s.bands {
					s.band(b, color)
				}
				continue
			}
			var wg sync.WaitGroup
			w := runtime.GOMAXPROCS(0)
			if w > len(s.bands) {
				w = len(s.bands)
			}
			wg.Add(w)
			for g := 0; g < w; g++ {
				go func(g int) {
					defer wg.Done()
					// contiguous bands per goroutine: cache lines are shared
					// only at the two chunk boundaries
					nb := len(s.bands)
					for b := g * nb / w; b < (g+1)*nb/w; b++ {
						s.band(b, color)
					}
				}(g)
			}
			wg.Wait()
		}
	}
}

// band updates the sites of one colour in one band of rows. The update is
// branch-free: a 32-bit uniform u sets the spin to +1 iff u < table[n].
func (s *Sim) band(b, color int) {
	L := s.Lat.L
	src := s.bands[b]
	sp := s.S
	tab := s.table
	r1 := (b + 1) * bandRows
	if r1 > L {
		r1 = L
	}
	for r := b * bandRows; r < r1; r++ {
		row := sp[r*L : (r+1)*L : (r+1)*L]
		um := (r + L - 1) % L
		dm := (r + 1) % L
		up := sp[um*L : (um+1)*L : (um+1)*L]
		down := sp[dm*L : (dm+1)*L : (dm+1)*L]
		c0 := (r + color) & 1
		// c = 0 or 1 and c = L-1 or L-2 may wrap; handle all columns with
		// explicit neighbours, two sites per 64-bit draw.
		for c := c0; c < L; c += 4 {
			bits := src.Uint64()
			l, rr := c-1, c+1
			if l < 0 {
				l = L - 1
			}
			if rr == L {
				rr = 0
			}
			n := int(up[c]) + int(down[c]) + int(row[l]) + int(row[rr])
			below := (uint64(uint32(bits)) - uint64(tab[(n+4)>>1])) >> 63
			row[c] = int8(2*below) - 1
			c2 := c + 2
			if c2 >= L {
				break
			}
			l, rr = c2-1, c2+1
			if rr == L {
				rr = 0
			}
			n = int(up[c2]) + int(down[c2]) + int(row[l]) + int(row[rr])
			below = (uint64(bits>>32) - uint64(tab[(n+4)>>1])) >> 63
			row[c2] = int8(2*below) - 1
		}
	}
}

// Measure returns the energy and magnetisation per spin of the current
// configuration.
func (s *Sim) Measure() (e, m float64) {
	E, M := s.Lat.energyMag(s.S)
	N := float64(s.Lat.N())
	return E / N, M / N
}
