// Package rng provides reproducible random streams for Lumen.
//
// Every random number in Lumen derives from one root seed. A [Source] is a
// xoshiro256** generator (Blackman & Vigna 2018): 256 bits of state, period
// 2^256−1, about a nanosecond per 64-bit draw. Independent streams are derived
// by [Source.Split], which hashes the source's key with the stream index
// through SplitMix64; it does not consume the parent's state, so
// Split(i) names the same stream however much the parent has been used and on
// whichever goroutine it runs.
//
// Parallel code gives each fixed unit of work (a block of chains, a band of
// lattice rows) its own stream, Split(block), and never one stream per worker
// goroutine: results are then identical at any GOMAXPROCS.
//
// Conventions: Float64 is uniform in [0, 1) with 53 random bits; NormFloat64
// is a standard normal (mean 0, variance 1); Bernoulli(p) is true with
// probability p. A Source is not safe for concurrent use.
package rng
