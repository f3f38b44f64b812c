package prbm

import (
	"math"
	"math/cmplx"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
)

// randomRBM returns an nv×nh ±1 model with couplings and biases in ±scale.
func randomRBM(nv, nh int, scale float64, seed uint64) *boltzmann.RBM {
	src := rng.New(seed)
	m, _ := boltzmann.NewRBM(nv, nh, boltzmann.PM1, nil)
	for i := range m.W {
		m.W[i] = scale * (2*src.Float64() - 1)
	}
	for i := range m.A {
		m.A[i] = scale * (2*src.Float64() - 1)
	}
	for i := range m.B {
		m.B[i] = scale * (2*src.Float64() - 1)
	}
	return m
}

func randomSpins(n int, src *rng.Source) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = 1
		if src.Uint64()&1 == 0 {
			s[i] = -1
		}
	}
	return s
}

// digitalFields returns S = Σ W s + bias for layer l.
func digitalFields(m *boltzmann.RBM, l boltzmann.Layer, given []float64) []float64 {
	K, N := layerSizes(m, l)
	chains := len(given) / N
	S := make([]float64, chains*K)
	for c := 0; c < chains; c++ {
		for k := 0; k < K; k++ {
			s := bias(m, l, k)
			for i := 0; i < N; i++ {
				s += coupling(m, l, k, i) * given[c*N+i]
			}
			S[c*K+k] = s
		}
	}
	return S
}

// TestEncodingIdentity: the zeroth-order field of one macro-pixel, computed
// by FFT of its p×p pixels, is p²·a·s (times the global phase e^{iπ/2}).
func TestEncodingIdentity(t *testing.T) {
	src := rng.New(1)
	for _, p := range []int{2, 4, 6, 8} {
		d := New()
		d.MacroPixel = p
		for trial := 0; trial < 50; trial++ {
			a := 2*src.Float64() - 1
			if trial == 0 {
				a = 0
			} else if trial == 1 {
				a = -1
			}
			s := 1.0
			if trial%2 == 1 {
				s = -1
			}
			// a 2×1 model: ξ = 1 from the second coupling, macro-pixel 1 is a
			m := &boltzmann.RBM{NVisible: 2, NHidden: 1, W: []float64{a, 1}, A: []float64{0, 0}, B: []float64{0}, T: 1}
			g, err := d.Geometry(2, 1, boltzmann.Hidden)
			if err != nil {
				t.Fatal(err)
			}
			pl := d.newPlan(m, boltzmann.Hidden, g, true)
			ph := make([]float64, g.BandH*g.BandW)
			pl.bandPhases(0, []float64{s, 1}, 1, ph)
			f := newFFT2(p, p)
			buf := make([]complex128, p*p)
			for y := 0; y < p; y++ {
				for x := 0; x < p; x++ {
					buf[y*p+x] = cmplx.Rect(1, ph[y*g.BandW+p+x]) // macro-pixel 1
				}
			}
			f.transform(buf)
			got := buf[0] / complex(float64(p*p), 0)
			want := complex(0, a*s)
			if cmplx.Abs(got-want) > 1e-12 {
				t.Fatalf("p=%d a=%g s=%g: zeroth order %v, want i·a·s = %v", p, a, s, got, want)
			}
		}
	}
}

// TestTwoExposure checks I(+) − I(−) = 4·S/ξ per wavelength (A = 1), from
// the point detector and from the full FFT propagation.
func TestTwoExposure(t *testing.T) {
	m := randomRBM(7, 5, 0.8, 2)
	src := rng.New(3)
	v := randomSpins(7, src)
	S := digitalFields(m, boltzmann.Hidden, v)
	x := xi(m, boltzmann.Hidden)
	for _, fft := range []bool{false, true} {
		d := New()
		d.ForceFFT = fft
		g, _ := d.Geometry(7, 5, boltzmann.Hidden)
		pl := d.newPlan(m, boltzmann.Hidden, g, true)
		ph := make([]float64, g.BandH*g.BandW)
		f := newFFT2(d.Pad*g.BandH, d.Pad*g.BandW)
		field, buf := make([]complex128, g.BandH*g.BandW), make([]complex128, f.nx*f.ny)
		for k := 0; k < 5; k++ {
			var ip, im float64
			if fft {
				d.focal(pl, k, v, 1, f, ph, field, buf)
				ip = d.windowIntensity(pl, k, f, buf)
				d.focal(pl, k, v, -1, f, ph, field, buf)
				im = d.windowIntensity(pl, k, f, buf)
			} else {
				ep, em := d.zeroOrderPair(pl, k, v, ph)
				ip, im = cmplx.Abs(ep)*cmplx.Abs(ep), cmplx.Abs(em)*cmplx.Abs(em)
			}
			// I± = |±1 + S/ξ|² exactly
			if math.Abs(ip-(1+S[k]/x)*(1+S[k]/x)) > 1e-9 || math.Abs(im-(1-S[k]/x)*(1-S[k]/x)) > 1e-9 {
				t.Errorf("fft=%v band %d: I± = %g, %g; want %g, %g", fft, k, ip, im, (1+S[k]/x)*(1+S[k]/x), (1-S[k]/x)*(1-S[k]/x))
			}
			if math.Abs((ip-im)-4*S[k]/x) > 1e-9 {
				t.Errorf("fft=%v band %d: I+ − I− = %g, want 4S/ξ = %g", fft, k, ip-im, 4*S[k]/x)
			}
		}
	}
}

// TestZeroNoiseDeltaH: at zero noise the measured ΔH = −2S matches the
// digital local fields to 1e−9 relative, both layers, both modes, both units
// and both readouts.
func TestZeroNoiseDeltaH(t *testing.T) {
	src := rng.New(4)
	for _, mode := range []Mode{Optical, Ideal} {
		for _, ro := range []Readout{PerWavelength, Total} {
			for _, units := range []boltzmann.Units{boltzmann.PM1, boltzmann.Binary} {
				m := randomRBM(13, 9, 1.5, 5)
				if units == boltzmann.Binary {
					m, _, _ = m.Convert(boltzmann.Binary)
				}
				d := New()
				d.Mode, d.Readout = mode, ro
				for _, l := range []boltzmann.Layer{boltzmann.Hidden, boltzmann.Visible} {
					K, N := layerSizes(m, l)
					given := randomSpins(3*N, src)
					if units == boltzmann.Binary {
						given = boltzmann.ConvertStates(given, boltzmann.PM1, boltzmann.Binary)
					}
					got, err := d.LocalFields(m, given, l, src)
					if err != nil {
						t.Fatal(err)
					}
					want := digitalFields(m, l, given)
					scale := 0.0
					for _, w := range want {
						scale = math.Max(scale, math.Abs(w))
					}
					for i := range want {
						// ΔH = −2S: compare relative to the field scale
						if math.Abs(got[i]-want[i]) > 1e-9*math.Max(scale, 1) {
							t.Fatalf("%v %v %v %v: field %d = %.15g, digital %.15g (K=%d)", mode, ro, units, l, i, got[i], want[i], K)
						}
					}
				}
			}
		}
	}
}

// settings are noise settings for the mode-agreement tests.
var settings = []struct {
	name string
	set  func(d *Device)
}{
	{"shot", func(d *Device) { d.ShotPhotons = 2e4 }},
	{"shot+read", func(d *Device) { d.ShotPhotons = 5e3; d.ReadNoise = 3 }},
	{"drift", func(d *Device) { d.PowerDrift = 0.01 }},
	{"phase error+zernike+6bit", func(d *Device) {
		d.PhaseError = 0.2
		d.Zernike = []float64{0, 0.3, -0.2, 0.5, 0.1}
		d.SLMBits = 6
		d.ShotPhotons = 1e4
	}},
	{"spectral crosstalk", func(d *Device) { d.SpectralCrosstalk = 0.05; d.ShotPhotons = 1e4; d.FillFactor = 0.9 }},
	{"total readout", func(d *Device) { d.Readout = Total; d.ShotPhotons = 1e5; d.PowerDrift = 0.002 }},
}

// TestModeAgreementFields: for random models and noise settings the mean
// and variance of the measured ΔH of each unit agree between the optical
// and ideal modes within statistical error (independent streams, n = 400
// repetitions: |Δmean| < 5 standard errors, variance ratio within ±35%,
// about 5 sigma of the ratio of two 400-sample variances).
func TestModeAgreementFields(t *testing.T) {
	const n = 400
	for si, st := range settings {
		m := randomRBM(6, 5, 1, uint64(10+si))
		src := rng.New(uint64(20 + si))
		v := randomSpins(6, src)
		given := make([]float64, 0, n*6)
		for r := 0; r < n; r++ {
			given = append(given, v...)
		}
		var res [2][]float64
		for mi, mode := range []Mode{Optical, Ideal} {
			d := New()
			st.set(d)
			d.Mode = mode
			f, err := d.LocalFields(m, given, boltzmann.Hidden, rng.New(uint64(100*si+mi)))
			if err != nil {
				t.Fatal(err)
			}
			res[mi] = f
		}
		for k := 0; k < 5; k++ {
			var mu, vr [2]float64
			for mi := range res {
				for r := 0; r < n; r++ {
					mu[mi] += -2 * res[mi][r*5+k] / n
				}
				for r := 0; r < n; r++ {
					dd := -2*res[mi][r*5+k] - mu[mi]
					vr[mi] += dd * dd / (n - 1)
				}
			}
			se := math.Sqrt((vr[0] + vr[1]) / n)
			if math.Abs(mu[0]-mu[1]) > 5*se+1e-9 {
				t.Errorf("%s unit %d: mean ΔH optical %g, ideal %g (se %g)", st.name, k, mu[0], mu[1], se)
			}
			if vr[1] > 0 && math.Abs(vr[0]/vr[1]-1) > 0.35 {
				t.Errorf("%s unit %d: var ΔH optical %g, ideal %g", st.name, k, vr[0], vr[1])
			}
			if k == 0 && testing.Verbose() {
				t.Logf("%-26s unit 0: mean ΔH %.4f / %.4f, sd %.4f / %.4f", st.name, mu[0], mu[1], math.Sqrt(vr[0]), math.Sqrt(vr[1]))
			}
		}
	}
}

// histogram runs chains Gibbs steps through s and returns the empirical
// distribution over the 2^(nv+nh) joint states.
func histogram(t *testing.T, m *boltzmann.RBM, s boltzmann.Sampler, chains, steps int, seed uint64) []float64 {
	src := rng.New(seed)
	ch, err := m.NewChains(chains, nil, src)
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Gibbs(nil, ch, boltzmann.GibbsOptions{Steps: steps, Sampler: s, Rand: src}); err != nil {
		t.Fatal(err)
	}
	nv, nh := m.NVisible, m.NHidden
	h := make([]float64, 1<<(nv+nh))
	for c := 0; c < chains; c++ {
		idx := 0
		for i := 0; i < nv; i++ {
			if ch.V[c*nv+i] > 0 {
				idx |= 1 << i
			}
		}
		for j := 0; j < nh; j++ {
			if ch.H[c*nh+j] > 0 {
				idx |= 1 << (nv + j)
			}
		}
		h[idx] += 1 / float64(chains)
	}
	return h
}

// kl returns D_KL(p‖q) with q floored at 1/(10n) to keep it finite.
func kl(p, q []float64, n int) float64 {
	s := 0.0
	for i := range p {
		if p[i] > 0 {
			s += p[i] * math.Log(p[i]/math.Max(q[i], 0.1/float64(n)))
		}
	}
	return s
}

// TestModeAgreementDistribution: the sampled joint distributions of a 3×2
// RBM through the optical and the ideal device agree within a D_KL
// tolerance, with and without noise; at zero noise both match the exact
// Boltzmann distribution. With n = 20,000 chains and 32 states the
// plug-in D_KL of two independent histograms has mean ≈ 31/n ≈ 0.0016;
// the tolerance 0.01 is several times that.
func TestModeAgreementDistribution(t *testing.T) {
	const n = 20000
	m := randomRBM(3, 2, 0.7, 30)
	bm, exact := jointExact(m)
	_ = bm
	for si, st := range append([]struct {
		name string
		set  func(d *Device)
	}{{"ideal device", func(*Device) {}}}, settings[:4]...) {
		var hs [2][]float64
		for mi, mode := range []Mode{Optical, Ideal} {
			d := New()
			st.set(d)
			d.Mode = mode
			hs[mi] = histogram(t, m, d, n, 20, uint64(1000+10*si+mi))
		}
		dk := kl(hs[0], hs[1], n)
		t.Logf("%-26s D_KL(optical‖ideal) = %.5f, D_KL(optical‖exact) = %.5f", st.name, dk, kl(hs[0], exact, n))
		if dk > 0.01 {
			t.Errorf("%s: D_KL(optical‖ideal) = %g > 0.01", st.name, dk)
		}
		if si == 0 {
			if e := kl(hs[0], exact, n); e > 0.01 {
				t.Errorf("ideal device: D_KL(optical‖exact) = %g > 0.01", e)
			}
		}
	}
}

// jointExact returns the exact joint distribution of a small RBM in the
// histogram's state order.
func jointExact(m *boltzmann.RBM) (int, []float64) {
	nv, nh := m.NVisible, m.NHidden
	N := nv + nh
	p := make([]float64, 1<<N)
	z := 0.0
	v, h := make([]float64, nv), make([]float64, nh)
	for idx := range p {
		for i := 0; i < nv; i++ {
			v[i] = float64(2*((idx>>i)&1) - 1)
		}
		for j := 0; j < nh; j++ {
			h[j] = float64(2*((idx>>(nv+j))&1) - 1)
		}
		e, _ := m.Energy(v, h)
		p[idx] = math.Exp(-e / m.T)
		z += p[idx]
	}
	for i := range p {
		p[i] /= z
	}
	return N, p
}

// TestCrosstalkApproximation: with LC fringing the ideal mode is an
// interior-pixel approximation; its fields stay strongly correlated with
// the optical ones (not an equality: see the package doc).
func TestCrosstalkApproximation(t *testing.T) {
	m := randomRBM(20, 10, 1, 40)
	src := rng.New(41)
	given := randomSpins(20*20, src)
	var f [2][]float64
	for mi, mode := range []Mode{Optical, Ideal} {
		d := New()
		d.PixelCrosstalk = 0.03
		d.Mode = mode
		var err error
		f[mi], err = d.LocalFields(m, given, boltzmann.Hidden, src)
		if err != nil {
			t.Fatal(err)
		}
	}
	c := corr(f[0], f[1])
	ex := corr(f[0], digitalFields(m, boltzmann.Hidden, given))
	t.Logf("κ = 0.03: corr(optical, ideal) = %.4f, corr(optical, exact fields) = %.4f", c, ex)
	if c < 0.95 {
		t.Errorf("crosstalk: optical and ideal fields correlate only %.3f", c)
	}
}

func corr(a, b []float64) float64 {
	var ma, mb float64
	for i := range a {
		ma += a[i] / float64(len(a))
		mb += b[i] / float64(len(a))
	}
	var sab, saa, sbb float64
	for i := range a {
		sab += (a[i] - ma) * (b[i] - mb)
		saa += (a[i] - ma) * (a[i] - ma)
		sbb += (b[i] - mb) * (b[i] - mb)
	}
	return sab / math.Sqrt(saa*sbb)
}

func TestGeometryErrors(t *testing.T) {
	d := New()
	m, _ := boltzmann.NewRBM(784, 500, boltzmann.PM1, nil)
	ones := make([]float64, 784)
	for i := range ones {
		ones[i] = 1
	}
	_, err := d.LocalFields(m, ones, boltzmann.Hidden, nil)
	if err == nil || !strings.Contains(err.Error(), "SLM has 1080 rows") {
		t.Fatalf("784×500 on a 1920×1080 SLM: error %v, want one naming the 1080-row limit", err)
	}
	d.MacroPixel = 3
	if err := d.Check(); err == nil || !strings.Contains(err.Error(), "even") {
		t.Errorf("odd macro-pixel: %v", err)
	}
	d = New()
	d.SLMWidth = 3
	if _, err := d.Geometry(2, 2, boltzmann.Hidden); err == nil || !strings.Contains(err.Error(), "narrower") {
		t.Errorf("narrow SLM: %v", err)
	}
	// 196×196 fits the lab SLM; wider layers wrap onto several macro-pixel rows
	d = New()
	g, err := d.Geometry(196, 196, boltzmann.Hidden)
	if err != nil || g.Rows != 1 || g.BandW != 792 {
		t.Errorf("196×196: %+v %v", g, err)
	}
	g, err = d.Geometry(600, 100, boltzmann.Hidden)
	if err != nil || g.Rows != 2 {
		t.Errorf("600×100 should wrap onto 2 macro rows: %+v %v", g, err)
	}
}

func TestImages(t *testing.T) {
	d := New()
	m := randomRBM(5, 4, 1, 50)
	v := randomSpins(5, rng.New(51))
	ph, err := d.PhaseMask(m, v, boltzmann.Hidden, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ph.Rows != 4 || ph.Cols != 28 {
		t.Errorf("phase mask %d×%d, want 4×28", ph.Rows, ph.Cols)
	}
	for _, x := range ph.Data {
		if x < -1e-12 || x > 2*math.Pi+1e-12 {
			t.Fatalf("phase %g outside [0, 2π]", x)
		}
	}
	all, err := d.PhaseMask(m, v, boltzmann.Hidden, -1)
	if err != nil || all.Rows != 16 {
		t.Fatalf("all bands: %d rows, %v", all.Rows, err)
	}
	fp, err := d.FocalPlane(m, v, boltzmann.Hidden, 2)
	if err != nil {
		t.Fatal(err)
	}
	S := digitalFields(m, boltzmann.Hidden, v)
	want := math.Pow(1+S[2]/xi(m, boltzmann.Hidden), 2)
	got := fp.Data[(fp.Rows/2)*fp.Cols+fp.Cols/2]
	if math.Abs(got-want) > 1e-9 {
		t.Errorf("focal plane zeroth order %g, want %g", got, want)
	}
	// the focal-plane scale grows with the wavelength
	fp9, _ := d.FocalPlane(m, v, boltzmann.Hidden, 3)
	if !(fp9.DX > fp.DX) {
		t.Errorf("bin size does not grow with λ: %g, %g", fp.DX, fp9.DX)
	}
	if _, err := d.FocalPlane(m, v, boltzmann.Hidden, 4); err == nil {
		t.Error("band 4 of 4 accepted")
	}
}

// TestCameraWindow: a finite camera window integrates the sidelobes around
// the zeroth order, a systematic distortion of the fields that grows with
// the window.
func TestCameraWindow(t *testing.T) {
	m := randomRBM(8, 3, 1, 60)
	v := randomSpins(8, rng.New(61))
	want := digitalFields(m, boltzmann.Hidden, v)
	prev := 0.0
	// band 0's focal-plane bin: λf/(Pad·BandW·pitch) = 0.7µm·0.2m/(80·8µm) ≈ 219 µm
	for _, w := range []float64{1e-6, 500e-6, 1500e-6} {
		d := New()
		d.CameraWindow = w
		got, err := d.LocalFields(m, v, boltzmann.Hidden, nil)
		if err != nil {
			t.Fatal(err)
		}
		e := 0.0
		for i := range got {
			e = math.Max(e, math.Abs(got[i]-want[i]))
		}
		t.Logf("window %.0f µm: max field error %.3g", w*1e6, e)
		if w == 1e-6 && e > 1e-9 {
			t.Errorf("window inside the DC bin: error %g", e)
		}
		if w > 1e-6 && e <= prev {
			t.Errorf("window %g: error %g does not grow", w, e)
		}
		prev = e
	}
}

func TestEstimate(t *testing.T) {
	d := New()
	m, _ := boltzmann.NewRBM(196, 196, boltzmann.PM1, nil)
	e, err := d.Estimate(m)
	if err != nil {
		t.Fatal(err)
	}
	frame := 1.0/60 + 1e-3
	if math.Abs(e.FrameTime-frame) > 1e-12 || math.Abs(e.GibbsStep-4*frame) > 1e-12 || !e.Fits {
		t.Errorf("lab estimate: %+v", e)
	}
	t.Logf("lab, 196×196:\n%s", e)
	g := GHzDevice()
	big := &boltzmann.RBM{NVisible: 100000, NHidden: 100000}
	e, err = g.Estimate(big)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("GHz, 10^5×10^5:\n%s", e)
	if math.Abs(e.PaperOps/2e14-1) > 0.01 {
		t.Errorf("GHz projection: %g op/s, paper ~2e14", e.PaperOps)
	}
	if e.Fits || !strings.Contains(e.Limit, "rows") {
		t.Errorf("10^5 spins per layer with 2×2 macro-pixels should not fit 10^10 pixels: %q", e.Limit)
	}
	if math.Abs(e.GibbsStep-2*100001e-9) > 1e-12 {
		t.Errorf("GHz Gibbs step %g", e.GibbsStep)
	}
}
