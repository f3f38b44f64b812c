package pyrandom

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"sort"
)

const (
	mtN         = 624
	mtM         = 397
	matrixA     = 0x9908b0df
	upperMask   = 0x80000000
	lowerMask   = 0x7fffffff
	stateLength = mtN + 1 // GetState length: 624 words + index
)

// Constants from Lib/random.py.
var (
	nvMagicConst = 4 * math.Exp(-0.5) / math.Sqrt(2.0)
	twoPi        = 2.0 * math.Pi
	log4         = math.Log(4.0)
	sgMagicConst = 1.0 + math.Log(4.5)
)

// Random is a Mersenne Twister generator with the exact behaviour of
// CPython 3.11's random.Random. It is not safe for concurrent use.
type Random struct {
	mt        [mtN]uint32
	index     int
	gaussNext float64
	hasGauss  bool
}

// New returns a generator seeded as random.Random(seed) would be.
func New(seed int64) *Random {
	r := &Random{}
	r.SeedInt(big.NewInt(seed))
	return r
}

// NewFromOS returns a generator seeded from the operating system's
// randomness source, like random.Random() / random.seed(None).
func NewFromOS() *Random {
	r := &Random{}
	r.SeedOS()
	return r
}

func (r *Random) initGenrand(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < mtN; i++ {
		mt[i] = 1812433253*(mt[i-1]^(mt[i-1]>>30)) + uint32(i)
	}
	r.index = mtN
}

func (r *Random) initByArray(key []uint32) {
	mt := &r.mt
	r.initGenrand(19650218)
	i, j := 1, 0
	keyLen := len(key)
	k := mtN
	if keyLen > k {
		k = keyLen
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
		if j >= keyLen {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ ((mt[i-1] ^ (mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			mt[0] = mt[mtN-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

// Uint32 returns the next raw 32-bit output (genrand_uint32).
func (r *Random) Uint32() uint32 {
	mt := &r.mt
	if r.index >= mtN {
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+mtM] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		for ; kk < mtN-1; kk++ {
			y := (mt[kk] & upperMask) | (mt[kk+1] & lowerMask)
			mt[kk] = mt[kk+(mtM-mtN)] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		}
		y := (mt[mtN-1] & upperMask) | (mt[0] & lowerMask)
		mt[mtN-1] = mt[mtM-1] ^ (y >> 1) ^ (-(y & 1) & matrixA)
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// SeedInt seeds like random.seed(n) for an int n (all bits of |n| are used).
func (r *Random) SeedInt(seed *big.Int) {
	n := new(big.Int).Abs(seed)
	words := n.Bits() // little-endian machine words
	var key []uint32
	for _, w := range words {
		if bits.UintSize == 64 {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
	r.hasGauss = false
}

// SeedInt64 is SeedInt for a machine integer.
func (r *Random) SeedInt64(seed int64) { r.SeedInt(big.NewInt(seed)) }

// SeedBytes seeds like random.seed(b) (version 2) for bytes/bytearray; for a
// str seed pass its UTF-8 encoding. The seed integer is
// int.from_bytes(b + sha512(b).digest(), 'big').
func (r *Random) SeedBytes(b []byte) {
	d := sha512.Sum512(b)
	buf := make([]byte, 0, len(b)+len(d))
	buf = append(buf, b...)
	buf = append(buf, d[:]...)
	r.SeedInt(new(big.Int).SetBytes(buf))
}

// SeedString is SeedBytes([]byte(s)) (random.seed(str), version 2).
func (r *Random) SeedString(s string) { r.SeedBytes([]byte(s)) }

// SeedHash seeds from a Python hash value, as CPython does for seeds that
// are neither None, int, str, bytes nor bytearray (e.g. float): the hash is
// reinterpreted as an unsigned 64-bit integer (size_t).
func (r *Random) SeedHash(h int64) {
	r.SeedInt(new(big.Int).SetUint64(uint64(h)))
}

// SeedFloat seeds like random.seed(f) for a float f (uses hash(f)). NaN
// hashes are identity based in CPython 3.10+ and cannot be reproduced; a
// NaN seed uses hash 0 here.
func (r *Random) SeedFloat(f float64) { r.SeedHash(HashFloat(f)) }

// SeedOS seeds from crypto/rand like random.seed(None) (624 words through
// init_by_array).
func (r *Random) SeedOS() {
	var buf [mtN * 4]byte
	if _, err := rand.Read(buf[:]); err != nil {
		panic(err)
	}
	key := make([]uint32, mtN)
	for i := range key {
		key[i] = binary.LittleEndian.Uint32(buf[i*4:])
	}
	r.initByArray(key)
	r.hasGauss = false
}

// HashFloat is CPython's hash(float) (_Py_HashDouble) on 64-bit platforms.
func HashFloat(v float64) int64 {
	const hashBits = 61
	const modulus = (uint64(1) << hashBits) - 1
	if math.IsInf(v, 1) {
		return 314159
	}
	if math.IsInf(v, -1) {
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & modulus) | x>>(hashBits-uint(e))
	res := int64(x) * sign
	if res == -1 {
		res = -2
	}
	return res
}

// Random returns a float in [0.0, 1.0) (genrand_res53).
func (r *Random) Random() float64 {
	a := r.Uint32() >> 5
	b := r.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// GetRandBits returns a non-negative int with k random bits
// (random.getrandbits). k must be >= 0.
func (r *Random) GetRandBits(k int) *big.Int {
	if k <= 64 {
		return new(big.Int).SetUint64(r.GetRandBits64(k))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	// Fill from least significant word to most, as _randommodule.c does
	// on little-endian machines.
	for i := 0; i < words; i, k = i+1, k-32 {
		w := r.Uint32()
		if k < 32 {
			w >>= uint(32 - k)
		}
		// big-endian byte order for SetBytes: word i goes at the end.
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], w)
	}
	return new(big.Int).SetBytes(buf)
}

// GetRandBits64 is GetRandBits for 0 <= k <= 64 (it panics otherwise).
func (r *Random) GetRandBits64(k int) uint64 {
	switch {
	case k <= 0:
		if k < 0 {
			panic("pyrandom: number of bits must be non-negative")
		}
		return 0
	case k <= 32:
		return uint64(r.Uint32() >> uint(32-k))
	case k <= 64:
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> uint(64-k))
		return lo | hi<<32
	}
	panic("pyrandom: GetRandBits64 with k > 64")
}

// RandBytes returns n random bytes (random.randbytes).
func (r *Random) RandBytes(n int) []byte {
	out := make([]byte, n)
	if n == 0 {
		return out
	}
	v := r.GetRandBits(n * 8)
	v.FillBytes(out) // big-endian
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// RandBelow returns a random int in [0, n) (_randbelow_with_getrandbits).
// n must be > 0; for n <= 0 it returns 0 (CPython would loop forever for 0).
func (r *Random) RandBelow(n *big.Int) *big.Int {
	if n.Sign() <= 0 {
		return new(big.Int)
	}
	if n.IsUint64() {
		return new(big.Int).SetUint64(r.RandBelow64(n.Uint64()))
	}
	k := n.BitLen()
	v := r.GetRandBits(k)
	for v.Cmp(n) >= 0 {
		v = r.GetRandBits(k)
	}
	return v
}

// RandBelow64 is the uint64 fast path of RandBelow (n == 0 returns 0).
func (r *Random) RandBelow64(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	k := bits.Len64(n)
	v := r.GetRandBits64(k)
	for v >= n {
		v = r.GetRandBits64(k)
	}
	return v
}

// RandBelowInt is RandBelow64 for an int bound.
func (r *Random) randBelowInt(n int) int { return int(r.RandBelow64(uint64(n))) }

// RandRangeStop is randrange(stop) (single argument form).
func (r *Random) RandRangeStop(stop int64) (int64, error) {
	if stop > 0 {
		return int64(r.RandBelow64(uint64(stop))), nil
	}
	return 0, errors.New("empty range for randrange()")
}

// RandRange is randrange(start, stop, step). Errors are worded as in
// CPython 3.11 (ValueError messages).
func (r *Random) RandRange(start, stop, step int64) (int64, error) {
	res, err := r.RandRangeBig(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
	if err != nil {
		return 0, err
	}
	return res.Int64(), nil
}

// RandRangeBig is randrange(start, stop, step) for arbitrary-size ints.
func (r *Random) RandRangeBig(start, stop, step *big.Int) (*big.Int, error) {
	width := new(big.Int).Sub(stop, start)
	if step.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return new(big.Int).Add(start, r.RandBelow(width)), nil
		}
		return nil, fmt.Errorf("empty range for randrange() (%s, %s, %s)", start, stop, width)
	}
	var n *big.Int
	switch step.Sign() {
	case 1:
		n = new(big.Int).Add(width, step)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, step)
		n.Add(n, big.NewInt(1))
	default:
		return nil, errors.New("zero step for randrange()")
	}
	n = floorDiv(n, step)
	if n.Sign() <= 0 {
		return nil, errors.New("empty range for randrange()")
	}
	v := r.RandBelow(n)
	v.Mul(v, step)
	return v.Add(v, start), nil
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// RandInt is randint(a, b) == randrange(a, b+1).
func (r *Random) RandInt(a, b int64) (int64, error) {
	bb := new(big.Int).Add(big.NewInt(b), big.NewInt(1))
	res, err := r.RandRangeBig(big.NewInt(a), bb, big.NewInt(1))
	if err != nil {
		return 0, err
	}
	return res.Int64(), nil
}

// Choice returns the index random.choice would pick from a sequence of
// length n.
func (r *Random) Choice(n int) (int, error) {
	if n <= 0 {
		return 0, errors.New("Cannot choose from an empty sequence")
	}
	return r.randBelowInt(n), nil
}

// Shuffle permutes like random.shuffle, calling swap(i, j) for
// i = n-1 down to 1 with j = randbelow(i+1).
func (r *Random) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i >= 1; i-- {
		j := r.randBelowInt(i + 1)
		swap(i, j)
	}
}

// Sample returns the indices random.sample(population, k) picks from a
// population of length n, in selection order.
func (r *Random) Sample(n, k int) ([]int, error) {
	if k < 0 || k > n {
		return nil, errors.New("Sample larger than population or is negative")
	}
	result := make([]int, k)
	setsize := 21.0
	if k > 5 {
		// 4 ** ceil(log(k*3, 4))
		e := math.Ceil(math.Log(float64(k)*3) / math.Log(4))
		setsize += math.Pow(4, e)
	}
	if float64(n) <= setsize {
		pool := make([]int, n)
		for i := range pool {
			pool[i] = i
		}
		for i := 0; i < k; i++ {
			j := r.randBelowInt(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := make(map[int]struct{}, k)
		for i := 0; i < k; i++ {
			j := r.randBelowInt(n)
			for {
				if _, ok := selected[j]; !ok {
					break
				}
				j = r.randBelowInt(n)
			}
			selected[j] = struct{}{}
			result[i] = j
		}
	}
	return result, nil
}

// SampleCounts implements random.sample(population, k, counts=counts),
// returning population indices.
func (r *Random) SampleCounts(counts []int64, k int) ([]int, error) {
	cum := make([]int64, len(counts))
	var t int64
	for i, c := range counts {
		t += c
		cum[i] = t
	}
	if len(cum) == 0 {
		return nil, errors.New("Total of counts must be greater than zero")
	}
	total := cum[len(cum)-1]
	cum = cum[:len(cum)-1]
	if total <= 0 {
		return nil, errors.New("Total of counts must be greater than zero")
	}
	if int64(int(total)) != total {
		return nil, errors.New("Sample larger than population or is negative")
	}
	sel, err := r.Sample(int(total), k)
	if err != nil {
		return nil, err
	}
	for i, s := range sel {
		// bisect_right(cum, s)
		sel[i] = sort.Search(len(cum), func(j int) bool { return cum[j] > int64(s) })
	}
	return sel, nil
}

// Choices returns the indices random.choices(population, k=k) picks from a
// population of length n. With cumWeights == nil each index is
// floor(random()*n); otherwise bisect_right(cumWeights, random()*total, 0,
// n-1). Call CheckCumWeights first to get CPython's errors for bad weights.
func (r *Random) Choices(n int, k int, cumWeights []float64) []int {
	if k < 0 {
		k = 0
	}
	out := make([]int, k)
	if cumWeights == nil {
		fn := float64(n)
		for i := range out {
			out[i] = int(math.Floor(r.Random() * fn))
		}
		return out
	}
	if len(cumWeights) == 0 {
		return out
	}
	total := cumWeights[len(cumWeights)-1] + 0.0
	hi := n - 1
	if hi > len(cumWeights) {
		hi = len(cumWeights)
	}
	for i := range out {
		x := r.Random() * total
		out[i] = bisectRight(cumWeights, x, 0, hi)
	}
	return out
}

func bisectRight(a []float64, x float64, lo, hi int) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if x < a[mid] {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Accumulate returns running sums of weights (itertools.accumulate), to turn
// weights into cum_weights.
func Accumulate(weights []float64) []float64 {
	out := make([]float64, len(weights))
	var t float64
	for i, w := range weights {
		if i == 0 {
			t = w
		} else {
			t += w
		}
		out[i] = t
	}
	return out
}

// CheckCumWeights validates cum_weights for a population of length n with
// CPython's messages.
func CheckCumWeights(n int, cumWeights []float64) error {
	if len(cumWeights) != n {
		return errors.New("The number of weights does not match the population")
	}
	if n == 0 {
		return errors.New("list index out of range") // IndexError in CPython (cum_weights[-1])
	}
	total := cumWeights[n-1] + 0.0
	if !(total > 0.0) && !math.IsNaN(total) {
		return errors.New("Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return errors.New("Total of weights must be finite")
	}
	return nil
}

// Uniform is random.uniform.
func (r *Random) Uniform(a, b float64) float64 { return a + (b-a)*r.Random() }

// Triangular is random.triangular(low, high, mode). Pass math.NaN() as mode
// to get the default (mode=None, i.e. c = 0.5).
func (r *Random) Triangular(low, high, mode float64) float64 {
	u := r.Random()
	var c float64
	if math.IsNaN(mode) {
		c = 0.5
	} else {
		if high-low == 0 {
			return low // ZeroDivisionError branch
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return low + (high-low)*math.Sqrt(u*c)
}

// NormalVariate is random.normalvariate (Kinderman-Monahan).
func (r *Random) NormalVariate(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.Random()
		u2 := 1.0 - r.Random()
		z = nvMagicConst * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -math.Log(u2) {
			break
		}
	}
	return mu + z*sigma
}

// Gauss is random.gauss, including the gauss_next cache.
func (r *Random) Gauss(mu, sigma float64) float64 {
	z := r.gaussNext
	has := r.hasGauss
	r.hasGauss = false
	if !has {
		x2pi := r.Random() * twoPi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.Random()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = math.Sin(x2pi) * g2rad
		r.hasGauss = true
	}
	return mu + z*sigma
}

// LogNormVariate is random.lognormvariate.
func (r *Random) LogNormVariate(mu, sigma float64) float64 {
	return math.Exp(r.NormalVariate(mu, sigma))
}

// ExpoVariate is random.expovariate. lambd == 0 gives ±Inf/NaN where
// CPython raises ZeroDivisionError; the caller should check.
func (r *Random) ExpoVariate(lambd float64) float64 {
	return -math.Log(1.0-r.Random()) / lambd
}

// PyFloatMod is Python's float % (result has the sign of the divisor).
func PyFloatMod(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
		}
	} else {
		m = math.Copysign(0, y)
	}
	return m
}

// VonMisesVariate is random.vonmisesvariate.
func (r *Random) VonMisesVariate(mu, kappa float64) float64 {
	if kappa <= 1e-6 {
		return twoPi * r.Random()
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.Random()
		z = math.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.Random()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*math.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	f := (q + z) / (1.0 + q*z)
	u3 := r.Random()
	if u3 > 0.5 {
		return PyFloatMod(mu+math.Acos(f), twoPi)
	}
	return PyFloatMod(mu-math.Acos(f), twoPi)
}

// GammaVariate is random.gammavariate.
func (r *Random) GammaVariate(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, errors.New("gammavariate: alpha and beta must be > 0.0")
	}
	if alpha > 1.0 {
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.Random()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.Random()
			v := math.Log(u1/(1.0-u1)) / ainv
			x := alpha * math.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagicConst-4.5*z >= 0.0 || rr >= math.Log(z) {
				return x * beta, nil
			}
		}
	} else if alpha == 1.0 {
		return -math.Log(1.0-r.Random()) * beta, nil
	}
	var x float64
	for {
		u := r.Random()
		b := (math.E + alpha) / math.E
		p := b * u
		if p <= 1.0 {
			x = math.Pow(p, 1.0/alpha)
		} else {
			x = -math.Log((b - p) / alpha)
		}
		u1 := r.Random()
		if p > 1.0 {
			if u1 <= math.Pow(x, alpha-1.0) {
				break
			}
		} else if u1 <= math.Exp(-x) {
			break
		}
	}
	return x * beta, nil
}

// BetaVariate is random.betavariate.
func (r *Random) BetaVariate(alpha, beta float64) (float64, error) {
	y, err := r.GammaVariate(alpha, 1.0)
	if err != nil {
		return 0, err
	}
	if y != 0 {
		g, err := r.GammaVariate(beta, 1.0)
		if err != nil {
			return 0, err
		}
		return y / (y + g), nil
	}
	return 0.0, nil
}

// ParetoVariate is random.paretovariate.
func (r *Random) ParetoVariate(alpha float64) float64 {
	u := 1.0 - r.Random()
	return math.Pow(u, -1.0/alpha)
}

// WeibullVariate is random.weibullvariate.
func (r *Random) WeibullVariate(alpha, beta float64) float64 {
	u := 1.0 - r.Random()
	return alpha * math.Pow(-math.Log(u), 1.0/beta)
}

// GetState returns the 624 state words followed by the index (625 values),
// the C-level part of random.getstate() (the tuple element at [1]).
func (r *Random) GetState() []uint32 {
	out := make([]uint32, stateLength)
	copy(out, r.mt[:])
	out[mtN] = uint32(r.index)
	return out
}

// SetState restores a state produced by GetState (CPython's
// _random.Random.setstate validation and messages).
func (r *Random) SetState(state []uint32) error {
	if len(state) != stateLength {
		return errors.New("state vector is the wrong size")
	}
	if state[mtN] > mtN {
		return errors.New("invalid state")
	}
	copy(r.mt[:], state[:mtN])
	r.index = int(state[mtN])
	return nil
}

// GaussNext returns the cached gauss_next value (ok == false means None).
func (r *Random) GaussNext() (v float64, ok bool) { return r.gaussNext, r.hasGauss }

// SetGaussNext sets gauss_next (ok == false means None).
func (r *Random) SetGaussNext(v float64, ok bool) { r.gaussNext, r.hasGauss = v, ok }
