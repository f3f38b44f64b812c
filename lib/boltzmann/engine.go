package boltzmann

import (
	"math"
	"math/bits"
	"unsafe"

	"github.com/lumenlab/lumen/lib/rng"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas32"
)

// The fused engine runs the Digital sampler's Gibbs steps and CD/PCD updates
// without the Sampler interface in between: each fixed block of chains goes
// through a whole step (product, then one pass that adds the bias, draws the
// states in place and writes the means) on one goroutine, with its own
// random substream, so results do not depend on GOMAXPROCS. Buffers are
// float32 or float64 (the type parameter F); with float64 the chains' own
// slices are the buffers.

// float is the element type of the engine's buffers.
type float interface{ ~float32 | ~float64 }

func is32[F float]() bool {
	var x F
	return unsafe.Sizeof(x) == 4
}

func as32[F float](x []F) []float32 {
	return unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
}

func as64[F float](x []F) []float64 {
	return unsafe.Slice((*float64)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
}

// fromF64 returns x as a []F: x itself for float64, else a converted copy
// in buf (grown as needed).
func fromF64[F float](x []float64, buf *[]F) []F {
	if !is32[F]() {
		return unsafe.Slice((*F)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
	}
	if cap(*buf) < len(x) {
		*buf = make([]F, len(x))
	}
	out := (*buf)[:len(x)]
	for i, v := range x {
		out[i] = F(v)
	}
	return out
}

// gemmF computes C = alpha·op(A)·op(B) + beta·C in F precision (row-major).
func gemmF[F float](tA, tB bool, m, n, k int, alpha float64, a []F, lda int, b []F, ldb int, beta float64, c []F, ldc int) {
	if !is32[F]() {
		gemm(tA, tB, m, n, k, alpha, as64(a), lda, as64(b), ldb, beta, as64(c), ldc)
		return
	}
	ta, tb := blas.NoTrans, blas.NoTrans
	if tA {
		ta = blas.Trans
	}
	if tB {
		tb = blas.Trans
	}
	blas32.Implementation().Sgemm(ta, tb, m, n, k, float32(alpha), as32(a), lda, as32(b), ldb, float32(beta), as32(c), ldc)
}

// evenBlocks splits n rows into blocks of about target rows: the count is
// rounded up to an even number (two cores stay balanced; a single block
// only below target/4 rows) and never depends on GOMAXPROCS.
func evenBlocks(n, target int) (size, count int) {
	if n <= 0 {
		return 0, 0
	}
	count = (n + target - 1) / target
	if count%2 == 1 && (count > 1 || n >= target/4) {
		count++
	}
	count = min(count, n)
	size = (n + count - 1) / count
	return size, (n + size - 1) / size
}

// chainBlocks is the fixed partition of n chains (rows) into the blocks the
// engine runs in parallel: blocks of about 64 rows, big enough for an
// efficient product per block.
func chainBlocks(n int) (size, count int) { return evenBlocks(n, 64) }

// While the float32 engine runs several blocks, OpenBLAS is kept to one
// thread (see serialBLAS); this does not depend on GOMAXPROCS, so every
// block's products are computed the same way at any setting.

// heatBath turns x (rows of width local fields without the bias, in place)
// into heat-bath states: hi = 1 with probability p = σ(scale·(x + bias)),
// else lo. When mean is not nil it receives E[x] = lo + (1−lo)·p, negated
// when negMean is set; when v0 is not nil, heatBath returns
// Σ (v0 − E[x])², the reconstruction error. The uniforms come from s in
// bulk, in chunks of 256 draws: 53-bit ones for float64, 32-bit halves of
// each draw for float32 (see drawChunk).
func heatBath[F float](x []F, width int, bias []float64, scale, lo float64, mean []F, negMean bool, v0 []F, s *rng.Source) float64 {
	var ubuf [256]uint64
	chunk := len(ubuf)
	if is32[F]() {
		chunk *= 2
	}
	recon := 0.0
	for c0, c1 := 0, 0; c0 < len(x); c0 = c1 {
		// a chunk never crosses a row, so the bias offset is fixed in it
		col := c0 % width
		c1 = min(c0+chunk, len(x), c0-col+width)
		xr := x[c0:c1]
		br := bias[col : col+len(xr)]
		if is32[F]() {
			s.Fill(ubuf[:(len(xr)+1)/2])
		} else {
			s.Fill(ubuf[:len(xr)])
		}
		if mean == nil && v0 == nil {
			drawChunk(xr, br, &ubuf, scale, lo)
			continue
		}
		var mr, v0r []F
		if mean != nil {
			mr = mean[c0:c1]
		}
		if v0 != nil {
			v0r = v0[c0:c1]
		}
		recon += drawChunkMeans(xr, br, &ubuf, scale, lo, mr, negMean, v0r)
	}
	return recon
}

// drawChunk is heatBath's loop without means: x = 1 with probability
// σ(scale·(x + b)), else lo, with uniforms from u (53-bit for float64,
// 32-bit halves for float32). The comparison u < 1/(1+e) is made as
// u·(1+e) < 1 on the bit patterns, without a division or a branch.
func drawChunk[F float](x []F, b []float64, u *[256]uint64, scale, lo float64) {
	b = b[:len(x)]
	u32 := (*[512]uint32)(unsafe.Pointer(u))
	d, ns := 1-lo, -scale
	for j := range x {
		t := ns * (float64(x[j]) + b[j])
		if t > 700 {
			t = 700
		} else if t < -700 {
			t = -700
		}
		kf := (t*expK32 + expRound) - expRound
		ki := int64(kf)
		r := t - kf*expLn2Hi - kf*expLn2Lo
		var poly, uf float64
		if is32[F]() {
			poly = 1 + r*(1+r*(1.0/2+r*(1.0/6)))
			uf = float64(int64(u32[j&511])) * 0x1p-32
		} else {
			poly = 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))
			uf = float64(int64(u[j&255]>>11)) * 0x1p-53
		}
		e := poly * exp2Table[ki&31] * math.Float64frombits(uint64((ki>>5)+1023)<<52)
		// below = 1 iff uf·(1+e) < 1, that is uf < p
		_, below := bits.Sub64(math.Float64bits(uf*(1+e)), 0x3ff0000000000000, 0)
		x[j] = F(lo + d*float64(int64(below)))
	}
}

// drawChunkMeans is drawChunk that also writes the means lo + (1−lo)·p
// (negated with neg) when mean is not nil and returns Σ (v0 − mean)² when
// v0 is not nil.
func drawChunkMeans[F float](x []F, b []float64, u *[256]uint64, scale, lo float64, mean []F, neg bool, v0 []F) float64 {
	b = b[:len(x)]
	u32 := (*[512]uint32)(unsafe.Pointer(u))
	d, ns := 1-lo, -scale
	ml, ms := lo, d
	if neg {
		ml, ms = -lo, -d
	}
	if mean != nil {
		mean = mean[:len(x)]
	}
	if v0 != nil {
		v0 = v0[:len(x)]
	}
	recon := 0.0
	for j := range x {
		t := ns * (float64(x[j]) + b[j])
		if t > 700 {
			t = 700
		} else if t < -700 {
			t = -700
		}
		kf := (t*expK32 + expRound) - expRound
		ki := int64(kf)
		r := t - kf*expLn2Hi - kf*expLn2Lo
		var poly, uf float64
		if is32[F]() {
			poly = 1 + r*(1+r*(1.0/2+r*(1.0/6)))
			uf = float64(int64(u32[j&511])) * 0x1p-32
		} else {
			poly = 1 + r*(1+r*(1.0/2+r*(1.0/6+r*(1.0/24+r*(1.0/120)))))
			uf = float64(int64(u[j&255]>>11)) * 0x1p-53
		}
		e := poly * exp2Table[ki&31] * math.Float64frombits(uint64((ki>>5)+1023)<<52)
		_, below := bits.Sub64(math.Float64bits(uf*(1+e)), 0x3ff0000000000000, 0)
		x[j] = F(lo + d*float64(int64(below)))
		p := 1 / (1 + e)
		if mean != nil {
			mean[j] = F(ml + ms*p)
		}
		if v0 != nil {
			dv := float64(v0[j]) - (lo + d*p)
			recon += dv * dv
		}
	}
	return recon
}

const (
	expK32   = 32 / math.Ln2
	expLn2Hi = 6.93147180369123816490e-01 / 32
	expLn2Lo = 1.90821492927058770002e-10 / 32
	expRound = 6755399441055744.0 // 1.5·2^52: adding it rounds to an integer
)

// meanFields turns x (local fields without the bias, in place) into the
// conditional means lo + (1−lo)·σ(scale·(x + bias)), negated when neg is
// set; with v0 it only returns Σ (v0 − mean)² and leaves x as it is.
func meanFields[F float](x []F, width int, bias []float64, scale, lo float64, neg bool, v0 []F) float64 {
	bias = bias[:width]
	d := 1 - lo
	ml, ms := lo, d
	if neg {
		ml, ms = -lo, -d
	}
	recon := 0.0
	rows := len(x) / width
	for r := 0; r < rows; r++ {
		xr := x[r*width : (r+1)*width]
		for j := range xr {
			p := sigmoid(scale * (float64(xr[j]) + bias[j]))
			if v0 != nil {
				dv := float64(v0[r*width+j]) - (lo + d*p)
				recon += dv * dv
				continue
			}
			xr[j] = F(ml + ms*p)
		}
	}
	return recon
}

// clampSpec holds the visible units a Gibbs run keeps fixed.
type clampSpec struct {
	nv       int
	idx      []int
	values   []float64
	perChain bool
}

// applyClamp resets the clamped units of chains r0..r1−1 (v holds those
// rows).
func applyClamp[F float](c *clampSpec, v []F, r0, r1 int) {
	if c == nil || len(c.idx) == 0 {
		return
	}
	nv := c.nv
	for r := r0; r < r1; r++ {
		row := v[(r-r0)*nv : (r-r0+1)*nv]
		src := c.values[:nv]
		if c.perChain {
			src = c.values[r*nv : (r+1)*nv]
		}
		for _, i := range c.idx {
			row[i] = F(src[i])
		}
	}
}

// gibbsDigital runs the Digital sampler's steps (one temperature per step)
// on the chains with the fused engine.
func gibbsDigital[F float](ctx interface{ Err() error }, m *RBM, c *Chains, temps []float64, cl *clampSpec, src *rng.Source) error {
	nv, nh, n := m.NVisible, m.NHidden, c.N
	var wbuf, vbuf, hbuf []F
	w := fromF64(m.W, &wbuf)
	v := fromF64(c.V, &vbuf)
	h := fromF64(c.H, &hbuf)
	if is32[F]() {
		defer func() {
			for i, x := range v {
				c.V[i] = float64(x)
			}
			for i, x := range h {
				c.H[i] = float64(x)
			}
		}()
	}
	size, count := chainBlocks(n)
	root := rng.New(src.Uint64())
	streams := make([]*rng.Source, count)
	for b := range streams {
		streams[b] = root.Split(uint64(b))
	}
	lo := m.Units.lo()
	var scale float64
	if !is32[F]() {
		// float64: OpenBLAS's own threads are faster for dgemm here than a
		// product per block (measured 3.0 against 3.5 ms per step of 100
		// chains on the 2-core machine), so the products cover all chains
		// and only the passes run in blocks
		pass := func(x []F, width int, bias []float64, visible bool) func(b int) {
			return func(b int) {
				r0, r1 := b*size, min(n, (b+1)*size)
				heatBath(x[r0*width:r1*width], width, bias, scale, lo, nil, false, nil, streams[b])
				if visible {
					applyClamp(cl, x[r0*nv:r1*nv], r0, r1)
				}
			}
		}
		hpass, vpass := pass(h, nh, m.B, false), pass(v, nv, m.A, true)
		for _, T := range temps {
			if ctx != nil {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			scale = 1 / T
			if m.Units == PM1 {
				scale = 2 / T
			}
			gemmF(false, false, n, nh, nv, 1, v, nv, w, nh, 0, h, nh)
			parallelFor(count, hpass)
			gemmF(false, true, n, nv, nh, 1, h, nh, w, nh, 0, v, nv)
			parallelFor(count, vpass)
		}
		return nil
	}
	if count > 1 {
		defer serialBLAS()()
	}
	step := func(b int) {
		r0, r1 := b*size, min(n, (b+1)*size)
		rows := r1 - r0
		vb, hb := v[r0*nv:r1*nv], h[r0*nh:r1*nh]
		gemmF(false, false, rows, nh, nv, 1, vb, nv, w, nh, 0, hb, nh)
		heatBath(hb, nh, m.B, scale, lo, nil, false, nil, streams[b])
		gemmF(false, true, rows, nv, nh, 1, hb, nh, w, nh, 0, vb, nv)
		heatBath(vb, nv, m.A, scale, lo, nil, false, nil, streams[b])
		applyClamp(cl, vb, r0, r1)
	}
	for _, T := range temps {
		if ctx != nil {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		scale = 1 / T
		if m.Units == PM1 {
			scale = 2 / T
		}
		parallelFor(count, step)
	}
	return nil
}

// trainer runs CD-k/PCD-k updates of the Digital sampler with the fused
// engine. Phase one runs each fixed block of batch rows through the
// positive phase, the k Gibbs steps and the negative hidden means; phase
// two splits W into fixed bands of visible rows, each computing its part of
// the gradient product [v0; vk]ᵀ[h0; −hk] and updating its weights and
// visible biases in the same pass.
type trainer[F float] struct {
	m          *RBM
	k          int
	persistent bool
	nv, nh     int
	w          []F // W (float64: m.W itself; float32: the master copy, see flush)
	wbuf       []F
	vv         []F       // 2·bs×nv: [data rows; negative rows]
	hh         []F       // 2·bs×nh: [positive means; −negative means]
	hs         []F       // bs×nh hidden samples
	pv         []F       // bs×nv persistent chains (PCD)
	vel32      []float32 // float32: the weights' velocity
	dirty      bool      // float32: w has updates the model lacks
	streams    []*rng.Source
	sumB       [][]float64 // per chain block
	recon      []float64   // per chain block
	reconN     []int
	velW       []float64
	velA, velB []float64
	sumA       []float64
}

func newTrainer[F float](m *RBM, bs, k int, persistent bool, pv []float64, src *rng.Source) *trainer[F] {
	nv, nh := m.NVisible, m.NHidden
	t := &trainer[F]{m: m, k: k, persistent: persistent, nv: nv, nh: nh,
		vv: make([]F, 2*bs*nv), hh: make([]F, 2*bs*nh), hs: make([]F, bs*nh),
		velA: make([]float64, nv), velB: make([]float64, nh), sumA: make([]float64, nv)}
	t.w = fromF64(m.W, &t.wbuf)
	if is32[F]() {
		t.vel32 = make([]float32, nv*nh)
	} else {
		t.velW = make([]float64, nv*nh)
	}
	if persistent {
		t.pv = make([]F, len(pv))
		for i, x := range pv {
			t.pv[i] = F(x)
		}
	}
	_, count := chainBlocks(bs)
	root := rng.New(src.Uint64())
	t.streams = make([]*rng.Source, count)
	t.sumB = make([][]float64, count)
	t.recon = make([]float64, count)
	t.reconN = make([]int, count)
	for b := range t.streams {
		t.streams[b] = root.Split(uint64(b))
		t.sumB[b] = make([]float64, nh)
	}
	return t
}

// flush copies the float32 master weights to the model (a no-op for
// float64, whose master is the model's W).
func (t *trainer[F]) flush() {
	if is32[F]() && t.dirty {
		t.dirty = false
		for i, w := range t.w {
			t.m.W[i] = float64(w)
		}
	}
}

// reload copies the model's weights to the float32 master (after a
// callback, which may change them).
func (t *trainer[F]) reload() {
	if is32[F]() {
		for i, w := range t.m.W {
			t.w[i] = F(w)
		}
	}
}

// batch runs one update on the nb rows data[order[r]] and returns the
// summed squared reconstruction error and the number of values it covers.
func (t *trainer[F]) batch(data []float64, order []int, nb int, T, lr, mu, wd float64) (float64, int) {
	m, nv, nh := t.m, t.nv, t.nh
	lo := m.Units.lo()
	scale := 1 / T
	if m.Units == PM1 {
		scale = 2 / T
	}
	size, count := chainBlocks(nb)
	w := t.w
	t.dirty = true
	if !is32[F]() {
		return t.batchWhole(data, order, nb, T, lr, mu, wd)
	}
	parallelFor(count, func(b int) {
		r0, r1 := b*size, min(nb, (b+1)*size)
		rows := r1 - r0
		s := t.streams[b]
		v0 := t.vv[r0*nv : r1*nv]
		for r := 0; r < rows; r++ {
			row := data[order[r0+r]*nv : (order[r0+r]+1)*nv]
			dst := v0[r*nv : (r+1)*nv]
			for i, x := range row {
				dst[i] = F(x)
			}
		}
		ph0 := t.hh[r0*nh : r1*nh]
		hs := t.hs[r0*nh : r1*nh]
		vneg := t.vv[(nb+r0)*nv : (nb+r1)*nv]
		// positive phase: hidden means, and a sample to start CD chains
		gemmF(false, false, rows, nh, nv, 1, v0, nv, w, nh, 0, hs, nh)
		heatBath(hs, nh, m.B, scale, lo, ph0, false, nil, s)
		t.recon[b], t.reconN[b] = 0, 0
		if t.persistent {
			// reconstruction error, estimated on the batch's first 10 rows
			if nr := min(r1, 10) - r0; nr > 0 {
				vf := vneg[:nr*nv]
				gemmF(false, true, nr, nv, nh, 1, hs[:nr*nh], nh, w, nh, 0, vf, nv)
				t.recon[b] = meanFields(vf, nv, m.A, scale, lo, false, v0[:nr*nv])
				t.reconN[b] = nr * nv
			}
			vneg = t.pv[r0*nv : r1*nv]
		}
		for step := 0; step < t.k; step++ {
			if t.persistent || step > 0 {
				gemmF(false, false, rows, nh, nv, 1, vneg, nv, w, nh, 0, hs, nh)
				heatBath(hs, nh, m.B, scale, lo, nil, false, nil, s)
			}
			gemmF(false, true, rows, nv, nh, 1, hs, nh, w, nh, 0, vneg, nv)
			if step == 0 && !t.persistent {
				// reconstruction error from the mean of v | h0
				t.recon[b] = heatBath(vneg, nv, m.A, scale, lo, nil, false, v0, s)
				t.reconN[b] = rows * nv
			} else {
				heatBath(vneg, nv, m.A, scale, lo, nil, false, nil, s)
			}
		}
		if t.persistent {
			copy(t.vv[(nb+r0)*nv:(nb+r1)*nv], vneg)
			vneg = t.vv[(nb+r0)*nv : (nb+r1)*nv]
		}
		// negated hidden means at the negative states
		phk := t.hh[(nb+r0)*nh : (nb+r1)*nh]
		gemmF(false, false, rows, nh, nv, 1, vneg, nv, w, nh, 0, phk, nh)
		meanFields(phk, nh, m.B, scale, lo, true, nil)
		sb := t.sumB[b]
		clear(sb)
		for r := 0; r < rows; r++ {
			p, q := ph0[r*nh:(r+1)*nh], phk[r*nh:(r+1)*nh]
			for j := range sb {
				sb[j] += float64(p[j] + q[j])
			}
		}
	})
	recon, reconN := 0.0, 0
	for b := 0; b < count; b++ {
		recon += t.recon[b]
		reconN += t.reconN[b]
	}
	// update with momentum: vel = μ vel + lr (grad − λW), one product
	// [v0; vk]ᵀ[h0; −hk] for both phases, in bands of visible rows
	g := lr / (float64(nb) * T)
	wsize, wcount := evenBlocks(nv, 64)
	vv, hh := t.vv[:2*nb*nv], t.hh[:2*nb*nh]
	parallelFor(wcount, func(b int) {
		i0, i1 := b*wsize, min(nv, (b+1)*wsize)
		if is32[F]() {
			// float32: the mirror is the master copy while training (see
			// flush); the momentum rides on the product's beta
			vel := t.vel32[i0*nh : i1*nh]
			gemmF(true, false, i1-i0, nh, 2*nb, g, as32(vv[i0:]), nv, as32(hh), nh, mu, vel, nh)
			w32 := as32(t.w[i0*nh : i1*nh])
			w32 = w32[:len(vel)]
			wd32 := float32(wd)
			for i, v := range vel {
				d := v - wd32*w32[i]
				vel[i] = d
				w32[i] += d
			}
		} else {
			velW := t.velW[i0*nh : i1*nh]
			W := m.W[i0*nh : i1*nh]
			gemm(true, false, i1-i0, nh, 2*nb, g, as64(vv[i0:]), nv, as64(hh), nh, mu, velW, nh)
			W = W[:len(velW)]
			for i, v := range velW {
				d := v - wd*W[i]
				velW[i] = d
				W[i] += d
			}
		}
		sa := t.sumA[i0:i1]
		clear(sa)
		for r := 0; r < nb; r++ {
			p, q := vv[r*nv+i0:r*nv+i1], vv[(nb+r)*nv+i0:(nb+r)*nv+i1]
			for i := range sa {
				sa[i] += float64(p[i] - q[i])
			}
		}
		for i := i0; i < i1; i++ {
			t.velA[i] = mu*t.velA[i] + g*t.sumA[i]
			m.A[i] += t.velA[i]
		}
	})
	for j := range t.velB {
		s := 0.0
		for b := 0; b < count; b++ {
			s += t.sumB[b][j]
		}
		t.velB[j] = mu*t.velB[j] + g*s
		m.B[j] += t.velB[j]
	}
	return recon, reconN
}

// batchWhole is batch for float64, where OpenBLAS's own threads compute
// dgemm faster than a product per block on the 2-core machine: each product
// covers the whole batch (or all of W) and only the passes run in the fixed
// blocks, with the same random substreams.
func (t *trainer[F]) batchWhole(data []float64, order []int, nb int, T, lr, mu, wd float64) (float64, int) {
	m, nv, nh := t.m, t.nv, t.nh
	lo := m.Units.lo()
	scale := 1 / T
	if m.Units == PM1 {
		scale = 2 / T
	}
	size, count := chainBlocks(nb)
	w := t.w
	v0 := t.vv[:nb*nv]
	vneg := t.vv[nb*nv : 2*nb*nv]
	ph0, phk := t.hh[:nb*nh], t.hh[nb*nh:2*nb*nh]
	hs := t.hs[:nb*nh]
	for r := 0; r < nb; r++ {
		row := data[order[r]*nv : (order[r]+1)*nv]
		dst := v0[r*nv : (r+1)*nv]
		for i, x := range row {
			dst[i] = F(x)
		}
	}
	// pass runs f on each block's rows of a layer of the given width
	pass := func(f func(b, r0, r1 int)) {
		parallelFor(count, func(b int) { f(b, b*size, min(nb, (b+1)*size)) })
	}
	for b := range t.recon {
		t.recon[b], t.reconN[b] = 0, 0
	}
	// positive phase: hidden means, and a sample to start CD chains
	gemmF(false, false, nb, nh, nv, 1, v0, nv, w, nh, 0, hs, nh)
	pass(func(b, r0, r1 int) {
		heatBath(hs[r0*nh:r1*nh], nh, m.B, scale, lo, ph0[r0*nh:r1*nh], false, nil, t.streams[b])
	})
	if t.persistent {
		// reconstruction error, estimated on the batch's first 10 rows
		nr := min(nb, 10)
		vf := vneg[:nr*nv]
		gemmF(false, true, nr, nv, nh, 1, hs[:nr*nh], nh, w, nh, 0, vf, nv)
		t.recon[0] = meanFields(vf, nv, m.A, scale, lo, false, v0[:nr*nv])
		t.reconN[0] = nr * nv
		vneg = t.pv[:nb*nv]
	}
	for step := 0; step < t.k; step++ {
		if t.persistent || step > 0 {
			gemmF(false, false, nb, nh, nv, 1, vneg, nv, w, nh, 0, hs, nh)
			pass(func(b, r0, r1 int) {
				heatBath(hs[r0*nh:r1*nh], nh, m.B, scale, lo, nil, false, nil, t.streams[b])
			})
		}
		gemmF(false, true, nb, nv, nh, 1, hs, nh, w, nh, 0, vneg, nv)
		recon := step == 0 && !t.persistent
		pass(func(b, r0, r1 int) {
			if recon {
				// reconstruction error from the mean of v | h0
				t.recon[b] = heatBath(vneg[r0*nv:r1*nv], nv, m.A, scale, lo, nil, false, v0[r0*nv:r1*nv], t.streams[b])
				t.reconN[b] = (r1 - r0) * nv
			} else {
				heatBath(vneg[r0*nv:r1*nv], nv, m.A, scale, lo, nil, false, nil, t.streams[b])
			}
		})
	}
	if t.persistent {
		copy(t.vv[nb*nv:2*nb*nv], vneg)
		vneg = t.vv[nb*nv : 2*nb*nv]
	}
	// negated hidden means at the negative states
	gemmF(false, false, nb, nh, nv, 1, vneg, nv, w, nh, 0, phk, nh)
	pass(func(b, r0, r1 int) {
		meanFields(phk[r0*nh:r1*nh], nh, m.B, scale, lo, true, nil)
		sb := t.sumB[b]
		clear(sb)
		for r := r0; r < r1; r++ {
			p, q := ph0[r*nh:(r+1)*nh], phk[r*nh:(r+1)*nh]
			for j := range sb {
				sb[j] += float64(p[j] + q[j])
			}
		}
	})
	recon, reconN := 0.0, 0
	for b := 0; b < count; b++ {
		recon += t.recon[b]
		reconN += t.reconN[b]
	}
	// vel = μ vel + lr/(nb T) [v0; vk]ᵀ[h0; −hk], one product, then the
	// update in bands of visible rows
	g := lr / (float64(nb) * T)
	vv, hh := as64(t.vv[:2*nb*nv]), as64(t.hh[:2*nb*nh])
	gemm(true, false, nv, nh, 2*nb, g, vv, nv, hh, nh, mu, t.velW, nh)
	wsize, wcount := evenBlocks(nv, 64)
	parallelFor(wcount, func(b int) {
		i0, i1 := b*wsize, min(nv, (b+1)*wsize)
		velW := t.velW[i0*nh : i1*nh]
		W := m.W[i0*nh : i1*nh]
		W = W[:len(velW)]
		for i, v := range velW {
			d := v - wd*W[i]
			velW[i] = d
			W[i] += d
		}
		sa := t.sumA[i0:i1]
		clear(sa)
		for r := 0; r < nb; r++ {
			p, q := vv[r*nv+i0:r*nv+i1], vv[(nb+r)*nv+i0:(nb+r)*nv+i1]
			for i := range sa {
				sa[i] += p[i] - q[i]
			}
		}
		for i := i0; i < i1; i++ {
			t.velA[i] = mu*t.velA[i] + g*t.sumA[i]
			m.A[i] += t.velA[i]
		}
	})
	for j := range t.velB {
		s := 0.0
		for b := 0; b < count; b++ {
			s += t.sumB[b][j]
		}
		t.velB[j] = mu*t.velB[j] + g*s
		m.B[j] += t.velB[j]
	}
	return recon, reconN
}
