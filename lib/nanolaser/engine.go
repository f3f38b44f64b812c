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
	last  int64 // step of the last pulse arrival (pulse events)
}

// engine integrates N coupled PSNs with one loop and preallocated state.
// Optical inputs are pushed, when a neuron emits, into a ring of future
// input slots (one per step, a power of two long, indexed with a mask): the
// cost of coupling is paid only while pulses are emitted.
type engine struct {
	m       Model
	n       int
	A       []float64
	Bs      []float64 // per-neuron unsaturated absorption
	g, q, S []float64
	emit    []bool
	spiking []bool
	out     [][]link
	inRing  []float64 // (mask+1)×n future input rates [carriers/ns], signed
	mask    int64
	maxDel  int64
	isyn    []float64 // receiver (photodiode + RC) current into the gain section [carriers/ns]
	tauSyn  float64   // receiver RC time constant [ns]; 0: photocurrent injected directly
	// pulseEvents delivers, at each spike onset, pulsePhotons·w carriers
	// after the link delay as one instantaneous charge (event-driven
	// coupling), instead of the delayed photon flux of the pulse. The
	// receiver saturates at one pulse per link: a pulse arriving while the
	// RC current of the previous one still flows tops it up to the full
	// one-pulse value instead of adding to it (a burst within τ_syn acts
	// like one pulse that is renewed; docs/nanolaser.md, "Links").
	pulseEvents  bool
	pulsePhotons float64
	kicks        []Kick
	kickPos      int
	src          *rng.Source
	r            *rand.Rand
	step         int64
	spikes       []Spike
	// onStep, when set, is called after every step (for traces).
	onStep func(e *engine)
	// onSpike, when set, is called at every spike onset.
	onSpike func(i int, step int64)
	// stop, when set, is polled every stopEvery steps; a true result ends run early.
	stop    func() bool
	emitLo  float64
	noNoise bool
}

const stopEvery = 1 << 16

func newEngine(m Model, A []float64, links []Link, seed uint64) (*engine, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	n := len(A)
	e := &engine{m: m, n: n, A: A,
		g: make([]float64, n), q: make([]float64, n), S: make([]float64, n),
		emit: make([]bool, n), spiking: make([]bool, n),
		out: make([][]link, n), isyn: make([]float64, n),
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
		if d > 1<<24 {
			return nil, fmt.Errorf("nanolaser: link delay %g ns too long (at most %g ns at dt = %g ns)", l.Delay, float64(1<<24)*m.Dt, m.Dt)
		}
		if d > e.maxDel {
			e.maxDel = d
		}
		e.out[l.From] = append(e.out[l.From], link{to: int32(l.To), delay: int32(d), w: l.Weight, last: math.MinInt64 / 2})
	}
	size := int64(1)
	for size <= e.maxDel {
		size <<= 1
	}
	e.mask = size - 1
	e.inRing = make([]float64, int(size)*n)
	// emission window for delivering pulses: well above the spontaneous floor
	e.emitLo = 0.5 * m.SpikeThreshold
	for i := 0; i < n; i++ {
		// start at the non-lasing steady state
		e.g[i] = A[i]
		e.q[i] = m.B
		e.Bs = append(e.Bs, m.B)
		e.S[i] = 0
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

// expPhi returns e^x and φ(x) = (e^x − 1)/x. For |x| ≤ 1/4 (the photon
// growth per step everywhere but the steep flanks of a pulse) a degree-8
// Taylor series of φ evaluated by Estrin's scheme (short dependency chains),
// relative error < 2e−12, replaces math.Exp and the division.
func expPhi(x float64) (ex, phi float64) {
	if x <= 0.25 && x >= -0.25 {
		x2 := x * x
		x4 := x2 * x2
		phi = (1 + x*(1.0/2)) + x2*((1.0/6)+x*(1.0/24)) +
			x4*(((1.0/120)+x*(1.0/720))+x2*((1.0/5040)+x*(1.0/40320))+x4*(1.0/362880))
		return 1 + x*phi, phi
	}
	ex = math.Exp(x)
	return ex, (ex - 1) / x
}

// run advances the network by steps steps. It returns false if stop ended it early.
func (e *engine) run(steps int64) bool {
	m := &e.m
	dt := m.Dt
	n := e.n
	ag := dt / m.TauG
	aa := dt / m.TauA
	bg := ag / m.Sg
	ba := aa / m.Sa
	lp := dt / m.TauP
	invTauP := 1 / m.TauP
	flux := m.EtaOut / m.TauP
	th := m.SpikeThreshold
	lo := e.emitLo
	lo2 := 0.5 * lo
	rsp0, rsp1 := m.Rsp0, m.Rsp1
	g, q, S, A, Bs := e.g[:n], e.q[:n], e.S[:n], e.A[:n], e.Bs[:n]
	emit, spiking := e.emit[:n], e.spiking[:n]
	cg := m.Cg * dt
	sqdt := math.Sqrt(dt)
	if e.noNoise {
		sqdt = 0
	}
	isyn := e.isyn[:n]
	synDecay, synGain := 0.0, 0.0
	if e.tauSyn > 0 {
		synDecay = math.Exp(-dt / e.tauSyn)
		synGain = dt / e.tauSyn
	}
	ring, mask := e.inRing, e.mask
	pulseQ := e.pulsePhotons / dt // one pulse as a one-step rate
	satK := 0.0                   // saturation: remaining fraction e^{−Δ/τ_syn} of the last pulse
	if e.tauSyn > 0 {
		satK = dt / e.tauSyn
	}
	r := e.r
	end := e.step + steps
	for ; e.step < end; e.step++ {
		t := e.step
		if e.stop != nil && t%stopEvery == 0 && e.stop() {
			return false
		}
		// external kicks
		if e.kickPos < len(e.kicks) {
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
		}
		base := (t & mask) * int64(n)
		row := ring[base : base+int64(n)]
		for i := 0; i < n; i++ {
			gi, qi, si := g[i], q[i], S[i]
			// carriers: semi-implicit (linear-implicit) Euler, inputs as rates
			drive := row[i]
			row[i] = 0
			if synGain > 0 {
				isyn[i] = isyn[i]*synDecay + drive*synGain
				drive = isyn[i]
			}
			gn := (gi + ag*A[i] + cg*drive) / (1 + ag + bg*si)
			qn := (qi + aa*Bs[i]) / (1 + aa + ba*si)
			// photons: exponential Euler–Maruyama
			ex, phi := expPhi((gi - qi - 1) * lp)
			gp := gi
			if gp < 0 {
				gp = -gp
			}
			qp := qi
			if qp < 0 {
				qp = -qp
			}
			rsp := rsp0 + rsp1*gi
			if rsp < 0 {
				rsp = 0
			}
			sn := si*ex + rsp*dt*phi
			if sqdt != 0 {
				D := rsp + si*(gp+qp+1)*invTauP
				sn += math.Sqrt(D) * sqdt * r.NormFloat64()
			}
			if sn < 0 {
				sn = -sn
			}
			g[i], q[i], S[i] = gn, qn, sn
			// emission windows: pulses leave through the links
			if !emit[i] {
				if sn > lo {
					emit[i] = true
				}
			} else if sn < lo2 {
				emit[i] = false
			}
			if emit[i] && !e.pulseEvents {
				f := flux * sn
				for _, l := range e.out[i] {
					ring[((t+int64(l.delay))&mask)*int64(n)+int64(l.to)] += l.w * f
				}
			}
			// spikes
			if !spiking[i] {
				if sn > th {
					spiking[i] = true
					e.spikes = append(e.spikes, Spike{Neuron: i, T: float64(t+1) * dt})
					if e.pulseEvents {
						out := e.out[i]
						for li := range out {
							l := &out[li]
							a := t + int64(l.delay)
							q := l.w * pulseQ
							if satK > 0 {
								if gap := float64(a - l.last); gap*satK < 40 {
									q *= -math.Expm1(-gap * satK)
								}
							}
							l.last = a
							ring[(a&mask)*int64(n)+int64(l.to)] += q
						}
					}
					if e.onSpike != nil {
						e.onSpike(i, t+1)
					}
				}
			} else if sn < lo2 {
				spiking[i] = false
			}
		}
		if e.onStep != nil {
			e.onStep(e)
		}
	}
	return true
}
