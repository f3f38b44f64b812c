package kernel

import (
	"encoding/json"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"
)

// publisher owns the iopub channel. Every iopub message goes through publish, which
// first flushes buffered stream output, so the frontend sees output in the order the
// program produced it. Stream text is coalesced: it is published when it reaches
// StreamFlushBytes, StreamFlushInterval after it was first buffered, when the stream
// name or parent request changes, and before any other iopub message.
type publisher struct {
	k  *Kernel
	ch chan [][]byte // encoded messages, in order, for the iopub goroutine

	mu      sync.Mutex
	pending []byte   // buffered stream text
	pname   string   // its stream name
	pparent *Message // its parent request
	timer   *time.Timer
	armed   bool
	stopped bool
	quit    chan struct{}
	done    chan struct{}
}

func newPublisher(k *Kernel) *publisher {
	p := &publisher{k: k, ch: make(chan [][]byte, 256), quit: make(chan struct{}), done: make(chan struct{})}
	p.timer = time.AfterFunc(time.Hour, p.timerFlush)
	p.timer.Stop()
	return p
}

// serve is the iopub goroutine: it sends encoded messages on the PUB socket, in order.
func (p *publisher) serve() {
	defer p.k.wg.Done()
	defer close(p.done)
	for {
		select {
		case frames := <-p.ch:
			p.sendFrames(frames)
		case <-p.quit:
			for {
				select {
				case frames := <-p.ch:
					p.sendFrames(frames)
				default:
					return
				}
			}
		}
	}
}

func (p *publisher) sendFrames(frames [][]byte) {
	if err := p.k.iopub.SendMulti(zmq4.NewMsgFrom(frames...)); err != nil {
		p.k.log.Printf("iopub: %v", err)
	}
}

// stop flushes buffered output, sends everything queued and stops the iopub goroutine;
// later messages are sent inline. It waits up to max for the goroutine.
func (p *publisher) stop(max time.Duration) {
	p.mu.Lock()
	p.flushLocked()
	p.stopped = true
	p.mu.Unlock()
	close(p.quit)
	select {
	case <-p.done:
	case <-time.After(max):
	}
	// zmq4's PUB writer has a queue of its own; give it a moment to reach the wire.
	time.Sleep(50 * time.Millisecond)
}

// publish sends an iopub message whose parent is parent (nil for none).
func (p *publisher) publish(msgType string, parent *Message, content any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushLocked()
	p.enqueueLocked(msgType, parent, mustJSON(content))
}

func (p *publisher) enqueueLocked(msgType string, parent *Message, content json.RawMessage) {
	m := &Message{
		Identities: [][]byte{[]byte("kernel." + p.k.session + "." + msgType)},
		Header:     newHeader(msgType, p.k.session),
		Content:    content,
	}
	if parent != nil {
		m.ParentHeader = parent.RawHeader
	}
	frames, err := m.frames(p.k.signer)
	if err != nil {
		p.k.log.Printf("iopub: encoding %s: %v", msgType, err)
		return
	}
	if p.stopped {
		p.sendFrames(frames)
		return
	}
	p.ch <- frames
}

// stream buffers text written to stdout or stderr by the cell whose request is parent.
func (p *publisher) stream(parent *Message, name string, data []byte) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.pending) > 0 && (p.pname != name || p.pparent != parent) {
		p.flushLocked()
	}
	p.pname, p.pparent = name, parent
	p.pending = append(p.pending, data...)
	if len(p.pending) >= p.k.opts.StreamFlushBytes {
		p.flushLocked()
		return
	}
	if !p.armed && len(p.pending) > 0 {
		p.armed = true
		p.timer.Reset(p.k.opts.StreamFlushInterval)
	}
}

// flush publishes buffered stream text now.
func (p *publisher) flush() {
	p.mu.Lock()
	p.flushLocked()
	p.mu.Unlock()
}

func (p *publisher) timerFlush() {
	p.mu.Lock()
	p.armed = false
	p.flushLocked()
	p.mu.Unlock()
}

func (p *publisher) flushLocked() {
	if len(p.pending) == 0 {
		return
	}
	// Do not split a UTF-8 sequence across two messages: keep an incomplete tail.
	cut := len(p.pending)
	for i := 1; i <= utf8.UTFMax && i <= len(p.pending); i++ {
		if utf8.RuneStart(p.pending[len(p.pending)-i]) {
			if !utf8.FullRune(p.pending[len(p.pending)-i:]) {
				cut = len(p.pending) - i
			}
			break
		}
	}
	if cut == 0 {
		return
	}
	text := string(p.pending[:cut])
	p.enqueueLocked("stream", p.pparent, mustJSON(map[string]string{"name": p.pname, "text": text}))
	n := copy(p.pending, p.pending[cut:])
	p.pending = p.pending[:n]
	if cap(p.pending) > 4*p.k.opts.StreamFlushBytes {
		p.pending = nil // do not keep a huge buffer after a burst
	}
}

// flushAll publishes everything buffered, including an incomplete UTF-8 tail (end of a cell).
func (p *publisher) flushAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.flushLocked()
	if len(p.pending) > 0 {
		text := string(p.pending)
		p.enqueueLocked("stream", p.pparent, mustJSON(map[string]string{"name": p.pname, "text": text}))
		p.pending = p.pending[:0]
	}
}

// status publishes a kernel status (busy, idle, starting).
func (p *publisher) status(state string, parent *Message) {
	p.publish("status", parent, map[string]string{"execution_state": state})
}
