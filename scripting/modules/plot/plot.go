// Package plot is the script binding of lib/plot (from lumen import plot):
// charts as rich outputs. It only converts arguments; the charts are built by
// lib/plot.
package plot

import (
	"errors"
	"math"
	"strings"
	"sync"

	"github.com/lumenlab/lumen/lib/array"
	lp "github.com/lumenlab/lumen/lib/plot"
	s "github.com/lumenlab/lumen/scripting"
	"github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
)

func init() { s.RegisterModule("lumen.plot", newModule) }

// Chart is a chart object in scripts: it displays itself as the last
// expression of a cell or through display(), and saves as HTML or SVG.
type Chart struct {
	C *lp.Chart
}

var ChartType = s.NewType("Chart", s.ObjectType, "An ECharts chart: shows inline in notebooks, .save('x.html' | 'x.svg') writes it.")

func (c *Chart) PyType() *s.Type { return ChartType }

// one session per interpreter: the ECharts library goes into the first output only
var (
	sessMu   sync.Mutex
	sessions = map[*s.Interp]*lp.Session{}
)

func session(in *s.Interp) *lp.Session {
	sessMu.Lock()
	defer sessMu.Unlock()
	ss := sessions[in]
	if ss == nil {
		ss = &lp.Session{}
		sessions[in] = ss
	}
	return ss
}

// MimeBundle renders the chart: its HTML output (live chart plus static SVG).
func (c *Chart) MimeBundle(th *s.Thread) map[string]any {
	h, err := session(th.Interp()).HTML(c.C)
	if err != nil {
		s.Raise(s.RuntimeErrorType, "plot: %v", err)
	}
	return map[string]any{"text/html": h}
}

func check(fn string, err error) {
	if err == nil {
		return
	}
	if errors.Is(err, lp.ErrNoLibrary) {
		s.Raise(s.RuntimeErrorType, "%s(): %v", fn, err)
	}
	s.Raise(s.ValueErrorType, "%s(): %s", fn, strings.TrimPrefix(err.Error(), "plot: "))
}

// floats converts an Array, list, tuple or Table column to []float64.
func floats(th *s.Thread, fn, arg string, o s.Object) []float64 {
	a := lumen.ToArray(th, fn, arg, o)
	return a.Data()
}

// matrix converts a 2-D input to rows.
func matrix(th *s.Thread, fn, arg string, o s.Object) [][]float64 {
	a := lumen.ToArray(th, fn, arg, o)
	sh := a.Shape()
	switch len(sh) {
	case 1:
		return [][]float64{a.Data()}
	case 2:
		flat := a.Data()
		out := make([][]float64, sh[0])
		for i := range out {
			out[i] = flat[i*sh[1] : (i+1)*sh[1]]
		}
		return out
	}
	s.Raise(s.ValueErrorType, "%s(): argument '%s' must be 1-D or 2-D, got shape %s", fn, arg, array.ShapeString(sh))
	return nil
}

func str(th *s.Thread, o s.Object) string {
	if o == nil || o == s.None {
		return ""
	}
	return s.ToStr(th, o)
}

func intOr(th *s.Thread, o s.Object, def int) int {
	if o == nil || o == s.None {
		return def
	}
	return s.Index(th, o)
}

func strings_(th *s.Thread, o s.Object) []string {
	if o == nil || o == s.None {
		return nil
	}
	var out []string
	s.ForEach(th, o, func(x s.Object) { out = append(out, s.ToStr(th, x)) })
	return out
}

// common reads the keyword options every helper shares.
func common(th *s.Thread, kw s.Kwargs, o *lp.Options) {
	for _, k := range kw {
		switch k.Name {
		case "title":
			o.Title = str(th, k.Value)
		case "xlabel":
			o.XLabel = str(th, k.Value)
		case "ylabel":
			o.YLabel = str(th, k.Value)
		case "width":
			o.Width = intOr(th, k.Value, 0)
		case "height":
			o.Height = intOr(th, k.Value, 0)
		}
	}
}

func pick(kw s.Kwargs, names ...string) (out s.Kwargs, rest s.Kwargs) {
	for _, k := range kw {
		found := false
		for _, n := range names {
			if k.Name == n {
				found = true
			}
		}
		if found {
			out = append(out, k)
		} else {
			rest = append(rest, k)
		}
	}
	return
}

var commonNames = []string{"title", "xlabel", "ylabel", "width", "height"}

// xy reads (x, y=None, series=...) the way line and scatter take them: y may
// be one series or several (a 2-D array or a list of lists); with y omitted,
// x is the data and the x axis counts samples.
func xy(th *s.Thread, fn string, xo, yo s.Object) ([]float64, [][]float64) {
	if yo == nil || yo == s.None {
		ys := matrix(th, fn, "x", xo)
		x := make([]float64, len(ys[0]))
		for i := range x {
			x[i] = float64(i)
		}
		return x, ys
	}
	x := floats(th, fn, "x", xo)
	return x, matrix(th, fn, "y", yo)
}

func newModule(in *s.Interp) *s.Module {
	m := s.NewModule("lumen.plot", "Charts that render inline in notebooks and reports (ECharts, with a static SVG twin).\n\nInputs may be Arrays, lists or Table columns. The last expression of a cell displays a chart; lm.display(chart) works too; chart.save('x.html' or 'x.svg') writes it.")
	m.Set("Chart", ChartType)
	m.Set("onsager_tc", s.Float(lp.OnsagerTc))
	m.AddFunc("line", "(x, y=None, *, series=None, title='', xlabel='', ylabel='', yerr=None, logy=False, width=None, height=None)",
		"Line chart of one or several series against x (NaN breaks a line); yerr draws a ±error band.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("line", args, rest, "x", "y?", "*", "series?", "yerr?", "logy?")
			o := lp.Options{Series: strings_(th, a[2]), LogY: a[4] != nil && s.Truth(th, a[4])}
			common(th, c, &o)
			x, ys := xy(th, "line", a[0], a[1])
			if a[3] != nil && a[3] != s.None {
				o.YErr = matrix(th, "line", "yerr", a[3])
			}
			ch, err := lp.Line(x, ys, o)
			check("line", err)
			return &Chart{ch}
		})
	m.AddFunc("scatter", "(x, y=None, *, series=None, title='', xlabel='', ylabel='', width=None, height=None)",
		"Scatter plot of one or several series.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("scatter", args, rest, "x", "y?", "*", "series?")
			o := lp.Options{Series: strings_(th, a[2])}
			common(th, c, &o)
			x, ys := xy(th, "scatter", a[0], a[1])
			ch, err := lp.Scatter(x, ys, o)
			check("scatter", err)
			return &Chart{ch}
		})
	m.AddFunc("bar", "(categories, values, *, title='', xlabel='', ylabel='', width=None, height=None)",
		"Bar chart.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("bar", args, rest, "categories", "values")
			var o lp.Options
			common(th, c, &o)
			ch, err := lp.Bar(strings_(th, a[0]), floats(th, "bar", "values", a[1]), o)
			check("bar", err)
			return &Chart{ch}
		})
	m.AddFunc("hist", "(values, *, bins=30, density=False, title='', xlabel='', ylabel='', width=None, height=None)",
		"Histogram.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("hist", args, rest, "values", "*", "bins?", "density?")
			o := lp.Options{Bins: intOr(th, a[1], 30), Density: a[2] != nil && s.Truth(th, a[2])}
			if o.Bins < 1 {
				s.Raise(s.ValueErrorType, "hist(): argument 'bins' must be >= 1, got %d", o.Bins)
			}
			common(th, c, &o)
			ch, err := lp.Hist(floats(th, "hist", "values", a[0]), o)
			check("hist", err)
			return &Chart{ch}
		})
	m.AddFunc("heatmap", "(matrix, *, cmap='viridis', symmetric=False, title='', xlabel='', ylabel='', width=None, height=None)",
		"Heatmap of a matrix: weight matrices, correlations, ±1 spin configurations.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("heatmap", args, rest, "matrix", "*", "cmap?", "symmetric?")
			o := lp.Options{CMap: str(th, a[1]), Symmetric: a[2] != nil && s.Truth(th, a[2])}
			common(th, c, &o)
			ch, err := lp.Heatmap(matrix(th, "heatmap", "matrix", a[0]), o)
			check("heatmap", err)
			return &Chart{ch}
		})
	m.AddFunc("images", "(stack, *, shape=None, cols=8, titles=None, cmap='gray', symmetric=False, title='', width=None, height=None)",
		"A grid of small images: one row of `stack` per image (reshaped to `shape`, square by default).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("images", args, rest, "stack", "*", "shape?", "cols?", "titles?", "cmap?", "symmetric?")
			o := lp.Options{Cols: intOr(th, a[2], 8), Titles: strings_(th, a[3]), CMap: str(th, a[4]), Symmetric: a[5] != nil && s.Truth(th, a[5])}
			if a[1] != nil && a[1] != s.None {
				sh := s.ToSlice(th, a[1])
				if len(sh) != 2 {
					s.Raise(s.ValueErrorType, "images(): argument 'shape' must be (rows, cols)")
				}
				o.Shape = [2]int{s.Index(th, sh[0]), s.Index(th, sh[1])}
			}
			common(th, c, &o)
			st := lumen.ToArray(th, "images", "stack", a[0])
			var rows [][]float64
			if sh := st.Shape(); len(sh) == 3 {
				if o.Shape == [2]int{} {
					o.Shape = [2]int{sh[1], sh[2]}
				}
				flat := st.Data()
				n := sh[1] * sh[2]
				for i := 0; i < sh[0]; i++ {
					rows = append(rows, flat[i*n:(i+1)*n])
				}
			} else {
				rows = matrix(th, "images", "stack", a[0])
			}
			ch, err := lp.Images(rows, o)
			check("images", err)
			return &Chart{ch}
		})
	m.AddFunc("raster", "(spikes, *, t_unit='ns', title='', width=None, height=None)",
		"Spike raster: spikes[i] holds the spike times of neuron i.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("raster", args, rest, "spikes", "*", "t_unit?")
			o := lp.Options{TUnit: str(th, a[1])}
			common(th, c, &o)
			var trains [][]float64
			s.ForEach(th, a[0], func(x s.Object) { trains = append(trains, floats(th, "raster", "spikes", x)) })
			ch, err := lp.Raster(trains, o)
			check("raster", err)
			return &Chart{ch}
		})
	m.AddFunc("pianoroll", "(roll, *, title='', width=None, height=None)",
		"Piano roll: time steps × 88 keys.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("pianoroll", args, rest, "roll")
			var o lp.Options
			common(th, c, &o)
			ch, err := lp.PianoRoll(matrix(th, "pianoroll", "roll", a[0]), o)
			check("pianoroll", err)
			return &Chart{ch}
		})
	m.AddFunc("phase_diagram", "(table, *, tc=None, title='', width=None, height=None)",
		"Heat capacity and susceptibility against temperature (a scan Table with columns T, heat_capacity, susceptibility), with tc marked.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("phase_diagram", args, rest, "table", "*", "tc?")
			col := func(name string) []float64 {
				return floats(th, "phase_diagram", "table", s.GetItem(th, a[0], s.Str(name)))
			}
			o := lp.Options{}
			if a[1] != nil && a[1] != s.None {
				o.Tc = s.FloatArg(th, "tc", a[1])
			}
			common(th, c, &o)
			ch, err := lp.PhaseDiagram(col("T"), col("heat_capacity"), col("susceptibility"), o)
			check("phase_diagram", err)
			return &Chart{ch}
		})
	m.AddFunc("grid", "(charts, *, cols=2)", "Several charts in one output.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("grid", args, kw, "charts", "*", "cols?")
		var cs []*lp.Chart
		s.ForEach(th, a[0], func(x s.Object) {
			ch, ok := x.(*Chart)
			if !ok {
				s.Raise(s.TypeErrorType, "grid(): argument 'charts' must hold charts, not %s", s.TypeNameOf(x))
			}
			cs = append(cs, ch.C)
		})
		ch, err := lp.Grid(cs, intOr(th, a[1], 2))
		check("grid", err)
		return &Chart{ch}
	})
	m.AddFunc("live", "(*, title='', xlabel='', ylabel='', series=None)",
		"A live chart: .append(x, y...) updates one output in place (throttled); training calls use it for live=True.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			c, rest := pick(kw, commonNames...)
			a := s.Args("live", args, rest, "*", "series?")
			o := lp.Options{Series: strings_(th, a[0])}
			common(th, c, &o)
			return &Live{L: lp.NewLive(o)}
		})
	_ = table.Wrap
	return m
}

// Live is plot.live(): one output updated in place.
type Live struct {
	L     *lp.Live
	shown bool
}

var LiveType = s.NewType("LiveChart", s.ObjectType, "A chart that grows in place: .append(x, y, ...) then .close().")

func (l *Live) PyType() *s.Type { return LiveType }

func (l *Live) publish(th *s.Thread, final bool) {
	h, err := l.L.HTML(final)
	check("live", err)
	if !l.shown {
		h = session(th.Interp()).Prefix() + h
	}
	th.Interp().DisplayBundle(map[string]any{"text/html": h, "text/plain": "<live chart>"}, l.L.DisplayID(), l.shown)
	l.shown = true
}

func init() {
	method := func(t *s.Type, name, doc string, fn func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object) {
		t.Dict[name] = s.NewBuiltin(name, doc, fn)
	}
	method(ChartType, "save", "Write the chart: a self-contained .html page or the static .svg.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		s.CheckArgs("save", args, 2, 2)
		check("save", args[0].(*Chart).C.Save(s.ToStr(th, args[1])))
		return s.None
	})
	method(ChartType, "svg", "The static SVG of the chart.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		svg, err := args[0].(*Chart).C.SVG()
		check("svg", err)
		return s.Str(svg)
	})
	method(ChartType, "__repr__", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		c := args[0].(*Chart).C
		return s.Str("<Chart " + itoa(c.Width()) + "x" + itoa(c.Height()) + ">")
	})
	method(LiveType, "append", "Add one point per series at x; the output updates at most every 250 ms.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		if len(args) < 3 {
			s.Raise(s.TypeErrorType, "append() takes x and one value per series")
		}
		l := args[0].(*Live)
		ys := make([]float64, len(args)-2)
		for i, v := range args[2:] {
			ys[i] = s.FloatArg(th, "y", v)
		}
		due, err := l.L.Append(s.FloatArg(th, "x", args[1]), ys...)
		check("append", err)
		if due {
			l.publish(th, false)
		}
		return s.None
	})
	method(LiveType, "close", "Draw the final chart (with its static SVG).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		args[0].(*Live).publish(th, true)
		return s.None
	})
	method(LiveType, "__repr__", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str("<live chart " + args[0].(*Live).L.DisplayID() + ">")
	})
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b []byte
	for i > 0 {
		b = append([]byte{byte('0' + i%10)}, b...)
		i /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

var _ = math.NaN

// NewLiveChart starts a live chart for Go callers (training loops with
// live=True): Add appends a point and publishes when due, Finish draws the
// final chart with its static twin.
func NewLiveChart(o lp.Options) *Live { return &Live{L: lp.NewLive(o)} }

// Add appends one point per series and updates the output when due.
func (l *Live) Add(th *s.Thread, x float64, ys ...float64) {
	due, err := l.L.Append(x, ys...)
	check("live", err)
	if due {
		l.publish(th, false)
	}
}

// Finish publishes the final chart.
func (l *Live) Finish(th *s.Thread) { l.publish(th, true) }
