package array

import (
	"runtime"
	"sync"
)

// chunk is the fixed work unit for parallel loops: boundaries depend only on
// n, so results never depend on how many goroutines run.
const chunk = 1 << 15

// parallelMin is the size below which loops run on the calling goroutine.
const parallelMin = 1 << 16

// parallelFor runs fn over [0, n) in fixed chunks, on up to GOMAXPROCS
// goroutines when n is large.
func parallelFor(n int, fn func(lo, hi int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < parallelMin || workers < 2 {
		fn(0, n)
		return
	}
	nchunks := (n + chunk - 1) / chunk
	if workers > nchunks {
		workers = nchunks
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				c := next
				next++
				mu.Unlock()
				if c >= nchunks {
					return
				}
				lo := c * chunk
				hi := min(lo+chunk, n)
				fn(lo, hi)
			}
		}()
	}
	wg.Wait()
}

// parallelRows runs fn over [0, rows) where each row costs about cost
// elements of work; chunks hold a fixed number of rows.
func parallelRows(rows, cost int, fn func(lo, hi int)) {
	if cost < 1 {
		cost = 1
	}
	per := max(1, chunk/cost)
	workers := runtime.GOMAXPROCS(0)
	if rows*cost < parallelMin || workers < 2 || rows < 2 {
		fn(0, rows)
		return
	}
	nchunks := (rows + per - 1) / per
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := 0; w < min(workers, nchunks); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				c := next
				next++
				mu.Unlock()
				if c >= nchunks {
					return
				}
				fn(c*per, min(c*per+per, rows))
			}
		}()
	}
	wg.Wait()
}
