package lumen

import (
	"context"
	"strings"
	"testing"
	"time"

	s "github.com/lumenlab/lumen/scripting"
)

// TestProgressInNotebook checks the notebook behaviour: one output, then
// in-place updates under one display id, throttled to ~10/s, ending at 100%.
func TestProgressInNotebook(t *testing.T) {
	type pub struct {
		id     string
		update bool
		text   string
	}
	var pubs []pub
	in := s.New(s.Options{Display: func(b map[string]any, md map[string]any, id string, update bool) {
		pubs = append(pubs, pub{id, update, b["text/plain"].(string)})
		if _, ok := b["text/html"]; !ok {
			t.Errorf("progress bundle lacks text/html")
		}
	}})
	start := time.Now()
	_, err := in.Exec(context.Background(), "import lumen as lm, time\nfor i in lm.progress(range(30), desc='fit'):\n    time.sleep(0.01)\n", "<cell>")
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	if len(pubs) < 2 {
		t.Fatalf("got %d publications, want a first display and updates", len(pubs))
	}
	if pubs[0].update || pubs[0].id == "" {
		t.Fatalf("first publication must be a new display with an id: %+v", pubs[0])
	}
	for _, p := range pubs[1:] {
		if !p.update || p.id != pubs[0].id {
			t.Fatalf("later publications must update the same output: %+v", p)
		}
	}
	if max := int(elapsed/progressInterval) + 3; len(pubs) > max {
		t.Fatalf("%d updates in %v: not throttled (max %d)", len(pubs), elapsed, max)
	}
	last := pubs[len(pubs)-1].text
	if !strings.Contains(last, "30/30") || !strings.Contains(last, "fit") {
		t.Fatalf("final state %q", last)
	}
}
