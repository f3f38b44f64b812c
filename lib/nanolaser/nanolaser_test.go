package nanolaser

import (
	"context"
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/datasets"
	"github.com/lumenlab/lumen/lib/rng"
	"gonum.org/v1/gonum/stat"
)

func defModel(t testing.TB) Model {
	m, err := DefaultParams().Model()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestYamadaRoundTrip(t *testing.T) {
	m := defModel(t)
	y := m.Yamada()
	m2, err := y.Model()
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(m2.TauG-m.TauG) > 1e-12 || math.Abs(m2.Sa-m.Sa) > 1e-9 || math.Abs(m2.Rsp0-m.Rsp0) > 1e-9 || m2.B != m.B {
		t.Fatalf("round trip %+v vs %+v", m2, m)
	}
	if _, err := (Params{}).Model(); err == nil {
		t.Fatal("zero params accepted")
	}
}

// Regimes of the default PSN (docs/nanolaser.md): x = −3 quiet, x = 1
// excitable (noise-driven, irregular), noise-free at x = −1 self-pulsing.
func TestRegimes(t *testing.T) {
	m := defModel(t)
	if r, _, _, _ := Classify(m.WithOffset(-3), 300, 1); r != Quiet {
		t.Fatalf("x=-3: %v", r)
	}
	if err := CheckSampling(m.WithOffset(-3), 300, 1); err == nil {
		t.Fatal("quiet neuron not reported")
	}
	r, rate, cv, _ := Classify(m.WithOffset(1), 500, 1)
	if r != Excitable || cv < 0.5 || rate < 0.1 {
		t.Fatalf("x=1: %v rate %g cv %g", r, rate, cv)
	}
	// noise-free at x = 2: after two transient pulses the laser settles into
	// continuous emission (documented: the default PSN has no deterministic
	// self-pulsing window; spiking above threshold is noise-sustained)
	tr, err := Kicked(m.WithOffset(2), nil, 30)
	if err != nil {
		t.Fatal(err)
	}
	k := len(tr.S) - int(5/m.Dt)
	lo, hi := tr.S[k], tr.S[k]
	for _, s := range tr.S[k:] {
		lo, hi = math.Min(lo, s), math.Max(hi, s)
	}
	if lo < m.Sg || hi > 1.05*lo {
		t.Fatalf("noise-free x=2 is not continuous emission: S in [%g, %g]", lo, hi)
	}
}

func TestCharacterize(t *testing.T) {
	m := defModel(t)
	c, err := Characterize(m, -3)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("threshold %.0f carriers, width %.1f ps, peak %.0f photons (%.3g mW), energy %.3g fJ, two-pulse refractory %.3f ns (%.1f× threshold), %.3f ns (%.1f×)",
		c.Threshold, c.Width*1e3, c.PeakS, c.PeakPower*1e3, c.Energy*1e15, c.Refractory, c.PulseFactor, c.RefractoryStrong, c.StrongFactor)
	if c.Width < 0.003 || c.Width > 0.1 {
		t.Fatalf("spike width %g ns outside 3–100 ps", c.Width)
	}
	t.Logf("second-pulse threshold / rest at Δt %v ns: %.3f", RecoveryGrid, c.Recovery)
	// A short absolute window (the first pulse and the bleached-absorber
	// transient, tens of ps; shorter for stronger kicks), then a
	// supernormal phase: the absorber, bleached by the spike, recovers on
	// τ_a, so the second-pulse threshold is below rest and climbs back
	// towards it over a few ns (docs/nanolaser.md).
	if c.Refractory < 0.005 || c.Refractory > 0.5 || !(c.RefractoryStrong < c.Refractory) {
		t.Fatalf("refractory %g ns (1.3×), %g ns (3×)", c.Refractory, c.RefractoryStrong)
	}
	r := c.Recovery
	if len(r) != len(RecoveryGrid) || !math.IsInf(r[0], 1) || !(r[2] < 0.7) || !(r[len(r)-1] > r[2]) || !(r[len(r)-1] < 1.05) {
		t.Fatalf("second-pulse threshold recovery %v", r)
	}
	for i := 3; i < len(r); i++ {
		if !(r[i] >= r[i-1]) {
			t.Fatalf("second-pulse threshold not recovering monotonically: %v", r)
		}
	}
	// the bisection brackets the boundary: just below it no second spike
	m3 := m.WithOffset(-3)
	amt := c.PulseFactor * c.Threshold
	for _, d := range []float64{0.98 * c.Refractory, c.Refractory} {
		tr, _ := Kicked(m3, []Kick{{T: 0.1, Section: Gain, Amount: amt}, {T: 0.1 + d, Section: Gain, Amount: amt}}, d+3)
		if want := d == c.Refractory; (len(tr.Spikes) >= 2) != want {
			t.Fatalf("Δt = %.4f ns: %d spikes", d, len(tr.Spikes))
		}
	}
	if _, err := TwoPulse(m3, 0.5*c.Threshold); err == nil {
		t.Fatal("sub-threshold two-pulse kicks accepted")
	}
}

// Spike statistics converge as dt halves: the rate at x = 1 with dt, dt/2
// agree within 4 binomial standard errors + 10 %.
func TestDtConvergence(t *testing.T) {
	m := defModel(t).WithOffset(1)
	rate := func(dt float64) (float64, float64) {
		mm := m
		mm.Dt = dt
		var n float64
		const dur = 300
		for s := uint64(0); s < 3; s++ {
			e, _ := newEngine(mm, []float64{mm.A}, nil, 10+s)
			e.run(int64(dur / dt))
			n += float64(len(e.spikes))
		}
		return n / (3 * dur), math.Sqrt(n) / (3 * dur)
	}
	r1, s1 := rate(0.0005)
	r2, s2 := rate(0.00025)
	r3, s3 := rate(0.000125)
	t.Logf("rate dt=0.5ps %.4f, 0.25ps %.4f, 0.125ps %.4f /ns", r1, r2, r3)
	if math.Abs(r2-r3) > 4*math.Hypot(s2, s3)+0.1*r3 {
		t.Fatalf("rates do not converge: %g %g", r2, r3)
	}
	_ = s1
}

func TestCalibration(t *testing.T) {
	m := defModel(t)
	c, err := Calibrate(context.Background(), m, CalibrateOptions{Seed: 1, Duration: 400, PSPDuration: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("x50 %.3f alpha %.3f residual %.4f pulse %.0f photons floor %.1f", c.X50, c.Alpha, c.Residual, c.PulsePhotons, c.FloorPhotons)
	// binomial-ish error of p_on over 400 ns windows of τ = 1 ns: ≤ 0.05
	if c.Residual > 0.05 || c.Alpha <= 0 {
		t.Fatalf("poor logistic fit: %+v", c)
	}
	x50, a, rms, _ := FitLogistic([]float64{-2, -1, 0, 1, 2}, []float64{sigmoid(-4), sigmoid(-2), 0.5, sigmoid(2), sigmoid(4)})
	if math.Abs(x50) > 1e-6 || math.Abs(a-0.5) > 1e-6 || rms > 1e-9 {
		t.Fatalf("fit %g %g %g", x50, a, rms)
	}
}

// Calibrate and CalibratePSP stop within ~1 s of a cancellation, in the
// sweep and in the PSP measurement, and report progress in between.
func TestCalibrateCancel(t *testing.T) {
	m := defModel(t)
	for _, o := range []CalibrateOptions{
		{Seed: 1, Duration: 1e5, PSPDuration: -1}, // hours of sweep
		{Seed: 1, Duration: 20, PSPDuration: 1e6}, // short sweep, long PSP
	} {
		var prog []float64
		o.Progress = func(f float64) { prog = append(prog, f) }
		ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
		start := time.Now()
		c, err := Calibrate(ctx, m, o)
		el := time.Since(start)
		cancel()
		if err != context.DeadlineExceeded || c != nil {
			t.Fatalf("cancelled calibration (%g ns, PSP %g ns): %v, %v", o.Duration, o.PSPDuration, c, err)
		}
		if el > 1500*time.Millisecond {
			t.Fatalf("calibration stopped %v after its deadline of 300 ms", el)
		}
		if len(prog) == 0 || !sort.Float64sAreSorted(prog) || prog[0] < 0 || prog[len(prog)-1] >= 1 {
			t.Fatalf("progress %v", prog)
		}
		if o.PSPDuration > 0 && !(prog[len(prog)-1] > 11*20/(11*20+4*(1e6+10.0))) {
			t.Fatalf("PSP phase reported no progress: %v", prog)
		}
		t.Logf("stopped after %v, progress %d calls, last %.2g", el, len(prog), prog[len(prog)-1])
	}
	_, c := testCal(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := CalibratePSP(ctx, m, c, 1e4, 1); err != context.Canceled {
		t.Fatalf("cancelled CalibratePSP: %v", err)
	}
}

func randomBM(n int, seed uint64) *boltzmann.BM {
	r := rng.New(seed)
	W := make([]float64, n*n)
	b := make([]float64, n)
	for i := 0; i < n; i++ {
		b[i] = 0.5 * r.NormFloat64()
		for j := 0; j < i; j++ {
			w := 0.5 * r.NormFloat64()
			W[i*n+j], W[j*n+i] = w, w
		}
	}
	bm, _ := boltzmann.NewBM(W, b, boltzmann.Binary)
	return bm
}

// The reference samplers converge to the BM.
func TestReferences(t *testing.T) {
	bm := randomBM(5, 3)
	g, err := GibbsCurve(bm, 200000, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	ns, err := NeuralSamplingCurve(bm, 20000, 10, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("Gibbs D_KL %.4g, neural sampling D_KL %.4g", g.DKL[len(g.DKL)-1], ns.DKL[len(ns.DKL)-1])
	// 32 states, 2e5 samples: bias of the plug-in D_KL ≈ 31/(2·n_eff) ≲ 1e-3
	if g.DKL[len(g.DKL)-1] > 0.005 || ns.DKL[len(ns.DKL)-1] > 0.02 {
		t.Fatal("reference samplers do not converge")
	}
	if !(ns.DKL[len(ns.DKL)-1] < ns.DKL[0]) {
		t.Fatal("neural-sampling D_KL does not fall")
	}
}

// sharedCal is the calibration the translation tests share (activation
// sweep 1000 ns per offset, PSP efficacy 10⁴ ns).
var sharedCal *Calibration

func testCal(t testing.TB) (Model, *Calibration) {
	m := defModel(t)
	if sharedCal == nil {
		c, err := Calibrate(context.Background(), m, CalibrateOptions{Seed: 1, Duration: 1000})
		if err != nil {
			t.Fatal(err)
		}
		sharedCal = c
	}
	return m, sharedCal
}

// The measured post-synaptic efficacy: the analytic rule (pump-equivalent
// PSP, window-matched) is within a factor 1.5 of the target coupling for both
// signs, and the measured κ± are resolved (SE < 0.1).
func TestPSPCalibration(t *testing.T) {
	_, c := testCal(t)
	p := c.PSP
	if p == nil {
		t.Fatal("no PSP calibration")
	}
	t.Logf("κ+ %.3f ± %.3f, κ− %.3f ± %.3f, bias shifts +%.3f / %.3f per unit W", p.KappaExc, p.KappaExcSE, p.KappaInh, p.KappaInhSE, p.BiasExc, p.BiasInh)
	for _, k := range []struct{ v, se float64 }{{p.KappaExc, p.KappaExcSE}, {p.KappaInh, p.KappaInhSE}} {
		if k.se > 0.1 || k.v < 1/1.5-3*k.se || k.v > 1.5+3*k.se {
			t.Fatalf("PSP efficacy κ = %.3f ± %.3f outside [1/1.5, 1.5]", k.v, k.se)
		}
	}
}

// Translation on 2- and 3-unit BMs: biases alone, then a coupled 3-unit BM
// with mixed signs, which the translated links must sample better than the
// uncoupled network by far.
func TestTranslationSmall(t *testing.T) {
	m, c := testCal(t)
	ctx := context.Background()
	// biases only: the calibration alone must reproduce the marginals
	bm, _ := boltzmann.NewBM([]float64{0, 0, 0, 0}, []float64{-1, 1}, boltzmann.Binary)
	net, err := FromBM(bm, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := net.Run(ctx, RunOptions{Duration: 1500, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	tg, _ := bm.ExactDistribution()
	d := r.DKL(tg)
	t.Logf("bias-only 2-unit: sampled %.3f target %.3f D_KL %.4f", r.Distribution(), tg, d)
	// finite-sample floor (K−1)/(2 n_eff) with n_eff ≈ T/τ = 1500: 0.001;
	// the logistic fit's residual 0.012 adds ≈ 0.001
	if d > 0.01 {
		t.Fatalf("bias translation D_KL %g", d)
	}
	bm3, _ := boltzmann.NewBM([]float64{0, 0.8, -0.5, 0.8, 0, -0.6, -0.5, -0.6, 0}, []float64{-0.2, 0.1, 0.4}, boltzmann.Binary)
	net3, err := FromBM(bm3, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r3, err := net3.Run(ctx, RunOptions{Duration: 2000, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	tg3, _ := bm3.ExactDistribution()
	un := *net3
	un.Links = nil
	ru, _ := un.Run(ctx, RunOptions{Duration: 2000, Seed: 3})
	t.Logf("3-unit mixed: D_KL coupled %.4f, uncoupled %.4f", r3.DKL(tg3), ru.DKL(tg3))
	// floor (8−1)/(2·2000) ≈ 0.002; the uncoupled network misses the
	// couplings by ≈ 0.1 nats
	if r3.DKL(tg3) > 0.02 || r3.DKL(tg3) > ru.DKL(tg3)/4 {
		t.Fatalf("coupled 3-unit BM: D_KL %.4f (uncoupled %.4f)", r3.DKL(tg3), ru.DKL(tg3))
	}
	if len(r3.States(0.5)) != 4000 {
		t.Fatal("states")
	}
	est := net3.Estimate()
	t.Logf("estimate %+v", est)
	if !(est.SamplesPerSecondNeuron > 1e8) || !(est.PumpPowerNeuron > 0) {
		t.Fatal("estimate")
	}
	// cancellation
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := net3.Run(cctx, RunOptions{Duration: 2000, Seed: 3}); err != context.Canceled {
		t.Fatalf("cancelled run: %v", err)
	}
}

func median(v []float64) float64 {
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// The target at test scale: random 5-unit BMs, W and b from
// N(0, 0.5²). After T refractory periods the PSN network's median D_KL is
// ≤ 0.02 and ≤ 3× that of the abstract neural-sampling process run for the
// same time. At T = 2000 τ both include the finite-sample term (K−1)/(2n_eff)
// (≈ 0.0017 for neural sampling, measured); the PSN's own systematic error
// is ≈ 0.002. The bootstrap SE of the median ratio over the BMs is logged.
//
// LUMEN_NANOLASER_FULL=1 runs the full scale instead (20 BMs, 10⁵ τ,
// calibration 2000 ns per offset and 10⁵ ns of PSP measurement; about 3.3
// hours of CPU, spread over GOMAXPROCS workers). There the abstract process's
// D_KL falls to ≈ 5e−5 while the translated network levels off at its
// systematic error ≈ 2e−3, so each network is first refined in the loop
// (Refine, 4·10⁵ τ of device time). Asserted there: both bounds, and that
// refinement cuts the plain translation's median at least 5× (measured 24×;
// docs/nanolaser.md, "Results").
func TestRandomBM5(t *testing.T) {
	m, c := testCal(t)
	nbm, T := 10, 2000.0
	full := os.Getenv("LUMEN_NANOLASER_FULL") != ""
	if full {
		nbm, T = 20, 1e5
		var err error
		if c, err = Calibrate(context.Background(), m, CalibrateOptions{Seed: 1, Duration: 2000, PSPDuration: 1e5}); err != nil {
			t.Fatal(err)
		}
	} else if testing.Short() {
		nbm, T = 5, 1000
	}
	plain, refined, ns := make([]float64, nbm), make([]float64, nbm), make([]float64, nbm)
	errs := make([]error, nbm)
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				plain[i], refined[i], ns[i], errs[i] = sampleRandomBM5(m, c, i, T, full)
			}
		}()
	}
	for i := 0; i < nbm; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("BM %d: %v", i, err)
		}
	}
	ds := plain
	if full {
		ds = refined
	}
	mp, mn := median(ds), median(ns)
	se := bootstrapRatioSE(ds, ns)
	t.Logf("%d BMs after %g τ: median D_KL PSN %.4g, neural sampling %.3g, ratio %.2f ± %.2f; PSN %.3g", nbm, T, mp, mn, mp/mn, se, ds)
	if mp > 0.02 {
		t.Fatalf("median D_KL %.4f > 0.02", mp)
	}
	if full {
		// Measured: refined for 4T, median 1.16e−4 against plain 2.8e−3, a
		// ratio to the abstract process of 2.57 ± 0.39 (refined for 2T: 3.02
		// ± 0.47). The seeds are fixed, so this run is reproducible and the
		// issue's 3× bound is asserted below like the 0.02 one.
		t.Logf("plain translation (no refinement): median %.4g, ratio %.1f; per BM %.3g", median(plain), median(plain)/mn, plain)
		if mp > median(plain)/5 {
			t.Fatalf("refinement should remove most of the translation's systematic error: median %.4g, plain %.4g", mp, median(plain))
		}
	}
	if mp/mn > 3 {
		t.Fatalf("median D_KL %.4g > 3× neural sampling %.3g", mp, mn)
	}
}

// sampleRandomBM5 runs random BM i for T τ: the translated network's D_KL,
// with full also that of the network refined for 4T, and the abstract
// neural-sampling process's. An error means a D_KL that does not fall.
func sampleRandomBM5(m Model, c *Calibration, i int, T float64, full bool) (plain, refined, ns float64, err error) {
	bm := randomBM(5, uint64(100+i))
	net, err := FromBM(bm, m, c, FromBMOptions{})
	if err != nil {
		return
	}
	tg, _ := bm.ExactDistribution()
	run := func() (float64, error) {
		r, err := net.Run(context.Background(), RunOptions{Duration: T, Seed: uint64(i + 1), Points: 8})
		if err != nil {
			return 0, err
		}
		if !(r.CurveDKL[len(r.CurveDKL)-1] < r.CurveDKL[0]) {
			return 0, fmt.Errorf("D_KL does not fall: %.3g", r.CurveDKL)
		}
		return r.DKL(tg), nil
	}
	if plain, err = run(); err != nil {
		return
	}
	refined = math.NaN()
	if full {
		if _, err = net.Refine(context.Background(), RefineOptions{Duration: 4 * T, Seed: uint64(50 + i)}); err != nil {
			return
		}
		if refined, err = run(); err != nil {
			return
		}
	}
	cu, err := NeuralSamplingCurve(bm, T/c.Tau, 10, 2, uint64(i+1))
	if err != nil {
		return
	}
	return plain, refined, cu.DKL[len(cu.DKL)-1], nil
}

// bootstrapRatioSE is the bootstrap SE of median(x)/median(y) over pairs.
func bootstrapRatioSE(x, y []float64) float64 {
	src := rng.New(99)
	n := len(x)
	var rs []float64
	for b := 0; b < 400; b++ {
		var u, v []float64
		for k := 0; k < n; k++ {
			j := src.IntN(n)
			u, v = append(u, x[j]), append(v, y[j])
		}
		rs = append(rs, median(u)/median(v))
	}
	return stat.StdDev(rs, nil)
}

// The LIF-sampling reference (Petrovici et al. 2016): calibration fits a
// logistic, and the translated network samples a coupled 3-unit BM far
// better than its uncoupled version. At 2000 τ_ref the finite-sample term is
// ≈ (8−1)/(2·2000) ≈ 0.002 (× the correlation time in τ, ≈ 2–3); LIF
// sampling's systematic error on BMs of this size is ≈ 0.005 (Petrovici
// et al. 2016, Fig. 4), so 0.03 leaves room for both.
func TestLIFReference(t *testing.T) {
	p := DefaultLIFParams()
	c, err := CalibrateLIF(p, DefaultLIFPotentials(), 10000, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("LIF calibration μ50 %.2f mV, α %.3f mV, RMS %.4f", c.Mu50, c.Alpha, c.RMS)
	if c.RMS > 0.03 || c.Alpha <= 0 {
		t.Fatalf("LIF logistic fit: %+v", c)
	}
	bm3, _ := boltzmann.NewBM([]float64{0, 0.8, -0.5, 0.8, 0, -0.6, -0.5, -0.6, 0}, []float64{-0.2, 0.1, 0.4}, boltzmann.Binary)
	cu, err := LIFCurve(context.Background(), bm3, p, c, 2000, 6, 5)
	if err != nil {
		t.Fatal(err)
	}
	un, _ := boltzmann.NewBM(make([]float64, 9), []float64{-0.2, 0.1, 0.4}, boltzmann.Binary)
	tg, _ := bm3.ExactDistribution()
	cuu, _ := LIFCurve(context.Background(), un, p, c, 2000, 2, 5)
	d, du := cu.DKL[len(cu.DKL)-1], DKL(cuu.Final, tg)
	t.Logf("LIF 3-unit: D_KL %.4f (curve %.3g), uncoupled %.4f", d, cu.DKL, du)
	if d > 0.03 || d > du/3 {
		t.Fatalf("LIF sampling D_KL %.4f (uncoupled %.4f)", d, du)
	}
	if _, err := CalibrateLIF(LIFParams{}, DefaultLIFPotentials(), 100, 1); err == nil {
		t.Fatal("zero LIF params accepted")
	}
}

// TimeToLevel reads the crossing off a curve: log-log interpolation after
// the last point above the level; NaN when the curve ends above it.
func TestTimeToLevel(t *testing.T) {
	tt := []float64{10, 100, 1000, 10000}
	// d = 1/t: crosses 0.002 at t = 500 exactly (a straight line in log-log)
	d := []float64{0.1, 0.01, 0.001, 0.0001}
	if got := TimeToLevel(tt, d, 0.002); math.Abs(got-500) > 1e-9 {
		t.Fatalf("crossing at %g, want 500", got)
	}
	// a noisy curve re-crossing the level counts from the last excursion
	if got := TimeToLevel(tt, []float64{0.1, 0.001, 0.01, 0.0001}, 0.002); !(got > 1000 && got < 10000) {
		t.Fatalf("re-crossing at %g, want in (1000, 10000)", got)
	}
	if got := TimeToLevel(tt, d, 1e-5); !math.IsNaN(got) {
		t.Fatalf("unreached level gave %g", got)
	}
	if got := TimeToLevel(tt, d, 1); got != 10 {
		t.Fatalf("curve starting below the level gave %g", got)
	}
}

// TimeToDKL on the coupled 3-unit BM: every sampler's time is its measured
// number of units times its own clock, the PSN network reaches the level
// within its run, and at 1 ns per τ against ≈ 1 µs per τ_ref it is ≥ 100×
// faster than LIF sampling on BrainScaleS.
func TestTimeToDKL(t *testing.T) {
	m, c := testCal(t)
	bm3, _ := boltzmann.NewBM([]float64{0, 0.8, -0.5, 0.8, 0, -0.6, -0.5, -0.6, 0}, []float64{-0.2, 0.1, 0.4}, boltzmann.Binary)
	net, err := FromBM(bm3, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	r, err := net.Run(ctx, RunOptions{Duration: 1500, Seed: 5, Points: 20})
	if err != nil {
		t.Fatal(err)
	}
	const level = 0.02
	tm, err := net.TimeToDKL(ctx, r, TimeToDKLOptions{Target: level, Seed: 1, LIFCalPeriods: 300})
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]SamplerTime{}
	for _, s := range tm.Samplers {
		t.Logf("%-42s %8.1f %-6s of %6g → %10.4g s (final D_KL %.4f; %s)", s.Sampler, s.Units, s.Unit, s.Simulated, s.Time, s.Final, s.Clock)
		by[s.Sampler] = s
		if !math.IsNaN(s.Units) && (s.Units > s.Simulated || math.Abs(s.Time-s.Units*s.UnitTime) > 1e-12*s.Time) {
			t.Fatalf("%s: inconsistent %+v", s.Sampler, s)
		}
	}
	psn, lif, g := by["PSN network"], by["LIF sampling (BrainScaleS)"], by["ideal Gibbs (digital CPU)"]
	if len(by) != 4 || math.IsNaN(psn.Units) {
		t.Fatalf("PSN network did not reach %g in %g τ, or a sampler is missing: %+v", level, psn.Simulated, tm.Samplers)
	}
	if psn.UnitTime != 1e-9 || lif.UnitTime != 1e-6 || !(g.UnitTime > 0) {
		t.Fatalf("clocks: PSN %g s/τ, LIF %g s/τ_ref, Gibbs %g s/sweep", psn.UnitTime, lif.UnitTime, g.UnitTime)
	}
	if !math.IsNaN(lif.Units) && lif.Time < 100*psn.Time {
		t.Fatalf("LIF on BrainScaleS %g s vs PSN %g s: expected ≥ 100×", lif.Time, psn.Time)
	}
	if _, err := net.TimeToDKL(ctx, r, TimeToDKLOptions{Target: -1}); err == nil || !strings.Contains(err.Error(), "target D_KL") {
		t.Fatalf("negative target: %v", err)
	}
}

// FitBM inverts ExactDistribution: the fit to a BM's exact distribution
// returns its parameters.
func TestFitBM(t *testing.T) {
	bm := randomBM(5, 3)
	p, _ := bm.ExactDistribution()
	got, err := FitBM(p, 5)
	if err != nil {
		t.Fatal(err)
	}
	fit := packBM(got)
	for i, v := range packBM(bm) {
		if g := fit[i]; math.Abs(g-v) > 1e-9 {
			t.Errorf("parameter %d: fit %g, BM %g", i, g, v)
		}
	}
	p[3] = 0
	if _, err := FitBM(p, 5); err != nil {
		t.Errorf("one empty state still has a finite fit: %v", err)
	}
	q := make([]float64, 4)
	q[0], q[1] = 0.5, 0.5 // unit 1 never on
	if _, err := FitBM(q, 2); err == nil {
		t.Error("a unit that is never on has no finite fit")
	}
}

// The PSN network's sampling efficiency, the floor under the ratio to the
// abstract process once refinement has removed the systematic error. Five
// uncoupled neurons at x50 and the abstract process sample the same uniform
// BM; D_KL(sampled ‖ best-fitting BM) is the noise in the 16 directions no
// BM explains, free of any calibration bias (FitBM absorbs it), ≈ 16/(2 n_eff).
// Its ratio is the ratio of correlation times: measured 1.32–1.37 (docs/nanolaser.md,
// "Results"). Each mean over 4 seeds has a relative SD of √(2/16)/2 ≈ 0.18, so
// the ratio's SD is ≈ 0.25·1.3 ≈ 0.33: the bounds are 3 SD either side.
func TestSamplingEfficiency(t *testing.T) {
	if testing.Short() {
		t.Skip("about 20 s")
	}
	m, c := testCal(t)
	zero, _ := boltzmann.NewBM(make([]float64, 25), make([]float64, 5), boltzmann.Binary)
	net, err := FromBM(zero, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const T, seeds = 1e4, 4
	nonBM := func(p []float64) float64 {
		f, err := FitBM(smooth(p, T), 5)
		if err != nil {
			t.Fatal(err)
		}
		q, _ := f.ExactDistribution()
		return DKL(p, q)
	}
	var psn, ns float64
	for s := uint64(1); s <= seeds; s++ {
		r, err := net.Run(context.Background(), RunOptions{Duration: T * c.Tau, Seed: s, Points: -1})
		if err != nil {
			t.Fatal(err)
		}
		psn += nonBM(r.Distribution()) / seeds
		cu, err := NeuralSamplingCurve(zero, T, 10, 2, s)
		if err != nil {
			t.Fatal(err)
		}
		ns += nonBM(cu.Final) / seeds
	}
	t.Logf("noise beyond any BM after %g τ: PSN %.3g, abstract neural sampling %.3g (16/(2T) = %.3g): ratio %.2f", T, psn, ns, 16/(2*T), psn/ns)
	if r := psn / ns; r < 0.3 || r > 2.3 {
		t.Fatalf("PSN network's sampling noise %.2f× the abstract process's, outside [0.3, 2.3] (measured 1.37)", r)
	}
}

// In-loop refinement removes the translation's systematic error. Random BM
// 100 has the largest of TestRandomBM5's set: 0.0075 nats at 2·10⁴ τ, where
// the finite-sample term is ≈ 3·10⁻⁴. At T = 10⁴ τ that term is ≈ 31/(2 n_eff)
// with n_eff ≈ 1–3 T/τ, i.e. ≤ 1.5·10⁻³, and 2·10⁴ τ of refinement leave
// parameter noise worth ≈ 15/(2 n_eff) ≤ 8·10⁻⁴, so the refined network must
// land below half the plain one's D_KL.
func TestRefine(t *testing.T) {
	if testing.Short() {
		t.Skip("4·10⁴ τ of simulation")
	}
	m, c := testCal(t)
	bm := randomBM(5, 100)
	tg, _ := bm.ExactDistribution()
	net, err := FromBM(bm, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	const T = 1e4
	r0, err := net.Run(context.Background(), RunOptions{Duration: T, Seed: 1, Points: -1})
	if err != nil {
		t.Fatal(err)
	}
	steps, err := net.Refine(context.Background(), RefineOptions{Duration: 2 * T, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, s := range steps {
		sum += s.Duration
	}
	if len(steps) != 4 || math.Abs(sum-2*T) > 1e-6 || steps[1].Duration != 2*steps[0].Duration {
		t.Fatalf("runs %+v: want 4 doubling runs summing to %g ns", steps, 2*T)
	}
	if net.Applied == net.Target || net.Target.W[1] != bm.W[1] {
		t.Fatal("Refine must re-translate from a corrected BM and leave Target alone")
	}
	r1, err := net.Run(context.Background(), RunOptions{Duration: T, Seed: 1, Points: -1})
	if err != nil {
		t.Fatal(err)
	}
	plain, refined := r0.DKL(tg), r1.DKL(tg)
	t.Logf("D_KL after %g τ: plain %.4g, refined %.4g; runs %+v", T, plain, refined, steps)
	if !(refined < plain/2) {
		t.Errorf("refined D_KL %.4g not below half the plain %.4g", refined, plain)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	before := net.Applied
	if _, err := net.Refine(ctx, RefineOptions{Duration: 2 * T}); err == nil || net.Applied != before {
		t.Errorf("a cancelled Refine must return the error and keep the translation: %v", err)
	}
}

// basRBM trains a 0/1 RBM with 6 hidden units on the 14 3×3 bars-and-stripes
// images (CD-10). The weight decay keeps |W| ≲ 7: unpenalised training drives
// weights and biases to ≈ 10, where one sampler step flips nothing and the
// PSN's pump offsets leave the calibrated range.
func basRBM(t testing.TB) (*boltzmann.RBM, []float64) {
	bas, err := datasets.BarsAndStripes(3)
	if err != nil {
		t.Fatal(err)
	}
	data, _, _ := datasets.BarsAndStripesDistribution(3)
	var x []float64
	for rep := 0; rep < 10; rep++ {
		x = append(x, bas.X...)
	}
	src := rng.New(10)
	m, _ := boltzmann.NewRBM(9, 6, boltzmann.Binary, src)
	if _, err := m.Fit(context.Background(), x, 10*bas.N, boltzmann.TrainOptions{
		Epochs: 2000, BatchSize: 14, LR: 0.1, K: 10, Momentum: 0.5, Shuffle: true, Rand: src, WeightDecay: 0.003,
		LRSchedule: boltzmann.LinearDecay(0.1, 0.01, 2000),
	}); err != nil {
		t.Fatal(err)
	}
	return m, data
}

// The learned task: a BM with hidden units trained on 3×3 bars and stripes,
// sampled by the PSN network for 10⁴ τ. The score is D_KL(data ‖ visible
// marginal) over the 14 images, beside the trained model's exact value and
// the digital Gibbs sampler's after as many sweeps as the network has τ.
// Asserted: the network has learned the task's structure, spending at least
// half as much time on the 14 images as the model does (measured 0.616
// against 0.631; uniform random images hit them 14/512 = 2.7 % of the time).
// How it shares that time among the images is skewed (D_KL 1.77 against
// Gibbs's 0.49), and with other training seeds it can miss an image for
// 10⁴ τ: the strong weights a good BAS model needs (|W| up to 6.7, |b| up to
// 8.4) are where the translation is least faithful and the network mixes
// slowly. So that score is reported, not bounded (docs/nanolaser.md, "A
// learned task").
func TestLearnedBarsAndStripes(t *testing.T) {
	if testing.Short() {
		t.Skip("10⁴ τ of a 15-neuron network")
	}
	// LUMEN_NANOLASER_FULL=1: 10⁵ τ, then refined for 2·10⁵ τ and run again.
	rbm, data := basRBM(t)
	bm, err := rbm.BM()
	if err != nil {
		t.Fatal(err)
	}
	vis := []int{0, 1, 2, 3, 4, 5, 6, 7, 8}
	score := func(p []float64) (dkl, onData float64) {
		v, err := Marginal(p, bm.N, vis)
		if err != nil {
			t.Fatal(err)
		}
		for s, d := range data {
			if d > 0 {
				onData += v[s]
			}
		}
		return DKL(data, v), onData
	}
	exact, _ := bm.ExactDistribution()
	m, c := testCal(t)
	net, err := FromBM(bm, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	T := 1e4
	full := os.Getenv("LUMEN_NANOLASER_FULL") != ""
	if full {
		T = 1e5
	}
	r, err := net.Run(context.Background(), RunOptions{Duration: T, Seed: 1, Points: -1})
	if err != nil {
		t.Fatal(err)
	}
	g, err := GibbsCurve(bm, int64(T), 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	dm, fm := score(exact)
	dg, fg := score(g.Final)
	dp, fp := score(r.Distribution())
	t.Logf("after %g τ: D_KL(data ‖ visible marginal) model %.3f, Gibbs %.3f, PSN %.3f; time on the 14 images %.3f, %.3f, %.3f", T, dm, dg, dp, fm, fg, fp)
	if full {
		if _, err := net.Refine(context.Background(), RefineOptions{Duration: 2 * T, Seed: 2}); err != nil {
			t.Fatal(err)
		}
		r2, err := net.Run(context.Background(), RunOptions{Duration: T, Seed: 1, Points: -1})
		if err != nil {
			t.Fatal(err)
		}
		dr, fr := score(r2.Distribution())
		t.Logf("refined for %g τ: D_KL %.3f, time on the images %.3f", 2*T, dr, fr)
	}
	if fp < fm/2 {
		t.Errorf("the PSN network shows the images %.3f of the time, less than half the model's %.3f", fp, fm)
	}
}
