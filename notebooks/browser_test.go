package notebooks

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestReportChartsRenderInBrowser opens the exported quickstart report in
// headless Chromium with networking off and requires every chart to draw.
func TestReportChartsRenderInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds lumen and starts Chromium")
	}
	chrome, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("chromium is missing; install it with: apt-get install -y chromium")
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "lumen")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/lumenlab/lumen/cmd/lumen").CombinedOutput(); err != nil {
		t.Fatalf("building lumen: %v\n%s", err, out)
	}
	report := filepath.Join(tmp, "quickstart.html")
	if out, err := exec.Command(bin, "notebook", "run", "quickstart.ipynb", "--html", report).CombinedOutput(); err != nil {
		t.Fatalf("lumen notebook run: %v\n%s", err, out)
	}
	actx, cancel := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("proxy-server", "http://127.0.0.1:9"), chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")), chromedp.WindowSize(1200, 900))
	defer cancel()
	ctx, cancel2 := chromedp.NewContext(actx)
	defer cancel2()
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	defer cancel3()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+report)); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	type counts struct{ N, Drawn int }
	const js = `(function(){
	  var els = document.querySelectorAll('[data-lumen-plot]'), drawn = 0;
	  for (var k = 0; k < els.length; k++) {
	    var c = els[k].querySelector('canvas');
	    if (!c || !c.width) continue;
	    var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, ink = 0;
	    for (var i = 0; i < d.length; i += 20) if (d[i+3] > 0 && (d[i] < 235 || d[i+1] < 235 || d[i+2] < 235)) ink++;
	    if (ink > 200) drawn++;
	  }
	  return {N: els.length, Drawn: drawn};
	})()`
	var c counts
	deadline := time.Now().Add(30 * time.Second)
	for {
		r, err := chromedp.Run(ctx, chromedp.Evaluate[counts](js))
		if err != nil {
			t.Fatalf("evaluate: %v", err)
		}
		c = r
		if (c.N > 0 && c.Drawn == c.N) || time.Now().After(deadline) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if c.N < 3 || c.Drawn != c.N {
		page, _ := os.ReadFile(report)
		t.Fatalf("%d of %d charts drew (want all, at least 3); report is %d bytes", c.Drawn, c.N, len(page))
	}
	t.Logf("%d charts drew", c.N)
}
