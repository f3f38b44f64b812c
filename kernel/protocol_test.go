package kernel

import (
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestKernelInfo(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	reply, iopub := tk.exchange(tk.shell, "kernel_info_request", map[string]any{})
	g.add("kernel_info on shell", reply, iopub)
	c := content(reply)
	if c["protocol_version"] != ProtocolVersion || c["implementation"] != "fake" {
		t.Errorf("kernel_info_reply = %v", c)
	}
	li := c["language_info"].(map[string]any)
	if li["name"] != "fake" || li["file_extension"] != ".fake" || li["pygments_lexer"] != "text" {
		t.Errorf("language_info = %v", li)
	}
	reply, iopub = tk.exchange(tk.control, "kernel_info_request", map[string]any{})
	g.add("kernel_info on control", reply, iopub)
}

func TestExecute(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	reply, iopub := tk.execute("print hello\neprint oops\nprint again\nresult 42")
	g.add("print, stderr, result", reply, iopub)
	reply, iopub = tk.execute("print quiet\nresult 1", map[string]any{"silent": true})
	g.add("silent", reply, iopub)
	reply, iopub = tk.execute("result 2", map[string]any{"store_history": false})
	g.add("not stored", reply, iopub)
	reply, iopub = tk.execute("print before\nerror")
	g.add("error", reply, iopub)
	reply, iopub = tk.execute("display one\ndisplay_id d1 first\nupdate d1 second\nclear")
	g.add("display", reply, iopub)
	reply, iopub = tk.execute("", map[string]any{"user_expressions": map[string]any{"a": "x", "b": "bad"}})
	g.add("user_expressions", reply, iopub)
	ue := content(reply)["user_expressions"].(map[string]any)
	if a := ue["a"].(map[string]any); a["status"] != "ok" || a["data"].(map[string]any)["text/plain"] != "value of x" {
		t.Errorf("user_expressions a = %v", a)
	}
	if b := ue["b"].(map[string]any); b["status"] != "error" || b["ename"] != "NameError" {
		t.Errorf("user_expressions b = %v", b)
	}
}

func TestDisplayTransient(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	_, iopub := tk.execute("display_id d7 a\nupdate d7 b")
	n := 0
	for _, m := range iopub {
		if m.Header.MsgType == "display_data" || m.Header.MsgType == "update_display_data" {
			tr, _ := content(m)["transient"].(map[string]any)
			if tr["display_id"] != "d7" {
				t.Errorf("%s transient = %v", m.Header.MsgType, tr)
			}
			n++
		}
	}
	if n != 2 {
		t.Errorf("got %d display messages, want 2", n)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	// cursor_pos counts code points: "é" is one.
	reply, iopub := tk.exchange(tk.shell, "complete_request", map[string]any{"code": "é p", "cursor_pos": 3})
	g.add("complete", reply, iopub)
	c := content(reply)
	if c["cursor_start"].(float64) != 2 || c["cursor_end"].(float64) != 3 || len(c["matches"].([]any)) != 3 {
		t.Errorf("complete_reply = %v", c)
	}
	reply, _ = tk.exchange(tk.shell, "complete_request", map[string]any{"code": "zzz", "cursor_pos": 3})
	if m, ok := content(reply)["matches"].([]any); !ok || len(m) != 0 {
		t.Errorf("no matches must be [], got %v", content(reply)["matches"])
	}
	reply, iopub = tk.exchange(tk.shell, "inspect_request", map[string]any{"code": "print", "cursor_pos": 2, "detail_level": 1})
	g.add("inspect found", reply, iopub)
	if c := content(reply); c["found"] != true || c["data"].(map[string]any)["text/plain"] != "print X: writes X (detail 1)" {
		t.Errorf("inspect_reply = %v", c)
	}
	reply, _ = tk.exchange(tk.shell, "inspect_request", map[string]any{"code": "zz", "cursor_pos": 1})
	if c := content(reply); c["found"] != false {
		t.Errorf("inspect_reply = %v", c)
	}
	for _, tc := range []struct{ code, status, indent string }{
		{"print x", "complete", ""}, {"for i:", "incomplete", "    "}, {"!!!", "invalid", ""}} {
		reply, iopub = tk.exchange(tk.shell, "is_complete_request", map[string]any{"code": tc.code})
		g.add("is_complete "+tc.code, reply, iopub)
		c := content(reply)
		if c["status"] != tc.status || (tc.status == "incomplete" && c["indent"] != tc.indent) {
			t.Errorf("is_complete %q = %v", tc.code, c)
		}
	}
}

func TestExecutionCount(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	want := []float64{1, 1, 2, 2, 3}
	opts := []map[string]any{{}, {"silent": true}, {}, {"store_history": false}, {}}
	for i, o := range opts {
		reply, _ := tk.execute("print x", o)
		if got := content(reply)["execution_count"].(float64); got != want[i] {
			t.Errorf("run %d (%v): execution_count %v, want %v", i, o, got, want[i])
		}
	}
}

func TestStopOnError(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	// Three requests in flight: the first fails after a while; the others were received
	// while it ran and are aborted.
	ids := []string{
		tk.send(tk.shell, "execute_request", map[string]any{"code": "sleep 300\nerror", "stop_on_error": true}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "print 2"}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "print 3"}),
	}
	for i, id := range ids {
		reply := tk.waitReply(tk.shellCh, id)
		g.add("queued "+string(rune('1'+i)), reply, tk.collectIOPub(id))
	}
	reply, iopub := tk.execute("print after")
	g.add("after the abort", reply, iopub)
	// stop_on_error false: nothing is aborted.
	ids = []string{
		tk.send(tk.shell, "execute_request", map[string]any{"code": "sleep 200\nerror", "stop_on_error": false}),
		tk.send(tk.shell, "execute_request", map[string]any{"code": "print 5"}),
	}
	for i, id := range ids {
		reply := tk.waitReply(tk.shellCh, id)
		g.add("no stop_on_error "+string(rune('1'+i)), reply, tk.collectIOPub(id))
	}
}

func TestStdin(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "print first\ninput Name?", "allow_stdin": true})
	req := tk.waitReply(tk.stdinCh, id)
	if req.Header.MsgType != "input_request" || content(req)["prompt"] != "Name?" {
		t.Fatalf("got %s %v", req.Header.MsgType, content(req))
	}
	m := tk.msg("input_reply", map[string]any{"value": "Ada", "status": "ok"})
	m.ParentHeader = req.RawHeader
	tk.sendMsg(tk.stdin, m)
	reply := tk.waitReply(tk.shellCh, id)
	g.add("input", reply, tk.collectIOPub(id))

	reply, iopub := tk.execute("input Name?", map[string]any{"allow_stdin": false})
	g.add("allow_stdin false", reply, iopub)
	if !strings.Contains(content(reply)["evalue"].(string), "does not support input requests") {
		t.Errorf("evalue = %v", content(reply)["evalue"])
	}

	// An interrupt ends a pending input().
	id = tk.send(tk.shell, "execute_request", map[string]any{"code": "input wait", "allow_stdin": true})
	tk.waitReply(tk.stdinCh, id)
	tk.exchange(tk.control, "interrupt_request", map[string]any{})
	reply = tk.waitReply(tk.shellCh, id)
	if content(reply)["status"] != "error" {
		t.Errorf("interrupted input: %v", content(reply))
	}
}

func TestComms(t *testing.T) {
	comms := NewComms()
	comms.Register("echo", func(c *Comm, data map[string]any) {
		c.Send(map[string]any{"opened": data["x"]})
		c.OnMsg = func(data map[string]any) { c.Send(map[string]any{"echo": data["v"]}) }
	})
	tk := startKernel(t, fakeLang{}, func(o *Options) { o.Comms = comms })
	g := newGolden(t)
	reply, iopub := tk.exchange(tk.shell, "comm_info_request", map[string]any{})
	g.add("comm_info empty", reply, iopub)
	id := tk.send(tk.shell, "comm_open", map[string]any{"comm_id": "c1", "target_name": "nope", "data": map[string]any{}})
	g.add("comm_open unknown target", nil, tk.collectIOPub(id))
	id = tk.send(tk.shell, "comm_open", map[string]any{"comm_id": "c2", "target_name": "echo", "data": map[string]any{"x": 1}})
	g.add("comm_open echo", nil, tk.collectIOPub(id))
	id = tk.send(tk.shell, "comm_msg", map[string]any{"comm_id": "c2", "data": map[string]any{"v": "hi"}})
	g.add("comm_msg", nil, tk.collectIOPub(id))
	reply, iopub = tk.exchange(tk.shell, "comm_info_request", map[string]any{"target_name": "echo"})
	g.add("comm_info one", reply, iopub)
	if comms := content(reply)["comms"].(map[string]any); len(comms) != 1 {
		t.Errorf("comms = %v", comms)
	}
	id = tk.send(tk.shell, "comm_close", map[string]any{"comm_id": "c2", "data": map[string]any{}})
	g.add("comm_close", nil, tk.collectIOPub(id))
	id = tk.send(tk.shell, "comm_msg", map[string]any{"comm_id": "unknown", "data": map[string]any{}})
	g.add("comm_msg unknown id", nil, tk.collectIOPub(id))
}

func TestPanicBecomesError(t *testing.T) {
	lang := &panicLang{}
	tk := startKernel(t, lang)
	g := newGolden(t)
	reply, iopub := tk.execute("print before\npanic")
	g.add("panic in Execute", reply, iopub)
	reply, iopub = tk.exchange(tk.shell, "complete_request", map[string]any{"code": "x", "cursor_pos": 1})
	_ = iopub
	if content(reply)["status"] != "ok" {
		t.Errorf("kernel not usable after panic: %v", content(reply))
	}
	// A panic outside Execute (here in Complete) also becomes an error reply.
	lang.completePanics.Store(true)
	reply, iopub = tk.exchange(tk.shell, "complete_request", map[string]any{"code": "x", "cursor_pos": 1})
	g.add("panic in Complete", reply, iopub)
	lang.completePanics.Store(false)
	reply, iopub = tk.execute("print still alive")
	g.add("after", reply, iopub)
}

type panicLang struct {
	fakeLang
	completePanics atomic.Bool
}

func (l *panicLang) Complete(code string, pos int) ([]string, int, int) {
	if l.completePanics.Load() {
		panic("complete exploded")
	}
	return l.fakeLang.Complete(code, pos)
}

func TestInterrupt(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	g := newGolden(t)
	id := tk.send(tk.shell, "execute_request", map[string]any{"code": "print start\nsleep 30000"})
	time.Sleep(100 * time.Millisecond)
	// control answers while the cell runs
	t0 := time.Now()
	tk.exchange(tk.control, "kernel_info_request", map[string]any{})
	if d := time.Since(t0); d > time.Second {
		t.Errorf("kernel_info on control took %v during a running cell", d)
	}
	t0 = time.Now()
	reply, iopub := tk.exchange(tk.control, "interrupt_request", map[string]any{})
	g.add("interrupt_request", reply, iopub)
	reply = tk.waitReply(tk.shellCh, id)
	if d := time.Since(t0); d > time.Second {
		t.Errorf("interrupt took %v", d)
	}
	g.add("interrupted cell", reply, tk.collectIOPub(id))
}

func TestBadSignatureDropped(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	m := tk.msg("execute_request", map[string]any{"code": "print evil"})
	frames, _ := m.frames(tk.signer)
	for i, f := range frames {
		if string(f) == "<IDS|MSG>" {
			frames[i+1] = []byte(strings.Repeat("0", 64)) // wrong signature
		}
	}
	tk.sendMsg(tk.shell, tk.msg("kernel_info_request", map[string]any{})) // warm-up
	sendRaw(t, tk, frames)
	unsigned := &Message{Header: newHeader("execute_request", tk.session), Content: mustJSON(map[string]any{"code": "print evil"})}
	nosig, _ := unsigned.frames(nil)
	sendRaw(t, tk, nosig)
	sendRaw(t, tk, [][]byte{[]byte("garbage")})
	// The next good request is answered, and nothing was executed before it.
	reply, iopub := tk.execute("print good")
	if content(reply)["execution_count"].(float64) != 1 {
		t.Errorf("a bad message was executed: %v", content(reply))
	}
	for _, m := range iopub {
		if strings.Contains(string(m.Content), "evil") {
			t.Errorf("bad message output: %s", m.Content)
		}
	}
	select {
	case m := <-tk.shellCh:
		t.Errorf("unexpected reply %s", m.Header.MsgType)
	default:
	}
}

func sendRaw(t *testing.T, tk *testKernel, frames [][]byte) {
	t.Helper()
	if err := tk.shell.SendMulti(zmqMsg(frames)); err != nil {
		t.Fatal(err)
	}
}

func TestStreamBurst(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	const n = 100000
	reply, iopub := tk.execute("spam 100000")
	if content(reply)["status"] != "ok" {
		t.Fatal(content(reply))
	}
	var b strings.Builder
	msgs := 0
	for _, m := range iopub {
		if m.Header.MsgType == "stream" {
			b.WriteString(content(m)["text"].(string))
			msgs++
		}
	}
	var want strings.Builder
	for i := 0; i < n; i++ {
		want.WriteString("line ")
		want.WriteString(itoa(i))
		want.WriteString("\n")
	}
	if b.String() != want.String() {
		t.Errorf("stream output differs: got %d bytes, want %d", b.Len(), want.Len())
	}
	if last := iopub[len(iopub)-1]; last.Header.MsgType != "status" {
		t.Errorf("last iopub message %s", last.Header.MsgType)
	}
	t.Logf("%d bytes in %d stream messages", b.Len(), msgs)
}

func TestHeartbeat(t *testing.T) {
	tk := startKernel(t, fakeLang{})
	req := zmqReq(tk.ctx)
	defer req.Close()
	if err := req.Dial(tk.k.ConnectionInfo().endpoint(tk.k.ConnectionInfo().HBPort)); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if err := req.Send(zmqMsg([][]byte{[]byte("ping")})); err != nil {
			t.Fatal(err)
		}
		got, err := req.Recv()
		if err != nil || len(got.Frames) != 1 || string(got.Frames[0]) != "ping" {
			t.Fatalf("heartbeat echo = %q, %v", got.Frames, err)
		}
	}
}
