package boltzmann

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/lumenlab/lumen/lib/rng"
)

// Sampler is the plug point for sampling devices: given a model, a layer and
// the other layer's states, it samples the layer. The digital sampler is one
// implementation; photonic and spiking devices are others, and anything that
// implements Sampler can run sampling, training (its samples form the
// negative phase) and Ising lattices.
type Sampler interface {
	SampleLayer(r *LayerRequest) error
}

// SamplerFunc adapts a function to the Sampler interface.
type SamplerFunc func(r *LayerRequest) error

// SampleLayer calls f(r).
func (f SamplerFunc) SampleLayer(r *LayerRequest) error { return f(r) }

// LayerRequest asks a Sampler for one layer update of many chains at once.
type LayerRequest struct {
	Model  *RBM
	Layer  Layer       // the layer to sample
	Given  []float64   // Chains × size of the other layer: its current states
	Chains int         // number of chains (rows)
	T      float64     // temperature, > 0
	Rand   *rng.Source // the sampler's random stream for this request

	// Out (Chains × size of Layer) receives the sampled states, in the
	// model's units.
	Out []float64
	// Fields, when not nil, has room for Chains × size of Layer local fields
	// S (bias included, not divided by T). A sampler that measures them
	// writes them and sets HasFields; others leave HasFields false.
	Fields    []float64
	HasFields bool
}

// Check validates a request's shapes (for use by Sampler implementations).
func (r *LayerRequest) Check() error {
	if r.Model == nil {
		return fmt.Errorf("boltzmann: LayerRequest.Model is nil")
	}
	if err := r.Model.validateShape(); err != nil {
		return err
	}
	if r.Chains < 0 {
		return fmt.Errorf("boltzmann: chains = %d not allowed: must be ≥ 0", r.Chains)
	}
	other := Hidden
	if r.Layer == Hidden {
		other = Visible
	}
	if len(r.Given) != r.Chains*r.Model.size(other) {
		return fmt.Errorf("boltzmann: given %s states have %d values, want chains×%d = %d", other, len(r.Given), r.Model.size(other), r.Chains*r.Model.size(other))
	}
	if len(r.Out) != r.Chains*r.Model.size(r.Layer) {
		return fmt.Errorf("boltzmann: output buffer has %d values, want chains×%d = %d", len(r.Out), r.Model.size(r.Layer), r.Chains*r.Model.size(r.Layer))
	}
	if r.Fields != nil && len(r.Fields) != len(r.Out) {
		return fmt.Errorf("boltzmann: fields buffer has %d values, want %d", len(r.Fields), len(r.Out))
	}
	if r.Rand == nil {
		return fmt.Errorf("boltzmann: LayerRequest.Rand is nil")
	}
	return checkT("T", r.T)
}

// Digital is the exact heat-bath sampler computed on the CPU: local fields
// by a matrix product, then independent Bernoulli draws. It always reports
// the fields when asked.
type Digital struct{}

// SampleLayer implements Sampler.
func (Digital) SampleLayer(r *LayerRequest) error {
	if err := r.Check(); err != nil {
		return err
	}
	m := r.Model
	width := m.size(r.Layer)
	fields := r.Fields
	if fields == nil {
		fields = make([]float64, len(r.Out))
	}
	computeFields(m, r.Layer, r.Given, r.Chains, fields)
	drawStates(m.Units, fields, r.Out, nil, r.Chains, width, r.T, r.Rand)
	if r.Fields != nil {
		r.HasFields = true
	}
	return nil
}

// computeFields writes the local fields of layer l given the other layer's
// states (n rows).
func computeFields(m *RBM, l Layer, given []float64, n int, fields []float64) {
	nv, nh := m.NVisible, m.NHidden
	if l == Hidden {
		for r := 0; r < n; r++ {
			copy(fields[r*nh:(r+1)*nh], m.B)
		}
		gemm(false, false, n, nh, nv, 1, given, nv, m.W, nh, 1, fields, nh)
		return
	}
	for r := 0; r < n; r++ {
		copy(fields[r*nv:(r+1)*nv], m.A)
	}
	gemm(false, true, n, nv, nh, 1, given, nh, m.W, nh, 1, fields, nv)
}

// drawStates samples heat-bath states from local fields (n×width) into out
// and, when mean is not nil, writes the conditional means. It draws one seed
// from src and gives each block of rows its own substream.
func drawStates(u Units, fields, out, mean []float64, n, width int, T float64, src *rng.Source) {
	if n == 0 || width == 0 {
		return
	}
	root := rng.New(src.Uint64())
	size, count := rowBlocks(n, width)
	scale := 1 / T
	if u == PM1 {
		scale = 2 / T
	}
	lo := u.lo()
	parallelFor(count, func(b int) {
		start, end := b*size*width, (b+1)*size*width
		if end > n*width {
			end = n * width
		}
		var bm []float64
		if mean != nil {
			bm = mean[start:end]
		}
		drawRange(fields[start:end], out[start:end], bm, scale, lo, root.Split(uint64(b)))
	})
}

// drawRange draws heat-bath states x = 1 with probability σ(scale·f), else
// lo, and writes the means when mean is not nil. The first pass computes
// the probabilities (expFast written out so that it inlines), the second
// compares 53-bit uniforms with them without branches.
func drawRange(fields, out, mean []float64, scale, lo float64, s *rng.Source) {
	out = out[:len(fields)]
	for k, f := range fields {
		x := -scale * f
		if x > 700 {
			x = 700
		} else if x < -700 {
			x = -700
		}
		const k32 = 32 / math.Ln2
		const ln2hi = 6.93147180369123816490e-01 / 32
		const ln2lo = 1.90821492927058770002e-10 / 32
		const round = 6755399441055744.0
		kf := (x*k32 + round) - round
		ki := int64(kf)
		r := x - kf*ln2hi - kf*ln2lo
		e := (1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))) * exp2Table[ki&31] * math.Float64frombits(uint64((ki>>5)+1023)<<52)
		out[k] = 1 / (1 + e)
	}
	if mean != nil {
		mean = mean[:len(fields)]
		for k, p := range out {
			mean[k] = lo + (1-lo)*p
		}
	}
	d := 1 - lo
	for k, p := range out {
		thr := uint64(p * (1 << 53))
		_, below := bits.Sub64(s.Uint64()>>11, thr, 0) // 1 iff u < p
		out[k] = lo + d*float64(below)
	}
}

// meansFromFields writes E[x | field] for each field.
func meansFromFields(u Units, fields, mean []float64, T float64) {
	n := len(fields)
	size, count := rowBlocks(n, 1)
	parallelFor(count, func(b int) {
		start, end := b*size, (b+1)*size
		if end > n {
			end = n
		}
		if u == PM1 {
			for k := start; k < end; k++ {
				mean[k] = 2*sigmoid(2*fields[k]/T) - 1
			}
		} else {
			for k := start; k < end; k++ {
				mean[k] = sigmoid(fields[k] / T)
			}
		}
	})
}
