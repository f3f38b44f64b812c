package table

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sample(t *testing.T) *Table {
	t.Helper()
	tb := New()
	if err := tb.AddFloat("T", []float64{1.5, 2.25, 3}); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddString("phase", []string{"ordered", "critical", "disordered"}); err != nil {
		t.Fatal(err)
	}
	if err := tb.AddFloat("C", []float64{0.5, math.NaN(), 1e-7}); err != nil {
		t.Fatal(err)
	}
	return tb
}

func TestColumnsAndRows(t *testing.T) {
	tb := sample(t)
	if tb.Len() != 3 || tb.NumColumns() != 3 {
		t.Fatalf("len %d cols %d", tb.Len(), tb.NumColumns())
	}
	if got := strings.Join(tb.Columns(), ","); got != "T,phase,C" {
		t.Fatalf("columns %s", got)
	}
	c, ok := tb.Column("phase")
	if !ok || c.Kind != String || c.Strings[1] != "critical" {
		t.Fatalf("phase column %+v", c)
	}
	if _, ok := tb.Column("nope"); ok {
		t.Fatal("found missing column")
	}
	row, err := tb.Row(-1)
	if err != nil || row[0] != 3.0 || row[1] != "disordered" {
		t.Fatalf("row -1 = %v, %v", row, err)
	}
	if _, err := tb.Row(3); err == nil {
		t.Fatal("row 3 of 3 accepted")
	}
	if err := tb.AppendRow(4, "hot", 0.25); err != nil {
		t.Fatal(err)
	}
	if tb.Len() != 4 {
		t.Fatalf("len after append %d", tb.Len())
	}
}

func TestErrors(t *testing.T) {
	tb := sample(t)
	cases := map[string]error{
		"length":    tb.AddFloat("x", []float64{1}),
		"duplicate": tb.AddFloat("T", []float64{1, 2, 3}),
		"empty":     tb.AddFloat("", []float64{1, 2, 3}),
		"width":     tb.AppendRow(1.0),
		"kind":      tb.AppendRow("a", "b", 1.0),
		"kind2":     tb.AppendRow(1.0, 2.0, 1.0),
		"nocols":    New().AppendRow(1.0),
	}
	for name, err := range cases {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if tb.Len() != 3 {
		t.Fatalf("failed appends changed the table: len %d", tb.Len())
	}
}

func TestCSV(t *testing.T) {
	tb := sample(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := tb.WriteCSV(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"T", "phase", "C"}, {"1.5", "ordered", "0.5"}, {"2.25", "critical", "NaN"}, {"3", "disordered", "1e-07"}}
	if len(recs) != len(want) {
		t.Fatalf("csv %v", recs)
	}
	for i := range want {
		if strings.Join(recs[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %v, want %v", i, recs[i], want[i])
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temp files left behind: %v", entries)
	}
	if err := tb.WriteCSV(filepath.Join(dir, "missing", "x.csv")); err == nil {
		t.Fatal("write into a missing directory succeeded")
	}
}

func TestRendering(t *testing.T) {
	tb := sample(t)
	s := tb.String()
	for _, w := range []string{"T", "phase", "critical", "nan", "1e-07"} {
		if !strings.Contains(s, w) {
			t.Errorf("String() lacks %q:\n%s", w, s)
		}
	}
	long := New()
	x := make([]float64, 100)
	for i := range x {
		x[i] = float64(i)
	}
	long.AddFloat("i", x)
	h := long.HTML()
	if n := strings.Count(h, "<tr>"); n != ShownHead+ShownTail+2 {
		t.Errorf("HTML has %d rows:\n%s", n, h)
	}
	if !strings.Contains(h, "100 rows × 1 columns") || !strings.Contains(h, "…") || !strings.Contains(h, "<td style=\"text-align:right;padding:1px 6px\">99</td>") {
		t.Errorf("HTML truncation wrong:\n%s", h)
	}
	if strings.Contains(h, ">50<") {
		t.Errorf("HTML shows a middle row")
	}
	ls := long.String()
	if !strings.Contains(ls, "[100 rows × 1 columns]") || strings.Count(ls, "\n") != ShownHead+ShownTail+2 {
		t.Errorf("String truncation wrong:\n%s", ls)
	}
	esc := New()
	esc.AddString("name", []string{"<b>&"})
	if !strings.Contains(esc.HTML(), "&lt;b&gt;&amp;") {
		t.Errorf("HTML not escaped: %s", esc.HTML())
	}
}
