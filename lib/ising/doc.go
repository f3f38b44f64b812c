// Package ising simulates the two-dimensional Ising model on an L×L square
// lattice with periodic boundaries,
//
//	H(s) = −J Σ_<ij> s_i s_j − h Σ_i s_i,   s_i = ±1,
//
// the sum over the 2N nearest-neighbour bonds (N = L² sites), at
// temperature T in units of J/k_B (k_B = 1).
//
// Site (r, c) is index r·L + c (row-major). Colouring sites by the parity of
// r + c splits the lattice into two sublattices with couplings only between
// them (L must be even for this to hold across the periodic boundary), so
// the lattice is a bipartite Boltzmann machine: [Lattice2D.RBM] returns the
// equivalent ±1 RBM (even sites visible, odd sites hidden, W_ij = J per bond,
// a = b = h), and any boltzmann.Sampler — the digital one or a photonic
// device — simulates it, which is the photonic RBM paper's validation.
// [Sim] is the fast dedicated path: a checkerboard heat-bath kernel with
// table-driven acceptance, one random stream per band of rows and both cores.
//
// # Observables (per-spin conventions)
//
// With e = H/N the energy per spin and m = Σ s_i / N the magnetisation per
// spin of each sample,
//
//	energy          ⟨e⟩
//	magnetization   ⟨|m|⟩
//	heat capacity   C = N (⟨e²⟩ − ⟨e⟩²) / T²           (per spin)
//	susceptibility  χ = N (⟨m²⟩ − ⟨|m|⟩²) / T           (per spin)
//	Binder cumulant U = 1 − ⟨m⁴⟩ / (3 ⟨m²⟩²)
//
// Error bars come from jackknife over at most 20 bins of consecutive
// measurements (which also absorbs autocorrelation when bins are long).
//
// # Exact results
//
// [OnsagerTc] = 2J / ln(1 + √2) ≈ 2.269 J; [YangMagnetization]
// (1 − sinh⁻⁴(2J/T))^{1/8} below Tc; [EnergyInfinite] Onsager's energy per spin
// of the infinite lattice, −J coth(2K)[1 + (2/π)(2 tanh²(2K) − 1) K₁(κ)] with
// K = J/T and κ = 2 sinh(2K)/cosh²(2K), the complete elliptic integral
// K₁ computed by the arithmetic–geometric mean.
package ising
