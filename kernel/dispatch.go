package kernel

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/go-zeromq/zmq4"
)

// request is what a handler gets: the message, where to reply, and its position in the
// shell queue (0 on control).
type request struct {
	k    *Kernel
	msg  *Message
	sock zmq4.Socket
	seq  uint64
}

func (r *request) reply(msgType string, content any) { r.k.reply(r.sock, r.msg, msgType, content) }

// decode unmarshals the request content into v; on failure it sends an error reply.
func (r *request) decode(v any) bool {
	if err := json.Unmarshal(r.msg.Content, v); err != nil {
		r.reply(replyType(r.msg.Header.MsgType), errorContent("BadRequest",
			fmt.Sprintf("%s content: %v", r.msg.Header.MsgType, err), nil))
		return false
	}
	return true
}

type handler func(r *request)

// handlers is the dispatch table (xeus's xkernel_core). Every request is wrapped in
// iopub status busy … idle by dispatch.
var handlers map[string]handler

func init() {
	handlers = map[string]handler{
		"kernel_info_request": handleKernelInfo,
		"execute_request":     handleExecute,
		"complete_request":    handleComplete,
		"inspect_request":     handleInspect,
		"is_complete_request": handleIsComplete,
		"history_request":     handleHistory,
		"comm_info_request":   handleCommInfo,
		"comm_open":           handleCommOpen,
		"comm_msg":            handleCommMsg,
		"comm_close":          handleCommClose,
		"interrupt_request":   handleInterrupt,
		"shutdown_request":    handleShutdown,
	}
}

// dispatch runs the handler for m. A panic in the handler (or in the language it calls)
// becomes an error reply; the kernel keeps running.
func (k *Kernel) dispatch(sock zmq4.Socket, channel string, m *Message, seq uint64) {
	h := handlers[m.Header.MsgType]
	if h == nil {
		k.log.Printf("%s: unknown message type %q ignored", channel, m.Header.MsgType)
		return
	}
	k.pub.status("busy", m)
	defer k.pub.status("idle", m)
	defer func() {
		if v := recover(); v != nil {
			k.log.Printf("%s: panic handling %s: %v\n%s", channel, m.Header.MsgType, v, debug.Stack())
			k.pub.flushAll()
			if strings.HasSuffix(m.Header.MsgType, "_request") {
				k.reply(sock, m, replyType(m.Header.MsgType), panicContent(v))
			}
		}
	}()
	h(&request{k: k, msg: m, sock: sock, seq: seq})
}

func replyType(reqType string) string {
	return strings.TrimSuffix(reqType, "_request") + "_reply"
}

func errorContent(ename, evalue string, tb []string) map[string]any {
	if tb == nil {
		tb = []string{}
	}
	return map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": tb}
}

// panicError turns a recovered panic into the error a frontend shows.
func panicError(v any) *ExecError {
	tb := []string{fmt.Sprintf("KernelPanic: %v", v)}
	for _, line := range strings.Split(strings.TrimSpace(string(debug.Stack())), "\n") {
		tb = append(tb, line)
	}
	return &ExecError{Name: "KernelPanic", Value: fmt.Sprint(v), Traceback: tb}
}

func panicContent(v any) map[string]any {
	e := panicError(v)
	return errorContent(e.Name, e.Value, e.Traceback)
}

func handleKernelInfo(r *request) {
	li := r.k.lang.Info()
	info := map[string]any{"name": li.Name, "version": li.Version, "mimetype": li.Mimetype,
		"file_extension": li.FileExtension}
	if li.PygmentsLexer != "" {
		info["pygments_lexer"] = li.PygmentsLexer
	}
	if li.CodemirrorMode != nil {
		info["codemirror_mode"] = li.CodemirrorMode
	}
	if li.NbconvertExporter != "" {
		info["nbconvert_exporter"] = li.NbconvertExporter
	}
	links := li.HelpLinks
	if links == nil {
		links = []HelpLink{}
	}
	r.reply("kernel_info_reply", map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         li.Implementation,
		"implementation_version": li.ImplementationVersion,
		"language_info":          info,
		"banner":                 li.Banner,
		"help_links":             links,
		"debugger":               false,
	})
}

func handleComplete(r *request) {
	var c struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if !r.decode(&c) {
		return
	}
	pos := utf8Len(c.Code)
	if c.CursorPos != nil && *c.CursorPos >= 0 && *c.CursorPos <= pos {
		pos = *c.CursorPos
	}
	matches, start, end := r.k.lang.Complete(c.Code, pos)
	if matches == nil {
		matches = []string{}
	}
	r.reply("complete_reply", map[string]any{"status": "ok", "matches": matches,
		"cursor_start": start, "cursor_end": end, "metadata": map[string]any{}})
}

func handleInspect(r *request) {
	var c struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if !r.decode(&c) {
		return
	}
	pos := utf8Len(c.Code)
	if c.CursorPos != nil && *c.CursorPos >= 0 && *c.CursorPos <= pos {
		pos = *c.CursorPos
	}
	data, found := r.k.lang.Inspect(c.Code, pos, c.DetailLevel)
	if data == nil || !found {
		data = MimeBundle{}
	}
	r.reply("inspect_reply", map[string]any{"status": "ok", "found": found, "data": data,
		"metadata": map[string]any{}})
}

func handleIsComplete(r *request) {
	var c struct {
		Code string `json:"code"`
	}
	if !r.decode(&c) {
		return
	}
	status, indent := r.k.lang.IsComplete(c.Code)
	switch status {
	case "complete", "incomplete", "invalid", "unknown":
	default:
		status = "unknown"
	}
	content := map[string]any{"status": status}
	if status == "incomplete" {
		content["indent"] = indent
	}
	r.reply("is_complete_reply", content)
}

func handleInterrupt(r *request) {
	r.k.Interrupt()
	r.reply("interrupt_reply", map[string]any{"status": "ok"})
}

func handleShutdown(r *request) {
	var c struct {
		Restart bool `json:"restart"`
	}
	_ = json.Unmarshal(r.msg.Content, &c)
	content := map[string]any{"status": "ok", "restart": c.Restart}
	r.reply("shutdown_reply", content)
	// ipykernel also broadcasts the reply on iopub, for frontends that watch only iopub.
	r.k.pub.publish("shutdown_reply", r.msg, content)
	r.k.restart = c.Restart
	r.k.Shutdown()
}

func utf8Len(s string) int { return len([]rune(s)) }
