package boltzmann

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/rng"
)

// MaxEnumerate is the largest layer LogZ enumerates (2^24 states).
const MaxEnumerate = 24

// LogZ returns the exact log partition function log Σ_{v,h} exp(−E/T),
// enumerating the smaller layer (at most MaxEnumerate units) with Gray-code
// updates and summing the other layer analytically, in log-sum-exp form.
func (m *RBM) LogZ() (float64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	nv, nh := m.NVisible, m.NHidden
	small := nv
	if nh < small {
		small = nh
	}
	if small > MaxEnumerate {
		return 0, fmt.Errorf("boltzmann: exact log Z needs a layer of at most %d units (smaller layer has %d): use AIS", MaxEnumerate, small)
	}
	beta := 1 / m.T
	if nh <= nv { // enumerate hidden: coupling rows are columns of W
		c := make([]float64, nh*nv)
		for i := 0; i < nv; i++ {
			for j := 0; j < nh; j++ {
				c[j*nv+i] = beta * m.W[i*nh+j]
			}
		}
		return enumLogZ(m.Units, nh, nv, c, scaled(m.B, beta), scaled(m.A, beta)), nil
	}
	return enumLogZ(m.Units, nv, nh, scaled(m.W, beta), scaled(m.A, beta), scaled(m.B, beta)), nil
}

func scaled(x []float64, s float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = s * v
	}
	return y
}

// enumLogZ returns log Σ_x exp(biasEᵀx) Π_k Σ_y exp(y (Cᵀx + biasO)_k) for
// x over all states of nE units; C is nE×nO row-major (already scaled by 1/T).
func enumLogZ(u Units, nE, nO int, C, biasE, biasO []float64) float64 {
	lo, d := u.lo(), 1-u.lo()
	prefix := nE
	if prefix > 6 {
		prefix = 6
	}
	low := nE - prefix // Gray-code bits inside a chunk
	chunks := 1 << prefix
	res := make([]float64, chunks)
	parallelFor(chunks, func(ch int) {
		x := make([]float64, nE)
		for k := 0; k < nE; k++ {
			x[k] = lo
		}
		for p := 0; p < prefix; p++ {
			if ch>>p&1 == 1 {
				x[low+p] = 1
			}
		}
		field := append([]float64(nil), biasO...)
		eb := 0.0
		for k, xk := range x {
			eb += biasE[k] * xk
			if xk != 0 {
				row := C[k*nO : (k+1)*nO]
				for j := range field {
					field[j] += xk * row[j]
				}
			}
		}
		term := func() float64 {
			s := eb
			for _, f := range field {
				s += u.lse(f)
			}
			return s
		}
		// running log-sum-exp
		acc := term()
		total := 1.0 // Σ exp(t − acc)
		for g := 1; g < 1<<low; g++ {
			k := trailingZeros(g)
			// flip bit k
			sign := d
			if x[k] == 1 {
				sign = -d
			}
			x[k] += sign
			eb += sign * biasE[k]
			row := C[k*nO : (k+1)*nO]
			for j := range field {
				field[j] += sign * row[j]
			}
			t := term()
			if t > acc {
				total = total*math.Exp(acc-t) + 1
				acc = t
			} else {
				total += math.Exp(t - acc)
			}
		}
		res[ch] = acc + math.Log(total)
	})
	return logSumExp(res)
}

func trailingZeros(g int) int {
	k := 0
	for g&1 == 0 {
		g >>= 1
		k++
	}
	return k
}

// checkData validates a data matrix of n rows of the visible layer.
func (m *RBM) checkData(data []float64, n int) error {
	if n < 1 {
		return fmt.Errorf("boltzmann: data has %d rows: need at least 1", n)
	}
	if len(data) != n*m.NVisible {
		return fmt.Errorf("boltzmann: data has %d values, want rows×n_visible = %d×%d", len(data), n, m.NVisible)
	}
	return m.Units.checkStates("data", data)
}

// LogLikelihood returns the exact mean log-likelihood (nats per example) of
// n data rows, using [RBM.LogZ].
func (m *RBM) LogLikelihood(data []float64, n int) (float64, error) {
	logZ, err := m.LogZ()
	if err != nil {
		return 0, err
	}
	return m.logLikelihoodGiven(data, n, logZ)
}

func (m *RBM) logLikelihoodGiven(data []float64, n int, logZ float64) (float64, error) {
	if err := m.checkData(data, n); err != nil {
		return 0, err
	}
	f := make([]float64, n)
	m.freeEnergyInto(f, data, n, 1/m.T, nil)
	s := 0.0
	for _, v := range f {
		s -= v / m.T
	}
	return s/float64(n) - logZ, nil
}

// PseudoLogLikelihood returns the mean pseudo-log-likelihood of the n data
// rows, estimated as scikit-learn does: for each row one random visible unit
// i is flipped and NVisible·log σ((F(ṽ) − F(v))/T) is averaged.
func (m *RBM) PseudoLogLikelihood(data []float64, n int, src *rng.Source) (float64, error) {
	if err := m.Validate(); err != nil {
		return 0, err
	}
	if err := m.checkData(data, n); err != nil {
		return 0, err
	}
	if src == nil {
		return 0, fmt.Errorf("boltzmann: pseudo-likelihood needs a random source")
	}
	nv := m.NVisible
	flip := append([]float64(nil), data...)
	lo := m.Units.lo()
	for r := 0; r < n; r++ {
		i := r*nv + src.IntN(nv)
		flip[i] = lo + 1 - flip[i] // 0↔1, −1↔1
	}
	f0 := make([]float64, n)
	f1 := make([]float64, n)
	m.freeEnergyInto(f0, data, n, 1/m.T, nil)
	m.freeEnergyInto(f1, flip, n, 1/m.T, nil)
	s := 0.0
	for r := 0; r < n; r++ {
		s += -softplus(-(f1[r] - f0[r]) / m.T)
	}
	return float64(nv) * s / float64(n), nil
}

// AISOptions configures [RBM.AIS].
type AISOptions struct {
	// Runs is the number of independent AIS runs (default 100).
	Runs int
	// Betas is the inverse-temperature schedule from 0 to 1 (increasing,
	// ending at 1). Default: Salakhutdinov & Murray's 14,500 steps (0.001
	// up to 0.5, 0.0001 up to 0.9, 0.0001 up to 1); see [AISBetas].
	Betas []float64
	// BaseA are the visible biases of the base-rate model (W = 0, b = 0),
	// in units of 1/T; nil means zeros. A good choice is the visible biases
	// of a model fitted to the data marginals.
	BaseA []float64
	// Rand is the random stream; required.
	Rand *rng.Source
}

// AISBetas returns a schedule of n ≥ 2 inverse temperatures spaced linearly
// from 0 to 1.
func AISBetas(n int) ([]float64, error) {
	if n < 2 || n > 1<<24 {
		return nil, fmt.Errorf("boltzmann: AIS schedule length %d not allowed: use 2..%d", n, 1<<24)
	}
	b := make([]float64, n)
	for k := range b {
		b[k] = float64(k) / float64(n-1)
	}
	return b, nil
}

func defaultBetas() []float64 {
	var b []float64
	for x := 0.0; x < 0.5-1e-12; x += 0.001 {
		b = append(b, x)
	}
	for x := 0.5; x < 0.9-1e-12; x += 0.0001 {
		b = append(b, x)
	}
	for x := 0.9; x < 1-1e-12; x += 0.0001 {
		b = append(b, x)
	}
	return append(b, 1)
}

// AISResult is an AIS estimate of log Z.
type AISResult struct {
	LogZ   float64 // estimate of log Z
	StdErr float64 // standard error of LogZ (delta method over the runs)
	// LogZLow and LogZHigh are log(Ẑ ∓ 3 standard errors of Ẑ), the
	// asymmetric bracket Salakhutdinov & Murray report (LogZLow is −Inf
	// when the bracket reaches 0).
	LogZLow, LogZHigh float64
	LogWeights        []float64 // one log importance weight per run
}

// AIS estimates log Z by annealed importance sampling (Salakhutdinov &
// Murray 2008, "On the quantitative analysis of deep belief networks"),
// annealing from a base-rate model with no couplings to the model; all runs
// advance together as matrix products.
func (m *RBM) AIS(o AISOptions) (AISResult, error) {
	var res AISResult
	if err := m.Validate(); err != nil {
		return res, err
	}
	if o.Rand == nil {
		return res, fmt.Errorf("boltzmann: AISOptions.Rand is nil: pass a random source")
	}
	M := o.Runs
	if M == 0 {
		M = 100
	}
	if M < 2 || M > 1<<20 {
		return res, fmt.Errorf("boltzmann: AIS runs = %d not allowed: use 2..%d", M, 1<<20)
	}
	betas := o.Betas
	if betas == nil {
		betas = defaultBetas()
	}
	if len(betas) < 2 || betas[0] != 0 || betas[len(betas)-1] != 1 {
		return res, fmt.Errorf("boltzmann: AIS betas must start at 0 and end at 1 (got %d values)", len(betas))
	}
	for k := 1; k < len(betas); k++ {
		if !(betas[k] > betas[k-1]) {
			return res, fmt.Errorf("boltzmann: AIS betas must increase: betas[%d] = %g after %g", k, betas[k], betas[k-1])
		}
	}
	nv, nh := m.NVisible, m.NHidden
	baseA := o.BaseA
	if baseA == nil {
		baseA = make([]float64, nv)
	}
	if len(baseA) != nv {
		return res, fmt.Errorf("boltzmann: AIS base biases have %d values, want n_visible = %d", len(baseA), nv)
	}
	// Work with the model at T = 1 (parameters divided by T).
	s := m.Clone()
	invT := 1 / m.T
	for k := range s.W {
		s.W[k] *= invT
	}
	for k := range s.A {
		s.A[k] *= invT
	}
	for k := range s.B {
		s.B[k] *= invT
	}
	s.T = 1
	u := m.Units
	logZA := float64(nh) * math.Log(2)
	for _, a := range baseA {
		logZA += u.lse(a)
	}
	v := make([]float64, M*nv)
	h := make([]float64, M*nh)
	hf := make([]float64, M*nh) // Wᵀv + b
	vf := make([]float64, M*nv)
	logw := make([]float64, M)
	src := o.Rand
	// v ~ base model
	for r := 0; r < M; r++ {
		copy(vf[r*nv:(r+1)*nv], baseA)
	}
	drawStates(u, vf, v, nil, M, nv, 1, src)
	// log p*_β(v) = ((1−β)baseA + β a)ᵀv + Σ_j lse(β hf_j)
	logp := func(beta float64, out []float64, sign float64) {
		for r := 0; r < M; r++ {
			t := 0.0
			vr := v[r*nv : (r+1)*nv]
			for i, x := range vr {
				t += ((1-beta)*baseA[i] + beta*s.A[i]) * x
			}
			for _, f := range hf[r*nh : (r+1)*nh] {
				t += u.lse(beta * f)
			}
			out[r] += sign * t
		}
	}
	for k := 1; k < len(betas); k++ {
		computeFields(s, Hidden, v, M, hf)
		logp(betas[k], logw, 1)
		logp(betas[k-1], logw, -1)
		if k == len(betas)-1 {
			break
		}
		// transition at β_k: h | v, then v | h
		b := betas[k]
		for i := range hf {
			hf[i] *= b
		}
		drawStates(u, hf, h, nil, M, nh, 1, src)
		for r := 0; r < M; r++ {
			row := vf[r*nv : (r+1)*nv]
			for i := range row {
				row[i] = (1-b)*baseA[i] + b*s.A[i]
			}
		}
		gemm(false, true, M, nv, nh, b, h, nh, s.W, nh, 1, vf, nv)
		drawStates(u, vf, v, nil, M, nv, 1, src)
	}
	// log mean w and its standard error
	mx := math.Inf(-1)
	for _, x := range logw {
		if x > mx {
			mx = x
		}
	}
	var sum, sum2 float64
	for _, x := range logw {
		w := math.Exp(x - mx)
		sum += w
		sum2 += w * w
	}
	mean := sum / float64(M)
	variance := (sum2/float64(M) - mean*mean) * float64(M) / float64(M-1)
	if variance < 0 {
		variance = 0
	}
	se := math.Sqrt(variance / float64(M))
	res.LogZ = logZA + mx + math.Log(mean)
	res.StdErr = se / mean
	res.LogZHigh = logZA + mx + math.Log(mean+3*se)
	if mean-3*se > 0 {
		res.LogZLow = logZA + mx + math.Log(mean-3*se)
	} else {
		res.LogZLow = math.Inf(-1)
	}
	res.LogWeights = logw
	return res, nil
}

// AISBaseRate returns the visible biases of the base-rate model AIS starts
// from (Salakhutdinov & Murray 2008): the logits of the data's marginals,
// smoothed by +½ on and off, in units of 1/T (halved for ±1 units).
func AISBaseRate(m *RBM, data []float64, n int) []float64 {
	nv := m.NVisible
	a := make([]float64, nv)
	for i := 0; i < nv; i++ {
		on := 0.0
		for r := 0; r < n; r++ {
			v := data[r*nv+i]
			if m.Units == PM1 {
				v = (v + 1) / 2
			}
			on += v
		}
		p := (on + 0.5) / (float64(n) + 1)
		a[i] = math.Log(p / (1 - p))
		if m.Units == PM1 {
			a[i] /= 2
		}
	}
	return a
}
