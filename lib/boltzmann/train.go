package boltzmann

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/lumenlab/lumen/lib/rng"
)

// LRSchedule returns the learning rate for an epoch (counted from 0).
type LRSchedule func(epoch int) float64

// ExpDecay returns lr0·rate^epoch.
func ExpDecay(lr0, rate float64) LRSchedule {
	return func(e int) float64 { return lr0 * math.Pow(rate, float64(e)) }
}

// LinearDecay goes linearly from lr0 at epoch 0 to lr1 at epoch epochs−1.
func LinearDecay(lr0, lr1 float64, epochs int) LRSchedule {
	return func(e int) float64 {
		if epochs <= 1 {
			return lr1
		}
		return lr0 + (lr1-lr0)*float64(e)/float64(epochs-1)
	}
}

// TrainOptions configures [RBM.Fit].
type TrainOptions struct {
	Epochs    int // passes over the data, ≥ 1
	BatchSize int // rows per mini-batch; default 20
	// LR is the learning rate, > 0 (unless LRSchedule is set).
	//
	// With ±1 units the same lr trains about 16 times faster than with
	// 0/1 units: the ±1 gradient ⟨s sᵀ⟩ is four times the 0/1 one, and a ±1
	// weight equals four 0/1 weights (W_z = 4 W_s). CD tolerates that, but
	// PCD does not: with lr 0.05 and momentum 0.5 its persistent chains stop
	// mixing as the weights grow and training diverges (3×3 bars and
	// stripes: log-likelihood about −11 nats against −2.87 for 0/1 units).
	// For ±1 PCD use about a sixteenth of the 0/1 learning rate (0.003
	// where 0/1 takes 0.05), which gives the same result.
	LR float64
	// LRSchedule, when set, gives the learning rate per epoch.
	LRSchedule  LRSchedule
	K           int     // Gibbs steps per update (CD-k / PCD-k); default 1
	Persistent  bool    // PCD: negative chains persist across batches
	Momentum    float64 // in [0, 1)
	WeightDecay float64 // L2 penalty on W, ≥ 0
	// Float32 computes the matrix products of training (and of the Digital
	// sampler's steps inside it) in float32, about twice as fast. With the
	// Digital sampler the weights are also updated in float32 during an
	// epoch and copied to the (float64) model after it, before the metrics
	// and the callback, and whenever Fit returns.
	Float32 bool
	// Sampler draws the negative phase; nil means [Digital].
	Sampler Sampler
	// Rand is the random stream (shuffling, sampling); required.
	Rand *rng.Source
	// Shuffle the rows each epoch.
	Shuffle bool
	// PseudoLikelihood and ExactLogLikelihood add these metrics to each
	// epoch (the exact one needs a layer of at most MaxEnumerate units).
	// MetricRows bounds the rows used for them (default 1000).
	PseudoLikelihood   bool
	ExactLogLikelihood bool
	MetricRows         int
	// ExactLogLikelihoodEvery, when > 1, computes the exact log-likelihood
	// only every that many epochs (epochs e with (e+1) a multiple of it)
	// and after the last epoch; other epochs report NaN. Enumerating 2^16
	// states each epoch can cost more than the training itself. 0 or 1:
	// every epoch.
	ExactLogLikelihoodEvery int
	// Callback, when set, is called after each epoch; a non-nil error stops
	// training and is returned.
	Callback func(EpochStats) error
}

// EpochStats are the metrics of one training epoch. Metrics not computed
// are NaN.
type EpochStats struct {
	Epoch      int
	LR         float64
	ReconError float64 // mean squared error of the one-step mean reconstruction
	PseudoLL   float64 // mean pseudo-log-likelihood (nats per example)
	LogLik     float64 // exact mean log-likelihood (nats per example)
	Duration   time.Duration
}

// Fit trains the model on n data rows (n×NVisible, in the model's units) by
// CD-k, or PCD-k with Persistent, with mini-batches, momentum and weight
// decay. It checks ctx between batches: on cancellation the model keeps the
// updates made so far and the history of finished epochs is returned with
// ctx.Err().
//
// The update is ΔW = lr·((⟨v hᵀ⟩_data − ⟨v hᵀ⟩_model)/T − λW), averaged over
// the batch, with the hidden conditional means in both phases; the model
// phase uses the sampler's visible states after K steps.
func (m *RBM) Fit(ctx context.Context, data []float64, n int, o TrainOptions) ([]EpochStats, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if err := m.checkData(data, n); err != nil {
		return nil, err
	}
	if o.Epochs < 1 || o.Epochs > 1<<30 {
		return nil, fmt.Errorf("boltzmann: epochs = %d not allowed: must be ≥ 1", o.Epochs)
	}
	bs := o.BatchSize
	if bs == 0 {
		bs = 20
	}
	if bs < 1 || bs > n {
		return nil, fmt.Errorf("boltzmann: batch_size = %d not allowed: use 1..%d (the number of rows)", bs, n)
	}
	k := o.K
	if k == 0 {
		k = 1
	}
	if k < 1 || k > 1<<20 {
		return nil, fmt.Errorf("boltzmann: k = %d not allowed: must be ≥ 1", k)
	}
	if o.LRSchedule == nil && !(o.LR > 0) {
		return nil, fmt.Errorf("boltzmann: lr = %g not allowed: must be > 0", o.LR)
	}
	if !(o.Momentum >= 0 && o.Momentum < 1) {
		return nil, fmt.Errorf("boltzmann: momentum = %g not allowed: use [0, 1)", o.Momentum)
	}
	if !(o.WeightDecay >= 0) {
		return nil, fmt.Errorf("boltzmann: weight_decay = %g not allowed: must be ≥ 0", o.WeightDecay)
	}
	if o.ExactLogLikelihoodEvery < 0 {
		return nil, fmt.Errorf("boltzmann: exact log-likelihood every %d epochs not allowed: must be ≥ 0", o.ExactLogLikelihoodEvery)
	}
	if o.Rand == nil {
		return nil, fmt.Errorf("boltzmann: TrainOptions.Rand is nil: pass a random source")
	}
	if ctx == nil {
		ctx = context.Background()
	}
	metricRows := o.MetricRows
	if metricRows <= 0 {
		metricRows = 1000
	}
	if metricRows > n {
		metricRows = n
	}
	s := o.Sampler
	if s == nil {
		s = Digital{}
	}
	nv, nh, T := m.NVisible, m.NHidden, m.T
	src := o.Rand
	if _, ok := s.(Digital); ok {
		return m.fitDigital(ctx, data, n, bs, k, metricRows, o)
	}
	prod := newProducts(m, o.Float32)

	// buffers (sized for a full batch)
	vv := make([]float64, 2*bs*nv) // [data rows; negative rows], stacked for one gradient product
	hh := make([]float64, 2*bs*nh) // [positive means; −negative means]
	sumA := make([]float64, nv)
	sumB := make([]float64, nh)
	hfield := make([]float64, bs*nh)
	vfield := make([]float64, bs*nv)
	h := make([]float64, bs*nh)
	velW := make([]float64, nv*nh)
	velA := make([]float64, nv)
	velB := make([]float64, nh)
	var pv []float64 // persistent chains' visible states
	if o.Persistent {
		c, err := m.NewChains(bs, nil, src)
		if err != nil {
			return nil, err
		}
		pv = c.V
	}
	// one mini-batch: the rows' data, the positive and negative phases and the update
	batch := func(rows []int, lr float64) (float64, int, error) {
		nb := len(rows)
		var reconSum float64
		var reconCount int
		bv0 := vv[:nb*nv]
		vneg := vv[nb*nv : 2*nb*nv]
		for r := 0; r < nb; r++ {
			copy(bv0[r*nv:(r+1)*nv], data[rows[r]*nv:(rows[r]+1)*nv])
		}
		// positive phase: hidden means (and a sample to start CD chains)
		bh := h[:nb*nh]
		hf, vf := hfield[:nb*nh], vfield[:nb*nv]
		hreq := &LayerRequest{Model: m, Layer: Hidden, Given: bv0, Chains: nb, T: T, Rand: src, Out: bh, Fields: hf}
		bh0mean := hh[:nb*nh]
		bhk := hh[nb*nh : 2*nb*nh]
		if !o.Persistent {
			if err := s.SampleLayer(hreq); err != nil {
				return 0, 0, err
			}
			if !hreq.HasFields {
				prod.fields(Hidden, bv0, nb, hf)
			}
		} else {
			prod.fields(Hidden, bv0, nb, hf)
		}
		meansFromFields(m.Units, hf, bh0mean, T)
		if o.Persistent {
			// reconstruction error, estimated on up to 10 rows
			nr := min(nb, 10)
			drawStates(m.Units, hf[:nr*nh], bh[:nr*nh], nil, nr, nh, T, src)
			prod.fields(Visible, bh[:nr*nh], nr, vf[:nr*nv])
			reconSum += reconError(m.Units, bv0[:nr*nv], vf[:nr*nv], T)
			reconCount += nr * nv
		}
		// negative phase
		bv := vneg
		if o.Persistent {
			bv = pv[:nb*nv]
		}
		vreq := &LayerRequest{Model: m, Layer: Visible, Given: bh, Chains: nb, T: T, Rand: src, Out: bv, Fields: vf}
		for step := 0; step < k; step++ {
			if o.Persistent || step > 0 {
				hreq.Given, hreq.Fields, hreq.HasFields = bv, hf, false
				if err := s.SampleLayer(hreq); err != nil {
					return 0, 0, err
				}
			}
			vreq.Fields, vreq.HasFields = vf, false
			if err := s.SampleLayer(vreq); err != nil {
				return 0, 0, err
			}
			if step == 0 && !o.Persistent {
				// reconstruction error from the mean of v | h0
				if !vreq.HasFields {
					prod.fields(Visible, bh, nb, vf)
				}
				reconSum += reconError(m.Units, bv0, vf, T)
				reconCount += nb * nv
			}
		}
		if o.Persistent {
			copy(vneg, bv)
		}
		// hidden means at the negative visible states
		prod.fields(Hidden, vneg, nb, hf)
		meansFromFields(m.Units, hf, bhk, T)
		// bias gradients, accumulated row by row
		clear(sumA)
		clear(sumB)
		for r := 0; r < nb; r++ {
			p, q := bv0[r*nv:(r+1)*nv], vneg[r*nv:(r+1)*nv]
			for i := range sumA {
				sumA[i] += p[i] - q[i]
			}
			p, q = bh0mean[r*nh:(r+1)*nh], bhk[r*nh:(r+1)*nh]
			for j := range sumB {
				sumB[j] += p[j] - q[j]
			}
		}
		for i := range bhk {
			bhk[i] = -bhk[i]
		}
		// update with momentum: vel = μ vel + lr (grad − λW), one product
		// [v0; vk]ᵀ[h0; −hk] for both phases
		g := lr / (float64(nb) * T)
		mu := o.Momentum
		prod.gradient(vv[:2*nb*nv], hh[:2*nb*nh], 2*nb, g, mu, velW)
		wd := lr * o.WeightDecay
		W := m.W[:len(velW)]
		for i, w := range W {
			d := velW[i] - wd*w
			velW[i] = d
			W[i] = w + d
		}
		prod.sync()
		for i := range velA {
			velA[i] = mu*velA[i] + g*sumA[i]
			m.A[i] += velA[i]
		}
		for j := range velB {
			velB[j] = mu*velB[j] + g*sumB[j]
			m.B[j] += velB[j]
		}
		return reconSum, reconCount, nil
	}
	return m.epochLoop(ctx, data, n, bs, metricRows, o, epochHooks{batch: batch})
}

// epochStats computes the end-of-epoch metrics that o asks for.
func (m *RBM) epochStats(epoch int, lr, recon float64, data []float64, metricRows int, o TrainOptions, src *rng.Source) (EpochStats, error) {
	nv := m.NVisible
	st := EpochStats{Epoch: epoch, LR: lr, ReconError: recon, PseudoLL: math.NaN(), LogLik: math.NaN()}
	if o.PseudoLikelihood {
		pl, err := m.PseudoLogLikelihood(data[:metricRows*nv], metricRows, src)
		if err != nil {
			return st, err
		}
		st.PseudoLL = pl
	}
	every := max(o.ExactLogLikelihoodEvery, 1)
	if o.ExactLogLikelihood && ((epoch+1)%every == 0 || epoch == o.Epochs-1) {
		ll, err := m.LogLikelihood(data[:metricRows*nv], metricRows)
		if err != nil {
			return st, err
		}
		st.LogLik = ll
	}
	return st, nil
}

// fitDigital is Fit with the Digital sampler, on the fused engine.
func (m *RBM) fitDigital(ctx context.Context, data []float64, n, bs, k, metricRows int, o TrainOptions) ([]EpochStats, error) {
	src := o.Rand
	var pv []float64
	if o.Persistent {
		c, err := m.NewChains(bs, nil, src)
		if err != nil {
			return nil, err
		}
		pv = c.V
	}
	var batch func(order []int, nb int, lr float64) (float64, int)
	var flush, reload func()
	// float32 runs a product per block of rows and keeps OpenBLAS to one
	// thread meanwhile; float64 lets OpenBLAS thread its products
	serial := func() func() {
		if o.Float32 {
			return serialBLAS()
		}
		return func() {}
	}
	release := serial()
	defer func() { release() }()
	if o.Float32 {
		t := newTrainer[float32](m, bs, k, o.Persistent, pv, src)
		batch = func(order []int, nb int, lr float64) (float64, int) {
			return t.batch(data, order, nb, m.T, lr, o.Momentum, lr*o.WeightDecay)
		}
		flush, reload = t.flush, t.reload
	} else {
		t := newTrainer[float64](m, bs, k, o.Persistent, pv, src)
		batch = func(order []int, nb int, lr float64) (float64, int) {
			return t.batch(data, order, nb, m.T, lr, o.Momentum, lr*o.WeightDecay)
		}
		flush, reload = t.flush, t.reload
	}
	// the model's W is up to date whenever Fit returns
	defer func() { flush() }()
	return m.epochLoop(ctx, data, n, bs, metricRows, o, epochHooks{
		batch: func(rows []int, lr float64) (float64, int, error) {
			r, c := batch(rows, len(rows), lr)
			return r, c, nil
		},
		// metrics and the callback run with OpenBLAS's own threads
		beforeMetrics: func() {
			release()
			release = func() {}
			flush()
		},
		afterCallback: reload,
		afterEpoch: func(last bool) {
			if !last {
				release = serial()
			}
		},
	})
}

// epochHooks are what the two training paths plug into epochLoop.
type epochHooks struct {
	// batch trains on the given data rows and returns the reconstruction
	// error summed over the units it measured, and their count
	batch         func(rows []int, lr float64) (float64, int, error)
	beforeMetrics func()          // before the epoch's metrics (may be nil)
	afterCallback func()          // after the callback returned (may be nil)
	afterEpoch    func(last bool) // at the end of each epoch (may be nil)
}

// epochLoop is the epoch loop both training paths share: the learning-rate
// schedule, shuffling, mini-batches (interruptible between them), metrics
// and the callback.
func (m *RBM) epochLoop(ctx context.Context, data []float64, n, bs, metricRows int, o TrainOptions, h epochHooks) ([]EpochStats, error) {
	src := o.Rand
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	var history []EpochStats
	for epoch := 0; epoch < o.Epochs; epoch++ {
		start := time.Now()
		lr := o.LR
		if o.LRSchedule != nil {
			lr = o.LRSchedule(epoch)
			if !(lr > 0) {
				return history, fmt.Errorf("boltzmann: learning-rate schedule gave %g at epoch %d: must be > 0", lr, epoch)
			}
		}
		if o.Shuffle {
			src.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		var reconSum float64
		var reconCount int
		for b0 := 0; b0 < n; b0 += bs {
			if err := ctx.Err(); err != nil {
				return history, err
			}
			r, c, err := h.batch(order[b0:min(b0+bs, n)], lr)
			if err != nil {
				return history, err
			}
			reconSum += r
			reconCount += c
		}
		if h.beforeMetrics != nil {
			h.beforeMetrics()
		}
		st, err := m.epochStats(epoch, lr, reconSum/float64(reconCount), data, metricRows, o, src)
		if err != nil {
			return history, err
		}
		st.Duration = time.Since(start)
		history = append(history, st)
		if o.Callback != nil {
			if err := o.Callback(st); err != nil {
				return history, err
			}
			if h.afterCallback != nil {
				h.afterCallback()
			}
		}
		if h.afterEpoch != nil {
			h.afterEpoch(epoch+1 == o.Epochs)
		}
	}
	return history, nil
}

// reconError returns Σ (v0 − E[v | fields])² over the batch.
func reconError(u Units, v0, fields []float64, T float64) float64 {
	s := 0.0
	lo := u.lo()
	scale := 1 / T
	if u == PM1 {
		scale = 2 / T
	}
	for k, f := range fields {
		d := v0[k] - (lo + (1-lo)*sigmoid(scale*f))
		s += d * d
	}
	return s
}
