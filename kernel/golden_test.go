package kernel

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.txt")

// golden accumulates labelled transcripts and compares them with testdata/golden/NAME.txt.
type golden struct {
	t    *testing.T
	name string
	b    strings.Builder
}

func newGolden(t *testing.T) *golden {
	g := &golden{t: t, name: strings.ReplaceAll(t.Name(), "/", "_")}
	t.Cleanup(g.check)
	return g
}

func (g *golden) add(label string, reply *Message, iopub []*Message) {
	g.b.WriteString("--- " + label + "\n")
	g.b.WriteString(transcript(reply, iopub))
}

func (g *golden) check() {
	if g.t.Failed() {
		return
	}
	path := filepath.Join("testdata", "golden", g.name+".txt")
	got := g.b.String()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			g.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			g.t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		g.t.Fatalf("%v (run go test -run %s -update)", err, g.t.Name())
	}
	if got != string(want) {
		g.t.Errorf("transcript differs from %s\n--- got:\n%s--- want:\n%s", path, got, want)
	}
}
