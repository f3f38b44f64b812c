package scripting

import (
	"math/big"
	"unicode/utf8"
)

// Iterator is the Go side of the iterator protocol. Built-in iterators
// implement it directly; script iterators are wrapped.
type Iterator interface {
	Next(th *Thread) (Object, bool)
}

// GoIter is an iterator driven by a Go function; it is also a script object
// (map, filter, zip, enumerate, itertools… are GoIters).
type GoIter struct {
	Name string
	next func(th *Thread) (Object, bool)
	done bool
}

// NewGoIter wraps a Go generator function as a script iterator.
func NewGoIter(name string, next func(th *Thread) (Object, bool)) *GoIter {
	return &GoIter{Name: name, next: next}
}

func (g *GoIter) Next(th *Thread) (Object, bool) {
	if g.done {
		return nil, false
	}
	v, ok := g.next(th)
	if !ok {
		g.done = true
	}
	return v, ok
}

var goIterTypes = map[string]*Type{}

func (g *GoIter) PyType() *Type {
	t := goIterTypes[g.Name]
	if t == nil {
		t = NewType(g.Name, IteratorType, "")
		goIterTypes[g.Name] = t
	}
	return t
}

// userIter drives an object with __next__.
type userIter struct {
	obj  Object
	next Object
}

func (u *userIter) Next(th *Thread) (Object, bool) {
	var r Object
	exc := th.Try(func() { r = call1(th, u.next, u.obj) })
	if exc != nil {
		if exc.Class.IsSubtype(StopIterationType) {
			return nil, false
		}
		panic(exc)
	}
	return r, true
}

// seqIter drives the old __getitem__ protocol.
type seqIter struct {
	obj Object
	i   int
}

func (s *seqIter) Next(th *Thread) (Object, bool) {
	var r Object
	exc := th.Try(func() { r = GetItem(th, s.obj, Int(s.i)) })
	if exc != nil {
		if exc.Class.IsSubtype(IndexErrorType) || exc.Class.IsSubtype(StopIterationType) {
			return nil, false
		}
		panic(exc)
	}
	s.i++
	return r, true
}

func sliceIter(name string, items []Object) *GoIter {
	i := 0
	return NewGoIter(name, func(th *Thread) (Object, bool) {
		if i < len(items) {
			i++
			return items[i-1], true
		}
		return nil, false
	})
}

// Iter is iter(o).
func Iter(th *Thread, o Object) Iterator {
	switch v := o.(type) {
	case *List:
		i := 0
		return NewGoIter("list_iterator", func(th *Thread) (Object, bool) {
			if i < len(v.V) {
				i++
				return v.V[i-1], true
			}
			return nil, false
		})
	case Tuple:
		return sliceIter("tuple_iterator", v)
	case Str:
		s := string(v)
		pos := 0
		return NewGoIter("str_iterator", func(th *Thread) (Object, bool) {
			if pos >= len(s) {
				return nil, false
			}
			r, n := utf8.DecodeRuneInString(s[pos:])
			c := s[pos : pos+n]
			if r == utf8.RuneError && n == 1 {
				c = string(r)
			}
			pos += n
			return Str(c), true
		})
	case *Dict:
		return dictIter(v, "dict_keyiterator", func(k, val Object) Object { return k })
	case *Set:
		items := v.Items()
		return sliceIter("set_iterator", items)
	case *Range:
		cur, step, n := v.Start, v.Step, rangeLen(v)
		var k int64
		return NewGoIter("range_iterator", func(th *Thread) (Object, bool) {
			if k < n {
				k++
				r := Int(cur)
				cur += step
				return r, true
			}
			return nil, false
		})
	case Bytes:
		i := 0
		return NewGoIter("bytes_iterator", func(th *Thread) (Object, bool) {
			if i < len(v) {
				i++
				return Int(v[i-1]), true
			}
			return nil, false
		})
	case *GoIter:
		return v
	case *Generator:
		return v
	case *dictView:
		return v.iter()
	case Iterator:
		if _, isInst := o.(*Instance); !isInst {
			return v
		}
	}
	cls := TypeOf(o)
	if m := lookupSpecial(cls, "__iter__"); m != nil {
		r := call1(th, m, o)
		if it, ok := r.(Iterator); ok {
			if _, isInst := r.(*Instance); !isInst {
				return it
			}
		}
		nx := lookupSpecial(TypeOf(r), "__next__")
		if nx == nil {
			Raise(TypeErrorType, "iter() returned non-iterator of type '%s'", typeName(r))
		}
		return &userIter{obj: r, next: nx}
	}
	if inst, ok := o.(*Instance); ok && inst.Payload != nil {
		return Iter(th, inst.Payload)
	}
	if lookupSpecial(cls, "__getitem__") != nil {
		return &seqIter{obj: o}
	}
	Raise(TypeErrorType, "'%s' object is not iterable", cls.Name)
	return nil
}

func dictIter(d *Dict, name string, f func(k, v Object) Object) *GoIter {
	i := 0
	n := d.live
	return NewGoIter(name, func(th *Thread) (Object, bool) {
		if d.live != n {
			Raise(RuntimeErrorType, "dictionary changed size during iteration")
		}
		for i < len(d.keys) {
			k := d.keys[i]
			i++
			if k != nil {
				return f(k, d.vals[i-1]), true
			}
		}
		return nil, false
	})
}

// iterToSlice drains an iterable into a new slice.
func iterToSlice(th *Thread, o Object) []Object {
	switch v := o.(type) {
	case *List:
		return append([]Object(nil), v.V...)
	case Tuple:
		return append([]Object(nil), v...)
	}
	var out []Object
	it := Iter(th, o)
	for {
		x, ok := it.Next(th)
		if !ok {
			return out
		}
		out = append(out, x)
		if len(out)&8191 == 0 {
			th.CheckInterrupt()
		}
	}
}

// ForEach calls fn for each item of an iterable, polling for interrupts.
func ForEach(th *Thread, o Object, fn func(Object)) {
	switch v := o.(type) {
	case *List:
		for i := 0; i < len(v.V); i++ {
			fn(v.V[i])
		}
		return
	case Tuple:
		for _, x := range v {
			fn(x)
		}
		return
	}
	it := Iter(th, o)
	for {
		x, ok := it.Next(th)
		if !ok {
			return
		}
		fn(x)
	}
}

// ---- range ----

func rangeLen(r *Range) int64 {
	if r.Step > 0 {
		if r.Start >= r.Stop {
			return 0
		}
		return (r.Stop - r.Start + r.Step - 1) / r.Step
	}
	if r.Start <= r.Stop {
		return 0
	}
	return (r.Start - r.Stop - r.Step - 1) / (-r.Step)
}

func rangeEqual(a, b *Range) bool {
	la, lb := rangeLen(a), rangeLen(b)
	if la != lb {
		return false
	}
	if la == 0 {
		return true
	}
	if a.Start != b.Start {
		return false
	}
	return la == 1 || a.Step == b.Step
}

func rangeGetItem(th *Thread, r *Range, key Object) Object {
	n := rangeLen(r)
	if s, ok := key.(*Slice); ok {
		start, stop, step := s.indices(th, int(n))
		return &Range{Start: r.Start + int64(start)*r.Step, Stop: r.Start + int64(stop)*r.Step, Step: r.Step * int64(step)}
	}
	i := int64(Index(th, key))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		Raise(IndexErrorType, "range object index out of range")
	}
	return Int(r.Start + i*r.Step)
}

func rangeContains(th *Thread, r *Range, key Object) bool {
	var k int64
	switch v := key.(type) {
	case Int:
		k = int64(v)
	case Bool:
		k = int64(boolInt(v))
	case *big.Int:
		return false
	default:
		for i := int64(0); i < rangeLen(r); i++ {
			if Equal(th, Int(r.Start+i*r.Step), key) {
				return true
			}
		}
		return false
	}
	if r.Step > 0 {
		if k < r.Start || k >= r.Stop {
			return false
		}
	} else if k > r.Start || k <= r.Stop {
		return false
	}
	return (k-r.Start)%r.Step == 0
}
