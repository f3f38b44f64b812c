package array

import "fmt"

// Slice is start:stop:step; Step 0 means 1, absent bounds are open.
type Slice struct {
	Start, Stop, Step int
	HasStart, HasStop bool
}

// NewAxis inserts a length-1 axis (numpy's None); Ellipsis stands for as many
// full slices as needed.
type (
	NewAxis  struct{}
	Ellipsis struct{}
)

// indices resolves a slice against length n (Python's slice.indices).
func (s Slice) indices(n int) (start, step, count int) {
	step = s.Step
	if step == 0 {
		step = 1
	}
	var lo, hi int
	if step > 0 {
		lo, hi = 0, n
	} else {
		lo, hi = -1, n-1
	}
	start, stop := lo, hi
	if step < 0 {
		start, stop = hi, lo
	}
	if s.HasStart {
		start = s.Start
		if start < 0 {
			start = max(start+n, lo)
		} else {
			start = min(start, hi)
		}
	}
	if s.HasStop {
		stop = s.Stop
		if stop < 0 {
			stop = max(stop+n, lo)
		} else {
			stop = min(stop, hi)
		}
	}
	if step > 0 && stop > start {
		count = (stop - start + step - 1) / step
	} else if step < 0 && stop < start {
		count = (start - stop - step - 1) / -step
	}
	return start, step, count
}

func boundIndex(i, n, axis int) (int, error) {
	if i < -n || i >= n {
		return 0, indexErr("index %d is out of bounds for axis %d with size %d", i, axis, n)
	}
	if i < 0 {
		i += n
	}
	return i, nil
}

// expand checks the index kinds and replaces Ellipsis with full slices.
func (a *Array) expand(idx []any) ([]any, bool, error) {
	consumed, adv := 0, false
	ell := -1
	for i, x := range idx {
		switch v := x.(type) {
		case int, Slice:
			consumed++
		case NewAxis:
		case Ellipsis:
			if ell >= 0 {
				return nil, false, indexErr("an index can only have a single ellipsis ('...')")
			}
			ell = i
		case *Array:
			adv = true
			if v.dtype == Bool {
				consumed += max(v.Ndim(), 1)
			} else if v.dtype == Float64 {
				return nil, false, indexErr("arrays used as indices must be of integer (or boolean) type")
			} else {
				consumed++
			}
		default:
			return nil, false, indexErr("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
		}
	}
	nd := a.Ndim()
	if consumed > nd {
		return nil, false, indexErr("too many indices for array: array is %d-dimensional, but %d were indexed", nd, consumed)
	}
	out := make([]any, 0, len(idx)+nd-consumed)
	for i, x := range idx {
		if i == ell {
			for k := 0; k < nd-consumed; k++ {
				out = append(out, Slice{})
			}
			continue
		}
		out = append(out, x)
	}
	if ell < 0 {
		for k := 0; k < nd-consumed; k++ {
			out = append(out, Slice{})
		}
	}
	return out, adv, nil
}

// basic applies ints, slices and new axes as a view.
func (a *Array) basic(idx []any) (*Array, error) {
	v := &Array{data: a.data, offset: a.offset, dtype: a.dtype, shape: []int{}, strides: []int{}}
	d := 0
	for _, x := range idx {
		switch s := x.(type) {
		case int:
			i, err := boundIndex(s, a.shape[d], d)
			if err != nil {
				return nil, err
			}
			v.offset += i * a.strides[d]
			d++
		case Slice:
			start, step, count := s.indices(a.shape[d])
			if count > 0 {
				v.offset += start * a.strides[d]
			}
			v.shape = append(v.shape, count)
			v.strides = append(v.strides, step*a.strides[d])
			d++
		case NewAxis:
			v.shape = append(v.shape, 1)
			v.strides = append(v.strides, 0)
		}
	}
	return v, nil
}

// Nonzero returns one Int64 index array per dimension of the true elements.
func (a *Array) Nonzero() []*Array {
	nd := max(a.Ndim(), 1)
	var pos []int
	d := a.Data()
	for i, x := range d {
		if x != 0 {
			pos = append(pos, i)
		}
	}
	out := make([]*Array, nd)
	st := cStrides(a.shape)
	for k := range out {
		out[k] = newArray([]int{len(pos)}, Int64)
		for j, p := range pos {
			if a.Ndim() == 0 {
				out[k].data[j] = 0
			} else {
				out[k].data[j] = float64(p / st[k] % a.shape[k])
			}
		}
	}
	return out
}

// advanced returns the data offsets of the selected elements, in the shape
// of the result (as an Int64 array).
func (a *Array) advanced(idx []any) (*Array, error) {
	// view for slices; advanced dims stay full
	var arrs []*Array
	var advAt []int // positions in the view's dims
	var vidx []any
	pos := 0 // next dim of a
	for _, x := range idx {
		switch v := x.(type) {
		case NewAxis:
			return nil, indexErr("newaxis combined with array indexing is not supported")
		case int:
			arrs = append(arrs, Scalar(float64(v), Int64))
			advAt = append(advAt, len(vidx))
			vidx = append(vidx, Slice{})
			pos++
		case Slice:
			vidx = append(vidx, v)
			pos++
		case *Array:
			if v.dtype == Bool {
				nd := max(v.Ndim(), 1)
				for k := 0; k < v.Ndim(); k++ {
					if v.shape[k] != a.shape[pos+k] {
						return nil, indexErr("boolean index did not match indexed array along dimension %d; dimension is %d but corresponding boolean dimension is %d", pos+k, a.shape[pos+k], v.shape[k])
					}
				}
				for _, nz := range v.Nonzero() {
					arrs = append(arrs, nz)
					advAt = append(advAt, len(vidx))
					vidx = append(vidx, Slice{})
				}
				pos += nd
			} else {
				arrs = append(arrs, v)
				advAt = append(advAt, len(vidx))
				vidx = append(vidx, Slice{})
				pos++
			}
		}
	}
	v, err := a.basic(vidx)
	if err != nil {
		return nil, err
	}
	// broadcast index arrays
	bshape := arrs[0].shape
	for _, x := range arrs[1:] {
		if bshape, err = BroadcastShapes(bshape, x.shape); err != nil {
			parts := ""
			for i, y := range arrs {
				if i > 0 {
					parts += " "
				}
				parts += ShapeString(y.shape)
			}
			return nil, indexErr("shape mismatch: indexing arrays could not be broadcast together with shapes %s", parts)
		}
	}
	isAdv := make([]bool, v.Ndim())
	for _, p := range advAt {
		isAdv[p] = true
	}
	adjacent := true
	for i := 1; i < len(advAt); i++ {
		if advAt[i] != advAt[i-1]+1 {
			adjacent = false
		}
	}
	var restShape, restStrides []int
	for d := 0; d < v.Ndim(); d++ {
		if !isAdv[d] {
			restShape = append(restShape, v.shape[d])
			restStrides = append(restStrides, v.strides[d])
		}
	}
	nb := sizeOf(bshape)
	cols := make([][]float64, len(arrs))
	for k, x := range arrs {
		bx, _ := x.BroadcastTo(bshape)
		cols[k] = bx.Data()
	}
	rest := &Array{data: nil, shape: restShape, strides: restStrides}
	nr := rest.Size()
	offs := newArray(append(append([]int{}, bshape...), restShape...), Int64)
	var restOffs []int
	rest.data = make([]float64, 1)
	rest.each(func(off int) { restOffs = append(restOffs, off) })
	for b := 0; b < nb; b++ {
		base := v.offset
		for k, p := range advAt {
			i, err := boundIndex(int(cols[k][b]), v.shape[p], p)
			if err != nil {
				return nil, err
			}
			base += i * v.strides[p]
		}
		for r := 0; r < nr; r++ {
			offs.data[b*nr+r] = float64(base + restOffs[r])
		}
	}
	if adjacent && advAt[0] > 0 {
		p := advAt[0]
		nbd, nrd := len(bshape), len(restShape)
		perm := make([]int, 0, nbd+nrd)
		for i := 0; i < p; i++ {
			perm = append(perm, nbd+i)
		}
		for i := 0; i < nbd; i++ {
			perm = append(perm, i)
		}
		for i := p; i < nrd; i++ {
			perm = append(perm, nbd+i)
		}
		t, _ := offs.Transpose(perm...)
		offs = t.Copy()
	}
	return offs, nil
}

// Get indexes like numpy's a[idx]: ints, Slice, NewAxis, Ellipsis, and Bool
// or Int64 arrays. Basic indexing returns a view (0-d for a full index).
func (a *Array) Get(idx ...any) (*Array, error) {
	idx, adv, err := a.expand(idx)
	if err != nil {
		return nil, err
	}
	if !adv {
		return a.basic(idx)
	}
	offs, err := a.advanced(idx)
	if err != nil {
		return nil, err
	}
	out := newArray(offs.shape, a.dtype)
	for i, o := range offs.data {
		out.data[i] = a.data[int(o)]
	}
	return out, nil
}

// Set assigns val (broadcast) to a[idx].
func (a *Array) Set(val *Array, idx ...any) error {
	idx, adv, err := a.expand(idx)
	if err != nil {
		return err
	}
	if !adv {
		v, err := a.basic(idx)
		if err != nil {
			return err
		}
		return v.Assign(val)
	}
	offs, err := a.advanced(idx)
	if err != nil {
		return err
	}
	bv, err := val.BroadcastTo(offs.shape)
	if err != nil {
		return valueErr("shape mismatch: value array of shape %s could not be broadcast to indexing result of shape %s", ShapeString(val.shape), ShapeString(offs.shape))
	}
	vals := bv.Data()
	tmp := &Array{data: make([]float64, len(vals)), shape: []int{len(vals)}, strides: []int{1}, dtype: a.dtype}
	if err := tmp.Assign(&Array{data: vals, shape: []int{len(vals)}, strides: []int{1}}); err != nil {
		return err
	}
	for i, o := range offs.data {
		a.data[int(o)] = tmp.data[i]
	}
	return nil
}

// String of an index, for messages.
func (s Slice) String() string { return fmt.Sprintf("%d:%d:%d", s.Start, s.Stop, s.Step) }
