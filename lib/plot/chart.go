package plot

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
)

// Default chart size in CSS pixels.
const (
	DefaultWidth  = 640
	DefaultHeight = 400
)

// Chart is one chart (or a grid of charts) ready to be shown: an ECharts option plus a size.
// It is immutable once built; every HTML call gets fresh element ids.
type Chart struct {
	opt      map[string]any
	ssr      map[string]any // option for the static SVG when it differs (e.g. heatmap cells → one PNG)
	width    int
	height   int
	children []*Chart // Grid
	cols     int
}

// Width and Height report the chart size in pixels.
func (c *Chart) Width() int  { return c.width }
func (c *Chart) Height() int { return c.height }

// OptionJSON returns the ECharts option as JSON. Formatter functions appear as marker strings
// ("@@num", "@@axis") that the page glue turns into functions. A grid returns a JSON array
// of its charts' options.
func (c *Chart) OptionJSON() ([]byte, error) {
	if c.children != nil {
		parts := make([]json.RawMessage, len(c.children))
		for i, ch := range c.children {
			b, err := ch.OptionJSON()
			if err != nil {
				return nil, err
			}
			parts[i] = b
		}
		return json.Marshal(parts)
	}
	return json.Marshal(c.opt)
}

// ssrOptionJSON is the option for the static twin: long lines reduced to one point per
// pixel of width (LTTB), scatter symbols drawn in ECharts' "large" mode (one path), which is
// all a static picture needs and keeps goja fast.
func (c *Chart) ssrOptionJSON() ([]byte, error) {
	base := c.opt
	if c.ssr != nil {
		base = c.ssr
	}
	series, _ := base["series"].([]map[string]any)
	limit := c.width
	changed := false
	out := make([]map[string]any, len(series))
	for i, s := range series {
		out[i] = s
		if s["type"] == "scatter" {
			cp := make(map[string]any, len(s)+2)
			for k, v := range s {
				cp[k] = v
			}
			cp["large"], cp["largeThreshold"] = true, 0
			out[i] = cp
			changed = true
		} else if d, ok := s["data"].(xy); ok && len(d.x) > limit {
			cp := make(map[string]any, len(s))
			for k, v := range s {
				cp[k] = v
			}
			nx, ny := lttb(d.x, d.y, limit)
			cp["data"] = xy{nx, ny}
			out[i] = cp
			changed = true
		}
	}
	if !changed {
		return json.Marshal(base)
	}
	o := make(map[string]any, len(base))
	for k, v := range base {
		o[k] = v
	}
	o["series"] = out
	return json.Marshal(o)
}

var (
	idCounter atomic.Uint64
	idPrefix  = func() string {
		var b [4]byte
		_, _ = rand.Read(b[:])
		return hex.EncodeToString(b[:])
	}()
)

// newID returns a page-unique element id: a per-process random prefix, a counter and 4
// random bytes, so outputs from different kernel runs never collide in one notebook.
func newID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	return "lumen-plot-" + idPrefix + "-" + strconv.FormatUint(idCounter.Add(1), 36) + hex.EncodeToString(b[:])
}

// SVG renders the static twin: the same ECharts option rendered server-side to SVG by
// ECharts' SSR mode in the goja JS engine. It returns ErrNoLibrary in builds without the
// embedded library.
func (c *Chart) SVG() (string, error) {
	if c.children != nil {
		return c.gridSVG()
	}
	j, err := c.ssrOptionJSON()
	if err != nil {
		return "", err
	}
	s, err := renderSVG(j, c.width, c.height)
	if err != nil {
		return "", err
	}
	return cleanSVG(s), nil
}

// gridSVG lays the children's SVGs out in one SVG document.
func (c *Chart) gridSVG() (string, error) {
	var b strings.Builder
	colW, rowH := c.cellSize()
	rows := (len(c.children) + c.cols - 1) / c.cols
	W, H := colW*min(c.cols, len(c.children)), rowH*rows
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="%d" height="%d" viewBox="0 0 %d %d">`, W, H, W, H)
	b.WriteString(`<rect width="100%" height="100%" fill="#fff"/>`)
	for i, ch := range c.children {
		s, err := ch.SVG()
		if err != nil {
			return "", err
		}
		s = uniquifySVG(s, fmt.Sprintf("g%d-", i))
		x, y := (i%c.cols)*colW, (i/c.cols)*rowH
		// nested <svg> positioned by x/y
		s = strings.Replace(s, "<svg ", fmt.Sprintf(`<svg x="%d" y="%d" `, x, y), 1)
		b.WriteString(s)
	}
	b.WriteString("</svg>")
	return b.String(), nil
}

func (c *Chart) cellSize() (int, int) {
	w, h := 0, 0
	for _, ch := range c.children {
		w = max(w, ch.width)
		h = max(h, ch.height)
	}
	return w, h
}

var (
	zrPrefixRe = regexp.MustCompile(`\bzr\d+-`)
	svgStyleRe = regexp.MustCompile(`(?s)<style[^>]*>.*?</style>\s*`)
	svgMetaRe  = regexp.MustCompile(` (ecmeta_[a-z_]+|class)="[^"]*"`)
	xmlDeclRe  = regexp.MustCompile(`^<\?xml[^>]*>\s*`)
)

// cleanSVG makes ECharts' SSR output fit for a static picture: its hover <style> (global
// CSS once inlined in a page), class names and interaction metadata are dropped.
func cleanSVG(s string) string {
	s = svgStyleRe.ReplaceAllString(s, "")
	return svgMetaRe.ReplaceAllString(s, "")
}

// uniquifySVG renames the SVG's internal ids ("zr0-c0": clip paths, gradients) with a
// unique prefix so several inline SVGs in one page do not use each other's definitions.
func uniquifySVG(s, prefix string) string {
	return zrPrefixRe.ReplaceAllString(s, prefix)
}

// HTML returns the chart as one self-contained text/html output: the one-time library
// script (guarded, so a page runs it once however many outputs carry it), the static SVG
// twin as initial content, and a small script that replaces it by the live chart.
func (c *Chart) HTML() (string, error) {
	frag, err := c.Fragment()
	if err != nil {
		return "", err
	}
	return LibraryHTML() + frag, nil
}

// Fragment is HTML without the one-time library: the page must get LibraryHTML() from an
// earlier output (see Session). Until the library arrives the static SVG stays visible.
func (c *Chart) Fragment() (string, error) {
	return c.fragment(true)
}

func (c *Chart) fragment(static bool) (string, error) {
	if c.children != nil {
		colW, _ := c.cellSize()
		var b strings.Builder
		fmt.Fprintf(&b, `<div class="lumen-plot-grid" style="display:grid;grid-template-columns:repeat(%d,minmax(0,%dpx));gap:4px;max-width:100%%">`, c.cols, colW)
		for _, ch := range c.children {
			f, err := ch.fragment(static)
			if err != nil {
				return "", err
			}
			b.WriteString("<div>")
			b.WriteString(f)
			b.WriteString("</div>")
		}
		b.WriteString("</div>\n")
		return b.String(), nil
	}
	id := newID()
	optJSON, err := c.OptionJSON()
	if err != nil {
		return "", err
	}
	var inner string
	switch svg, err := c.SVG(); {
	case err == ErrNoLibrary:
		inner = fmt.Sprintf(`<div style="padding:8px;border:1px dashed #999;color:#666;font:13px sans-serif">Chart not drawn: this Lumen build has no embedded ECharts library (static-only build). Run <code>%s</code>.</div>`, html.EscapeString(FetchCommand))
	case err != nil:
		return "", err
	case static:
		svg = xmlDeclRe.ReplaceAllString(svg, "")
		svg = uniquifySVG(svg, id+"-")
		inner = strings.Replace(svg, "<svg ", `<svg style="max-width:100%;height:auto" role="img" `, 1)
	}
	var b bytes.Buffer
	b.Grow(len(optJSON) + len(inner) + 600)
	fmt.Fprintf(&b, `<div class="lumen-plot" id="%s" data-lumen-plot="%s" style="width:100%%;max-width:%dpx;min-height:%dpx">`, id, id, c.width, c.height)
	b.WriteString(inner)
	b.WriteString("</div>\n")
	if HasLibrary() {
		b.WriteString(`<script type="text/javascript">(function(){var s=document.currentScript;var a={id:"`)
		b.WriteString(id)
		fmt.Fprintf(&b, `",el:s&&s.previousElementSibling,w:%d,h:%d,opt:`, c.width, c.height)
		b.Write(optJSON)
		b.WriteString(`};var L=window.__lumenPlot;if(L)L.render(a);else(window.__lumenPlotQ=window.__lumenPlotQ||[]).push(a);})();</script>` + "\n")
	}
	return b.String(), nil
}

// Page returns a complete HTML document showing the chart (library included), for Save.
func (c *Chart) Page(title string) (string, error) {
	h, err := c.HTML()
	if err != nil {
		return "", err
	}
	if title == "" {
		title = "Lumen chart"
	}
	return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) +
		"</title></head><body style=\"margin:16px;background:#fff\">\n" + h + "</body></html>\n", nil
}

// Save writes the chart to path: ".html"/".htm" a self-contained page, ".svg" the static
// SVG. The file is written to a temporary file and renamed, so no half-written file is
// left behind.
func (c *Chart) Save(path string) error {
	var data string
	var err error
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm":
		data, err = c.Page(strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)))
	case ".svg":
		data, err = c.SVG()
		if err == nil && !strings.HasPrefix(data, "<?xml") {
			data = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + data
		}
	default:
		return fmt.Errorf("plot: cannot save %q: the extension must be .html or .svg", path)
	}
	if err != nil {
		return err
	}
	return writeAtomic(path, []byte(data))
}

func writeAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("plot: save %s: %w", path, err)
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp, 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp, path)
	}
	if werr != nil {
		os.Remove(tmp)
		return fmt.Errorf("plot: save %s: %w", path, werr)
	}
	return nil
}

// Session tracks whether the one-time library was already sent to a front end (one per
// kernel session): the first output carries it, later ones only their fragment. A page
// that somehow runs several copies still defines the library once (a global guard).
type Session struct {
	sent atomic.Bool
}

// HTML returns the chart's output for this session.
func (s *Session) HTML(c *Chart) (string, error) {
	frag, err := c.Fragment()
	if err != nil {
		return "", err
	}
	if s.sent.CompareAndSwap(false, true) {
		return LibraryHTML() + frag, nil
	}
	return frag, nil
}

// Reset makes the next output carry the library again (e.g. after a kernel restart).
func (s *Session) Reset() { s.sent.Store(false) }

// Prefix returns the one-time library block if this session has not sent it
// yet (for outputs built outside HTML, such as live charts), else "".
func (s *Session) Prefix() string {
	if s.sent.CompareAndSwap(false, true) {
		return LibraryHTML()
	}
	return ""
}
