package stdlib

import "syscall"

// statTimes returns atime, mtime, ctime as CPython computes them (sec + nsec*1e-9).
func statTimes(st *syscall.Stat_t) (float64, float64, float64) {
	f := func(t syscall.Timespec) float64 { return float64(t.Sec) + float64(t.Nsec)*1e-9 }
	return f(st.Atim), f(st.Mtim), f(st.Ctim)
}
