package rng

import (
	"math"
	"math/bits"
	"math/rand/v2"
)

// Source is a xoshiro256** random stream. The zero value is not usable; make
// one with [New] or [Source.Split].
type Source struct {
	s0, s1, s2, s3 uint64
	key            uint64 // identifies the stream; parent of its Split streams
	hasGauss       bool
	gauss          float64
}

// splitmix64 advances *x and returns the next SplitMix64 output.
func splitmix64(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// mix hashes a 64-bit value (the SplitMix64 finaliser).
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// New returns the root stream for seed. Equal seeds give equal streams.
func New(seed uint64) *Source {
	return fromKey(mix(seed ^ 0x6a09e667f3bcc909))
}

func fromKey(key uint64) *Source {
	x := key
	s := &Source{key: key}
	s.s0 = splitmix64(&x)
	s.s1 = splitmix64(&x)
	s.s2 = splitmix64(&x)
	s.s3 = splitmix64(&x)
	if s.s0|s.s1|s.s2|s.s3 == 0 {
		s.s0 = 1
	}
	return s
}

// Split returns the i-th substream of s. It depends only on the key of s and
// on i, not on how many numbers s has produced.
func (s *Source) Split(i uint64) *Source {
	return fromKey(mix(s.key ^ mix(i+0x243f6a8885a308d3)))
}

// Fork returns a new stream seeded from the next output of s: unlike Split it
// advances s, so successive Forks give different streams.
func (s *Source) Fork() *Source {
	return fromKey(mix(s.Uint64()))
}

// Uint64 returns a uniformly distributed 64-bit value.
func (s *Source) Uint64() uint64 {
	result := bits.RotateLeft64(s.s1*5, 7) * 9
	t := s.s1 << 17
	s.s2 ^= s.s0
	s.s3 ^= s.s1
	s.s1 ^= s.s2
	s.s0 ^= s.s3
	s.s2 ^= t
	s.s3 = bits.RotateLeft64(s.s3, 45)
	return result
}

// Fill sets dst to the next len(dst) outputs of s: the same values, in the
// same order, as that many calls of Uint64, but several times faster (the
// state stays in registers). Hot loops draw their uniforms in bulk with it.
func (s *Source) Fill(dst []uint64) {
	s0, s1, s2, s3 := s.s0, s.s1, s.s2, s.s3
	for i := range dst {
		dst[i] = bits.RotateLeft64(s1*5, 7) * 9
		t := s1 << 17
		s2 ^= s0
		s3 ^= s1
		s1 ^= s2
		s0 ^= s3
		s2 ^= t
		s3 = bits.RotateLeft64(s3, 45)
	}
	s.s0, s.s1, s.s2, s.s3 = s0, s1, s2, s3
}

// Float64 returns a uniform value in [0, 1).
func (s *Source) Float64() float64 {
	return float64(s.Uint64()>>11) * (1.0 / (1 << 53))
}

// IntN returns a uniform integer in [0, n). It panics if n <= 0.
func (s *Source) IntN(n int) int {
	if n <= 0 {
		panic("rng: IntN argument n must be > 0")
	}
	hi, lo := bits.Mul64(s.Uint64(), uint64(n))
	if lo < uint64(n) {
		thresh := -uint64(n) % uint64(n)
		for lo < thresh {
			hi, lo = bits.Mul64(s.Uint64(), uint64(n))
		}
	}
	return int(hi)
}

// NormFloat64 returns a standard normal value (Marsaglia polar method).
func (s *Source) NormFloat64() float64 {
	if s.hasGauss {
		s.hasGauss = false
		return s.gauss
	}
	for {
		u := 2*s.Float64() - 1
		v := 2*s.Float64() - 1
		r := u*u + v*v
		if r > 0 && r < 1 {
			f := math.Sqrt(-2 * math.Log(r) / r)
			s.gauss = v * f
			s.hasGauss = true
			return u * f
		}
	}
}

// Bernoulli returns true with probability p (p ≤ 0: never, p ≥ 1: always).
func (s *Source) Bernoulli(p float64) bool {
	return s.Float64() < p
}

// Threshold converts a probability to the integer threshold t such that
// Uint64() < t happens with probability p (to 2^-64). Hot loops compare raw
// draws against precomputed thresholds instead of converting to float.
func Threshold(p float64) uint64 {
	if !(p > 0) {
		return 0
	}
	if p >= 1 {
		return math.MaxUint64
	}
	return uint64(p * (1 << 64))
}

// Perm returns a random permutation of 0..n-1.
func (s *Source) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	s.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle randomly permutes n elements through swap (Fisher–Yates).
func (s *Source) Shuffle(n int, swap func(i, j int)) {
	for i := n - 1; i > 0; i-- {
		j := s.IntN(i + 1)
		swap(i, j)
	}
}

// Rand returns a math/rand/v2 generator that draws from s, for code that
// needs the standard library's distributions.
func (s *Source) Rand() *rand.Rand { return rand.New(s) }
