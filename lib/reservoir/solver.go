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
	ing         [][]bool     // input DMD patterns of a group of images
	c, cg       []complex128 // mode amplitudes of one image / of a group
	e, a, pa    []complex128
	n, nloc     []float64
	nb, sq      []float64 // blurred carriers; 1/(1 + εS) of the current field
	pad         []float64 // one zero-padded grid line for the blur
	tmp         []float64
	fft         *fourier.CmplxFFT
	line, line2 []complex128
}

func (v *VCSEL) newWork() *work {
	g := v.g
	ing := make([][]bool, modeGroup)
	for i := range ing {
		ing[i] = make([]bool, v.cfg.InputSide*v.cfg.InputSide)
	}
	return &work{
		ing: ing,
		c:   make([]complex128, v.cfg.Modes), cg: make([]complex128, modeGroup*v.cfg.Modes),
		e: make([]complex128, g*g), a: make([]complex128, g*g), pa: make([]complex128, g*g),
		n: make([]float64, g*g), nloc: make([]float64, g*g), tmp: make([]float64, g*g),
		nb: make([]float64, g*g), sq: make([]float64, g*g), pad: make([]float64, g+len(v.kernel)),
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

// modeGroup is how many images a worker passes through the fibre together:
// the lit pixels' rows b_k T_·k (4 MB for the default device) stream from
// memory once per group instead of once per image.
const modeGroup = 8

// modeAmps writes the fibre mode amplitudes c_m = Σ_k b_k T_mk u_k of each
// image into cs (len(imgs) rows of Modes), summing in pixel order.
func (v *VCSEL) modeAmps(ws *work, imgs [][]float64, w, h int, cs []complex128) {
	d := v.cfg.InputSide
	M := v.cfg.Modes
	for g, img := range imgs {
		resize(ws.ing[g], img, w, h, d)
	}
	clear(cs)
	for k := 0; k < d*d; k++ {
		row := v.btm[k*M : (k+1)*M]
		for g := range imgs {
			if !ws.ing[g][k] {
				continue
			}
			c := cs[g*M : (g+1)*M]
			c = c[:len(row)]
			for m, t := range row {
				c[m] += t
			}
		}
	}
}

// fibreField writes the injected field κE on the grid into ws.e, from the
// mode amplitudes c (modified: the drift phases are applied in place).
func (v *VCSEL) fibreField(ws *work, c []complex128) {
	M := v.cfg.Modes
	power := v.cfg.Injection
	if ds := v.drift; ds != nil {
		for m := range c {
			c[m] *= ds.phasor[m]
		}
		power *= 1 + ds.power
	}
	if power < 0 {
		power = 0
	}
	clear(ws.e)
	for m, k := range v.modeK {
		ws.e[k] = c[m]
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

// blur applies the separable Gaussian diffusion kernel to src (g×g) into dst
// at the aperture cells, with zero padding outside the grid: a pass along x
// into tmp stored transposed, then a pass along tmp's rows (the original y)
// stored back in place. Cells of dst outside the aperture are not written.
// pad is scratch of at least g + 2r + 1 values.
func (v *VCSEL) blur(dst, src, tmp, pad []float64) {
	g := v.g
	k := v.kernel
	if k == nil {
		copy(dst, src)
		return
	}
	r := len(k) / 2
	kh := k[r:] // symmetric: k[r−d] = k[r+d], d = 0…r
	pad = pad[:g+2*r]
	clear(pad)
	// line convolves row (zero-padded) at positions [lo, hi) and stores the
	// result at out[x·stride + off].
	line := func(row []float64, lo, hi int, out []float64, stride, off int) {
		copy(pad[r:r+g], row)
		if r == 5 && len(kh) == 6 { // the default diffusion length 1.5 cells: unrolled
			k0, k1, k2, k3, k4, k5 := kh[0], kh[1], kh[2], kh[3], kh[4], kh[5]
			for x := lo; x < hi; x++ {
				w := pad[x : x+11]
				w = w[:11]
				out[x*stride+off] = k0*w[5] + k1*(w[4]+w[6]) + k2*(w[3]+w[7]) + k3*(w[2]+w[8]) + k4*(w[1]+w[9]) + k5*(w[0]+w[10])
			}
			return
		}
		for x := lo; x < hi; x++ {
			lw, hw := pad[x:x+r+1], pad[x+r:x+2*r+1]
			lw, hw = lw[:len(kh)], hw[:len(kh)]
			s := kh[0] * hw[0]
			for d := 1; d < len(kh); d++ {
				s += kh[d] * (lw[r-d] + hw[d])
			}
			out[x*stride+off] = s
		}
	}
	for y := 0; y < g; y++ {
		line(src[y*g:(y+1)*g], 0, g, tmp, g, y)
	}
	for x := 0; x < g; x++ {
		line(tmp[x*g:(x+1)*g], v.colRuns[x][0], v.colRuns[x][1], dst, g, x)
	}
}

// solveImage computes the steady state for one image and accumulates the
// neuron intensities into f. It returns the state (copied if keep), the
// iteration count and the final relative change.
func (v *VCSEL) solveImage(ws *work, img []float64, w, h int, warm *state, f []float64, keep bool) (state, int, float64) {
	v.modeAmps(ws, [][]float64{img}, w, h, ws.c)
	return v.solveModes(ws, ws.c, warm, f, keep)
}

// solveModes is solveImage from the image's fibre mode amplitudes c.
func (v *VCSEL) solveModes(ws *work, c []complex128, warm *state, f []float64, keep bool) (state, int, float64) {
	v.fibreField(ws, c)
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
	if !keep {
		return state{}, it, res
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
	delta := c.Detuning
	gT := 1.0
	if ds := v.drift; ds != nil {
		delta += ds.cfg.DetunePerK * ds.temp
		gT = 1 - ds.cfg.GainPerK*ds.temp
	}
	// Γ = Γ₀(h)·e^{−iδ}, Γ₀ tabulated (gain.go).
	rs, rc := math.Sincos(-delta)
	tab := v.gtab
	gain := func(n, s float64) (float64, float64) {
		gr, gi := tab.at(gT*(n-1)/(1+eps*s) - gam)
		return gr*rc - gi*rs, gr*rs + gi*rc
	}
	beta := c.Damping
	if warm != nil {
		copy(ws.n, warm.n)
		copy(ws.a, warm.a)
	} else {
		gr, gi := gain(J, 0)
		g0 := complex(1-gr, -gi)
		for i := range ws.n {
			if v.aper[i] {
				ws.n[i] = J
				if v.prop == nil {
					ws.a[i] = ws.e[i] / g0
				} else {
					ws.a[i] = ws.e[i]
				}
			} else {
				ws.n[i], ws.a[i] = 0, 0
			}
		}
	}
	// Each iteration: blur the local carrier steady state N_loc(S) of the
	// current field (eq. 6), damp the carriers, update the field (eq. 5)
	// with the gain at the current intensity, and compute the next N_loc in
	// the same pass. N_loc is zero outside the aperture (diffusion is
	// confined to the active region's grid, zero-padded).
	nloc, nb, sq, n, a, e := ws.nloc, ws.nb, ws.sq, ws.n, ws.a, ws.e
	clear(nloc)
	// N_loc = (J + S′)/(1 + S′) with S′ = g_T S/(1 + εS) is
	// (J(1 + εS) + g_T S)/(1 + (ε + g_T)S); one reciprocal gives it and
	// 1/(1 + εS), which the gain needs.
	local := func(i int, ar, ai float64) {
		s := ar*ar + ai*ai
		d1 := 1 + eps*s
		d2 := d1 + gT*s
		r := 1 / (d1 * d2)
		sq[i] = d2 * r
		nloc[i] = (J*d1 + gT*s) * d1 * r
	}
	for _, rn := range v.runs {
		for i := rn[0]; i < rn[1]; i++ {
			local(i, real(a[i]), imag(a[i]))
		}
	}
	res := math.Inf(1)
	it := 0
	for it = 1; it <= c.MaxIter; it++ {
		v.blur(nb, nloc, ws.tmp, ws.pad)
		if v.prop != nil {
			copy(ws.pa, a)
			ws.fft2(ws.pa, v.g, false)
			for i := range ws.pa {
				ws.pa[i] *= v.prop[i]
			}
			ws.fft2(ws.pa, v.g, true)
		}
		var dn, nmax, da, amax float64
		for _, rn := range v.runs {
			// One run of consecutive aperture cells, re-sliced to a common
			// length so the loop needs no bounds checks.
			nR := n[rn[0]:rn[1]]
			m := len(nR)
			nbR, sqR, nlR := nb[rn[0]:rn[1]][:m], sq[rn[0]:rn[1]][:m], nloc[rn[0]:rn[1]][:m]
			aR, eR := a[rn[0]:rn[1]][:m], e[rn[0]:rn[1]][:m]
			var paR []complex128
			if v.prop != nil {
				paR = ws.pa[rn[0]:rn[1]][:m]
			}
			pend := -1 // cell whose 1/(q₁q₂) is pending
			var ps, pq1, pq2 float64
			for j := range nR {
				nn := (1-beta)*nR[j] + beta*nbR[j]
				if d := math.Abs(nn - nR[j]); d > dn {
					dn = d
				}
				if d := math.Abs(nn); d > nmax {
					nmax = d
				}
				nR[j] = nn
				ar, ai := real(aR[j]), imag(aR[j])
				// Γ₀(h) from the table (gainTable.at, inlined).
				h := gT*(nn-1)*sqR[j] - gam
				var g0r, g0i float64
				if x := (h - tab.h0) * tab.inv; x >= 0 && x < tab.last {
					k := int(x)
					u := x - float64(k)
					p, q := &tab.nodes[k], &tab.nodes[k+1]
					u2 := u * u
					u3 := u2 * u
					h01 := 3*u2 - 2*u3
					h00 := 1 - h01
					h10 := u3 - 2*u2 + u
					h11 := u3 - u2
					g0r = h00*p.vr + h10*p.dr + h01*q.vr + h11*q.dr
					g0i = h00*p.vi + h10*p.di + h01*q.vi + h11*q.di
				} else {
					g0r, g0i = tab.at(h)
				}
				gr, gi := g0r*rc-g0i*rs, g0r*rs+g0i*rc
				var anr, ani float64
				if paR == nil {
					// A = κE/(1 − Γ). The reciprocal of |1 − Γ|² shares one
					// division with the previous cell's pending 1/(q₁q₂).
					dr, di := 1-gr, -gi
					D := dr*dr + di*di
					var inv float64
					if pend >= 0 {
						Q := pq1 * pq2
						R := 1 / (D * Q)
						inv = Q * R
						rq := D * R
						sqR[pend] = pq2 * rq
						nlR[pend] = (J*pq1 + gT*ps) * pq1 * rq
					} else {
						inv = 1 / D
					}
					er, ei := real(eR[j]), imag(eR[j])
					anr, ani = (er*dr+ei*di)*inv, (ei*dr-er*di)*inv
				} else {
					p := paR[j]
					anr = gr*real(p) - gi*imag(p) + real(eR[j])
					ani = gr*imag(p) + gi*real(p) + imag(eR[j])
				}
				anr = (1-beta)*ar + beta*anr
				ani = (1-beta)*ai + beta*ani
				d1, d2 := anr-ar, ani-ai
				if d := d1*d1 + d2*d2; d > da {
					da = d
				}
				s := anr*anr + ani*ani
				if s > amax {
					amax = s
				}
				aR[j] = complex(anr, ani)
				// The next iteration's local carrier steady state (as local()):
				// N_loc = (Jq₁ + g_T S)/q₂ and 1/q₁, with q₁ = 1 + εS,
				// q₂ = q₁ + g_T S; both from one reciprocal 1/(q₁q₂),
				// deferred to the next cell's division.
				q1 := 1 + eps*s
				q2 := q1 + gT*s
				if paR == nil {
					pend, ps, pq1, pq2 = j, s, q1, q2
				} else {
					r := 1 / (q1 * q2)
					sqR[j] = q2 * r
					nlR[j] = (J*q1 + gT*s) * q1 * r
				}
			}
			if pend >= 0 {
				r := 1 / (pq1 * pq2)
				sqR[pend] = pq2 * r
				nlR[pend] = (J*pq1 + gT*ps) * pq1 * r
			}
		}
		res = max(dn/math.Max(nmax, 1e-300), math.Sqrt(da/math.Max(amax, 1e-300)))
		if res < c.Tol {
			break
		}
	}
	return min(it, c.MaxIter), res
}
