package nanolaser

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/lumenlab/lumen/lib/rng"
)

// Section names where an optical input acts.
type Section int

const (
	// Gain: carriers added to (positive) or removed from (negative) the gain section.
	Gain Section = iota
	// Absorber: carriers added to the absorber section (bleaching it).
	Absorber
	// Cavity: photons added to the lasing mode (resonant injection).
	Cavity
)

func (s Section) String() string {
	switch s {
	case Gain:
		return "gain"
	case Absorber:
		return "absorber"
	case Cavity:
		return "cavity"
	}
	return fmt.Sprintf("Section(%d)", int(s))
}

// Kick is an external instantaneous input: Amount carriers (Gain, Absorber;
// negative in the gain section means depletion) or photons (Cavity) given to
// neuron Neuron at time T [ns].
type Kick struct {
	T       float64
	Neuron  int
	Section Section
	Amount  float64
}

// Spike is one spike: the neuron and the time [ns] its photon number crossed
// the spike threshold.
type Spike struct {
	Neuron int
	T      float64
}

// Link is an optical connection from neuron From to neuron To: the output
// pulse of From, delayed by Delay ns, is attenuated to the fraction |Weight|
// of its photons (attenuator transmission × coupling × photodiode quantum
// efficiency) and detected by one diode of the balanced photodiode pair that
// drives the gain section of To: Weight > 0 lands on the diode that injects
// its photocurrent (excitatory, +1 carrier per detected photon), Weight < 0
// on the diode that extracts it (inhibitory, −1 carrier per photon). See
// docs/nanolaser.md, "Negative weights".
type Link struct {
	From, To int
	Weight   float64
	Delay    float64 // ns
}

type link struct {
	to    int32
	delay int32
	w     float64
}

type event struct {
	src        int32
	start, end int64 // steps; end < 0 while emitting
}

// engine integrates N coupled PSNs with one loop and preallocated state.
type engine struct {
	m       Model
	n       int
	A       []float64
	Bs      []float64 // per-neuron unsaturated absorption
	g, q, S []float64
	emit    []bool
	spiking []bool
	evIdx   []int // index of the open event of each neuron
	out     [][]link
	ring    []float64 // D×n output photon fluxes [photons/ns]
	D       int64
	maxDel  int64
	events  []event
	inE     []float64
	inI     []float64
	isyn    []float64 // receiver (photodiode + RC) current into the gain section [carriers/ns]
	tauSyn  float64   // receiver RC time constant [ns]; 0: photocurrent injected directly
	kicks   []Kick
	kickPos int
	src     *rng.Source
	r       *rand.Rand
	step    int64
	spikes  []Spike
	// onStep, when set, is called after every step (for traces).
	onStep func(e *engine)
	// onSpike, when set, is called at every spike onset.
	onSpike func(i int, step int64)
	emitLo  float64
	noNoise bool
}

func newEngine(m Model, A []float64, links []Link, seed uint64) (*engine, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	n := len(A)
	e := &engine{m: m, n: n, A: A,
		g: make([]float64, n), q: make([]float64, n), S: make([]float64, n),
		emit: make([]bool, n), spiking: make([]bool, n), evIdx: make([]int, n),
		out: make([][]link, n), inE: make([]float64, n), inI: make([]float64, n), isyn: make([]float64, n),
		src: rng.New(seed),
	}
	e.r = e.src.Rand()
	for _, l := range links {
		if l.From < 0 || l.From >= n || l.To < 0 || l.To >= n {
			return nil, fmt.Errorf("nanolaser: link %d→%d outside the network of %d neurons", l.From, l.To, n)
		}
		if math.IsNaN(l.Weight) || math.IsInf(l.Weight, 0) || !(l.Delay >= 0) || math.IsInf(l.Delay, 0) {
			return nil, fmt.Errorf("nanolaser: link %d→%d has weight %g, delay %g ns: need a finite weight and delay ≥ 0", l.From, l.To, l.Weight, l.Delay)
		}
		if l.Weight == 0 {
			continue
		}
		d := int64(math.Round(l.Delay / m.Dt))
		if d < 1 {
			d = 1 // causality: at least one step
		}
		if d > 1<<30 {
			return nil, fmt.Errorf("nanolaser: link delay %g ns too long", l.Delay)
		}
		if d > e.maxDel {
			e.maxDel = d
		}
		e.out[l.From] = append(e.out[l.From], link{to: int32(l.To), delay: int32(d), w: l.Weight})
	}
	e.D = e.maxDel + 1
	e.ring = make([]float64, int(e.D)*n)
	// emission window for delivering pulses: well above the spontaneous floor
	e.emitLo = 0.5 * m.SpikeThreshold
	for i := 0; i < n; i++ {
		// start at the non-lasing steady state
		e.g[i] = A[i]
		e.q[i] = m.B
		e.Bs = append(e.Bs, m.B)
		e.S[i] = 0
		e.evIdx[i] = -1
	}
	return e, nil
}

func (e *engine) setB(b []float64) {
	copy(e.Bs, b)
	copy(e.q, b)
}

func (e *engine) setKicks(k []Kick) error {
	for _, x := range k {
		if x.Neuron < 0 || x.Neuron >= e.n {
			return fmt.Errorf("nanolaser: kick for neuron %d outside 0..%d", x.Neuron, e.n-1)
		}
		if math.IsNaN(x.T) || math.IsNaN(x.Amount) {
			return fmt.Errorf("nanolaser: kick with NaN")
		}
	}
	e.kicks = append([]Kick(nil), k...)
	sort.SliceStable(e.kicks, func(a, b int) bool { return e.kicks[a].T < e.kicks[b].T })
	return nil
}

// run advances the network by steps steps.
func (e *engine) run(steps int64) {
	m := &e.m
	dt := m.Dt
	n := e.n
	ag := dt / m.TauG
	aa := dt / m.TauA
	bg := ag / m.Sg
	ba := aa / m.Sa
	lp := dt / m.TauP
	flux := m.EtaOut / m.TauP
	th := m.SpikeThreshold
	lo := e.emitLo
	g, q, S, A, Bs := e.g[:n], e.q[:n], e.S[:n], e.A[:n], e.Bs[:n]
	inE, inI := e.inE[:n], e.inI[:n]
	cg := m.Cg * dt
	sqdt := math.Sqrt(dt)
	if e.noNoise {
		sqdt = 0
	}
	isyn := e.isyn[:n]
	synDecay, synGain := 0.0, 0.0
	if e.tauSyn > 0 {
		synDecay = math.Exp(-dt / e.tauSyn)
		synGain = 1 / e.tauSyn
	}
	end := e.step + steps
	for ; e.step < end; e.step++ {
		t := e.step
		// 1. optical inputs from pulses in flight
		if len(e.events) > 0 {
			w := 0
			for _, ev := range e.events {
				if ev.end >= 0 && t-e.maxDel > ev.end {
					continue // fully delivered
				}
				e.events[w] = ev
				w++
				for _, l := range e.out[ev.src] {
					s := t - int64(l.delay)
					if s < ev.start || (ev.end >= 0 && s > ev.end) {
						continue
					}
					f := e.ring[(s%e.D)*int64(n)+int64(ev.src)]
					if l.w > 0 {
						inE[l.to] += l.w * f
					} else {
						inI[l.to] -= l.w * f
					}
				}
			}
			if w != len(e.events) {
				// re-index open events after compaction
				e.events = e.events[:w]
				for i := range e.evIdx {
					e.evIdx[i] = -1
				}
				for k, ev := range e.events {
					if ev.end < 0 {
						e.evIdx[ev.src] = k
					}
				}
			}
		}
		// external kicks
		tNow := float64(t) * dt
		for e.kickPos < len(e.kicks) && e.kicks[e.kickPos].T <= tNow {
			k := e.kicks[e.kickPos]
			switch k.Section {
			case Gain:
				g[k.Neuron] += m.Cg * k.Amount
			case Absorber:
				q[k.Neuron] -= m.Ca * k.Amount
			case Cavity:
				S[k.Neuron] += k.Amount
			}
			e.kickPos++
		}
		row := e.ring[(t%e.D)*int64(n) : (t%e.D+1)*int64(n)]
		for i := 0; i < n; i++ {
			gi, qi, si := g[i], q[i], S[i]
			// carriers: semi-implicit (linear-implicit) Euler, inputs as rates
			drive := inE[i] - inI[i]
			if synGain > 0 {
				isyn[i] = isyn[i]*synDecay + drive*dt*synGain
				drive = isyn[i]
			}
			gn := (gi + ag*A[i] + cg*drive) / (1 + ag + bg*si)
			qn := (qi + aa*Bs[i]) / (1 + aa + ba*si)
			inE[i], inI[i] = 0, 0
			// photons: exponential Euler–Maruyama
			x := (gi - qi - 1) * lp
			ex := math.Exp(x)
			phi := 1.0
			if x > 1e-8 || x < -1e-8 {
				phi = (ex - 1) / x
			}
			gp := gi
			if gp < 0 {
				gp = -gp
			}
			qp := qi
			if qp < 0 {
				qp = -qp
			}
			rsp := m.Rsp0 + m.Rsp1*gi
			if rsp < 0 {
				rsp = 0
			}
			D := rsp + si*(gp+qp+1)/m.TauP
			sn := si*ex + rsp*dt*phi + noise(D, sqdt, e.r)
			if sn < 0 {
				sn = -sn
			}
			g[i], q[i], S[i] = gn, qn, sn
			row[i] = flux * sn
			// spikes and emission windows
			if !e.emit[i] {
				if sn > lo && len(e.out[i]) > 0 {
					e.emit[i] = true
					e.evIdx[i] = len(e.events)
					e.events = append(e.events, event{src: int32(i), start: t, end: -1})
				}
			} else if sn < 0.5*lo {
				e.emit[i] = false
				if k := e.evIdx[i]; k >= 0 {
					e.events[k].end = t
				}
				e.evIdx[i] = -1
			}
			if !e.spiking[i] {
				if sn > th {
					e.spiking[i] = true
					e.spikes = append(e.spikes, Spike{Neuron: i, T: float64(t+1) * dt})
					if e.onSpike != nil {
						e.onSpike(i, t+1)
					}
				}
			} else if sn < 0.5*lo {
				e.spiking[i] = false
			}
		}
		if e.onStep != nil {
			e.onStep(e)
		}
	}
}

func noise(D, sqdt float64, r *rand.Rand) float64 {
	if sqdt == 0 {
		return 0
	}
	return math.Sqrt(D) * sqdt * r.NormFloat64()
}
