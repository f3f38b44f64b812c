package plot

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Colormaps as 9 evenly spaced stops (matplotlib's perceptually uniform maps and a
// diverging red–blue map for signed data such as weights and correlations).
var colormaps = map[string][]string{
	"viridis":  {"#440154", "#472d7b", "#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725"},
	"magma":    {"#000004", "#1c1044", "#4f127b", "#812581", "#b5367a", "#e55964", "#fb8761", "#fec287", "#fcfdbf"},
	"inferno":  {"#000004", "#1f0c48", "#550f6d", "#88226a", "#ba3655", "#e35933", "#f98e09", "#f9cb35", "#fcffa4"},
	"plasma":   {"#0d0887", "#4c02a1", "#7e03a8", "#a92395", "#cc4778", "#e56b5d", "#f89540", "#fdc527", "#f0f921"},
	"cividis":  {"#00224e", "#123570", "#3b496c", "#575d6d", "#707173", "#8a8678", "#a59c74", "#c3b369", "#fee838"},
	"rdbu":     {"#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#f7f7f7", "#fddbc7", "#f4a582", "#d6604d", "#b2182b"},
	"coolwarm": {"#3b4cc0", "#6282ea", "#8db0fe", "#b8d0f9", "#dddddd", "#f5c4ad", "#f49a7b", "#e7674f", "#b40426"},
	"gray":     {"#000000", "#ffffff"},
	"binary":   {"#ffffff", "#000000"},
}

// Colormaps lists the names Options.CMap accepts.
func Colormaps() []string {
	var n []string
	for k := range colormaps {
		n = append(n, k)
	}
	sort.Strings(n)
	return n
}

func cmapStops(name string, symmetric bool) ([]string, error) {
	if name == "" {
		if symmetric {
			name = "rdbu"
		} else {
			name = "viridis"
		}
	}
	s, ok := colormaps[strings.ToLower(name)]
	if !ok {
		return nil, fmt.Errorf("plot: unknown colormap %q (have %s)", name, strings.Join(Colormaps(), ", "))
	}
	return s, nil
}

func parseHex(h string) color.RGBA {
	v, _ := strconv.ParseUint(strings.TrimPrefix(h, "#"), 16, 32)
	return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
}

// lut builds a 256-entry lookup table from colormap stops.
func lut(stops []string) [256]color.RGBA {
	var t [256]color.RGBA
	cs := make([]color.RGBA, len(stops))
	for i, s := range stops {
		cs[i] = parseHex(s)
	}
	for i := range t {
		f := float64(i) / 255 * float64(len(cs)-1)
		k := int(math.Floor(f))
		if k >= len(cs)-1 {
			t[i] = cs[len(cs)-1]
			continue
		}
		u := f - float64(k)
		a, b := cs[k], cs[k+1]
		mix := func(p, q uint8) uint8 { return uint8(math.Round(float64(p)*(1-u) + float64(q)*u)) }
		t[i] = color.RGBA{mix(a.R, b.R), mix(a.G, b.G), mix(a.B, b.B), 255}
	}
	return t
}
