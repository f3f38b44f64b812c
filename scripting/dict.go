package scripting

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/lumenlab/lumen/scripting/pyrandom"
)

// Dict is an insertion-ordered hash map with Python's key semantics
// (1 == 1.0 == True are one key). Keys of the common built-in types are
// normalised to Go-comparable values and found through a Go map; objects that
// define __hash__/__eq__ go through a hash-bucket path that calls them.
type Dict struct {
	keys  []Object // nil marks a deleted entry
	vals  []Object
	index map[any]int
	slow  map[int64][]int
	live  int
}

// slowKey marks entries found through __hash__/__eq__.
type slowKey struct{}

// tupleKey is the normalised key of a hashable tuple of simple values.
type tupleKey string

type bigKey string

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{index: map[any]int{}} }

// hashKey normalises o for the fast path. ok is false for objects that need
// the slow path; unhashable objects raise TypeError.
func hashKey(th *Thread, o Object) (any, bool) {
	switch v := o.(type) {
	case Int, Str:
		return v, true
	case Float:
		f := float64(v)
		if f == math.Trunc(f) && math.Abs(f) < 9.2e18 {
			return Int(int64(f)), true
		}
		if f == math.Trunc(f) && !math.IsInf(f, 0) {
			b, _ := new(big.Float).SetFloat64(f).Int(nil)
			return bigKey(b.String()), true
		}
		return v, true
	case Bool:
		if v {
			return Int(1), true
		}
		return Int(0), true
	case *big.Int:
		return bigKey(v.String()), true
	case NoneType, Bytes, EllipsisType:
		return v, true
	case Tuple:
		var b strings.Builder
		if !encodeTupleKey(th, &b, v) {
			return nil, false
		}
		return tupleKey(b.String()), true
	case *List:
		Raise(TypeErrorType, "unhashable type: 'list'")
	case *Dict:
		Raise(TypeErrorType, "unhashable type: 'dict'")
	case *Set:
		if !v.Frozen {
			Raise(TypeErrorType, "unhashable type: 'set'")
		}
		return nil, false
	case *Instance:
		cls := v.Class
		if v.Payload != nil {
			// subclasses of tuple/str/int (namedtuples, enums) hash like
			// their value unless they define their own __hash__/__eq__
			if _, own := lookupSpecial(cls, "__hash__").(*Function); !own {
				if _, ownEq := lookupSpecial(cls, "__eq__").(*Function); !ownEq {
					return hashKey(th, v.Payload)
				}
			}
		}
		h := lookupSpecial(cls, "__hash__")
		if h == None {
			Raise(TypeErrorType, "unhashable type: '%s'", cls.Name)
		}
		eq := lookupSpecial(cls, "__eq__")
		if h == objectHash && eq == objectEq {
			return v, true
		}
		if h == objectHash && eq != objectEq {
			// defining __eq__ without __hash__ makes a class unhashable
			if _, own := definesHashNone(cls); own {
				Raise(TypeErrorType, "unhashable type: '%s'", cls.Name)
			}
		}
		return nil, false
	case PyObject:
		cls := v.PyType()
		if h := lookupSpecial(cls, "__hash__"); h != nil && h != objectHash {
			if h == None {
				Raise(TypeErrorType, "unhashable type: '%s'", cls.Name)
			}
			return nil, false
		}
		return v, true
	}
	return o, true
}

// definesHashNone reports whether a class in the MRO set __eq__ without __hash__.
func definesHashNone(cls *Type) (Object, bool) {
	for _, c := range cls.MRO {
		_, hasEq := c.Dict["__eq__"]
		_, hasHash := c.Dict["__hash__"]
		if hasHash {
			return nil, false
		}
		if hasEq {
			return nil, true
		}
	}
	return nil, false
}

func encodeTupleKey(th *Thread, b *strings.Builder, t Tuple) bool {
	b.WriteByte('(')
	for _, e := range t {
		k, ok := hashKey(th, e)
		if !ok {
			return false
		}
		switch kv := k.(type) {
		case Int:
			b.WriteByte('i')
			b.WriteString(strconv.FormatInt(int64(kv), 10))
		case Float:
			b.WriteByte('f')
			b.WriteString(strconv.FormatUint(math.Float64bits(float64(kv)), 16))
		case Str:
			b.WriteByte('s')
			b.WriteString(strconv.Itoa(len(kv)))
			b.WriteByte(':')
			b.WriteString(string(kv))
		case Bytes:
			b.WriteByte('b')
			b.WriteString(strconv.Itoa(len(kv)))
			b.WriteByte(':')
			b.WriteString(string(kv))
		case bigKey:
			b.WriteByte('B')
			b.WriteString(string(kv))
		case tupleKey:
			b.WriteString(string(kv))
		case NoneType:
			b.WriteByte('N')
		case EllipsisType:
			b.WriteByte('E')
		default:
			return false // identity-hashed objects inside tuples use the slow path
		}
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return true
}

// Hash computes Python's hash() (consistent with equality, not CPython's values
// except for small ints).
func Hash(th *Thread, o Object) int64 {
	switch o.(type) {
	case Int, Bool, Float, *big.Int, Tuple:
		return pyHash(th, o)
	}
	switch v := o.(type) {
	case Str:
		return strHash(string(v))
	case Bytes:
		return strHash(string(v))
	case NoneType:
		return 0x5eed
	case *Set:
		if !v.Frozen {
			Raise(TypeErrorType, "unhashable type: 'set'")
		}
		var h uint64
		for _, k := range v.d.keys {
			if k != nil {
				h ^= uint64(Hash(th, k)) * 0x9E3779B97F4A7C15
			}
		}
		return int64(h >> 1)
	case *List:
		Raise(TypeErrorType, "unhashable type: 'list'")
	case *Dict:
		Raise(TypeErrorType, "unhashable type: 'dict'")
	case *Range:
		n := rangeLen(v)
		switch n {
		case 0:
			return pyHash(th, Tuple{Int(0), None, None})
		case 1:
			return pyHash(th, Tuple{Int(1), Int(v.Start), None})
		}
		return pyHash(th, Tuple{Int(n), Int(v.Start), Int(v.Step)})
	}
	cls := TypeOf(o)
	h := lookupSpecial(cls, "__hash__")
	if h == None {
		Raise(TypeErrorType, "unhashable type: '%s'", cls.Name)
	}
	if h == nil || h == objectHash {
		if inst, ok := o.(*Instance); ok {
			if _, unhashable := definesHashNone(inst.Class); unhashable {
				Raise(TypeErrorType, "unhashable type: '%s'", cls.Name)
			}
		}
		return identityHash(o)
	}
	r := call1(th, h, o)
	switch x := r.(type) {
	case Int:
		return int64(x)
	case *big.Int:
		return Hash(th, x)
	case Bool:
		return Hash(th, x)
	}
	Raise(TypeErrorType, "__hash__ method should return an integer")
	return 0
}

func strHash(s string) int64 {
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return int64(h >> 1)
}

func (d *Dict) init() {
	if d.index == nil {
		d.index = map[any]int{}
	}
}

// find returns the position of key or -1. Keys of built-in types live in
// the Go map; objects with their own __hash__ in hash buckets. A key of one
// kind can equal a key of the other (a namedtuple and a tuple), so each
// lookup falls back to the other side when that side is not empty.
func (d *Dict) find(th *Thread, key Object) int {
	d.init()
	k, fast := hashKey(th, key)
	if fast {
		if i, ok := d.index[k]; ok {
			return i
		}
		if len(d.slow) == 0 {
			return -1
		}
	}
	h := Hash(th, key)
	for _, i := range d.slow[h] {
		if k := d.keys[i]; k != nil && (same(k, key) || Equal(th, k, key)) {
			return i
		}
	}
	if !fast {
		if inst, ok := key.(*Instance); ok && inst.Payload != nil {
			if pk, ok := hashKey(th, inst.Payload); ok {
				if i, ok := d.index[pk]; ok && Equal(th, d.keys[i], key) {
					return i
				}
			}
		}
	}
	return -1
}

// GetItem returns the value for key, or nil when absent.
func (d *Dict) GetItem(th *Thread, key Object) Object {
	if i := d.find(th, key); i >= 0 {
		return d.vals[i]
	}
	return nil
}

// GetStr is a fast lookup by string key.
func (d *Dict) GetStr(key string) Object {
	if i, ok := d.index[Str(key)]; ok {
		return d.vals[i]
	}
	return nil
}

// SetItem stores key → value.
func (d *Dict) SetItem(th *Thread, key, val Object) {
	d.init()
	if k, ok := hashKey(th, key); ok {
		if i, ok := d.index[k]; ok {
			d.vals[i] = val
			return
		}
		if len(d.slow) > 0 {
			if i := d.find(th, key); i >= 0 {
				d.vals[i] = val
				return
			}
		}
		d.index[k] = len(d.keys)
	} else {
		if i := d.find(th, key); i >= 0 {
			d.vals[i] = val
			return
		}
		h := Hash(th, key)
		if d.slow == nil {
			d.slow = map[int64][]int{}
		}
		d.slow[h] = append(d.slow[h], len(d.keys))
	}
	d.keys = append(d.keys, key)
	d.vals = append(d.vals, val)
	d.live++
}

// SetStr stores a string key.
func (d *Dict) SetStr(key string, val Object) { d.SetItem(nil, Str(key), val) }

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(th *Thread, key Object) bool {
	i := d.find(th, key)
	if i < 0 {
		return false
	}
	d.removeAt(th, i)
	return true
}

func (d *Dict) removeAt(th *Thread, i int) {
	key := d.keys[i]
	if k, ok := hashKey(th, key); ok {
		delete(d.index, k)
	} else {
		h := Hash(th, key)
		lst := d.slow[h]
		for j, p := range lst {
			if p == i {
				d.slow[h] = append(lst[:j:j], lst[j+1:]...)
				break
			}
		}
	}
	d.keys[i] = nil
	d.vals[i] = nil
	d.live--
	if len(d.keys) > 16 && d.live < len(d.keys)/2 {
		d.compact(th)
	}
	if d.live == 0 {
		d.keys = d.keys[:0]
		d.vals = d.vals[:0]
	}
}

func (d *Dict) compact(th *Thread) {
	keys, vals := d.keys, d.vals
	d.keys, d.vals = nil, nil
	d.index = map[any]int{}
	d.slow = nil
	d.live = 0
	for i, k := range keys {
		if k != nil {
			d.SetItem(th, k, vals[i])
		}
	}
}

// Len is the number of entries.
func (d *Dict) Len() int { return d.live }

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.live)
	for _, k := range d.keys {
		if k != nil {
			out = append(out, k)
		}
	}
	return out
}

// Items calls fn for each entry in order; fn must not mutate d.
func (d *Dict) Items(fn func(k, v Object)) {
	for i, k := range d.keys {
		if k != nil {
			fn(k, d.vals[i])
		}
	}
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{keys: make([]Object, 0, d.live), vals: make([]Object, 0, d.live), index: make(map[any]int, d.live)}
	for i, k := range d.keys {
		if k != nil {
			n.SetItem(nil, k, d.vals[i])
		}
	}
	return n
}

func (d *Dict) Clear() {
	d.keys, d.vals, d.slow, d.live = nil, nil, nil, 0
	d.index = map[any]int{}
}

// Set is set or frozenset. Membership goes through Dict's key machinery;
// iteration order follows a replica of CPython's open-addressing set table
// (same hashes for numbers and tuples, same probing and resizing), so sets of
// numbers print in the order CPython prints them.
type Set struct {
	d          Dict
	tab        []setSlot
	fill, used int
	Frozen     bool
}

type setSlot struct {
	key   Object
	hash  uint64
	state uint8 // 0 empty, 1 active, 2 dummy
}

const setLinearProbes = 9

// NewSet makes an empty set.
func NewSet() *Set { return &Set{d: Dict{index: map[any]int{}}} }

func (s *Set) Add(th *Thread, k Object) {
	if s.d.find(th, k) >= 0 {
		return
	}
	s.d.SetItem(th, k, nil)
	s.tableAdd(k, uint64(pyHash(th, k)))
}

func (s *Set) tableAdd(k Object, h uint64) {
	if s.tab == nil {
		s.tab = make([]setSlot, 8)
	}
	mask := uint64(len(s.tab) - 1)
	i := h & mask
	perturb := h
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := uint64(0); j <= uint64(probes); j++ {
			e := &s.tab[i+j]
			if e.state == 0 {
				if free >= 0 {
					s.tab[free] = setSlot{key: k, hash: h, state: 1}
					s.used++
					return
				}
				*e = setSlot{key: k, hash: h, state: 1}
				s.fill++
				s.used++
				if uint64(s.fill)*5 >= mask*3 {
					n := s.used * 4
					if s.used > 50000 {
						n = s.used * 2
					}
					s.resize(n)
				}
				return
			}
			if e.state == 2 && free < 0 {
				free = int(i + j)
			}
		}
		perturb >>= 5
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	size := 8
	for size <= minused {
		size <<= 1
	}
	old := s.tab
	s.tab = make([]setSlot, size)
	mask := uint64(size - 1)
	for _, e := range old {
		if e.state != 1 {
			continue
		}
		i := e.hash & mask
		perturb := e.hash
	probe:
		for {
			if s.tab[i].state == 0 {
				break
			}
			if i+setLinearProbes <= mask {
				for j := uint64(1); j <= setLinearProbes; j++ {
					if s.tab[i+j].state == 0 {
						i += j
						break probe
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
		s.tab[i] = e
	}
	s.fill = s.used
}

func (s *Set) Contains(th *Thread, k Object) bool { return s.d.find(th, k) >= 0 }

func (s *Set) Discard(th *Thread, k Object) bool {
	i := s.d.find(th, k)
	if i < 0 {
		return false
	}
	key := s.d.keys[i]
	s.d.removeAt(th, i)
	for j := range s.tab {
		if e := &s.tab[j]; e.state == 1 && same(e.key, key) {
			e.key, e.state = nil, 2
			s.used--
			break
		}
	}
	return true
}

func (s *Set) Len() int { return s.d.live }

// Items returns the elements in CPython's iteration order.
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.tab {
		if e.state == 1 {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *Set) Copy(frozen bool) *Set {
	n := &Set{d: *s.d.Copy(), Frozen: frozen, fill: s.fill, used: s.used}
	n.tab = append([]setSlot(nil), s.tab...)
	return n
}

// Clear empties the set.
func (s *Set) Clear() {
	s.d.Clear()
	s.tab, s.fill, s.used = nil, 0, 0
}

// replaceWith takes over another set's contents (in-place operators).
func (s *Set) replaceWith(o *Set) {
	frozen := s.Frozen
	*s = *o
	s.Frozen = frozen
}

// pyHash is CPython's hash for numbers, bools and tuples (bit-exact), and a
// stable hash for other values.
func pyHash(th *Thread, o Object) int64 {
	const mod = (1 << 61) - 1
	switch v := o.(type) {
	case Int:
		x := int64(v)
		neg := x < 0
		u := uint64(x)
		if neg {
			u = uint64(-x)
		}
		h := int64(u % mod)
		if neg {
			h = -h
		}
		if h == -1 {
			h = -2
		}
		return h
	case Bool:
		if v {
			return 1
		}
		return 0
	case *big.Int:
		m := new(big.Int).Mod(new(big.Int).Abs(v), big.NewInt(mod)).Int64()
		if v.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return m
	case Float:
		return pyrandom.HashFloat(float64(v))
	case Tuple:
		const p1, p2, p5 = 11400714785074694791, 14029467366897019727, 2870177450012600261
		acc := uint64(p5)
		for _, e := range v {
			lane := uint64(pyHash(th, e))
			acc += lane * p2
			acc = acc<<31 | acc>>33
			acc *= p1
		}
		acc += uint64(len(v)) ^ (p5 ^ 3527539)
		if acc == ^uint64(0) {
			return 1546275796
		}
		return int64(acc)
	}
	return Hash(th, o)
}
