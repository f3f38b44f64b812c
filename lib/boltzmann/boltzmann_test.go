package boltzmann

import (
	"context"
	"math"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/rng"
)

func randomRBM(t testing.TB, nv, nh int, units Units, scale float64, src *rng.Source) *RBM {
	m, err := NewRBM(nv, nh, units, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range m.W {
		m.W[i] = scale * src.NormFloat64()
	}
	for i := range m.A {
		m.A[i] = scale * src.NormFloat64()
	}
	for j := range m.B {
		m.B[j] = scale * src.NormFloat64()
	}
	return m
}

func randomBM(n int, units Units, scale float64, src *rng.Source) *BM {
	W := make([]float64, n*n)
	b := make([]float64, n)
	for i := 0; i < n; i++ {
		b[i] = scale * (2*src.Float64() - 1)
		for j := 0; j < i; j++ {
			w := scale * (2*src.Float64() - 1)
			W[i*n+j], W[j*n+i] = w, w
		}
	}
	m, err := NewBM(W, b, units)
	if err != nil {
		panic(err)
	}
	return m
}

// bruteLogZ enumerates all (v, h) states.
func bruteLogZ(m *RBM) float64 {
	nv, nh := m.NVisible, m.NHidden
	var terms []float64
	lo := m.Units.lo()
	for s := 0; s < 1<<(nv+nh); s++ {
		v := make([]float64, nv)
		h := make([]float64, nh)
		for i := range v {
			v[i] = lo
			if s>>i&1 == 1 {
				v[i] = 1
			}
		}
		for j := range h {
			h[j] = lo
			if s>>(nv+j)&1 == 1 {
				h[j] = 1
			}
		}
		e, _ := m.Energy(v, h)
		terms = append(terms, -e/m.T)
	}
	return logSumExp(terms)
}

func TestFastMath(t *testing.T) {
	for x := -700.0; x <= 700; x += 0.37 {
		got, want := expFast(x), math.Exp(x)
		if math.Abs(got-want) > 1e-12*want {
			t.Fatalf("expFast(%g) = %g, want %g", x, got, want)
		}
	}
}

func TestLogZExact(t *testing.T) {
	src := rng.New(1)
	tests := []struct {
		nv, nh int
		units  Units
		T      float64
	}{
		{5, 4, PM1, 1}, {4, 6, PM1, 0.7}, {6, 5, Binary, 1}, {3, 7, Binary, 2}, {8, 8, PM1, 1.3},
	}
	for _, tc := range tests {
		m := randomRBM(t, tc.nv, tc.nh, tc.units, 0.8, src)
		m.T = tc.T
		got, err := m.LogZ()
		if err != nil {
			t.Fatal(err)
		}
		want := bruteLogZ(m)
		if math.Abs(got-want) > 1e-9*math.Max(1, math.Abs(want)) {
			t.Errorf("%d×%d %s T=%g: LogZ = %.12g, brute force %.12g", tc.nv, tc.nh, tc.units, tc.T, got, want)
		}
	}
}

func TestRBMConversionExact(t *testing.T) {
	src := rng.New(2)
	for _, from := range []Units{PM1, Binary} {
		m := randomRBM(t, 5, 4, from, 0.9, src)
		m.T = 0.8
		to := Binary
		if from == Binary {
			to = PM1
		}
		c, C, err := m.Convert(to)
		if err != nil {
			t.Fatal(err)
		}
		// energies agree state by state up to C
		for s := 0; s < 1<<9; s++ {
			v, h := splitState(s, 5, 4, from)
			e1, _ := m.Energy(v, h)
			e2, _ := c.Energy(ConvertStates(v, from, to), ConvertStates(h, from, to))
			if math.Abs(e1-(e2+C)) > 1e-12 {
				t.Fatalf("%s→%s: E = %g, converted E + C = %g", from, to, e1, e2+C)
			}
		}
		z1, _ := m.LogZ()
		z2, _ := c.LogZ()
		if math.Abs(z1-(z2-C/m.T)) > 1e-10 {
			t.Errorf("%s→%s: log Z = %g, converted log Z − C/T = %g", from, to, z1, z2-C/m.T)
		}
		back, C2, _ := c.Convert(from)
		for k := range m.W {
			if math.Abs(back.W[k]-m.W[k]) > 1e-12 {
				t.Fatal("round trip changed W")
			}
		}
		if math.Abs(C+C2) > 1e-12 {
			t.Errorf("round-trip constants %g and %g do not cancel", C, C2)
		}
	}
}

// RBM.BM is the same distribution: its exact joint distribution gives every
// (v, h) the RBM's exp(−E(v, h)/T)/Z, for both unit conventions.
func TestRBMAsBM(t *testing.T) {
	src := rng.New(3)
	for _, u := range []Units{PM1, Binary} {
		m := randomRBM(t, 4, 3, u, 0.9, src)
		m.T = 0.8
		bm, err := m.BM()
		if err != nil {
			t.Fatal(err)
		}
		p, err := bm.ExactDistribution()
		if err != nil {
			t.Fatal(err)
		}
		logZ, _ := m.LogZ()
		for s := range p {
			v, h := splitState(s, 4, 3, u)
			e, _ := m.Energy(v, h)
			if want := math.Exp(-e/m.T - logZ); math.Abs(p[s]-want) > 1e-12 {
				t.Fatalf("%s state %d: BM %g, RBM %g", u, s, p[s], want)
			}
		}
	}
}

// splitState decodes state index s (bit i = unit i, visible units first)
// into the visible and hidden values of units u.
func splitState(s, nv, nh int, u Units) (v, h []float64) {
	x := make([]float64, nv+nh)
	for i := range x {
		x[i] = u.lo()
		if s>>i&1 == 1 {
			x[i] = 1
		}
	}
	return x[:nv], x[nv:]
}

func klDivergence(p, q []float64) float64 {
	d := 0.0
	for i, pi := range p {
		if pi > 0 {
			d += pi * math.Log(pi/q[i])
		}
	}
	return d
}

// TestBMSamplerKL: for 10 random 8-unit BMs, 10⁶ Gibbs samples have
// D_KL(sampled‖exact) < 1e−3. The expected KL of an empirical distribution
// over K = 256 states from N effective samples is ≈ (K−1)/(2N) ≈ 1.3e−4 for
// independent samples, so 1e−3 leaves room for autocorrelation of a few
// sweeps. Under -short three BMs are checked.
func TestBMSamplerKL(t *testing.T) {
	nBM := 10
	if testing.Short() {
		nBM = 3
	}
	src := rng.New(3)
	for k := 0; k < nBM; k++ {
		units := PM1
		if k%2 == 1 {
			units = Binary
		}
		m := randomBM(8, units, 1, src)
		exact, err := m.ExactDistribution()
		if err != nil {
			t.Fatal(err)
		}
		emp, err := m.Histogram(context.Background(), BMSampleOptions{Chains: 1000, Burn: 50, Rand: src.Split(uint64(k))}, 1000)
		if err != nil {
			t.Fatal(err)
		}
		if d := klDivergence(emp, exact); d > 1e-3 {
			t.Errorf("BM %d (%s): D_KL(sampled‖exact) = %.3g ≥ 1e-3", k, units, d)
		} else {
			t.Logf("BM %d (%s): D_KL = %.2e", k, units, d)
		}
	}
}

func TestBMConversionSameDistribution(t *testing.T) {
	src := rng.New(4)
	for k := 0; k < 5; k++ {
		m := randomBM(7, PM1, 1.2, src)
		m.T = 0.9
		c, C, err := m.Convert(Binary)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := m.ExactDistribution()
		q, _ := c.ExactDistribution()
		for i := range p {
			if math.Abs(p[i]-q[i]) > 1e-12 {
				t.Fatalf("state %d: pm1 p = %g, 01 p = %g", i, p[i], q[i])
			}
		}
		for x := 0; x < 1<<7; x++ {
			s := make([]float64, 7)
			for i := range s {
				s[i] = -1
				if x>>i&1 == 1 {
					s[i] = 1
				}
			}
			e1, _ := m.Energy(s)
			e2, _ := c.Energy(ConvertStates(s, PM1, Binary))
			if math.Abs(e1-(e2+C)) > 1e-12 {
				t.Fatalf("state %d: E_pm1 = %g, E_01 + C = %g", x, e1, e2+C)
			}
		}
		back, C2, _ := c.Convert(PM1)
		for k := range m.W {
			if math.Abs(back.W[k]-m.W[k]) > 1e-12 || math.Abs(C+C2) > 1e-12 {
				t.Fatal("BM round trip ±1 → 0/1 → ±1 changed the model")
			}
		}
	}
}

// TestRBMSamplerMatchesExact: the digital RBM sampler's visible marginal
// matches the exact one, in both units (and with float32 products), so the
// ±1 and 0/1 versions of one model give the same distribution.
func TestRBMSamplerMatchesExact(t *testing.T) {
	src := rng.New(5)
	m := randomRBM(t, 6, 4, PM1, 0.7, src)
	c, _, _ := m.Convert(Binary)
	logZ, _ := m.LogZ()
	exact := make([]float64, 64)
	for x := 0; x < 64; x++ {
		v := make([]float64, 6)
		for i := range v {
			v[i] = -1
			if x>>i&1 == 1 {
				v[i] = 1
			}
		}
		f, _ := m.FreeEnergy(v, 1)
		exact[x] = math.Exp(-f[0] - logZ)
	}
	for k, model := range []*RBM{m, c, m} {
		ch, _ := model.NewChains(2000, nil, src)
		opts := GibbsOptions{Steps: 20, Rand: src, Float32: k == 2}
		if err := model.Gibbs(context.Background(), ch, opts); err != nil {
			t.Fatal(err)
		}
		emp := make([]float64, 64)
		total := 0.0
		opts.Steps = 1
		for s := 0; s < 200; s++ {
			model.Gibbs(context.Background(), ch, opts)
			for r := 0; r < ch.N; r++ {
				x := 0
				for i := 0; i < 6; i++ {
					if ch.V[r*6+i] == 1 {
						x |= 1 << i
					}
				}
				emp[x]++
				total++
			}
		}
		for i := range emp {
			emp[i] /= total
		}
		// 4·10⁵ samples over 64 states: E[KL] ≈ 63/(2·4e5) ≈ 8e-5.
		if d := klDivergence(emp, exact); d > 1e-3 {
			t.Errorf("%s: D_KL(sampled‖exact) = %g", model.Units, d)
		}
	}
}

func TestClampAndAnneal(t *testing.T) {
	src := rng.New(6)
	m := randomRBM(t, 6, 5, PM1, 0.5, src)
	mask := []bool{true, false, true, false, false, false}
	vals := []float64{1, 0, -1, 0, 0, 0}
	sched, err := GeometricSchedule(5, 0.5, 10)
	if err != nil {
		t.Fatal(err)
	}
	v, err := m.Sample(context.Background(), 50, SampleOptions{GibbsOptions: GibbsOptions{Anneal: sched, ClampMask: mask, ClampValues: vals, Rand: src}})
	if err != nil {
		t.Fatal(err)
	}
	for r := 0; r < 50; r++ {
		if v[r*6] != 1 || v[r*6+2] != -1 {
			t.Fatalf("chain %d: clamped units are %g, %g", r, v[r*6], v[r*6+2])
		}
	}
	if _, err := GeometricSchedule(-1, 1, 3); err == nil {
		t.Error("negative temperature accepted")
	}
	if _, err := m.Sample(context.Background(), 0, SampleOptions{GibbsOptions: GibbsOptions{Rand: src}}); err == nil {
		t.Error("0 chains accepted")
	}
}

func TestReproducibleAcrossProcs(t *testing.T) {
	m := randomRBM(t, 50, 40, PM1, 0.1, rng.New(7))
	run := func() []float64 {
		v, err := m.Sample(context.Background(), 300, SampleOptions{GibbsOptions: GibbsOptions{Steps: 3, Rand: rng.New(9)}})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	a := run()
	old := setProcs(1)
	b := run()
	setProcs(old)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("samples differ between GOMAXPROCS settings")
		}
	}
}

// TestAISMatchesExact: AIS on a 12×10 RBM agrees with exact log Z within 3
// reported standard errors (plus the ~1/M Jensen bias of log of a mean).
func TestAISMatchesExact(t *testing.T) {
	src := rng.New(8)
	for _, units := range []Units{PM1, Binary} {
		m := randomRBM(t, 12, 10, units, 0.5, src)
		exact, _ := m.LogZ()
		betas, _ := AISBetas(1000)
		r, err := m.AIS(AISOptions{Runs: 200, Betas: betas, Rand: src})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: exact %.4f, AIS %.4f ± %.4f", units, exact, r.LogZ, r.StdErr)
		if math.Abs(r.LogZ-exact) > 3*r.StdErr+1e-3 {
			t.Errorf("%s: AIS log Z = %.4f ± %.4f, exact %.4f", units, r.LogZ, r.StdErr, exact)
		}
		if r.StdErr <= 0 || r.StdErr > 0.5 {
			t.Errorf("%s: AIS standard error %g implausible", units, r.StdErr)
		}
	}
}

// TestTrainBarsAndStripes: CD training on 3×3 bars and stripes reaches an
// exact mean log-likelihood within 10% of the data entropy log 14.
func TestTrainBarsAndStripes(t *testing.T) {
	bas, _ := datasets.BarsAndStripes(3)
	_, entropy, _ := datasets.BarsAndStripesDistribution(3)
	// replicate the 14 patterns so batches see all of them
	var data []float64
	for rep := 0; rep < 10; rep++ {
		data = append(data, bas.X...)
	}
	n := 10 * bas.N
	src := rng.New(10)
	m, _ := NewRBM(9, 16, Binary, src)
	hist, err := m.Fit(context.Background(), data, n, TrainOptions{
		Epochs: 1000, BatchSize: 14, LR: 0.1, K: 10, Momentum: 0.5, Shuffle: true, Rand: src,
		LRSchedule: LinearDecay(0.1, 0.01, 1000),
	})
	if err != nil {
		t.Fatal(err)
	}
	ll, err := m.LogLikelihood(bas.X, bas.N)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("log-likelihood %.4f, bound −%.4f, last recon error %.4f", ll, entropy, hist[len(hist)-1].ReconError)
	if ll < -1.1*entropy {
		t.Errorf("log-likelihood %.4f below −1.1·H = %.4f", ll, -1.1*entropy)
	}
}

func TestFitCallbackAndCancel(t *testing.T) {
	src := rng.New(11)
	bas, _ := datasets.BarsAndStripes(3)
	m, _ := NewRBM(9, 6, Binary, src)
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	hist, err := m.Fit(ctx, bas.X, bas.N, TrainOptions{Epochs: 100, BatchSize: 7, LR: 0.05, Rand: src,
		PseudoLikelihood: true, ExactLogLikelihood: true,
		Callback: func(s EpochStats) error {
			calls++
			if math.IsNaN(s.LogLik) || math.IsNaN(s.PseudoLL) || math.IsNaN(s.ReconError) {
				t.Errorf("epoch %d: metrics missing: %+v", s.Epoch, s)
			}
			if s.Epoch == 4 {
				cancel()
			}
			return nil
		}})
	if err != context.Canceled {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if len(hist) != 5 || calls != 5 {
		t.Errorf("history %d epochs, %d callbacks; want 5", len(hist), calls)
	}
	if _, err := m.Fit(context.Background(), bas.X, bas.N, TrainOptions{Epochs: 1, LR: -1, Rand: src}); err == nil {
		t.Error("negative lr accepted")
	}
}

// TestFitWithCustomSampler: a Sampler that is not Digital drives training.
func TestFitWithCustomSampler(t *testing.T) {
	src := rng.New(12)
	bas, _ := datasets.BarsAndStripes(3)
	m, _ := NewRBM(9, 8, PM1, src)
	calls := 0
	s := SamplerFunc(func(r *LayerRequest) error {
		calls++
		r.Fields = nil // a device that does not measure fields
		return Digital{}.SampleLayer(r)
	})
	data := append([]float64(nil), bas.X...)
	for i := range data {
		data[i] = 2*data[i] - 1
	}
	if _, err := m.Fit(context.Background(), data, bas.N, TrainOptions{Epochs: 3, BatchSize: 7, LR: 0.05, Sampler: s, Rand: src}); err != nil {
		t.Fatal(err)
	}
	if calls == 0 {
		t.Error("custom sampler never called")
	}
}

func TestSaveLoad(t *testing.T) {
	m := randomRBM(t, 7, 3, Binary, 1, rng.New(13))
	m.T = 1.5
	path := filepath.Join(t.TempDir(), "m.npz")
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.NVisible != 7 || g.NHidden != 3 || g.T != 1.5 || g.Units != Binary {
		t.Fatalf("loaded %d×%d T=%g %s", g.NVisible, g.NHidden, g.T, g.Units)
	}
	for k := range m.W {
		if g.W[k] != m.W[k] {
			t.Fatal("W differs after load")
		}
	}
	for k := range m.A {
		if g.A[k] != m.A[k] {
			t.Fatal("a differs after load")
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.npz")); err == nil {
		t.Error("missing file loaded")
	}
	// numpy reads it, and a numpy-written file loads (when numpy is here)
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import numpy").Run() != nil {
		t.Log("numpy not available: skipping the numpy round trip")
		return
	}
	out := filepath.Join(t.TempDir(), "np.npz")
	script := `import numpy as np, sys
z = np.load(sys.argv[1])
assert z["W"].shape == (7, 3) and z["W"].dtype == np.float64
assert str(z["units"]) == "01" and float(z["T"]) == 1.5 and int(z["version"]) == 1
np.savez(sys.argv[2], W=z["W"] * 2, a=z["a"], b=z["b"], T=2.0, units="pm1", version=1)`
	if b, err := exec.Command(py, "-c", script, path, out).CombinedOutput(); err != nil {
		t.Fatalf("numpy: %v\n%s", err, b)
	}
	h, err := Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if h.T != 2 || h.Units != PM1 || h.W[4] != 2*m.W[4] {
		t.Errorf("numpy-written model loaded as T=%g %s W[4]=%g", h.T, h.Units, h.W[4])
	}
}

func TestErrors(t *testing.T) {
	if _, err := NewRBM(0, 3, PM1, nil); err == nil {
		t.Error("n_visible = 0 accepted")
	}
	if _, err := ParseUnits("bits"); err == nil {
		t.Error("bad units accepted")
	}
	if _, err := NewBM([]float64{0, 1, 2, 0}, []float64{0, 0}, PM1); err == nil {
		t.Error("asymmetric W accepted")
	}
	m, _ := NewRBM(30, 30, PM1, nil)
	if _, err := m.LogZ(); err == nil {
		t.Error("exact log Z of 30×30 accepted")
	}
	m.T = 0
	if err := m.Validate(); err == nil {
		t.Error("T = 0 accepted")
	}
}

// TestTrainFloat32: float32 products train bars and stripes as well.
func TestTrainFloat32(t *testing.T) {
	bas, _ := datasets.BarsAndStripes(3)
	_, entropy, _ := datasets.BarsAndStripesDistribution(3)
	var data []float64
	for rep := 0; rep < 10; rep++ {
		data = append(data, bas.X...)
	}
	src := rng.New(10)
	m, _ := NewRBM(9, 16, Binary, src)
	if _, err := m.Fit(context.Background(), data, 10*bas.N, TrainOptions{
		Epochs: 1000, BatchSize: 14, LR: 0.1, K: 10, Momentum: 0.5, Shuffle: true, Rand: src, Float32: true,
		LRSchedule: LinearDecay(0.1, 0.01, 1000),
	}); err != nil {
		t.Fatal(err)
	}
	ll, _ := m.LogLikelihood(bas.X, bas.N)
	t.Logf("float32: log-likelihood %.4f, bound −%.4f", ll, entropy)
	if ll < -1.1*entropy {
		t.Errorf("float32: log-likelihood %.4f below −1.1·H = %.4f", ll, -1.1*entropy)
	}
}

// TestFitReproducibleAcrossProcs: training (CD and PCD, float64 and float32
// products) gives bit-identical models at GOMAXPROCS 1 and 2; the shapes
// are large enough for several blocks of chains and bands of W.
func TestFitReproducibleAcrossProcs(t *testing.T) {
	src := rng.New(13)
	const n, nv, nh = 300, 150, 70
	x := make([]float64, n*nv)
	for i := range x {
		if src.Float64() < 0.3 {
			x[i] = 1
		}
	}
	for _, f32 := range []bool{false, true} {
		for _, pcd := range []bool{false, true} {
			run := func() *RBM {
				m, _ := NewRBM(nv, nh, Binary, rng.New(3))
				if _, err := m.Fit(context.Background(), x, n, TrainOptions{Epochs: 2, BatchSize: 100, LR: 0.05, Momentum: 0.5,
					WeightDecay: 1e-4, Persistent: pcd, Float32: f32, Shuffle: true, Rand: rng.New(4)}); err != nil {
					t.Fatal(err)
				}
				return m
			}
			a := run()
			old := setProcs(1)
			b := run()
			setProcs(old)
			for _, p := range [][2][]float64{{a.W, b.W}, {a.A, b.A}, {a.B, b.B}} {
				for i := range p[0] {
					if p[0][i] != p[1][i] {
						t.Fatalf("float32=%v persistent=%v: parameters differ between GOMAXPROCS settings", f32, pcd)
					}
				}
			}
		}
	}
}

// TestTrainPCD: PCD-k (persistent chains) on 3×3 bars and stripes also
// comes within 10% of the entropy bound, with 0/1 and ±1 units (the latter
// at the equivalent learning rate, see TrainOptions.LR).
func TestTrainPCD(t *testing.T) {
	bas, _ := datasets.BarsAndStripes(3)
	_, entropy, _ := datasets.BarsAndStripesDistribution(3)
	for _, units := range []Units{Binary, PM1} {
		var data []float64
		for rep := 0; rep < 10; rep++ {
			data = append(data, bas.X...)
		}
		if units == PM1 {
			data = ConvertStates(data, Binary, PM1)
		}
		src := rng.New(14)
		m, _ := NewRBM(9, 16, units, src)
		lr := 0.05
		if units == PM1 {
			// a ±1 weight is worth four 0/1 ones and its gradient is four
			// times larger: the same training needs lr/16 (at lr 0.05 the
			// persistent chains stop mixing and the log-likelihood falls
			// to about −11)
			lr /= 16
		}
		if _, err := m.Fit(context.Background(), data, 10*bas.N, TrainOptions{
			Epochs: 600, BatchSize: 14, K: 5, Persistent: true, Momentum: 0.5, Shuffle: true, Rand: src,
			LRSchedule: LinearDecay(lr, lr/10, 600),
		}); err != nil {
			t.Fatal(err)
		}
		x := bas.X
		if units == PM1 {
			x = ConvertStates(x, Binary, PM1)
		}
		ll, _ := m.LogLikelihood(x, bas.N)
		t.Logf("%s PCD: log-likelihood %.4f, bound −%.4f", units, ll, entropy)
		if ll < -1.1*entropy {
			t.Errorf("%s PCD: log-likelihood %.4f below −1.1·H = %.4f", units, ll, -1.1*entropy)
		}
	}
}

// TestExactLogLikelihoodEvery: the exact log-likelihood is computed every
// n epochs and after the last one, NaN in between.
func TestExactLogLikelihoodEvery(t *testing.T) {
	src := rng.New(15)
	bas, _ := datasets.BarsAndStripes(3)
	m, _ := NewRBM(9, 6, Binary, src)
	hist, err := m.Fit(context.Background(), bas.X, bas.N, TrainOptions{Epochs: 6, BatchSize: 7, LR: 0.05, Rand: src,
		ExactLogLikelihood: true, ExactLogLikelihoodEvery: 4})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range hist {
		want := st.Epoch == 3 || st.Epoch == 5
		if got := !math.IsNaN(st.LogLik); got != want {
			t.Errorf("epoch %d: log-likelihood %g, computed = %v, want %v", st.Epoch, st.LogLik, got, want)
		}
	}
	if _, err := m.Fit(context.Background(), bas.X, bas.N, TrainOptions{Epochs: 1, LR: 0.05, Rand: src, ExactLogLikelihoodEvery: -1}); err == nil {
		t.Error("negative ExactLogLikelihoodEvery accepted")
	}
}

// TestHeatBathKernel: the fused pass writes the exact conditional means
// (float64 to 1e-12, float32 to float32 rounding), draws states with
// frequencies matching them, and returns the reconstruction error.
func TestHeatBathKernel(t *testing.T) {
	const width, rows = 7, 20000
	bias := []float64{-3, -1, -0.2, 0, 0.3, 1.5, 40}
	src := rng.New(16)
	for _, u := range []Units{Binary, PM1} {
		scale, lo := 1/0.8, u.lo()
		if u == PM1 {
			scale = 2 / 0.8
		}
		x := make([]float64, rows*width)
		x32 := make([]float32, rows*width)
		for r := 0; r < rows; r++ {
			for j := 0; j < width; j++ {
				x[r*width+j] = 0.1 * float64(j%3)
				x32[r*width+j] = float32(x[r*width+j])
			}
		}
		v0 := make([]float64, len(x))
		mean := make([]float64, len(x))
		mean32 := make([]float32, len(x))
		want := make([]float64, width)
		recon := 0.0
		for j := range want {
			f := 0.1*float64(j%3) + bias[j]
			want[j] = u.Mean(f, 0.8)
			recon += float64(rows) * (lo - want[j]) * (lo - want[j])
		}
		for i := range v0 {
			v0[i] = lo
		}
		fields := append([]float64(nil), x...)
		heatBath(x, width, bias, scale, lo, mean, false, nil, src)
		heatBath(x32, width, bias, scale, lo, mean32, true, nil, src)
		if got := heatBath(fields, width, bias, scale, lo, nil, false, v0, src); math.Abs(got-recon) > 1e-9*recon {
			t.Errorf("%s: reconstruction error %g, want %g", u, got, recon)
		}
		for j := 0; j < width; j++ {
			freq, freq32 := 0.0, 0.0
			for r := 0; r < rows; r++ {
				k := r*width + j
				if math.Abs(mean[k]-want[j]) > 1e-12 || math.Abs(float64(-mean32[k])-want[j]) > 1e-6 {
					t.Fatalf("%s unit %d: means %g, %g, want %g", u, j, mean[k], -mean32[k], want[j])
				}
				freq += (x[k] - lo) / (1 - lo) / rows
				freq32 += (float64(x32[k]) - lo) / (1 - lo) / rows
			}
			p := (want[j] - lo) / (1 - lo)
			tol := 5*math.Sqrt(p*(1-p)/rows) + 1e-12
			if math.Abs(freq-p) > tol || math.Abs(freq32-p) > tol {
				t.Errorf("%s unit %d: frequencies %g, %g of +1, want %g ± %g", u, j, freq, freq32, p, tol)
			}
		}
	}
}

// TestClampedConditionalExact: with visible units 0 and 2 clamped, the free
// visible units follow the exact conditional p(v1, v3 | v0, v2) ∝ exp(−F(v)).
// The RBM is square (n_visible = n_hidden) so that a clamp applied to the
// wrong layer cannot go unnoticed; both precisions are checked.
func TestClampedConditionalExact(t *testing.T) {
	m := randomRBM(t, 4, 4, PM1, 0.8, rng.New(21))
	mask := []bool{true, false, true, false}
	vals := []float64{1, 0, -1, 0}
	// exact conditional over the four (v1, v3) states
	exact := make([]float64, 4)
	var z float64
	for s := 0; s < 4; s++ {
		v := []float64{1, float64(2*(s>>1) - 1), -1, float64(2*(s&1) - 1)}
		f, err := m.FreeEnergy(v, 1)
		if err != nil {
			t.Fatal(err)
		}
		exact[s] = math.Exp(-f[0])
		z += exact[s]
	}
	const chains = 40000
	for _, f32 := range []bool{false, true} {
		v, err := m.Sample(context.Background(), chains, SampleOptions{GibbsOptions: GibbsOptions{Steps: 20,
			ClampMask: mask, ClampValues: vals, Float32: f32, Rand: rng.New(22)}})
		if err != nil {
			t.Fatal(err)
		}
		counts := make([]float64, 4)
		for r := 0; r < chains; r++ {
			row := v[r*4 : r*4+4]
			if row[0] != 1 || row[2] != -1 {
				t.Fatalf("float32=%v chain %d: clamped units %v", f32, r, row)
			}
			counts[int(row[1]+1)/2*2+int(row[3]+1)/2]++
		}
		for s := range counts {
			p := exact[s] / z
			se := math.Sqrt(p * (1 - p) / chains)
			if got := counts[s] / chains; math.Abs(got-p) > 5*se {
				t.Errorf("float32=%v state %d: sampled %.4f, exact %.4f (5 SE = %.4f)", f32, s, got, p, 5*se)
			}
		}
	}
}
