package nanolaser

import (
	s "github.com/lumenlab/lumen/scripting"
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

// withProgress runs work with a progress bar when the script's progress
// argument is true (work gets the fraction-done callback, nil without a
// bar), then raises KeyboardInterrupt or the error as the function fn's.
func withProgress(th *s.Thread, fn string, on s.Object, label string, work func(progress func(float64)) error) {
	const ticks = 1000
	bar := lumen.OptionalBar(th, on != nil && s.Truth(th, on), ticks, label)
	var progress func(float64)
	if bar != nil {
		progress = func(f float64) { bar.Set(int(f * ticks)) }
	}
	err := work(progress)
	bar.Set(ticks)
	bar.Close()
	th.CheckInterrupt()
	check(th, fn, err)
}
