// Package boltzmann implements restricted and fully connected Boltzmann
// machines: models, Gibbs sampling, CD-k/PCD training and likelihoods. It is
// the digital reference every photonic or spiking device is compared with,
// and the place devices plug in, through the one-method [Sampler] interface.
//
// # Units and energies
//
// A model's units are either ±1 spins ([PM1], the photonic papers'
// convention) or 0/1 neurons ([Binary], the neural-sampling convention).
// The RBM energy, in either units, is
//
//	E(v, h) = −Σ_ij W_ij v_i h_j − Σ_i a_i v_i − Σ_j b_j h_j,
//
// and states are distributed as p(v, h) ∝ exp(−E(v, h)/T). The local field of
// hidden unit j is S_j = Σ_i W_ij v_i + b_j (of visible unit i,
// Σ_j W_ij h_j + a_i); a heat-bath (Gibbs) update sets a spin to +1 with
// probability σ(2S/T) and a 0/1 unit to 1 with probability σ(S/T).
//
// A fully connected [BM] has a symmetric W with zero diagonal and
// E(x) = −½ xᵀWx − bᵀx = −Σ_{i<j} W_ij x_i x_j − Σ_i b_i x_i.
//
// The substitution s = 2z − 1 maps ±1 to 0/1 units exactly: for an RBM
//
//	W_z = 4 W_s,  a_z = 2 a_s − 2 Σ_j W_s,ij,  b_z = 2 b_s − 2 Σ_i W_s,ij,
//	E_s(s) = E_z(z) + C,  C = −Σ_ij W_s,ij + Σ_i a_s,i + Σ_j b_s,j,
//
// and for a BM W_z = 4 W_s, b_z = 2 b_s − 2 Σ_j W_s,ij,
// C = −Σ_{i<j} W_s,ij + Σ_i b_s,i. The constant cancels in every
// probability; it shifts log Z by −C/T. [RBM.Convert] and [BM.Convert] apply
// these and are tested to give identical distributions.
//
// # Layout
//
// All matrices are dense, row-major float64 slices: W of an RBM is
// NVisible×NHidden (W[i*NHidden+j] couples visible i to hidden j); a batch
// of states is Chains×layer size, one chain (or one data vector) per row.
// Matrix products go through gonum's blas64, so a faster BLAS installed with
// blas64.Use speeds up everything here.
//
// # Performance
//
// Built with the tag "openblas" (go build -tags openblas, with Debian's
// libopenblas-dev), package lib/openblas routes the products to OpenBLAS,
// about five times faster than gonum's pure-Go kernels on the 2-core
// machine. With the [Digital] sampler, [RBM.Gibbs] and [RBM.Fit] run a fused
// engine that allocates no buffer per step. After each product, one pass adds the
// bias, evaluates a table-driven exponential and compares uniforms drawn in
// bulk (rng.Source.Fill) without a division or a branch, in place, in fixed
// blocks of about 64 chains (an even number of them) spread over the cores.
// In float32 ([TrainOptions.Float32], [GibbsOptions.Float32]: sgemm, 32-bit
// uniforms, weights updated in float32 during an epoch; about twice as fast)
// each block runs whole steps, products included, on one goroutine, and
// OpenBLAS is held at one thread meanwhile so that its spinning threads do
// not compete with the blocks for the cores. In float64, OpenBLAS's own
// threads compute each product for all chains, which measured faster for
// dgemm on the 2-core machine. The weight update runs in bands of visible
// units, each updating its weights and biases in one pass.
//
// # Reproducibility
//
// Every random draw comes from an [rng.Source] passed in by the caller. Work
// is split into fixed blocks of chains, each with its own substream, so
// results are identical at any GOMAXPROCS.
//
// # Exact distributions
//
// [BM.ExactDistribution] returns 2^N probabilities in the order where bit i of
// the state index is unit i (bit set: unit i is +1, or 1 for 0/1 units).
// [RBM.LogZ] enumerates the smaller layer (at most 24 units) and sums the
// other analytically, in log-sum-exp form; [RBM.AIS] estimates log Z for
// larger models by annealed importance sampling (Salakhutdinov & Murray 2008).
package boltzmann
