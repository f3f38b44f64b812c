// Package bench compares lib/array with numpy on the same machine:
//
//	go test -run NumpyRatio -v ./bench/array/
//
// It needs Debian's python3-numpy at /usr/bin/python3.
package bench

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/lumenlab/lumen/lib/array"
	"github.com/lumenlab/lumen/lib/rng"
)

const numpyScript = `
import numpy as np, timeit
a, b, c = (np.random.rand(10**6) for _ in range(3))
m = np.random.rand(1000, 1000)
x, y = np.random.rand(512, 512), np.random.rand(512, 512)
for name, f in [("a*b+c", lambda: a*b+c), ("exp", lambda: np.exp(a)), ("sum0", lambda: m.sum(axis=0)),
                ("sum1", lambda: m.sum(axis=1)), ("matmul512", lambda: x.dot(y))]:
    n = 20
    print(name, min(timeit.repeat(f, number=n, repeat=5)) / n)
`

func best(f func(), n int) float64 {
	bestT := 1e9
	for r := 0; r < 5; r++ {
		t := time.Now()
		for i := 0; i < n; i++ {
			f()
		}
		bestT = min(bestT, time.Since(t).Seconds()/float64(n))
	}
	return bestT
}

// TestNumpyRatio prints lib/array's time beside numpy's; it is a benchmark,
// run by `make bench` (LUMEN_BENCH=1), not part of the test suite.
func TestNumpyRatio(t *testing.T) {
	if os.Getenv("LUMEN_BENCH") == "" {
		t.Skip("benchmark: run with LUMEN_BENCH=1 (make bench)")
	}
	src := rng.New(1)
	a, _ := array.Rand(src.Split(0), 1000000)
	b, _ := array.Rand(src.Split(1), 1000000)
	c, _ := array.Rand(src.Split(2), 1000000)
	m, _ := array.Rand(src.Split(3), 1000, 1000)
	x, _ := array.Rand(src.Split(4), 512, 512)
	y, _ := array.Rand(src.Split(5), 512, 512)
	ax0, ax1 := 0, 1
	ops := map[string]func(){
		// what a script's a*b + c runs: the sum goes into the temporary a*b (as numpy's
		// temporary elision does), see scripting.TempArith
		"a*b+c":     func() { p, _ := array.Binary(array.Mul, a, b); array.BinaryReuse(array.Add, p, c, true, false) },
		"exp":       func() { array.Unary(array.Exp, a) },
		"sum0":      func() { m.Sum(&ax0, false) },
		"sum1":      func() { m.Sum(&ax1, false) },
		"matmul512": func() { array.Dot(x, y) },
	}
	// Rounds alternate numpy and Lumen so that both see the same machine load
	// (the machine is shared); each side keeps its best time.
	np, ours := map[string]float64{}, map[string]float64{}
	for round := 0; round < 4; round++ {
		out, err := exec.Command("/usr/bin/python3", "-c", numpyScript).Output()
		if err != nil {
			t.Skipf("numpy unavailable: %v (apt-get install -y python3-numpy)", err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Fields(l)
			v, _ := strconv.ParseFloat(f[1], 64)
			if old, ok := np[f[0]]; !ok || v < old {
				np[f[0]] = v
			}
		}
		for k, f := range ops {
			n := 20
			if k == "matmul512" {
				n = 5
			}
			v := best(f, n)
			if old, ok := ours[k]; !ok || v < old {
				ours[k] = v
			}
		}
	}
	for _, k := range []string{"a*b+c", "exp", "sum0", "sum1", "matmul512"} {
		t.Logf("%-10s lumen %8.3f ms  numpy %8.3f ms  ratio %.2f", k, ours[k]*1e3, np[k]*1e3, ours[k]/np[k])
	}
}
