// Package notebook reads, runs and exports Jupyter notebooks (nbformat 4)
// through the same kernel.Language code path the Jupyter kernel uses, in
// process: `lumen notebook run` and `lumen notebook export`.
package notebook

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Notebook is an nbformat 4 document. Unknown fields are kept as raw JSON so
// a round trip does not lose anything.
type Notebook struct {
	Cells         []*Cell        `json:"cells"`
	Metadata      map[string]any `json:"metadata"`
	NBFormat      int            `json:"nbformat"`
	NBFormatMinor int            `json:"nbformat_minor"`
}

// Cell is one notebook cell.
type Cell struct {
	CellType       string         `json:"cell_type"`
	ID             string         `json:"id,omitempty"`
	Metadata       map[string]any `json:"metadata"`
	Source         Text           `json:"source"`
	Outputs        []Output       `json:"outputs,omitempty"`
	ExecutionCount *int           `json:"execution_count,omitempty"`
	Attachments    map[string]any `json:"attachments,omitempty"`
}

// Output is one output of a code cell, as nbformat stores it.
type Output map[string]any

// Text is nbformat's multiline string: a string or a list of lines.
type Text string

func (t *Text) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*t = Text(s)
		return nil
	}
	var lines []string
	if err := json.Unmarshal(b, &lines); err != nil {
		return fmt.Errorf("source must be a string or a list of strings")
	}
	*t = Text(strings.Join(lines, ""))
	return nil
}

func (t Text) MarshalJSON() ([]byte, error) { return json.Marshal(splitLines(string(t))) }

// splitLines is nbformat's line list: every line keeps its newline.
func splitLines(s string) []string {
	if s == "" {
		return []string{}
	}
	var out []string
	for len(s) > 0 {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
	return out
}

// Tags returns a cell's metadata tags.
func (c *Cell) Tags() []string {
	raw, _ := c.Metadata["tags"].([]any)
	var out []string
	for _, t := range raw {
		if s, ok := t.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// HasTag reports whether the cell carries tag.
func (c *Cell) HasTag(tag string) bool {
	for _, t := range c.Tags() {
		if t == tag {
			return true
		}
	}
	return false
}

// Read loads and validates a notebook; malformed input gets a clear error.
func Read(path string) (*Notebook, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(data, path)
}

// Parse validates notebook JSON; name is used in error messages.
func Parse(data []byte, name string) (*Notebook, error) {
	var probe struct {
		NBFormat *int `json:"nbformat"`
	}
	if err := json.Unmarshal(data, &probe); err != nil {
		return nil, fmt.Errorf("%s: not a notebook: invalid JSON: %v", name, err)
	}
	if probe.NBFormat == nil {
		return nil, fmt.Errorf("%s: not a notebook: no nbformat field", name)
	}
	if *probe.NBFormat < 4 {
		return nil, fmt.Errorf("%s: nbformat %d is not supported (need 4; convert with `jupyter nbconvert --to notebook --nbformat 4`)", name, *probe.NBFormat)
	}
	var nb Notebook
	if err := json.Unmarshal(data, &nb); err != nil {
		return nil, fmt.Errorf("%s: malformed notebook: %v", name, err)
	}
	for i, c := range nb.Cells {
		if c == nil {
			return nil, fmt.Errorf("%s: cell %d is null", name, i+1)
		}
		switch c.CellType {
		case "code", "markdown", "raw":
		default:
			return nil, fmt.Errorf("%s: cell %d has unknown cell_type %q (want code, markdown or raw)", name, i+1, c.CellType)
		}
		if c.Metadata == nil {
			c.Metadata = map[string]any{}
		}
	}
	if nb.Metadata == nil {
		nb.Metadata = map[string]any{}
	}
	return &nb, nil
}

// Marshal renders the notebook as nbformat JSON (one-space indent, like Jupyter).
func (nb *Notebook) Marshal() ([]byte, error) {
	for _, c := range nb.Cells {
		if c.CellType == "code" && c.Outputs == nil {
			c.Outputs = []Output{}
		}
	}
	b, err := json.MarshalIndent(nb, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// WriteFileAtomic writes data to a temp file beside path, then renames it,
// so readers never see a half-written file.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
