package prbm

import (
	"context"
	"math"
	"testing"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/ising"
	"github.com/lumenlab/lumen/lib/rng"
)

func linspace(a, b float64, n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = a + (b-a)*float64(i)/float64(n-1)
	}
	return out
}

func argmax(pts []ising.Point, f func(ising.Point) float64) int {
	best := 0
	for k := range pts {
		if f(pts[k]) > f(pts[best]) {
			best = k
		}
	}
	return best
}

// TestIsingPaperProtocolOptical reproduces the paper's validation through
// the device in optical mode with lab-like imperfections: L = 10, 14
// temperatures from 3.5 down to 1.5, 20 samples 10 full Gibbs iterations
// apart. As in lib/ising's TestPaperProtocolL10, each temperature continues
// from the previous (hotter) one's configuration (fresh random starts do not
// order a 10×10 lattice below Tc in 10 iterations), and with 20 samples one
// run's C has ~30% noise, so the peaks are taken from the mean of 10 runs.
func TestIsingPaperProtocolOptical(t *testing.T) {
	lat, _ := ising.NewLattice2D(10, 1, 0)
	temps := linspace(3.5, 1.5, 14)
	d := New()
	d.SLMBits = 8
	d.ShotPhotons = 1e5
	d.ReadNoise = 2
	d.PhaseError = 0.05
	const runs = 10
	mean := make([]ising.Point, len(temps))
	for r := 0; r < runs; r++ {
		pts, err := lat.Scan(context.Background(), temps, ising.ScanOptions{Samples: 20, Sweeps: 10, Continue: true, Sampler: d, Rand: rng.New(uint64(200 + r))})
		if err != nil {
			t.Fatal(err)
		}
		for k, p := range pts {
			mean[k].T = p.T
			mean[k].HeatCapacity += p.HeatCapacity / runs
			mean[k].Susceptibility += p.Susceptibility / runs
			mean[k].Magnetization += p.Magnetization / runs
		}
	}
	for _, p := range mean {
		t.Logf("T=%.3f C=%.3f χ=%.3f |m|=%.3f", p.T, p.HeatCapacity, p.Susceptibility, p.Magnetization)
	}
	tC := mean[argmax(mean, func(p ising.Point) float64 { return p.HeatCapacity })].T
	tX := mean[argmax(mean, func(p ising.Point) float64 { return p.Susceptibility })].T
	t.Logf("optical device: mean C peaks at %.3f, χ at %.3f (paper 2.3, Onsager %.3f)", tC, tX, ising.OnsagerTc(1))
	if tC < 2.1 || tC > 2.6 || tX < 2.1 || tX > 2.6 {
		t.Errorf("peaks of mean C (%.3f) and χ (%.3f) not both in [2.1, 2.6]", tC, tX)
	}
}

// TestIsingTcIdeal locates the heat-capacity peak of a 16×16 lattice through
// the device in ideal mode (one long chain per temperature) and checks it
// within 3% of Onsager's Tc (the L = 16 peak sits ~1-2% above Tc). The
// 32×32 version is BenchmarkIsingTc32Ideal.
func TestIsingTcIdeal(t *testing.T) {
	tc, pts := isingPeak(t, 16, 4000)
	for _, p := range pts {
		t.Logf("T=%.3f C=%.3f±%.3f", p.T, p.HeatCapacity, p.HeatCapacityErr)
	}
	t.Logf("ideal device L=16: C peak at %.4f, Onsager %.4f (%+.2f%%)", tc, ising.OnsagerTc(1), 100*(tc/ising.OnsagerTc(1)-1))
	if math.Abs(tc/ising.OnsagerTc(1)-1) > 0.03 {
		t.Errorf("C peak %.4f more than 3%% from Onsager", tc)
	}
}

func isingPeak(t testing.TB, L, samples int) (float64, []ising.Point) {
	lat, _ := ising.NewLattice2D(L, 1, 0)
	d := New()
	d.Mode = Ideal
	d.ShotPhotons = 1e7
	if L > 16 { // 512 bands do not fit the lab SLM: a 4096² SLM, 2×2 macro-pixels
		d.SLMWidth, d.SLMHeight, d.MacroPixel = 4096, 4096, 2
	}
	temps := linspace(2.0, 2.6, 7)
	pts, err := lat.Scan(context.Background(), temps, ising.ScanOptions{Samples: samples, Sweeps: 1, Equilibrate: 300, Sampler: d, Rand: rng.New(7)})
	if err != nil {
		t.Fatal(err)
	}
	f := func(p ising.Point) float64 { return p.HeatCapacity }
	k := argmax(pts, f)
	if k == 0 || k == len(pts)-1 {
		return pts[k].T, pts
	}
	y0, y1, y2 := f(pts[k-1]), f(pts[k]), f(pts[k+1])
	h := pts[k+1].T - pts[k].T
	dd := y0 - 2*y1 + y2
	if dd >= 0 {
		return pts[k].T, pts
	}
	return pts[k].T + h*(y0-y2)/(2*dd), pts
}

// TestAnnealGroundState anneals a 10×10 lattice through the optical device
// (with shot noise and 8-bit phases) from T = 4 to 0.2 and reaches the
// ferromagnetic ground state, energy −2J per spin, |m| = 1.
func TestAnnealGroundState(t *testing.T) {
	lat, _ := ising.NewLattice2D(10, 1, 0)
	sched, _ := boltzmann.GeometricSchedule(4, 0.2, 300)
	d := New()
	d.SLMBits = 8
	d.ShotPhotons = 1e5
	s, e, err := lat.Anneal(context.Background(), ising.AnnealOptions{Schedule: sched, SweepsPerT: 2, Sampler: d, Rand: rng.New(6)})
	if err != nil {
		t.Fatal(err)
	}
	m := 0
	for _, x := range s {
		m += int(x)
	}
	t.Logf("annealed: energy per spin %g, |m| = %g", e, math.Abs(float64(m))/100)
	if e != -2 || (m != 100 && m != -100) {
		t.Errorf("annealed energy per spin %g, |m| %d/100: want the ground state −2, 1", e, m)
	}
}

// basModel trains a ±1 RBM on 4×4 bars and stripes digitally (CD-10).
func basModel(t *testing.T) (*boltzmann.RBM, *datasets.Set) {
	set, err := datasets.BarsAndStripes(4)
	if err != nil {
		t.Fatal(err)
	}
	set.ToPM1()
	m, _ := boltzmann.NewRBM(16, 16, boltzmann.PM1, rng.New(8))
	_, err = m.Fit(context.Background(), set.X, set.N, boltzmann.TrainOptions{Epochs: 1500, BatchSize: 10, LR: 0.05, K: 10, Persistent: true, Momentum: 0.5, Rand: rng.New(9), Shuffle: true})
	if err != nil {
		t.Fatal(err)
	}
	return m, set
}

// quality measures generated images against a training set: the mean
// Hamming distance (fraction of pixels) to the nearest training image, the
// fraction that are training images, the mean absolute error of the
// per-pixel marginals, and the diversity (distinct training images hit,
// over the number of training images).
func quality(gen []float64, n int, set *datasets.Set) (nearest, exact, marginal, diversity float64) {
	dim := set.Dim
	hit := map[int]bool{}
	mg := make([]float64, dim)
	mt := make([]float64, dim)
	for r := 0; r < set.N; r++ {
		for i := 0; i < dim; i++ {
			mt[i] += (set.X[r*dim+i] + 1) / 2 / float64(set.N)
		}
	}
	for c := 0; c < n; c++ {
		best, bi := dim+1, -1
		for r := 0; r < set.N; r++ {
			dd := 0
			for i := 0; i < dim; i++ {
				if gen[c*dim+i] != set.X[r*dim+i] {
					dd++
				}
			}
			if dd < best {
				best, bi = dd, r
			}
		}
		nearest += float64(best) / float64(dim) / float64(n)
		if best == 0 {
			exact += 1 / float64(n)
			hit[bi] = true
		}
		for i := 0; i < dim; i++ {
			mg[i] += (gen[c*dim+i] + 1) / 2 / float64(n)
		}
	}
	for i := range mg {
		marginal += math.Abs(mg[i]-mt[i]) / float64(dim)
	}
	return nearest, exact, marginal, float64(len(hit)) / float64(set.N)
}

// TestGenerationBAS trains on 4×4 bars and stripes (30 images) and
// generates 500 samples, 15 Gibbs iterations from random states, through the
// optical device with noise and through the digital sampler. Tolerances:
// with 500 samples the fraction of exact images has standard error
// ≤ 0.022, so the device must stay within 0.1 of digital; marginal errors of
// 500 ±1 samples are ~0.02 per pixel from sampling alone.
func TestGenerationBAS(t *testing.T) {
	m, set := basModel(t)
	d := New()
	d.SLMBits = 8
	d.ShotPhotons = 1e5
	d.ReadNoise = 2
	d.PhaseError = 0.05
	var ex [2]float64
	for i, s := range []boltzmann.Sampler{d, boltzmann.Digital{}} {
		gen, err := m.Sample(context.Background(), 500, boltzmann.SampleOptions{GibbsOptions: boltzmann.GibbsOptions{Steps: 15, Sampler: s, Rand: rng.New(11)}})
		if err != nil {
			t.Fatal(err)
		}
		near, exact, marg, div := quality(gen, 500, set)
		ex[i] = exact
		t.Logf("%-8s nearest-image distance %.3f, exact BAS %.3f, marginal error %.3f, diversity %.2f (%d of %d images)", []string{"device", "digital"}[i], near, exact, marg, div, int(div*float64(set.N)+0.5), set.N)
		if exact < 0.5 || near > 0.06 || marg > 0.1 || div < 0.8 {
			t.Errorf("%d: generation quality too low", i)
		}
	}
	if math.Abs(ex[0]-ex[1]) > 0.1 {
		t.Errorf("device exact fraction %.3f vs digital %.3f", ex[0], ex[1])
	}
}

// TestRestorationBAS masks (spins set to −1) or corrupts (spins negated)
// bars-and-stripes images and restores them in 15 iterations through the
// optical device with the known pixels clamped; all 30 images, 20 chains
// each. Bars and stripes is the complete set, so the images cannot be held
// out from training (the paper's test images are). For noise (3 known-bad
// pixels free, the rest clamped) the pixel error must drop at least
// threefold; a masked bottom half is ambiguous for stripes (any bottom rows
// fit: the digital sampler also ends near 0.38 from 0.5), so there it must
// drop by more than 5 standard errors.
func TestRestorationBAS(t *testing.T) {
	m, set := basModel(t)
	d := New()
	d.SLMBits = 8
	d.ShotPhotons = 1e5
	const reps = 20
	for _, kind := range []string{"mask", "noise"} {
		n := set.N * reps
		init := make([]float64, n*16)
		mask := make([]bool, 16)
		src := rng.New(12)
		before, after, count := 0.0, 0.0, 0.0
		var bad [][]bool
		for r := 0; r < n; r++ {
			img := set.X[(r%set.N)*16 : (r%set.N+1)*16]
			copy(init[r*16:], img)
			b := make([]bool, 16)
			if kind == "mask" {
				for i := 8; i < 16; i++ { // bottom half
					b[i] = true
					init[r*16+i] = -1
				}
			} else {
				for _, i := range src.Perm(16)[:3] {
					b[i] = true
					init[r*16+i] = -img[i]
				}
			}
			bad = append(bad, b)
		}
		// one clamp pattern per chain: clamp values are the known pixels
		ch, _ := m.NewChains(n, init, nil)
		clampVals := append([]float64(nil), init...)
		for r := 0; r < n; r++ {
			for i := 0; i < 16; i++ {
				if !bad[r][i] {
					continue
				}
				count++
				if init[r*16+i] != set.X[(r%set.N)*16+i] {
					before++
				}
			}
		}
		// chains with different corrupted pixels need different masks
		for grp := 0; grp < n; grp++ {
			for i := range mask {
				mask[i] = !bad[grp][i]
			}
			sub := &boltzmann.Chains{N: 1, V: ch.V[grp*16 : (grp+1)*16], H: ch.H[grp*16 : (grp+1)*16]}
			if err := m.Gibbs(context.Background(), sub, boltzmann.GibbsOptions{Steps: 15, Sampler: d, ClampMask: mask, ClampValues: clampVals[grp*16 : (grp+1)*16], Rand: src}); err != nil {
				t.Fatal(err)
			}
		}
		for r := 0; r < n; r++ {
			for i := 0; i < 16; i++ {
				if bad[r][i] && ch.V[r*16+i] != set.X[(r%set.N)*16+i] {
					after++
				}
			}
		}
		t.Logf("%s: pixel error in the corrupted region %.3f before, %.3f after 15 iterations (%d pixels)", kind, before/count, after/count, int(count))
		if kind == "noise" && after*3 > before {
			t.Errorf("%s: error %.3f → %.3f, not reduced threefold", kind, before/count, after/count)
		}
		// the masked half's errors are correlated within a chain: take the
		// n chains as the independent samples, se = √(p(1−p)/n) ≈ 0.02
		if p := after / count; kind == "mask" && p > before/count-5*math.Sqrt(p*(1-p)/float64(n)) {
			t.Errorf("%s: error %.3f → %.3f, not reduced by 5 standard errors (%.3f)", kind, before/count, p, 5*math.Sqrt(p*(1-p)/float64(n)))
		}
	}
}
