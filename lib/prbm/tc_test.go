package prbm

import (
	"context"
	"math"
	"testing"

	"github.com/lumenlab/lumen/lib/ising"
	"github.com/lumenlab/lumen/lib/rng"
)

// TestTcNoiseTolerance is the Ising half of reproduction 6 at test scale:
// how the Tc read from the C and χ peaks of an 8×8 lattice (15
// temperatures 1.6..3.0, 200 independent chains each after 100 sweeps from
// random, ideal mode) degrades with camera noise, phase quantisation and
// aberrations. Each setting is scanned with R = 3 seeds; one run's Tc is the
// mean of its C- and χ-peak positions. The standard error of a difference
// of two setting means is s·√(2/R), s the run-to-run sd pooled over the
// four distinct settings (8 degrees of freedom; 4 SE is beyond the 99.9%
// point of Student's t with 8 dof); a shift counts when it exceeds 4 SE.
//
//   - Modest camera noise (10⁵ photons per exposure): no significant shift.
//   - Heavy camera noise (10³ photons): the noise on the measured fields
//     acts as extra temperature, so the transition appears at a lower
//     nominal T: a significant downward shift.
//   - 2-bit phases: for uniform couplings every amplitude is 0 or ±1, so all
//     commanded phases are multiples of π/2 and lie on the grid: the fields,
//     hence the whole scan, are exactly those of the continuous SLM.
//   - Defocus (Noll j = 4, 2 rad): each macro-pixel's field turns by the
//     local aberration phase relative to region I, which shrinks the
//     effective couplings: a significant downward shift.
func TestTcNoiseTolerance(t *testing.T) {
	const L, R = 8, 3
	lat, _ := ising.NewLattice2D(L, 1, 0)
	temps := linspace(1.6, 3.0, 15)
	cases := []struct {
		name string
		set  func(d *Device)
	}{
		{"ideal optics", func(*Device) {}},
		{"camera 1e5 photons", func(d *Device) { d.ShotPhotons = 1e5 }},
		{"camera 1e3 photons", func(d *Device) { d.ShotPhotons = 1e3 }},
		{"2-bit phases", func(d *Device) { d.SLMBits = 2 }},
		{"defocus 2 rad", func(d *Device) { d.Zernike = []float64{0, 0, 0, 2} }},
	}
	tc := make([][]float64, len(cases))
	mean := make([]float64, len(cases))
	pooled, dof := 0.0, 0
	for ci, c := range cases {
		for seed := uint64(0); seed < R; seed++ {
			d := New()
			d.Mode = Ideal
			c.set(d)
			est, err := IsingTc(context.Background(), lat, temps, ising.ScanOptions{Samples: 200, Sweeps: 1, Equilibrate: 100, Restart: true, Sampler: d, Rand: rng.New(40 + seed)})
			if err != nil {
				t.Fatal(err)
			}
			tc[ci] = append(tc[ci], (est.TcC+est.TcChi)/2)
		}
		m, sd := meanSD(tc[ci])
		mean[ci] = m
		if ci != 3 { // the 2-bit runs repeat the ideal ones exactly
			pooled += sd * sd * (R - 1)
			dof += R - 1
		}
		t.Logf("%-20s Tc %.3f ± %.3f (runs %.3f)", c.name, m, sd/math.Sqrt(R), tc[ci])
	}
	s := math.Sqrt(pooled / float64(dof))
	se := s * math.Sqrt(2.0/R)
	t.Logf("pooled run sd %.3f (%d dof), SE of a difference %.3f; L = %d finite-size peaks lie above Onsager's %.3f", s, dof, se, L, ising.OnsagerTc(1))
	shift := func(ci int) float64 { return mean[ci] - mean[0] }
	if d := shift(1); math.Abs(d) > 4*se {
		t.Errorf("modest camera noise shifted Tc by %.3f (> 4 SE = %.3f)", d, 4*se)
	}
	if d := shift(2); d > -4*se {
		t.Errorf("heavy camera noise shifted Tc by %.3f: want a drop of more than 4 SE = %.3f", d, 4*se)
	}
	for r := range tc[3] {
		if tc[3][r] != tc[0][r] {
			t.Errorf("2-bit phases: run %d Tc %.6f differs from the continuous SLM's %.6f", r, tc[3][r], tc[0][r])
		}
	}
	if d := shift(4); d > -4*se {
		t.Errorf("defocus shifted Tc by %.3f: want a drop of more than 4 SE = %.3f", d, 4*se)
	}
}
