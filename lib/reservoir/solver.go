package reservoir

import (
	"math"

	"gonum.org/v1/gonum/dsp/fourier"
)

// state is a VCSEL steady state (carrier density and intracavity field).
type state struct {
	n []float64
	a []complex128
}

// work holds one solver's scratch buffers.
type work struct {
	in          []bool
	c           []complex128
	e, a, pa    []complex128
	n, nloc     []float64
	tmp         []float64
	fft         *fourier.CmplxFFT
	line, line2 []complex128
}

func (v *VCSEL) newWork() *work {
	g := v.g
	return &work{
		in: make([]bool, v.cfg.InputSide*v.cfg.InputSide),
		c:  make([]complex128, v.cfg.Modes),
		e:  make([]complex128, g*g), a: make([]complex128, g*g), pa: make([]complex128, g*g),
		n: make([]float64, g*g), nloc: make([]float64, g*g), tmp: make([]float64, g*g),
		fft:  fourier.NewCmplxFFT(g),
		line: make([]complex128, g), line2: make([]complex128, g),
	}
}

// fft2 transforms the g×g array in place (unnormalised; inverse if inv).
func (ws *work) fft2(x []complex128, g int, inv bool) {
	tr := func(dst, src []complex128) {
		if inv {
			ws.fft.Sequence(dst, src)
		} else {
			ws.fft.Coefficients(dst, src)
		}
	}
	for r := 0; r < g; r++ {
		row := x[r*g : (r+1)*g]
		copy(ws.line, row)
		tr(row, ws.line)
	}
	for c := 0; c < g; c++ {
		for r := 0; r < g; r++ {
			ws.line[r] = x[r*g+c]
		}
		tr(ws.line2, ws.line)
		for r := 0; r < g; r++ {
			x[r*g+c] = ws.line2[r]
		}
	}
}

// fibreField writes the injected field κE on the grid into ws.e.
func (v *VCSEL) fibreField(ws *work, img []float64, w, h int) {
	d := v.cfg.InputSide
	M := v.cfg.Modes
	resize(ws.in, img, w, h, d)
	clear(ws.c)
	for k, on := range ws.in {
		if !on {
			continue
		}
		b := complex(v.beam[k], 0)
		row := v.tm[k*M : (k+1)*M]
		for m, t := range row {
			ws.c[m] += b * t
		}
	}
	power := v.cfg.Injection
	if ds := v.drift; ds != nil {
		for m := range ws.c {
			ws.c[m] *= ds.phasor[m]
		}
		power *= 1 + ds.power
	}
	if power < 0 {
		power = 0
	}
	clear(ws.e)
	for m, k := range v.modeK {
		ws.e[k] = ws.c[m]
	}
	ws.fft2(ws.e, v.g, true)
	s := complex(math.Sqrt(power/(float64(M)*v.beamNorm)), 0)
	for i := range ws.e {
		if v.aper[i] {
			ws.e[i] *= s
		} else {
			ws.e[i] = 0
		}
	}
}

// blur applies the separable Gaussian diffusion kernel to src (g×g) into dst.
func (v *VCSEL) blur(dst, src, tmp []float64) {
	g := v.g
	k := v.kernel
	if k == nil {
		copy(dst, src)
		return
	}
	r := len(k) / 2
	for y := 0; y < g; y++ {
		row := src[y*g : (y+1)*g]
		for x := 0; x < g; x++ {
			s := 0.0
			lo, hi := max(0, x-r), min(g-1, x+r)
			for xx := lo; xx <= hi; xx++ {
				s += k[xx-x+r] * row[xx]
			}
			tmp[y*g+x] = s
		}
	}
	for y := 0; y < g; y++ {
		lo, hi := max(0, y-r), min(g-1, y+r)
		for x := 0; x < g; x++ {
			s := 0.0
			for yy := lo; yy <= hi; yy++ {
				s += k[yy-y+r] * tmp[yy*g+x]
			}
			dst[y*g+x] = s
		}
	}
}

// solveImage computes the steady state for one image and accumulates the
// neuron intensities into f. It returns the state (copied), the iteration
// count and the final relative change.
func (v *VCSEL) solveImage(ws *work, img []float64, w, h int, warm *state, f []float64) (state, int, float64) {
	v.fibreField(ws, img, w, h)
	clear(f)
	if v.cfg.Off {
		for i, e := range ws.e {
			if j := v.neuron[i]; j >= 0 {
				f[j] += real(e)*real(e) + imag(e)*imag(e)
			}
		}
		return state{}, 0, 0
	}
	it, res := v.steadyState(ws, warm)
	for i, a := range ws.a {
		if j := v.neuron[i]; j >= 0 {
			f[j] += real(a)*real(a) + imag(a)*imag(a)
		}
	}
	st := state{n: append([]float64(nil), ws.n...), a: append([]complex128(nil), ws.a...)}
	return st, it, res
}

// steadyState iterates the damped fixed point (docs/reservoir.md, eqs. 3–6)
// from a cold or warm start, with the injected field in ws.e.
func (v *VCSEL) steadyState(ws *work, warm *state) (int, float64) {
	c := &v.cfg
	gam := c.Loss
	J := c.Pump * (1 + gam)
	eps := c.GainCompression
	hmax := c.MaxNetGain
	const sw = 0.05 // softness of the gain clamp
	beta := c.Damping
	delta := c.Detuning
	gT := 1.0
	if ds := v.drift; ds != nil {
		delta += ds.cfg.DetunePerK * ds.temp
		gT = 1 - ds.cfg.GainPerK*ds.temp
	}
	gain := func(n, s float64) complex128 {
		h := gT*(n-1)/(1+eps*s) - gam
		z := (hmax - h) / sw
		var sp float64
		if z > 20 {
			sp = z // log1p(e^z) = z to 2e-9
		} else {
			sp = math.Log1p(math.Exp(z))
		}
		hc := hmax - sw*sp
		mag := math.Exp(hc / 2)
		sn, cs := math.Sincos(-(c.Alpha*hc/2 + delta))
		return complex(mag*cs, mag*sn)
	}
	if warm != nil {
		copy(ws.n, warm.n)
		copy(ws.a, warm.a)
	} else {
		for i := range ws.n {
			if v.aper[i] {
				ws.n[i] = J
				if v.prop == nil {
					ws.a[i] = ws.e[i] / (1 - gain(J, 0))
				} else {
					ws.a[i] = ws.e[i]
				}
			} else {
				ws.n[i], ws.a[i] = 0, 0
			}
		}
	}
	res := math.Inf(1)
	it := 0
	for it = 1; it <= c.MaxIter; it++ {
		// Carriers: local steady state under the current intensity, then diffusion.
		for i, a := range ws.a {
			if !v.aper[i] {
				ws.nloc[i] = 0
				continue
			}
			s := real(a)*real(a) + imag(a)*imag(a)
			sp := gT * s / (1 + eps*s)
			ws.nloc[i] = (J + sp) / (1 + sp)
		}
		v.blur(ws.nloc, ws.nloc, ws.tmp)
		if v.prop != nil {
			copy(ws.pa, ws.a)
			ws.fft2(ws.pa, v.g, false)
			for i := range ws.pa {
				ws.pa[i] *= v.prop[i]
			}
			ws.fft2(ws.pa, v.g, true)
		}
		var dn, nmax, da, amax float64
		for i := range ws.n {
			if !v.aper[i] {
				continue
			}
			nn := (1-beta)*ws.n[i] + beta*ws.nloc[i]
			dn = max(dn, math.Abs(nn-ws.n[i]))
			nmax = max(nmax, math.Abs(nn))
			ws.n[i] = nn
			a := ws.a[i]
			s := real(a)*real(a) + imag(a)*imag(a)
			G := gain(nn, s)
			var an complex128
			if v.prop == nil {
				dr, di := 1-real(G), -imag(G)
				inv := 1 / (dr*dr + di*di)
				er, ei := real(ws.e[i]), imag(ws.e[i])
				an = complex((er*dr+ei*di)*inv, (ei*dr-er*di)*inv)
			} else {
				an = G*ws.pa[i] + ws.e[i]
			}
			an = complex(1-beta, 0)*a + complex(beta, 0)*an
			d := an - a
			da = max(da, real(d)*real(d)+imag(d)*imag(d))
			amax = max(amax, real(an)*real(an)+imag(an)*imag(an))
			ws.a[i] = an
		}
		res = max(dn/math.Max(nmax, 1e-300), math.Sqrt(da/math.Max(amax, 1e-300)))
		if res < c.Tol {
			break
		}
	}
	return min(it, c.MaxIter), res
}
