package kernel

import (
	"context"
	"io"
)

// Language is what a kernel needs from an interpreter (xeus's interpreter *_impl methods).
//
// The kernel calls Execute, Complete, Inspect, IsComplete and EvalExpression from one
// goroutine (the shell worker), never concurrently with each other. Info may be called
// from any goroutine and must be safe for that (return a constant).
type Language interface {
	Info() LanguageInfo // name, version, mimetype, file_extension, pygments_lexer, codemirror_mode, banner, implementation, implementation_version, help_links
	// Execute runs one cell. ctx is cancelled on interrupt (interrupt_request or SIGINT); the language must stop within 1 s and report KeyboardInterrupt as an error.
	// Output goes through io. result is the MIME bundle of a trailing expression (nil if none).
	Execute(ctx context.Context, code string, io ExecIO) (result MimeBundle, err *ExecError)
	Complete(code string, cursorPos int) (matches []string, cursorStart, cursorEnd int) // positions in Unicode code points
	Inspect(code string, cursorPos int, detailLevel int) (data MimeBundle, found bool)
	IsComplete(code string) (status string, indent string)                    // "complete" | "incomplete" | "invalid" | "unknown"
	EvalExpression(ctx context.Context, expr string) (MimeBundle, *ExecError) // for user_expressions
}

// MimeBundle maps MIME types ("text/plain", "text/html", "image/png", ...) to data.
// Text types hold strings; binary types hold base64 strings; JSON types hold any JSON value.
type MimeBundle map[string]any

// ExecError is an exception raised by user code, reported as an "error" iopub message and
// an error reply. Name is the exception class ("ValueError", "KeyboardInterrupt"), Value its
// message, Traceback the lines to show (may contain ANSI colour codes).
type ExecError struct {
	Name, Value string
	Traceback   []string
}

// Error makes *ExecError usable as a Go error.
func (e *ExecError) Error() string { return e.Name + ": " + e.Value }

// ExecIO is how a running cell talks to the frontend. All methods are safe for use
// from several goroutines; output written after Execute returns is discarded.
type ExecIO interface {
	Stdout() io.Writer
	Stderr() io.Writer
	Display(data MimeBundle, metadata map[string]any, displayID string, update bool) // display_data / update_display_data (transient.display_id)
	ClearOutput(wait bool)
	Input(prompt string, password bool) (string, error) // stdin input_request; error if allow_stdin is false ("input(): this frontend does not support input requests")
}

// LanguageInfo describes the language for kernel_info_reply. See doc.go for the name choice.
type LanguageInfo struct {
	Name              string // language_info.name, e.g. "lumen"
	Version           string // language_info.version
	Mimetype          string // e.g. "text/x-python"
	FileExtension     string // e.g. ".py"
	PygmentsLexer     string // e.g. "python3"
	CodemirrorMode    any    // a mode name ("python") or a spec ({"name": "python", "version": 3}); nil to omit
	NbconvertExporter string // e.g. "python"; "" to omit

	Banner                string
	Implementation        string // e.g. "lumen"
	ImplementationVersion string
	HelpLinks             []HelpLink
}

// HelpLink is one entry of kernel_info_reply.help_links.
type HelpLink struct {
	Text string `json:"text"`
	URL  string `json:"url"`
}

// ErrNoStdin is returned by ExecIO.Input when the request had allow_stdin false.
var ErrNoStdin = errNoStdin{}

type errNoStdin struct{}

func (errNoStdin) Error() string {
	return "input(): this frontend does not support input requests"
}
