package array

// Reshape returns a with a new shape (one entry may be -1); a view when a is
// contiguous, else a copy.
func (a *Array) Reshape(shape ...int) (*Array, error) {
	n := a.Size()
	sh := append([]int{}, shape...)
	unknown := -1
	known := 1
	for i, s := range sh {
		switch {
		case s == -1 && unknown < 0:
			unknown = i
		case s < 0:
			if s == -1 {
				return nil, valueErr("can only specify one unknown dimension")
			}
			return nil, valueErr("negative dimensions not allowed")
		default:
			known *= s
		}
	}
	if unknown >= 0 {
		if known == 0 || n%known != 0 {
			return nil, valueErr("cannot reshape array of size %d into shape %s", n, reshapeStr(shape))
		}
		sh[unknown] = n / known
	}
	if sizeOf(sh) != n {
		return nil, valueErr("cannot reshape array of size %d into shape %s", n, reshapeStr(shape))
	}
	c := a.Contiguous()
	return &Array{data: c.data, shape: sh, strides: cStrides(sh), offset: c.offset, dtype: a.dtype}, nil
}

func reshapeStr(shape []int) string { return shapeTuple(shape) }

// Flatten returns a 1-D copy.
func (a *Array) Flatten() *Array {
	c := a.Copy()
	c.shape = []int{c.Size()}
	c.strides = []int{1}
	return c
}

// Ravel returns a 1-D view when possible.
func (a *Array) Ravel() *Array {
	r, _ := a.Reshape(a.Size())
	return r
}

// Transpose permutes axes (reverses them when axes is empty); a view.
func (a *Array) Transpose(axes ...int) (*Array, error) {
	nd := a.Ndim()
	if len(axes) == 0 {
		axes = make([]int, nd)
		for i := range axes {
			axes[i] = nd - 1 - i
		}
	}
	if len(axes) != nd {
		return nil, valueErr("axes don't match array")
	}
	seen := make([]bool, nd)
	sh, st := make([]int, nd), make([]int, nd)
	for i, ax := range axes {
		ax, err := normAxis(ax, nd)
		if err != nil {
			return nil, err
		}
		if seen[ax] {
			return nil, valueErr("repeated axis in transpose")
		}
		seen[ax] = true
		sh[i], st[i] = a.shape[ax], a.strides[ax]
	}
	return &Array{data: a.data, shape: sh, strides: st, offset: a.offset, dtype: a.dtype}, nil
}

// T is the reversed-axes transpose.
func (a *Array) T() *Array {
	t, _ := a.Transpose()
	return t
}

// ExpandDims inserts a length-1 axis at position axis (a view).
func (a *Array) ExpandDims(axis int) (*Array, error) {
	ax, err := normAxis(axis, a.Ndim()+1)
	if err != nil {
		return nil, err
	}
	sh := append(append(append([]int{}, a.shape[:ax]...), 1), a.shape[ax:]...)
	st := append(append(append([]int{}, a.strides[:ax]...), 0), a.strides[ax:]...)
	return &Array{data: a.data, shape: sh, strides: st, offset: a.offset, dtype: a.dtype}, nil
}

func promoteAll(arrs []*Array) DType {
	dt := arrs[0].dtype
	for _, x := range arrs[1:] {
		if x.dtype != dt {
			dt = resultType(Add, dt, x.dtype)
		}
	}
	return dt
}

// Concatenate joins arrays along an existing axis.
func Concatenate(arrs []*Array, axis int) (*Array, error) {
	if len(arrs) == 0 {
		return nil, valueErr("need at least one array to concatenate")
	}
	nd := arrs[0].Ndim()
	if nd == 0 {
		return nil, valueErr("zero-dimensional arrays cannot be concatenated")
	}
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	shape := arrs[0].Shape()
	total := 0
	for i, x := range arrs {
		if x.Ndim() != nd {
			return nil, valueErr("all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, i, x.Ndim())
		}
		for d := 0; d < nd; d++ {
			if d != ax && x.shape[d] != shape[d] {
				return nil, valueErr("all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", d, shape[d], i, x.shape[d])
			}
		}
		total += x.shape[ax]
	}
	shape[ax] = total
	out := newArray(shape, promoteAll(arrs))
	outer := 1
	for d := 0; d < ax; d++ {
		outer *= shape[d]
	}
	inner := 1
	for d := ax + 1; d < nd; d++ {
		inner *= shape[d]
	}
	rowLen := total * inner
	pos := 0
	for _, x := range arrs {
		xd := x.Data()
		w := x.shape[ax] * inner
		for o := 0; o < outer; o++ {
			copy(out.data[o*rowLen+pos:o*rowLen+pos+w], xd[o*w:(o+1)*w])
		}
		pos += w
	}
	return out, nil
}

// Stack joins same-shape arrays along a new axis.
func Stack(arrs []*Array, axis int) (*Array, error) {
	if len(arrs) == 0 {
		return nil, valueErr("need at least one array to stack")
	}
	ex := make([]*Array, len(arrs))
	for i, x := range arrs {
		if !sameShape(x.shape, arrs[0].shape) {
			return nil, valueErr("all input arrays must have the same shape")
		}
		var err error
		if ex[i], err = x.ExpandDims(axis); err != nil {
			return nil, err
		}
	}
	ax, _ := normAxis(axis, arrs[0].Ndim()+1)
	return Concatenate(ex, ax)
}

func atLeast(x *Array, n int) *Array {
	for x.Ndim() < n {
		x, _ = x.ExpandDims(0)
	}
	return x
}

// HStack concatenates along axis 1 (axis 0 for 1-D inputs).
func HStack(arrs []*Array) (*Array, error) {
	if len(arrs) == 0 {
		return nil, valueErr("need at least one array to concatenate")
	}
	xs := make([]*Array, len(arrs))
	all1 := true
	for i, x := range arrs {
		xs[i] = atLeast(x, 1)
		if xs[i].Ndim() != 1 {
			all1 = false
		}
	}
	if all1 {
		return Concatenate(xs, 0)
	}
	return Concatenate(xs, 1)
}

// VStack stacks rows: 1-D inputs become rows of a 2-D result.
func VStack(arrs []*Array) (*Array, error) {
	xs := make([]*Array, len(arrs))
	for i, x := range arrs {
		xs[i] = atLeast(x, 2)
	}
	return Concatenate(xs, 0)
}
