package table_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tbl "github.com/lumenlab/lumen/lib/table"
	"github.com/lumenlab/lumen/scripting"
	_ "github.com/lumenlab/lumen/scripting/modules/lumen"
	"github.com/lumenlab/lumen/scripting/modules/table"
	_ "github.com/lumenlab/lumen/scripting/stdlib"
)

func newInterp(out *bytes.Buffer) *scripting.Interp {
	in := scripting.New(scripting.Options{Stdout: out, Stderr: out})
	in.SetGlobal("Table", table.TableType)
	return in
}

func exec(in *scripting.Interp, src string) (scripting.Object, error) {
	v, err := in.Exec(context.Background(), "import lumen as lm\n"+src, "<test>")
	var se *scripting.Error
	if errors.As(err, &se) {
		return nil, errors.New(se.Traceback())
	}
	return v, err
}

func TestScriptTable(t *testing.T) {
	var out bytes.Buffer
	in := newInterp(&out)
	path := filepath.Join(t.TempDir(), "t.csv")
	v, err := exec(in, `
t = Table({"T": [1.5, 2.0, 2.5], "C": lm.array([0.5, 1.5, 0.7]), "phase": ["low", "mid", "high"]})
assert len(t) == 3 and t.columns == ["T", "C", "phase"] and t.shape == (3, 3)
c = t["C"]
assert type(c).__name__ == "Array" and c.shape == (3,) and c.argmax() == 1
assert t["phase"] == ["low", "mid", "high"]
assert "C" in t and "x" not in t
rows = [r for r in t]
assert rows[1] == {"T": 2.0, "C": 1.5, "phase": "mid"}, rows
assert t.row(-1)["phase"] == "high" and t[0]["T"] == 1.5
t.to_csv(`+"'"+path+`')
d = t.to_dict()
assert list(d.keys()) == ["T", "C", "phase"]
print(repr(t))
e = Table()
assert len(e) == 0 and e.columns == []
try:
    t["nope"]
    assert False
except KeyError as ex:
    assert "nope" in str(ex) and "'T'" in str(ex)
try:
    t.row(3)
    assert False
except IndexError:
    pass
try:
    Table({"a": [1, 2], "b": [1]})
    assert False
except ValueError as ex:
    assert "'b'" in str(ex) or '"b"' in str(ex), str(ex)
try:
    Table([1, 2])
    assert False
except TypeError as ex:
    assert "columns" in str(ex)
t
`)
	if err != nil {
		t.Fatal(err, out.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != "T,C,phase\n1.5,0.5,low\n2,1.5,mid\n2.5,0.7,high\n" {
		t.Errorf("csv:\n%s", data)
	}
	if !strings.Contains(out.String(), "phase") || !strings.Contains(out.String(), "  1.5") {
		t.Errorf("repr:\n%s", out.String())
	}
	b := in.MimeBundle(v)
	if h, _ := b["text/html"].(string); !strings.Contains(h, "<table class=\"lumen-table\"") || !strings.Contains(h, ">mid<") {
		t.Errorf("html: %v", b)
	}
}

func TestWrap(t *testing.T) {
	tb := tbl.New()
	tb.AddFloat("x", []float64{1, 2})
	var out bytes.Buffer
	in := newInterp(&out)
	in.SetGlobal("t", table.Wrap(tb))
	if _, err := exec(in, "assert t['x'].tolist() == [1.0, 2.0]\nassert isinstance(t, Table)"); err != nil {
		t.Fatal(err)
	}
}
