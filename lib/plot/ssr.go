package plot

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
)

// The server-side renderer: one goja runtime per process, created on first use, running
// ECharts in SSR mode (renderer 'svg', ssr true) and the same glue (glue.js) as the browser.
// goja runtimes are not goroutine-safe, so every call holds ssrMu.
var (
	ssrMu     sync.Mutex
	ssrVM     *goja.Runtime
	ssrFn     goja.Callable
	ssrErr    error
	ssrLoaded bool
)

const ssrPrelude = `var window = this, self = this, globalThis = this;
var __lumenTimers = [];
function setTimeout(f) { __lumenTimers.push(f); return __lumenTimers.length; }
function clearTimeout() {}
var setInterval = setTimeout, clearInterval = clearTimeout;
`

func ssrInit() error {
	if ssrLoaded {
		return ssrErr
	}
	ssrLoaded = true
	lib := library()
	if lib == "" {
		ssrErr = ErrNoLibrary
		return ssrErr
	}
	vm := goja.New()
	if _, err := vm.RunString(ssrPrelude); err != nil {
		ssrErr = fmt.Errorf("plot: SSR prelude: %w", err)
		return ssrErr
	}
	if _, err := vm.RunScript("echarts.min.js", lib); err != nil {
		ssrErr = fmt.Errorf("plot: loading ECharts into goja: %w", err)
		return ssrErr
	}
	v, err := vm.RunScript("glue.js", "var __lumen = ("+glueJS+")(echarts, this); __lumen.ssr")
	if err != nil {
		ssrErr = fmt.Errorf("plot: loading the chart glue into goja: %w", err)
		return ssrErr
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		ssrErr = fmt.Errorf("plot: glue ssr is not a function")
		return ssrErr
	}
	ssrVM, ssrFn = vm, fn
	return nil
}

// renderSVG renders an ECharts option (JSON text) to an SVG document string.
func renderSVG(optJSON []byte, w, h int) (string, error) {
	ssrMu.Lock()
	defer ssrMu.Unlock()
	if err := ssrInit(); err != nil {
		return "", err
	}
	res, err := ssrFn(goja.Undefined(), ssrVM.ToValue(string(optJSON)), ssrVM.ToValue(w), ssrVM.ToValue(h))
	// Drop any timers ECharts queued; SSR does not animate.
	_, _ = ssrVM.RunString("__lumenTimers.length = 0")
	if err != nil {
		return "", fmt.Errorf("plot: rendering SVG: %w", err)
	}
	return res.String(), nil
}

// WarmUp loads the server-side renderer now (about half a second, once per process) so the
// first chart does not pay for it. It returns ErrNoLibrary in builds without the library.
func WarmUp() error {
	ssrMu.Lock()
	defer ssrMu.Unlock()
	return ssrInit()
}
