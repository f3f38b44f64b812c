package scripting

// Small exported helpers for Go modules and bindings built on the runtime.

// ToSlice drains any iterable into a new slice.
func ToSlice(th *Thread, o Object) []Object { return iterToSlice(th, o) }

// LookupSpecial finds a method on an object's type (not the instance).
func LookupSpecial(o Object, name string) Object { return lookupSpecial(TypeOf(o), name) }

// CallMethod calls o.name(*args, **kw).
func CallMethod(th *Thread, o Object, name string, args []Object, kw Kwargs) Object {
	return Call(th, GetAttr(th, o, name), args, kw)
}

// AsFloat converts int, bool and float values to float64.
func AsFloat(o Object) (float64, bool) { return asFloat(o) }

// FloatArg converts a number argument to float64 or raises TypeError naming fn.
func FloatArg(th *Thread, fn string, o Object) float64 {
	if f, ok := asFloat(o); ok {
		return f
	}
	if m := lookupSpecial(TypeOf(o), "__float__"); m != nil {
		if f, ok := asFloat(call1(th, m, o)); ok {
			return f
		}
	}
	Raise(TypeErrorType, "must be real number, not %s", typeName(o))
	return 0
}

// IsInt reports whether o is an int (bool included, like isinstance(o, int)).
func IsInt(o Object) bool { return isIntLike(o) }

// BigOf returns an int's value as *big.Int (nil if o is not an int).
var BigOf = bigOf

// TypeNameOf is type(o).__name__.
func TypeNameOf(o Object) string { return typeName(o) }

// Bool converts a Go bool.
func BoolOf(b bool) Object { return boolOf(b) }

// SortList sorts a list in place like list.sort(key=, reverse=).
func SortList(th *Thread, l *List, key, reverse Object) { sortList(th, l, key, reverse) }

// CheckArgs validates a positional argument count.
func CheckArgs(name string, args []Object, min, max int) { checkArgs(name, args, min, max) }

// IsInstance is isinstance(o, cls).
func IsInstance(th *Thread, o, cls Object) bool { return isInstance(th, o, cls) }

// NewClass creates a script class with the given attributes (type(name, bases, dict)).
func NewClass(th *Thread, name string, bases []*Type, attrs map[string]Object, order []string) *Type {
	return newClass(th, name, bases, order, attrs)
}

// Interp returns the interpreter running on this thread.
func (th *Thread) Interp() *Interp { return th.interp }

// CheckInterrupt raises KeyboardInterrupt if the running code was cancelled;
// long Go loops call it periodically.
func (th *Thread) CheckInterrupt() {
	if th.cancelled.Load() {
		th.checkInterrupt()
	}
}

// FromGo converts plain Go data (bool, integers, floats, string, []byte,
// slices and string-keyed maps of those) into script values.
func FromGo(v any) Object {
	switch x := v.(type) {
	case nil:
		return None
	case Object:
		switch x.(type) {
		case Int, Float, Str, Bool, Tuple, *List, *Dict, NoneType:
			return x
		}
	}
	switch x := v.(type) {
	case bool:
		return Bool(x)
	case int:
		return mkInt(Int(x))
	case int32:
		return Int(x)
	case int64:
		return mkInt(Int(x))
	case uint32:
		return Int(x)
	case float32:
		return Float(x)
	case float64:
		return Float(x)
	case string:
		return Str(x)
	case []byte:
		return Bytes(x)
	case []float64:
		l := &List{V: make([]Object, len(x))}
		for i, f := range x {
			l.V[i] = Float(f)
		}
		return l
	case []string:
		l := &List{V: make([]Object, len(x))}
		for i, s := range x {
			l.V[i] = Str(s)
		}
		return l
	case []any:
		l := &List{V: make([]Object, len(x))}
		for i, e := range x {
			l.V[i] = FromGo(e)
		}
		return l
	case map[string]any:
		d := NewDict()
		for _, k := range sortedAnyKeys(x) {
			d.SetStr(k, FromGo(x[k]))
		}
		return d
	}
	return v
}

func sortedAnyKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sortStrings(out)
	return out
}

// Builtins returns the builtins module (for modules that re-export display and friends).
func (in *Interp) Builtins() *Module { return in.builtins }
