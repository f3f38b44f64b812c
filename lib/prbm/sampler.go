package prbm

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"sync"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"github.com/lumenlab/lumen/lib/rng"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// blockChains is the number of chains per random substream and work item:
// results do not depend on GOMAXPROCS.
const blockChains = 8

// SampleLayer implements boltzmann.Sampler: it measures the local fields of
// the requested layer through the device and draws each spin +1 with
// probability σ(−ΔH/T), ΔH = −2S the measured energy change of the flip.
// 0/1 models are run as their exact ±1 equivalent.
func (d *Device) SampleLayer(r *boltzmann.LayerRequest) error {
	if err := r.Check(); err != nil {
		return err
	}
	if d.Mode == Ideal {
		S := r.Fields
		var buf *[]float64
		if S == nil {
			buf = getBuf(len(r.Out))
			S = *buf
		}
		err := d.ideal(r.Model, r.Layer, r.Given, r.Chains, S, r.Out, r.T, rng.New(r.Rand.Uint64()))
		if buf != nil {
			bufPool.Put(buf)
		}
		if err == nil && r.Fields != nil {
			r.HasFields = true
		}
		return err
	}
	pm, given, err := toPM1(r.Model, r.Layer, r.Given)
	if err != nil {
		return err
	}
	width, _ := layerSizes(pm, r.Layer)
	S := r.Fields
	if S == nil {
		S = make([]float64, len(r.Out))
	}
	src := rng.New(r.Rand.Uint64())
	if err := d.measure(pm, r.Layer, given, r.Chains, S, src.Split(0)); err != nil {
		return err
	}
	draw(S, r.Out, r.T, r.Model.Units, r.Chains, width, src.Split(1))
	if r.Model.Units == boltzmann.Binary {
		for i := range S {
			S[i] *= 2
		}
	}
	if r.Fields != nil {
		r.HasFields = true
	}
	return nil
}

// bufPool recycles the field buffers of ideal-mode requests that do not
// ask for the fields.
var bufPool sync.Pool

func getBuf(n int) *[]float64 {
	if b, ok := bufPool.Get().(*[]float64); ok && cap(*b) >= n {
		*b = (*b)[:n]
		return b
	}
	b := make([]float64, n)
	return &b
}

// LocalFields returns the measured local fields (chains × size of layer, in
// the model's units, bias included) of layer given the other layer's states
// (chains × its size); src drives the noise (nil: a fixed stream).
// ΔH = −2S for ±1 spins.
func (d *Device) LocalFields(m *boltzmann.RBM, states []float64, l boltzmann.Layer, src *rng.Source) ([]float64, error) {
	if m == nil {
		return nil, fmt.Errorf("prbm: model is nil")
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	width, other := layerSizes(m, l)
	if other == 0 || len(states)%other != 0 {
		return nil, fmt.Errorf("prbm: %d states are not a whole number of %s-layer rows of %d", len(states), otherLayer(l), other)
	}
	chains := len(states) / other
	if src == nil {
		src = rng.New(1)
	}
	S := make([]float64, chains*width)
	if d.Mode == Ideal {
		if err := d.ideal(m, l, states, chains, S, nil, 1, src); err != nil {
			return nil, err
		}
		return S, nil
	}
	pm, given, err := toPM1(m, l, states)
	if err != nil {
		return nil, err
	}
	if err := d.measure(pm, l, given, chains, S, src); err != nil {
		return nil, err
	}
	if m.Units == boltzmann.Binary {
		for i := range S {
			S[i] *= 2
		}
	}
	return S, nil
}

func otherLayer(l boltzmann.Layer) boltzmann.Layer {
	if l == boltzmann.Hidden {
		return boltzmann.Visible
	}
	return boltzmann.Hidden
}

// checkStates reports an error unless every state is ±1 (PM1) or 0/1
// (Binary). The tests need no branch per value: ±1 are the only numbers
// whose bits without the sign bit are those of 1, and z(z−1) is 0 only for
// z = 0, 1 (NaN propagates).
func checkStates(u boltzmann.Units, l boltzmann.Layer, given []float64) error {
	ok := true
	if u == boltzmann.PM1 {
		const one = 0x3ff0000000000000
		var bad uint64
		for _, s := range given {
			bad |= (math.Float64bits(s) &^ (1 << 63)) ^ one
		}
		ok = bad == 0
	} else {
		acc := 0.0
		for _, z := range given {
			acc += math.Abs(z * (z - 1))
		}
		ok = acc == 0
	}
	if ok {
		return nil
	}
	for _, s := range given {
		if u == boltzmann.PM1 && s != 1 && s != -1 {
			return fmt.Errorf("prbm: %s states must be ±1, got %g", otherLayer(l), s)
		}
		if u == boltzmann.Binary && s != 0 && s != 1 {
			return fmt.Errorf("prbm: %s states must be 0/1, got %g", otherLayer(l), s)
		}
	}
	return nil
}

// toPM1 returns the ±1 model and ±1 states of the given layer.
func toPM1(m *boltzmann.RBM, l boltzmann.Layer, given []float64) (*boltzmann.RBM, []float64, error) {
	if err := checkStates(m.Units, l, given); err != nil {
		return nil, nil, err
	}
	if m.Units == boltzmann.PM1 {
		return m, given, nil
	}
	pm, _, err := m.Convert(boltzmann.PM1)
	if err != nil {
		return nil, nil, err
	}
	g := make([]float64, len(given))
	for i, z := range given {
		g[i] = 2*z - 1
	}
	return pm, g, nil
}

// draw samples spins +1 with probability σ(2S/T) into out (model units).
func draw(S, out []float64, T float64, u boltzmann.Units, chains, width int, src *rng.Source) {
	lo := -1.0
	if u == boltzmann.Binary {
		lo = 0
	}
	blocks := (chains + blockChains - 1) / blockChains
	boltzmann.ParallelFor(blocks, func(b int) {
		lo0, hi0 := b*blockChains*width, min((b+1)*blockChains, chains)*width
		drawRange(S[lo0:hi0], out[lo0:hi0], 2/T, lo, src.Split(uint64(b)))
	})
}

// exp2Table[j] = 2^(j/32).
var exp2Table = func() (t [32]float64) {
	for j := range t {
		t[j] = math.Exp2(float64(j) / 32)
	}
	return
}()

// drawRange draws x = 1 with probability σ(scale·f), else lo, for each
// field f (the digital sampler's fast path, written out so that the
// exponential inlines): the first pass stores the probabilities in out
// (e^x = 2^n·2^(j/32)·e^r, |r| ≤ ln2/64, e^r by a degree-5 polynomial,
// relative error below 1e-13), the second compares 53-bit uniforms with them
// without branches.
func drawRange(fields, out []float64, scale, lo float64, s *rng.Source) {
	out = out[:len(fields)]
	for k, f := range fields {
		x := -scale * f
		x = max(-700, min(700, x))
		const k32 = 32 / math.Ln2
		const ln2hi = 6.93147180369123816490e-01 / 32
		const ln2lo = 1.90821492927058770002e-10 / 32
		const round = 6755399441055744.0 // 1.5·2^52: adding it rounds to an integer
		kf := (x*k32 + round) - round
		ki := int64(kf)
		r := x - kf*ln2hi - kf*ln2lo
		e := (1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))) * exp2Table[ki&31] * math.Float64frombits(uint64((ki>>5)+1023)<<52)
		out[k] = 1 / (1 + e)
	}
	d := 1 - lo
	for k, p := range out {
		thr := uint64(p * (1 << 53))
		_, below := bits.Sub64(s.Uint64()>>11, thr, 0) // 1 iff u < p
		out[k] = lo + d*float64(below)
	}
}

// measure writes the measured ±1 local fields S (chains × bands) of layer l
// in optical mode.
func (d *Device) measure(m *boltzmann.RBM, l boltzmann.Layer, given []float64, chains int, S []float64, src *rng.Source) error {
	g, err := d.Geometry(m.NVisible, m.NHidden, l)
	if err != nil {
		return err
	}
	if chains == 0 || g.Bands == 0 {
		return nil
	}
	return d.measureOptical(m, l, g, given, chains, S, src)
}

func (d *Device) measureOptical(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, given []float64, chains int, S []float64, src *rng.Source) error {
	fft := d.useFFT()
	pl := d.plan(m, l, g, fft || d.PixelCrosstalk > 0)
	K, N := g.Bands, g.NOther
	dt := d.newDetector(g, pl.xi)
	blocks := (chains + blockChains - 1) / blockChains
	boltzmann.ParallelFor(blocks, func(b int) {
		nz := newNoise(src.Split(uint64(b)))
		Ip, Im, tmp := make([]float64, K), make([]float64, K), make([]float64, 2*K)
		ph := make([]float64, g.BandH*g.BandW)
		var f *fft2
		var field, buf []complex128
		if fft {
			f = newFFT2(d.Pad*g.BandH, d.Pad*g.BandW)
			field = make([]complex128, g.BandH*g.BandW)
			buf = make([]complex128, f.nx*f.ny)
		}
		for c := b * blockChains; c < min((b+1)*blockChains, chains); c++ {
			gv := given[c*N : (c+1)*N]
			for k := 0; k < K; k++ {
				if fft {
					d.focal(pl, k, gv, 1, f, ph, field, buf)
					Ip[k] = d.windowIntensity(pl, k, f, buf)
					d.focal(pl, k, gv, -1, f, ph, field, buf)
					Im[k] = d.windowIntensity(pl, k, f, buf)
					continue
				}
				ep, em := d.zeroOrderPair(pl, k, gv, ph)
				Ip[k] = real(ep)*real(ep) + imag(ep)*imag(ep)
				Im[k] = real(em)*real(em) + imag(em)*imag(em)
			}
			dt.detect(Ip, Im, S[c*K:(c+1)*K], nz, tmp)
		}
	})
	return nil
}

// ideal holds the analytic coefficients of one layer update: in the frame
// where region I's zeroth-order field is real and positive, the rotated
// fields R' = Σ_i (WR + i·WI)_ik s_i + (bR + i·bI)_k and the region-I
// amplitude gI_k.
type ideal struct {
	WR, WI []float64 // N×K
	bR, bI []float64
	gI     []float64
	hasIm  bool
}

// cachedIdeal remembers what ideal coefficients were computed from: they
// are reused only while the model's W and biases, the static SLM field, the
// quantisation and the pixel crosstalk are unchanged.
type cachedIdeal struct {
	w, b  []float64
	st    *staticField
	bits  int
	kappa float64
	id    *ideal
	x     float64
}

// idealCached returns the (cached) ideal coefficients of the ±1
// equivalent of m for updating layer l, and ξ.
func (d *Device) idealCached(m *boltzmann.RBM, l boltzmann.Layer, g Geometry) (*ideal, float64, error) {
	key := planKey{m: m, l: l, g: g}
	b := m.B
	if l == boltzmann.Visible {
		b = m.A
	}
	st := d.static(g)
	d.mu.Lock()
	c, ok := d.ideals[key]
	d.mu.Unlock()
	if ok && c.st == st && c.bits == d.SLMBits && c.kappa == d.PixelCrosstalk && sameFloats(c.w, m.W) && sameFloats(c.b, b) {
		return c.id, c.x, nil
	}
	pm := m
	if m.Units != boltzmann.PM1 {
		var err error
		if pm, _, err = m.Convert(boltzmann.PM1); err != nil {
			return nil, 0, err
		}
	}
	id, x := d.idealCoefficients(pm, l, g)
	d.mu.Lock()
	if d.ideals == nil || len(d.ideals) > 8 {
		d.ideals = map[planKey]*cachedIdeal{}
	}
	d.ideals[key] = &cachedIdeal{w: append([]float64(nil), m.W...), b: append([]float64(nil), b...), st: st, bits: d.SLMBits, kappa: d.PixelCrosstalk, id: id, x: x}
	d.mu.Unlock()
	return id, x, nil
}

func (d *Device) idealCoefficients(m *boltzmann.RBM, l boltzmann.Layer, g Geometry) (*ideal, float64) {
	pl := d.newPlan(m, l, g, false)
	if d.PixelCrosstalk > 0 {
		// interior-pixel approximation of the fringing: both neighbours
		// of a checkerboard pixel along each axis carry −α, so α → (1−8κ)α
		nm := g.Rows * g.Cols
		for k := 0; k < g.Bands; k++ {
			for mp := 0; mp < nm; mp++ {
				a := amplitude(m, l, g, pl.xi, k, mp)
				phi := 0.0
				if a < 0 {
					phi = math.Pi
				}
				al := (1 - 8*d.PixelCrosstalk) * d.quantAlpha(a)
				i := k*nm + mp
				pl.cP[i] = complex(math.Cos(phaseOffset+phi+al), math.Sin(phaseOffset+phi+al))
				pl.cM[i] = complex(math.Cos(phaseOffset+phi-al), math.Sin(phaseOffset+phi-al))
			}
		}
	}
	K, N := g.Bands, g.NOther
	nm := g.Rows * g.Cols
	id := &ideal{WR: make([]float64, N*K), WI: make([]float64, N*K), bR: make([]float64, K), bI: make([]float64, K), gI: make([]float64, K)}
	for k := 0; k < K; k++ {
		c := func(mp int) complex128 {
			i := k*nm + mp
			return pl.cP[i]*pl.st.P[i] + pl.cM[i]*pl.st.Q[i]
		}
		cI := c(0)
		gI := math.Hypot(real(cI), imag(cI))
		u := complex(1, 0)
		if gI > 0 {
			u = complex(real(cI)/gI, -imag(cI)/gI)
		}
		id.gI[k] = gI
		for mp := 1; mp < nm; mp++ {
			v := u * c(mp)
			if mp <= N {
				id.WR[(mp-1)*K+k], id.WI[(mp-1)*K+k] = real(v), imag(v)
			} else {
				id.bR[k] += real(v)
				id.bI[k] += imag(v)
			}
		}
	}
	for i := range id.WI {
		if math.Abs(id.WI[i]) > 1e-15 {
			id.hasIm = true
			break
		}
	}
	for k := range id.bI {
		if math.Abs(id.bI[k]) > 1e-15 {
			id.hasIm = true
		}
	}
	return id, pl.xi
}

// ideal measures the local fields S (model units) of layer l in ideal mode
// and, when out is not nil, draws the layer at temperature T, fused per
// block of chains. Without static SLM disorder, quantisation or pixel
// crosstalk the fields are the digital sampler's product with the model's W
// itself (the coefficients are W/ξ and region I's amplitude is 1, so ξ
// cancels); the camera noise is then applied to the normalised fields
// r = S/ξ, I(±) = (1 ± r)². Otherwise the rotated coefficients of the ±1
// model are multiplied in (see the package doc).
func (d *Device) ideal(m *boltzmann.RBM, l boltzmann.Layer, given []float64, chains int, S, out []float64, T float64, src *rng.Source) error {
	g, err := d.Geometry(m.NVisible, m.NHidden, l)
	if err != nil {
		return err
	}
	if err := checkStates(m.Units, l, given); err != nil {
		return err
	}
	K, N := g.Bands, g.NOther
	if chains == 0 || K == 0 {
		return nil
	}
	u, lo := 1.0, -1.0 // S_±1 = u·S
	if m.Units == boltzmann.Binary {
		u, lo = 0.5, 0
	}
	needI := d.noisy() || d.Readout == Total || d.SpectralCrosstalk > 0
	exact := !d.staticDisorder() && d.SLMBits == 0 && d.PixelCrosstalk == 0
	var id *ideal
	var im []float64
	x := 1.0
	if exact {
		modelFields(m, l, given, chains, S)
		if needI {
			x = xiPM1(m, l)
		}
	} else {
		id, x, err = d.idealCached(m, l, g)
		if err != nil {
			return err
		}
		gv := given
		if m.Units == boltzmann.Binary {
			gv = make([]float64, len(given))
			for i, z := range given {
				gv[i] = 2*z - 1
			}
		}
		for c := 0; c < chains; c++ {
			copy(S[c*K:(c+1)*K], id.bR)
		}
		impl := blas64.Implementation()
		impl.Dgemm(blas.NoTrans, blas.NoTrans, chains, K, N, 1, gv, N, id.WR, K, 1, S, K)
		if id.hasIm && needI {
			im = make([]float64, chains*K)
			for c := 0; c < chains; c++ {
				copy(im[c*K:(c+1)*K], id.bI)
			}
			impl.Dgemm(blas.NoTrans, blas.NoTrans, chains, K, N, 1, gv, N, id.WI, K, 1, im, K)
		}
	}
	if exact && !needI && out == nil {
		return nil
	}
	dt := d.newDetector(g, x)
	fused := d.Readout == PerWavelength && d.SpectralCrosstalk == 0
	scale := 2 * u / T
	blocks := (chains + blockChains - 1) / blockChains
	boltzmann.ParallelFor(blocks, func(b int) {
		c0, c1 := b*blockChains, min((b+1)*blockChains, chains)
		seg := S[c0*K : c1*K]
		s := src.Split(uint64(b))
		var nz noise
		if needI {
			nz = newNoise(s)
		}
		var Ip, Im, tmp []float64
		if needI && !fused {
			Ip, Im, tmp = make([]float64, K), make([]float64, K), make([]float64, 2*K)
		}
		switch {
		case exact && !needI:
			// the fields are final
		case exact && fused:
			inv := u / x
			for i, f := range seg {
				r := f * inv
				seg[i] = dt.pair(1+r*(2+r), 1+r*(r-2), nz) / u
			}
		case !needI:
			// D = I(+) − I(−) = 4·gI·Re R', S = ξ·D/4
			for i := range seg {
				seg[i] = x * id.gI[i%K] * seg[i] / u
			}
		default:
			for c := c0; c < c1; c++ {
				row := S[c*K : (c+1)*K]
				for k, r := range row {
					gI, q := 1.0, 0.0
					if id != nil {
						gI = id.gI[k]
					} else {
						r *= u / x
					}
					q = r * r
					if im != nil {
						q += im[c*K+k] * im[c*K+k]
					}
					if fused {
						row[k] = dt.pair(gI*gI+2*gI*r+q, gI*gI-2*gI*r+q, nz) / u
						continue
					}
					Ip[k] = gI*gI + 2*gI*r + q
					Im[k] = gI*gI - 2*gI*r + q
				}
				if !fused {
					dt.detect(Ip, Im, row, nz, tmp)
					for k := range row {
						row[k] /= u
					}
				}
			}
		}
		if out != nil {
			drawRange(seg, out[c0*K:c1*K], scale, lo, s)
		}
	})
	return nil
}

// modelFields writes the local fields of layer l in the model's units, bias
// included, exactly as the digital sampler computes them.
func modelFields(m *boltzmann.RBM, l boltzmann.Layer, given []float64, n int, S []float64) {
	nv, nh := m.NVisible, m.NHidden
	impl := blas64.Implementation()
	if l == boltzmann.Hidden {
		for r := 0; r < n; r++ {
			copy(S[r*nh:(r+1)*nh], m.B)
		}
		impl.Dgemm(blas.NoTrans, blas.NoTrans, n, nh, nv, 1, given, nv, m.W, nh, 1, S, nh)
		return
	}
	for r := 0; r < n; r++ {
		copy(S[r*nv:(r+1)*nv], m.A)
	}
	impl.Dgemm(blas.NoTrans, blas.Trans, n, nv, nh, 1, given, nh, m.W, nh, 1, S, nv)
}

// xiPM1 is ξ of the ±1 equivalent of m for updating layer l, without
// converting the model: for 0/1 units W_± = W/4 and the bias of layer l is
// b/2 + (column or row sums of W)/4.
func xiPM1(m *boltzmann.RBM, l boltzmann.Layer) float64 {
	if m.Units == boltzmann.PM1 {
		return xi(m, l)
	}
	nv, nh := m.NVisible, m.NHidden
	x := 0.0
	for _, w := range m.W {
		x = max(x, math.Abs(w)/4)
	}
	if l == boltzmann.Hidden {
		sum := make([]float64, nh)
		for i := 0; i < nv; i++ {
			for j, w := range m.W[i*nh : (i+1)*nh] {
				sum[j] += w
			}
		}
		for j, b := range m.B {
			x = max(x, math.Abs(b/2+sum[j]/4))
		}
	} else {
		for i, a := range m.A {
			sum := 0.0
			for _, w := range m.W[i*nh : (i+1)*nh] {
				sum += w
			}
			x = max(x, math.Abs(a/2+sum/4))
		}
	}
	if x == 0 {
		return 1
	}
	return x
}

// detector is the camera's per-exposure noise model.
type detector struct {
	noisy    bool
	phot     float64 // counts per unit normalised intensity; 0: no shot noise
	read     float64 // read noise, counts rms
	drift    float64 // rms relative power fluctuation per exposure
	x        float64 // ξ
	total    bool    // Total readout
	spectral float64
}

func (d *Device) newDetector(g Geometry, x float64) detector {
	full := float64(g.Rows * g.Cols)
	full *= full // intensity of a fully in-phase band
	F := d.fill()
	dt := detector{noisy: d.noisy(), read: d.ReadNoise, drift: d.PowerDrift, x: x, total: d.Readout == Total, spectral: d.SpectralCrosstalk}
	if d.ShotPhotons > 0 {
		dt.phot = d.ShotPhotons * F * F / full
	}
	return dt
}

// noise is a block's random stream and a fast (ziggurat) normal generator
// drawing from it.
type noise struct {
	s *rng.Source
	r *rand.Rand
}

func newNoise(s *rng.Source) noise { return noise{s: s, r: rand.New(s)} }

// expose returns one exposure's measured intensity Î of a true normalised
// intensity I: power drift, Poisson photon counts, read noise.
func (dt *detector) expose(I float64, nz noise) float64 {
	if !dt.noisy {
		return I
	}
	scale := 1.0
	if dt.drift > 0 {
		scale += dt.drift * nz.r.NormFloat64()
	}
	if dt.phot == 0 {
		return I * scale
	}
	n := poisson(dt.phot*I*scale, nz)
	if dt.read > 0 {
		n += dt.read * nz.r.NormFloat64()
	}
	return n / dt.phot
}

// pair returns the measured field ξ·(Î(+) − Î(−))/4 of one wavelength read
// on its own spot. With shot (and read) noise and no drift, when both mean
// counts are ≥ 30 (where poisson draws a rounded normal) the difference of
// the two counts is drawn as one normal of the same mean and variance
// μ₊ + μ₋ + 2σ_read² + 2/12 (the last term is the rounding).
func (dt *detector) pair(Ip, Im float64, nz noise) float64 {
	if dt.noisy && dt.drift == 0 && dt.phot > 0 {
		mp, mm := dt.phot*Ip, dt.phot*Im
		if mp >= 30 && mm >= 30 {
			sd := math.Sqrt(mp + mm + 2*dt.read*dt.read + 1.0/6)
			return dt.x * (Ip - Im + sd*nz.r.NormFloat64()/dt.phot) / 4
		}
	}
	return dt.x * (dt.expose(Ip, nz) - dt.expose(Im, nz)) / 4
}

// detect turns the zeroth-order intensities of the two exposures of every
// wavelength into measured local fields S = ξ·(Î(+) − Î(−))/4 (see the
// package doc); tmp has room for 2K values.
func (dt *detector) detect(Ip, Im, S []float64, nz noise, tmp []float64) {
	K := len(Ip)
	if dt.total {
		ref := 0.0
		for k := 0; k < K; k++ {
			ref += Ip[k]
		}
		r := dt.expose(ref, nz)
		for k := 0; k < K; k++ {
			S[k] = dt.x * (r - dt.expose(ref-Ip[k]+Im[k], nz)) / 4
		}
		return
	}
	if c := dt.spectral; c > 0 {
		mp, mm := tmp[:K], tmp[K:2*K]
		for k := 0; k < K; k++ {
			mp[k], mm[k] = Ip[k], Im[k]
			if k > 0 {
				mp[k] += c * Ip[k-1]
				mm[k] += c * Im[k-1]
			}
			if k < K-1 {
				mp[k] += c * Ip[k+1]
				mm[k] += c * Im[k+1]
			}
		}
		Ip, Im = mp, mm
	}
	for k := 0; k < K; k++ {
		S[k] = dt.pair(Ip[k], Im[k], nz)
	}
}

// poisson draws a Poisson count of mean mu: below 30 by inversion (one
// uniform, the CDF summed from e^−mu), else a rounded normal (mu + √mu·z,
// at least 0).
func poisson(mu float64, nz noise) float64 {
	if mu <= 0 {
		return 0
	}
	if mu < 30 {
		p := expFast(-mu)
		u := nz.s.Float64()
		F, k := p, 0
		for u >= F && k < len(invK)-1 { // the bound guards against F rounding below 1
			k++
			p *= mu * invK[k] // a multiply, not a divide, on the dependency chain
			F += p
		}
		return float64(k)
	}
	return math.Max(0, math.Round(mu+math.Sqrt(mu)*nz.r.NormFloat64()))
}

// invK[k] = 1/k.
var invK = func() (t [256]float64) {
	for k := 1; k < len(t); k++ {
		t[k] = 1 / float64(k)
	}
	return
}()

// expFast returns e^x (relative error below 1e-13 for |x| ≤ 700, saturating
// outside), the polynomial of drawRange.
func expFast(x float64) float64 {
	x = max(-700, min(700, x))
	const k32 = 32 / math.Ln2
	const ln2hi = 6.93147180369123816490e-01 / 32
	const ln2lo = 1.90821492927058770002e-10 / 32
	const round = 6755399441055744.0
	kf := (x*k32 + round) - round
	ki := int64(kf)
	r := x - kf*ln2hi - kf*ln2lo
	return (1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))) * exp2Table[ki&31] * math.Float64frombits(uint64((ki>>5)+1023)<<52)
}
