package boltzmann

import (
	"context"
	"fmt"
	"math"
	"sync/atomic"

	"github.com/lumenlab/lumen/lib/rng"
)

// BM is a fully connected Boltzmann machine: W is N×N, symmetric with zero
// diagonal (row-major), B the biases, E(x) = −½ xᵀWx − bᵀx.
type BM struct {
	N     int
	W     []float64
	B     []float64
	T     float64
	Units Units
}

// NewBM checks W (n×n, symmetric to 1e-12 relative, zero diagonal) and b and
// returns a BM at T = 1.
func NewBM(W, b []float64, units Units) (*BM, error) {
	n := len(b)
	if n < 1 || n > 4096 {
		return nil, fmt.Errorf("boltzmann: BM size len(b) = %d not allowed: use 1..4096", n)
	}
	m := &BM{N: n, W: append([]float64(nil), W...), B: append([]float64(nil), b...), T: 1, Units: units}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return m, nil
}

// Validate checks the shapes, symmetry, zero diagonal and T.
func (m *BM) Validate() error {
	if m == nil {
		return fmt.Errorf("boltzmann: BM is nil")
	}
	n := m.N
	if n < 1 || len(m.B) != n {
		return fmt.Errorf("boltzmann: BM has N = %d and len(b) = %d: they must agree and be ≥ 1", n, len(m.B))
	}
	if len(m.W) != n*n {
		return fmt.Errorf("boltzmann: BM W has %d values, want N×N = %d", len(m.W), n*n)
	}
	scale := 0.0
	for _, w := range m.W {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("boltzmann: BM W contains %g", w)
		}
		scale = math.Max(scale, math.Abs(w))
	}
	for i := 0; i < n; i++ {
		if m.W[i*n+i] != 0 {
			return fmt.Errorf("boltzmann: BM W[%d][%d] = %g: the diagonal must be zero", i, i, m.W[i*n+i])
		}
		for j := 0; j < i; j++ {
			if math.Abs(m.W[i*n+j]-m.W[j*n+i]) > 1e-12*scale {
				return fmt.Errorf("boltzmann: BM W is not symmetric: W[%d][%d] = %g, W[%d][%d] = %g", i, j, m.W[i*n+j], j, i, m.W[j*n+i])
			}
		}
	}
	if err := checkT("T", m.T); err != nil {
		return err
	}
	return m.Units.valid()
}

// Energy returns E(x) = −Σ_{i<j} W_ij x_i x_j − Σ b_i x_i.
func (m *BM) Energy(x []float64) (float64, error) {
	if len(x) != m.N {
		return 0, fmt.Errorf("boltzmann: len(x) = %d, want N = %d", len(x), m.N)
	}
	e := 0.0
	for i := 0; i < m.N; i++ {
		s := 0.0
		for j := 0; j < i; j++ {
			s += m.W[i*m.N+j] * x[j]
		}
		e -= x[i] * (s + m.B[i])
	}
	return e, nil
}

// Convert returns the equivalent BM in units u and C with
// E_m(x) = E_converted(x') + C (see the package documentation).
func (m *BM) Convert(u Units) (*BM, float64, error) {
	if err := m.Validate(); err != nil {
		return nil, 0, err
	}
	if err := u.valid(); err != nil {
		return nil, 0, err
	}
	n := m.N
	c := &BM{N: n, W: append([]float64(nil), m.W...), B: append([]float64(nil), m.B...), T: m.T, Units: u}
	if u == m.Units {
		return c, 0, nil
	}
	row := make([]float64, n)
	half := 0.0 // Σ_{i<j} W_ij
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			row[i] += m.W[i*n+j]
			if j < i {
				half += m.W[i*n+j]
			}
		}
	}
	if m.Units == PM1 {
		C := -half
		for k := range c.W {
			c.W[k] = 4 * m.W[k]
		}
		for i := range c.B {
			c.B[i] = 2*m.B[i] - 2*row[i]
			C += m.B[i]
		}
		return c, C, nil
	}
	C := -half / 4
	for k := range c.W {
		c.W[k] = m.W[k] / 4
	}
	for i := range c.B {
		c.B[i] = m.B[i]/2 + row[i]/4
		C += c.B[i]
	}
	return c, -C, nil
}

// ExactDistribution returns the 2^N state probabilities at temperature T; bit
// i of the state index is unit i (set: +1, or 1 for 0/1 units). N ≤ 24.
func (m *BM) ExactDistribution() ([]float64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	n := m.N
	if n > MaxEnumerate {
		return nil, fmt.Errorf("boltzmann: exact distribution needs N ≤ %d, have %d", MaxEnumerate, n)
	}
	lo := m.Units.lo()
	x := make([]float64, n)
	for i := range x {
		x[i] = lo
	}
	logp := make([]float64, 1<<n)
	field := append([]float64(nil), m.B...) // W x + b
	for j := 0; j < n; j++ {
		for i := 0; i < n; i++ {
			field[i] += m.W[i*n+j] * lo
		}
	}
	e, _ := m.Energy(x)
	idx := 0
	logp[0] = -e / m.T
	for g := 1; g < 1<<n; g++ {
		k := trailingZeros(g)
		d := 1 - lo
		if x[k] == 1 {
			d = -d
		}
		// ΔE = −d·(field_k) (W_kk = 0)
		e -= d * field[k]
		x[k] += d
		for i := 0; i < n; i++ {
			field[i] += m.W[i*n+k] * d
		}
		idx ^= 1 << k
		logp[idx] = -e / m.T
	}
	lz := logSumExp(logp)
	for i := range logp {
		logp[i] = math.Exp(logp[i] - lz)
	}
	return logp, nil
}

// BMSampleOptions configures BM sampling.
type BMSampleOptions struct {
	Chains int     // parallel chains, ≥ 1
	Burn   int     // sweeps before recording, ≥ 0
	T      float64 // 0: the model's T
	// Init, when not nil, holds Chains×N initial states; nil: random.
	Init []float64
	Rand *rng.Source // required
}

// Sample runs sequential-sweep Gibbs chains for o.Burn sweeps and returns
// the final states (Chains×N).
func (m *BM) Sample(ctx context.Context, o BMSampleOptions) ([]float64, error) {
	x, err := m.run(ctx, o, 0, nil)
	return x, err
}

// Histogram runs the chains for o.Burn sweeps, then records the state after
// each of `samples` further sweeps of every chain, and returns the empirical
// distribution over the 2^N states (order as in ExactDistribution). N ≤ 24.
func (m *BM) Histogram(ctx context.Context, o BMSampleOptions, samples int) ([]float64, error) {
	if m.N > MaxEnumerate {
		return nil, fmt.Errorf("boltzmann: histogram needs N ≤ %d, have %d", MaxEnumerate, m.N)
	}
	if samples < 1 {
		return nil, fmt.Errorf("boltzmann: samples = %d not allowed: must be ≥ 1", samples)
	}
	counts := make([]float64, 1<<m.N)
	_, err := m.run(ctx, o, samples, counts)
	if err != nil {
		return nil, err
	}
	total := float64(samples * o.Chains)
	for i := range counts {
		counts[i] /= total
	}
	return counts, nil
}

func (m *BM) run(ctx context.Context, o BMSampleOptions, samples int, counts []float64) ([]float64, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if o.Chains < 1 || o.Chains > 1<<24 {
		return nil, fmt.Errorf("boltzmann: chains = %d not allowed: use 1..%d", o.Chains, 1<<24)
	}
	if o.Burn < 0 {
		return nil, fmt.Errorf("boltzmann: burn = %d not allowed: must be ≥ 0", o.Burn)
	}
	if o.Rand == nil {
		return nil, fmt.Errorf("boltzmann: BMSampleOptions.Rand is nil: pass a random source")
	}
	T := o.T
	if T == 0 {
		T = m.T
	}
	if err := checkT("T", T); err != nil {
		return nil, err
	}
	n, nc := m.N, o.Chains
	lo := m.Units.lo()
	x := make([]float64, nc*n)
	if o.Init != nil {
		if len(o.Init) != nc*n {
			return nil, fmt.Errorf("boltzmann: init has %d values, want chains×N = %d", len(o.Init), nc*n)
		}
		if err := m.Units.checkStates("init", o.Init); err != nil {
			return nil, err
		}
		copy(x, o.Init)
	}
	scale := 1 / T
	if m.Units == PM1 {
		scale = 2 / T
	}
	root := rng.New(o.Rand.Uint64())
	const perBlock = 64
	blocks := (nc + perBlock - 1) / perBlock
	// per-block histograms when they are small, else one shared histogram
	// updated atomically (counts are integers, so the sum is exact either way)
	var blockCounts [][]float64
	var shared []uint64
	if counts != nil {
		if len(counts)*blocks <= 1<<22 {
			blockCounts = make([][]float64, blocks)
		} else {
			shared = make([]uint64, len(counts))
		}
	}
	var cancelled atomic.Value
	parallelFor(blocks, func(b int) {
		s := root.Split(uint64(b))
		c0, c1 := b*perBlock, (b+1)*perBlock
		if c1 > nc {
			c1 = nc
		}
		if o.Init == nil {
			for k := c0 * n; k < c1*n; k++ {
				if s.Uint64()&1 == 1 {
					x[k] = 1
				} else {
					x[k] = lo
				}
			}
		}
		var cnt []float64
		if blockCounts != nil {
			cnt = make([]float64, len(counts))
			blockCounts[b] = cnt
		}
		for c := c0; c < c1; c++ {
			xc := x[c*n : (c+1)*n]
			for sweep := 0; sweep < o.Burn+samples; sweep++ {
				if sweep&255 == 0 && ctx != nil && ctx.Err() != nil {
					cancelled.Store(ctx.Err())
					return
				}
				idx := 0
				for i := 0; i < n; i++ {
					row := m.W[i*n : (i+1)*n]
					f := m.B[i]
					for j, xj := range xc {
						f += row[j] * xj
					}
					if float64(s.Uint64()>>11)*(1.0/(1<<53)) < sigmoid(scale*f) {
						xc[i] = 1
						idx |= 1 << i
					} else {
						xc[i] = lo
					}
				}
				if sweep >= o.Burn {
					if cnt != nil {
						cnt[idx]++
					} else if shared != nil {
						atomic.AddUint64(&shared[idx], 1)
					}
				}
			}
		}
	})
	if err, ok := cancelled.Load().(error); ok {
		return nil, err
	}
	for _, cnt := range blockCounts {
		for i, v := range cnt {
			counts[i] += v
		}
	}
	for i, v := range shared {
		counts[i] = float64(v)
	}
	return x, nil
}
