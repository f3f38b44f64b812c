package scripting

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lumenlab/lumen/scripting/pyfmt"
)

func itoa(i int64) string        { return strconv.FormatInt(i, 10) }
func floatRepr(f float64) string { return pyfmt.FloatRepr(f) }
func strRepr(s string) string    { return pyfmt.StrRepr(s) }
func bytesRepr(s string) string  { return pyfmt.BytesRepr([]byte(s)) }
func sortStrings(s []string)     { sort.Strings(s) }

// raiseFmt converts a pyfmt error into the matching script exception.
func raiseFmt(err error) {
	var fe *pyfmt.Error
	if errors.As(err, &fe) {
		switch fe.Kind {
		case "OverflowError":
			Raise(OverflowErrorType, "%s", fe.Msg)
		case "TypeError":
			Raise(TypeErrorType, "%s", fe.Msg)
		case "MemoryError":
			Raise(MemoryErrorType, "%s", fe.Msg)
		}
		Raise(ValueErrorType, "%s", fe.Msg)
	}
	Raise(ValueErrorType, "%s", err.Error())
}

// Format is format(o, spec): __format__ with fast paths for numbers and str.
func Format(th *Thread, o Object, spec string) string {
	var s string
	var err error
	switch v := o.(type) {
	case Int:
		if spec == "" {
			return itoa(int64(v))
		}
		s, err = pyfmt.FormatInt64(int64(v), spec)
	case Bool:
		if spec == "" {
			return Repr(th, v)
		}
		s, err = pyfmt.FormatInt64As(int64(boolInt(v)), spec, "bool")
	case *big.Int:
		s, err = pyfmt.FormatInt(v, spec)
	case Float:
		if spec == "" {
			return floatRepr(float64(v))
		}
		s, err = pyfmt.FormatFloat(float64(v), spec)
	case Str:
		if spec == "" {
			return string(v)
		}
		s, err = pyfmt.FormatStr(string(v), spec)
	default:
		m := lookupSpecial(TypeOf(o), "__format__")
		if m == nil {
			return ToStr(th, o)
		}
		if inst, ok := o.(*Instance); ok && inst.Payload != nil {
			if _, builtin := m.(*Builtin); builtin {
				return Format(th, inst.Payload, spec)
			}
		}
		r := call2(th, m, o, Str(spec))
		rs, ok := r.(Str)
		if !ok {
			Raise(TypeErrorType, "__format__ must return a str, not %s", typeName(r))
		}
		return string(rs)
	}
	if err != nil {
		raiseFmt(err)
	}
	return s
}

// percentFormat implements str % args.
func percentFormat(th *Thread, format string, args Object) string {
	lits, specs, perr := pyfmt.ParsePercent(format)
	var items []Object
	var mapping Object
	switch a := args.(type) {
	case Tuple:
		items = a
	default:
		items = []Object{args}
		if _, ok := args.(*Dict); ok {
			mapping = args
		} else if _, ok := args.(Str); !ok && lookupSpecial(TypeOf(args), "__getitem__") != nil && TypeOf(args) != ListType {
			if _, isInst := args.(*Instance); isInst {
				mapping = args
			}
		}
	}
	var b strings.Builder
	pos := 0
	next := func() Object {
		if pos >= len(items) {
			Raise(TypeErrorType, "%s", pyfmt.MsgNotEnoughArgs)
		}
		pos++
		return items[pos-1]
	}
	for i := range specs {
		b.WriteString(lits[i])
		sp := specs[i]
		var arg Object
		if sp.HasKey {
			if mapping == nil {
				Raise(TypeErrorType, "%s", pyfmt.MsgFormatNeedsMap)
			}
			arg = GetItem(th, mapping, Str(sp.Key))
		} else {
			if sp.StarWidth {
				w, ok := next().(Int)
				if !ok {
					Raise(TypeErrorType, "%s", pyfmt.MsgStarWantsInt)
				}
				sp.SetStarWidth(int(w))
			}
			if sp.StarPrec {
				p, ok := next().(Int)
				if !ok {
					Raise(TypeErrorType, "%s", pyfmt.MsgStarWantsInt)
				}
				sp.SetStarPrec(int(p))
			}
			arg = next()
		}
		b.WriteString(percentOne(th, &sp, arg))
	}
	if perr != nil {
		raiseFmt(perr)
	}
	b.WriteString(lits[len(lits)-1])
	if mapping == nil && pos < len(items) {
		Raise(TypeErrorType, "%s", pyfmt.MsgNotAllConverted)
	}
	return b.String()
}

func percentOne(th *Thread, sp *pyfmt.PercentSpec, arg Object) string {
	var s string
	var err error
	switch sp.Conv {
	case 's':
		return pyfmt.PercentStr(ToStr(th, arg), *sp)
	case 'r':
		return pyfmt.PercentStr(Repr(th, arg), *sp)
	case 'a':
		return pyfmt.PercentStr(pyfmt.AsciiRepr(Repr(th, arg)), *sp)
	case 'c':
		switch v := arg.(type) {
		case Str:
			if utf8.RuneCountInString(string(v)) != 1 {
				Raise(TypeErrorType, "%s", pyfmt.MsgCharNeedsIntOrStr)
			}
			return pyfmt.PercentStr(string(v), *sp)
		case Int:
			c, err := pyfmt.PercentChar(big.NewInt(int64(v)))
			if err != nil {
				raiseFmt(err)
			}
			return pyfmt.PercentStr(c, *sp)
		}
		Raise(TypeErrorType, "%s", pyfmt.MsgCharNeedsIntOrStr)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		switch v := arg.(type) {
		case Int:
			s, err = pyfmt.PercentInt64(int64(v), *sp)
		case Bool:
			s, err = pyfmt.PercentInt64(int64(boolInt(v)), *sp)
		case *big.Int:
			s, err = pyfmt.PercentInt(v, *sp)
		case Float:
			if sp.Conv == 'o' || sp.Conv == 'x' || sp.Conv == 'X' {
				Raise(TypeErrorType, "%s", pyfmt.MsgPercentNeedsInt(sp.Conv, "float"))
			}
			b, _ := new(big.Float).SetFloat64(float64(v)).Int(nil)
			s, err = pyfmt.PercentInt(b, *sp)
		default:
			if sp.Conv == 'o' || sp.Conv == 'x' || sp.Conv == 'X' {
				Raise(TypeErrorType, "%s", pyfmt.MsgPercentNeedsInt(sp.Conv, typeName(arg)))
			}
			Raise(TypeErrorType, "%s", pyfmt.MsgPercentNeedsNumber(sp.Conv, typeName(arg)))
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, ok := asFloat(arg)
		if !ok {
			Raise(TypeErrorType, "%s", pyfmt.MsgMustBeRealNumber(typeName(arg)))
		}
		s, err = pyfmt.PercentFloat(f, *sp)
	default:
		raiseFmt(sp.UnsupportedError())
	}
	if err != nil {
		raiseFmt(err)
	}
	return s
}

// ---- identity ----

var (
	idMu   sync.Mutex
	idMap  = map[uintptr]int64{}
	nextID int64
)

func identityHash(o Object) int64 {
	return idOf(o) >> 4
}

// idOf gives a stable id for pointer-like objects (id()).
func idOf(o Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return int64(v.Pointer())
	case reflect.Slice:
		if v.Len() > 0 {
			return int64(v.Pointer())
		}
	}
	idMu.Lock()
	defer idMu.Unlock()
	h := int64(Hash(nil, o))
	return h
}

func addr(o Object) string { return fmt.Sprintf("0x%012x", idOf(o)) }

// ---- strings ----

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func strLen(s string) int {
	if isASCII(s) {
		return len(s)
	}
	return utf8.RuneCountInString(s)
}

func containsStr(s, sub string) bool { return strings.Contains(s, sub) }

func strGetItem(th *Thread, s Str, key Object) Object {
	str := string(s)
	if sl, ok := key.(*Slice); ok {
		if isASCII(str) {
			start, stop, step := sl.indices(th, len(str))
			if step == 1 {
				if start >= stop {
					return Str("")
				}
				return Str(str[start:stop])
			}
			var b []byte
			for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
				b = append(b, str[i])
			}
			return Str(b)
		}
		rs := []rune(str)
		start, stop, step := sl.indices(th, len(rs))
		var out []rune
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			out = append(out, rs[i])
		}
		return Str(string(out))
	}
	if isASCII(str) {
		i := seqIndex(th, key, len(str), "string")
		return Str(str[i : i+1])
	}
	rs := []rune(str)
	i := seqIndex(th, key, len(rs), "string")
	return Str(string(rs[i]))
}
