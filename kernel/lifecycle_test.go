package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func TestShutdownFreesPorts(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(fmt.Sprintf("restart=%v", restart), func(t *testing.T) {
			tk := startKernel(t, fakeLang{})
			ci := tk.k.ConnectionInfo()
			reply, iopub := tk.exchange(tk.control, "shutdown_request", map[string]any{"restart": restart})
			if c := content(reply); c["status"] != "ok" || c["restart"] != restart {
				t.Errorf("shutdown_reply %v", c)
			}
			g := transcript(reply, iopub)
			want := fmt.Sprintf("iopub status busy\niopub shutdown_reply {\"restart\":%v,\"status\":\"ok\"}\niopub status idle\nreply shutdown_reply ok\n", restart)
			if g != want {
				t.Errorf("transcript\n%s\nwant\n%s", g, want)
			}
			t0 := time.Now()
			select {
			case <-tk.served:
			case <-time.After(3 * time.Second):
				t.Fatal("Serve did not return after shutdown_request")
			}
			tk.served <- nil // for Cleanup
			t.Logf("Serve returned %v after the reply", time.Since(t0))
			if tk.k.Restart() != restart {
				t.Errorf("Restart() = %v", tk.k.Restart())
			}
			for _, p := range []int{ci.ShellPort, ci.IOPubPort, ci.StdinPort, ci.ControlPort, ci.HBPort} {
				l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
				if err != nil {
					t.Errorf("port %d still in use: %v", p, err)
					continue
				}
				l.Close()
			}
		})
	}
}

func TestSIGINTInterrupts(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	stop := tk.k.HandleSignals()
	defer stop()
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "sleep 30000"})
	time.Sleep(100 * time.Millisecond)
	t0 := time.Now()
	if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	reply := tk.waitReply(tk.shellCh, id)
	if c := content(reply); c["ename"] != "KeyboardInterrupt" {
		t.Errorf("reply %v", c)
	}
	if d := time.Since(t0); d > time.Second {
		t.Errorf("SIGINT interrupt took %v", d)
	}
	// The kernel (and this process) is still alive.
	reply, _ = tk.execute("print ok")
	if content(reply)["status"] != "ok" {
		t.Errorf("after SIGINT: %v", content(reply))
	}
}

func TestHistory(t *testing.T) {
	file := filepath.Join(t.TempDir(), "lumen", "history.jsonl")
	withFile := func(o *Options) { o.HistoryFile = file }
	tk := startKernel(t, fakeLang{}, withFile)
	for _, code := range []string{"print a", "result 7", "print b"} {
		tk.execute(code)
	}
	tk.execute("print not stored", map[string]any{"store_history": false})
	tk.execute("print silent", map[string]any{"silent": true})
	tk.close()

	tk = startKernel(t, fakeLang{}, withFile)
	tk.execute("print c")
	tk.execute("print a")
	hist := func(c map[string]any) []any {
		reply, iopub := tk.exchange(tk.shell, "history_request", c)
		if len(iopub) != 2 {
			t.Errorf("history iopub: %s", transcript(nil, iopub))
		}
		rc := content(reply)
		if rc["status"] != "ok" {
			t.Fatalf("history_reply %v", rc)
		}
		return rc["history"].([]any)
	}
	check := func(name string, got []any, want string) {
		t.Helper()
		b, _ := json.Marshal(got)
		if string(b) != want {
			t.Errorf("%s: %s, want %s", name, b, want)
		}
	}
	check("tail", hist(map[string]any{"hist_access_type": "tail", "n": 3, "output": false, "raw": true}),
		`[[1,3,"print b"],[2,1,"print c"],[2,2,"print a"]]`)
	check("tail output", hist(map[string]any{"hist_access_type": "tail", "n": 4, "output": true, "raw": true}),
		`[[1,2,["result 7","7"]],[1,3,["print b",null]],[2,1,["print c",null]],[2,2,["print a",null]]]`)
	check("range current", hist(map[string]any{"hist_access_type": "range", "session": 0, "start": 1, "stop": 0, "raw": true}),
		`[[2,1,"print c"],[2,2,"print a"]]`)
	check("range previous", hist(map[string]any{"hist_access_type": "range", "session": -1, "start": 2, "stop": 3, "raw": true}),
		`[[1,2,"result 7"]]`)
	check("range absolute", hist(map[string]any{"hist_access_type": "range", "session": 1, "start": 1, "raw": true}),
		`[[1,1,"print a"],[1,2,"result 7"],[1,3,"print b"]]`)
	check("search", hist(map[string]any{"hist_access_type": "search", "pattern": "print*", "raw": true}),
		`[[1,1,"print a"],[1,3,"print b"],[2,1,"print c"],[2,2,"print a"]]`)
	check("search unique n", hist(map[string]any{"hist_access_type": "search", "pattern": "print ?", "n": 2, "unique": true, "raw": true}),
		`[[2,1,"print c"],[2,2,"print a"]]`)
	check("search class", hist(map[string]any{"hist_access_type": "search", "pattern": "*[bc]", "raw": true}),
		`[[1,3,"print b"],[2,1,"print c"]]`)
	reply, _ := tk.exchange(tk.control, "history_request", map[string]any{"hist_access_type": "nope"})
	if content(reply)["status"] != "error" {
		t.Errorf("bad hist_access_type: %v", content(reply))
	}
}

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		glob, s string
		ok      bool
	}{{"a*", "abc", true}, {"a*", "ba", false}, {"*x*", "1\nx\n2", true}, {"a?c", "abc", true},
		{"a?c", "ac", false}, {"[!a]b", "cb", true}, {"[!a]b", "ab", false}, {"a[", "a[", true},
		{"a.b", "axb", false}, {"A*", "abc", false}, {"[]]", "]", true}} {
		re, err := globRegexp(tc.glob)
		if err != nil {
			t.Errorf("%q: %v", tc.glob, err)
			continue
		}
		if re.MatchString(tc.s) != tc.ok {
			t.Errorf("glob %q on %q = %v", tc.glob, tc.s, !tc.ok)
		}
	}
}

func TestWriteKernelSpec(t *testing.T) {
	dir := t.TempDir()
	if err := WriteKernelSpec(dir, "bin/lumen", "lumen", "Lumen"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "lumen", "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec KernelSpec
	if err := json.Unmarshal(b, &spec); err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs("bin/lumen")
	if len(spec.Argv) != 4 || spec.Argv[0] != abs || spec.Argv[1] != "kernel" || spec.Argv[2] != "--connection-file" ||
		spec.Argv[3] != "{connection_file}" || spec.Language != "lumen" || spec.InterruptMode != "message" || spec.DisplayName != "Lumen" {
		t.Errorf("kernel.json = %s", b)
	}
	for _, size := range []int{32, 64} {
		f, err := os.Open(filepath.Join(dir, "lumen", fmt.Sprintf("logo-%dx%d.png", size, size)))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil || img.Bounds().Dx() != size || img.Bounds().Dy() != size {
			t.Errorf("logo %d: %v %v", size, err, img.Bounds())
		}
	}
	if err := WriteKernelSpec(dir, "bin/lumen", "../evil", "x"); err == nil {
		t.Error("path-like kernelspec name accepted")
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "lumen"))
	if len(entries) != 3 {
		t.Errorf("kernelspec dir has %d entries (temporary files left?)", len(entries))
	}
}

// TestLeak runs 10,000 executes and checks that goroutines and heap stay flat.
func TestLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	tk := startKernel(t, fakeLang{}, func(o *Options) { o.HistoryFile = "-" })
	measure := func() (int, uint64) {
		var ms runtime.MemStats
		for i := 0; i < 3; i++ {
			runtime.GC()
		}
		runtime.ReadMemStats(&ms)
		return runtime.NumGoroutine(), ms.HeapAlloc
	}
	run := func(n int) {
		for i := 0; i < n; i++ {
			reply, _ := tk.execute("print x\nresult 1")
			if content(reply)["status"] != "ok" {
				t.Fatalf("execute %d: %v", i, content(reply))
			}
		}
	}
	run(500) // warm up buffers and pools
	time.Sleep(100 * time.Millisecond)
	g0, h0 := measure()
	t0 := time.Now()
	const n = 10000
	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)
	defer cancel()
	done := 0
	for done < n && ctx.Err() == nil {
		run(500)
		done += 500
	}
	time.Sleep(100 * time.Millisecond)
	g1, h1 := measure()
	t.Logf("%d executes in %v (%.0f µs each); goroutines %d → %d; heap %.1f → %.1f MiB",
		done, time.Since(t0), float64(time.Since(t0).Microseconds())/float64(done), g0, g1,
		float64(h0)/(1<<20), float64(h1)/(1<<20))
	if g1 > g0+5 {
		t.Errorf("goroutines grew from %d to %d", g0, g1)
	}
	if h1 > h0+8<<20 {
		t.Errorf("heap grew from %d to %d bytes", h0, h1)
	}
}
