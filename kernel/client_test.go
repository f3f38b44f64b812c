package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

const testKey = "a0436f6c-1916-498b-8eb9-e81ab9368e84"

// testKernel is an in-process kernel plus a zmq4 client connected to it, playing the
// part of jupyter_client.
type testKernel struct {
	t       testing.TB
	k       *Kernel
	served  chan error
	cancel  context.CancelFunc
	signer  *signer
	session string

	shell, control, stdin, iopub zmq4.Socket
	shellCh, controlCh, stdinCh  chan *Message
	iopubCh                      chan *Message
	ctx                          context.Context
	closeOnce                    sync.Once
	stash                        []*Message // iopub messages not yet claimed by collectIOPub
}

type kernelOpt func(*Options)

func startKernel(t testing.TB, lang Language, opts ...kernelOpt) *testKernel {
	t.Helper()
	o := Options{
		HistoryFile: filepath.Join(t.TempDir(), "history.jsonl"),
		Logger:      log.New(testLogWriter{t}, "kernel: ", 0),
		NoSignals:   true,
	}
	for _, f := range opts {
		f(&o)
	}
	ci := ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: testKey, SignatureScheme: "hmac-sha256"}
	k, err := New(ci, lang, o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	tk := &testKernel{t: t, k: k, served: make(chan error, 1), cancel: cancel, ctx: ctx,
		session: newID(), shellCh: make(chan *Message, 64), controlCh: make(chan *Message, 64),
		stdinCh: make(chan *Message, 64), iopubCh: make(chan *Message, 4096)}
	tk.signer, _ = newSigner("hmac-sha256", testKey)
	go func() { tk.served <- k.Serve(ctx) }()

	ci = k.ConnectionInfo()
	id := zmq4.SocketIdentity("client-" + tk.session)
	quiet := zmq4.WithLogger(log.New(io.Discard, "", 0))
	tk.shell = zmq4.NewDealer(ctx, zmq4.WithID(id), quiet)
	tk.control = zmq4.NewDealer(ctx, zmq4.WithID(id), quiet)
	tk.stdin = zmq4.NewDealer(ctx, zmq4.WithID(id), quiet)
	tk.iopub = zmq4.NewSub(ctx, quiet)
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{tk.shell, ci.ShellPort}, {tk.control, ci.ControlPort}, {tk.stdin, ci.StdinPort}, {tk.iopub, ci.IOPubPort}} {
		if err := d.s.Dial(ci.endpoint(d.port)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tk.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	go tk.pump(tk.shell, tk.shellCh)
	go tk.pump(tk.control, tk.controlCh)
	go tk.pump(tk.stdin, tk.stdinCh)
	go tk.pump(tk.iopub, tk.iopubCh)
	t.Cleanup(tk.close)
	tk.waitIOPub()
	return tk
}

type testLogWriter struct{ t testing.TB }

func (w testLogWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func (tk *testKernel) pump(s zmq4.Socket, ch chan *Message) {
	for {
		zm, err := s.Recv()
		if err != nil {
			return
		}
		m, err := parseMessage(zm.Frames, tk.signer)
		if err != nil {
			panic(fmt.Sprintf("client got a bad message: %v", err))
		}
		select {
		case ch <- m:
		case <-tk.ctx.Done():
			return
		}
	}
}

func (tk *testKernel) close() { tk.closeOnce.Do(tk.doClose) }

func (tk *testKernel) doClose() {
	tk.cancel()
	select {
	case <-tk.served:
	case <-time.After(5 * time.Second):
		tk.t.Errorf("kernel did not stop")
	}
	for _, s := range []zmq4.Socket{tk.shell, tk.control, tk.stdin, tk.iopub} {
		s.Close()
	}
}

// waitIOPub sends kernel_info until iopub delivers (the PUB/SUB slow-joiner dance that
// jupyter_client does), then drains iopub.
func (tk *testKernel) waitIOPub() {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		id := tk.send(tk.shell, "kernel_info_request", map[string]any{})
		tk.waitReply(tk.shellCh, id)
		select {
		case <-tk.iopubCh:
			time.Sleep(50 * time.Millisecond)
			tk.drainIOPub()
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
	tk.t.Fatal("iopub never connected")
}

func (tk *testKernel) drainIOPub() {
	tk.stash = nil
	for {
		select {
		case <-tk.iopubCh:
		default:
			return
		}
	}
}

func (tk *testKernel) msg(msgType string, content any) *Message {
	return &Message{Header: newHeader(msgType, tk.session), Content: mustJSON(content)}
}

// send sends a request on a client socket and returns its msg_id.
func (tk *testKernel) send(s zmq4.Socket, msgType string, content any) string {
	tk.t.Helper()
	m := tk.msg(msgType, content)
	tk.sendMsg(s, m)
	return m.Header.MsgID
}

func (tk *testKernel) sendMsg(s zmq4.Socket, m *Message) {
	tk.t.Helper()
	frames, err := m.frames(tk.signer)
	if err != nil {
		tk.t.Fatal(err)
	}
	if err := s.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		tk.t.Fatal(err)
	}
}

func parentID(m *Message) string {
	var h Header
	_ = json.Unmarshal(m.ParentHeader, &h)
	return h.MsgID
}

func (tk *testKernel) waitReply(ch chan *Message, id string) *Message {
	tk.t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case m := <-ch:
			if parentID(m) == id {
				return m
			}
		case <-timeout:
			tk.t.Fatalf("no reply to %s", id)
			return nil
		}
	}
}

// collectIOPub returns the iopub messages whose parent is id, up to status idle.
// Messages for other requests are kept for later calls.
func (tk *testKernel) collectIOPub(id string) []*Message {
	tk.t.Helper()
	var out []*Message
	isIdle := func(m *Message) bool {
		return m.Header.MsgType == "status" && content(m)["execution_state"] == "idle"
	}
	kept := tk.stash[:0:0]
	for i, m := range tk.stash {
		if parentID(m) != id {
			kept = append(kept, m)
			continue
		}
		out = append(out, m)
		if isIdle(m) {
			tk.stash = append(kept, tk.stash[i+1:]...)
			return out
		}
	}
	tk.stash = kept
	timeout := time.After(20 * time.Second)
	for {
		select {
		case m := <-tk.iopubCh:
			if parentID(m) != id {
				tk.stash = append(tk.stash, m)
				continue
			}
			out = append(out, m)
			if isIdle(m) {
				return out
			}
		case <-timeout:
			tk.t.Fatalf("no idle for %s (got %d messages)", id, len(out))
			return nil
		}
	}
}

// exchange sends a request, and returns its reply and its iopub messages.
func (tk *testKernel) exchange(s zmq4.Socket, msgType string, c any) (*Message, []*Message) {
	tk.t.Helper()
	ch := tk.shellCh
	if s == tk.control {
		ch = tk.controlCh
	}
	id := tk.send(s, msgType, c)
	reply := tk.waitReply(ch, id)
	return reply, tk.collectIOPub(id)
}

func (tk *testKernel) execute(code string, extra ...map[string]any) (*Message, []*Message) {
	tk.t.Helper()
	c := map[string]any{"code": code, "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for _, e := range extra {
		for k, v := range e {
			c[k] = v
		}
	}
	return tk.exchange(tk.shell, "execute_request", c)
}

func content(m *Message) map[string]any {
	var c map[string]any
	_ = json.Unmarshal(m.Content, &c)
	return c
}

// transcript renders a reply and its iopub messages as the lines of a golden file.
func transcript(reply *Message, iopub []*Message) string {
	var b strings.Builder
	for _, m := range iopub {
		c := content(m)
		line := "iopub " + m.Header.MsgType
		switch m.Header.MsgType {
		case "status":
			line += " " + fmt.Sprint(c["execution_state"])
		case "stream":
			line += fmt.Sprintf(" %v %q", c["name"], c["text"])
		case "execute_input":
			line += fmt.Sprintf(" [%v] %q", c["execution_count"], c["code"])
		case "execute_result":
			line += fmt.Sprintf(" [%v] %v", c["execution_count"], jsonString(c["data"]))
		case "error":
			line += fmt.Sprintf(" %v: %v", c["ename"], c["evalue"])
		case "display_data", "update_display_data", "clear_output", "comm_close", "comm_msg", "shutdown_reply":
			delete(c, "metadata")
			line += " " + jsonString(c)
		}
		b.WriteString(line + "\n")
	}
	if reply != nil {
		c := content(reply)
		line := "reply " + reply.Header.MsgType + " " + fmt.Sprint(c["status"])
		for _, key := range []string{"execution_count", "ename", "evalue"} {
			if v, ok := c[key]; ok {
				line += fmt.Sprintf(" %s=%v", key, v)
			}
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
