package prbm

import (
	"fmt"
	"math"

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
	pm, given, err := toPM1(m, l, states)
	if err != nil {
		return nil, err
	}
	if src == nil {
		src = rng.New(1)
	}
	S := make([]float64, chains*width)
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

// toPM1 returns the ±1 model and ±1 states of the given layer.
func toPM1(m *boltzmann.RBM, l boltzmann.Layer, given []float64) (*boltzmann.RBM, []float64, error) {
	if m.Units == boltzmann.PM1 {
		for _, s := range given {
			if s != 1 && s != -1 {
				return nil, nil, fmt.Errorf("prbm: %s states must be ±1, got %g", otherLayer(l), s)
			}
		}
		return m, given, nil
	}
	pm, _, err := m.Convert(boltzmann.PM1)
	if err != nil {
		return nil, nil, err
	}
	g := make([]float64, len(given))
	for i, z := range given {
		if z != 0 && z != 1 {
			return nil, nil, fmt.Errorf("prbm: %s states must be 0/1, got %g", otherLayer(l), z)
		}
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
		s := src.Split(uint64(b))
		lo0, hi0 := b*blockChains*width, min((b+1)*blockChains, chains)*width
		for i := lo0; i < hi0; i++ {
			dH := -2 * S[i]
			p := boltzmann.Sigmoid(-dH / T)
			if s.Float64() < p {
				out[i] = 1
			} else {
				out[i] = lo
			}
		}
	})
}

// measure writes the measured ±1 local fields S (chains × bands) of layer l.
func (d *Device) measure(m *boltzmann.RBM, l boltzmann.Layer, given []float64, chains int, S []float64, src *rng.Source) error {
	g, err := d.Geometry(m.NVisible, m.NHidden, l)
	if err != nil {
		return err
	}
	if chains == 0 || g.Bands == 0 {
		return nil
	}
	if d.Mode == Ideal {
		return d.measureIdeal(m, l, g, given, chains, S, src)
	}
	return d.measureOptical(m, l, g, given, chains, S, src)
}

func (d *Device) measureOptical(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, given []float64, chains int, S []float64, src *rng.Source) error {
	fft := d.useFFT()
	pl := d.plan(m, l, g, fft || d.PixelCrosstalk > 0)
	K, N := g.Bands, g.NOther
	blocks := (chains + blockChains - 1) / blockChains
	boltzmann.ParallelFor(blocks, func(b int) {
		s := src.Split(uint64(b))
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
			d.detect(g, Ip, Im, nil, S[c*K:(c+1)*K], pl.xi, s, tmp)
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

func (d *Device) measureIdeal(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, given []float64, chains int, S []float64, src *rng.Source) error {
	K, N := g.Bands, g.NOther
	exact := !d.staticDisorder() && d.SLMBits == 0 && d.PixelCrosstalk == 0
	needI := d.noisy() || d.Readout == Total || (d.SpectralCrosstalk > 0)
	var id *ideal
	var x float64
	re := make([]float64, chains*K)
	var im []float64
	if exact {
		// coefficients are W/ξ, gI = 1: one product with the model's W
		x = xi(m, l)
		bias := m.B
		if l == boltzmann.Visible {
			bias = m.A
		}
		for c := 0; c < chains; c++ {
			row := re[c*K : (c+1)*K]
			for k := range row {
				row[k] = bias[k] / x
			}
		}
		tb := blas.NoTrans
		if l == boltzmann.Visible {
			tb = blas.Trans
		}
		blas64.Implementation().Dgemm(blas.NoTrans, tb, chains, K, N, 1/x, given, N, m.W, m.NHidden, 1, re, K)
	} else {
		id, x = d.idealCoefficients(m, l, g)
		for c := 0; c < chains; c++ {
			copy(re[c*K:(c+1)*K], id.bR)
		}
		blas64.Implementation().Dgemm(blas.NoTrans, blas.NoTrans, chains, K, N, 1, given, N, id.WR, K, 1, re, K)
		if id.hasIm && needI {
			im = make([]float64, chains*K)
			for c := 0; c < chains; c++ {
				copy(im[c*K:(c+1)*K], id.bI)
			}
			blas64.Implementation().Dgemm(blas.NoTrans, blas.NoTrans, chains, K, N, 1, given, N, id.WI, K, 1, im, K)
		}
	}
	if !needI {
		// D = I(+) − I(−) = 4·gI·Re R', S = ξ·D/4
		for c := 0; c < chains; c++ {
			for k := 0; k < K; k++ {
				gI := 1.0
				if id != nil {
					gI = id.gI[k]
				}
				S[c*K+k] = x * gI * re[c*K+k]
			}
		}
		return nil
	}
	blocks := (chains + blockChains - 1) / blockChains
	boltzmann.ParallelFor(blocks, func(b int) {
		s := src.Split(uint64(b))
		Ip, Im, tmp := make([]float64, K), make([]float64, K), make([]float64, 2*K)
		for c := b * blockChains; c < min((b+1)*blockChains, chains); c++ {
			for k := 0; k < K; k++ {
				gI := 1.0
				if id != nil {
					gI = id.gI[k]
				}
				r := re[c*K+k]
				q := r * r
				if im != nil {
					q += im[c*K+k] * im[c*K+k]
				}
				Ip[k] = gI*gI + 2*gI*r + q
				Im[k] = gI*gI - 2*gI*r + q
			}
			d.detect(g, Ip, Im, nil, S[c*K:(c+1)*K], x, s, tmp)
		}
	})
	return nil
}

// detect turns the zeroth-order intensities of the two exposures into
// measured local fields S = ξ·(Î(+) − Î(−))/4 (see the package doc).
func (d *Device) detect(g Geometry, Ip, Im, _ []float64, S []float64, x float64, src *rng.Source, tmp []float64) {
	K := len(Ip)
	full := float64(g.Rows * g.Cols)
	full *= full // intensity of a fully in-phase band
	F := d.fill()
	expose := func(I float64) float64 {
		if !d.noisy() {
			return I
		}
		scale := 1.0
		if d.PowerDrift > 0 {
			scale += d.PowerDrift * src.NormFloat64()
		}
		if d.ShotPhotons == 0 {
			return I * scale
		}
		phot := d.ShotPhotons * F * F / full
		n := poisson(phot*I*scale, src)
		if d.ReadNoise > 0 {
			n += d.ReadNoise * src.NormFloat64()
		}
		return n / phot
	}
	if d.Readout == Total {
		ref := 0.0
		for k := 0; k < K; k++ {
			ref += Ip[k]
		}
		r := expose(ref)
		for k := 0; k < K; k++ {
			S[k] = x * (r - expose(ref-Ip[k]+Im[k])) / 4
		}
		return
	}
	if c := d.SpectralCrosstalk; c > 0 {
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
		S[k] = x * (expose(Ip[k]) - expose(Im[k])) / 4
	}
}

// poisson draws a Poisson count of mean mu: by multiplication of uniforms
// below 30, else rounded normal (mu + √mu·z, at least 0).
func poisson(mu float64, src *rng.Source) float64 {
	if mu <= 0 {
		return 0
	}
	if mu < 30 {
		l := math.Exp(-mu)
		k, p := 0.0, 1.0
		for {
			p *= src.Float64()
			if p <= l {
				return k
			}
			k++
		}
	}
	return math.Max(0, math.Round(mu+math.Sqrt(mu)*src.NormFloat64()))
}
