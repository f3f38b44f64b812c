package kernel

import (
	"bufio"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// HistoryEntry is one stored cell: a line of the JSON-lines history file.
type HistoryEntry struct {
	Session int    `json:"session"`
	Line    int    `json:"line"`
	Input   string `json:"input"`
	Output  string `json:"output,omitempty"` // text/plain of the cell's result, if any
	Time    string `json:"time,omitempty"`
}

// History keeps the inputs of this session and earlier ones. The file is JSON lines,
// one HistoryEntry per stored cell, appended as cells run; each kernel start is a new
// session numbered one past the highest in the file. A missing or unwritable file
// degrades to in-memory history (logged), never to a failing kernel.
type History struct {
	mu      sync.Mutex
	path    string
	session int
	entries []HistoryEntry
	f       *os.File
	log     *log.Logger
}

// DefaultHistoryFile is $JUPYTER_DATA_DIR/lumen/history.jsonl, or
// ~/.local/share/jupyter/lumen/history.jsonl (XDG_DATA_HOME respected).
func DefaultHistoryFile() string {
	return filepath.Join(JupyterDataDir(), "lumen", "history.jsonl")
}

// JupyterDataDir is Jupyter's data directory on Linux: $JUPYTER_DATA_DIR, else
// $XDG_DATA_HOME/jupyter, else ~/.local/share/jupyter.
func JupyterDataDir() string {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return d
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "jupyter")
	}
	home, err := os.UserHomeDir()
	if err != nil {
		home = os.TempDir()
	}
	return filepath.Join(home, ".local", "share", "jupyter")
}

// OpenHistory loads path and starts a new session.
func OpenHistory(path string, logger *log.Logger) *History {
	if logger == nil {
		logger = log.New(os.Stderr, "lumen-kernel: ", log.LstdFlags)
	}
	h := &History{path: path, log: logger}
	if f, err := os.Open(path); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 64<<20)
		for sc.Scan() {
			var e HistoryEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil && e.Session > 0 {
				h.entries = append(h.entries, e)
				h.session = max(h.session, e.Session)
			}
		}
		f.Close()
	}
	h.session++
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		logger.Printf("history: %v (history kept in memory only)", err)
		return h
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		logger.Printf("history: %v (history kept in memory only)", err)
		return h
	}
	h.f = f
	return h
}

// Session is this kernel run's session number.
func (h *History) Session() int { return h.session }

// Append stores one cell of the current session.
func (h *History) Append(line int, input, output string) {
	e := HistoryEntry{Session: h.session, Line: line, Input: input, Output: output,
		Time: time.Now().UTC().Format(time.RFC3339)}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.entries = append(h.entries, e)
	if h.f != nil {
		b, _ := json.Marshal(e)
		if _, err := h.f.Write(append(b, '\n')); err != nil {
			h.log.Printf("history: %v", err)
		}
	}
}

// Close closes the file.
func (h *History) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.f != nil {
		h.f.Close()
		h.f = nil
	}
}

// Tail returns the last n entries over all sessions.
func (h *History) Tail(n int) []HistoryEntry {
	h.mu.Lock()
	defer h.mu.Unlock()
	if n < 0 || n > len(h.entries) {
		n = len(h.entries)
	}
	return append([]HistoryEntry(nil), h.entries[len(h.entries)-n:]...)
}

// Range returns lines start ≤ line < stop of a session (stop ≤ 0: to the end). session 0
// is the current one and a negative session counts back from it (-1: the previous run).
func (h *History) Range(session, start, stop int) []HistoryEntry {
	if session <= 0 {
		session += h.session
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []HistoryEntry
	for _, e := range h.entries {
		if e.Session == session && e.Line >= start && (stop <= 0 || e.Line < stop) {
			out = append(out, e)
		}
	}
	return out
}

// Search returns the entries whose input matches the glob pattern (* ? [...], case
// sensitive, like IPython's sqlite GLOB), oldest first; n > 0 keeps the last n; unique
// drops repeated inputs keeping the latest.
func (h *History) Search(pattern string, n int, unique bool) []HistoryEntry {
	re, err := globRegexp(pattern)
	if err != nil {
		return nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []HistoryEntry
	seen := map[string]bool{}
	for i := len(h.entries) - 1; i >= 0; i-- {
		e := h.entries[i]
		if !re.MatchString(e.Input) || (unique && seen[e.Input]) {
			continue
		}
		seen[e.Input] = true
		out = append(out, e)
		if n > 0 && len(out) == n {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// globRegexp translates a glob to an anchored regexp; * and ? match any character,
// newlines included.
func globRegexp(glob string) (*regexp.Regexp, error) {
	var b strings.Builder
	b.WriteString(`(?s)^`)
	rs := []rune(glob)
	for i := 0; i < len(rs); i++ {
		switch c := rs[i]; c {
		case '*':
			b.WriteString(`.*`)
		case '?':
			b.WriteString(`.`)
		case '[':
			j := i + 1
			if j < len(rs) && (rs[j] == '!' || rs[j] == '^') {
				j++
			}
			if j < len(rs) && rs[j] == ']' {
				j++
			}
			for j < len(rs) && rs[j] != ']' {
				j++
			}
			if j >= len(rs) { // no closing bracket: a literal '['
				b.WriteString(`\[`)
				continue
			}
			class := rs[i+1 : j]
			b.WriteByte('[')
			if len(class) > 0 && (class[0] == '!' || class[0] == '^') {
				b.WriteByte('^')
				class = class[1:]
			}
			for _, r := range class {
				if r == '\\' || r == '[' || r == ']' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			b.WriteByte(']')
			i = j
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	b.WriteString(`$`)
	return regexp.Compile(b.String())
}

func handleHistory(r *request) {
	var c struct {
		Output         bool   `json:"output"`
		Raw            bool   `json:"raw"`
		HistAccessType string `json:"hist_access_type"`
		Session        int    `json:"session"`
		Start          int    `json:"start"`
		Stop           int    `json:"stop"`
		N              *int   `json:"n"`
		Pattern        string `json:"pattern"`
		Unique         bool   `json:"unique"`
	}
	if !r.decode(&c) {
		return
	}
	h := r.k.history
	var entries []HistoryEntry
	if h != nil {
		n := -1
		if c.N != nil {
			n = *c.N
		}
		switch c.HistAccessType {
		case "tail":
			entries = h.Tail(n)
		case "range":
			entries = h.Range(c.Session, c.Start, c.Stop)
		case "search":
			entries = h.Search(c.Pattern, max(n, 0), c.Unique)
		default:
			r.reply("history_reply", errorContent("ValueError",
				"hist_access_type must be \"tail\", \"range\" or \"search\", not "+
					`"`+c.HistAccessType+`"`, nil))
			return
		}
	}
	hist := make([]any, 0, len(entries))
	for _, e := range entries {
		if c.Output {
			var out any
			if e.Output != "" {
				out = e.Output
			}
			hist = append(hist, []any{e.Session, e.Line, []any{e.Input, out}})
		} else {
			hist = append(hist, []any{e.Session, e.Line, e.Input})
		}
	}
	r.reply("history_reply", map[string]any{"status": "ok", "history": hist})
}
