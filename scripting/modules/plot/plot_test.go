package plot_test

import (
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	s "github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/datasets"
	_ "github.com/lumenlab/lumen/scripting/modules/ising"
	_ "github.com/lumenlab/lumen/scripting/modules/plot"
)

func TestChartsFromScripts(t *testing.T) {
	var bundles []map[string]any
	var updates int
	in := s.New(s.Options{Display: func(b map[string]any, md map[string]any, id string, update bool) {
		bundles = append(bundles, b)
		if update {
			updates++
		}
	}})
	dir := t.TempDir()
	src := `
import lumen as lm
from lumen import plot, ising
T = lm.linspace(1.5, 3.5, 8)
c1 = plot.line(T, [T * 2, T * 3], series=["a", "b"], title="lines", xlabel="T (J)", ylabel="y")
c2 = plot.heatmap(lm.random.randn(6, 6), symmetric=True)
c3 = plot.hist(lm.random.randn(500), bins=20)
t = ising.Lattice2D(6).scan([2.0, 2.5, 3.0], samples=5, sweeps=2)
c4 = plot.phase_diagram(t, tc=plot.onsager_tc)
g = plot.grid([c1, c2, c3, c4])
display(g)
display(c1)
c1.save(DIR + "/c.html")
c2.save(DIR + "/c.svg")
live = plot.live(title="loss", series=["train"])
for i in range(5):
    live.append(i, 1.0 / (i + 1))
live.close()
try:
    plot.line([1, 2, 3], [1, 2])
except ValueError as e:
    err = str(e)
`
	if _, err := in.Exec(context.Background(), strings.ReplaceAll(src, "DIR", `"`+dir+`"`), "<t>"); err != nil {
		t.Fatal(err)
	}
	if len(bundles) < 3 {
		t.Fatalf("got %d outputs", len(bundles))
	}
	first := bundles[0]["text/html"].(string)
	second := bundles[1]["text/html"].(string)
	if !strings.Contains(first, "<svg") || !strings.Contains(second, "<svg") {
		t.Fatal("outputs lack their static SVG")
	}
	if len(second) >= len(first) {
		t.Fatal("the ECharts library must be sent once per session, in the first output only")
	}
	if updates == 0 {
		t.Fatal("the live chart never updated in place")
	}
	svg, err := os.ReadFile(filepath.Join(dir, "c.svg"))
	if err != nil || xml.Unmarshal(svg, new(struct{})) != nil {
		t.Fatalf("saved SVG unreadable: %v", err)
	}
	if page, err := os.ReadFile(filepath.Join(dir, "c.html")); err != nil || !strings.Contains(string(page), "<html") {
		t.Fatalf("saved HTML page: %v", err)
	}
	if msg := s.ToStr(nil, in.Global("err")); !strings.Contains(msg, "line()") {
		t.Fatalf("mismatched lengths: error %q should name the call", msg)
	}
}

// TestTrainingLiveChart: rbm.fit(live=True) draws one chart updated in place.
func TestTrainingLiveChart(t *testing.T) {
	ids := map[string]int{}
	var last map[string]any
	in := s.New(s.Options{Display: func(b map[string]any, md map[string]any, id string, update bool) {
		ids[id]++
		last = b
	}})
	_, err := in.Exec(context.Background(), "from lumen import boltzmann, datasets\nx, _ = datasets.bars_and_stripes(3)\nboltzmann.RBM(9, 8).fit(x, epochs=30, lr=0.05, live=True)", "<t>")
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 1 {
		t.Fatalf("live training used %d outputs, want one updated in place", len(ids))
	}
	if h, _ := last["text/html"].(string); !strings.Contains(h, "<svg") {
		t.Fatal("the final chart lacks its static SVG")
	}
}
