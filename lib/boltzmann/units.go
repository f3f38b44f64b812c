package boltzmann

import (
	"fmt"
	"math"
)

// Units selects the state values of a model's units.
type Units int

const (
	// PM1 units are ±1 spins.
	PM1 Units = iota
	// Binary units take the values 0 and 1.
	Binary
)

// String returns "pm1" or "01".
func (u Units) String() string {
	switch u {
	case PM1:
		return "pm1"
	case Binary:
		return "01"
	}
	return fmt.Sprintf("Units(%d)", int(u))
}

// ParseUnits parses "pm1" (also "±1", "spin") or "01" (also "binary").
func ParseUnits(s string) (Units, error) {
	switch s {
	case "pm1", "±1", "+-1", "spin", "spins":
		return PM1, nil
	case "01", "0/1", "binary":
		return Binary, nil
	}
	return 0, fmt.Errorf("boltzmann: units %q not allowed: use \"pm1\" (±1 spins) or \"01\" (0/1 units)", s)
}

func (u Units) valid() error {
	if u != PM1 && u != Binary {
		return fmt.Errorf("boltzmann: units %d not allowed: use PM1 or Binary", int(u))
	}
	return nil
}

// lo and hi are the two state values.
func (u Units) lo() float64 {
	if u == PM1 {
		return -1
	}
	return 0
}

// Mean returns E[x] for a unit with local field s at temperature T.
func (u Units) Mean(s, T float64) float64 {
	if u == PM1 {
		return math.Tanh(s / T)
	}
	return sigmoid(s / T)
}

// ProbOn returns P(x = hi) for local field s at temperature T.
func (u Units) ProbOn(s, T float64) float64 {
	if u == PM1 {
		return sigmoid(2 * s / T)
	}
	return sigmoid(s / T)
}

// lse returns log Σ_{x∈units} exp(x·f).
func (u Units) lse(f float64) float64 {
	if u == PM1 {
		a := math.Abs(f)
		return a + math.Log1p(math.Exp(-2*a)) // log 2cosh f
	}
	return softplus(f)
}

// checkStates verifies that every entry of x lies in the units' range
// (fractional values allowed: means of units).
func (u Units) checkStates(name string, x []float64) error {
	lo := u.lo()
	for k, v := range x {
		if !(v >= lo && v <= 1) {
			return fmt.Errorf("boltzmann: %s[%d] = %g outside the %s range [%g, 1]", name, k, v, u, lo)
		}
	}
	return nil
}

// Layer names an RBM layer.
type Layer int

const (
	// Visible is the data layer.
	Visible Layer = iota
	// Hidden is the latent layer.
	Hidden
)

func (l Layer) String() string {
	if l == Visible {
		return "visible"
	}
	return "hidden"
}
