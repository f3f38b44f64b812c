package plot

import (
	"fmt"
	"sync"
	"time"
)

// DefaultLiveInterval is the minimum time between two live updates.
const DefaultLiveInterval = 250 * time.Millisecond

// Live is a growing line chart (training curves) shown in one output and updated in place.
// Append adds points and reports whether an update is due (throttled to one per Interval);
// the kernel then sends HTML(false) as an update_display_data with transient.display_id =
// DisplayID(), and HTML(true) (with the static SVG twin) once at the end. Safe for
// concurrent use.
type Live struct {
	mu       sync.Mutex
	o        Options
	id       string
	x        []float64
	ys       [][]float64
	Interval time.Duration
	last     time.Time
	pending  bool
	now      func() time.Time
}

// NewLive starts a live chart with len(o.Series) series (at least one).
func NewLive(o Options) *Live {
	n := max(1, len(o.Series))
	return &Live{o: o, id: newID(), ys: make([][]float64, n), Interval: DefaultLiveInterval, now: time.Now}
}

// DisplayID is the display id to use for display_data and update_display_data.
func (l *Live) DisplayID() string { return l.id }

// Append adds one point per series at x (NaN for a series with no value at this x). It
// returns due = true when an update should be sent now (the first point, then at most one
// per Interval); points appended in between are carried by the next update.
func (l *Live) Append(x float64, ys ...float64) (due bool, err error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(ys) != len(l.ys) {
		return false, fmt.Errorf("plot: live chart has %d series, append got %d values", len(l.ys), len(ys))
	}
	if err := checkFinite("x", []float64{x}, false); err != nil {
		return false, err
	}
	if err := checkFinite("y", ys, true); err != nil {
		return false, err
	}
	l.x = append(l.x, x)
	for i, y := range ys {
		l.ys[i] = append(l.ys[i], y)
	}
	l.pending = true
	if t := l.now(); t.Sub(l.last) >= l.Interval {
		l.last = t
		l.pending = false
		return true, nil
	}
	return false, nil
}

// Pending reports whether points were appended since the last due update (send a final
// update when training ends).
func (l *Live) Pending() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pending
}

// Chart is a snapshot of the live chart as an ordinary Chart.
func (l *Live) Chart() (*Chart, error) {
	l.mu.Lock()
	x := append([]float64(nil), l.x...)
	ys := make([][]float64, len(l.ys))
	for i := range ys {
		ys[i] = append([]float64(nil), l.ys[i]...)
	}
	o := l.o
	l.mu.Unlock()
	if len(o.Series) == 0 {
		o.Series = []string{firstNonEmpty(o.YLabel, "y")}
	}
	return Line(x, ys, o)
}

// OptionJSON is the current ECharts option (for a front end that updates the chart itself).
func (l *Live) OptionJSON() ([]byte, error) {
	c, err := l.Chart()
	if err != nil {
		return nil, err
	}
	return c.OptionJSON()
}

// HTML is the output for display_data / update_display_data (without the one-time library;
// see Session). With final it carries the static SVG twin; intermediate updates skip the
// server-side rendering to stay cheap.
func (l *Live) HTML(final bool) (string, error) {
	c, err := l.Chart()
	if err != nil {
		return "", err
	}
	l.mu.Lock()
	l.pending = false
	l.mu.Unlock()
	return c.fragment(final)
}
