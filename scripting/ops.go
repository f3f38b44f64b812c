package scripting

import (
	"math"
	"math/big"
	"math/bits"
	"strings"
)

// FloatPow computes float ** float. The stdlib package points it at the C
// library's pow (as CPython uses) when cgo is available, so results match
// CPython to the last bit.
var FloatPow = math.Pow

// Exported operator codes for BinaryOp (the operator module uses them).
const (
	OpAdd      = bAdd
	OpSub      = bSub
	OpMul      = bMul
	OpDiv      = bDiv
	OpFloorDiv = bFloorDiv
	OpMod      = bMod
	OpPow      = bPow
	OpLShift   = bLShift
	OpRShift   = bRShift
	OpAnd      = bAnd
	OpOr       = bOr
	OpXor      = bXor
	OpLt       = opLt
	OpLe       = opLe
	OpEq       = opEq
	OpNe       = opNe
	OpGt       = opGt
	OpGe       = opGe
)

// Truth is Python's bool(o).
func Truth(th *Thread, o Object) bool {
	switch v := o.(type) {
	case Bool:
		return bool(v)
	case Int:
		return v != 0
	case NoneType:
		return false
	case Float:
		return v != 0
	case Str:
		return v != ""
	case *List:
		return len(v.V) > 0
	case Tuple:
		return len(v) > 0
	case *Dict:
		return v.live > 0
	case *Set:
		return v.Len() > 0
	case *big.Int:
		return v.Sign() != 0
	case Bytes:
		return v != ""
	case *Range:
		return rangeLen(v) > 0
	case *Function, *Builtin, *Type, *Module, *Method:
		return true
	}
	cls := TypeOf(o)
	if m := lookupSpecial(cls, "__bool__"); m != nil {
		r := call1(th, m, o)
		b, ok := r.(Bool)
		if !ok {
			Raise(TypeErrorType, "__bool__ should return bool, returned %s", typeName(r))
		}
		return bool(b)
	}
	if m := lookupSpecial(cls, "__len__"); m != nil {
		return toInt(call1(th, m, o)) != 0
	}
	return true
}

func toInt(o Object) int64 {
	switch v := o.(type) {
	case Int:
		return int64(v)
	case Bool:
		if v {
			return 1
		}
		return 0
	}
	Raise(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(o))
	return 0
}

// Index converts o to a Go int the way __index__ does.
func Index(th *Thread, o Object) int {
	switch v := o.(type) {
	case Int:
		return int(v)
	case Bool:
		if v {
			return 1
		}
		return 0
	case *big.Int:
		Raise(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	case *Instance:
		if p, ok := v.Payload.(Int); ok {
			return int(p)
		}
	}
	if m := lookupSpecial(TypeOf(o), "__index__"); m != nil {
		return Index(th, call1(th, m, o))
	}
	Raise(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(o))
	return 0
}

// Repr is Python's repr(o).
func Repr(th *Thread, o Object) string {
	switch v := o.(type) {
	case Str:
		return strRepr(string(v))
	case Int:
		return itoa(int64(v))
	case Float:
		return floatRepr(float64(v))
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case NoneType:
		return "None"
	case *big.Int:
		return v.String()
	case *List:
		return reprSeq(th, o, "[", "]", v.V, false)
	case Tuple:
		return reprSeq(th, o, "(", ")", v, len(v) == 1)
	case *Dict:
		return reprDict(th, v)
	case *Set:
		return reprSet(th, v)
	case Bytes:
		return bytesRepr(string(v))
	case EllipsisType:
		return "Ellipsis"
	case NotImplementedType:
		return "NotImplemented"
	case *Type:
		if v.isExceptionClass() || v.Builtin {
			return "<class '" + dottedName(v) + "'>"
		}
		return "<class '" + dottedName(v) + "'>"
	case *Function:
		return "<function " + v.Qualname + " at " + addr(v) + ">"
	case *Builtin:
		return "<built-in function " + v.Name + ">"
	case *Method:
		return "<bound method " + methodName(v.Fn) + " of " + Repr(th, v.Self) + ">"
	case *Module:
		return "<module '" + v.Name + "'>"
	case *Range:
		if v.Step == 1 {
			return "range(" + itoa(v.Start) + ", " + itoa(v.Stop) + ")"
		}
		return "range(" + itoa(v.Start) + ", " + itoa(v.Stop) + ", " + itoa(v.Step) + ")"
	case *Slice:
		return "slice(" + Repr(th, v.Start) + ", " + Repr(th, v.Stop) + ", " + Repr(th, v.Step) + ")"
	}
	cls := TypeOf(o)
	if m := lookupSpecial(cls, "__repr__"); m != nil && m != objectRepr {
		r := call1(th, m, o)
		s, ok := r.(Str)
		if !ok {
			Raise(TypeErrorType, "__repr__ returned non-string (type %s)", typeName(r))
		}
		return string(s)
	}
	if inst, ok := o.(*Instance); ok && inst.Exc != nil {
		return excRepr(th, inst)
	}
	return "<" + dottedName(cls) + " object at " + addr(o) + ">"
}

func methodName(fn Object) string {
	switch f := fn.(type) {
	case *Function:
		return f.Qualname
	case *Builtin:
		return f.Name
	}
	return "?"
}

func excRepr(th *Thread, e *Instance) string {
	args := e.Exc.Args
	if len(args) == 1 {
		return e.Class.Name + "(" + Repr(th, args[0]) + ")"
	}
	return e.Class.Name + Repr(th, args)
}

// reprGuard stops infinite recursion on self-containing containers.
var reprActive = map[any]bool{}

func reprSeq(th *Thread, self Object, open, close string, items []Object, trailingComma bool) string {
	key := seqIdentity(self)
	if reprActive[key] {
		return open + "..." + close
	}
	reprActive[key] = true
	defer delete(reprActive, key)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(th, it))
	}
	if trailingComma {
		b.WriteString(",")
	}
	b.WriteString(close)
	return b.String()
}

func seqIdentity(o Object) any {
	switch v := o.(type) {
	case Tuple:
		if len(v) == 0 {
			return nil
		}
		return &v[0]
	}
	return o
}

func reprDict(th *Thread, d *Dict) string {
	if reprActive[d] {
		return "{...}"
	}
	reprActive[d] = true
	defer delete(reprActive, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i, k := range d.keys {
		if k == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(Repr(th, k))
		b.WriteString(": ")
		b.WriteString(Repr(th, d.vals[i]))
	}
	b.WriteByte('}')
	return b.String()
}

func reprSet(th *Thread, s *Set) string {
	items := s.Items()
	if len(items) == 0 {
		if s.Frozen {
			return "frozenset()"
		}
		return "set()"
	}
	var b strings.Builder
	if s.Frozen {
		b.WriteString("frozenset(")
	}
	b.WriteByte('{')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(th, it))
	}
	b.WriteByte('}')
	if s.Frozen {
		b.WriteByte(')')
	}
	return b.String()
}

// ToStr is Python's str(o).
func ToStr(th *Thread, o Object) string {
	switch v := o.(type) {
	case Str:
		return string(v)
	case Int:
		return itoa(int64(v))
	case Float:
		return floatRepr(float64(v))
	case *Instance:
		if v.Exc != nil {
			if m := lookupSpecial(v.Class, "__str__"); m != nil && m != objectStr && m != baseExcStr {
				return strResult(call1(th, m, o))
			}
			return excStr(th, v)
		}
	}
	cls := TypeOf(o)
	if m := lookupSpecial(cls, "__str__"); m != nil && m != objectStr {
		return strResult(call1(th, m, o))
	}
	return Repr(th, o)
}

func strResult(r Object) string {
	s, ok := r.(Str)
	if !ok {
		Raise(TypeErrorType, "__str__ returned non-string (type %s)", typeName(r))
	}
	return string(s)
}

func excStr(th *Thread, e *Instance) string {
	args := e.Exc.Args
	switch len(args) {
	case 0:
		return ""
	case 2, 3, 5:
		if e.Class.IsSubtype(OSErrorType) {
			msg := "[Errno " + ToStr(th, args[0]) + "] " + ToStr(th, args[1])
			if len(args) >= 3 {
				msg += ": " + Repr(th, args[2])
			}
			if len(args) == 5 {
				msg += " -> " + Repr(th, args[4])
			}
			return msg
		}
	case 1:
		if e.Class.IsSubtype(KeyErrorType) {
			return Repr(th, args[0])
		}
		return ToStr(th, args[0])
	}
	return Repr(th, args)
}

// Equal is Python's ==, returning a Go bool.
func Equal(th *Thread, a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y
		case Float:
			c, _ := cmpIntFloat(int64(x), float64(y))
			return c == 0
		case Bool:
			return x == boolInt(y)
		case *big.Int:
			return false
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x == y
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return x == y
		case Int:
			c, _ := cmpIntFloat(int64(y), float64(x))
			return c == 0
		case Bool:
			return float64(x) == float64(boolInt(y))
		case *big.Int:
			f, acc := new(big.Float).SetInt(y).Float64()
			return acc == big.Exact && f == float64(x)
		}
	case Bool:
		switch y := b.(type) {
		case Bool:
			return x == y
		case Int, Float:
			return Equal(th, b, a)
		}
	case NoneType:
		_, ok := b.(NoneType)
		return ok
	case *big.Int:
		switch y := b.(type) {
		case *big.Int:
			return x.Cmp(y) == 0
		case Int:
			return false
		case Float:
			return Equal(th, b, a)
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqEqual(th, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return x == y || seqEqual(th, x.V, y.V)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok {
			return dictEqual(th, x, y)
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return x.Len() == y.Len() && isSubset(th, x, y)
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return x == y
		}
	case *Range:
		if y, ok := b.(*Range); ok {
			return rangeEqual(x, y)
		}
	case *Slice:
		if y, ok := b.(*Slice); ok {
			return Equal(th, Tuple{x.Start, x.Stop, x.Step}, Tuple{y.Start, y.Stop, y.Step})
		}
	}
	r := richCompare(th, a, b, opEq)
	return Truth(th, r)
}

func boolInt(b Bool) Int {
	if b {
		return 1
	}
	return 0
}

func seqEqual(th *Thread, a, b []Object) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !same(a[i], b[i]) && !equalNoPanicIdentity(th, a[i], b[i]) {
			return false
		}
	}
	return true
}

// equalNoPanicIdentity compares container elements: identity implies equality
// (as CPython's containers assume), else ==.
func equalNoPanicIdentity(th *Thread, a, b Object) bool {
	if p, ok := a.(*Instance); ok {
		if q, ok := b.(*Instance); ok && p == q {
			return true
		}
	}
	return Equal(th, a, b)
}

func dictEqual(th *Thread, a, b *Dict) bool {
	if a.live != b.live {
		return false
	}
	for i, k := range a.keys {
		if k == nil {
			continue
		}
		v := b.GetItem(th, k)
		if v == nil || !equalNoPanicIdentity(th, a.vals[i], v) {
			return false
		}
	}
	return true
}

func isSubset(th *Thread, a, b *Set) bool {
	for _, k := range a.Items() {
		if !b.Contains(th, k) {
			return false
		}
	}
	return true
}

type cmpOp int

const (
	opLt cmpOp = iota
	opLe
	opEq
	opNe
	opGt
	opGe
)

var cmpNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSyms = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpSwap = [...]cmpOp{opGt, opGe, opEq, opNe, opLt, opLe}

// richCompare dispatches a comparison to dunders, with the reflected
// operation as fallback, as CPython does.
func richCompare(th *Thread, a, b Object, op cmpOp) Object {
	ta, tb := TypeOf(a), TypeOf(b)
	name, rname := cmpNames[op], cmpNames[cmpSwap[op]]
	// a subclass's reflected method goes first
	if ta != tb && tb.IsSubtype(ta) {
		if m := lookupSpecial(tb, rname); m != nil && !isObjectCmp(m) {
			if r := call2(th, m, b, a); r != NotImplemented {
				return r
			}
		}
	}
	if m := lookupSpecial(ta, name); m != nil && !isObjectCmp(m) {
		if r := call2(th, m, a, b); r != NotImplemented {
			return r
		}
	}
	if m := lookupSpecial(tb, rname); m != nil && !isObjectCmp(m) {
		if r := call2(th, m, b, a); r != NotImplemented {
			return r
		}
	}
	switch op {
	case opEq:
		return boolOf(identical(a, b))
	case opNe:
		if m := lookupSpecial(ta, "__eq__"); m != nil && !isObjectCmp(m) {
			r := call2(th, m, a, b)
			if r != NotImplemented {
				return boolOf(!Truth(th, r))
			}
		}
		return boolOf(!identical(a, b))
	}
	Raise(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSyms[op], ta.Name, tb.Name)
	return nil
}

func identical(a, b Object) bool { return same(a, b) }

// same is object identity (`is`) without Go's panic on comparing slices:
// tuples are the same object when they share their backing array.
func same(a, b Object) bool {
	switch x := a.(type) {
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case *Instance, *List, *Dict, *Set, *Function, *Type, *Module:
		return a == b
	case Float:
		// a NaN stored in a variable is one object: [nan] == [nan]
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

func isObjectCmp(m Object) bool {
	return m == objectEq || m == objectNe || m == objectCmpNI
}

// Compare is Python's a <op> b for the ordering operators and ==/!=.
func Compare(th *Thread, a, b Object, op cmpOp) Object {
	switch op {
	case opEq:
		if isCoreValue(a) && isCoreValue(b) {
			return boolOf(Equal(th, a, b))
		}
		// objects may return anything from __eq__ (arrays return arrays)
		return richCompare(th, a, b, opEq)
	case opNe:
		switch a.(type) {
		case Int, Float, Str, Tuple, *List, *Dict, *Set, NoneType, Bool, *big.Int, Bytes:
			return boolOf(!Equal(th, a, b))
		}
		return richCompare(th, a, b, opNe)
	}
	if c, ok := fastOrder(th, a, b); ok {
		if c == 2 { // NaN: unordered
			return False
		}
		switch op {
		case opLt:
			return boolOf(c < 0)
		case opLe:
			return boolOf(c <= 0)
		case opGt:
			return boolOf(c > 0)
		case opGe:
			return boolOf(c >= 0)
		}
	}
	if sa, ok := a.(*Set); ok {
		if sb, ok := b.(*Set); ok {
			switch op {
			case opLe:
				return boolOf(isSubset(th, sa, sb))
			case opLt:
				return boolOf(sa.Len() < sb.Len() && isSubset(th, sa, sb))
			case opGe:
				return boolOf(isSubset(th, sb, sa))
			case opGt:
				return boolOf(sb.Len() < sa.Len() && isSubset(th, sb, sa))
			}
		}
	}
	return richCompare(th, a, b, op)
}

// isCoreValue reports the built-in value types whose == is always a bool.
func isCoreValue(o Object) bool {
	switch o.(type) {
	case Int, Float, Str, Bool, NoneType, Tuple, *List, *Dict, *Set, *big.Int, Bytes, *Range, *Slice, *Function, *Builtin, *Type, *Module:
		return true
	}
	return false
}

// fastOrder orders built-in values; ok is false when dunders must decide.
// NaN compares false everywhere, which c=2 (unordered) encodes.
func fastOrder(th *Thread, a, b Object) (int, bool) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return cmpInt(int64(x), int64(y)), true
		case Float:
			return cmpIntFloat(int64(x), float64(y))
		case Bool:
			return cmpInt(int64(x), int64(boolInt(y))), true
		case *big.Int:
			return big.NewInt(int64(x)).Cmp(y), true
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return cmpFloat(float64(x), float64(y))
		case Int:
			c, ok := cmpIntFloat(int64(y), float64(x))
			if c != 2 {
				c = -c
			}
			return c, ok
		case Bool:
			return cmpFloat(float64(x), float64(boolInt(y)))
		case *big.Int:
			f, _ := new(big.Float).SetInt(y).Float64()
			return cmpFloat(float64(x), f)
		}
	case Bool:
		switch b.(type) {
		case Int, Float, Bool, *big.Int:
			return fastOrder(th, boolInt(x), b)
		}
	case *big.Int:
		switch y := b.(type) {
		case Int:
			return x.Cmp(big.NewInt(int64(y))), true
		case *big.Int:
			return x.Cmp(y), true
		case Float:
			f, _ := new(big.Float).SetInt(x).Float64()
			return cmpFloat(f, float64(y))
		case Bool:
			return x.Cmp(big.NewInt(int64(boolInt(y)))), true
		}
	case Str:
		if y, ok := b.(Str); ok {
			return strings.Compare(string(x), string(y)), true
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return strings.Compare(string(x), string(y)), true
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqOrder(th, x, y), true
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqOrder(th, x.V, y.V), true
		}
	}
	return 0, false
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// cmpIntFloat compares an int with a float exactly (2**53 + 1 != 2.0**53).
func cmpIntFloat(a int64, b float64) (int, bool) {
	if b != b {
		return 2, true
	}
	if uabs(a) <= 1<<53 || math.IsInf(b, 0) {
		return cmpFloat(float64(a), b)
	}
	return new(big.Float).SetInt64(a).Cmp(new(big.Float).SetFloat64(b)), true
}

func cmpFloat(a, b float64) (int, bool) {
	if a < b {
		return -1, true
	}
	if a > b {
		return 1, true
	}
	if a == b {
		return 0, true
	}
	return 2, true // unordered: every ordering comparison is false
}

// seqOrder compares sequences lexicographically; 2 means unordered.
func seqOrder(th *Thread, a, b []Object) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if same(a[i], b[i]) || Equal(th, a[i], b[i]) {
			continue
		}
		if Truth(th, Compare(th, a[i], b[i], opLt)) {
			return -1
		}
		if Truth(th, Compare(th, a[i], b[i], opGt)) {
			return 1
		}
		return 2
	}
	return cmpInt(int64(len(a)), int64(len(b)))
}

// Less is a < b as a Go bool (used by sort).
func Less(th *Thread, a, b Object) bool {
	if c, ok := fastOrder(th, a, b); ok {
		return c == -1
	}
	return Truth(th, richCompare(th, a, b, opLt))
}

// ---- arithmetic ----

type binOp int

const (
	bAdd binOp = iota
	bSub
	bMul
	bDiv
	bFloorDiv
	bMod
	bPow
	bLShift
	bRShift
	bAnd
	bOr
	bXor
)

var binNames = [...]string{"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__"}
var binRNames = [...]string{"__radd__", "__rsub__", "__rmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__", "__rand__", "__ror__", "__rxor__"}
var binINames = [...]string{"__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__"}
var binSyms = [...]string{"+", "-", "*", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^"}

// Boxed small ints, so common loop counters and sums do not allocate.
const (
	smallIntMin = -256
	smallIntMax = 1 << 12
)

var smallInts = func() []Object {
	t := make([]Object, smallIntMax-smallIntMin)
	for i := range t {
		t[i] = Int(i + smallIntMin)
	}
	return t
}()

// mkInt boxes an int, without allocating for small values.
func mkInt(v Int) Object {
	if v >= smallIntMin && v < smallIntMax {
		return smallInts[v-smallIntMin]
	}
	return v
}

// Add is a + b with the int fast path inline.
func Add(th *Thread, a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x + y
			if (s > x) == (y > 0) {
				return mkInt(s)
			}
			return MakeInt(new(big.Int).Add(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
		if y, ok := b.(Float); ok {
			return Float(float64(x) + float64(y))
		}
	} else if x, ok := a.(Float); ok {
		switch y := b.(type) {
		case Float:
			return x + y
		case Int:
			return x + Float(y)
		}
	} else if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return x + y
		}
	}
	return BinaryOp(th, bAdd, a, b)
}

// Sub is a - b.
func Sub(th *Thread, a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s := x - y
			if (s < x) == (y > 0) {
				return mkInt(s)
			}
			return MakeInt(new(big.Int).Sub(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
		if y, ok := b.(Float); ok {
			return Float(float64(x) - float64(y))
		}
	} else if x, ok := a.(Float); ok {
		switch y := b.(type) {
		case Float:
			return x - y
		case Int:
			return x - Float(y)
		}
	}
	return BinaryOp(th, bSub, a, b)
}

// Mul is a * b.
func Mul(th *Thread, a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r, ok := mulInt(int64(x), int64(y)); ok {
				return mkInt(Int(r))
			}
			return MakeInt(new(big.Int).Mul(big.NewInt(int64(x)), big.NewInt(int64(y))))
		}
		if y, ok := b.(Float); ok {
			return Float(float64(x) * float64(y))
		}
	} else if x, ok := a.(Float); ok {
		switch y := b.(type) {
		case Float:
			return x * y
		case Int:
			return x * Float(y)
		}
	}
	return BinaryOp(th, bMul, a, b)
}

func mulInt(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	neg := (a < 0) != (b < 0)
	ua, ub := uabs(a), uabs(b)
	hi, lo := bits.Mul64(ua, ub)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func uabs(a int64) uint64 {
	if a < 0 {
		return uint64(-a)
	}
	return uint64(a)
}

// numKind classifies numeric operands for the generic path.
func asFloat(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case Int:
		return float64(v), true
	case Bool:
		return float64(boolInt(v)), true
	case *big.Int:
		f, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) {
			Raise(OverflowErrorType, "int too large to convert to float")
		}
		return f, true
	}
	return 0, false
}

func isIntLike(o Object) bool {
	switch o.(type) {
	case Int, Bool, *big.Int:
		return true
	}
	return false
}

// BinaryOp is the general binary operator: numbers, sequences, then dunders.
func BinaryOp(th *Thread, op binOp, a, b Object) Object {
	if r := numericOp(th, op, a, b); r != nil {
		return r
	}
	if r := seqOp(th, op, a, b); r != nil {
		return r
	}
	ta, tb := TypeOf(a), TypeOf(b)
	if ta != tb && tb.IsSubtype(ta) {
		if m := lookupSpecial(tb, binRNames[op]); m != nil {
			if r := call2(th, m, b, a); r != NotImplemented {
				return r
			}
		}
	}
	if m := lookupSpecial(ta, binNames[op]); m != nil {
		if r := call2(th, m, a, b); r != NotImplemented {
			return r
		}
	}
	if ta != tb {
		if m := lookupSpecial(tb, binRNames[op]); m != nil {
			if r := call2(th, m, b, a); r != NotImplemented {
				return r
			}
		}
	}
	if op == bMod {
		if _, ok := a.(Str); ok {
			return Str(percentFormat(th, string(a.(Str)), b))
		}
		if fb, ok := a.(Bytes); ok {
			return bytesPercent(th, fb, b)
		}
	}
	if op == bMul {
		for _, p := range [][2]Object{{a, b}, {b, a}} {
			switch p[0].(type) {
			case Str, *List, Tuple, Bytes:
				Raise(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeName(p[1]))
			}
		}
	}
	if op == bAdd {
		switch a.(type) {
		case Str:
			Raise(TypeErrorType, "can only concatenate str (not \"%s\") to str", tb.Name)
		case *List:
			Raise(TypeErrorType, "can only concatenate list (not \"%s\") to list", tb.Name)
		case Tuple:
			Raise(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", tb.Name)
		}
	}
	Raise(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binSyms[op], ta.Name, tb.Name)
	return nil
}

// InplaceOp is a op= b: __iop__ first, then the binary operator.
func InplaceOp(th *Thread, op binOp, a, b Object) Object {
	switch x := a.(type) {
	case Int, Float, Str, Tuple:
		return BinaryOp(th, op, a, b)
	case *List:
		if op == bAdd {
			x.V = append(x.V, iterToSlice(th, b)...)
			return x
		}
		if op == bMul {
			n := Index(th, b)
			x.V = repeatSlice(x.V, n)
			return x
		}
	case *Set:
		if !x.Frozen {
			switch op {
			case bOr, bAnd, bSub, bXor:
				if _, ok := b.(*Set); !ok {
					break
				}
				r := setOp(th, op, x, b.(*Set))
				x.replaceWith(r)
				return x
			}
		}
	case *Dict:
		// dict |= other is 3.9+, not part of the dialect
	}
	if m := lookupSpecial(TypeOf(a), binINames[op]); m != nil {
		if r := call2(th, m, a, b); r != NotImplemented {
			return r
		}
	}
	return BinaryOp(th, op, a, b)
}

func repeatSlice(v []Object, n int) []Object {
	if n <= 0 {
		return nil
	}
	out := make([]Object, 0, len(v)*n)
	for i := 0; i < n; i++ {
		out = append(out, v...)
	}
	return out
}

func numericOp(th *Thread, op binOp, a, b Object) Object {
	if isIntLike(a) && isIntLike(b) {
		return intOp(th, op, a, b)
	}
	x, okx := asFloat(a)
	if !okx {
		return nil
	}
	y, oky := asFloat(b)
	if !oky {
		return nil
	}
	switch op {
	case bAdd:
		return Float(x + y)
	case bSub:
		return Float(x - y)
	case bMul:
		return Float(x * y)
	case bDiv:
		if y == 0 {
			Raise(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y)
	case bFloorDiv:
		if y == 0 {
			Raise(ZeroDivisionErrorType, "float floor division by zero")
		}
		return Float(floorDivFloat(x, y))
	case bMod:
		if y == 0 {
			Raise(ZeroDivisionErrorType, "float modulo")
		}
		return Float(modFloat(x, y))
	case bPow:
		return floatPow(x, y)
	}
	return nil
}

func floorDivFloat(x, y float64) float64 {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 && (y < 0) != (mod < 0) {
		div -= 1
	}
	if div == 0 {
		return math.Copysign(0, x/y)
	}
	fl := math.Floor(div)
	if div-fl > 0.5 {
		fl += 1
	}
	return fl
}

func modFloat(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

func floatPow(x, y float64) Object {
	if x == 0 && y < 0 {
		Raise(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Trunc(y) {
		Raise(ValueErrorType, "negative number cannot be raised to a fractional power (complex numbers are not supported)")
	}
	r := FloatPow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		Raise(OverflowErrorType, "(34, 'Numerical result out of range')")
	}
	return Float(r)
}

func intOp(th *Thread, op binOp, a, b Object) Object {
	if x, ok := a.(Bool); ok {
		a = boolInt(x)
	}
	if y, ok := b.(Bool); ok {
		b = boolInt(y)
	}
	x, xs := a.(Int)
	y, ys := b.(Int)
	if xs && ys {
		switch op {
		case bAdd:
			return Add(th, x, y)
		case bSub:
			return Sub(th, x, y)
		case bMul:
			return Mul(th, x, y)
		case bDiv:
			if y == 0 {
				Raise(ZeroDivisionErrorType, "division by zero")
			}
			if uabs(int64(x)) < 1<<53 && uabs(int64(y)) < 1<<53 {
				return Float(float64(x) / float64(y))
			}
		case bFloorDiv:
			if y == 0 {
				Raise(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if x == math.MinInt64 && y == -1 {
				break
			}
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return q
		case bMod:
			if y == 0 {
				Raise(ZeroDivisionErrorType, "integer modulo by zero")
			}
			if y == -1 {
				return Int(0)
			}
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return m
		case bPow:
			if y < 0 {
				return floatPow(float64(x), float64(y))
			}
			if r, ok := powInt(int64(x), int64(y)); ok {
				return Int(r)
			}
		case bLShift:
			if y < 0 {
				Raise(ValueErrorType, "negative shift count")
			}
			if y < 63 && x != 0 {
				r := int64(x) << uint(y)
				if r>>uint(y) == int64(x) {
					return Int(r)
				}
			} else if x == 0 {
				return Int(0)
			}
		case bRShift:
			if y < 0 {
				Raise(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				if x < 0 {
					return Int(-1)
				}
				return Int(0)
			}
			return x >> uint(y)
		case bAnd:
			return x & y
		case bOr:
			return x | y
		case bXor:
			return x ^ y
		}
	}
	bx, by := bigOf(a), bigOf(b)
	z := new(big.Int)
	switch op {
	case bAdd:
		return MakeInt(z.Add(bx, by))
	case bSub:
		return MakeInt(z.Sub(bx, by))
	case bMul:
		return MakeInt(z.Mul(bx, by))
	case bDiv:
		if by.Sign() == 0 {
			Raise(ZeroDivisionErrorType, "division by zero")
		}
		q, _ := new(big.Rat).SetFrac(bx, by).Float64()
		if math.IsInf(q, 0) {
			Raise(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(q)
	case bFloorDiv, bMod:
		if by.Sign() == 0 {
			if op == bMod {
				Raise(ZeroDivisionErrorType, "integer modulo by zero")
			}
			Raise(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, m := new(big.Int), new(big.Int)
		q.DivMod(bx, by, m) // Euclidean: m >= 0
		if m.Sign() != 0 && by.Sign() < 0 {
			// Euclidean → floor division for a negative divisor
			q.Sub(q, big.NewInt(1))
			m.Add(m, by)
		}
		if op == bFloorDiv {
			return MakeInt(q)
		}
		return MakeInt(m)
	case bPow:
		if by.Sign() < 0 {
			fx, _ := asFloat(a)
			fy, _ := asFloat(b)
			return floatPow(fx, fy)
		}
		if by.BitLen() > 32 {
			Raise(OverflowErrorType, "exponent too large")
		}
		return MakeInt(z.Exp(bx, by, nil))
	case bLShift:
		if by.Sign() < 0 {
			Raise(ValueErrorType, "negative shift count")
		}
		return MakeInt(z.Lsh(bx, uint(by.Uint64())))
	case bRShift:
		if by.Sign() < 0 {
			Raise(ValueErrorType, "negative shift count")
		}
		return MakeInt(z.Rsh(bx, uint(by.Uint64())))
	case bAnd:
		return MakeInt(z.And(bx, by))
	case bOr:
		return MakeInt(z.Or(bx, by))
	case bXor:
		return MakeInt(z.Xor(bx, by))
	}
	return nil
}

func powInt(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 == 1 {
			var ok bool
			r, ok = mulInt(r, x)
			if !ok {
				return 0, false
			}
		}
		y >>= 1
		if y > 0 {
			var ok bool
			x, ok = mulInt(x, x)
			if !ok {
				return 0, false
			}
		}
	}
	return r, true
}

func seqOp(th *Thread, op binOp, a, b Object) Object {
	switch x := a.(type) {
	case Str:
		switch op {
		case bAdd:
			if y, ok := b.(Str); ok {
				return x + y
			}
		case bMul:
			if isIntLike(b) {
				n := Index(th, b)
				if n <= 0 {
					return Str("")
				}
				return Str(strings.Repeat(string(x), n))
			}
		}
	case *List:
		switch op {
		case bAdd:
			if y, ok := b.(*List); ok {
				v := make([]Object, 0, len(x.V)+len(y.V))
				return &List{V: append(append(v, x.V...), y.V...)}
			}
		case bMul:
			if isIntLike(b) {
				return &List{V: repeatSlice(x.V, Index(th, b))}
			}
		}
	case Tuple:
		switch op {
		case bAdd:
			if y, ok := b.(Tuple); ok {
				v := make(Tuple, 0, len(x)+len(y))
				return append(append(v, x...), y...)
			}
		case bMul:
			if isIntLike(b) {
				return Tuple(repeatSlice(x, Index(th, b)))
			}
		}
	case Bytes:
		switch op {
		case bAdd:
			if y, ok := b.(Bytes); ok {
				return x + y
			}
		case bMul:
			if isIntLike(b) {
				n := Index(th, b)
				if n < 0 {
					n = 0
				}
				return Bytes(strings.Repeat(string(x), n))
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			switch op {
			case bOr, bAnd, bSub, bXor:
				return setOp(th, op, x, y)
			}
		}
	case *Dict:
	case Int, Bool, *big.Int:
		if op == bMul {
			switch b.(type) {
			case Str, *List, Tuple, Bytes:
				return seqOp(th, op, b, a)
			}
		}
	}
	return nil
}

func setOp(th *Thread, op binOp, x, y *Set) *Set {
	out := NewSet()
	out.Frozen = x.Frozen
	switch op {
	case bOr:
		for _, k := range x.Items() {
			out.Add(th, k)
		}
		for _, k := range y.Items() {
			out.Add(th, k)
		}
	case bAnd:
		for _, k := range x.Items() {
			if y.Contains(th, k) {
				out.Add(th, k)
			}
		}
	case bSub:
		for _, k := range x.Items() {
			if !y.Contains(th, k) {
				out.Add(th, k)
			}
		}
	case bXor:
		for _, k := range x.Items() {
			if !y.Contains(th, k) {
				out.Add(th, k)
			}
		}
		for _, k := range y.Items() {
			if !x.Contains(th, k) {
				out.Add(th, k)
			}
		}
	}
	return out
}

// Neg is -a.
func Neg(th *Thread, a Object) Object {
	switch v := a.(type) {
	case Int:
		if v == math.MinInt64 {
			return MakeInt(new(big.Int).Neg(big.NewInt(int64(v))))
		}
		return -v
	case Float:
		return -v
	case Bool:
		return -boolInt(v)
	case *big.Int:
		return MakeInt(new(big.Int).Neg(v))
	}
	return unaryDunder(th, a, "__neg__", "-")
}

// Pos is +a.
func Pos(th *Thread, a Object) Object {
	switch v := a.(type) {
	case Int, Float, *big.Int:
		return v
	case Bool:
		return boolInt(v)
	}
	return unaryDunder(th, a, "__pos__", "+")
}

// Invert is ~a.
func Invert(th *Thread, a Object) Object {
	switch v := a.(type) {
	case Int:
		return ^v
	case Bool:
		return ^boolInt(v)
	case *big.Int:
		return MakeInt(new(big.Int).Not(v))
	}
	return unaryDunder(th, a, "__invert__", "~")
}

func unaryDunder(th *Thread, a Object, name, sym string) Object {
	if m := lookupSpecial(TypeOf(a), name); m != nil {
		return call1(th, m, a)
	}
	Raise(TypeErrorType, "bad operand type for unary %s: '%s'", sym, typeName(a))
	return nil
}

// Abs is abs(a).
func Abs(th *Thread, a Object) Object {
	switch v := a.(type) {
	case Int:
		if v < 0 {
			return Neg(th, v)
		}
		return v
	case Float:
		return Float(math.Abs(float64(v)))
	case Bool:
		return boolInt(v)
	case *big.Int:
		return MakeInt(new(big.Int).Abs(v))
	}
	if m := lookupSpecial(TypeOf(a), "__abs__"); m != nil {
		return call1(th, m, a)
	}
	Raise(TypeErrorType, "bad operand type for abs(): '%s'", typeName(a))
	return nil
}

// bytesPercent is bytes % args: formatted through latin-1 so every byte
// survives; bytes arguments of %s are inserted as they are.
func bytesPercent(th *Thread, f Bytes, args Object) Object {
	latin := func(b []byte) Str {
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return Str(string(r))
	}
	conv := func(o Object) Object {
		switch v := o.(type) {
		case Bytes:
			return latin([]byte(v))
		case *ByteArray:
			return latin(v.B)
		}
		return o
	}
	if t, ok := args.(Tuple); ok {
		c := make(Tuple, len(t))
		for i, x := range t {
			c[i] = conv(x)
		}
		args = c
	} else {
		args = conv(args)
	}
	s := percentFormat(th, string(latin([]byte(f))), args)
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return Bytes(out)
}
