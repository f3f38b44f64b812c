package notebook

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/lumenlab/lumen/kernel"
)

// RunOptions configure a headless run.
type RunOptions struct {
	Params   []Param       // injected after the cell tagged "parameters" (papermill's convention)
	Timeout  time.Duration // per cell; 0 means none
	Progress io.Writer     // one line per cell; nil for silence
	Version  string        // Lumen version for the report header
}

// Param is one -p name=value.
type Param struct{ Name, Value string }

// Result describes a finished (or failed) run.
type Result struct {
	FailedCell int // index in Notebook.Cells of the failing cell, -1 if none
	Err        *kernel.ExecError
	CellTimes  map[int]time.Duration
	Elapsed    time.Duration
}

var identRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ParseParam reads "name=value".
func ParseParam(s string) (Param, error) {
	i := strings.IndexByte(s, '=')
	if i <= 0 {
		return Param{}, fmt.Errorf("parameter %q: want name=value", s)
	}
	name := strings.TrimSpace(s[:i])
	if !identRe.MatchString(name) {
		return Param{}, fmt.Errorf("parameter %q: %q is not a valid name", s, name)
	}
	return Param{Name: name, Value: s[i+1:]}, nil
}

// literal renders a parameter value as dialect source: numbers, True,
// False and None stay literals, anything else becomes a string.
func literal(v string) string {
	t := strings.TrimSpace(v)
	if _, err := strconv.ParseInt(t, 10, 64); err == nil {
		return t
	}
	if _, err := strconv.ParseFloat(t, 64); err == nil {
		return t
	}
	switch t {
	case "True", "False", "None":
		return t
	}
	return strconv.Quote(v)
}

// InjectParams inserts a cell tagged "injected-parameters" after the cell
// tagged "parameters" (at the top if there is none), replacing an earlier
// injection.
func (nb *Notebook) InjectParams(params []Param) {
	if len(params) == 0 {
		return
	}
	var src strings.Builder
	src.WriteString("# Parameters\n")
	for _, p := range params {
		fmt.Fprintf(&src, "%s = %s\n", p.Name, literal(p.Value))
	}
	cell := &Cell{CellType: "code", Metadata: map[string]any{"tags": []any{"injected-parameters"}}, Source: Text(strings.TrimSuffix(src.String(), "\n")), Outputs: []Output{}}
	cells := nb.Cells[:0:0]
	at := 0
	for _, c := range nb.Cells {
		if c.HasTag("injected-parameters") {
			continue
		}
		cells = append(cells, c)
		if c.HasTag("parameters") {
			at = len(cells)
		}
	}
	cells = append(cells, nil)
	copy(cells[at+1:], cells[at:])
	cells[at] = cell
	nb.Cells = cells
}

// Run executes every code cell in order through lang, recording outputs in
// the cells. It stops at the first failing cell and marks it.
func Run(ctx context.Context, nb *Notebook, lang kernel.Language, opts RunOptions) *Result {
	nb.InjectParams(opts.Params)
	res := &Result{FailedCell: -1, CellTimes: map[int]time.Duration{}}
	start := time.Now()
	count := 0
	code := 0
	for _, c := range nb.Cells {
		if c.CellType == "code" {
			code++
		}
	}
	done := 0
	for i, c := range nb.Cells {
		if c.CellType != "code" {
			continue
		}
		c.Outputs = []Output{}
		c.ExecutionCount = nil
		delete(c.Metadata, "lumen")
		if strings.TrimSpace(string(c.Source)) == "" {
			continue
		}
		count++
		done++
		n := count
		c.ExecutionCount = &n
		io := &cellIO{cell: c, count: n}
		cctx, cancel := ctx, context.CancelFunc(func() {})
		if opts.Timeout > 0 {
			cctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		}
		t0 := time.Now()
		result, err := lang.Execute(cctx, string(c.Source), io)
		timedOut := cctx.Err() == context.DeadlineExceeded
		cancel()
		el := time.Since(t0)
		res.CellTimes[i] = el
		io.flush()
		if result != nil {
			c.Outputs = append(c.Outputs, Output{"output_type": "execute_result", "execution_count": n, "data": cleanBundle(result), "metadata": map[string]any{}})
		}
		c.Metadata["lumen"] = map[string]any{"duration_s": el.Seconds()}
		if opts.Progress != nil {
			status := "ok"
			if err != nil {
				status = "FAILED"
			}
			fmt.Fprintf(opts.Progress, "[%d/%d] cell %d (In [%d]) %s in %.2fs\n", done, code, i+1, n, status, el.Seconds())
		}
		if err != nil {
			if timedOut {
				err.Value = fmt.Sprintf("cell exceeded the timeout of %s (%s)", opts.Timeout, err.Value)
			}
			c.Outputs = append(c.Outputs, Output{"output_type": "error", "ename": err.Name, "evalue": err.Value, "traceback": toAny(err.Traceback)})
			c.Metadata["lumen"] = map[string]any{"duration_s": el.Seconds(), "exception": true}
			res.FailedCell, res.Err = i, err
			banner := &Cell{CellType: "markdown", Metadata: map[string]any{"tags": []any{"lumen-error"}},
				Source: Text(fmt.Sprintf("<span style=\"color:red;font-weight:bold\">An exception was raised in cell %d (In [%d]): %s: %s</span>", i+1, n, err.Name, err.Value))}
			nb.Cells = append([]*Cell{banner}, nb.Cells...)
			break
		}
	}
	res.Elapsed = time.Since(start)
	nb.recordRun(lang, opts, res)
	return res
}

// recordRun stores the report header facts in the notebook metadata.
func (nb *Notebook) recordRun(lang kernel.Language, opts RunOptions, res *Result) {
	host, _ := os.Hostname()
	params := map[string]any{}
	for _, p := range opts.Params {
		params[p.Name] = p.Value
	}
	meta := map[string]any{
		"version":   opts.Version,
		"date":      time.Now().UTC().Format(time.RFC3339),
		"elapsed_s": res.Elapsed.Seconds(),
		"machine":   fmt.Sprintf("%s, %s/%s, %d cores", host, runtime.GOOS, runtime.GOARCH, runtime.NumCPU()),
		"status":    "ok",
	}
	if len(params) > 0 {
		meta["parameters"] = params
	}
	if res.FailedCell >= 0 {
		meta["status"] = "failed"
	}
	if seed, err := lang.EvalExpression(context.Background(), "__import__('sys').modules['lumen'].get_seed() if 'lumen' in __import__('sys').modules else None"); err == nil {
		if s, ok := seed["text/plain"].(string); ok && s != "None" {
			meta["seed"] = s
		}
	}
	nb.Metadata["lumen"] = meta
	info := lang.Info()
	nb.Metadata["kernelspec"] = map[string]any{"display_name": "Lumen", "language": info.Name, "name": "lumen"}
	nb.Metadata["language_info"] = map[string]any{"name": info.Name, "version": info.Version, "mimetype": info.Mimetype,
		"file_extension": info.FileExtension, "pygments_lexer": info.PygmentsLexer, "codemirror_mode": info.CodemirrorMode}
}

func toAny(lines []string) []any {
	out := make([]any, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimSuffix(l, "\n")
	}
	return out
}

// cleanBundle turns MIME bundle values into what nbformat stores.
func cleanBundle(b kernel.MimeBundle) map[string]any {
	out := map[string]any{}
	for k, v := range b {
		if s, ok := v.(string); ok && (strings.HasPrefix(k, "text/") || k == "image/svg+xml") {
			out[k] = splitLines(s)
		} else {
			out[k] = v
		}
	}
	return out
}

// cellIO collects one cell's outputs the way Jupyter stores them.
type cellIO struct {
	cell       *Cell
	count      int
	streams    map[string]*strings.Builder
	order      []string
	clearOnNew bool
}

func (c *cellIO) ExecutionCount() int { return c.count }

type streamWriter struct {
	io   *cellIO
	name string
}

func (w streamWriter) Write(p []byte) (int, error) {
	c := w.io
	c.pendingClear()
	n := len(c.cell.Outputs)
	if n > 0 {
		if last := c.cell.Outputs[n-1]; last["output_type"] == "stream" && last["name"] == w.name {
			last["text"] = last["text"].(string) + string(p)
			return len(p), nil
		}
	}
	c.cell.Outputs = append(c.cell.Outputs, Output{"output_type": "stream", "name": w.name, "text": string(p)})
	return len(p), nil
}

func (c *cellIO) Stdout() io.Writer { return streamWriter{c, "stdout"} }
func (c *cellIO) Stderr() io.Writer { return streamWriter{c, "stderr"} }

func (c *cellIO) pendingClear() {
	if c.clearOnNew {
		c.cell.Outputs = []Output{}
		c.clearOnNew = false
	}
}

// Display appends display_data, or replaces the outputs with that display id.
func (c *cellIO) Display(data kernel.MimeBundle, metadata map[string]any, displayID string, update bool) {
	if metadata == nil {
		metadata = map[string]any{}
	}
	if update {
		for _, o := range c.cell.Outputs {
			if o["output_type"] == "display_data" && o["_display_id"] == displayID {
				o["data"] = cleanBundle(data)
				o["metadata"] = metadata
			}
		}
		return
	}
	c.pendingClear()
	o := Output{"output_type": "display_data", "data": cleanBundle(data), "metadata": metadata}
	if displayID != "" {
		o["_display_id"] = displayID
	}
	c.cell.Outputs = append(c.cell.Outputs, o)
}

func (c *cellIO) ClearOutput(wait bool) {
	if wait {
		c.clearOnNew = true
		return
	}
	c.cell.Outputs = []Output{}
}

var errNoInput = errors.New("input() is not available when a notebook runs headless; pass values as parameters (-p name=value)")

func (c *cellIO) Input(prompt string, password bool) (string, error) { return "", errNoInput }

// flush finalises stream texts into nbformat's line lists and drops the
// private display-id bookkeeping.
func (c *cellIO) flush() {
	for _, o := range c.cell.Outputs {
		if t, ok := o["text"].(string); ok {
			o["text"] = splitLines(t)
		}
		delete(o, "_display_id")
	}
}
