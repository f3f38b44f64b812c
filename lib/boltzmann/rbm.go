package boltzmann

import (
	"fmt"
	"math"

	"github.com/lumenlab/lumen/lib/rng"
)

// RBM is a restricted Boltzmann machine: a visible and a hidden layer with
// couplings only between the layers. See the package documentation for the
// energy and the layout of W.
type RBM struct {
	NVisible, NHidden int
	W                 []float64 // NVisible×NHidden, row-major
	A                 []float64 // visible biases, length NVisible
	B                 []float64 // hidden biases, length NHidden
	T                 float64   // temperature, > 0
	Units             Units
}

// MaxUnits bounds each layer's size, to catch mistaken arguments.
const MaxUnits = 1 << 20

// NewRBM returns an RBM with Hinton's initialisation (Hinton 2012, "A
// practical guide to training RBMs"): W ~ N(0, 0.01²) drawn from src, zero
// biases, T = 1. src may be nil for all-zero weights.
func NewRBM(nVisible, nHidden int, units Units, src *rng.Source) (*RBM, error) {
	if nVisible < 1 || nVisible > MaxUnits {
		return nil, fmt.Errorf("boltzmann: n_visible = %d not allowed: use 1..%d", nVisible, MaxUnits)
	}
	if nHidden < 1 || nHidden > MaxUnits {
		return nil, fmt.Errorf("boltzmann: n_hidden = %d not allowed: use 1..%d", nHidden, MaxUnits)
	}
	if nVisible*nHidden > 1<<28 {
		return nil, fmt.Errorf("boltzmann: n_visible×n_hidden = %d too large: at most %d weights", nVisible*nHidden, 1<<28)
	}
	if err := units.valid(); err != nil {
		return nil, err
	}
	m := &RBM{NVisible: nVisible, NHidden: nHidden, W: make([]float64, nVisible*nHidden),
		A: make([]float64, nVisible), B: make([]float64, nHidden), T: 1, Units: units}
	if src != nil {
		for i := range m.W {
			m.W[i] = 0.01 * src.NormFloat64()
		}
	}
	return m, nil
}

// Validate checks shapes, the temperature and finiteness of the parameters.
func (m *RBM) Validate() error {
	if err := m.validateShape(); err != nil {
		return err
	}
	for _, p := range [][]float64{m.W, m.A, m.B} {
		for _, v := range p {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("boltzmann: model parameters contain %g", v)
			}
		}
	}
	return nil
}

// validateShape is Validate without the scan of every parameter (for the
// per-step paths).
func (m *RBM) validateShape() error {
	if m == nil {
		return fmt.Errorf("boltzmann: model is nil")
	}
	if m.NVisible < 1 || m.NHidden < 1 {
		return fmt.Errorf("boltzmann: RBM sizes %d×%d not allowed: both must be ≥ 1", m.NVisible, m.NHidden)
	}
	if len(m.W) != m.NVisible*m.NHidden {
		return fmt.Errorf("boltzmann: len(W) = %d, want n_visible×n_hidden = %d", len(m.W), m.NVisible*m.NHidden)
	}
	if len(m.A) != m.NVisible {
		return fmt.Errorf("boltzmann: len(a) = %d, want n_visible = %d", len(m.A), m.NVisible)
	}
	if len(m.B) != m.NHidden {
		return fmt.Errorf("boltzmann: len(b) = %d, want n_hidden = %d", len(m.B), m.NHidden)
	}
	if err := checkT("T", m.T); err != nil {
		return err
	}
	return m.Units.valid()
}

func checkT(name string, T float64) error {
	if !(T > 0) || math.IsInf(T, 0) {
		return fmt.Errorf("boltzmann: temperature %s = %g not allowed: must be finite and > 0", name, T)
	}
	return nil
}

// Clone returns a deep copy.
func (m *RBM) Clone() *RBM {
	c := *m
	c.W = append([]float64(nil), m.W...)
	c.A = append([]float64(nil), m.A...)
	c.B = append([]float64(nil), m.B...)
	return &c
}

// BM returns the RBM as a fully connected BM over its NVisible + NHidden
// units, visible first, with the same units and temperature: W holds the
// RBM's couplings in its off-diagonal blocks, so the BM's distribution is the
// RBM's joint distribution of (v, h).
func (m *RBM) BM() (*BM, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	nv, nh := m.NVisible, m.NHidden
	n := nv + nh
	W := make([]float64, n*n)
	for i := 0; i < nv; i++ {
		for j := 0; j < nh; j++ {
			W[i*n+nv+j] = m.W[i*nh+j]
			W[(nv+j)*n+i] = m.W[i*nh+j]
		}
	}
	bm, err := NewBM(W, append(append([]float64(nil), m.A...), m.B...), m.Units)
	if err != nil {
		return nil, err
	}
	bm.T = m.T
	return bm, nil
}

// size returns the number of units of a layer.
func (m *RBM) size(l Layer) int {
	if l == Visible {
		return m.NVisible
	}
	return m.NHidden
}

// Energy returns E(v, h) for one visible and one hidden state.
func (m *RBM) Energy(v, h []float64) (float64, error) {
	if len(v) != m.NVisible {
		return 0, fmt.Errorf("boltzmann: len(v) = %d, want n_visible = %d", len(v), m.NVisible)
	}
	if len(h) != m.NHidden {
		return 0, fmt.Errorf("boltzmann: len(h) = %d, want n_hidden = %d", len(h), m.NHidden)
	}
	e := 0.0
	for i, vi := range v {
		row := m.W[i*m.NHidden : (i+1)*m.NHidden]
		s := 0.0
		for j, hj := range h {
			s += row[j] * hj
		}
		e -= vi * (s + m.A[i])
	}
	for j, hj := range h {
		e -= m.B[j] * hj
	}
	return e, nil
}

// FreeEnergy returns F(v) = −T log Σ_h exp(−E(v,h)/T) for each of the n rows
// of v (n×NVisible), so that p(v) = exp(−F(v)/T)/Z.
func (m *RBM) FreeEnergy(v []float64, n int) ([]float64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if n < 0 || len(v) != n*m.NVisible {
		return nil, fmt.Errorf("boltzmann: v has %d values, want n×n_visible = %d×%d", len(v), n, m.NVisible)
	}
	f := make([]float64, n)
	m.freeEnergyInto(f, v, n, 1/m.T, nil)
	return f, nil
}

// freeEnergyInto writes F(v)/T·(scale·T) generalised: out[r] = −(β_a aᵀv +
// Σ_j lse(β(Wᵀv+b)_j)) with β = beta (already including 1/T); that is
// F(v)/T at beta = 1/T. fields may be a scratch buffer of n×NHidden.
func (m *RBM) freeEnergyInto(out, v []float64, n int, beta float64, fields []float64) {
	nh, nv := m.NHidden, m.NVisible
	if len(fields) < n*nh {
		fields = make([]float64, n*nh)
	}
	fields = fields[:n*nh]
	for r := 0; r < n; r++ {
		copy(fields[r*nh:(r+1)*nh], m.B)
	}
	gemm(false, false, n, nh, nv, 1, v, nv, m.W, nh, 1, fields, nh)
	for r := 0; r < n; r++ {
		s := 0.0
		vr := v[r*nv : (r+1)*nv]
		for i, x := range vr {
			s += m.A[i] * x
		}
		s *= beta
		for _, f := range fields[r*nh : (r+1)*nh] {
			s += m.Units.lse(beta * f)
		}
		out[r] = -s / beta
	}
}

// Convert returns the equivalent model in units u and the constant C with
// E_m(x) = E_converted(x') + C for corresponding states (x = 2x' − 1 from
// 0/1 to ±1). Converting to the model's own units returns a copy and C = 0.
func (m *RBM) Convert(u Units) (*RBM, float64, error) {
	if err := m.Validate(); err != nil {
		return nil, 0, err
	}
	if err := u.valid(); err != nil {
		return nil, 0, err
	}
	c := m.Clone()
	c.Units = u
	if u == m.Units {
		return c, 0, nil
	}
	nv, nh := m.NVisible, m.NHidden
	row := make([]float64, nv)
	col := make([]float64, nh)
	total := 0.0
	for i := 0; i < nv; i++ {
		for j := 0; j < nh; j++ {
			w := m.W[i*nh+j]
			row[i] += w
			col[j] += w
			total += w
		}
	}
	C := 0.0
	if m.Units == PM1 { // ±1 → 0/1
		for k := range c.W {
			c.W[k] = 4 * m.W[k]
		}
		C = -total
		for i := range c.A {
			c.A[i] = 2*m.A[i] - 2*row[i]
			C += m.A[i]
		}
		for j := range c.B {
			c.B[j] = 2*m.B[j] - 2*col[j]
			C += m.B[j]
		}
		return c, C, nil
	}
	// 0/1 → ±1: W_s = W_z/4, a_s = a_z/2 + rowsum(W_z)/4, b_s likewise.
	for k := range c.W {
		c.W[k] = m.W[k] / 4
	}
	for i := range c.A {
		c.A[i] = m.A[i]/2 + row[i]/4
	}
	for j := range c.B {
		c.B[j] = m.B[j]/2 + col[j]/4
	}
	// C_z→s = −C_s→z computed from the ±1 parameters.
	C = -total / 4
	for i := range c.A {
		C += c.A[i]
	}
	for j := range c.B {
		C += c.B[j]
	}
	return c, -C, nil
}

// ConvertStates maps states between units: from ±1 to 0/1 z = (s+1)/2, from
// 0/1 to ±1 s = 2z − 1. It returns a new slice.
func ConvertStates(x []float64, from, to Units) []float64 {
	out := append([]float64(nil), x...)
	if from == to {
		return out
	}
	for k, v := range out {
		if from == PM1 {
			out[k] = (v + 1) / 2
		} else {
			out[k] = 2*v - 1
		}
	}
	return out
}
