package lumen_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestNumpyCorpus runs each testdata/numpy/*.py program (written with
// "import lumen as np") and compares what it prints with the .out beside it,
// which is numpy's output for the same program with "import numpy as np".
// Where Debian's numpy is installed the .out files are checked against it
// too, so they cannot drift from numpy; LUMEN_UPDATE_CORPUS=1 rewrites them.
func TestNumpyCorpus(t *testing.T) {
	progs, _ := filepath.Glob("testdata/numpy/*.py")
	if len(progs) < 7 {
		t.Fatalf("found %d corpus programs", len(progs))
	}
	_, npErr := exec.Command("/usr/bin/python3", "-c", "import numpy").CombinedOutput()
	for _, p := range progs {
		t.Run(strings.TrimSuffix(filepath.Base(p), ".py"), func(t *testing.T) {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			outPath := strings.TrimSuffix(p, ".py") + ".out"
			if npErr == nil {
				cmd := exec.Command("/usr/bin/python3", "-")
				cmd.Stdin = strings.NewReader(strings.Replace(string(src), "import lumen as np", "import numpy as np", 1))
				np, err := cmd.Output()
				if err != nil {
					t.Fatalf("numpy run: %v", err)
				}
				if os.Getenv("LUMEN_UPDATE_CORPUS") != "" {
					if err := os.WriteFile(outPath, np, 0o644); err != nil {
						t.Fatal(err)
					}
				}
				if want, _ := os.ReadFile(outPath); string(want) != string(np) {
					t.Fatalf("%s is not numpy's output any more; rerun with LUMEN_UPDATE_CORPUS=1", outPath)
				}
			}
			want, err := os.ReadFile(outPath)
			if err != nil {
				t.Fatal(err)
			}
			if got := run(t, string(src)); got != string(want) {
				t.Errorf("got:\n%s\nwant (numpy):\n%s", got, want)
			}
		})
	}
}
