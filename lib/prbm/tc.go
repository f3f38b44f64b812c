package prbm

import (
	"context"
	"fmt"

	"github.com/lumenlab/lumen/lib/ising"
)

// TcEstimate is the critical temperature read from a temperature scan: the
// positions of the heat-capacity and susceptibility peaks.
type TcEstimate struct {
	TcC, TcChi float64 // peak positions, refined by a parabola through the maximum and its neighbours
	Points     []ising.Point
}

// IsingTc scans the lattice at the given temperatures (increasing or
// decreasing, at least 3, evenly spaced for the parabolic refinement) with
// the scan options (set o.Sampler to a Device to run it through the device)
// and locates the peaks of C and χ. A peak at either end of the range is
// reported at that temperature: widen the range.
func IsingTc(ctx context.Context, lat *ising.Lattice2D, temps []float64, o ising.ScanOptions) (TcEstimate, error) {
	var est TcEstimate
	if lat == nil {
		return est, fmt.Errorf("prbm: lattice is nil")
	}
	if len(temps) < 3 {
		return est, fmt.Errorf("prbm: %d temperatures given: need at least 3 to locate a peak", len(temps))
	}
	pts, err := lat.Scan(ctx, temps, o)
	if err != nil {
		return est, err
	}
	est.Points = pts
	est.TcC = PeakT(pts, func(p ising.Point) float64 { return p.HeatCapacity })
	est.TcChi = PeakT(pts, func(p ising.Point) float64 { return p.Susceptibility })
	return est, nil
}

// PeakT returns the temperature of the maximum of f over the points,
// refined by the vertex of the parabola through the maximum and its two
// neighbours (assumes evenly spaced temperatures); the point itself when it
// is at an end or the parabola does not open downwards.
func PeakT(pts []ising.Point, f func(ising.Point) float64) float64 {
	k := 0
	for i := range pts {
		if f(pts[i]) > f(pts[k]) {
			k = i
		}
	}
	if k == 0 || k == len(pts)-1 {
		return pts[k].T
	}
	y0, y1, y2 := f(pts[k-1]), f(pts[k]), f(pts[k+1])
	h := pts[k+1].T - pts[k].T
	dd := y0 - 2*y1 + y2
	if dd >= 0 {
		return pts[k].T
	}
	return pts[k].T + h*(y0-y2)/(2*dd)
}
