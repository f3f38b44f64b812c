package ising_test

import (
	"context"
	"strings"
	"testing"

	"github.com/lumenlab/lumen/scripting/scripttest"

	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/ising"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

const prelude = "import lumen as lm\nimport math\nfrom lumen import ising, boltzmann\nlm.seed(3)\n"

func run(t *testing.T, src string) string { return scripttest.Run(t, prelude+src) }

func TestScan(t *testing.T) {
	out := run(t, `
lat = ising.Lattice2D(8)
assert (lat.L, lat.N, lat.J, lat.h) == (8, 64, 1.0, 0.0)
T = lm.linspace(1.6, 3.4, 10)
r = lat.scan(T, samples=400, sweeps=2, equilibrate=200)
want = ["T", "energy", "magnetization", "heat_capacity", "susceptibility", "binder"]
assert r.columns == want + [c + "_err" for c in want[1:]], r.columns
assert len(r) == 10
C = r["heat_capacity"]
Tpeak = r["T"][C.argmax()]
assert 1.9 <= Tpeak <= 2.8, (Tpeak, C.tolist())
e = r["energy"]
assert e[0] < e[-1] and -2.0 <= e[0] < -1.6, e.tolist()
m = r["magnetization"]
assert m[0] > 0.9 and m[-1] < 0.6, m.tolist()
assert (r["heat_capacity_err"] >= 0).all()
print("peak", Tpeak)
`)
	t.Log(strings.TrimSpace(out))
}

func TestScanProtocols(t *testing.T) {
	out := run(t, `
lat = ising.Lattice2D(6, J=1.0)
r = lat.scan([3.0, 2.0], samples=10, sweeps=5, restart=True, equilibrate=0, progress=True)
assert len(r) == 2
r2 = lat.scan(lm.array([3.0, 2.5]), samples=10, sweeps=2, carry=True, sampler=boltzmann.digital_sampler())
assert r2["T"].tolist() == [3.0, 2.5]
r3 = lat.scan(2.0, samples=5)
assert len(r3) == 1
`)
	_ = out
}

// TestScanProgressInNotebook: progress=True publishes lm.progress's bar
// through the display path, ending at 2/2.
func TestScanProgressInNotebook(t *testing.T) {
	var last string
	in := scripting.New(scripting.Options{Display: func(b map[string]any, md map[string]any, id string, update bool) {
		last = b["text/plain"].(string)
	}})
	if _, err := in.Exec(context.Background(), "from lumen import ising\nising.Lattice2D(6).scan([3.0, 2.0], samples=5, sweeps=2, progress=True)", "<t>"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(last, "scan  2/2") {
		t.Errorf("progress bar final state %q", last)
	}
}

func TestAnnealAndExact(t *testing.T) {
	run(t, `
lat = ising.Lattice2D(8)
s, e = lat.anneal(start=4.0, stop=0.05, steps=300, sweeps=2)
assert s.shape == (8, 8) and ((s == 1) | (s == -1)).all()
assert abs(lat.energy(s) / 64 - e) < 1e-12
assert e < -1.7, e
s2, e2 = lat.anneal([3.0, 2.0, 1.0, 0.5], sampler=boltzmann.digital_sampler())
assert s2.shape == (8, 8)
assert abs(ising.onsager_tc() - 2 / math.log(1 + math.sqrt(2))) < 1e-12
assert abs(ising.onsager_tc(J=2.0) - 2 * ising.onsager_tc()) < 1e-12
assert ising.yang_magnetization(3.0) == 0.0
assert 0.9 < ising.yang_magnetization(1.5) < 1.0
ei = ising.energy_infinite(lm.array([1.5, 2.269, 3.5]))
assert ei.shape == (3,) and ei[0] < ei[1] < ei[2] < 0
assert abs(ising.energy_infinite(ising.onsager_tc()) + math.sqrt(2)) < 1e-6
m = lat.rbm(T=2.0)
assert m.n_visible == 32 and m.n_hidden == 32 and m.T == 2.0
assert "Lattice2D(L=8, J=1, h=0)" == repr(lat)
`)
}

func TestErrors(t *testing.T) {
	cases := []scripttest.Case{
		{"ising.Lattice2D(7)", "ValueError", "'L' = 7"},
		{"ising.Lattice2D(0)", "ValueError", "'L' = 0"},
		{"ising.Lattice2D(4, J=float('nan'))", "ValueError", "'J'"},
		{"ising.Lattice2D(4).scan([2.0, 0.0])", "ValueError", "'temperatures'[1] = 0"},
		{"ising.Lattice2D(4).scan(-1.0)", "ValueError", "'temperatures' = -1"},
		{"ising.Lattice2D(4).scan([2.0], samples=0)", "ValueError", "'samples' = 0"},
		{"ising.Lattice2D(4).scan([2.0], sweeps=0)", "ValueError", "'sweeps' = 0"},
		{"ising.Lattice2D(4).scan([2.0], equilibrate=-1)", "ValueError", "'equilibrate' = -1"},
		{"ising.Lattice2D(4).scan([2.0], restart=True, carry=True)", "ValueError", "exclude"},
		{"ising.Lattice2D(4).scan([2.0], sampler=1)", "TypeError", "'sampler'"},
		{"ising.Lattice2D(4).anneal(start=-1)", "ValueError", "'start' = -1"},
		{"ising.Lattice2D(4).energy([1, 0] * 8)", "ValueError", "±1"},
		{"ising.onsager_tc(J=0)", "ValueError", "'J' = 0"},
		{"ising.energy_infinite(0.0)", "ValueError", "'T' = 0"},
	}
	scripttest.Raises(t, prelude, cases)
}
