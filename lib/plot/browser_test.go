package plot

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

const requireJSPath = "/usr/share/javascript/requirejs/require.min.js"

func findChromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if testing.Short() {
		t.Skip("chromium not installed (-short)")
	}
	t.Fatal("headless Chromium is needed for the browser test; install it with: apt-get install -y --no-install-recommends chromium")
	return ""
}

// testNotebook writes a small notebook whose outputs are what the kernel would send: the
// first chart carries the one-time library (Session), later ones do not; a cell re-executed
// (same chart, new output), a copy-pasted output (identical HTML twice), a grid, and one
// self-contained output carrying the library again (the guard must keep it to one load).
func testNotebook(t *testing.T, path string) int {
	t.Helper()
	cs := sampleCharts(t)
	var s Session
	var cells []map[string]any
	charts := 0
	add := func(src string, htmls ...string) {
		var outs []map[string]any
		for _, h := range htmls {
			outs = append(outs, map[string]any{"output_type": "display_data", "metadata": map[string]any{},
				"data": map[string]any{"text/html": h, "text/plain": "<lumen chart>"}})
		}
		cells = append(cells, map[string]any{"cell_type": "code", "execution_count": len(cells) + 1, "metadata": map[string]any{},
			"source": src, "outputs": outs})
	}
	frag := func(name string) string {
		h, err := s.HTML(cs[name])
		if err != nil {
			t.Fatal(err)
		}
		charts++
		if name == "grid" {
			charts += 2 // a grid of three
		}
		return h
	}
	add("plot.line(...)", frag("line"))
	add("plot.heatmap(W)", frag("heatmap"))
	add("plot.phase_diagram(t)", frag("phase"))
	add("plot.line(...) # run again", frag("line"))
	dup := frag("bar")
	charts++
	add("# copy-pasted cell", dup, dup)
	add("plot.grid(...)", frag("grid"))
	add("plot.images(...)", frag("images"))
	self, err := cs["scatter"].HTML() // self-contained: carries the library again
	if err != nil {
		t.Fatal(err)
	}
	charts++
	add("plot.scatter(...)", self)
	nb := map[string]any{"nbformat": 4, "nbformat_minor": 5, "cells": cells,
		"metadata": map[string]any{"kernelspec": map[string]any{"name": "lumen", "display_name": "Lumen", "language": "python"},
			"language_info": map[string]any{"name": "python"}}}
	b, err := json.Marshal(nb)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return charts
}

type pageResult struct {
	N, Done, Drawn, Loads, SVGs int
	AMD, AMDEcharts             bool // RequireJS present; require(['echarts']) gave ECharts
}

const checkJS = `(function(){
  var els = document.querySelectorAll('[data-lumen-plot]');
  var r = {N: els.length, Done: 0, Drawn: 0, Loads: window.__lumenPlotLoads || 0, SVGs: 0,
    AMD: typeof define === 'function' && !!define.amd, AMDEcharts: !!window.__lumenAMDok};
  if (r.AMD && window.__lumenPlot && !window.__lumenAMDasked) {
    window.__lumenAMDasked = true;
    require(['echarts'], function (e) { window.__lumenAMDok = !!(e && e.init); });
  }
  for (var k = 0; k < els.length; k++) {
    var el = els[k];
    if (el.getAttribute('data-lumen-done')) r.Done++;
    if (el.querySelector('svg path, svg image')) r.SVGs++;
    var c = el.querySelector('canvas');
    if (!c || !c.width) continue;
    var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, ink = 0;
    for (var i = 0; i < d.length; i += 4 * 5) if (d[i+3] > 0 && (d[i] < 235 || d[i+1] < 235 || d[i+2] < 235)) ink++;
    if (ink > 200) r.Drawn++;
  }
  return r;
})()`

// startBrowser starts headless Chromium with networking off and a fresh profile.
func startBrowser(t *testing.T, chrome string) context.Context {
	t.Helper()
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"), // networking off: nothing leaves the machine
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	bctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	return bctx
}

// openPage loads a file in a new tab and returns what drew and the page's errors.
func openPage(t *testing.T, browser context.Context, file string, scripts bool) (pageResult, []string) {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	ctx, cancel3 := context.WithTimeout(ctx, 45*time.Second)
	defer cancel3()
	var (
		mu   sync.Mutex
		errs []string
	)
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			errs = append(errs, msg)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				var parts []string
				for _, a := range e.Args {
					parts = append(parts, string(a.Value)+a.Description)
				}
				errs = append(errs, "console.error: "+strings.Join(parts, " "))
			}
		}
	}); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	var res pageResult
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: !scripts}); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+file)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[pageResult](checkJS))
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		res = r
		if !scripts || (res.N > 0 && res.Done == res.N && res.Drawn == res.N && res.AMD == res.AMDEcharts) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !scripts { // JS is off: count static SVGs from the DOM
	}
	if os.Getenv("LUMEN_PLOT_OUT") != "" {
		if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
			_ = os.WriteFile(filepath.Join(os.Getenv("LUMEN_PLOT_OUT"), filepath.Base(file)+fmt.Sprintf("-scripts-%v.png", scripts)), png, 0o644)
		}
	}
	mu.Lock()
	defer mu.Unlock()
	return res, append([]string(nil), errs...)
}

var requireTagRe = regexp.MustCompile(`<script[^>]*src="[^"]*require(\.min)?\.js"[^>]*>\s*</script>`)

// TestBrowserNbconvert exports a notebook of chart outputs with jupyter-nbconvert and opens
// it in headless Chromium with networking off: (1) with RequireJS, as in classic Notebook
// (Debian's nbconvert loads it from /usr/share/javascript; a CDN tag is replaced by the
// local file), (2) without RequireJS, as in JupyterLab, VS Code and an offline export whose
// CDN RequireJS fails to load, (3) with scripts off, where the static SVGs must show.
func TestBrowserNbconvert(t *testing.T) {
	needLibrary(t)
	chrome := findChromium(t)
	nbconvert, err := exec.LookPath("jupyter-nbconvert")
	if err != nil {
		if testing.Short() {
			t.Skip("jupyter-nbconvert not installed (-short)")
		}
		t.Fatal("jupyter-nbconvert is needed; install it with: apt-get install -y --no-install-recommends jupyter-nbconvert")
	}
	if _, err := os.Stat(requireJSPath); err != nil {
		if testing.Short() {
			t.Skip("RequireJS not installed (-short)")
		}
		t.Fatal("RequireJS is needed for the classic-Notebook variant; install it with: apt-get install -y --no-install-recommends libjs-requirejs")
	}
	dir := t.TempDir()
	if out := os.Getenv("LUMEN_PLOT_OUT"); out != "" {
		dir = out
	}
	nbPath := filepath.Join(dir, "charts.ipynb")
	want := testNotebook(t, nbPath)
	cmd := exec.Command(nbconvert, "--to", "html", "--output-dir", dir, nbPath)
	cmd.Env = append(os.Environ(), "JUPYTER_PLATFORM_DIRS=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("jupyter-nbconvert: %v\n%s", err, out)
	}
	exported, err := os.ReadFile(filepath.Join(dir, "charts.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := string(exported)
	if n := strings.Count(page, libMarker); n != 2 {
		t.Fatalf("exported page carries the library %d times, want 2 (session + one self-contained output)", n)
	}
	local := `<script src="file://` + requireJSPath + `"></script>`
	withReq := requireTagRe.ReplaceAllLiteralString(page, local)
	if withReq == page {
		withReq = strings.Replace(page, "<head>", "<head>"+local, 1)
	}
	noReq := requireTagRe.ReplaceAllLiteralString(page, "")
	browser := startBrowser(t, chrome)
	variants := []struct {
		name, file, html string
		amd              bool
	}{
		{"with RequireJS", filepath.Join(dir, "charts-requirejs.html"), withReq, true},
		{"without RequireJS", filepath.Join(dir, "charts-norequire.html"), noReq, false},
	}
	for _, v := range variants {
		if err := os.WriteFile(v.file, []byte(v.html), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(v.name, func(t *testing.T) {
			res, errs := openPage(t, browser, v.file, true)
			t.Logf("%s: %+v", v.name, res)
			for _, e := range errs {
				t.Errorf("page error: %s", e)
			}
			if res.AMD != v.amd {
				t.Fatalf("RequireJS present = %v, want %v", res.AMD, v.amd)
			}
			if v.amd && !res.AMDEcharts {
				t.Fatal("require(['echarts']) did not give ECharts")
			}
			if res.N != want || res.Done != want || res.Drawn != want {
				t.Fatalf("%d chart elements, %d rendered, %d drew ink; want %d each", res.N, res.Done, res.Drawn, want)
			}
			if res.Loads != 1 {
				t.Fatalf("library ran %d times in the page, want 1", res.Loads)
			}
		})
	}
	// (3) JupyterLab-style (dark theme): each output's HTML goes into a detached node, its scripts are
	// re-created, and the node is attached later, here in reverse order so the charts arrive
	// before the output that carries the library and must wait for it.
	var s Session
	cs := sampleCharts(t)
	var outs []string
	for _, name := range []string{"line", "phase", "line", "grid"} {
		h, err := s.HTML(cs[name])
		if err != nil {
			t.Fatal(err)
		}
		outs = append(outs, h)
	}
	js, _ := json.Marshal(outs)
	lab := `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body data-jp-theme-light="false" style="background:#111"><script>
var outs = ` + string(js) + `;
var hosts = outs.map(function (h) {
  var host = document.createElement('div');
  host.innerHTML = h;
  host.querySelectorAll('script').forEach(function (s) {
    var n = document.createElement('script');
    for (var i = 0; i < s.attributes.length; i++) n.setAttribute(s.attributes[i].name, s.attributes[i].value);
    n.textContent = s.textContent;
    s.parentNode.replaceChild(n, s);
  });
  return host;
});
hosts.reverse().forEach(function (host, i) { setTimeout(function () { document.body.appendChild(host); }, 30 * (i + 1)); });
</script></body></html>`
	labFile := filepath.Join(dir, "lab-style.html")
	if err := os.WriteFile(labFile, []byte(lab), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Run("JupyterLab-style insertion", func(t *testing.T) {
		res, errs := openPage(t, browser, labFile, true)
		t.Logf("lab-style: %+v", res)
		for _, e := range errs {
			t.Errorf("page error: %s", e)
		}
		if res.N != 6 || res.Done != 6 || res.Drawn != 6 || res.Loads != 1 {
			t.Fatalf("lab-style page: %+v; want 6 charts drawn, library loaded once", res)
		}
	})
	t.Run("scripts off", func(t *testing.T) {
		res, _ := openPage(t, browser, variants[0].file, false)
		t.Logf("scripts off: %+v", res)
		if res.SVGs != want || res.Done != 0 {
			t.Fatalf("with scripts off: %d static SVGs and %d live charts; want %d and 0", res.SVGs, res.Done, want)
		}
	})
}
