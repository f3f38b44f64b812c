package plot

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// needLibrary fails (not skips) a test that needs the embedded ECharts library, naming the
// fetch command; under -short it skips instead.
func needLibrary(t testing.TB) {
	t.Helper()
	if HasLibrary() {
		return
	}
	if testing.Short() {
		t.Skip("ECharts library not embedded (-short)")
	}
	t.Fatalf("the ECharts library is not embedded in this build; run: %s", FetchCommand)
}

func lin(n int, a, b float64) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = a + (b-a)*float64(i)/float64(max(1, n-1))
	}
	return x
}

func mapf(x []float64, f func(float64) float64) []float64 {
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = f(v)
	}
	return y
}

// sampleCharts builds one chart per helper with realistic inputs.
func sampleCharts(t testing.TB) map[string]*Chart {
	t.Helper()
	must := func(c *Chart, err error) *Chart {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	x := lin(200, 0, 10)
	y1 := mapf(x, math.Sin)
	y1[120] = math.NaN() // a gap
	y2 := mapf(x, func(v float64) float64 { return 0.5 * math.Cos(v) })
	e := mapf(x, func(v float64) float64 { return 0.1 + 0.02*v })
	// deterministic pseudo-random numbers
	seed := uint64(42)
	rnd := func() float64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return float64(seed>>11) / (1 << 53)
	}
	gauss := func() float64 { return math.Sqrt(-2*math.Log(rnd()+1e-300)) * math.Cos(2*math.Pi*rnd()) }
	vals := make([]float64, 2000)
	for i := range vals {
		vals[i] = gauss()
	}
	w := make([][]float64, 16)
	for i := range w {
		w[i] = make([]float64, 24)
		for j := range w[i] {
			w[i][j] = gauss() * 0.3
		}
	}
	spins := make([][]float64, 32)
	for i := range spins {
		spins[i] = make([]float64, 32)
		for j := range spins[i] {
			spins[i][j] = 1
			if rnd() < 0.5 {
				spins[i][j] = -1
			}
		}
	}
	big := make([][]float64, 100)
	for i := range big {
		big[i] = mapf(lin(80, 0, 6), func(v float64) float64 { return math.Sin(v + float64(i)/10) })
	}
	imgs := make([][]float64, 12)
	titles := make([]string, len(imgs))
	for k := range imgs {
		imgs[k] = make([]float64, 28*28)
		for p := range imgs[k] {
			r, c := p/28-14, p%28-14
			imgs[k][p] = math.Exp(-float64(r*r+c*c)/float64(20+10*k)) + 0.1*rnd()
		}
		titles[k] = "step " + string(rune('0'+k%10))
	}
	spikes := make([][]float64, 20)
	for i := range spikes {
		for t := 0.0; t < 100; t += 1 + 10*rnd() {
			spikes[i] = append(spikes[i], t)
		}
	}
	roll := make([][]float64, 64)
	for s := range roll {
		roll[s] = make([]float64, 88)
		roll[s][39+(s/8)%5*2] = 0.8 // a melody around middle C (key 39 = C4)
		roll[s][27] = 0.5
	}
	T := lin(41, 1.5, 3.5)
	C := mapf(T, func(t float64) float64 { return 1.5 / (1 + 20*(t-OnsagerTc)*(t-OnsagerTc)) })
	chi := mapf(T, func(t float64) float64 { return 8 / (1 + 60*(t-OnsagerTc)*(t-OnsagerTc)) })
	cs := map[string]*Chart{
		"line":      must(Line(x, [][]float64{y1, y2}, Options{Title: "Membrane potential", XLabel: "t (ns)", YLabel: "V (mV)", Series: []string{"sin", "cos"}, YErr: [][]float64{e}})),
		"logline":   must(Line(nil, [][]float64{mapf(lin(50, 0, 5), math.Exp)}, Options{YLabel: "loss", XLabel: "epoch", LogY: true})),
		"scatter":   must(Scatter(vals[:500], [][]float64{vals[500:1000]}, Options{Title: "Samples", XLabel: "v₁", YLabel: "v₂"})),
		"bar":       must(Bar([]string{"photonic", "nanolaser", "VCSEL", "memristor"}, []float64{0.91, 0.87, 0.95, 0.78}, Options{YLabel: "accuracy"})),
		"hist":      must(Hist(vals, Options{Bins: 40, Density: true, XLabel: "energy (J)"})),
		"heatmap":   must(Heatmap(w, Options{Title: "W", Symmetric: true, XLabel: "hidden", YLabel: "visible"})),
		"spins":     must(Heatmap(spins, Options{CMap: "gray", Width: 360})),
		"bigheat":   must(Heatmap(big, Options{CMap: "magma"})),
		"images":    must(Images(imgs, Options{Cols: 6, Titles: titles, Title: "Gibbs chain"})),
		"raster":    must(Raster(spikes, Options{Title: "Spikes"})),
		"pianoroll": must(PianoRoll(roll, Options{Title: "Roll"})),
		"phase":     must(PhaseDiagram(T, C, chi, Options{Title: "2D Ising", Tc: OnsagerTc})),
	}
	cs["grid"] = must(Grid([]*Chart{cs["bar"], cs["logline"], cs["hist"]}, 2))
	return cs
}

func checkXML(t *testing.T, name, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	n := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: SVG is not well-formed XML: %v", name, err)
		}
		if _, ok := tok.(xml.StartElement); ok {
			n++
		}
	}
	if n < 3 {
		t.Fatalf("%s: SVG has only %d elements", name, n)
	}
}

func TestEveryHelperSVG(t *testing.T) {
	needLibrary(t)
	out := os.Getenv("LUMEN_PLOT_OUT") // set to a folder to look at the charts
	for name, c := range sampleCharts(t) {
		t.Run(name, func(t *testing.T) {
			s, err := c.SVG()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(s, "<svg") || !strings.Contains(s, "<path") && !strings.Contains(s, "<image") {
				t.Fatalf("%s: unexpected SVG: %.200s", name, s)
			}
			checkXML(t, name, s)
			if out != "" {
				if err := c.Save(filepath.Join(out, name+".svg")); err != nil {
					t.Fatal(err)
				}
				if err := c.Save(filepath.Join(out, name+".html")); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

var (
	idAttrRe  = regexp.MustCompile(`\bid="([^"]+)"`)
	svgBlock  = regexp.MustCompile(`(?s)<svg .*?</svg>`)
	libMarker = `data-lumen-plot-lib=`
)

func TestHTMLStructure(t *testing.T) {
	needLibrary(t)
	cs := sampleCharts(t)
	var s Session
	var page strings.Builder
	for _, name := range []string{"line", "heatmap", "phase", "line"} { // the same chart twice
		h, err := s.HTML(cs[name])
		if err != nil {
			t.Fatal(err)
		}
		page.WriteString(h)
	}
	p := page.String()
	if n := strings.Count(p, libMarker); n != 1 {
		t.Fatalf("library included %d times in a session page, want 1", n)
	}
	seen := map[string]bool{}
	for _, m := range idAttrRe.FindAllStringSubmatch(p, -1) {
		if seen[m[1]] {
			t.Fatalf("duplicate element id %q in the page", m[1])
		}
		seen[m[1]] = true
	}
	svgs := svgBlock.FindAllString(p, -1)
	if len(svgs) != 4 {
		t.Fatalf("found %d static SVGs, want 4", len(svgs))
	}
	for i, sv := range svgs {
		checkXML(t, "svg", sv)
		if strings.Contains(sv, "<style") {
			t.Errorf("static SVG %d carries a <style> (global CSS in a page)", i)
		}
	}
	if strings.Contains(p, "let ") && regexp.MustCompile(`<script[^>]*>\s*let `).MatchString(p) {
		t.Fatal("a global let in a chart script")
	}
	// A self-contained HTML carries the guarded library.
	h, err := cs["bar"].HTML()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h, libMarker) || !strings.Contains(h, "if(w.__lumenPlot)return;") {
		t.Fatal("self-contained HTML lacks the guarded library")
	}
	// Fresh ids for every rendering of the same chart.
	a, _ := cs["bar"].Fragment()
	b, _ := cs["bar"].Fragment()
	if idAttrRe.FindString(a) == idAttrRe.FindString(b) {
		t.Fatal("two renderings of one chart share an id")
	}
}

func TestEscaping(t *testing.T) {
	needLibrary(t)
	evil := `</script><script>alert(1)</script><b x="&">`
	c, err := Bar([]string{evil, "b"}, []float64{1, 2}, Options{Title: evil, YLabel: evil})
	if err != nil {
		t.Fatal(err)
	}
	f, err := c.Fragment()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(f, "<script>alert") || strings.Count(f, "</script>") != 1 {
		t.Fatalf("chart text is not escaped in the output: %s", f)
	}
	s, err := c.SVG()
	if err != nil {
		t.Fatal(err)
	}
	checkXML(t, "escaped svg", s)
}

func TestEmbeddedVersion(t *testing.T) {
	needLibrary(t)
	if !strings.Contains(library(), `.version="`+EChartsVersion+`"`) {
		t.Fatalf("the embedded echarts.min.js is not version %s; re-run lib/plot/fetch-echarts.sh", EChartsVersion)
	}
}

func TestOutputSize1000Points(t *testing.T) {
	needLibrary(t)
	x := lin(1000, 0, 20)
	y := mapf(x, func(v float64) float64 { return math.Sin(v) * math.Exp(-v/10) })
	c, err := Line(x, [][]float64{y}, Options{Title: "1000 points", XLabel: "t (ns)", YLabel: "V (mV)"})
	if err != nil {
		t.Fatal(err)
	}
	f, err := c.Fragment()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("1,000-point line output without the library: %d bytes", len(f))
	if len(f) > 50*1024 {
		t.Fatalf("1,000-point output is %d bytes, want ≤ 50 KB", len(f))
	}
}

func TestInputErrors(t *testing.T) {
	inf := math.Inf(1)
	cases := []struct {
		name string
		err  error
		want string
	}{
		{"length", second(Line([]float64{1, 2, 3}, [][]float64{{1, 2}}, Options{})), "has 2 values but x has 3"},
		{"inf", second(Line(nil, [][]float64{{1, inf}}, Options{})), "must be finite"},
		{"nan x", second(Line([]float64{1, math.NaN()}, [][]float64{{1, 2}}, Options{})), "x[1] is NaN"},
		{"logy", second(Line(nil, [][]float64{{1, 0}}, Options{LogY: true})), "logy needs positive"},
		{"yerr", second(Line(nil, [][]float64{{1, 2}}, Options{YErr: [][]float64{{1}}})), "yerr 0 has 1 values"},
		{"bar", second(Bar([]string{"a"}, []float64{1, 2}, Options{})), "1 categories but 2 values"},
		{"ragged", second(Heatmap([][]float64{{1, 2}, {3}}, Options{})), "ragged"},
		{"cmap", second(Heatmap([][]float64{{1}}, Options{CMap: "jet"})), "unknown colormap"},
		{"images", second(Images([][]float64{{1, 2, 3}}, Options{})), "not square"},
		{"roll", second(PianoRoll([][]float64{{1}}, Options{})), "want 88"},
		{"phase", second(PhaseDiagram([]float64{1, 2}, []float64{1}, nil, Options{})), "C has 1 values"},
		{"hist", second(Hist([]float64{math.NaN()}, Options{})), "at least one"},
	}
	for _, c := range cases {
		if c.err == nil || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: got error %v, want one containing %q", c.name, c.err, c.want)
		}
	}
	// NaN breaks a line: it is written as null.
	c, err := Line(nil, [][]float64{{1, math.NaN(), 3}}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	j, _ := c.OptionJSON()
	if !strings.Contains(string(j), "[1,null]") {
		t.Fatalf("NaN not written as a gap: %s", j)
	}
	var v any
	if err := json.Unmarshal(j, &v); err != nil {
		t.Fatalf("option is not valid JSON: %v", err)
	}
}

func second(_ *Chart, err error) error { return err }

func TestSaveAtomic(t *testing.T) {
	needLibrary(t)
	dir := t.TempDir()
	c, err := Bar([]string{"a", "b"}, []float64{1, 2}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"x.html", "x.svg"} {
		if err := c.Save(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "x.svg"))
	checkXML(t, "x.svg", string(b))
	h, _ := os.ReadFile(filepath.Join(dir, "x.html"))
	if !strings.HasPrefix(string(h), "<!DOCTYPE html>") || !strings.Contains(string(h), libMarker) {
		t.Fatal("saved page is not a self-contained HTML document")
	}
	if err := c.Save(filepath.Join(dir, "x.png")); err == nil {
		t.Fatal("saving .png should fail")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Fatalf("left %d files behind, want 2", len(ents))
	}
}

func TestLive(t *testing.T) {
	needLibrary(t)
	l := NewLive(Options{Title: "loss", Series: []string{"train", "test"}, XLabel: "epoch"})
	now := l.now()
	l.now = func() time.Time { return now }
	due, err := l.Append(0, 1, 1.2)
	if err != nil || !due {
		t.Fatalf("first append: due=%v err=%v", due, err)
	}
	due, _ = l.Append(1, 0.5, math.NaN())
	if due || !l.Pending() {
		t.Fatal("second append within the interval should be throttled and pending")
	}
	now = now.Add(DefaultLiveInterval)
	if due, _ = l.Append(2, 0.3, 0.4); !due {
		t.Fatal("append after the interval should be due")
	}
	if _, err := l.Append(3, 1); err == nil {
		t.Fatal("wrong number of values should fail")
	}
	j, err := l.OptionJSON()
	if err != nil || !strings.Contains(string(j), `[1,null]`) {
		t.Fatalf("live option: %v %s", err, j)
	}
	h, err := l.HTML(false)
	if err != nil || strings.Contains(h, "<svg") || !strings.Contains(h, "__lumenPlot") {
		t.Fatalf("intermediate live HTML should have no SVG and a script: %v", err)
	}
	h, err = l.HTML(true)
	if err != nil || !strings.Contains(h, "<svg") {
		t.Fatalf("final live HTML should carry the SVG: %v", err)
	}
}

func TestNoLibraryError(t *testing.T) {
	if HasLibrary() {
		// Exercise the error text at least.
		if !strings.Contains(ErrNoLibrary.Error(), "fetch-echarts.sh") {
			t.Fatal("ErrNoLibrary does not name the fetch command")
		}
		return
	}
	c, _ := Bar([]string{"a"}, []float64{1}, Options{})
	if _, err := c.SVG(); !errors.Is(err, ErrNoLibrary) {
		t.Fatalf("SVG without library: %v", err)
	}
	h, err := c.HTML()
	if err != nil || !strings.Contains(h, "static-only") {
		t.Fatalf("HTML without library should say so: %v %s", err, h)
	}
}
