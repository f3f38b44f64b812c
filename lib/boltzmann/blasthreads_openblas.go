//go:build openblas && cgo

package boltzmann

/*
#cgo LDFLAGS: -lopenblas
int openblas_get_num_threads(void);
void openblas_set_num_threads(int);
*/
import "C"

import "sync"

// OpenBLAS's own threads spin while they wait for work; when this package
// runs its fixed blocks of chains on several goroutines (each block calls
// the BLAS with a small product), those threads would compete for the same
// cores. serialBLAS switches OpenBLAS to one thread while such a parallel
// section runs and restores the previous count when the last one ends.
// The setting is process-wide: other products that run meanwhile are
// single-threaded too (correct, only slower).
var blasThreads struct {
	sync.Mutex
	users int
	saved C.int
}

func serialBLAS() (restore func()) {
	blasThreads.Lock()
	if blasThreads.users == 0 {
		blasThreads.saved = C.openblas_get_num_threads()
		if blasThreads.saved > 1 {
			C.openblas_set_num_threads(1)
		}
	}
	blasThreads.users++
	blasThreads.Unlock()
	return func() {
		blasThreads.Lock()
		blasThreads.users--
		if blasThreads.users == 0 && blasThreads.saved > 1 {
			C.openblas_set_num_threads(blasThreads.saved)
		}
		blasThreads.Unlock()
	}
}

// blasThreadCount reports OpenBLAS's current thread count.
func blasThreadCount() int { return int(C.openblas_get_num_threads()) }
