package rng

import (
	"math"
	"testing"
)

func TestReproducible(t *testing.T) {
	a, b := New(42), New(42)
	for i := 0; i < 100; i++ {
		if a.Uint64() != b.Uint64() {
			t.Fatal("same seed gave different streams")
		}
	}
	if New(1).Uint64() == New(2).Uint64() {
		t.Fatal("different seeds gave the same first value")
	}
}

func TestSplitIndependentOfUse(t *testing.T) {
	a, b := New(7), New(7)
	for i := 0; i < 10; i++ {
		b.Uint64()
	}
	x, y := a.Split(3), b.Split(3)
	for i := 0; i < 10; i++ {
		if x.Uint64() != y.Uint64() {
			t.Fatal("Split depends on parent state")
		}
	}
	if a.Split(3).Uint64() == a.Split(4).Uint64() {
		t.Fatal("Split(3) and Split(4) coincide")
	}
}

func TestMoments(t *testing.T) {
	s := New(1)
	const n = 200000
	var su, su2, sn, sn2, bern float64
	for i := 0; i < n; i++ {
		u := s.Float64()
		su += u
		su2 += u * u
		g := s.NormFloat64()
		sn += g
		sn2 += g * g
		if s.Bernoulli(0.3) {
			bern++
		}
	}
	tests := []struct {
		name      string
		got, want float64
		sd        float64 // standard deviation of the estimate
	}{
		{"uniform mean", su / n, 0.5, math.Sqrt(1.0 / 12 / n)},
		{"uniform second moment", su2 / n, 1.0 / 3, math.Sqrt(4.0 / 45 / n)},
		{"normal mean", sn / n, 0, math.Sqrt(1.0 / n)},
		{"normal variance", sn2 / n, 1, math.Sqrt(2.0 / n)},
		{"bernoulli(0.3)", bern / n, 0.3, math.Sqrt(0.21 / n)},
	}
	for _, tc := range tests {
		if math.Abs(tc.got-tc.want) > 5*tc.sd {
			t.Errorf("%s: got %g want %g ± %g (5σ)", tc.name, tc.got, tc.want, 5*tc.sd)
		}
	}
}

func TestIntNRange(t *testing.T) {
	s := New(3)
	counts := make([]int, 7)
	for i := 0; i < 70000; i++ {
		counts[s.IntN(7)]++
	}
	for k, c := range counts {
		if math.Abs(float64(c)-10000) > 5*math.Sqrt(10000*6.0/7) {
			t.Errorf("IntN(7) value %d drawn %d times", k, c)
		}
	}
}

func BenchmarkUint64(b *testing.B) {
	s := New(1)
	var x uint64
	for i := 0; i < b.N; i++ {
		x += s.Uint64()
	}
	_ = x
}

func TestFillMatchesUint64(t *testing.T) {
	a, b := New(11), New(11)
	a.Uint64()
	b.Uint64()
	for _, n := range []int{0, 1, 7, 1000} {
		buf := make([]uint64, n)
		a.Fill(buf)
		for i, v := range buf {
			if w := b.Uint64(); v != w {
				t.Fatalf("Fill(%d)[%d] = %x, Uint64 gives %x", n, i, v, w)
			}
		}
	}
	if a.Uint64() != b.Uint64() {
		t.Fatal("Fill left the stream in a different state")
	}
}

func BenchmarkFill(b *testing.B) {
	s := New(1)
	buf := make([]uint64, 1024)
	b.SetBytes(8 * 1024)
	for i := 0; i < b.N; i++ {
		s.Fill(buf)
	}
}
