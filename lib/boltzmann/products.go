package boltzmann

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// products computes the matrix products of training in float64 or float32.
// Only Fit uses float32 (TrainOptions.Float32), where it keeps a float32
// copy of W in step with the float64 model after every update.
type products struct {
	m     *RBM
	f32   bool
	w32   []float32
	a, b  []float32 // scratch for converted operands
	c     []float32 // scratch for the result
	grad  []float32 // nv×nh scratch for the gradient product
	inbuf []float32
}

func newProducts(m *RBM, f32 bool) *products {
	p := &products{m: m, f32: f32}
	if f32 {
		p.w32 = make([]float32, len(m.W))
		p.grad = make([]float32, len(m.W))
		p.sync()
	}
	return p
}

// sync copies W to its float32 mirror.
func (p *products) sync() {
	if !p.f32 {
		return
	}
	for i, w := range p.m.W {
		p.w32[i] = float32(w)
	}
}

func grow32(buf *[]float32, n int) []float32 {
	if cap(*buf) < n {
		*buf = make([]float32, n)
	}
	return (*buf)[:n]
}

// fields writes the local fields of layer l given n rows of the other layer.
func (p *products) fields(l Layer, given []float64, n int, out []float64) {
	if !p.f32 {
		computeFields(p.m, l, given, n, out)
		return
	}
	m := p.m
	nv, nh := m.NVisible, m.NHidden
	in := grow32(&p.inbuf, len(given))
	for i, x := range given {
		in[i] = float32(x)
	}
	c := grow32(&p.c, len(out))
	impl := blas32.Implementation()
	if l == Hidden {
		impl.Sgemm(blas.NoTrans, blas.NoTrans, n, nh, nv, 1, in, nv, p.w32, nh, 0, c, nh)
		for r := 0; r < n; r++ {
			row, cr := out[r*nh:(r+1)*nh], c[r*nh:(r+1)*nh]
			for j := range row {
				row[j] = float64(cr[j]) + m.B[j]
			}
		}
		return
	}
	impl.Sgemm(blas.NoTrans, blas.Trans, n, nv, nh, 1, in, nh, p.w32, nh, 0, c, nv)
	for r := 0; r < n; r++ {
		row, cr := out[r*nv:(r+1)*nv], c[r*nv:(r+1)*nv]
		for i := range row {
			row[i] = float64(cr[i]) + m.A[i]
		}
	}
}

// gradient sets velW = mu·velW + g·vvᵀhh (vv: rows×nv, hh: rows×nh).
func (p *products) gradient(vv, hh []float64, rows int, g, mu float64, velW []float64) {
	m := p.m
	nv, nh := m.NVisible, m.NHidden
	if !p.f32 {
		gemm(true, false, nv, nh, rows, g, vv, nv, hh, nh, mu, velW, nh)
		return
	}
	a := grow32(&p.a, len(vv))
	for i, x := range vv {
		a[i] = float32(x)
	}
	b := grow32(&p.b, len(hh))
	for i, x := range hh {
		b[i] = float32(x)
	}
	blas32.Implementation().Sgemm(blas.Trans, blas.NoTrans, nv, nh, rows, float32(g), a, nv, b, nh, 0, p.grad, nh)
	for i, d := range p.grad {
		velW[i] = mu*velW[i] + float64(d)
	}
}

// sampler returns a Digital-equivalent sampler using these products.
func (p *products) sampler() Sampler {
	return SamplerFunc(func(r *LayerRequest) error {
		if err := r.Check(); err != nil {
			return err
		}
		fields := r.Fields
		if fields == nil {
			fields = make([]float64, len(r.Out))
		}
		p.fields(r.Layer, r.Given, r.Chains, fields)
		drawStates(r.Model.Units, fields, r.Out, nil, r.Chains, r.Model.size(r.Layer), r.T, r.Rand)
		r.HasFields = r.Fields != nil
		return nil
	})
}
