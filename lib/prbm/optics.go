package prbm

import (
	"math"
	"math/cmplx"

	"github.com/lumenlab/lumen/lib/boltzmann"
	"gonum.org/v1/gonum/dsp/fourier"
)

// phaseOffset is the global phase added to every pixel so that the commanded
// phases π/2 + φ ± α (φ ∈ {0, π}, α ∈ [0, π/2]) lie in [0, 2π] without
// wrapping; a global phase does not change any intensity.
const phaseOffset = math.Pi / 2

// staticField holds the static per-pixel factors exp(iε) of the bands of one
// geometry (phase error and aberrations) and their checkerboard sums per
// macro-pixel, normalised by p².
type staticField struct {
	pix  []complex128 // Bands×BandH×BandW, nil when there is no disorder
	P, Q []complex128 // Bands×(Rows·Cols): Σ over even / odd pixels of exp(iε) / p²
}

type geomKey struct {
	g        Geometry
	w, h     int
	pe       float64
	seed     uint64
	z        [11]float64
	l0, dl   float64
	disorder bool
}

func (d *Device) static(g Geometry) *staticField {
	key := geomKey{g: g, w: d.SLMWidth, h: d.SLMHeight, pe: d.PhaseError, seed: d.Seed, l0: d.Wavelength0, dl: d.WavelengthStep, disorder: d.staticDisorder()}
	copy(key.z[:], d.Zernike)
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.cache[key]; ok {
		return s
	}
	nm := g.Rows * g.Cols
	s := &staticField{P: make([]complex128, g.Bands*nm), Q: make([]complex128, g.Bands*nm)}
	p := g.P
	inv := 1 / float64(p*p)
	if !key.disorder {
		for i := range s.P {
			s.P[i], s.Q[i] = 0.5, 0.5
		}
	} else {
		s.pix = make([]complex128, g.Bands*g.BandH*g.BandW)
		rad := 0.5 * math.Hypot(float64(d.SLMWidth), float64(d.SLMHeight))
		for k := 0; k < g.Bands; k++ {
			scale := d.Wavelength0 / d.wavelength(k)
			for y := 0; y < g.BandH; y++ {
				Y := k*g.Pitch + y
				yn := (float64(Y) + 0.5 - 0.5*float64(d.SLMHeight)) / rad
				for x := 0; x < g.BandW; x++ {
					xn := (float64(x) + 0.5 - 0.5*float64(d.SLMWidth)) / rad
					eps := scale * zernikeSum(d.Zernike, xn, yn)
					if d.PhaseError > 0 {
						eps += d.PhaseError * hashGauss(d.Seed, uint64(x), uint64(Y))
					}
					f := cmplx.Rect(1, eps)
					s.pix[(k*g.BandH+y)*g.BandW+x] = f
					m := k*nm + (y/p)*g.Cols + x/p
					if (x+y)&1 == 0 {
						s.P[m] += f * complex(inv, 0)
					} else {
						s.Q[m] += f * complex(inv, 0)
					}
				}
			}
		}
	}
	if d.cache == nil {
		d.cache = map[geomKey]*staticField{}
	}
	if len(d.cache) > 8 {
		clear(d.cache)
	}
	d.cache[key] = s
	return s
}

// zernikeSum evaluates Σ_j c_j Z_j(x, y) with Noll's ordering and RMS
// normalisation on the unit disc (x, y normalised by the SLM half-diagonal).
func zernikeSum(c []float64, x, y float64) float64 {
	if len(c) == 0 {
		return 0
	}
	r2 := x*x + y*y
	z := [11]float64{
		1,
		2 * x,
		2 * y,
		math.Sqrt(3) * (2*r2 - 1),
		math.Sqrt(6) * 2 * x * y,
		math.Sqrt(6) * (x*x - y*y),
		math.Sqrt(8) * (3*r2 - 2) * y,
		math.Sqrt(8) * (3*r2 - 2) * x,
		math.Sqrt(8) * (3*x*x*y - y*y*y),
		math.Sqrt(8) * (x*x*x - 3*x*y*y),
		math.Sqrt(5) * (6*r2*r2 - 6*r2 + 1),
	}
	s := 0.0
	for j, v := range c {
		s += v * z[j]
	}
	return s
}

// hashGauss is a standard normal deviate fixed by (seed, x, y): the SLM's
// static disorder does not depend on the order pixels are visited.
func hashGauss(seed, x, y uint64) float64 {
	h := mix64(seed ^ mix64(x*0x9E3779B97F4A7C15^mix64(y+0x632BE59BD9B4E019)))
	u1 := (float64(h>>11) + 0.5) / (1 << 53)
	h2 := mix64(h)
	u2 := float64(h2>>11) / (1 << 53)
	return math.Sqrt(-2*math.Log(u1)) * math.Cos(2*math.Pi*u2)
}

func mix64(z uint64) uint64 {
	z += 0x9E3779B97F4A7C15
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// plan holds what one layer update needs from the model: the geometry, ξ and
// each macro-pixel's two commanded sub-pixel phases for spin +1.
type plan struct {
	g        Geometry
	st       *staticField
	xi       float64
	thP, thM []float64    // Bands×(Rows·Cols): π/2 + φ_a ± q(α) for spin +1
	cP, cM   []complex128 // exp(i·thP), exp(i·thM)
}

// amplitude returns the signed amplitude of macro-pixel m of band k:
// region I 1, region II W/ξ, region III b/ξ, unused 0.
func amplitude(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, x float64, k, mp int) float64 {
	switch {
	case mp == 0:
		return 1
	case mp <= g.NOther:
		return coupling(m, l, k, mp-1) / x
	case mp == g.NOther+1:
		return bias(m, l, k) / x
	}
	return 0
}

// quantAlpha returns α = arccos|a| quantised to the SLM's phase grid.
func (d *Device) quantAlpha(a float64) float64 {
	al := math.Acos(math.Min(math.Abs(a), 1))
	if d.SLMBits > 0 {
		step := 2 * math.Pi / float64(int(1)<<d.SLMBits)
		al = math.Round(al/step) * step
	}
	return al
}

type planKey struct {
	m      *boltzmann.RBM
	l      boltzmann.Layer
	g      Geometry
	bits   int
	phases bool
}

// cachedPlan remembers the parameters a plan was built from: a plan is
// reused only while the model's W and biases are unchanged.
type cachedPlan struct {
	w, b []float64
	pl   *plan
}

func sameFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// plan returns the (cached) plan for a model and layer.
func (d *Device) plan(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, withPhases bool) *plan {
	key := planKey{m: m, l: l, g: g, bits: d.SLMBits, phases: withPhases}
	b := m.B
	if l == boltzmann.Visible {
		b = m.A
	}
	d.mu.Lock()
	c, ok := d.plans[key]
	d.mu.Unlock()
	if ok && sameFloats(c.w, m.W) && sameFloats(c.b, b) {
		return c.pl
	}
	pl := d.newPlan(m, l, g, withPhases)
	d.mu.Lock()
	if d.plans == nil || len(d.plans) > 8 {
		d.plans = map[planKey]*cachedPlan{}
	}
	d.plans[key] = &cachedPlan{w: append([]float64(nil), m.W...), b: append([]float64(nil), b...), pl: pl}
	d.mu.Unlock()
	return pl
}

func (d *Device) newPlan(m *boltzmann.RBM, l boltzmann.Layer, g Geometry, withPhases bool) *plan {
	pl := &plan{g: g, st: d.static(g), xi: xi(m, l)}
	nm := g.Rows * g.Cols
	n := g.Bands * nm
	pl.cP, pl.cM = make([]complex128, n), make([]complex128, n)
	if withPhases {
		pl.thP, pl.thM = make([]float64, n), make([]float64, n)
	}
	for k := 0; k < g.Bands; k++ {
		for mp := 0; mp < nm; mp++ {
			a := amplitude(m, l, g, pl.xi, k, mp)
			phi := 0.0
			if a < 0 {
				phi = math.Pi
			}
			al := d.quantAlpha(a)
			tp, tm := phaseOffset+phi+al, phaseOffset+phi-al
			i := k*nm + mp
			pl.cP[i], pl.cM[i] = cmplx.Rect(1, tp), cmplx.Rect(1, tm)
			if withPhases {
				pl.thP[i], pl.thM[i] = tp, tm
			}
		}
	}
	return pl
}

// macroSpin is the spin shown by macro-pixel mp: sI for region I, the other
// layer's state for region II, +1 (the auxiliary spin) for region III.
func macroSpin(g Geometry, given []float64, mp int, sI float64) float64 {
	switch {
	case mp == 0:
		return sI
	case mp <= g.NOther:
		return given[mp-1]
	}
	return 1
}

// bandPhases writes the commanded phase of every pixel of band k (BandH×BandW)
// for region-I spin sI and the other layer's ±1 states, in [0, 2π].
func (pl *plan) bandPhases(k int, given []float64, sI float64, out []float64) {
	g := pl.g
	nm := g.Rows * g.Cols
	p := g.P
	for y := 0; y < g.BandH; y++ {
		for x := 0; x < g.BandW; x++ {
			mp := (y/p)*g.Cols + x/p
			i := k*nm + mp
			th := pl.thP[i]
			if (x+y)&1 == 1 {
				th = pl.thM[i]
			}
			if macroSpin(g, given, mp, sI) < 0 {
				if th >= math.Pi {
					th -= math.Pi
				} else {
					th += math.Pi
				}
			}
			out[y*g.BandW+x] = th
		}
	}
}

// smoothed returns the phase of pixel (y, x) after nearest-neighbour LC
// fringing; pixels outside the band count as phase 0.
func smoothed(ph []float64, h, w, y, x int, kappa float64) float64 {
	if kappa == 0 {
		return ph[y*w+x]
	}
	s := 0.0
	if y > 0 {
		s += ph[(y-1)*w+x]
	}
	if y < h-1 {
		s += ph[(y+1)*w+x]
	}
	if x > 0 {
		s += ph[y*w+x-1]
	}
	if x < w-1 {
		s += ph[y*w+x+1]
	}
	return (1-4*kappa)*ph[y*w+x] + kappa*s
}

// bandField writes the complex reflected field of every pixel of band k
// (BandH×BandW, in units of a unit-amplitude pixel; the fill factor is
// accounted for in the photon budget).
func (d *Device) bandField(pl *plan, k int, given []float64, sI float64, ph []float64, out []complex128) {
	g := pl.g
	pl.bandPhases(k, given, sI, ph)
	npix := g.BandH * g.BandW
	for y := 0; y < g.BandH; y++ {
		for x := 0; x < g.BandW; x++ {
			f := cmplx.Rect(1, smoothed(ph, g.BandH, g.BandW, y, x, d.PixelCrosstalk))
			if pl.st.pix != nil {
				f *= pl.st.pix[k*npix+y*g.BandW+x]
			}
			out[y*g.BandW+x] = f
		}
	}
}

// zeroOrderPair returns the zeroth-order (DC) fields of band k for the
// region-I spin +1 and −1, as the pixel sums Σ field / p² (the FFT's DC bin).
// Without pixel crosstalk each pixel's field is its static factor times the
// macro-pixel's commanded sub-pixel value s·exp(iθ±); region I is summed
// twice, the rest once. With crosstalk the smoothed phases are computed
// pixel by pixel and the pixels within one pixel of region I are summed for
// both exposures.
func (d *Device) zeroOrderPair(pl *plan, k int, given []float64, scratch []float64) (ep, em complex128) {
	g := pl.g
	nm := g.Rows * g.Cols
	p := g.P
	npix := g.BandH * g.BandW
	var st []complex128
	if pl.st.pix != nil {
		st = pl.st.pix[k*npix : (k+1)*npix]
	}
	inv := complex(1/float64(p*p), 0)
	if d.PixelCrosstalk == 0 {
		var rest, regionI complex128
		for y := 0; y < g.BandH; y++ {
			mrow := (y / p) * g.Cols
			row := y * g.BandW
			for mc := 0; mc < g.Cols; mc++ {
				mp := mrow + mc
				s := macroSpin(g, given, mp, 1)
				i := k*nm + mp
				v0, v1 := pl.cP[i], pl.cM[i]
				if s < 0 {
					v0, v1 = -v0, -v1
				}
				if (y+mc*p)&1 == 1 {
					v0, v1 = v1, v0
				}
				var acc complex128
				x0 := mc * p
				if st == nil {
					acc = complex(float64(p/2), 0) * (v0 + v1)
				} else {
					for dx := 0; dx < p; dx += 2 {
						acc += st[row+x0+dx]*v0 + st[row+x0+dx+1]*v1
					}
				}
				if mp == 0 {
					regionI += acc
				} else {
					rest += acc
				}
			}
		}
		return (rest + regionI) * inv, (rest - regionI) * inv
	}
	ph := scratch[:npix]
	pl.bandPhases(k, given, 1, ph)
	sum := func(y0, y1, x0, x1 int) complex128 {
		var acc complex128
		for y := y0; y < y1; y++ {
			for x := x0; x < x1; x++ {
				f := cmplx.Rect(1, smoothed(ph, g.BandH, g.BandW, y, x, d.PixelCrosstalk))
				if st != nil {
					f *= st[y*g.BandW+x]
				}
				acc += f
			}
		}
		return acc
	}
	py, px := min(p+1, g.BandH), min(p+1, g.BandW)
	total := sum(0, g.BandH, 0, g.BandW)
	patchP := sum(0, py, 0, px)
	for y := 0; y < p; y++ {
		for x := 0; x < p; x++ {
			th := ph[y*g.BandW+x]
			if th >= math.Pi {
				th -= math.Pi
			} else {
				th += math.Pi
			}
			ph[y*g.BandW+x] = th
		}
	}
	patchM := sum(0, py, 0, px)
	return total * inv, (total - patchP + patchM) * inv
}

// fft2 transforms a row-major ny×nx array in place (unnormalised DFT,
// X_k = Σ x_n exp(−2πi kn/N) along each axis).
type fft2 struct {
	nx, ny   int
	fx, fy   *fourier.CmplxFFT
	col, tmp []complex128
}

func newFFT2(ny, nx int) *fft2 {
	return &fft2{nx: nx, ny: ny, fx: fourier.NewCmplxFFT(nx), fy: fourier.NewCmplxFFT(ny), col: make([]complex128, ny), tmp: make([]complex128, max(nx, ny))}
}

func (f *fft2) transform(a []complex128) {
	for y := 0; y < f.ny; y++ {
		row := a[y*f.nx : (y+1)*f.nx]
		f.fx.Coefficients(row, row)
	}
	for x := 0; x < f.nx; x++ {
		for y := 0; y < f.ny; y++ {
			f.col[y] = a[y*f.nx+x]
		}
		f.fy.Coefficients(f.col, f.col)
		for y := 0; y < f.ny; y++ {
			a[y*f.nx+x] = f.col[y]
		}
	}
}

// focal propagates band k's field to the Fourier plane: the band (BandH×BandW)
// placed in a Pad-times larger zero array, 2-D FFT. Bin (u, v) lies at
// (u·λf/(nx·pitch), v·λf/(ny·pitch)) from the zeroth order.
func (d *Device) focal(pl *plan, k int, given []float64, sI float64, f *fft2, ph []float64, field, buf []complex128) {
	g := pl.g
	d.bandField(pl, k, given, sI, ph, field)
	clear(buf)
	for y := 0; y < g.BandH; y++ {
		copy(buf[y*f.nx:y*f.nx+g.BandW], field[y*g.BandW:(y+1)*g.BandW])
	}
	f.transform(buf)
}

// overlap1 is the fraction of a bin of width w centred at c covered by the
// window [−half, half].
func overlap1(c, w, half float64) float64 {
	lo, hi := math.Max(c-w/2, -half), math.Min(c+w/2, half)
	if hi <= lo {
		return 0
	}
	return (hi - lo) / w
}

// windowIntensity integrates |F|² over the camera window around the zeroth
// order of band k, calibrated so that a field with only a DC component reads
// |DC|²/p⁴ (the point-detector value).
func (d *Device) windowIntensity(pl *plan, k int, f *fft2, buf []complex128) float64 {
	p2 := float64(pl.g.P * pl.g.P)
	if d.CameraWindow == 0 {
		a := buf[0] / complex(p2, 0)
		return real(a)*real(a) + imag(a)*imag(a)
	}
	lam := d.wavelength(k)
	bx := lam * d.FocalLength / (float64(f.nx) * d.PixelPitch)
	by := lam * d.FocalLength / (float64(f.ny) * d.PixelPitch)
	half := d.CameraWindow / 2
	ux := int(math.Ceil(half/bx + 1))
	uy := int(math.Ceil(half/by + 1))
	w00 := overlap1(0, bx, half) * overlap1(0, by, half)
	s := 0.0
	for v := -uy; v <= uy; v++ {
		wy := overlap1(float64(v)*by, by, half)
		if wy == 0 {
			continue
		}
		iy := ((v % f.ny) + f.ny) % f.ny
		for u := -ux; u <= ux; u++ {
			wx := overlap1(float64(u)*bx, bx, half)
			if wx == 0 {
				continue
			}
			ix := ((u % f.nx) + f.nx) % f.nx
			a := buf[iy*f.nx+ix]
			s += wx * wy * (real(a)*real(a) + imag(a)*imag(a))
		}
	}
	return s / (w00 * p2 * p2)
}

// useFFT reports whether the optical mode propagates by FFT.
func (d *Device) useFFT() bool { return d.ForceFFT || d.CameraWindow > 0 }
