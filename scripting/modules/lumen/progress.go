package lumen

import (
	"fmt"
	"html"
	"io"
	"os"
	"strings"
	"time"

	s "github.com/lumenlab/lumen/scripting"
)

// Progress is lm.progress: one bar for long loops. In a notebook it is one
// output updated in place (at most ~10 updates/s); in a terminal a bar on
// stderr when stderr is a TTY; otherwise silent.
type Progress struct {
	in        *s.Interp
	desc      string
	n, total  int
	start     time.Time
	last      time.Time
	displayID string
	shown     bool
	closed    bool
	tty       io.Writer
}

var ProgressType = s.NewType("progress", s.ObjectType, "A progress bar: iterate over it, or call .update(n) and .close().")

func (p *Progress) PyType() *s.Type { return ProgressType }

const progressInterval = 100 * time.Millisecond

func newProgress(in *s.Interp, total int, desc string) *Progress {
	p := &Progress{in: in, desc: desc, total: total, start: time.Now(), displayID: fmt.Sprintf("lumen-progress-%d", time.Now().UnixNano())}
	if in.Options().Display == nil {
		if f, ok := in.Stderr.(*os.File); ok {
			if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
				p.tty = f
			}
		}
	}
	return p
}

// text renders "desc  37/100 [#####.....] 12.0 it/s, ETA 5s".
func (p *Progress) text() string {
	el := time.Since(p.start).Seconds()
	rate := 0.0
	if el > 0 {
		rate = float64(p.n) / el
	}
	var b strings.Builder
	if p.desc != "" {
		b.WriteString(p.desc + "  ")
	}
	if p.total > 0 {
		frac := float64(p.n) / float64(p.total)
		w := int(frac * 30)
		fmt.Fprintf(&b, "%d/%d [%s%s] %3.0f%%", p.n, p.total, strings.Repeat("#", w), strings.Repeat(".", 30-w), 100*frac)
	} else {
		fmt.Fprintf(&b, "%d", p.n)
	}
	fmt.Fprintf(&b, "  %.1f it/s", rate)
	if p.total > 0 && rate > 0 && p.n < p.total {
		fmt.Fprintf(&b, ", ETA %s", time.Duration(float64(p.total-p.n)/rate*float64(time.Second)).Round(time.Second))
	} else {
		fmt.Fprintf(&b, ", %s", time.Duration(el*float64(time.Second)).Round(time.Millisecond))
	}
	return b.String()
}

// MimeBundle draws the bar as HTML for notebooks.
func (p *Progress) MimeBundle(th *s.Thread) map[string]any {
	pct := 0.0
	if p.total > 0 {
		pct = 100 * float64(p.n) / float64(p.total)
	}
	h := fmt.Sprintf(`<div style="font-family:monospace;font-size:12px"><div style="display:inline-block;width:240px;height:10px;background:#ddd;vertical-align:middle"><div style="width:%.1f%%;height:100%%;background:#3b82f6"></div></div> %s</div>`, pct, html.EscapeString(p.text()))
	return map[string]any{"text/plain": p.text(), "text/html": h}
}

// step advances the count and redraws when due (or when forced).
func (p *Progress) step(k int, force bool) {
	p.n += k
	now := time.Now()
	if !force && now.Sub(p.last) < progressInterval {
		return
	}
	p.last = now
	p.draw()
}

func (p *Progress) draw() {
	switch {
	case p.in.Options().Display != nil:
		p.in.Display(p, p.displayID, p.shown)
		p.shown = true
	case p.tty != nil:
		fmt.Fprintf(p.tty, "\r%s\x1b[K", p.text())
	}
}

func (p *Progress) close() {
	if p.closed {
		return
	}
	p.closed = true
	p.draw()
	if p.tty != nil {
		fmt.Fprintln(p.tty)
	}
}

func addProgress(m *s.Module) {
	m.AddFunc("progress", "(iterable=None, *, total=None, desc='')", "A progress bar over iterable (or driven by .update(n)): count, rate and ETA.\n\nIn a notebook it is one output updated in place (at most ~10 updates/s); in a terminal it is a bar on stderr when that is a TTY; otherwise nothing is printed.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		a := s.Args("progress", args, kw, "iterable?", "*", "total?", "desc?")
		total := 0
		if a[1] != nil && a[1] != s.None {
			total = s.Index(th, a[1])
			if total < 0 {
				s.Raise(s.ValueErrorType, "progress(): total must be >= 0, got %d", total)
			}
		}
		desc := ""
		if a[2] != nil {
			desc = s.ToStr(th, a[2])
		}
		in := th.Interp()
		if a[0] == nil || a[0] == s.None {
			p := newProgress(in, total, desc)
			p.draw()
			return p
		}
		if total == 0 {
			// iterables with a length give the bar its end; others just count
			if exc := th.Try(func() { total = s.Len(th, a[0]) }); exc != nil {
				total = 0
			}
		}
		p := newProgress(in, total, desc)
		it := s.Iter(th, a[0])
		p.draw()
		return s.NewGoIter("progress", func(th *s.Thread) (s.Object, bool) {
			v, ok := it.Next(th)
			if !ok {
				p.close()
				return nil, false
			}
			if p.n > 0 || p.shown {
				p.step(1, false)
			} else {
				p.n++
			}
			return v, true
		})
	})
	method := func(name, doc string, fn func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object) {
		ProgressType.Dict[name] = s.NewBuiltin(name, doc, fn)
	}
	method("update", "Advance the bar by n (default 1).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		p := args[0].(*Progress)
		k := 1
		if len(args) > 1 {
			k = s.Index(th, args[1])
		}
		p.step(k, false)
		return s.None
	})
	method("close", "Draw the final state of the bar.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		args[0].(*Progress).close()
		return s.None
	})
	method("__enter__", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object { return args[0] })
	method("__exit__", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		args[0].(*Progress).close()
		return s.False
	})
	method("__repr__", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Str(args[0].(*Progress).text())
	})
	ProgressType.Dict["n"] = &s.Property{Name: "n", Get: s.NewBuiltin("n", "", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
		return s.Int(args[0].(*Progress).n)
	})}
}

// NewBar starts a progress bar for a long Go call (progress=True in the
// bindings): the same bar as lm.progress, updated with Set and ended by Close.
func NewBar(th *s.Thread, total int, desc string) *Progress {
	p := newProgress(th.Interp(), total, desc)
	p.draw()
	return p
}

// OptionalBar is NewBar when on (progress=True), else nil; the methods below
// accept a nil bar, so callers need no checks.
func OptionalBar(th *s.Thread, on bool, total int, desc string) *Progress {
	if !on {
		return nil
	}
	return NewBar(th, total, desc)
}

// Set moves the bar to n done.
func (p *Progress) Set(n int) {
	if p != nil {
		p.step(n-p.n, n >= p.total && p.total > 0)
	}
}

// Close draws the final state.
func (p *Progress) Close() {
	if p != nil {
		p.close()
	}
}

// Add advances the bar by k.
func (p *Progress) Add(k int) {
	if p != nil {
		p.step(k, false)
	}
}
