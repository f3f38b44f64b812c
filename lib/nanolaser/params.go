package nanolaser

import (
	"fmt"
	"math"
)

// Physical constants (SI).
const (
	hPlanck    = 6.62607015e-34 // J s
	cLight     = 2.99792458e8   // m/s
	eCharge    = 1.602176634e-19
	cmPerMicro = 1e-4
)

// Params are the physical parameters of one photonic spiking neuron (PSN): a
// photonic-crystal nanolaser whose cavity holds a pumped gain section and an
// unpumped saturable-absorber section. Particle numbers, SI-like units with
// lengths in cm and times in ns (see docs/nanolaser.md for the sources of the
// default values).
type Params struct {
	// Gain section.
	VGain    float64 // active volume [µm³]
	TauGain  float64 // carrier lifetime [ns]
	DiffGain float64 // differential gain a_g [cm²]
	NtGain   float64 // transparency density n_t,g [cm⁻³]
	ConfGain float64 // confinement factor Γ_g
	TauSp    float64 // spontaneous-emission lifetime entering R_sp = β N_g/τ_sp [ns]
	Beta     float64 // spontaneous-emission factor β (fraction into the lasing mode)
	// Absorber section.
	VAbs    float64 // volume [µm³]
	TauAbs  float64 // absorber carrier (recovery) lifetime [ns]
	DiffAbs float64 // differential gain a_a [cm²]
	NtAbs   float64 // transparency density n_t,a [cm⁻³]
	ConfAbs float64 // confinement factor Γ_a
	// Cavity.
	TauPhoton  float64 // photon lifetime τ_p [ns]
	GroupIndex float64 // n_g (v_g = c/n_g)
	Lambda     float64 // lasing wavelength [nm]
	EtaOut     float64 // fraction of the cavity loss coupled into the output waveguide
	// Pump (optical pumping of the gain section).
	Pump         float64 // pump rate P [carriers/ns]; 0: the lasing threshold P_th
	PumpLambda   float64 // pump wavelength [nm]
	PumpAbsorbed float64 // fraction of the pump power absorbed in the gain section
	// Numerics and read-out.
	Dt             float64 // integration step [ns]; 0: DefaultDt
	SpikeThreshold float64 // photon number above which the laser is "emitting" (spike onset) ; 0: 15 S_g
}

// DefaultDt is the default integration step: 0.25 ps, an eighth of the
// default photon lifetime (docs/nanolaser.md, "Integration").
const DefaultDt = 0.00025

// DefaultParams returns the reference PSN: an InP photonic-crystal nanolaser
// at 1.55 µm with an embedded saturable absorber. The values and their
// sources are listed in docs/nanolaser.md.
func DefaultParams() Params {
	return Params{
		VGain: 0.02, TauGain: 1.0, DiffGain: 5e-16, NtGain: 1e18, ConfGain: 0.2,
		TauSp: 1.0, Beta: 0.03,
		VAbs: 0.01, TauAbs: 1.0, DiffAbs: 3e-15, NtAbs: 4e17, ConfAbs: 0.1,
		TauPhoton: 0.002, GroupIndex: 3.5, Lambda: 1550, EtaOut: 0.5,
		PumpLambda: 1060, PumpAbsorbed: 0.3,
		Dt: DefaultDt,
	}
}

// Model is the PSN in the variables the integrator uses: modal gain g and
// absorption q in units of the cavity loss rate 1/τ_p, photon number S,
// time in ns. It is the Yamada model with I = S/S_g kept in photons:
//
//	dg/dt = (A − g)/τ_g − g S/(S_g τ_g)
//	dq/dt = (B − q)/τ_a − q S/(S_a τ_a)
//	dS/dt = (g − q − 1) S/τ_p + R_sp(g) + √D(S) ξ(t)
type Model struct {
	TauG, TauA, TauP float64 // ns
	A                float64 // pump (unsaturated gain) in units of 1/τ_p
	B                float64 // unsaturated absorption in units of 1/τ_p
	Sg, Sa           float64 // saturation photon numbers of gain and absorber
	Rsp0, Rsp1       float64 // R_sp(g) = Rsp0 + Rsp1·g  [photons/ns]
	Cg, Ca           float64 // change of g (of q) per carrier added to the gain (absorber) section
	EtaOut           float64
	PhotonEnergy     float64 // J
	PumpPerA         float64 // pump rate per unit of A [carriers/ns]
	PumpAtZero       float64 // pump rate giving A = 0 (transparency) [carriers/ns]
	PumpPhotonJ      float64 // J per pump photon / absorbed fraction: pump power = rate·PumpPhotonJ
	Dt               float64
	SpikeThreshold   float64 // photons
}

// Yamada is the dimensionless Yamada model (Yamada 1993) in the common form
//
//	Ġ = γ_G (A − G − G I),  Q̇ = γ_Q (B − Q − a Q I),  İ = γ_I (G − Q − 1) I + ε f(G) + noise,
//
// with time in units of TimeUnit ns and I = S/PhotonScale. Here γ_I = 1 and
// the time unit is the photon lifetime; f(G) = 1 + G·EpsSlope/Eps folds the
// carrier dependence of spontaneous emission.
type Yamada struct {
	A, B, a     float64
	GammaG      float64 // in units of γ_I = 1/τ_p
	GammaQ      float64
	Eps         float64 // spontaneous emission into the mode at G = 0, dI/dt units
	EpsSlope    float64 // dε/dG
	TimeUnit    float64 // τ_p [ns]
	PhotonScale float64 // S_g: photons per unit of I
}

func (p Params) vg() float64 { return cLight * 100 / p.GroupIndex * 1e-9 } // cm/ns

// Validate checks every parameter is finite and in range.
func (p Params) Validate() error {
	pos := []struct {
		name string
		v    float64
	}{
		{"VGain", p.VGain}, {"TauGain", p.TauGain}, {"DiffGain", p.DiffGain}, {"ConfGain", p.ConfGain},
		{"TauSp", p.TauSp}, {"VAbs", p.VAbs}, {"TauAbs", p.TauAbs}, {"DiffAbs", p.DiffAbs},
		{"ConfAbs", p.ConfAbs}, {"TauPhoton", p.TauPhoton}, {"GroupIndex", p.GroupIndex}, {"Lambda", p.Lambda},
		{"EtaOut", p.EtaOut}, {"PumpLambda", p.PumpLambda}, {"PumpAbsorbed", p.PumpAbsorbed},
	}
	for _, c := range pos {
		if !(c.v > 0) || math.IsInf(c.v, 0) {
			return fmt.Errorf("nanolaser: parameter %s = %g not allowed: must be positive and finite", c.name, c.v)
		}
	}
	nonneg := []struct {
		name string
		v    float64
	}{{"NtGain", p.NtGain}, {"NtAbs", p.NtAbs}, {"Beta", p.Beta}, {"Pump", p.Pump}, {"Dt", p.Dt}, {"SpikeThreshold", p.SpikeThreshold}}
	for _, c := range nonneg {
		if !(c.v >= 0) || math.IsInf(c.v, 0) {
			return fmt.Errorf("nanolaser: parameter %s = %g not allowed: must be ≥ 0 and finite", c.name, c.v)
		}
	}
	if p.Beta > 1 || p.EtaOut > 1 || p.PumpAbsorbed > 1 || p.ConfGain > 1 || p.ConfAbs > 1 {
		return fmt.Errorf("nanolaser: Beta, EtaOut, PumpAbsorbed, ConfGain and ConfAbs are fractions: must be ≤ 1")
	}
	return nil
}

// Model converts the physical parameters to the integrator's variables.
func (p Params) Model() (Model, error) {
	if err := p.Validate(); err != nil {
		return Model{}, err
	}
	v := p.vg()
	Vg := p.VGain * 1e-12 // cm³
	Va := p.VAbs * 1e-12
	cg := p.TauPhoton * p.ConfGain * v * p.DiffGain / Vg // per carrier
	ca := p.TauPhoton * p.ConfAbs * v * p.DiffAbs / Va
	m := Model{
		TauG: p.TauGain, TauA: p.TauAbs, TauP: p.TauPhoton,
		B:      ca * p.NtAbs * Va,
		Sg:     Vg / (p.TauGain * p.ConfGain * v * p.DiffGain),
		Sa:     Va / (p.TauAbs * p.ConfAbs * v * p.DiffAbs),
		Cg:     cg,
		Ca:     ca,
		EtaOut: p.EtaOut,
		Dt:     p.Dt,
	}
	// N_g = N_t,g + g/c_g, R_sp = β N_g/τ_sp
	Ntg := p.NtGain * Vg
	m.Rsp0 = p.Beta * Ntg / p.TauSp
	m.Rsp1 = p.Beta / (cg * p.TauSp)
	// A = c_g (P τ_g − N_t,g)
	m.PumpPerA = 1 / (cg * p.TauGain)
	m.PumpAtZero = Ntg / p.TauGain
	if p.Pump == 0 {
		m.A = 1 + m.B
	} else {
		m.A = cg * (p.Pump*p.TauGain - Ntg)
	}
	m.PhotonEnergy = hPlanck * cLight / (p.Lambda * 1e-9)
	m.PumpPhotonJ = hPlanck * cLight / (p.PumpLambda * 1e-9) / p.PumpAbsorbed
	if m.Dt == 0 {
		m.Dt = DefaultDt
	}
	m.SpikeThreshold = p.SpikeThreshold
	if m.SpikeThreshold == 0 {
		m.SpikeThreshold = 15 * m.Sg
	}
	return m, m.Validate()
}

// Validate checks the model.
func (m Model) Validate() error {
	for _, c := range []struct {
		n string
		v float64
	}{{"TauG", m.TauG}, {"TauA", m.TauA}, {"TauP", m.TauP}, {"Sg", m.Sg}, {"Sa", m.Sa}, {"Dt", m.Dt}, {"SpikeThreshold", m.SpikeThreshold}} {
		if !(c.v > 0) || math.IsInf(c.v, 0) {
			return fmt.Errorf("nanolaser: model %s = %g not allowed: must be positive and finite", c.n, c.v)
		}
	}
	for _, c := range []struct {
		n string
		v float64
	}{{"A", m.A}, {"B", m.B}, {"Rsp0", m.Rsp0}, {"Rsp1", m.Rsp1}} {
		if math.IsNaN(c.v) || math.IsInf(c.v, 0) {
			return fmt.Errorf("nanolaser: model %s = %g not allowed", c.n, c.v)
		}
	}
	if m.B < 0 || m.Rsp0 < 0 || m.Rsp1 < 0 {
		return fmt.Errorf("nanolaser: model B, Rsp0, Rsp1 must be ≥ 0")
	}
	if m.Dt > m.TauP {
		return fmt.Errorf("nanolaser: dt = %g ns exceeds the photon lifetime %g ns: use dt ≤ τ_p/4 (default %g ns)", m.Dt, m.TauP, DefaultDt)
	}
	return nil
}

// Threshold returns the pump A at which the non-lasing state loses stability
// (the lasing threshold of the laser with an unsaturated absorber): 1 + B.
func (m Model) Threshold() float64 { return 1 + m.B }

// PumpRate returns the physical pump rate [carriers/ns] for the dimensionless pump A.
func (m Model) PumpRate(A float64) float64 { return m.PumpAtZero + A*m.PumpPerA }

// PumpPower returns the optical pump power [W] needed for pump A.
func (m Model) PumpPower(A float64) float64 { return m.PumpRate(A) * 1e9 * m.PumpPhotonJ }

// WithOffset returns the model pumped at A = 1 + B + x: x is the pump offset
// from the lasing threshold, in units of the cavity loss.
func (m Model) WithOffset(x float64) Model { m.A = m.Threshold() + x; return m }

// Offset returns A − (1 + B).
func (m Model) Offset() float64 { return m.A - m.Threshold() }

// Yamada returns the model in dimensionless Yamada form.
func (m Model) Yamada() Yamada {
	return Yamada{
		A: m.A, B: m.B, a: m.Sg / m.Sa,
		GammaG: m.TauP / m.TauG, GammaQ: m.TauP / m.TauA,
		Eps: m.Rsp0 * m.TauP / m.Sg, EpsSlope: m.Rsp1 * m.TauP / m.Sg,
		TimeUnit: m.TauP, PhotonScale: m.Sg,
	}
}

// SatRatio returns a, the ratio of the gain to the absorber saturation photon numbers.
func (y Yamada) SatRatio() float64 { return y.a }

// NewYamada builds Yamada parameters; a is the saturation ratio.
func NewYamada(A, B, a, gammaG, gammaQ, eps float64) Yamada {
	return Yamada{A: A, B: B, a: a, GammaG: gammaG, GammaQ: gammaQ, Eps: eps, TimeUnit: 1, PhotonScale: 1}
}

// Model converts Yamada parameters to the integrator's model: time in units
// of TimeUnit (ns when TimeUnit is the photon lifetime in ns), photons in
// units of PhotonScale. Carrier conversions (Cg, Ca) and energies are set so
// that one carrier is 1/PhotonScale of a unit: set them for physical work.
func (y Yamada) Model() (Model, error) {
	tu, ps := y.TimeUnit, y.PhotonScale
	if tu == 0 {
		tu = 1
	}
	if ps == 0 {
		ps = 1
	}
	if !(y.a > 0) || !(y.GammaG > 0) || !(y.GammaQ > 0) {
		return Model{}, fmt.Errorf("nanolaser: Yamada a = %g, γ_G = %g, γ_Q = %g not allowed: must be positive", y.a, y.GammaG, y.GammaQ)
	}
	m := Model{
		TauP: tu, TauG: tu / y.GammaG, TauA: tu / y.GammaQ,
		A: y.A, B: y.B, Sg: ps, Sa: ps / y.a,
		Rsp0: y.Eps * ps / tu, Rsp1: y.EpsSlope * ps / tu,
		Cg: 1 / ps, Ca: 1 / ps, EtaOut: 1, PhotonEnergy: hPlanck * cLight / 1.55e-6,
		PumpPerA: ps / (tu / y.GammaG), PumpPhotonJ: hPlanck * cLight / 1.06e-6,
		Dt: tu / 8, SpikeThreshold: 5 * ps,
	}
	return m, m.Validate()
}
