// Package reservoir simulates the large-area VCSEL optical neural network of
// Skalli et al. (Commun. Phys. 2025, arXiv 2409.01042; REFERENCE.md §4):
// an input DMD showing Boolean images, a multimode fibre (a fixed seeded
// complex Gaussian transmission matrix over a given number of modes), an
// injection-locked large-area VCSEL whose steady-state spatial nonlinear
// response is the reservoir, and an output DMD whose super-pixels form the
// neurons and whose mirrors route light to one photodetector (Boolean
// readout) or, displayed twice, realise ternary weights W = W⁺ − W⁻.
//
// The model equations, their sources and the measured figures are in
// docs/reservoir.md.
//
// Layout:
//   - [VCSEL] (device.go, solver.go, gain.go): the physical chain up to the
//     neuron intensities, with slow drifts ([Drift], drift.go). [Config]
//     literals read zero fields as defaults; [DefaultConfig] gives a config
//     whose explicit zeros are honoured.
//   - [ONN] (onn.go): the readout (Boolean or ternary, one or two detectors),
//     detector noise and offset, in-situ training ([ONN.Train], the greedy
//     single flip of Bueno et al. 2018 and the adaptive multi-flip of Skalli
//     et al.), evaluation and [ONN.Monitor] (long-term consistency).
//   - [Ridge] (ridge.go): the digital linear limit.
//   - [Task] (tasks.go): header recognition, a synthetic image task and
//     MNIST/Fashion-MNIST one-vs-all.
//
// The training loop sees only device outputs: it displays weights, reads the
// (noisy) detector signal for each image of the sequence and keeps a change
// only if the NMSE falls. The simulator caches the steady states of the
// images it has seen (they are deterministic while the drift clock stands
// still), so an epoch costs one readout per image.
package reservoir
