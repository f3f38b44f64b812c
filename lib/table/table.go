package table

import (
	"fmt"
	"math"
	"strconv"
)

// Kind says what a column holds.
type Kind int

const (
	// Float columns hold float64 values (NaN for missing).
	Float Kind = iota
	// String columns hold text.
	String
)

func (k Kind) String() string {
	if k == String {
		return "str"
	}
	return "float64"
}

// Column is one named column; exactly one of Floats and Strings is used,
// according to Kind.
type Column struct {
	Name    string
	Kind    Kind
	Floats  []float64
	Strings []string
}

// Len is the number of values.
func (c *Column) Len() int {
	if c.Kind == String {
		return len(c.Strings)
	}
	return len(c.Floats)
}

// Value returns value i as float64 or string.
func (c *Column) Value(i int) any {
	if c.Kind == String {
		return c.Strings[i]
	}
	return c.Floats[i]
}

// Format renders value i for display: floats with 6 significant digits.
func (c *Column) Format(i int) string {
	if c.Kind == String {
		return c.Strings[i]
	}
	return FormatFloat(c.Floats[i])
}

// FormatFloat renders a float for display (%.6g; integers without a point;
// "nan", "inf", "-inf").
func FormatFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return strconv.FormatFloat(v, 'g', 6, 64)
}

// Table is an ordered set of equal-length named columns.
type Table struct {
	cols  []*Column
	index map[string]int
	n     int
}

// New returns an empty table (no columns, no rows).
func New() *Table { return &Table{index: map[string]int{}} }

// Len is the number of rows.
func (t *Table) Len() int { return t.n }

// Columns returns the column names in order.
func (t *Table) Columns() []string {
	out := make([]string, len(t.cols))
	for i, c := range t.cols {
		out[i] = c.Name
	}
	return out
}

// Column returns the named column (nil, false if absent). The column shares
// its storage with the table.
func (t *Table) Column(name string) (*Column, bool) {
	i, ok := t.index[name]
	if !ok {
		return nil, false
	}
	return t.cols[i], true
}

// ColumnAt returns column i in order.
func (t *Table) ColumnAt(i int) *Column { return t.cols[i] }

// NumColumns is the number of columns.
func (t *Table) NumColumns() int { return len(t.cols) }

func (t *Table) add(c *Column) error {
	if c.Name == "" {
		return fmt.Errorf("table: column name must not be empty")
	}
	if _, dup := t.index[c.Name]; dup {
		return fmt.Errorf("table: duplicate column name %q", c.Name)
	}
	if len(t.cols) > 0 && c.Len() != t.n {
		return fmt.Errorf("table: column %q has %d values, want %d (the table's length)", c.Name, c.Len(), t.n)
	}
	t.n = c.Len()
	t.index[c.Name] = len(t.cols)
	t.cols = append(t.cols, c)
	return nil
}

// AddFloat appends a float column; the table keeps vals (no copy).
func (t *Table) AddFloat(name string, vals []float64) error {
	if vals == nil {
		vals = []float64{}
	}
	return t.add(&Column{Name: name, Kind: Float, Floats: vals})
}

// AddString appends a string column; the table keeps vals (no copy).
func (t *Table) AddString(name string, vals []string) error {
	if vals == nil {
		vals = []string{}
	}
	return t.add(&Column{Name: name, Kind: String, Strings: vals})
}

// AppendRow appends one value per column, in column order: float64 (or any
// Go integer or float type) for float columns, string for string columns.
func (t *Table) AppendRow(vals ...any) error {
	if len(t.cols) == 0 {
		return fmt.Errorf("table: AppendRow on a table without columns")
	}
	if len(vals) != len(t.cols) {
		return fmt.Errorf("table: row has %d values, want %d (one per column)", len(vals), len(t.cols))
	}
	fs := make([]float64, len(vals))
	for i, v := range vals {
		c := t.cols[i]
		if c.Kind == String {
			if _, ok := v.(string); !ok {
				return fmt.Errorf("table: column %q holds strings, got %T", c.Name, v)
			}
			continue
		}
		f, ok := toFloat(v)
		if !ok {
			return fmt.Errorf("table: column %q holds numbers, got %T", c.Name, v)
		}
		fs[i] = f
	}
	for i, v := range vals {
		c := t.cols[i]
		if c.Kind == String {
			c.Strings = append(c.Strings, v.(string))
		} else {
			c.Floats = append(c.Floats, fs[i])
		}
	}
	t.n++
	return nil
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case int32:
		return float64(x), true
	case uint64:
		return float64(x), true
	case uint32:
		return float64(x), true
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// Row returns row i (negative i counts from the end) as one value per
// column, float64 or string.
func (t *Table) Row(i int) ([]any, error) {
	if i < 0 {
		i += t.n
	}
	if i < 0 || i >= t.n {
		return nil, fmt.Errorf("table: row index out of range: the table has %d rows", t.n)
	}
	out := make([]any, len(t.cols))
	for k, c := range t.cols {
		out[k] = c.Value(i)
	}
	return out, nil
}
