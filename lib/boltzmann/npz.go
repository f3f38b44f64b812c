package boltzmann

import (
	"fmt"
	"os"
	"path/filepath"

	"codeberg.org/sbinet/npyio/npz"
	"gonum.org/v1/gonum/mat"
)

// FormatVersion is the version number written to saved models.
const FormatVersion = 1

// Save writes the model to an .npz archive readable by numpy.load: arrays
// "W" (n_visible×n_hidden), "a", "b", "T" (a 0-d float64), "units" (a 0-d
// string "pm1" or "01") and "version" (a 0-d int64). It writes to a
// temporary file and renames it, so a failed save leaves nothing behind.
func (m *RBM) Save(path string) error {
	if err := m.Validate(); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, ".lumen-rbm-*.npz")
	if err != nil {
		return fmt.Errorf("boltzmann: save %s: %w", path, err)
	}
	tmp := f.Name()
	fail := func(err error) error {
		f.Close()
		os.Remove(tmp)
		return fmt.Errorf("boltzmann: save %s: %w", path, err)
	}
	w := npz.NewWriter(f)
	items := []struct {
		name string
		v    any
	}{
		{"W.npy", mat.NewDense(m.NVisible, m.NHidden, append([]float64(nil), m.W...))},
		{"a.npy", m.A},
		{"b.npy", m.B},
		{"T.npy", m.T},
		{"units.npy", m.Units.String()},
		{"version.npy", int64(FormatVersion)},
	}
	for _, it := range items {
		if err := w.Write(it.name, it.v); err != nil {
			return fail(err)
		}
	}
	if err := w.Close(); err != nil {
		return fail(err)
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltzmann: save %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("boltzmann: save %s: %w", path, err)
	}
	return nil
}

// Load reads a model written by [RBM.Save] (or by numpy.savez with the same
// names; "T", "units" and "version" are optional and default to 1, "pm1", 1).
func Load(path string) (*RBM, error) {
	r, err := npz.Open(path)
	if err != nil {
		return nil, fmt.Errorf("boltzmann: load %s: %w", path, err)
	}
	defer r.Close()
	has := map[string]bool{}
	for _, k := range r.Keys() {
		has[k] = true
	}
	for _, k := range []string{"W.npy", "a.npy", "b.npy"} {
		if !has[k] {
			return nil, fmt.Errorf("boltzmann: load %s: array %q missing (have %v)", path, k[:len(k)-4], r.Keys())
		}
	}
	var W mat.Dense
	if err := r.Read("W.npy", &W); err != nil {
		return nil, fmt.Errorf("boltzmann: load %s: W: %w", path, err)
	}
	var a, b []float64
	if err := r.Read("a.npy", &a); err != nil {
		return nil, fmt.Errorf("boltzmann: load %s: a: %w", path, err)
	}
	if err := r.Read("b.npy", &b); err != nil {
		return nil, fmt.Errorf("boltzmann: load %s: b: %w", path, err)
	}
	nv, nh := W.Dims()
	m := &RBM{NVisible: nv, NHidden: nh, W: make([]float64, nv*nh), A: a, B: b, T: 1, Units: PM1}
	for i := 0; i < nv; i++ {
		for j := 0; j < nh; j++ {
			m.W[i*nh+j] = W.At(i, j)
		}
	}
	if has["T.npy"] {
		if err := r.Read("T.npy", &m.T); err != nil {
			return nil, fmt.Errorf("boltzmann: load %s: T: %w", path, err)
		}
	}
	if has["units.npy"] {
		var u string
		if err := r.Read("units.npy", &u); err != nil {
			return nil, fmt.Errorf("boltzmann: load %s: units: %w", path, err)
		}
		if m.Units, err = ParseUnits(u); err != nil {
			return nil, fmt.Errorf("boltzmann: load %s: %w", path, err)
		}
	}
	if has["version.npy"] {
		var v int64
		if err := r.Read("version.npy", &v); err != nil {
			return nil, fmt.Errorf("boltzmann: load %s: version: %w", path, err)
		}
		if v > FormatVersion {
			return nil, fmt.Errorf("boltzmann: load %s: format version %d is newer than this Lumen reads (%d)", path, v, FormatVersion)
		}
	}
	if err := m.Validate(); err != nil {
		return nil, fmt.Errorf("boltzmann: load %s: %w", path, err)
	}
	return m, nil
}
