package scripting

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/lumenlab/lumen/scripting/pyfmt"
)

// argParser reads a builtin's arguments by position and keyword.
type argParser struct {
	fn   string
	args []Object
	kw   Kwargs
}

// Args binds positional and keyword arguments to names; names after "*" are
// keyword-only, a trailing "?" marks an optional parameter. It returns one
// value per name (nil when an optional one is absent).
func Args(fn string, args []Object, kw Kwargs, names ...string) []Object {
	out := make([]Object, 0, len(names))
	kwOnly := false
	pos := 0
	required := 0
	type p struct {
		name     string
		optional bool
		kwOnly   bool
	}
	ps := make([]p, 0, len(names))
	for _, n := range names {
		if n == "*" {
			kwOnly = true
			continue
		}
		opt := strings.HasSuffix(n, "?")
		n = strings.TrimSuffix(n, "?")
		ps = append(ps, p{n, opt, kwOnly})
		if !opt {
			required++
		}
	}
	maxPos := 0
	for _, q := range ps {
		if !q.kwOnly {
			maxPos++
		}
	}
	if len(args) > maxPos {
		Raise(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fn, maxPos, plural(maxPos), len(args))
	}
	for _, q := range ps {
		var v Object
		if !q.kwOnly && pos < len(args) {
			v = args[pos]
			pos++
			if _, dup := kw.Get(q.name); dup {
				Raise(TypeErrorType, "argument for %s() given by name ('%s') and position", fn, q.name)
			}
		} else if x, ok := kw.Get(q.name); ok {
			v = x
		} else if !q.optional {
			Raise(TypeErrorType, "%s() missing required argument '%s'", fn, q.name)
		}
		out = append(out, v)
	}
	for _, k := range kw {
		found := false
		for _, q := range ps {
			if q.name == k.Name {
				found = true
				break
			}
		}
		if !found {
			Raise(TypeErrorType, "%s() got an unexpected keyword argument '%s'", fn, k.Name)
		}
	}
	return out
}

func noKw(fn string, kw Kwargs) {
	if len(kw) > 0 {
		Raise(TypeErrorType, "%s() takes no keyword arguments", fn)
	}
}

func newBuiltinsModule(in *Interp) *Module {
	m := NewModule("builtins", "Built-in functions, exceptions, and other objects.")
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, StrType, BytesType, ListType, TupleType,
		DictType, SetType, FrozenSetType, RangeType, SliceType, PropertyType, StaticMethodType, ClassMethodType, SuperType} {
		m.Set(t.Name, t)
	}
	for _, t := range exceptionTypes {
		m.Set(t.Name, t)
	}
	m.Set("EnvironmentError", OSErrorType)
	m.Set("IOError", OSErrorType)
	m.Set("None", None)
	m.Set("True", True)
	m.Set("False", False)
	m.Set("Ellipsis", Ellipsis)
	m.Set("NotImplemented", NotImplemented)
	m.Set("__debug__", True)

	m.AddFunc("print", "(*objects, sep=' ', end='\\n', file=None, flush=False)", "Prints the values to a stream, or to sys.stdout by default.", func(th *Thread, args []Object, kw Kwargs) Object {
		sep, end := " ", "\n"
		var file Object
		for _, k := range kw {
			switch k.Name {
			case "sep":
				if k.Value != None {
					s, ok := k.Value.(Str)
					if !ok {
						Raise(TypeErrorType, "sep must be None or a string, not %s", typeName(k.Value))
					}
					sep = string(s)
				}
			case "end":
				if k.Value != None {
					s, ok := k.Value.(Str)
					if !ok {
						Raise(TypeErrorType, "end must be None or a string, not %s", typeName(k.Value))
					}
					end = string(s)
				}
			case "file":
				if k.Value != None {
					file = k.Value
				}
			case "flush":
			default:
				Raise(TypeErrorType, "'%s' is an invalid keyword argument for print()", k.Name)
			}
		}
		var b strings.Builder
		for i, a := range args {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(ToStr(th, a))
		}
		b.WriteString(end)
		writeTo(th, file, b.String())
		return None
	})
	m.AddFunc("len", "(obj, /)", "Return the number of items in a container.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("len", args, 1, 1)
		return Int(Len(th, args[0]))
	})
	m.AddFunc("repr", "(obj, /)", "Return the canonical string representation of the object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("repr", args, 1, 1)
		return Str(Repr(th, args[0]))
	})
	m.AddFunc("ascii", "(obj, /)", "Return an ASCII-only representation of an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("ascii", args, 1, 1)
		return Str(asciiEscape(Repr(th, args[0])))
	})
	m.AddFunc("abs", "(x, /)", "Return the absolute value of the argument.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("abs", args, 1, 1)
		return Abs(th, args[0])
	})
	m.AddFunc("hash", "(obj, /)", "Return the hash value for the given object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("hash", args, 1, 1)
		return Int(Hash(th, args[0]))
	})
	m.AddFunc("id", "(obj, /)", "Return the identity of an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("id", args, 1, 1)
		return Int(idOf(args[0]))
	})
	m.AddFunc("callable", "(obj, /)", "Return whether the object is callable.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("callable", args, 1, 1)
		switch args[0].(type) {
		case *Function, *Builtin, *Method, *Type:
			return True
		}
		return boolOf(lookupSpecial(TypeOf(args[0]), "__call__") != nil)
	})
	m.AddFunc("isinstance", "(obj, class_or_tuple, /)", "Return whether an object is an instance of a class or of a subclass thereof.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("isinstance", args, 2, 2)
		return boolOf(isInstance(th, args[0], args[1]))
	})
	m.AddFunc("issubclass", "(cls, class_or_tuple, /)", "Return whether 'cls' is derived from another class or is the same class.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("issubclass", args, 2, 2)
		c, ok := args[0].(*Type)
		if !ok {
			Raise(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return boolOf(isSubclass(c, args[1]))
	})
	m.AddFunc("getattr", "(object, name, default=<unset>, /)", "Get a named attribute from an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("getattr", args, 2, 3)
		name, ok := args[1].(Str)
		if !ok {
			Raise(TypeErrorType, "attribute name must be string, not '%s'", typeName(args[1]))
		}
		if len(args) == 2 {
			return GetAttr(th, args[0], string(name))
		}
		var r Object
		exc := th.Try(func() { r = GetAttr(th, args[0], string(name)) })
		if exc != nil {
			if exc.Class.IsSubtype(AttributeErrorType) {
				return args[2]
			}
			panic(exc)
		}
		return r
	})
	m.AddFunc("setattr", "(obj, name, value, /)", "Sets the named attribute on the given object to the specified value.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("setattr", args, 3, 3)
		SetAttr(th, args[0], ToStr(th, args[1]), args[2])
		return None
	})
	m.AddFunc("delattr", "(obj, name, /)", "Deletes the named attribute from the given object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("delattr", args, 2, 2)
		DelAttr(th, args[0], ToStr(th, args[1]))
		return None
	})
	m.AddFunc("hasattr", "(obj, name, /)", "Return whether the object has an attribute with the given name.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("hasattr", args, 2, 2)
		name := ToStr(th, args[1])
		var r Object
		exc := th.Try(func() { r = getAttr(th, args[0], name) })
		if exc != nil {
			if exc.Class.IsSubtype(AttributeErrorType) {
				return False
			}
			panic(exc)
		}
		return boolOf(r != nil)
	})
	m.AddFunc("iter", "(iterable) or (callable, sentinel)", "Get an iterator from an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("iter", args, 1, 2)
		if len(args) == 2 {
			fn, sentinel := args[0], args[1]
			return NewGoIter("callable_iterator", func(th *Thread) (Object, bool) {
				v := Call(th, fn, nil, nil)
				if Equal(th, v, sentinel) {
					return nil, false
				}
				return v, true
			})
		}
		it := Iter(th, args[0])
		if o, ok := it.(Object); ok {
			if _, isUser := it.(*userIter); !isUser {
				if _, isSeq := it.(*seqIter); !isSeq {
					return o
				}
			}
			if u, isUser := it.(*userIter); isUser {
				return u.obj
			}
		}
		return NewGoIter("iterator", it.Next)
	})
	m.AddFunc("next", "(iterator, default=<unset>, /)", "Return the next item from the iterator.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("next", args, 1, 2)
		var v Object
		var ok bool
		if g, isGen := args[0].(*Generator); isGen {
			r, more := g.resume(th, None, nil)
			if more {
				return r
			}
			if len(args) == 2 {
				return args[1]
			}
			if r != nil && r != None {
				panic(NewExc(StopIterationType, r))
			}
			panic(NewExc(StopIterationType))
		}
		switch it := args[0].(type) {
		case *Instance:
			nx := lookupSpecial(it.Class, "__next__")
			if nx == nil {
				Raise(TypeErrorType, "'%s' object is not an iterator", it.Class.Name)
			}
			if len(args) == 1 {
				return call1(th, nx, it)
			}
			v, ok = (&userIter{obj: it, next: nx}).Next(th)
		case Iterator:
			v, ok = it.Next(th)
		default:
			if nx := lookupSpecial(TypeOf(args[0]), "__next__"); nx != nil {
				if len(args) == 1 {
					return call1(th, nx, args[0])
				}
				v, ok = (&userIter{obj: args[0], next: nx}).Next(th)
			} else {
				Raise(TypeErrorType, "'%s' object is not an iterator", typeName(args[0]))
			}
		}
		if !ok {
			if len(args) == 2 {
				return args[1]
			}
			panic(NewExc(StopIterationType))
		}
		return v
	})
	m.AddFunc("sorted", "(iterable, /, *, key=None, reverse=False)", "Return a new list containing all items from the iterable in ascending order.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("sorted", args, kw, "iterable", "*", "key?", "reverse?")
		l := &List{V: iterToSlice(th, a[0])}
		if l.V == nil {
			l.V = []Object{}
		}
		sortList(th, l, a[1], a[2])
		return l
	})
	m.AddFunc("reversed", "(sequence, /)", "Return a reverse iterator over the values of the given sequence.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("reversed", args, 1, 1)
		o := args[0]
		if m := lookupSpecial(TypeOf(o), "__reversed__"); m != nil {
			return call1(th, m, o)
		}
		switch v := o.(type) {
		case *List:
			i := len(v.V)
			return NewGoIter("list_reverseiterator", func(th *Thread) (Object, bool) {
				i--
				if i >= 0 && i < len(v.V) {
					return v.V[i], true
				}
				return nil, false
			})
		case *Range:
			n := rangeLen(v)
			return &Range{Start: v.Start + (n-1)*v.Step, Stop: v.Start - v.Step, Step: -v.Step}
		case *Dict:
			keys := v.Keys()
			i := len(keys)
			return NewGoIter("dict_reversekeyiterator", func(th *Thread) (Object, bool) {
				i--
				if i >= 0 {
					return keys[i], true
				}
				return nil, false
			})
		}
		n := Len(th, o)
		i := n
		return NewGoIter("reversed", func(th *Thread) (Object, bool) {
			i--
			if i >= 0 {
				return GetItem(th, o, Int(i)), true
			}
			return nil, false
		})
	})
	m.AddFunc("enumerate", "(iterable, start=0)", "Return an enumerate object.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("enumerate", args, kw, "iterable", "start?")
		it := Iter(th, a[0])
		var i Object = Int(0)
		if a[1] != nil {
			i = a[1]
		}
		return NewGoIter("enumerate", func(th *Thread) (Object, bool) {
			x, ok := it.Next(th)
			if !ok {
				return nil, false
			}
			r := Tuple{i, x}
			i = Add(th, i, Int(1))
			return r, true
		})
	})
	m.AddFunc("zip", "(*iterables)", "Return a zip object yielding tuples until an input is exhausted.", func(th *Thread, args []Object, kw Kwargs) Object {
		noKw("zip", kw)
		its := make([]Iterator, len(args))
		for i, a := range args {
			its[i] = Iter(th, a)
		}
		return NewGoIter("zip", func(th *Thread) (Object, bool) {
			if len(its) == 0 {
				return nil, false
			}
			t := make(Tuple, len(its))
			for i, it := range its {
				x, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				t[i] = x
			}
			return t, true
		})
	})
	m.AddFunc("map", "(func, *iterables)", "Make an iterator that computes the function using arguments from each of the iterables.", func(th *Thread, args []Object, kw Kwargs) Object {
		if len(args) < 2 {
			Raise(TypeErrorType, "map() must have at least two arguments.")
		}
		fn := args[0]
		its := make([]Iterator, len(args)-1)
		for i, a := range args[1:] {
			its[i] = Iter(th, a)
		}
		return NewGoIter("map", func(th *Thread) (Object, bool) {
			a := make([]Object, len(its))
			for i, it := range its {
				x, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				a[i] = x
			}
			return Call(th, fn, a, nil), true
		})
	})
	m.AddFunc("filter", "(function or None, iterable)", "Return an iterator yielding those items of iterable for which function(item) is true.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("filter", args, 2, 2)
		fn := args[0]
		it := Iter(th, args[1])
		return NewGoIter("filter", func(th *Thread) (Object, bool) {
			for {
				x, ok := it.Next(th)
				if !ok {
					return nil, false
				}
				var keep bool
				if fn == None {
					keep = Truth(th, x)
				} else {
					keep = Truth(th, Call(th, fn, []Object{x}, nil))
				}
				if keep {
					return x, true
				}
			}
		})
	})
	minmax := func(name string, less bool) func(th *Thread, args []Object, kw Kwargs) Object {
		return func(th *Thread, args []Object, kw Kwargs) Object {
			var key, def Object
			hasDef := false
			for _, k := range kw {
				switch k.Name {
				case "key":
					key = k.Value
				case "default":
					def = k.Value
					hasDef = true
				default:
					Raise(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.Name, name)
				}
			}
			var items Object
			if len(args) == 0 {
				Raise(TypeErrorType, "%s expected at least 1 argument, got 0", name)
			}
			if len(args) == 1 {
				items = args[0]
			} else {
				if hasDef {
					Raise(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
				}
				items = Tuple(args)
			}
			var best, bestKey Object
			ForEach(th, items, func(x Object) {
				k := x
				if key != nil && key != None {
					k = Call(th, key, []Object{x}, nil)
				}
				if best == nil {
					best, bestKey = x, k
					return
				}
				if less {
					if Less(th, k, bestKey) {
						best, bestKey = x, k
					}
				} else if Less(th, bestKey, k) {
					best, bestKey = x, k
				}
			})
			if best == nil {
				if hasDef {
					return def
				}
				Raise(ValueErrorType, "%s() arg is an empty sequence", name)
			}
			return best
		}
	}
	m.AddFunc("min", "(iterable, *[, default=obj, key=func]) or (arg1, arg2, *args, *[, key=func])", "Return the smallest item.", minmax("min", true))
	m.AddFunc("max", "(iterable, *[, default=obj, key=func]) or (arg1, arg2, *args, *[, key=func])", "Return the largest item.", minmax("max", false))
	m.AddFunc("sum", "(iterable, /, start=0)", "Return the sum of a 'start' value (default: 0) plus an iterable of numbers.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("sum", args, kw, "iterable", "start?")
		var acc Object = Int(0)
		if a[1] != nil {
			acc = a[1]
			if _, ok := acc.(Str); ok {
				Raise(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
			}
		}
		// float sums use compensated summation like CPython's for speed-equal results
		ForEach(th, a[0], func(x Object) {
			acc = Add(th, acc, x)
		})
		return acc
	})
	m.AddFunc("any", "(iterable, /)", "Return True if bool(x) is True for any x in the iterable.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("any", args, 1, 1)
		it := Iter(th, args[0])
		for {
			x, ok := it.Next(th)
			if !ok {
				return False
			}
			if Truth(th, x) {
				return True
			}
		}
	})
	m.AddFunc("all", "(iterable, /)", "Return True if bool(x) is True for all values x in the iterable.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("all", args, 1, 1)
		it := Iter(th, args[0])
		for {
			x, ok := it.Next(th)
			if !ok {
				return True
			}
			if !Truth(th, x) {
				return False
			}
		}
	})
	m.AddFunc("round", "(number, ndigits=None)", "Round a number to a given precision in decimal digits.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("round", args, kw, "number", "ndigits?")
		return roundObj(th, a[0], a[1])
	})
	m.AddFunc("divmod", "(x, y, /)", "Return the tuple (x//y, x%y).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("divmod", args, 2, 2)
		if _, ok := args[0].(*Instance); ok {
			if m := lookupSpecial(TypeOf(args[0]), "__divmod__"); m != nil {
				return call2(th, m, args[0], args[1])
			}
		}
		return Tuple{BinaryOp(th, bFloorDiv, args[0], args[1]), BinaryOp(th, bMod, args[0], args[1])}
	})
	m.AddFunc("pow", "(base, exp, mod=None)", "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("pow", args, kw, "base", "exp", "mod?")
		if a[2] == nil || a[2] == None {
			return BinaryOp(th, bPow, a[0], a[1])
		}
		if !isIntLike(a[0]) || !isIntLike(a[1]) || !isIntLike(a[2]) {
			Raise(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
		b, e, md := bigOf(a[0]), bigOf(a[1]), bigOf(a[2])
		if md.Sign() == 0 {
			Raise(ValueErrorType, "pow() 3rd argument cannot be 0")
		}
		if e.Sign() < 0 {
			inv := new(big.Int).ModInverse(b, new(big.Int).Abs(md))
			if inv == nil {
				Raise(ValueErrorType, "base is not invertible for the given modulus")
			}
			b = inv
			e = new(big.Int).Neg(e)
		}
		r := new(big.Int).Exp(b, e, new(big.Int).Abs(md))
		if md.Sign() < 0 && r.Sign() != 0 {
			r.Add(r, md)
		}
		return MakeInt(r)
	})
	m.AddFunc("chr", "(i, /)", "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("chr", args, 1, 1)
		i := Index(th, args[0])
		if i < 0 || i > 0x10ffff {
			Raise(ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return Str(string(rune(i)))
	})
	m.AddFunc("ord", "(c, /)", "Return the Unicode code point for a one-character string.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("ord", args, 1, 1)
		switch s := args[0].(type) {
		case Str:
			if utf8.RuneCountInString(string(s)) != 1 {
				Raise(TypeErrorType, "ord() expected a character, but string of length %d found", utf8.RuneCountInString(string(s)))
			}
			r, _ := utf8.DecodeRuneInString(string(s))
			return Int(r)
		case Bytes:
			if len(s) != 1 {
				Raise(TypeErrorType, "ord() expected a character, but string of length %d found", len(s))
			}
			return Int(s[0])
		}
		Raise(TypeErrorType, "ord() expected string of length 1, but %s found", typeName(args[0]))
		return nil
	})
	for _, b := range []struct {
		name string
		base int
	}{{"bin", 2}, {"oct", 8}, {"hex", 16}} {
		base := b.base
		name := b.name
		m.AddFunc(name, "(number, /)", "Return the "+map[int]string{2: "binary", 8: "octal", 16: "hexadecimal"}[base]+" representation of an integer.", func(th *Thread, args []Object, kw Kwargs) Object {
			checkArgs(name, args, 1, 1)
			if !isIntLike(args[0]) {
				Index(th, args[0])
			}
			x := bigOf(args[0])
			if x == nil {
				x = big.NewInt(int64(Index(th, args[0])))
			}
			return Str(pyfmt.IntToBase(x, base))
		})
	}
	m.AddFunc("format", "(value, format_spec='', /)", "Return type(value).__format__(value, format_spec).", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("format", args, 1, 2)
		spec := ""
		if len(args) == 2 {
			spec = ToStr(th, args[1])
		}
		return Str(Format(th, args[0], spec))
	})
	m.AddFunc("__fstr__", "(value, conversion, spec)", "Formats one f-string field.", func(th *Thread, args []Object, kw Kwargs) Object {
		v := args[0]
		switch args[1].(Str) {
		case "r":
			v = Str(Repr(th, v))
		case "s":
			v = Str(ToStr(th, v))
		case "a":
			v = Str(asciiEscape(Repr(th, v)))
		}
		spec := string(args[2].(Str))
		if spec == "" {
			if s, ok := v.(Str); ok {
				return s
			}
		}
		return Str(Format(th, v, spec))
	})
	m.AddFunc("dir", "([object])", "Show attributes of an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("dir", args, 0, 1)
		if len(args) == 0 {
			out := &List{}
			names := th.interp.Main.Names()
			sort.Strings(names)
			for _, n := range names {
				out.V = append(out.V, Str(n))
			}
			return out
		}
		if m := lookupSpecial(TypeOf(args[0]), "__dir__"); m != nil {
			l := &List{V: iterToSlice(th, call1(th, m, args[0]))}
			sortList(th, l, nil, nil)
			return l
		}
		return dirOf(th, args[0])
	})
	m.AddFunc("vars", "([object])", "Show vars.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("vars", args, 0, 1)
		if len(args) == 0 {
			return th.interp.Main.DictCopy()
		}
		d := getAttr(th, args[0], "__dict__")
		if d == nil {
			Raise(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return d
	})
	m.AddFunc("globals", "()", "Return the dictionary containing the current scope's global variables (a snapshot).", func(th *Thread, args []Object, kw Kwargs) Object {
		if th.frame != nil && th.frame.code.module != nil {
			return th.frame.code.module.DictCopy()
		}
		return th.interp.Main.DictCopy()
	})
	m.AddFunc("locals", "()", "Return a dictionary containing the current scope's local variables (a snapshot).", func(th *Thread, args []Object, kw Kwargs) Object {
		fr := th.frame
		d := NewDict()
		if fr == nil {
			return d
		}
		if fr.classNS != nil {
			for _, k := range fr.classNS.order {
				if v, ok := fr.classNS.m[k]; ok {
					d.SetStr(k, v)
				}
			}
			return d
		}
		if fr.fn == nil && fr.code.module != nil && fr.code.Name == "<module>" {
			return fr.code.module.DictCopy()
		}
		for i, n := range fr.code.localNames {
			if i < len(fr.locals) && fr.locals[i] != nil {
				d.SetStr(n, fr.locals[i])
			}
		}
		for i, n := range fr.code.cellNames {
			if i < len(fr.cells) && fr.cells[i] != nil && fr.cells[i].V != nil {
				d.SetStr(n, fr.cells[i].V)
			}
		}
		return d
	})
	m.AddFunc("input", "(prompt='', /)", "Read a string from standard input. The trailing newline is stripped.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("input", args, 0, 1)
		prompt := ""
		if len(args) == 1 {
			prompt = ToStr(th, args[0])
		}
		return Str(th.interp.readInput(th, prompt))
	})
	m.AddFunc("open", "(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)", "Open file and return a stream.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("open", args, kw, "file", "mode?", "buffering?", "encoding?", "errors?", "newline?")
		mode := "r"
		if a[1] != nil {
			mode = ToStr(th, a[1])
		}
		return openFile(th, ToStr(th, a[0]), mode)
	})
	exitFn := func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("exit", args, 0, 1)
		panic(NewExc(SystemExitType, args...))
	}
	m.AddFunc("exit", "(code=None)", "Exit the interpreter by raising SystemExit(code).", exitFn)
	m.AddFunc("quit", "(code=None)", "Exit the interpreter by raising SystemExit(code).", exitFn)
	m.AddFunc("help", "([object])", "Show the documentation of an object.", func(th *Thread, args []Object, kw Kwargs) Object {
		if len(args) == 0 {
			writeTo(th, nil, "Type help(object) to show the documentation of a function, class or module.\n")
			return None
		}
		writeTo(th, nil, HelpText(th, args[0])+"\n")
		return None
	})
	m.AddFunc("exec", "(source, globals=None, locals=None, /)", "Execute the given source in the __main__ namespace.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("exec", args, 1, 3)
		src := ToStr(th, args[0])
		_, err := th.interp.execIn(th.Ctx, th.interp.Main, src, "<string>", false)
		if err != nil {
			panic(err.(*Error).Exc)
		}
		return None
	})
	m.AddFunc("eval", "(source, globals=None, locals=None, /)", "Evaluate the given source in the __main__ namespace.", func(th *Thread, args []Object, kw Kwargs) Object {
		checkArgs("eval", args, 1, 3)
		src := strings.TrimSpace(ToStr(th, args[0]))
		mod, err := parse(src, "<string>", py.EvalMode)
		if err != nil {
			panic(err.(*Error).Exc)
		}
		e := mod.(*ast.Expression)
		root, scopes, serr := buildScopes(e)
		if serr != nil {
			panic(serr.(*Error).Exc)
		}
		c := &compiler{interp: th.interp, file: "<string>", mod: th.interp.Main, scope: root, scopes: scopes}
		var f exprFn
		var cerr error
		func() {
			defer func() {
				if r := recover(); r != nil {
					if ce, ok := r.(*compileError); ok {
						cerr = syntaxErr(ce.msg)
						return
					}
					panic(r)
				}
			}()
			f = c.expr(e.Body)
		}()
		if cerr != nil {
			panic(cerr.(*Error).Exc)
		}
		fr := &Frame{code: &Code{Name: "<module>", File: "<string>", module: th.interp.Main}, th: th, line: 1}
		fr.back = th.frame
		th.frame = fr
		r := f(fr)
		th.frame = fr.back
		return r
	})
	m.AddFunc("__import__", "(name, globals=None, locals=None, fromlist=(), level=0)", "Import a module.", func(th *Thread, args []Object, kw Kwargs) Object {
		a := Args("__import__", args, kw, "name", "globals?", "locals?", "fromlist?", "level?")
		name := ToStr(th, a[0])
		m := th.interp.importModule(th, name, 0, "")
		if i := strings.IndexByte(name, '.'); i > 0 && (a[3] == nil || !Truth(th, a[3])) {
			return th.interp.importModule(th, name[:i], 0, "")
		}
		return m
	})
	m.AddFunc("complex", "(real=0, imag=0)", "Complex numbers are not supported.", func(th *Thread, args []Object, kw Kwargs) Object {
		Raise(NotImplementedErrorType, "complex numbers are not supported in the Lumen dialect")
		return nil
	})
	m.Set("bytearray", ByteArrayType)
	addDisplayBuiltins(m)
	for name, b := range unpackBuiltins {
		m.Set(name, b)
	}
	m.AddFunc("breakpoint", "()", "Debugging is not supported.", func(th *Thread, args []Object, kw Kwargs) Object {
		Raise(NotImplementedErrorType, "breakpoint() is not supported in the Lumen dialect")
		return nil
	})
	return m
}

func isInstance(th *Thread, o, cls Object) bool {
	switch c := cls.(type) {
	case *Type:
		t := TypeOf(o)
		if t.IsSubtype(c) {
			return true
		}
		if c == IntType {
			if _, ok := o.(Bool); ok {
				return true
			}
		}
		if ic := lookupSpecial(c.PyType(), "__instancecheck__"); ic != nil {
			if _, ok := ic.(*Builtin); !ok {
				return Truth(th, callMethod(th, ic, c, []Object{o}, nil))
			}
		}
		return false
	case Tuple:
		for _, x := range c {
			if isInstance(th, o, x) {
				return true
			}
		}
		return false
	}
	Raise(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return false
}

func isSubclass(c *Type, cls Object) bool {
	switch v := cls.(type) {
	case *Type:
		return c.IsSubtype(v)
	case Tuple:
		for _, x := range v {
			if isSubclass(c, x) {
				return true
			}
		}
		return false
	}
	Raise(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	return false
}

func dirOf(th *Thread, o Object) *List {
	names := map[string]bool{}
	switch v := o.(type) {
	case *Module:
		for _, n := range v.Names() {
			names[n] = true
		}
	case *Type:
		for _, c := range v.MRO {
			for k := range c.Dict {
				names[k] = true
			}
		}
	case *Instance:
		for k := range v.Dict {
			names[k] = true
		}
		for _, c := range v.Class.MRO {
			for k := range c.Dict {
				names[k] = true
			}
		}
	default:
		for _, c := range TypeOf(o).MRO {
			for k := range c.Dict {
				names[k] = true
			}
		}
	}
	out := make([]string, 0, len(names))
	for n := range names {
		out = append(out, n)
	}
	sort.Strings(out)
	l := &List{}
	for _, n := range out {
		l.V = append(l.V, Str(n))
	}
	return l
}

// roundObj is round(x, ndigits).
func roundObj(th *Thread, x, nd Object) Object {
	switch v := x.(type) {
	case Float:
		f := float64(v)
		if nd == nil || nd == None {
			if math.IsNaN(f) {
				Raise(ValueErrorType, "cannot convert float NaN to integer")
			}
			if math.IsInf(f, 0) {
				Raise(OverflowErrorType, "cannot convert float infinity to integer")
			}
			r := math.RoundToEven(f)
			if math.Abs(r) < 9e18 {
				return Int(int64(r))
			}
			b, _ := new(big.Float).SetFloat64(r).Int(nil)
			return MakeInt(b)
		}
		r, err := pyfmt.RoundFloat(f, Index(th, nd))
		if err != nil {
			raiseFmt(err)
		}
		return Float(r)
	case Int, Bool, *big.Int:
		if nd == nil || nd == None {
			return Pos(th, x)
		}
		n := Index(th, nd)
		if n >= 0 {
			return Pos(th, x)
		}
		// round to 10**-n with half-even
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		b := bigOf(x)
		q, r := new(big.Int).DivMod(b, p, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(p)
		if c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeInt(q.Mul(q, p))
	}
	if m := lookupSpecial(TypeOf(x), "__round__"); m != nil {
		if nd == nil {
			return call1(th, m, x)
		}
		return call2(th, m, x, nd)
	}
	Raise(TypeErrorType, "type %s doesn't define __round__ method", typeName(x))
	return nil
}

// writeTo writes s to a file-like object, or to sys.stdout when nil.
func writeTo(th *Thread, file Object, s string) {
	in := th.interp
	if file == nil {
		if sys, ok := in.modules["sys"]; ok {
			file = sys.Get("stdout")
		}
	}
	if file == nil {
		io.WriteString(in.Stdout, s)
		return
	}
	if f, ok := file.(*File); ok && f.w != nil {
		f.write(th, s)
		return
	}
	w := GetAttr(th, file, "write")
	Call(th, w, []Object{Str(s)}, nil)
}

type bufferedReader struct{ r *bufio.Reader }

// readInput implements input(): through the embedder's hook (the kernel's
// stdin channel) or a line from stdin.
func (in *Interp) readInput(th *Thread, prompt string) string {
	if in.opts.Input != nil {
		s, err := in.opts.Input(prompt, false)
		if err != nil {
			if err == io.EOF {
				Raise(EOFErrorType, "EOF when reading a line")
			}
			Raise(RuntimeErrorType, "%s", err.Error())
		}
		return s
	}
	writeTo(th, nil, prompt)
	if in.stdinBuf == nil {
		in.stdinBuf = &bufferedReader{bufio.NewReader(in.stdin)}
	}
	line, err := in.stdinBuf.r.ReadString('\n')
	if err != nil && line == "" {
		Raise(EOFErrorType, "EOF when reading a line")
	}
	return strings.TrimRight(line, "\r\n")
}

// HelpText renders help(obj): signature and docstring.
func HelpText(th *Thread, o Object) string {
	sig, doc := SignatureAndDoc(th, o)
	var b strings.Builder
	b.WriteString(sig)
	if doc != "" {
		b.WriteString("\n\n")
		for _, l := range strings.Split(doc, "\n") {
			b.WriteString("    " + l + "\n")
		}
	}
	if t, ok := o.(*Type); ok {
		var methods []string
		for _, k := range sortedKeys(t.Dict) {
			if strings.HasPrefix(k, "_") {
				continue
			}
			switch t.Dict[k].(type) {
			case *Function, *Builtin, *Property, *StaticMethod, *ClassMethod:
				methods = append(methods, k)
			}
		}
		if len(methods) > 0 {
			b.WriteString("\n  Methods and attributes:\n")
			for _, k := range methods {
				s, d := SignatureAndDoc(th, t.Dict[k])
				first := strings.SplitN(d, "\n", 2)[0]
				b.WriteString("    " + k + strings.TrimPrefix(s, k) + "\n")
				if first != "" {
					b.WriteString("        " + first + "\n")
				}
			}
		}
	}
	if m, ok := o.(*Module); ok {
		var fns []string
		for _, n := range m.Names() {
			if strings.HasPrefix(n, "_") {
				continue
			}
			switch m.Get(n).(type) {
			case *Function, *Builtin, *Type:
				fns = append(fns, n)
			}
		}
		if len(fns) > 0 {
			b.WriteString("\n  Contents:\n")
			for _, n := range fns {
				s, d := SignatureAndDoc(th, m.Get(n))
				first := strings.SplitN(d, "\n", 2)[0]
				b.WriteString("    " + s + "\n")
				if first != "" {
					b.WriteString("        " + first + "\n")
				}
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// SignatureAndDoc returns "name(params)" and the docstring of an object.
func SignatureAndDoc(th *Thread, o Object) (string, string) {
	switch v := o.(type) {
	case *Function:
		doc := ""
		if s, ok := v.Doc.(Str); ok {
			doc = cleanDoc(string(s))
		}
		return v.Name + v.signature(), doc
	case *Builtin:
		sig := v.Sig
		if sig == "" {
			sig = "(...)"
		}
		return v.Name + sig, v.Doc
	case *Method:
		s, d := SignatureAndDoc(th, v.Fn)
		return strings.Replace(s, "(self, ", "(", 1), d
	case *Type:
		sig := "class " + v.Name
		if init, ok := v.Lookup("__init__").(*Function); ok {
			sig += strings.Replace(init.signature(), "(self, ", "(", 1)
			sig = strings.Replace(sig, "(self)", "()", 1)
		}
		doc := cleanDoc(v.Doc)
		if doc == "" {
			if init, ok := v.Lookup("__init__").(*Function); ok {
				if s, ok := init.Doc.(Str); ok {
					doc = cleanDoc(string(s))
				}
			}
		}
		return sig, doc
	case *Module:
		return "module " + v.Name, v.Doc
	case *Property:
		doc := ""
		if s, ok := v.Doc.(Str); ok {
			doc = string(s)
		} else if f, ok := v.Get.(*Function); ok {
			if s, ok := f.Doc.(Str); ok {
				doc = cleanDoc(string(s))
			}
		}
		return v.Name, doc
	case *StaticMethod:
		return SignatureAndDoc(th, v.Fn)
	case *ClassMethod:
		return SignatureAndDoc(th, v.Fn)
	}
	t := TypeOf(o)
	return Repr(th, o), cleanDoc(t.Doc)
}

// cleanDoc removes a docstring's common indentation (inspect.cleandoc).
func cleanDoc(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\t", "        "), "\n")
	indent := -1
	for _, l := range lines[1:] {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			continue
		}
		if n := len(l) - len(t); indent < 0 || n < indent {
			indent = n
		}
	}
	lines[0] = strings.TrimSpace(lines[0])
	if indent > 0 {
		for i := 1; i < len(lines); i++ {
			if len(lines[i]) >= indent {
				lines[i] = lines[i][indent:]
			} else {
				lines[i] = strings.TrimLeft(lines[i], " ")
			}
		}
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// sortList sorts in place, stably, with key and reverse like list.sort.
func sortList(th *Thread, l *List, key, reverse Object) {
	rev := reverse != nil && reverse != None && Truth(th, reverse)
	items := l.V
	keys := items
	if key != nil && key != None {
		keys = make([]Object, len(items))
		for i, x := range items {
			keys[i] = Call(th, key, []Object{x}, nil)
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	allInt, allFloat, allStr := true, true, true
	for _, k := range keys {
		switch k.(type) {
		case Int:
			allFloat, allStr = false, false
		case Float:
			allInt, allStr = false, false
		case Str:
			allInt, allFloat = false, false
		default:
			allInt, allFloat, allStr = false, false, false
		}
	}
	var less func(a, b int) bool
	switch {
	case allInt:
		less = func(a, b int) bool { return keys[a].(Int) < keys[b].(Int) }
	case allFloat:
		less = func(a, b int) bool { return keys[a].(Float) < keys[b].(Float) }
	case allStr:
		less = func(a, b int) bool { return keys[a].(Str) < keys[b].(Str) }
	default:
		less = func(a, b int) bool { return Less(th, keys[a], keys[b]) }
	}
	// poll for interrupts every few thousand comparisons: a Go sort of
	// millions of items must stop as promptly as a script loop
	n := 0
	polled := func(a, b int) bool {
		if n++; n&4095 == 0 {
			th.CheckInterrupt()
		}
		return less(a, b)
	}
	if rev {
		sort.SliceStable(idx, func(i, j int) bool { return polled(idx[j], idx[i]) })
	} else {
		sort.SliceStable(idx, func(i, j int) bool { return polled(idx[i], idx[j]) })
	}
	out := make([]Object, len(items))
	for i, j := range idx {
		out[i] = items[j]
	}
	l.V = out
}

// ExecFile runs a script file as __main__ (lumen run).
func (in *Interp) ExecFile(ctx context.Context, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	in.Main.Set("__file__", Str(path))
	_, err = in.execIn(ctx, in.Main, string(data), path, false)
	return err
}

// asciiEscape escapes the non-ASCII characters of a repr like ascii() does.
func asciiEscape(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	return b.String()
}
