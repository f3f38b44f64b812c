package reservoir

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"

	"github.com/lumenlab/lumen/lib/rng"
)

// Readout is the weight resolution of the output DMD.
type Readout int

const (
	Ternary Readout = iota // W = W⁺ − W⁻ ∈ {−1,0,+1}
	Boolean                // W ∈ {0,1}: mirrors route light to one photodetector
)

func (r Readout) String() string {
	if r == Boolean {
		return "boolean"
	}
	return "ternary"
}

// ONN is a VCSEL reservoir with a trainable output DMD.
type ONN struct {
	Dev       *VCSEL
	Readout   Readout
	Detectors int    // 1: ternary by two sequential exposures; 2: two detectors in parallel
	W         []int8 // output weights, one per neuron

	// Calibration of the detector signal, set by Train: ŷ = (y − YMean)/YStd·TStd + TMean.
	YMean, YStd, TMean, TStd float64

	noise *rng.Source
	gauss *rand.Rand // ziggurat normals drawn from noise
}

// NewONN wraps dev with a readout; detectors is 1 or 2 (2 only matters for
// ternary weights). The weights start at zero.
func NewONN(dev *VCSEL, readout Readout, detectors int) (*ONN, error) {
	if detectors != 1 && detectors != 2 {
		return nil, fmt.Errorf("reservoir: detectors = %d: use 1 or 2", detectors)
	}
	o := &ONN{Dev: dev, Readout: readout, Detectors: detectors, W: make([]int8, dev.Neurons()), YStd: 1, TStd: 1}
	return o.withNoise(rng.New(dev.cfg.Seed).Split(2)), nil
}

// InferenceRate returns images per second: the DMD frame rate for Boolean
// weights or two detectors, half of it for ternary weights measured by two
// sequential exposures.
func (o *ONN) InferenceRate() float64 {
	r := o.Dev.cfg.FrameRate
	if o.Readout == Ternary && o.Detectors == 1 {
		r /= 2
	}
	return r
}

// withNoise sets the detector-noise stream.
func (o *ONN) withNoise(src *rng.Source) *ONN {
	o.noise, o.gauss = src, src.Rand()
	return o
}

// signal returns the noise-free light on the two detector paths for the
// neuron intensities x: Σ_{W_j>0} x_j and Σ_{W_j<0} x_j (eq. 8 without
// offset and noise).
func (o *ONN) signal(x []float64) (pos, neg float64) {
	x = x[:len(o.W)]
	for j, w := range o.W {
		if w > 0 {
			pos += x[j]
		} else if w < 0 {
			neg += x[j]
		}
	}
	return pos, neg
}

// detect turns the noise-free path signals into the detector output: one
// exposure Σ_j m_j x_j + offset + Gaussian noise per mirror set
// (docs/reservoir.md eq. 8); ternary weights subtract the W⁻ exposure
// (second exposure of the same detector, or the second detector).
func (o *ONN) detect(pos, neg float64) float64 {
	c := &o.Dev.cfg
	ref := o.Dev.sRef
	yp := pos + c.Offset*ref
	if c.Noise > 0 {
		yp += c.Noise * ref * o.gauss.NormFloat64()
	}
	if o.Readout == Boolean {
		return yp
	}
	off2 := c.Offset
	if o.Detectors == 2 {
		off2 = c.Offset2
	}
	yn := neg + off2*ref
	if c.Noise > 0 {
		yn += c.Noise * ref * o.gauss.NormFloat64()
	}
	return yp - yn
}

// Measure displays the images (n Boolean images of w×h) and returns the raw
// detector outputs y, one per image, with the current weights.
func (o *ONN) Measure(x []float64, n, w, h int) ([]float64, error) {
	f, err := o.Dev.Features(x, n, w, h)
	if err != nil {
		return nil, err
	}
	return o.measureFeats(f, n), nil
}

func (o *ONN) measureFeats(f []float64, n int) []float64 {
	N := o.Dev.Neurons()
	y := make([]float64, n)
	for i := range y {
		y[i] = o.detect(o.signal(f[i*N : (i+1)*N]))
	}
	return y
}

// Scores compares calibrated outputs with 0/1 targets.
type Scores struct {
	NMSE     float64 // mean (ŷ − t)² / var(t)
	Accuracy float64 // fraction with (ŷ > ½) == (t > ½)
	SER      float64 // symbol error rate, 1 − Accuracy
}

func meanStd(x []float64) (float64, float64) {
	m := 0.0
	for _, v := range x {
		m += v
	}
	m /= float64(len(x))
	s := 0.0
	for _, v := range x {
		s += (v - m) * (v - m)
	}
	return m, math.Sqrt(s / float64(len(x)))
}

// score calibrates y with (ym, ys) → target statistics (tm, ts) and scores it.
func score(y, t []float64, ym, ys, tm, ts float64) Scores {
	_, tsd := meanStd(t)
	return scoreSD(y, t, ym, ys, tm, ts, tsd)
}

// scoreSD is score with the target's own standard deviation tsd given.
func scoreSD(y, t []float64, ym, ys, tm, ts, tsd float64) Scores {
	var se float64
	ok := 0
	for i := range y {
		yh := tm
		if ys > 0 {
			yh = (y[i]-ym)/ys*ts + tm
		}
		se += (yh - t[i]) * (yh - t[i])
		if (yh > 0.5) == (t[i] > 0.5) {
			ok++
		}
	}
	n := float64(len(y))
	acc := float64(ok) / n
	return Scores{NMSE: se / n / (tsd * tsd), Accuracy: acc, SER: 1 - acc}
}

// selfScore calibrates y on its own statistics (the in-situ NMSE, eq. 9).
func selfScore(y, t []float64) (Scores, float64, float64) {
	ym, ys := meanStd(y)
	tm, ts := meanStd(t)
	return score(y, t, ym, ys, tm, ts), ym, ys
}

// Rule selects the in-situ learning rule.
type Rule int

const (
	Adaptive Rule = iota // Skalli et al.: k = ⌈α·NMSE·N⌉ changes per epoch
	Single               // Bueno et al. 2018: one change per epoch
)

// KNorm sets what NMSE enters k = ⌈α·NMSE·N⌉.
type KNorm int

const (
	KAbsolute KNorm = iota // the NMSE of the accepted weights, as in eq. (2) of Skalli et al.
	KRelative              // that NMSE divided by the NMSE of the initial weights
)

// TrainOptions configures [ONN.Train]. Zero fields take the defaults listed.
type TrainOptions struct {
	Epochs     int     // default 1000
	Rule       Rule    // default Adaptive
	Alpha      float64 // default 0.01 (k = 1 … 5 at N = 450 for NMSE 0.2 … 1)
	KNorm      KNorm
	Patience   int         // stop after this many epochs without improvement; 0: never
	TargetNMSE float64     // stop when the NMSE falls to this; 0: never
	Seed       uint64      // proposal and noise streams
	KeepInit   bool        // start from the current weights instead of random ones
	Progress   func(Epoch) // called after every epoch (live curves)
}

// Epoch is one row of the training history.
type Epoch struct {
	Epoch    int
	K        int     // weights changed in the proposal
	Accepted bool    // whether the proposal was kept
	NMSE     float64 // NMSE of the kept weights (as measured when accepted)
	Trial    float64 // NMSE measured for the proposal
	Accuracy float64 // training accuracy of the kept weights
}

// History is the result of [ONN.Train].
type History struct {
	Epochs   []Epoch
	Stopped  string // "epochs", "patience", "target" or "cancelled"
	BestNMSE float64
}

// Train runs the in-situ learning loop on the task's training sequence. The
// loop only displays weights and reads detector outputs. Cancelling ctx stops
// it after the current epoch, keeping the best weights; the error is then
// ctx.Err() and the history is still returned.
func (o *ONN) Train(ctx context.Context, task *Task, opt TrainOptions) (*History, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 1000
	}
	if opt.Alpha == 0 {
		opt.Alpha = 0.01
	}
	if opt.Alpha < 0 {
		return nil, errors.New("reservoir: Alpha must be ≥ 0")
	}
	f, err := o.Dev.Features(task.XTrain, task.NTrain, task.Width, task.Height)
	if err != nil {
		return nil, err
	}
	root := rng.New(opt.Seed)
	prop := root.Split(1)
	o.withNoise(root.Split(2))
	N := len(o.W)
	if !opt.KeepInit {
		for j := range o.W {
			if o.Readout == Boolean {
				o.W[j] = int8(prop.IntN(2))
			} else {
				o.W[j] = int8(prop.IntN(3) - 1)
			}
		}
	}
	t := task.YTrain
	tm, ts := meanStd(t)
	o.TMean, o.TStd = tm, ts
	// The detector is linear in the mirrors, so the noise-free path signals
	// of the sequence are updated by the changed neurons' columns only
	// (neuron-major copy ft of the features); each measurement then adds the
	// offsets and fresh noise draws per exposure, as a full readout would.
	n := task.NTrain
	ft := make([]float64, N*n)
	for i := 0; i < n; i++ {
		for j, x := range f[i*N : (i+1)*N] {
			ft[j*n+i] = x
		}
	}
	pos, neg := make([]float64, n), make([]float64, n)
	for i := range pos {
		pos[i], neg[i] = o.signal(f[i*N : (i+1)*N])
	}
	tpos, tneg := make([]float64, n), make([]float64, n)
	y := make([]float64, n)
	measure := func(p, q []float64) (Scores, float64, float64) {
		for i := range y {
			y[i] = o.detect(p[i], q[i])
		}
		ym, ys := meanStd(y)
		return scoreSD(y, t, ym, ys, tm, ts, ts), ym, ys
	}
	cur, ym, ys := measure(pos, neg)
	o.YMean, o.YStd = ym, ys
	nmse0 := cur.NMSE
	h := &History{Stopped: "epochs"}
	idx := make([]int, 0, N)
	old := make([]int8, 0, N)
	since := 0
	for ep := 1; ep <= opt.Epochs; ep++ {
		if ctx.Err() != nil {
			h.Stopped = "cancelled"
			break
		}
		k := 1
		if opt.Rule == Adaptive {
			e := cur.NMSE
			if opt.KNorm == KRelative && nmse0 > 0 {
				e /= nmse0
			}
			k = max(1, min(N, int(math.Ceil(opt.Alpha*e*float64(N)-1e-12))))
		}
		idx, old = o.propose(prop, k, idx[:0], old[:0])
		copy(tpos, pos)
		copy(tneg, neg)
		for i, j := range idx {
			if old[i] == o.W[j] {
				continue
			}
			col := ft[j*n : (j+1)*n]
			for _, d := range [2]struct {
				w    int8
				sign float64
			}{{old[i], -1}, {o.W[j], 1}} {
				switch {
				case d.w > 0:
					axpy(tpos, col, d.sign*float64(d.w))
				case d.w < 0:
					axpy(tneg, col, -d.sign*float64(d.w))
				}
			}
		}
		trial, tym, tys := measure(tpos, tneg)
		e := Epoch{Epoch: ep, K: k, Trial: trial.NMSE}
		if accept(trial.NMSE, cur.NMSE) {
			cur, o.YMean, o.YStd = trial, tym, tys
			pos, tpos = tpos, pos
			neg, tneg = tneg, neg
			e.Accepted = true
			since = 0
		} else {
			for i, j := range idx {
				o.W[j] = old[i]
			}
			since++
		}
		e.NMSE, e.Accuracy = cur.NMSE, cur.Accuracy
		h.Epochs = append(h.Epochs, e)
		if opt.Progress != nil {
			opt.Progress(e)
		}
		if opt.TargetNMSE > 0 && cur.NMSE <= opt.TargetNMSE {
			h.Stopped = "target"
			break
		}
		if opt.Patience > 0 && since >= opt.Patience {
			h.Stopped = "patience"
			break
		}
	}
	h.BestNMSE = cur.NMSE
	if h.Stopped == "cancelled" {
		return h, ctx.Err()
	}
	return h, nil
}

// axpy adds a·x to y.
func axpy(y, x []float64, a float64) {
	x = x[:len(y)]
	for i := range y {
		y[i] += a * x[i]
	}
}

// accept is the acceptance test of both rules: keep a proposal only if the
// measured NMSE falls strictly.
func accept(trial, current float64) bool { return trial < current }

// propose changes k distinct random weights: Boolean weights are flipped,
// ternary weights re-drawn uniformly from {−1, 0, +1} (Skalli et al.). It
// returns the changed indices and their old values.
func (o *ONN) propose(src *rng.Source, k int, idx []int, old []int8) ([]int, []int8) {
	N := len(o.W)
	// Partial Fisher–Yates over a lazily permuted index set.
	perm := make(map[int]int, k)
	get := func(i int) int {
		if v, ok := perm[i]; ok {
			return v
		}
		return i
	}
	for i := 0; i < k; i++ {
		r := i + src.IntN(N-i)
		vi, vr := get(i), get(r)
		perm[i], perm[r] = vr, vi
		j := vr
		idx = append(idx, j)
		old = append(old, o.W[j])
		if o.Readout == Boolean {
			o.W[j] = 1 - o.W[j]
		} else {
			o.W[j] = int8(src.IntN(3) - 1)
		}
	}
	return idx, old
}

// Evaluate measures the test sequence with the trained weights and the
// calibration from training.
func (o *ONN) Evaluate(task *Task) (Scores, error) {
	y, err := o.Measure(task.XTest, task.NTest, task.Width, task.Height)
	if err != nil {
		return Scores{}, err
	}
	return score(y, task.YTest, o.YMean, o.YStd, o.TMean, o.TStd), nil
}

// MonitorPoint is one sample of [ONN.Monitor].
type MonitorPoint struct {
	Hours       float64
	Consistency float64 // Pearson correlation of the responses with the first response
	NMSE        float64 // with the calibration from training
	Accuracy    float64
	TempK       float64 // VCSEL temperature deviation
	PhaseRMS    float64 // RMS fibre-mode phase, rad
}

// Monitor keeps the weights frozen and measures the responses to the task's
// test sequence every everyS seconds of simulated drift for the given
// hours. The device needs a Drift; the drift clock advances by hours.
func (o *ONN) Monitor(ctx context.Context, task *Task, hours, everyS float64) ([]MonitorPoint, error) {
	if o.Dev.drift == nil {
		return nil, errors.New("reservoir: Monitor needs a device with Drift")
	}
	if everyS <= 0 || hours <= 0 {
		return nil, errors.New("reservoir: hours and every_s must be > 0")
	}
	steps := int(math.Round(hours * 3600 / everyS))
	var ref []float64
	var pts []MonitorPoint
	for s := 0; s <= steps; s++ {
		if ctx.Err() != nil {
			return pts, ctx.Err()
		}
		if s > 0 {
			o.Dev.Advance(everyS)
		}
		y, err := o.Measure(task.XTest, task.NTest, task.Width, task.Height)
		if err != nil {
			return pts, err
		}
		if ref == nil {
			ref = y
		}
		sc := score(y, task.YTest, o.YMean, o.YStd, o.TMean, o.TStd)
		t, temp, _, ph := o.Dev.DriftNow()
		pts = append(pts, MonitorPoint{Hours: t / 3600, Consistency: pearson(ref, y), NMSE: sc.NMSE,
			Accuracy: sc.Accuracy, TempK: temp, PhaseRMS: ph})
	}
	return pts, nil
}

func pearson(a, b []float64) float64 {
	ma, sa := meanStd(a)
	mb, sb := meanStd(b)
	if sa == 0 || sb == 0 {
		return 0
	}
	c := 0.0
	for i := range a {
		c += (a[i] - ma) * (b[i] - mb)
	}
	return max(-1, min(1, c/float64(len(a))/(sa*sb))) // clamp rounding
}
