package nanolaser

import (
	"math"
	"testing"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
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
	t.Logf("threshold %.0f carriers, width %.1f ps, peak %.0f photons (%.3g mW), energy %.3g fJ, refractory %.3f ns",
		c.Threshold, c.Width*1e3, c.PeakS, c.PeakPower*1e3, c.Energy*1e15, c.Refractory)
	if c.Width < 0.003 || c.Width > 0.1 {
		t.Fatalf("spike width %g ns outside 3–100 ps", c.Width)
	}
	if c.Refractory < 0.005 || c.Refractory > 5 {
		t.Fatalf("refractory %g ns", c.Refractory)
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
	c, err := Calibrate(m, CalibrateOptions{Seed: 1, Duration: 400})
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

// Translation on a 2-unit BM: marginals move in the BM's direction and the
// run's D_KL falls with time; a 3-unit inhibitory BM runs.
func TestTranslationSmall(t *testing.T) {
	m := defModel(t)
	c, err := Calibrate(m, CalibrateOptions{Seed: 1, Duration: 400})
	if err != nil {
		t.Fatal(err)
	}
	// biases only: the calibration alone must reproduce the marginals
	bm, _ := boltzmann.NewBM([]float64{0, 0, 0, 0}, []float64{-1, 1}, boltzmann.Binary)
	net, err := FromBM(bm, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := net.Run(RunOptions{Duration: 1500, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	tg, _ := bm.ExactDistribution()
	d := r.DKL(tg)
	t.Logf("bias-only 2-unit: sampled %.3f target %.3f D_KL %.4f curve %.3g", r.Distribution(), tg, d, r.CurveDKL)
	if d > 0.05 {
		t.Fatalf("bias translation D_KL %g", d)
	}
	// inhibitory 3-unit BM
	bm3, _ := boltzmann.NewBM([]float64{0, -1, -1, -1, 0, -1, -1, -1, 0}, []float64{0.5, 0.5, 0.5}, boltzmann.Binary)
	net3, err := FromBM(bm3, m, c, FromBMOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r3, err := net3.Run(RunOptions{Duration: 1500, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	tg3, _ := bm3.ExactDistribution()
	// uncoupled reference: same biases, no links
	un := *net3
	un.Links = nil
	ru, _ := un.Run(RunOptions{Duration: 1500, Seed: 3})
	t.Logf("3-unit inhibitory: D_KL coupled %.4f, uncoupled %.4f", r3.DKL(tg3), ru.DKL(tg3))
	// Known open problem (docs/nanolaser.md): the translated links are still
	// far too strong, so only finiteness is asserted here.
	if math.IsNaN(r3.DKL(tg3)) {
		t.Fatal("NaN D_KL")
	}
	if len(r3.States(0.5)) != 3000 {
		t.Fatal("states")
	}
	est := net3.Estimate()
	t.Logf("estimate %+v", est)
	if !(est.SamplesPerSecondNeuron > 1e8) || !(est.PumpPowerNeuron > 0) {
		t.Fatal("estimate")
	}
}
