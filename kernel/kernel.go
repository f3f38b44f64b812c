package kernel

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/lumenlab/lumen/kernel/prebind"
)

// Options tune a kernel. The zero value is ready to use.
type Options struct {
	// Logger receives protocol problems (bad signatures, unknown messages, panics).
	// nil logs to stderr with the prefix "lumen-kernel: ".
	Logger *log.Logger
	// HistoryFile is the JSON-lines history file. "" uses DefaultHistoryFile();
	// "-" keeps no history at all.
	HistoryFile string
	// Comms is the comm registry; nil means an empty one (every comm_open is closed).
	Comms *Comms
	// NoSignals stops Run from turning SIGINT into an interrupt.
	NoSignals bool
	// StreamFlushInterval and StreamFlushBytes bound how long and how much stream output
	// is buffered before it is published (defaults 50 ms and 64 KiB).
	StreamFlushInterval time.Duration
	StreamFlushBytes    int
}

// Kernel is a running Jupyter kernel: the transport (five ZeroMQ sockets, one goroutine
// each), the dispatcher and the pieces it is built from (publisher, history, comms).
type Kernel struct {
	conn    ConnectionInfo
	lang    Language
	opts    Options
	log     *log.Logger
	signer  *signer
	session string

	shell, control, stdin, iopub, hb zmq4.Socket

	pub     *publisher
	history *History
	comms   *Comms

	ctx    context.Context // cancelled on shutdown
	cancel context.CancelFunc

	shellQ   chan queued
	recvSeq  atomic.Uint64 // sequence number of the last shell request received
	abortSeq uint64        // shell worker only: execute requests with seq <= abortSeq are aborted

	execCount int // shell worker only

	cellMu     sync.Mutex
	cellCancel context.CancelFunc

	stdinMu      sync.Mutex    // one input_request at a time
	stdinReplies chan *Message // input_reply messages from the stdin goroutine

	shutdownOnce sync.Once
	restart      bool
	wg           sync.WaitGroup
	shellDone    chan struct{}
}

type queued struct {
	msg  *Message
	sock zmq4.Socket // where the reply goes (shell, or control for forwarded requests)
	seq  uint64
}

// Run serves the kernel described by connFile until a shutdown_request arrives or ctx is
// cancelled. Unless opts.NoSignals, SIGINT interrupts the running cell instead of killing
// the process. It is the whole of what `lumen kernel --connection-file F` needs.
func Run(ctx context.Context, connFile string, lang Language, opts Options) error {
	ci, err := ReadConnectionFile(connFile)
	if err != nil {
		return err
	}
	k, err := New(ci, lang, opts)
	if err != nil {
		return err
	}
	if !opts.NoSignals {
		stop := k.HandleSignals()
		defer stop()
	}
	return k.Serve(ctx)
}

// New binds the kernel's sockets (only on ci.IP). Ports given as 0 are chosen by the
// system; ConnectionInfo reports the ones in use.
func New(ci ConnectionInfo, lang Language, opts Options) (*Kernel, error) {
	if err := ci.validate(); err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	s, err := newSigner(ci.SignatureScheme, ci.Key)
	if err != nil {
		return nil, err
	}
	if opts.Logger == nil {
		opts.Logger = log.New(os.Stderr, "lumen-kernel: ", log.LstdFlags)
	}
	if opts.StreamFlushInterval <= 0 {
		opts.StreamFlushInterval = 50 * time.Millisecond
	}
	if opts.StreamFlushBytes <= 0 {
		opts.StreamFlushBytes = 64 << 10
	}
	if opts.Comms == nil {
		opts.Comms = NewComms()
	}
	ctx, cancel := context.WithCancel(context.Background())
	k := &Kernel{
		conn: ci, lang: lang, opts: opts, log: opts.Logger, signer: s,
		session: newID(), comms: opts.Comms, ctx: ctx, cancel: cancel,
		shellQ:       make(chan queued, 1024),
		stdinReplies: make(chan *Message, 1),
		shellDone:    make(chan struct{}),
	}
	k.comms.attach(k)
	defer prebind.Release() // early-bound sockets the kernel did not take over
	switch opts.HistoryFile {
	case "-":
	case "":
		k.history = OpenHistory(DefaultHistoryFile(), k.log)
	default:
		k.history = OpenHistory(opts.HistoryFile, k.log)
	}

	// zmq4 logs every dropped peer; keep that out of the notebook server's log. The send
	// timeout bounds how long a reply waits for a peer that never connected.
	zopts := []zmq4.Option{zmq4.WithLogger(log.New(discard{}, "", 0)), zmq4.WithTimeout(10 * time.Second)}
	k.shell = zmq4.NewRouter(ctx, zopts...)
	k.control = zmq4.NewRouter(ctx, zopts...)
	k.stdin = zmq4.NewRouter(ctx, zopts...)
	k.iopub = zmq4.NewPub(ctx, zopts...)
	k.hb = zmq4.NewRouter(ctx, zopts...) // a ROUTER echoing frames is a REP
	for _, b := range []struct {
		name string
		sock zmq4.Socket
		port *int
	}{{"shell", k.shell, &k.conn.ShellPort}, {"control", k.control, &k.conn.ControlPort},
		{"stdin", k.stdin, &k.conn.StdinPort}, {"iopub", k.iopub, &k.conn.IOPubPort},
		{"hb", k.hb, &k.conn.HBPort}} {
		if err := b.sock.Listen(listenEndpoint(k.conn.endpoint(*b.port))); err != nil {
			k.closeSockets()
			cancel()
			return nil, fmt.Errorf("kernel: binding %s port: %w", b.name, err)
		}
		if a, ok := b.sock.Addr().(*net.TCPAddr); ok && a != nil {
			*b.port = a.Port
		}
	}
	k.pub = newPublisher(k)
	return k, nil
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// ConnectionInfo returns the connection information with the ports actually bound.
func (k *Kernel) ConnectionInfo() ConnectionInfo { return k.conn }

// Restart reports whether the kernel was shut down with restart=true.
func (k *Kernel) Restart() bool { return k.restart }

// Serve runs the channel goroutines until shutdown_request or ctx is cancelled, then
// closes the sockets (freeing the ports) and returns.
func (k *Kernel) Serve(ctx context.Context) error {
	k.wg.Add(5)
	go k.serveShell()
	go k.serveControl()
	go k.serveStdin()
	go k.pub.serve()
	go k.serveHeartbeat()
	go func() {
		defer close(k.shellDone)
		k.shellWorker()
	}()

	select {
	case <-ctx.Done():
	case <-k.ctx.Done():
	}
	k.Shutdown()
	// Let the reply and the last iopub messages leave before the sockets close.
	k.pub.stop(time.Second)
	k.closeSockets()
	waitTimeout(&k.wg, 2*time.Second)
	select {
	case <-k.shellDone:
	case <-time.After(2 * time.Second):
		k.log.Printf("shell worker still running at exit (a cell ignores interrupts)")
	}
	if k.history != nil {
		k.history.Close()
	}
	return nil
}

// Shutdown stops the kernel: interrupts the running cell and makes Serve return.
func (k *Kernel) Shutdown() {
	k.shutdownOnce.Do(func() {
		k.Interrupt()
		k.cancel()
	})
}

// Interrupt cancels the running cell's context, if a cell is running.
func (k *Kernel) Interrupt() {
	k.cellMu.Lock()
	if k.cellCancel != nil {
		k.cellCancel()
	}
	k.cellMu.Unlock()
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			_ = s.Close()
		}
	}
}

func waitTimeout(wg *sync.WaitGroup, d time.Duration) {
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(d):
	}
}

// recv reads and verifies one message; it returns nil, false when the socket is closed.
// Malformed or badly signed messages are logged and skipped.
func (k *Kernel) recv(sock zmq4.Socket, name string) (*Message, bool) {
	for {
		zm, err := sock.Recv()
		if err != nil {
			if k.ctx.Err() != nil || errors.Is(err, context.Canceled) {
				return nil, false
			}
			k.log.Printf("%s: receive: %v", name, err)
			select {
			case <-k.ctx.Done():
				return nil, false
			case <-time.After(10 * time.Millisecond):
			}
			continue
		}
		m, err := parseMessage(zm.Frames, k.signer)
		if err != nil {
			k.log.Printf("%s: dropped message: %v", name, err)
			continue
		}
		return m, true
	}
}

// send signs and sends m on a ROUTER socket.
func (k *Kernel) send(sock zmq4.Socket, m *Message) {
	frames, err := m.frames(k.signer)
	if err != nil {
		k.log.Printf("encoding %s: %v", m.Header.MsgType, err)
		return
	}
	if len(frames) == 0 || len(m.Identities) == 0 {
		// A ROUTER needs a routing identity; without one the reply has nowhere to go.
		k.log.Printf("%s has no routing identity; not sent", m.Header.MsgType)
		return
	}
	if err := sock.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("sending %s: %v", m.Header.MsgType, err)
	}
}

// reply sends a reply to req on sock.
func (k *Kernel) reply(sock zmq4.Socket, req *Message, msgType string, content any) {
	k.send(sock, &Message{
		Identities:   req.Identities,
		Header:       newHeader(msgType, k.session),
		ParentHeader: req.RawHeader,
		Content:      mustJSON(content),
	})
}

func (k *Kernel) serveShell() {
	defer k.wg.Done()
	for {
		m, ok := k.recv(k.shell, "shell")
		if !ok {
			return
		}
		k.enqueue(m, k.shell)
	}
}

func (k *Kernel) enqueue(m *Message, sock zmq4.Socket) {
	seq := k.recvSeq.Add(1)
	select {
	case k.shellQ <- queued{msg: m, sock: sock, seq: seq}:
	case <-k.ctx.Done():
	}
}

func (k *Kernel) shellWorker() {
	for {
		select {
		case <-k.ctx.Done():
			return
		case q := <-k.shellQ:
			k.dispatch(q.sock, "shell", q.msg, q.seq)
		}
	}
}

// controlTypes are served on the control goroutine itself; other requests arriving on
// control need the language and are queued for the shell worker (replying on control).
var controlTypes = map[string]bool{
	"kernel_info_request": true, "interrupt_request": true, "shutdown_request": true,
	"comm_info_request": true, "history_request": true,
}

func (k *Kernel) serveControl() {
	defer k.wg.Done()
	for {
		m, ok := k.recv(k.control, "control")
		if !ok {
			return
		}
		if controlTypes[m.Header.MsgType] {
			k.dispatch(k.control, "control", m, 0)
		} else if handlers[m.Header.MsgType] != nil {
			k.enqueue(m, k.control)
		} else {
			k.log.Printf("control: ignoring %q", m.Header.MsgType)
		}
	}
}

func (k *Kernel) serveStdin() {
	defer k.wg.Done()
	for {
		m, ok := k.recv(k.stdin, "stdin")
		if !ok {
			return
		}
		if m.Header.MsgType != "input_reply" {
			k.log.Printf("stdin: ignoring %q", m.Header.MsgType)
			continue
		}
		select {
		case k.stdinReplies <- m:
		default:
			k.log.Printf("stdin: input_reply nobody asked for; dropped")
		}
	}
}

func (k *Kernel) serveHeartbeat() {
	defer k.wg.Done()
	for {
		zm, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			continue
		}
		if err := k.hb.SendMulti(zm); err != nil && k.ctx.Err() != nil {
			return
		}
	}
}
