package plot

import (
	"embed"
	"errors"
	"io/fs"
	"strings"
	"sync"
)

// EChartsVersion is the npm `echarts` version that fetch-echarts.sh pins.
const EChartsVersion = "6.1.0"

// FetchCommand is what a developer runs to embed the ECharts library.
const FetchCommand = "lib/plot/fetch-echarts.sh && go build ./... (or: make setup build)"

// ErrNoLibrary is returned by SVG rendering when the binary was built without the
// ECharts library (a plain `go build` before lib/plot/fetch-echarts.sh ran).
var ErrNoLibrary = errors.New("plot: this build has no embedded ECharts library, so charts are static-only notes and no SVG can be rendered; run " + FetchCommand)

//go:embed assets/*
var assetsFS embed.FS

//go:embed glue.js
var glueJS string

var (
	libOnce sync.Once
	libSrc  string
)

// library returns echarts.min.js, or "" when it was not embedded.
func library() string {
	libOnce.Do(func() {
		b, err := fs.ReadFile(assetsFS, "assets/echarts.min.js")
		if err != nil || len(b) < 1000 {
			return
		}
		// The library is inlined into <script>; make sure nothing in it can close the tag.
		libSrc = strings.ReplaceAll(string(b), "</script", "<\\/script")
	})
	return libSrc
}

// HasLibrary reports whether the ECharts library is embedded in this build.
func HasLibrary() bool { return library() != "" }

// LibraryHTML returns the one-time <script> that defines ECharts and Lumen's chart glue in
// a page. It is guarded: running it again in the same page does nothing. It works with and
// without RequireJS (the library is defined as a global, then also as the AMD module
// "echarts" when an AMD loader is present). It returns "" when the library is not embedded.
func LibraryHTML() string {
	libHTMLOnce.Do(func() { libHTML = buildLibraryHTML() })
	return libHTML
}

var (
	libHTMLOnce sync.Once
	libHTML     string
)

func buildLibraryHTML() string {
	lib := library()
	if lib == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(lib) + len(glueJS) + 1024)
	b.WriteString("<script type=\"text/javascript\" data-lumen-plot-lib=\"echarts@" + EChartsVersion + "\">\n(function(){var w=window;if(w.__lumenPlot)return;var prev=w.echarts;\n")
	// Shadow AMD/CommonJS so the UMD wrapper takes its global branch even under RequireJS
	// (an anonymous define() from an inline script is a RequireJS error).
	b.WriteString("(function(define,module,exports,require){\n")
	b.WriteString(lib)
	b.WriteString("\n}).call(w);\nvar ec=w.echarts;if(prev!==undefined)w.echarts=prev;\nw.__lumenPlotLoads=(w.__lumenPlotLoads||0)+1;\nvar LP=(")
	b.WriteString(glueJS)
	b.WriteString(")(ec,w);w.__lumenPlot=LP;\n")
	b.WriteString("try{if(typeof w.define==='function'&&w.define.amd&&!(w.require&&w.require.defined&&w.require.defined('echarts'))){w.define('echarts',[],function(){return ec;});}}catch(e){}\n")
	b.WriteString("var q=w.__lumenPlotQ||[];w.__lumenPlotQ=[];for(var i=0;i<q.length;i++){try{LP.render(q[i]);}catch(e){if(w.console)console.error('lumen plot',e);}}})();\n</script>\n")
	return b.String()
}
