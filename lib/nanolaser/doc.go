// Package nanolaser simulates photonic spiking neurons (PSNs): photonic-
// crystal nanolasers with an integrated saturable absorber, described by
// Yamada-type rate equations in particle numbers with spontaneous-emission
// Langevin noise, and networks of them that sample from Boltzmann machines
// (Boikov, de Rossi, Petrovici, Nat. Commun. 2025). See docs/nanolaser.md
// for the equations, parameter sources, translation rules, measured figures
// and the list of open problems.
package nanolaser
