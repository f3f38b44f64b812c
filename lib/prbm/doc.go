// Package prbm simulates the photonic restricted Boltzmann machine of Luo,
// Fang, Zhang & Ruan (arXiv 2508.20472): a wavelength-multiplexed spatial
// light modulator (SLM) Gibbs sampler, from the SLM pixels up. A [Device] is
// a boltzmann.Sampler, so it runs RBM sampling, in-situ training (Fit's
// negative phase) and Ising lattices wherever a sampler is accepted.
// docs/prbm.md has the derivations, the constants and their sources.
//
// # Layout on the SLM
//
// Updating layer L (K spins) given the other layer (N spins ±1) uses K
// wavelengths λ_k = λ0 + k·Δλ, one row band each. A band holds N+2
// macro-pixels of p×p pixels (p even), row-major over Cols = min(N+2,
// width/p) columns and as many macro-pixel rows as needed: macro-pixel 0 is
// region I (the spin being updated, amplitude A = 1), 1..N region II
// (amplitude W_ik/ξ, spin s_i), N+1 region III (amplitude b_k/ξ, auxiliary
// spin +1); unused macro-pixels carry amplitude 0. ξ = max(|W|, |bias of L|).
// A model whose bands do not fit gets an error naming the limit.
//
// # Encoding (checkerboard gauge)
//
// A macro-pixel of amplitude a ∈ [−1, 1] showing spin s has the commanded
// phases
//
//	θ(x, y) = π/2 + φ ± q(α),   α = arccos|a|,   φ = 0 if a·s ≥ 0 else π,
//
// with + on pixels of even x+y and − on odd ones; q rounds to the 2^slm_bits
// phase grid (none when slm_bits = 0) and π/2 is a global offset keeping θ in
// [0, 2π] (no wrapping; it drops out of every intensity). Its zeroth-order
// field is Σ e^{iθ} = p²·e^{iπ/2}·cos q(α)·sign(a·s) = i·p²·a·s for q = id.
//
// # Propagation and detection
//
// A Fourier lens maps each band to its focal plane: the band, zero-padded
// Pad times, is transformed by a 2-D FFT; bin (u, v) lies at
// (u·λ_k f/(n_x·pitch), v·λ_k f/(n_y·pitch)), so the scale grows with the
// wavelength. The camera integrates the window of side CameraWindow around
// each zeroth order, weighting each bin by its overlap with the window and
// dividing by the DC bin's weight; CameraWindow = 0 is a point detector at
// the zeroth order, evaluated directly as the pixel sum (the DFT's DC bin).
// Normalised by p⁴, the zeroth-order intensity of band k with region-I spin
// h is
//
//	I_k(h) = |A·h + Σ_i (W_ik/ξ) s_i + b_k/ξ|²,
//
// and the two exposures h = +1, −1 give I_k(+) − I_k(−) = 4A·S_k/ξ, S_k the
// local field. The device reports S_k = ξ·(Î_k(+) − Î_k(−))/4, ΔH_k = −2 S_k,
// and draws h_k = +1 with probability σ(−ΔH_k/T). With the PerWavelength
// readout each wavelength has its own camera spot (2 exposures per
// half-step); with the Total readout all wavelengths add incoherently on one
// spot and each spin is flipped alone against a common reference exposure
// (N+1 exposures, the paper's scheme). 0/1 models run as their exact ±1
// equivalent; fields are reported in the model's units (×2 for 0/1).
//
// # Imperfections (all default to ideal)
//
//   - SLM phase quantisation: q above (slm_bits).
//   - Static phase error: ε ~ N(0, PhaseError²) per pixel, fixed by Seed.
//   - Aberrations: ε += (λ0/λ_k)·Σ_j c_j Z_j(x, y), Noll-ordered RMS-normalised
//     Zernike polynomials j = 1..11 on the disc circumscribing the SLM.
//     Each pixel's field is e^{i(θ+ε)}.
//   - Pixel crosstalk (LC fringing): θ' = (1−4κ)θ + κ Σ_4 neighbours θ.
//   - Fill factor F: the photon budget scales by F² (the gain is calibrated).
//   - Spectral crosstalk c: Ĩ_k = I_k + c(I_{k−1} + I_{k+1}) per exposure.
//   - Laser power drift: each exposure × (1 + PowerDrift·z).
//   - Shot noise: counts n ~ Poisson(Φ F² I/I_full), Φ = ShotPhotons, I_full
//     = (Rows·Cols)² the intensity of a fully in-phase band; read noise
//     ReadNoise·z photo-electrons; Î = n/(Φ F²/I_full). Above a mean of 30
//     the count is a rounded normal, and on its own camera spot without
//     drift the difference of the two exposures is drawn as one normal of
//     the same mean and variance (μ₊ + μ₋ + 2σ_read² + 2/12).
//
// # Ideal mode
//
// Ideal mode computes the same intensities analytically. Each macro-pixel's
// zeroth-order contribution is c = e^{iθ+}·P + e^{iθ−}·Q with P, Q the
// checkerboard sums of the static factors e^{iε}/p² (½ each without
// disorder), and flips sign with the spin. In the frame where region I's
// field c_I is real, R'_k = Σ_i c'_ik s_i + c'_III,k is two real matrix
// products, and I_k(±) = |c_I|² ± 2|c_I| Re R' + |R'|²; without noise
// S = ξ·|c_I|·Re R'. For an SLM without disorder, quantisation or
// crosstalk the coefficients are W/ξ and ξ cancels: the fields are the
// digital sampler's own product with W, and the camera noise and the
// heat-bath draw follow in one pass per block of chains (one random
// substream per block, so results do not depend on GOMAXPROCS). Noise and
// crosstalk then go through the same detection code as the optical mode, so
// the two modes agree exactly in distribution for every imperfection except
// pixel crosstalk, which ideal mode approximates by the interior-pixel rule
// α → (1−8κ)α (boundary pixels are ignored), and the finite camera window,
// which ideal mode does not model (it assumes the point detector).
//
// # Cost model
//
// [Device.Estimate] turns the exposure count into time (max(1/SLM rate,
// 1/camera rate) + latency per exposure), energy (wall-plug powers × time)
// and equivalent operations per second, for the lab hardware
// ([LabHardware]) or the paper's GHz projection ([GHzHardware], [GHzDevice]).
//
// # Pictures
//
// [Device.PhaseMask] is the SLM image of a band (or all bands),
// [Device.FocalPlane] the simulated camera image of one wavelength,
// [Device.LocalFields] the measured fields.
package prbm
