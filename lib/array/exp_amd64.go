package array

import (
	"math"

	"golang.org/x/sys/cpu"
)

// expConsts feeds expAVX2 (exp_amd64.s); the order is fixed by the assembly.
var expConsts = [11]uint64{
	math.Float64bits(expInvLn2N), math.Float64bits(expShifter),
	math.Float64bits(expNegLn2HiN), math.Float64bits(expNegLn2LoN),
	math.Float64bits(expC2), math.Float64bits(expC3),
	math.Float64bits(expC4), math.Float64bits(expC5),
	math.Float64bits(expFastLo), math.Float64bits(expFastHi),
	127,
}

var haveAVX2 = cpu.X86.HasAVX2

//go:noescape
func expAVX2(dst, src *float64, n int, tab *uint64) int

// expSliceVec does what it can of expSlice four lanes at a time and returns
// how many leading elements it wrote.
func expSliceVec(dst, src []float64) int {
	if !haveAVX2 || len(dst) < 4 {
		return 0
	}
	return expAVX2(&dst[0], &src[0], len(dst)&^3, &expTab[0])
}

func haveVectorExp() bool { return haveAVX2 }
