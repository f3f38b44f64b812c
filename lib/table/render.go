package table

import (
	"encoding/csv"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxShownRows is the most rows String and HTML show; longer tables show
// their first ShownHead and last ShownTail rows around an ellipsis row.
const (
	MaxShownRows = 20
	ShownHead    = 10
	ShownTail    = 5
)

// shownRows returns the row indices to display, with -1 standing for the
// ellipsis row.
func (t *Table) shownRows() []int {
	var rows []int
	if t.n <= MaxShownRows {
		for i := 0; i < t.n; i++ {
			rows = append(rows, i)
		}
		return rows
	}
	for i := 0; i < ShownHead; i++ {
		rows = append(rows, i)
	}
	rows = append(rows, -1)
	for i := t.n - ShownTail; i < t.n; i++ {
		rows = append(rows, i)
	}
	return rows
}

// String renders the table as aligned text: a header, the rows (numbers
// right-aligned, text left-aligned) and, when rows were left out, a line
// giving the size.
func (t *Table) String() string {
	if len(t.cols) == 0 {
		return "Table(0 rows, no columns)"
	}
	rows := t.shownRows()
	cells := make([][]string, len(t.cols))
	width := make([]int, len(t.cols))
	for k, c := range t.cols {
		cells[k] = make([]string, len(rows))
		width[k] = utf8.RuneCountInString(c.Name)
		for r, i := range rows {
			s := "…"
			if i >= 0 {
				s = c.Format(i)
			}
			cells[k][r] = s
			width[k] = max(width[k], utf8.RuneCountInString(s))
		}
	}
	pad := func(s string, w int, right bool) string {
		p := strings.Repeat(" ", w-utf8.RuneCountInString(s))
		if right {
			return p + s
		}
		return s + p
	}
	var b strings.Builder
	for k, c := range t.cols {
		if k > 0 {
			b.WriteString("  ")
		}
		b.WriteString(pad(c.Name, width[k], c.Kind == Float))
	}
	for r := range rows {
		b.WriteByte('\n')
		for k, c := range t.cols {
			if k > 0 {
				b.WriteString("  ")
			}
			b.WriteString(pad(cells[k][r], width[k], c.Kind == Float))
		}
	}
	if t.n > MaxShownRows || t.n == 0 {
		fmt.Fprintf(&b, "\n[%d rows × %d columns]", t.n, len(t.cols))
	}
	return b.String()
}

// HTML renders a compact <table class="lumen-table"> with a header row;
// long tables are truncated like String and captioned with their size.
func (t *Table) HTML() string {
	var b strings.Builder
	b.WriteString(`<table class="lumen-table" style="border-collapse:collapse;font-size:smaller">`)
	fmt.Fprintf(&b, `<caption style="caption-side:bottom;text-align:left">%d rows × %d columns</caption>`, t.n, len(t.cols))
	b.WriteString("<thead><tr>")
	for _, c := range t.cols {
		b.WriteString(`<th style="text-align:right;padding:1px 6px">` + html.EscapeString(c.Name) + "</th>")
	}
	b.WriteString("</tr></thead><tbody>")
	for _, i := range t.shownRows() {
		b.WriteString("<tr>")
		for _, c := range t.cols {
			s := "…"
			if i >= 0 {
				s = c.Format(i)
			}
			align := "right"
			if c.Kind == String {
				align = "left"
			}
			b.WriteString(`<td style="text-align:` + align + `;padding:1px 6px">` + html.EscapeString(s) + "</td>")
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</tbody></table>")
	return b.String()
}

// WriteCSV writes the table with a header row to path, through a temporary
// file in the same directory renamed into place.
func (t *Table) WriteCSV(path string) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
		}
	}()
	w := csv.NewWriter(f)
	if err = w.Write(t.Columns()); err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	rec := make([]string, len(t.cols))
	for i := 0; i < t.n; i++ {
		for k, c := range t.cols {
			if c.Kind == String {
				rec[k] = c.Strings[i]
			} else {
				rec[k] = strconv.FormatFloat(c.Floats[i], 'g', -1, 64)
			}
		}
		if err = w.Write(rec); err != nil {
			return fmt.Errorf("table: write %s: %w", path, err)
		}
	}
	w.Flush()
	if err = w.Error(); err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	if err = os.Chmod(tmp, 0o644); err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	if err = os.Rename(tmp, path); err != nil {
		return fmt.Errorf("table: write %s: %w", path, err)
	}
	return nil
}
