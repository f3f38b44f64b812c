package kernel

import (
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// KernelSpec is the content of kernel.json.
type KernelSpec struct {
	Argv          []string          `json:"argv"`
	DisplayName   string            `json:"display_name"`
	Language      string            `json:"language"`
	InterruptMode string            `json:"interrupt_mode"`
	Env           map[string]string `json:"env,omitempty"`
	Metadata      map[string]any    `json:"metadata"`
}

// DefaultKernelsDir is where user kernelspecs live: JupyterDataDir()/kernels.
func DefaultKernelsDir() string { return filepath.Join(JupyterDataDir(), "kernels") }

// NewKernelSpec returns the spec WriteKernelSpec writes. The language is "lumen", never
// "python" (see the package doc).
func NewKernelSpec(binaryPath, displayName string) (KernelSpec, error) {
	abs, err := filepath.Abs(binaryPath)
	if err != nil {
		return KernelSpec{}, fmt.Errorf("kernel: kernelspec binary path: %w", err)
	}
	if displayName == "" {
		displayName = "Lumen"
	}
	return KernelSpec{
		Argv:          []string{abs, "kernel", "--connection-file", "{connection_file}"},
		DisplayName:   displayName,
		Language:      "lumen",
		InterruptMode: "message",
		Metadata:      map[string]any{"debugger": false},
	}, nil
}

// WriteKernelSpec installs a kernelspec as dir/name/{kernel.json,logo-32x32.png,
// logo-64x64.png}, where dir is a kernels directory (for example DefaultKernelsDir()).
// binaryPath is made absolute. Files are written to temporary names and renamed, so an
// interrupted install leaves nothing half-written.
func WriteKernelSpec(dir, binaryPath, name, displayName string) error {
	if name == "" {
		name = "lumen"
	}
	if filepath.Base(name) != name || name == "." || name == ".." {
		return fmt.Errorf("kernel: kernelspec name %q must be a plain directory name", name)
	}
	spec, err := NewKernelSpec(binaryPath, displayName)
	if err != nil {
		return err
	}
	target := filepath.Join(dir, name)
	if err := os.MkdirAll(target, 0o755); err != nil {
		return fmt.Errorf("kernel: creating kernelspec directory: %w", err)
	}
	js, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(target, "kernel.json"), append(js, '\n')); err != nil {
		return err
	}
	for _, size := range []int{32, 64} {
		f := filepath.Join(target, fmt.Sprintf("logo-%dx%d.png", size, size))
		if err := writePNGAtomic(f, Logo(size)); err != nil {
			return err
		}
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path))
	if err != nil {
		return fmt.Errorf("kernel: writing %s: %w", path, err)
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr == nil {
		werr = cerr
	}
	if werr == nil {
		werr = os.Chmod(tmp.Name(), 0o644)
	}
	if werr == nil {
		werr = os.Rename(tmp.Name(), path)
	}
	if werr != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("kernel: writing %s: %w", path, werr)
	}
	return nil
}

func writePNGAtomic(path string, img image.Image) error {
	var buf pngBuffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	return writeFileAtomic(path, buf)
}

type pngBuffer []byte

func (b *pngBuffer) Write(p []byte) (int, error) { *b = append(*b, p...); return len(p), nil }

// Logo draws the Lumen logo at size×size: a light beam through a lens on a dark disc.
func Logo(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	s := float64(size)
	c := s / 2
	bg := color.NRGBA{0x1b, 0x1f, 0x3a, 0xff}
	beam := color.NRGBA{0xff, 0xc8, 0x3d, 0xff}
	lens := color.NRGBA{0x6f, 0xd3, 0xff, 0xff}
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			fx, fy := float64(x)+0.5, float64(y)+0.5
			dx, dy := fx-c, fy-c
			r := math.Hypot(dx, dy)
			// Anti-aliased disc edge.
			a := clamp01(c - r + 0.5)
			if a == 0 {
				continue
			}
			col := bg
			// Lens: intersection of two discs, a vertical biconvex shape in the middle.
			lr := 0.42 * s
			off := 0.30 * s
			if math.Hypot(dx-off, dy) < lr && math.Hypot(dx+off, dy) < lr {
				col = lens
			}
			// Beam: enters left as a band, converges to a focus on the right.
			half := 0.09 * s
			if dx > 0 {
				half *= math.Max(0, 1-dx/(0.36*s))
			}
			if math.Abs(dy) < half && math.Abs(dx) < 0.45*s && col != lens {
				col = beam
			}
			col.A = uint8(a * 255)
			img.SetNRGBA(x, y, col)
		}
	}
	return img
}

func clamp01(v float64) float64 { return math.Max(0, math.Min(1, v)) }
