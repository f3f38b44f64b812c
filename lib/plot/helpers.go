package plot

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"image"
	"image/png"
	"math"
	"strconv"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
)

// Options are the keyword options shared by all chart helpers; each helper reads the ones
// that apply to it and ignores the rest. Zero values mean "default".
type Options struct {
	Title  string
	XLabel string // axis names; put units in them: "T (J/k_B)", "t (ns)"
	YLabel string
	Series []string    // series names (Line, Scatter)
	YErr   [][]float64 // Line: one error slice per series (nil entries allowed): a ±err band
	LogY   bool
	Width  int // pixels; default 640
	Height int // pixels; default 400 (helpers with a natural aspect compute their own)

	CMap      string // Heatmap, Images: viridis (default), magma, inferno, plasma, cividis, rdbu, coolwarm, gray, binary
	Symmetric bool   // Heatmap, Images: colour range ±max|v| (default cmap rdbu)

	Bins    int  // Hist: number of bins (default 30)
	Density bool // Hist: normalise to a probability density

	Shape  [2]int   // Images: rows, cols of each image (default: square)
	Cols   int      // Images: images per row (default 8); Grid: charts per row (default 2)
	Titles []string // Images: one caption per image

	TUnit string  // Raster: time unit (default "ns")
	Tc    float64 // PhaseDiagram: critical temperature to mark (0 = none); see OnsagerTc
}

// OnsagerTc is the exact critical temperature of the 2D square-lattice Ising model
// (J = k_B = 1): 2 / ln(1 + √2).
var OnsagerTc = 2 / math.Log(1+math.Sqrt2)

// palette works on white and on dark backgrounds (Tableau 10).
var palette = []string{"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"}

// maxLivePoints bounds the points per series sent to the browser; longer lines are reduced
// with LTTB (the static SVG uses 2 points per pixel of width).
const maxLivePoints = 20000

func (o Options) size(w, h int) (int, int) {
	if o.Width > 0 {
		w = o.Width
	}
	if o.Height > 0 {
		h = o.Height
	}
	return w, h
}

type jmap = map[string]any

// skeleton builds the common option (title, legend, tooltip, axes) with go-echarts and
// returns it as a plain map for the helper to add series to.
func skeleton(o Options, legend bool, trigger string, xAxis opts.XAxis, yAxis opts.YAxis) jmap {
	c := charts.NewLine()
	c.SetGlobalOptions(
		charts.WithTitleOpts(opts.Title{Title: o.Title, Left: "center", Top: "4"}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: trigger}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(legend), Top: legendTop(o), Type: "scroll"}),
		charts.WithXAxisOpts(xAxis),
		charts.WithYAxisOpts(yAxis),
		charts.WithAnimation(false),
	)
	b, _ := json.Marshal(c.JSON())
	var m jmap
	_ = json.Unmarshal(b, &m)
	delete(m, "toolbox")
	m["color"] = palette
	m["animation"] = false
	m["backgroundColor"] = "#fff"
	if t, ok := m["title"].(jmap); ok {
		t["textStyle"] = jmap{"fontSize": 14}
	}
	if t, ok := m["tooltip"].(jmap); ok {
		t["valueFormatter"] = "@@num"
		t["confine"] = true
	}
	top := 24
	if o.Title != "" {
		top += 20
	}
	if legend {
		top += 22
	}
	m["grid"] = jmap{"left": 72, "right": 28, "top": top, "bottom": 56}
	if xs, ok := m["xAxis"].([]any); ok && len(xs) > 0 {
		if a, ok := xs[0].(jmap); ok {
			a["axisLine"] = jmap{"onZero": false}
		}
	}
	return m
}

func legendTop(o Options) string {
	if o.Title != "" {
		return "28"
	}
	return "4"
}

func valueAxisX(name string) opts.XAxis {
	return opts.XAxis{Type: "value", Name: name, NameLocation: "middle", NameGap: 30, Scale: opts.Bool(true),
		AxisLabel: &opts.AxisLabel{Formatter: "@@axis", HideOverlap: opts.Bool(true)}}
}

func valueAxisY(name string, log bool) opts.YAxis {
	t := "value"
	if log {
		t = "log"
	}
	return opts.YAxis{Type: t, Name: name, NameLocation: "middle", NameGap: 52, Scale: opts.Bool(true),
		AxisLabel: &opts.AxisLabel{Formatter: "@@axis", HideOverlap: opts.Bool(true)}}
}

func seriesName(o Options, i int) string {
	if i < len(o.Series) && o.Series[i] != "" {
		return o.Series[i]
	}
	if len(o.Series) == 0 && i == 0 {
		return "y"
	}
	return "y" + strconv.Itoa(i)
}

func checkXY(x []float64, ys [][]float64, o Options) ([]float64, error) {
	if len(ys) == 0 {
		return nil, errors.New("plot: no y series given")
	}
	n := len(ys[0])
	if x == nil {
		x = make([]float64, n)
		for i := range x {
			x[i] = float64(i)
		}
	}
	if err := checkFinite("x", x, false); err != nil {
		return nil, err
	}
	if len(o.Series) > len(ys) {
		return nil, fmt.Errorf("plot: %d series names for %d series", len(o.Series), len(ys))
	}
	for k, y := range ys {
		if len(y) != len(x) {
			return nil, fmt.Errorf("plot: series %d (%s) has %d values but x has %d", k, seriesName(o, k), len(y), len(x))
		}
		if err := checkFinite(fmt.Sprintf("y%d", k), y, true); err != nil {
			return nil, err
		}
		if o.LogY {
			for i, v := range y {
				if v <= 0 {
					return nil, fmt.Errorf("plot: logy needs positive values, but series %d has y[%d] = %v", k, i, v)
				}
			}
		}
	}
	return x, nil
}

// Line draws one or more lines y_k(x) sharing x (nil x means 0, 1, 2, …). NaN in y breaks
// the line (a gap); ±Inf is an error. Options: Series, Title, XLabel, YLabel, YErr (a ±err
// band per series), LogY, Width, Height.
func Line(x []float64, ys [][]float64, o Options) (*Chart, error) {
	x, err := checkXY(x, ys, o)
	if err != nil {
		return nil, err
	}
	if len(o.YErr) > len(ys) {
		return nil, fmt.Errorf("plot: %d yerr slices for %d series", len(o.YErr), len(ys))
	}
	w, h := o.size(DefaultWidth, DefaultHeight)
	named := len(ys) > 1 || len(o.Series) > 0
	m := skeleton(o, named, "axis", valueAxisX(o.XLabel), valueAxisY(o.YLabel, o.LogY))
	var series []map[string]any
	for k, y := range ys {
		name := seriesName(o, k)
		col := palette[k%len(palette)]
		if k < len(o.YErr) && o.YErr[k] != nil {
			e := o.YErr[k]
			if len(e) != len(y) {
				return nil, fmt.Errorf("plot: yerr %d has %d values but series has %d", k, len(e), len(y))
			}
			if err := checkFinite(fmt.Sprintf("yerr%d", k), e, true); err != nil {
				return nil, err
			}
			lo := make([]float64, len(y))
			span := make([]float64, len(y))
			for i := range y {
				if e[i] < 0 {
					return nil, fmt.Errorf("plot: yerr %d[%d] = %v is negative", k, i, e[i])
				}
				lo[i], span[i] = y[i]-e[i], 2*e[i]
				if o.LogY && lo[i] <= 0 {
					lo[i] = y[i] / 10
					span[i] = y[i] + e[i] - lo[i]
				}
			}
			stack := "band" + strconv.Itoa(k)
			bx, blo := reduce(x, lo)
			_, bspan := reduce(x, span)
			series = append(series,
				jmap{"type": "line", "name": name, "data": xy{bx, blo}, "stack": stack, "stackStrategy": "all", "symbol": "none", "silent": true,
					"lineStyle": jmap{"opacity": 0}, "tooltip": jmap{"show": false}, "color": col, "z": 1},
				jmap{"type": "line", "name": name, "data": xy{bx, bspan}, "stack": stack, "stackStrategy": "all", "symbol": "none", "silent": true,
					"lineStyle": jmap{"opacity": 0}, "areaStyle": jmap{"color": col, "opacity": 0.22}, "tooltip": jmap{"show": false}, "color": col, "z": 1})
		}
		rx, ry := reduce(x, y)
		series = append(series, jmap{"type": "line", "name": name, "data": xy{rx, ry}, "showSymbol": len(rx) <= 60,
			"symbolSize": 5, "sampling": "lttb", "connectNulls": false, "color": col, "lineStyle": jmap{"width": 1.8}, "z": 3})
	}
	m["series"] = series
	return &Chart{opt: m, width: w, height: h}, nil
}

func reduce(x, y []float64) ([]float64, []float64) { return lttb(x, y, maxLivePoints) }

// Scatter draws points (x, y_k) for one or more series. Points with NaN y are skipped.
func Scatter(x []float64, ys [][]float64, o Options) (*Chart, error) {
	x, err := checkXY(x, ys, o)
	if err != nil {
		return nil, err
	}
	w, h := o.size(DefaultWidth, DefaultHeight)
	named := len(ys) > 1 || len(o.Series) > 0
	m := skeleton(o, named, "item", valueAxisX(o.XLabel), valueAxisY(o.YLabel, o.LogY))
	var series []map[string]any
	for k, y := range ys {
		var px, py []float64
		for i := range y {
			if !math.IsNaN(y[i]) {
				px, py = append(px, x[i]), append(py, y[i])
			}
		}
		size := 7
		if len(px) > 2000 {
			size = 3
		} else if len(px) > 300 {
			size = 5
		}
		series = append(series, jmap{"type": "scatter", "name": seriesName(o, k), "data": xy{px, py},
			"symbolSize": size, "large": len(px) > 2000, "itemStyle": jmap{"opacity": 0.8}})
	}
	m["series"] = series
	return &Chart{opt: m, width: w, height: h}, nil
}

// Bar draws one bar per category. A NaN value leaves its bar out.
func Bar(categories []string, values []float64, o Options) (*Chart, error) {
	if len(categories) != len(values) {
		return nil, fmt.Errorf("plot: %d categories but %d values", len(categories), len(values))
	}
	if err := checkFinite("values", values, true); err != nil {
		return nil, err
	}
	w, h := o.size(DefaultWidth, DefaultHeight)
	x := opts.XAxis{Type: "category", Data: categories, Name: o.XLabel, NameLocation: "middle", NameGap: 30}
	ya := valueAxisY(o.YLabel, o.LogY)
	ya.Scale = nil // bars start at zero
	m := skeleton(o, false, "axis", x, ya)
	m["series"] = []map[string]any{{"type": "bar", "name": firstOr(o.Series, "value"), "data": vec(values), "color": palette[0]}}
	return &Chart{opt: m, width: w, height: h}, nil
}

func firstOr(s []string, d string) string {
	if len(s) > 0 && s[0] != "" {
		return s[0]
	}
	return d
}

// Hist draws a histogram of values with o.Bins equal bins (default 30) over [min, max];
// o.Density normalises it to a probability density. NaN values are ignored; ±Inf is an error.
func Hist(values []float64, o Options) (*Chart, error) {
	if err := checkFinite("values", values, true); err != nil {
		return nil, err
	}
	bins := o.Bins
	if bins <= 0 {
		bins = 30
	}
	lo, hi, n := math.Inf(1), math.Inf(-1), 0
	for _, v := range values {
		if !math.IsNaN(v) {
			lo, hi, n = math.Min(lo, v), math.Max(hi, v), n+1
		}
	}
	if n == 0 {
		return nil, errors.New("plot: hist needs at least one non-NaN value")
	}
	if lo == hi {
		lo, hi = lo-0.5, hi+0.5
	}
	width := (hi - lo) / float64(bins)
	counts := make([]float64, bins)
	for _, v := range values {
		if math.IsNaN(v) {
			continue
		}
		k := int((v - lo) / width)
		if k >= bins {
			k = bins - 1
		}
		counts[k]++
	}
	ylabel := o.YLabel
	if ylabel == "" {
		ylabel = "count"
	}
	if o.Density {
		for i := range counts {
			counts[i] /= float64(n) * width
		}
		if o.YLabel == "" {
			ylabel = "density"
		}
	}
	centers := make([]float64, bins)
	for i := range centers {
		centers[i] = lo + (float64(i)+0.5)*width
	}
	w, h := o.size(DefaultWidth, DefaultHeight)
	x := valueAxisX(o.XLabel)
	oy := o
	oy.YLabel = ylabel
	ya := valueAxisY(ylabel, o.LogY)
	ya.Scale = nil
	m := skeleton(oy, false, "axis", x, ya)
	m["series"] = []map[string]any{{"type": "bar", "name": ylabel, "data": xy{centers, counts}, "barWidth": "100%",
		"barCategoryGap": "0%", "color": palette[0], "itemStyle": jmap{"borderColor": "#fff", "borderWidth": 0.5}}}
	return &Chart{opt: m, width: w, height: h}, nil
}

// matrixRange validates a rectangular matrix and returns its shape and colour range.
func matrixRange(what string, m [][]float64, symmetric bool) (rows, cols int, lo, hi float64, err error) {
	rows = len(m)
	if rows == 0 || len(m[0]) == 0 {
		return 0, 0, 0, 0, fmt.Errorf("plot: %s is empty", what)
	}
	cols = len(m[0])
	lo, hi = math.Inf(1), math.Inf(-1)
	for i, r := range m {
		if len(r) != cols {
			return 0, 0, 0, 0, fmt.Errorf("plot: %s is ragged: row %d has %d values, row 0 has %d", what, i, len(r), cols)
		}
		if err := checkFinite(fmt.Sprintf("%s[%d]", what, i), r, true); err != nil {
			return 0, 0, 0, 0, err
		}
		for _, v := range r {
			if !math.IsNaN(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if math.IsInf(lo, 1) {
		lo, hi = 0, 1
	}
	if symmetric {
		a := math.Max(math.Abs(lo), math.Abs(hi))
		if a == 0 {
			a = 1
		}
		lo, hi = -a, a
	}
	if lo == hi {
		lo, hi = lo-1, hi+1
	}
	return rows, cols, lo, hi, nil
}

// heatCellLimit is the largest matrix drawn as interactive ECharts heatmap cells; larger
// matrices are drawn as one PNG image (nearest-neighbour), which keeps outputs small.
const heatCellLimit = 10000

// Heatmap draws a matrix (row 0 at the top, like a printed matrix): weight matrices,
// correlation matrices, ±1 spin configurations. NaN cells are left empty. Options: CMap,
// Symmetric, XLabel, YLabel, Title, Width, Height.
func Heatmap(mat [][]float64, o Options) (*Chart, error) {
	rows, cols, lo, hi, err := matrixRange("matrix", mat, o.Symmetric)
	if err != nil {
		return nil, err
	}
	stops, err := cmapStops(o.CMap, o.Symmetric)
	if err != nil {
		return nil, err
	}
	// square cells inside the requested box
	W, H := o.size(DefaultWidth, 0)
	left, right, top, bottom := 56, 96, 28, 48
	if o.Title != "" {
		top += 20
	}
	cell := float64(W-left-right) / float64(cols)
	if H > 0 {
		cell = math.Min(cell, float64(H-top-bottom)/float64(rows))
	}
	cell = math.Max(cell, 0.5)
	pw, ph := int(math.Round(cell*float64(cols))), int(math.Round(cell*float64(rows)))
	if H == 0 {
		H = ph + top + bottom
	}
	xa := opts.XAxis{Type: "category", Name: o.XLabel, NameLocation: "middle", NameGap: 28, Data: indexLabels(cols),
		SplitArea: &opts.SplitArea{Show: opts.Bool(false)}}
	ya := opts.YAxis{Type: "category", Name: o.YLabel, NameLocation: "middle", NameGap: 36, Data: indexLabels(rows), Inverse: opts.Bool(true)}
	m := skeleton(o, false, "item", xa, ya)
	m["grid"] = jmap{"left": left, "top": top, "width": pw, "height": ph}
	vm := jmap{"type": "continuous", "min": lo, "max": hi, "calculable": true, "orient": "vertical", "right": 8,
		"top": top, "itemHeight": math.Max(60, float64(ph)-40), "itemWidth": 12, "inRange": jmap{"color": stops},
		"formatter": "@@num", "dimension": 2}
	// The static SVG always shows the matrix as one PNG (cells as SVG rects are slow to
	// render in goja and heavy); the live chart uses heatmap cells up to heatCellLimit.
	url, err := matrixPNG(mat, lo, hi, stops, max(1, int(math.Ceil(cell))))
	if err != nil {
		return nil, err
	}
	img := make(jmap, len(m)+1)
	for k, v := range m {
		img[k] = v
	}
	ivm := make(jmap, len(vm)+1)
	for k, v := range vm {
		ivm[k] = v
	}
	ivm["seriesIndex"] = 0
	ivm["calculable"] = false
	ivm["text"] = []string{fmtNum(hi), fmtNum(lo)}
	img["visualMap"] = ivm
	img["tooltip"] = jmap{"show": false}
	img["series"] = []map[string]any{{"type": "heatmap", "data": triples{}, "silent": true}}
	img["graphic"] = []map[string]any{{"type": "image", "left": left, "top": top, "z": 10, "silent": true,
		"style": jmap{"image": url, "width": pw, "height": ph}}}
	if rows*cols > heatCellLimit {
		return &Chart{opt: img, width: W, height: H}, nil
	}
	cells := make(triples, 0, rows*cols)
	for i, r := range mat {
		for j, v := range r {
			cells = append(cells, [3]float64{float64(j), float64(i), v})
		}
	}
	m["visualMap"] = vm
	// progressive 0: all cells in the first frame (ECharts otherwise draws large heatmaps
	// over several frames, which a report's screenshot or print can catch half done).
	m["series"] = []map[string]any{{"type": "heatmap", "name": firstOr(o.Series, "value"), "data": cells, "progressive": 0,
		"emphasis": jmap{"itemStyle": jmap{"borderColor": "#333", "borderWidth": 1}}}}
	return &Chart{opt: m, ssr: img, width: W, height: H}, nil
}

func indexLabels(n int) []string {
	s := make([]string, n)
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}

// matrixPNG renders a matrix to a data: URL PNG, each cell scale×scale pixels.
func matrixPNG(mat [][]float64, lo, hi float64, stops []string, scale int) (string, error) {
	rows, cols := len(mat), len(mat[0])
	if scale*cols > 2048 || scale*rows > 2048 {
		scale = max(1, 2048/max(rows, cols))
	}
	t := lut(stops)
	img := image.NewNRGBA(image.Rect(0, 0, cols*scale, rows*scale))
	for i, r := range mat {
		for j, v := range r {
			var c [4]uint8
			if !math.IsNaN(v) {
				k := int(math.Round((v - lo) / (hi - lo) * 255))
				k = min(255, max(0, k))
				c = [4]uint8{t[k].R, t[k].G, t[k].B, 255}
			}
			for dy := 0; dy < scale; dy++ {
				off := img.PixOffset(j*scale, i*scale+dy)
				for dx := 0; dx < scale; dx++ {
					copy(img.Pix[off+4*dx:], c[:])
				}
			}
		}
	}
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return "", err
	}
	return "data:image/png;base64," + base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// Images draws a grid of small images (generated digits, restorations, Gibbs iterations),
// each given row-major with shape o.Shape (default square), o.Cols per row (default 8),
// optional o.Titles, one shared colour range (o.CMap, default gray; o.Symmetric).
func Images(stack [][]float64, o Options) (*Chart, error) {
	if len(stack) == 0 {
		return nil, errors.New("plot: images: empty stack")
	}
	r, c := o.Shape[0], o.Shape[1]
	n := len(stack[0])
	if r == 0 && c == 0 {
		s := int(math.Round(math.Sqrt(float64(n))))
		if s*s != n {
			return nil, fmt.Errorf("plot: images of %d pixels are not square; give Shape", n)
		}
		r, c = s, s
	} else if r*c != n {
		return nil, fmt.Errorf("plot: Shape %dx%d needs %d pixels per image, image 0 has %d", r, c, r*c, n)
	}
	if len(o.Titles) > 0 && len(o.Titles) != len(stack) {
		return nil, fmt.Errorf("plot: %d titles for %d images", len(o.Titles), len(stack))
	}
	mats := make([][][]float64, len(stack))
	lo, hi := math.Inf(1), math.Inf(-1)
	for k, im := range stack {
		if len(im) != n {
			return nil, fmt.Errorf("plot: image %d has %d pixels, image 0 has %d", k, len(im), n)
		}
		mat := make([][]float64, r)
		for i := range mat {
			mat[i] = im[i*c : (i+1)*c]
		}
		_, _, l, h, err := matrixRange(fmt.Sprintf("image %d", k), mat, o.Symmetric)
		if err != nil {
			return nil, err
		}
		lo, hi = math.Min(lo, l), math.Max(hi, h)
		mats[k] = mat
	}
	cmap := o.CMap
	if cmap == "" && !o.Symmetric {
		cmap = "gray"
	}
	stops, err := cmapStops(cmap, o.Symmetric)
	if err != nil {
		return nil, err
	}
	cols := o.Cols
	if cols <= 0 {
		cols = 8
	}
	cols = min(cols, len(stack))
	nrows := (len(stack) + cols - 1) / cols
	W, _ := o.size(DefaultWidth, 0)
	gap, titleH, top := 6, 0, 8
	if len(o.Titles) > 0 {
		titleH = 16
	}
	if o.Title != "" {
		top = 32
	}
	tile := float64(W-16-gap*(cols-1)) / float64(cols)
	tw := int(tile)
	th := int(tile * float64(r) / float64(c))
	H := top + nrows*(th+titleH+gap) + 8
	if o.Height > 0 {
		H = o.Height
	}
	scale := max(1, int(math.Ceil(tile/float64(c))))
	var g []map[string]any
	for k, mat := range mats {
		url, err := matrixPNG(mat, lo, hi, stops, scale)
		if err != nil {
			return nil, err
		}
		x := 8 + (k%cols)*(tw+gap)
		y := top + (k/cols)*(th+titleH+gap)
		if titleH > 0 {
			g = append(g, jmap{"type": "text", "left": x, "top": y, "style": jmap{"text": o.Titles[k], "fontSize": 11, "fill": "#888",
				"width": tw, "overflow": "truncate"}})
			y += titleH
		}
		g = append(g, jmap{"type": "image", "left": x, "top": y, "style": jmap{"image": url, "width": tw, "height": th}},
			// a frame, so pixels at the maximum of light colormaps stay visible against the page
			jmap{"type": "rect", "left": x - 1, "top": y - 1, "silent": true, "shape": jmap{"width": tw + 1, "height": th + 1},
				"style": jmap{"fill": "none", "stroke": "#999", "lineWidth": 1}})
	}
	m := jmap{"animation": false, "backgroundColor": "#fff", "graphic": g, "series": []map[string]any{},
		"title": jmap{"text": o.Title, "left": "center", "top": 4, "textStyle": jmap{"fontSize": 14}}}
	return &Chart{opt: m, width: W, height: H}, nil
}

// Raster draws spike trains: spikes[i] holds the spike times of neuron i (unit o.TUnit,
// default "ns"), one tick per spike.
func Raster(spikes [][]float64, o Options) (*Chart, error) {
	if len(spikes) == 0 {
		return nil, errors.New("plot: raster: no neurons")
	}
	unit := o.TUnit
	if unit == "" {
		unit = "ns"
	}
	xl := o.XLabel
	if xl == "" {
		xl = "t (" + unit + ")"
	}
	yl := o.YLabel
	if yl == "" {
		yl = "neuron"
	}
	var px, py []float64
	for i, s := range spikes {
		if err := checkFinite(fmt.Sprintf("spikes[%d]", i), s, false); err != nil {
			return nil, err
		}
		for _, t := range s {
			px, py = append(px, t), append(py, float64(i))
		}
	}
	w, h := o.size(DefaultWidth, DefaultHeight)
	if o.Height == 0 && len(spikes) <= 10 {
		h = 120 + 24*len(spikes)
	}
	ya := valueAxisY(yl, false)
	ya.Scale = nil
	ya.Min, ya.Max = -0.5, float64(len(spikes))-0.5
	ya.Inverse = opts.Bool(true)
	ya.MinInterval = 1
	ya.AxisLabel = &opts.AxisLabel{HideOverlap: opts.Bool(true), Formatter: "@@int"}
	ya.NameGap = 40
	ox := o
	m := skeleton(ox, false, "item", valueAxisX(xl), ya)
	m["grid"].(jmap)["left"] = 60
	plotH := float64(h - m["grid"].(jmap)["top"].(int) - 56)
	tick := math.Max(1, math.Min(14, 0.8*plotH/float64(len(spikes))))
	m["series"] = []map[string]any{{"type": "scatter", "name": "spike", "symbol": "rect", "symbolSize": []float64{1.5, tick},
		"data": xy{px, py}, "large": len(px) > 5000, "color": palette[0]}}
	m["tooltip"] = jmap{"show": true, "trigger": "item", "valueFormatter": "@@num"}
	return &Chart{opt: m, width: w, height: h}, nil
}

var noteNames = []string{"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"}

// PianoRoll draws a time × 88-key roll (roll[t][k] > 0 means key k, A0 = 0 … C8 = 87, sounds
// at step t with that velocity/intensity). Only sounding cells are stored.
func PianoRoll(roll [][]float64, o Options) (*Chart, error) {
	if len(roll) == 0 {
		return nil, errors.New("plot: pianoroll: empty roll")
	}
	var cells triples
	hi := 0.0
	for t, r := range roll {
		if len(r) != 88 {
			return nil, fmt.Errorf("plot: pianoroll: step %d has %d keys, want 88", t, len(r))
		}
		if err := checkFinite(fmt.Sprintf("roll[%d]", t), r, true); err != nil {
			return nil, err
		}
		for k, v := range r {
			if v > 0 {
				cells = append(cells, [3]float64{float64(t), float64(k), v})
				hi = math.Max(hi, v)
			}
		}
	}
	if hi == 0 {
		hi = 1
	}
	keys := make([]string, 88)
	for k := range keys {
		midi := k + 21
		keys[k] = noteNames[midi%12] + strconv.Itoa(midi/12-1)
	}
	xl := o.XLabel
	if xl == "" {
		xl = "step"
	}
	w, h := o.size(DefaultWidth, 440)
	xa := opts.XAxis{Type: "category", Name: xl, NameLocation: "middle", NameGap: 30, Data: indexLabels(len(roll))}
	ya := opts.YAxis{Type: "category", Name: firstNonEmpty(o.YLabel, "key"), NameLocation: "middle", NameGap: 40, Data: keys}
	m := skeleton(o, false, "item", xa, ya)
	m["grid"].(jmap)["left"] = 60
	m["visualMap"] = jmap{"show": false, "min": 0, "max": hi, "dimension": 2, "inRange": jmap{"color": []string{"#9ecae1", "#08306b"}}}
	m["series"] = []map[string]any{{"type": "heatmap", "name": "velocity", "data": cells}}
	// Label every C: start the interval at C1 (index 3)
	if ya, ok := m["yAxis"].([]any); ok && len(ya) > 0 {
		if a, ok := ya[0].(jmap); ok {
			a["axisLabel"] = jmap{"interval": 0, "formatter": "@@cnote"}
			a["axisTick"] = jmap{"show": false}
		}
	}
	return &Chart{opt: m, width: w, height: h}, nil
}

// fmtNum formats a number for a label (4 significant digits), like the page glue.
func fmtNum(v float64) string {
	a := math.Abs(v)
	switch {
	case a == 0:
		return "0"
	case a >= 1e6 || a < 1e-3:
		return strconv.FormatFloat(v, 'e', 3, 64)
	default:
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// PhaseDiagram draws specific heat C(T) (left axis) and susceptibility χ(T) (right axis)
// with o.Tc marked by a dashed vertical line (use OnsagerTc for the 2D Ising model).
// Either C or chi may be nil.
func PhaseDiagram(T, C, chi []float64, o Options) (*Chart, error) {
	if C == nil && chi == nil {
		return nil, errors.New("plot: phase diagram needs C or chi")
	}
	if err := checkFinite("T", T, false); err != nil {
		return nil, err
	}
	for _, s := range []struct {
		n string
		v []float64
	}{{"C", C}, {"chi", chi}} {
		if s.v != nil && len(s.v) != len(T) {
			return nil, fmt.Errorf("plot: %s has %d values but T has %d", s.n, len(s.v), len(T))
		}
		if err := checkFinite(s.n, s.v, true); err != nil {
			return nil, err
		}
	}
	xl := firstNonEmpty(o.XLabel, "T (J/k_B)")
	m := skeleton(o, true, "axis", valueAxisX(xl), valueAxisY(firstNonEmpty(o.YLabel, "C per spin (k_B)"), false))
	ys := m["yAxis"].([]any)
	right := jmap{"type": "value", "name": "χ per spin", "nameLocation": "middle", "nameGap": 48, "scale": true,
		"axisLabel": jmap{"formatter": "@@axis"}, "splitLine": jmap{"show": false}}
	m["yAxis"] = append(ys, right)
	m["grid"].(jmap)["right"] = 72
	if o.Tc > 0 {
		m["grid"].(jmap)["top"] = m["grid"].(jmap)["top"].(int) + 16
	}
	var series []map[string]any
	mark := func(s jmap) {
		if o.Tc > 0 {
			s["markLine"] = jmap{"symbol": "none", "silent": true, "lineStyle": jmap{"type": "dashed", "color": "#777"},
				"label": jmap{"formatter": "Tc = " + strconv.FormatFloat(o.Tc, 'f', 4, 64), "position": "end"},
				"data":  []jmap{{"xAxis": o.Tc}}}
		}
	}
	if C != nil {
		s := jmap{"type": "line", "name": "C", "data": xy{T, C}, "yAxisIndex": 0, "symbolSize": 5, "showSymbol": len(T) <= 80, "color": palette[0]}
		mark(s)
		series = append(series, s)
	}
	if chi != nil {
		s := jmap{"type": "line", "name": "χ", "data": xy{T, chi}, "yAxisIndex": 1, "symbolSize": 5, "showSymbol": len(T) <= 80, "color": palette[2]}
		if C == nil {
			s["yAxisIndex"] = 0
			m["yAxis"] = ys
			ys[0].(jmap)["name"] = "χ per spin"
			mark(s)
		}
		series = append(series, s)
	}
	m["series"] = series
	w, h := o.size(DefaultWidth, DefaultHeight)
	return &Chart{opt: m, width: w, height: h}, nil
}

// Grid puts several charts into one output, cols per row (default 2).
func Grid(cs []*Chart, cols int) (*Chart, error) {
	if len(cs) == 0 {
		return nil, errors.New("plot: grid of no charts")
	}
	if cols <= 0 {
		cols = 2
	}
	for i, c := range cs {
		if c == nil {
			return nil, fmt.Errorf("plot: grid chart %d is nil", i)
		}
		if c.children != nil {
			return nil, fmt.Errorf("plot: grid chart %d is itself a grid", i)
		}
	}
	g := &Chart{children: append([]*Chart(nil), cs...), cols: min(cols, len(cs))}
	w, h := g.cellSize()
	g.width, g.height = w*g.cols, h*((len(cs)+g.cols-1)/g.cols)
	return g, nil
}
