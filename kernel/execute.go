package kernel

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync/atomic"
)

type executeContent struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      *bool             `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

func boolOr(p *bool, def bool) bool {
	if p == nil {
		return def
	}
	return *p
}

// handleExecute implements execute_request:
//
//	busy → execute_input → stream/display/… → execute_result or error → execute_reply → idle
//
// silent runs publish no execute_input and no output (status busy/idle still go out,
// as in ipykernel, since clients wait for idle). execution_count grows only for stored,
// non-silent runs. After an error with stop_on_error, execute requests received before
// the error was reported are answered "aborted" without running.
func handleExecute(r *request) {
	k := r.k
	var c executeContent
	if !r.decode(&c) {
		return
	}
	if r.seq != 0 && r.seq <= k.abortSeq {
		r.reply("execute_reply", map[string]any{"status": "aborted", "execution_count": k.execCount})
		return
	}
	silent := c.Silent
	store := boolOr(c.StoreHistory, true) && !silent
	if store {
		k.execCount++
	}
	n := k.execCount
	if !silent {
		k.pub.publish("execute_input", r.msg, map[string]any{"code": c.Code, "execution_count": n})
	}

	ctx, cancel := context.WithCancel(k.ctx)
	k.cellMu.Lock()
	k.cellCancel = cancel
	k.cellMu.Unlock()
	defer func() {
		k.cellMu.Lock()
		k.cellCancel = nil
		k.cellMu.Unlock()
		cancel()
	}()

	eio := &execIO{k: k, parent: r.msg, ctx: ctx, silent: silent, allowStdin: boolOr(c.AllowStdin, false), count: n}
	result, execErr := runCell(ctx, k.lang, c.Code, eio)
	eio.closed.Store(true)
	k.pub.flushAll()

	if store && k.history != nil {
		out := ""
		if s, ok := result["text/plain"].(string); ok && execErr == nil {
			out = s
		}
		k.history.Append(n, c.Code, out)
	}

	if execErr != nil {
		if !silent {
			k.pub.publish("error", r.msg, map[string]any{"ename": execErr.Name,
				"evalue": execErr.Value, "traceback": nonNil(execErr.Traceback)})
		}
		content := errorContent(execErr.Name, execErr.Value, execErr.Traceback)
		content["execution_count"] = n
		// Abort what was received before the reply goes out, never what a client sends
		// after seeing it.
		if boolOr(c.StopOnError, true) && r.seq != 0 {
			k.abortSeq = k.recvSeq.Load()
		}
		r.reply("execute_reply", content)
		return
	}
	if result != nil && !silent {
		k.pub.publish("execute_result", r.msg, map[string]any{"execution_count": n,
			"data": result, "metadata": map[string]any{}})
	}
	ue := map[string]any{}
	for name, expr := range c.UserExpressions {
		ue[name] = evalExpression(ctx, k.lang, expr)
	}
	r.reply("execute_reply", map[string]any{"status": "ok", "execution_count": n,
		"user_expressions": ue, "payload": []any{}})
}

// runCell calls Language.Execute, turning a panic into a KernelPanic error.
func runCell(ctx context.Context, lang Language, code string, eio *execIO) (result MimeBundle, execErr *ExecError) {
	defer func() {
		if v := recover(); v != nil {
			result, execErr = nil, panicError(v)
		}
	}()
	return lang.Execute(ctx, code, eio)
}

func evalExpression(ctx context.Context, lang Language, expr string) (out map[string]any) {
	defer func() {
		if v := recover(); v != nil {
			out = panicContent(v)
		}
	}()
	data, err := lang.EvalExpression(ctx, expr)
	if err != nil {
		return errorContent(err.Name, err.Value, err.Traceback)
	}
	if data == nil {
		data = MimeBundle{}
	}
	return map[string]any{"status": "ok", "data": data, "metadata": map[string]any{}}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// execIO is the ExecIO of one execute_request.
type execIO struct {
	k          *Kernel
	parent     *Message
	ctx        context.Context
	silent     bool
	allowStdin bool
	count      int
	closed     atomic.Bool
}

// ExecutionCount is the cell's execution_count (the N of In[N]). It is not part of
// ExecIO; languages may use it through an interface{ ExecutionCount() int } check, for
// example to name the cell in tracebacks.
func (e *execIO) ExecutionCount() int { return e.count }

type streamWriter struct {
	e    *execIO
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	if !w.e.silent && !w.e.closed.Load() && len(p) > 0 {
		w.e.k.pub.stream(w.e.parent, w.name, p)
	}
	return len(p), nil
}

func (e *execIO) Stdout() io.Writer { return streamWriter{e, "stdout"} }
func (e *execIO) Stderr() io.Writer { return streamWriter{e, "stderr"} }

func (e *execIO) live() bool { return !e.silent && !e.closed.Load() }

func (e *execIO) Display(data MimeBundle, metadata map[string]any, displayID string, update bool) {
	if !e.live() {
		return
	}
	if data == nil {
		data = MimeBundle{}
	}
	if metadata == nil {
		metadata = map[string]any{}
	}
	content := map[string]any{"data": data, "metadata": metadata}
	msgType := "display_data"
	if update {
		if displayID == "" {
			e.k.log.Printf("update_display_data without a display_id ignored")
			return
		}
		msgType = "update_display_data"
	}
	if displayID != "" {
		content["transient"] = map[string]any{"display_id": displayID}
	}
	e.k.pub.publish(msgType, e.parent, content)
}

func (e *execIO) ClearOutput(wait bool) {
	if e.live() {
		e.k.pub.publish("clear_output", e.parent, map[string]any{"wait": wait})
	}
}

// Input sends input_request on stdin to the client that sent the execute_request and
// waits for its input_reply, or for an interrupt.
func (e *execIO) Input(prompt string, password bool) (string, error) {
	if !e.allowStdin || e.closed.Load() {
		return "", ErrNoStdin
	}
	k := e.k
	k.pub.flush() // earlier output first, then the prompt
	k.stdinMu.Lock()
	defer k.stdinMu.Unlock()
	select { // drop a stale reply
	case <-k.stdinReplies:
	default:
	}
	k.send(k.stdin, &Message{
		Identities:   e.parent.Identities,
		Header:       newHeader("input_request", k.session),
		ParentHeader: e.parent.RawHeader,
		Content:      mustJSON(map[string]any{"prompt": prompt, "password": password}),
	})
	select {
	case m := <-k.stdinReplies:
		var c struct {
			Value  string `json:"value"`
			Status string `json:"status"`
		}
		if err := json.Unmarshal(m.Content, &c); err != nil {
			return "", fmt.Errorf("input(): bad input_reply: %w", err)
		}
		return c.Value, nil
	case <-e.ctx.Done():
		return "", fmt.Errorf("input(): interrupted: %w", e.ctx.Err())
	}
}
