package reservoir

import (
	"github.com/lumenlab/lumen/scripting/modules/lumen"
)

// Shared argument readers and error mapping (the binding toolkit).
var (
	given      = lumen.Given
	intArg     = lumen.IntArg
	floatArg   = lumen.FloatArg
	rangeArg   = lumen.RangeArg
	strArg     = lumen.StrArg
	seedArg    = lumen.SeedArg
	strip      = lumen.Strip
	check      = lumen.CheckErr
	wrapMatrix = lumen.WrapMatrix
)
