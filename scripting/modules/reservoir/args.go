package reservoir

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

// progressBar is lm.progress driven from Go: the same bar (notebook output
// updated in place, terminal bar on a TTY stderr, silent otherwise).
type progressBar struct{ p s.Object }

func newProgressBar(th *s.Thread, on bool, total int, desc string) *progressBar {
	if !on {
		return nil
	}
	mod := s.Call(th, th.Interp().Builtins().Get("__import__"), []s.Object{s.Str("lumen")}, nil)
	fn := s.GetAttr(th, mod, "progress")
	return &progressBar{p: s.Call(th, fn, nil, s.Kwargs{{Name: "total", Value: s.Int(total)}, {Name: "desc", Value: s.Str(desc)}})}
}

func (b *progressBar) update(th *s.Thread, n int) {
	if b != nil {
		s.CallMethod(th, b.p, "update", []s.Object{s.Int(n)}, nil)
	}
}

func (b *progressBar) close(th *s.Thread) {
	if b != nil {
		s.CallMethod(th, b.p, "close", nil, nil)
	}
}
