//go:build !cgo

package stdlib

import "math"

// Without cgo the math module falls back to Go's math package, which may
// differ from CPython (glibc) in the last bit for some inputs.

var (
	cSin, cCos, cTan, cAsin, cAcos, cAtan = math.Sin, math.Cos, math.Tan, math.Asin, math.Acos, math.Atan
	cSinh, cCosh, cTanh                   = math.Sinh, math.Cosh, math.Tanh
	cAsinh, cAcosh, cAtanh                = math.Asinh, math.Acosh, math.Atanh
	cExp, cExp2, cExpm1                   = math.Exp, math.Exp2, math.Expm1
	cLog, cLog2, cLog10, cLog1p           = math.Log, math.Log2, math.Log10, math.Log1p
	cCbrt, cErf, cErfc                    = math.Cbrt, math.Erf, math.Erfc
	cAtan2, cPow                          = math.Atan2, math.Pow
)
