package stdlib

import (
	s "github.com/lumenlab/lumen/scripting"
)

// The itertools module: every iterator is lazy (a scripting.GoIter).

func itNext(th *s.Thread, it s.Iterator) (s.Object, bool) { return it.Next(th) }

func tupleCopy(xs []s.Object) s.Tuple { return append(s.Tuple(nil), xs...) }

func isliceArg(th *s.Thread, o s.Object, msg string) int {
	if isNone(o) {
		return -1
	}
	if !s.IsInt(o) && s.LookupSpecial(o, "__index__") == nil {
		s.Raise(s.ValueErrorType, "%s", msg)
	}
	b := bigArg(th, o)
	if b.Sign() < 0 {
		s.Raise(s.ValueErrorType, "%s", msg)
	}
	if !b.IsInt64() {
		return int(^uint(0) >> 1)
	}
	return int(b.Int64())
}

func newIslice(th *s.Thread, args []s.Object) s.Object {
	if len(args) < 2 || len(args) > 4 {
		s.Raise(s.TypeErrorType, "islice expected at most 4 arguments, got %d", len(args))
	}
	it := s.Iter(th, args[0])
	start, stop, step := 0, -1, 1
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	if len(args) == 2 {
		stop = isliceArg(th, args[1], stopMsg)
	} else {
		if !isNone(args[1]) {
			start = isliceArg(th, args[1], idxMsg)
		}
		stop = isliceArg(th, args[2], idxMsg)
		if len(args) == 4 && !isNone(args[3]) {
			if !s.IsInt(args[3]) {
				s.Raise(s.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			b := bigArg(th, args[3])
			if b.Sign() <= 0 {
				s.Raise(s.ValueErrorType, "Step for islice() must be a positive integer or None.")
			}
			step = int(b.Int64())
		}
	}
	cnt, next := 0, start
	var src s.Iterator = it
	return s.NewGoIter("islice", func(th *s.Thread) (s.Object, bool) {
		if src == nil {
			return nil, false
		}
		for cnt < next {
			if _, ok := src.Next(th); !ok {
				src = nil
				return nil, false
			}
			cnt++
		}
		if stop != -1 && cnt >= stop {
			src = nil
			return nil, false
		}
		item, ok := src.Next(th)
		if !ok {
			src = nil
			return nil, false
		}
		cnt++
		old := next
		next += step
		if next < old || (stop != -1 && next > stop) {
			next = stop
		}
		return item, true
	})
}

type groupbyState struct {
	it                       s.Iterator
	keyfn                    s.Object
	tgtkey, currkey, currval s.Object
	curr                     *int
}

func (g *groupbyState) step(th *s.Thread) bool {
	v, ok := g.it.Next(th)
	if !ok {
		return false
	}
	k := v
	if g.keyfn != nil {
		k = s.Call(th, g.keyfn, []s.Object{v}, nil)
	}
	g.currval, g.currkey = v, k
	return true
}

func newGroupby(th *s.Thread, iterable, keyfn s.Object) s.Object {
	g := &groupbyState{it: s.Iter(th, iterable)}
	if keyfn != nil && !isNone(keyfn) {
		g.keyfn = keyfn
	}
	return s.NewGoIter("groupby", func(th *s.Thread) (s.Object, bool) {
		g.curr = nil
		for {
			if g.currkey == nil {
			} else if g.tgtkey == nil {
				break
			} else if !s.Equal(th, g.tgtkey, g.currkey) {
				break
			}
			if !g.step(th) {
				return nil, false
			}
		}
		g.tgtkey = g.currkey
		id := new(int)
		g.curr = id
		tgt := g.tgtkey
		grouper := s.NewGoIter("_grouper", func(th *s.Thread) (s.Object, bool) {
			if g.curr != id {
				return nil, false
			}
			if g.currval == nil {
				if !g.step(th) {
					return nil, false
				}
			}
			if !s.Equal(th, tgt, g.currkey) {
				return nil, false
			}
			r := g.currval
			g.currval = nil
			g.currkey = nil
			return r, true
		})
		return tupleCopy([]s.Object{tgt, grouper}), true
	})
}

// teeBuffer is shared by the iterators tee() returns.
type teeBuffer struct {
	it    s.Iterator
	items []s.Object
	base  int // index of items[0]
	done  bool
}

func newTeeIter(b *teeBuffer, pos *int) *s.GoIter {
	return s.NewGoIter("_tee", func(th *s.Thread) (s.Object, bool) {
		i := *pos - b.base
		if i < len(b.items) {
			*pos++
			return b.items[i], true
		}
		if b.done {
			return nil, false
		}
		v, ok := b.it.Next(th)
		if !ok {
			b.done = true
			return nil, false
		}
		b.items = append(b.items, v)
		*pos++
		return v, true
	})
}

func init() {
	s.RegisterModule("itertools", func(in *s.Interp) *s.Module {
		m := s.NewModule("itertools", "Functional tools for creating and using iterators.")
		m.AddFunc("count", "(start=0, step=1)", "Return a count object whose .__next__() method returns consecutive values.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("count", args, kw, "start?", "step?")
			var cur s.Object = s.Int(0)
			var step s.Object = s.Int(1)
			if a[0] != nil {
				cur = a[0]
			}
			if a[1] != nil {
				step = a[1]
			}
			for _, v := range []s.Object{cur, step} {
				if _, ok := s.AsFloat(v); !ok && s.LookupSpecial(v, "__add__") == nil {
					s.Raise(s.TypeErrorType, "a number is required")
				}
			}
			return s.NewGoIter("count", func(th *s.Thread) (s.Object, bool) {
				r := cur
				cur = s.Add(th, cur, step)
				return r, true
			})
		})
		m.AddFunc("cycle", "(iterable, /)", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("cycle", kw)
			nargs("cycle", args, 1, 1)
			it := s.Iter(th, args[0])
			var saved []s.Object
			first := true
			i := 0
			return s.NewGoIter("cycle", func(th *s.Thread) (s.Object, bool) {
				if first {
					if v, ok := it.Next(th); ok {
						saved = append(saved, v)
						return v, true
					}
					first = false
				}
				if len(saved) == 0 {
					return nil, false
				}
				v := saved[i]
				i = (i + 1) % len(saved)
				return v, true
			})
		})
		m.AddFunc("repeat", "(object, times=None)", "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("repeat", args, kw, "object", "times?")
			n := -1
			if a[1] != nil {
				n = intArg(th, a[1])
				if n < 0 {
					n = 0
				}
			}
			v := a[0]
			return s.NewGoIter("repeat", func(th *s.Thread) (s.Object, bool) {
				if n == 0 {
					return nil, false
				}
				if n > 0 {
					n--
				}
				return v, true
			})
		})
		m.AddFunc("accumulate", "(iterable, func=None, *, initial=None)", "Return series of accumulated sums (or other binary function results).", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("accumulate", args, kw, "iterable", "func?", "*", "initial?")
			it := s.Iter(th, a[0])
			fn := a[1]
			if fn != nil && isNone(fn) {
				fn = nil
			}
			var total s.Object
			initial := a[2]
			if initial != nil && isNone(initial) {
				initial = nil
			}
			return s.NewGoIter("accumulate", func(th *s.Thread) (s.Object, bool) {
				if initial != nil {
					total = initial
					initial = nil
					return total, true
				}
				v, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				if total == nil {
					total = v
				} else if fn == nil {
					total = s.Add(th, total, v)
				} else {
					total = s.Call(th, fn, []s.Object{total, v}, nil)
				}
				return total, true
			})
		})

		chainType := s.NewType("chain", s.ObjectType, "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.")
		chainType.Module = "itertools"
		chainFrom := func(th *s.Thread, sources s.Iterator) s.Object {
			var cur s.Iterator
			return s.NewGoIter("chain", func(th *s.Thread) (s.Object, bool) {
				for {
					if cur == nil {
						if sources == nil {
							return nil, false
						}
						src, ok := sources.Next(th)
						if !ok {
							sources = nil
							return nil, false
						}
						cur = s.Iter(th, src)
					}
					if v, ok := cur.Next(th); ok {
						return v, true
					}
					cur = nil
				}
			})
		}
		chainType.New = func(th *s.Thread, cls *s.Type, args []s.Object, kw s.Kwargs) s.Object {
			noKw("chain", kw)
			return chainFrom(th, s.Iter(th, s.Tuple(append([]s.Object(nil), args...))))
		}
		chainType.SetAttr("from_iterable", &s.StaticMethod{Fn: &s.Builtin{Name: "from_iterable", Sig: "(iterable, /)", Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.", Fn: func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			nargs("from_iterable", args, 1, 1)
			return chainFrom(th, s.Iter(th, args[0]))
		}}})
		m.Set("chain", chainType)

		m.AddFunc("compress", "(data, selectors)", "Return data elements corresponding to true selector elements.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("compress", args, kw, "data", "selectors")
			d, sel := s.Iter(th, a[0]), s.Iter(th, a[1])
			return s.NewGoIter("compress", func(th *s.Thread) (s.Object, bool) {
				for {
					v, ok := d.Next(th)
					if !ok {
						return nil, false
					}
					c, ok := sel.Next(th)
					if !ok {
						return nil, false
					}
					if s.Truth(th, c) {
						return v, true
					}
				}
			})
		})
		m.AddFunc("dropwhile", "(predicate, iterable, /)", "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("dropwhile", kw)
			nargs("dropwhile", args, 2, 2)
			pred, it := args[0], s.Iter(th, args[1])
			dropping := true
			return s.NewGoIter("dropwhile", func(th *s.Thread) (s.Object, bool) {
				for {
					v, ok := it.Next(th)
					if !ok {
						return nil, false
					}
					if !dropping {
						return v, true
					}
					if !s.Truth(th, s.Call(th, pred, []s.Object{v}, nil)) {
						dropping = false
						return v, true
					}
				}
			})
		})
		m.AddFunc("takewhile", "(predicate, iterable, /)", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("takewhile", kw)
			nargs("takewhile", args, 2, 2)
			pred, it := args[0], s.Iter(th, args[1])
			stopped := false
			return s.NewGoIter("takewhile", func(th *s.Thread) (s.Object, bool) {
				if stopped {
					return nil, false
				}
				v, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				if s.Truth(th, s.Call(th, pred, []s.Object{v}, nil)) {
					return v, true
				}
				stopped = true
				return nil, false
			})
		})
		m.AddFunc("filterfalse", "(function, iterable, /)", "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("filterfalse", kw)
			nargs("filterfalse", args, 2, 2)
			pred, it := args[0], s.Iter(th, args[1])
			return s.NewGoIter("filterfalse", func(th *s.Thread) (s.Object, bool) {
				for {
					v, ok := it.Next(th)
					if !ok {
						return nil, false
					}
					t := v
					if !isNone(pred) {
						t = s.Call(th, pred, []s.Object{v}, nil)
					}
					if !s.Truth(th, t) {
						return v, true
					}
				}
			})
		})
		m.AddFunc("groupby", "(iterable, key=None)", "make an iterator that returns consecutive keys and groups from the iterable", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("groupby", args, kw, "iterable", "key?")
			return newGroupby(th, a[0], a[1])
		})
		m.AddFunc("islice", "islice(iterable, stop) / islice(iterable, start, stop[, step])", "Return an iterator whose next() method returns selected values from an iterable.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("islice", kw)
			return newIslice(th, args)
		})
		m.AddFunc("pairwise", "(iterable, /)", "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("pairwise", kw)
			nargs("pairwise", args, 1, 1)
			it := s.Iter(th, args[0])
			var old s.Object
			return s.NewGoIter("pairwise", func(th *s.Thread) (s.Object, bool) {
				if old == nil {
					v, ok := it.Next(th)
					if !ok {
						return nil, false
					}
					old = v
				}
				v, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				r := s.Tuple{old, v}
				old = v
				return r, true
			})
		})
		m.AddFunc("starmap", "(function, iterable, /)", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("starmap", kw)
			nargs("starmap", args, 2, 2)
			fn, it := args[0], s.Iter(th, args[1])
			return s.NewGoIter("starmap", func(th *s.Thread) (s.Object, bool) {
				v, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				return s.Call(th, fn, s.ToSlice(th, v), nil), true
			})
		})
		m.AddFunc("tee", "(iterable, n=2, /)", "Returns a tuple of n independent iterators.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			noKw("tee", kw)
			nargs("tee", args, 1, 2)
			n := 2
			if len(args) > 1 {
				n = intArg(th, args[1])
			}
			if n < 0 {
				s.Raise(s.ValueErrorType, "n must be >= 0")
			}
			b := &teeBuffer{it: s.Iter(th, args[0])}
			out := make(s.Tuple, n)
			for i := range out {
				out[i] = newTeeIter(b, new(int))
			}
			return out
		})
		m.AddFunc("zip_longest", "(*iterables, fillvalue=None)", "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			var fill s.Object = s.None
			for _, k := range kw {
				if k.Name != "fillvalue" {
					s.Raise(s.TypeErrorType, "zip_longest() got an unexpected keyword argument '%s'", k.Name)
				}
				fill = k.Value
			}
			its := make([]s.Iterator, len(args))
			for i, a := range args {
				its[i] = s.Iter(th, a)
			}
			active := len(its)
			return s.NewGoIter("zip_longest", func(th *s.Thread) (s.Object, bool) {
				if len(its) == 0 || active == 0 {
					return nil, false
				}
				out := make(s.Tuple, len(its))
				for i, it := range its {
					if it == nil {
						out[i] = fill
						continue
					}
					v, ok := it.Next(th)
					if !ok {
						active--
						if active == 0 {
							return nil, false
						}
						its[i] = nil
						v = fill
					}
					out[i] = v
				}
				return out, true
			})
		})
		m.AddFunc("product", "(*iterables, repeat=1)", "Cartesian product of input iterables.  Equivalent to nested for-loops.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			rep := 1
			for _, k := range kw {
				if k.Name != "repeat" {
					s.Raise(s.TypeErrorType, "product() got an unexpected keyword argument '%s'", k.Name)
				}
				rep = intArg(th, k.Value)
			}
			if rep < 0 {
				s.Raise(s.ValueErrorType, "repeat argument cannot be negative")
			}
			var pools [][]s.Object
			base := make([][]s.Object, len(args))
			for i, a := range args {
				base[i] = s.ToSlice(th, a)
			}
			for r := 0; r < rep; r++ {
				pools = append(pools, base...)
			}
			var idx []int
			first := true
			done := false
			for _, p := range pools {
				if len(p) == 0 {
					done = true
				}
			}
			return s.NewGoIter("product", func(th *s.Thread) (s.Object, bool) {
				if done {
					return nil, false
				}
				if first {
					first = false
					idx = make([]int, len(pools))
				} else {
					i := len(pools) - 1
					for ; i >= 0; i-- {
						idx[i]++
						if idx[i] < len(pools[i]) {
							break
						}
						idx[i] = 0
					}
					if i < 0 {
						done = true
						return nil, false
					}
				}
				out := make(s.Tuple, len(pools))
				for i, p := range pools {
					out[i] = p[idx[i]]
				}
				return out, true
			})
		})
		m.AddFunc("permutations", "(iterable, r=None)", "Return successive r-length permutations of elements in the iterable.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("permutations", args, kw, "iterable", "r?")
			pool := s.ToSlice(th, a[0])
			n := len(pool)
			r := n
			if a[1] != nil && !isNone(a[1]) {
				r = intArg(th, a[1])
				if r < 0 {
					s.Raise(s.ValueErrorType, "r must be non-negative")
				}
			}
			indices := make([]int, n)
			for i := range indices {
				indices[i] = i
			}
			cycles := make([]int, r)
			for i := 0; i < r && i < n; i++ {
				cycles[i] = n - i
			}
			first := true
			done := r > n
			emit := func() s.Object {
				out := make(s.Tuple, r)
				for i := 0; i < r; i++ {
					out[i] = pool[indices[i]]
				}
				return out
			}
			return s.NewGoIter("permutations", func(th *s.Thread) (s.Object, bool) {
				if done {
					return nil, false
				}
				if first {
					first = false
					return emit(), true
				}
				if n == 0 {
					done = true
					return nil, false
				}
				for i := r - 1; i >= 0; i-- {
					cycles[i]--
					if cycles[i] == 0 {
						// rotate indices[i:] left by one
						x := indices[i]
						copy(indices[i:], indices[i+1:])
						indices[n-1] = x
						cycles[i] = n - i
					} else {
						j := cycles[i]
						indices[i], indices[n-j] = indices[n-j], indices[i]
						return emit(), true
					}
				}
				done = true
				return nil, false
			})
		})
		m.AddFunc("combinations", "(iterable, r)", "Return successive r-length combinations of elements in the iterable.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("combinations", args, kw, "iterable", "r")
			pool := s.ToSlice(th, a[0])
			n := len(pool)
			r := intArg(th, a[1])
			if r < 0 {
				s.Raise(s.ValueErrorType, "r must be non-negative")
			}
			indices := make([]int, r)
			for i := range indices {
				indices[i] = i
			}
			first := true
			done := r > n
			emit := func() s.Object {
				out := make(s.Tuple, r)
				for i, j := range indices {
					out[i] = pool[j]
				}
				return out
			}
			return s.NewGoIter("combinations", func(th *s.Thread) (s.Object, bool) {
				if done {
					return nil, false
				}
				if first {
					first = false
					return emit(), true
				}
				i := r - 1
				for ; i >= 0; i-- {
					if indices[i] != i+n-r {
						break
					}
				}
				if i < 0 {
					done = true
					return nil, false
				}
				indices[i]++
				for j := i + 1; j < r; j++ {
					indices[j] = indices[j-1] + 1
				}
				return emit(), true
			})
		})
		m.AddFunc("combinations_with_replacement", "(iterable, r)", "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.", func(th *s.Thread, args []s.Object, kw s.Kwargs) s.Object {
			a := s.Args("combinations_with_replacement", args, kw, "iterable", "r")
			pool := s.ToSlice(th, a[0])
			n := len(pool)
			r := intArg(th, a[1])
			if r < 0 {
				s.Raise(s.ValueErrorType, "r must be non-negative")
			}
			indices := make([]int, r)
			first := true
			done := n == 0 && r > 0
			emit := func() s.Object {
				out := make(s.Tuple, r)
				for i, j := range indices {
					out[i] = pool[j]
				}
				return out
			}
			return s.NewGoIter("combinations_with_replacement", func(th *s.Thread) (s.Object, bool) {
				if done {
					return nil, false
				}
				if first {
					first = false
					return emit(), true
				}
				i := r - 1
				for ; i >= 0; i-- {
					if indices[i] != n-1 {
						break
					}
				}
				if i < 0 {
					done = true
					return nil, false
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
				return emit(), true
			})
		})
		return m
	})
}
