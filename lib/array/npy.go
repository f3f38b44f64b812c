package array

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

var npyMagic = []byte("\x93NUMPY")

func descrOf(dt DType) string {
	switch dt {
	case Bool:
		return "|b1"
	case Int64:
		return "<i8"
	}
	return "<f8"
}

// WriteNpy writes a in .npy format 1.0.
func WriteNpy(w io.Writer, a *Array) error {
	shape := make([]string, len(a.shape))
	for i, n := range a.shape {
		shape[i] = strconv.Itoa(n)
	}
	st := "(" + strings.Join(shape, ", ")
	if len(shape) == 1 {
		st += ","
	}
	st += ")"
	h := fmt.Sprintf("{'descr': '%s', 'fortran_order': False, 'shape': %s, }", descrOf(a.dtype), st)
	total := len(npyMagic) + 4 + len(h) + 1
	pad := (64 - total%64) % 64
	h += strings.Repeat(" ", pad) + "\n"
	bw := bufio.NewWriter(w)
	bw.Write(npyMagic)
	bw.Write([]byte{1, 0})
	binary.Write(bw, binary.LittleEndian, uint16(len(h)))
	bw.WriteString(h)
	var buf [8]byte
	for _, v := range a.Data() {
		switch a.dtype {
		case Bool:
			if v != 0 {
				bw.WriteByte(1)
			} else {
				bw.WriteByte(0)
			}
		case Int64:
			binary.LittleEndian.PutUint64(buf[:], uint64(int64(v)))
			bw.Write(buf[:])
		default:
			binary.LittleEndian.PutUint64(buf[:], math.Float64bits(v))
			bw.Write(buf[:])
		}
	}
	return bw.Flush()
}

// ReadNpy reads a .npy stream (float64/32, int64/32/8/16, uint8, bool).
func ReadNpy(r io.Reader) (*Array, error) {
	br := bufio.NewReader(r)
	head := make([]byte, 8)
	if _, err := io.ReadFull(br, head); err != nil {
		return nil, fmt.Errorf("npy: %w", err)
	}
	if !bytes.Equal(head[:6], npyMagic) {
		return nil, valueErr("not a .npy file (bad magic)")
	}
	var hlen int
	switch head[6] {
	case 1:
		var n uint16
		if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
			return nil, err
		}
		hlen = int(n)
	case 2, 3:
		var n uint32
		if err := binary.Read(br, binary.LittleEndian, &n); err != nil {
			return nil, err
		}
		hlen = int(n)
	default:
		return nil, valueErr("unsupported .npy format version %d.%d", head[6], head[7])
	}
	hb := make([]byte, hlen)
	if _, err := io.ReadFull(br, hb); err != nil {
		return nil, err
	}
	h := string(hb)
	descr := headerField(h, "descr")
	descr = strings.Trim(descr, "'\"")
	fortran := strings.TrimSpace(headerField(h, "fortran_order")) == "True"
	shStr := headerField(h, "shape")
	shStr = strings.Trim(strings.TrimSpace(shStr), "()")
	var shape []int
	for _, p := range strings.Split(shStr, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(p, "L"))
		if err != nil {
			return nil, valueErr("npy: bad shape %q", shStr)
		}
		shape = append(shape, n)
	}
	n := sizeOf(shape)
	var order binary.ByteOrder = binary.LittleEndian
	if strings.HasPrefix(descr, ">") {
		order = binary.BigEndian
	}
	code := strings.TrimLeft(descr, "<>|=")
	dt := Float64
	size := 8
	switch code {
	case "f8":
	case "f4":
		size = 4
	case "i8", "u8":
		dt = Int64
	case "i4", "u4":
		dt, size = Int64, 4
	case "i2", "u2":
		dt, size = Int64, 2
	case "i1", "u1":
		dt, size = Int64, 1
	case "b1":
		dt, size = Bool, 1
	default:
		return nil, valueErr("npy: unsupported dtype %q (float, int and bool only)", descr)
	}
	raw := make([]byte, n*size)
	if _, err := io.ReadFull(br, raw); err != nil {
		return nil, fmt.Errorf("npy: data truncated: %w", err)
	}
	data := make([]float64, n)
	signed := code[0] != 'u'
	for i := range data {
		b := raw[i*size : (i+1)*size]
		switch code {
		case "f8":
			data[i] = math.Float64frombits(order.Uint64(b))
		case "f4":
			data[i] = float64(math.Float32frombits(order.Uint32(b)))
		case "i8":
			data[i] = float64(int64(order.Uint64(b)))
		case "u8":
			data[i] = float64(order.Uint64(b))
		case "i4", "u4":
			if signed {
				data[i] = float64(int32(order.Uint32(b)))
			} else {
				data[i] = float64(order.Uint32(b))
			}
		case "i2", "u2":
			if signed {
				data[i] = float64(int16(order.Uint16(b)))
			} else {
				data[i] = float64(order.Uint16(b))
			}
		case "i1":
			data[i] = float64(int8(b[0]))
		default:
			data[i] = float64(b[0])
			if code == "b1" && b[0] != 0 {
				data[i] = 1
			}
		}
	}
	if fortran {
		rev := make([]int, len(shape))
		for i := range shape {
			rev[i] = shape[len(shape)-1-i]
		}
		a, err := Wrap(data, rev...)
		if err != nil {
			return nil, err
		}
		a.dtype = dt
		return a.T().Copy(), nil
	}
	a, err := Wrap(data, shape...)
	if err != nil {
		return nil, err
	}
	a.dtype = dt
	return a, nil
}

// headerField extracts the raw value of key from the header dict text.
func headerField(h, key string) string {
	i := strings.Index(h, "'"+key+"'")
	if i < 0 {
		return ""
	}
	rest := h[i+len(key)+2:]
	rest = strings.TrimLeft(rest, " :")
	if strings.HasPrefix(rest, "(") {
		return rest[:strings.IndexByte(rest, ')')+1]
	}
	if j := strings.IndexAny(rest, ",}"); j >= 0 {
		return strings.TrimSpace(rest[:j])
	}
	return rest
}

// writeAtomic writes through a temporary file in the same directory and
// renames it over path.
func writeAtomic(path string, fn func(w io.Writer) error) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if err := fn(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Chmod(tmp, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// Save writes a to path as .npy (atomically).
func Save(path string, a *Array) error {
	return writeAtomic(path, func(w io.Writer) error { return WriteNpy(w, a) })
}

// Load reads a .npy file.
func Load(path string) (*Array, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadNpy(f)
}

// SaveZ writes arrays as an uncompressed .npz archive (like numpy.savez);
// names are written in sorted order.
func SaveZ(path string, arrays map[string]*Array) error {
	names := make([]string, 0, len(arrays))
	for k := range arrays {
		names = append(names, k)
	}
	sort.Strings(names)
	return writeAtomic(path, func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for _, k := range names {
			fw, err := zw.CreateHeader(&zip.FileHeader{Name: k + ".npy", Method: zip.Store})
			if err != nil {
				return err
			}
			if err := WriteNpy(fw, arrays[k]); err != nil {
				return err
			}
		}
		return zw.Close()
	})
}

// LoadZ reads every array of a .npz archive, with the names in file order.
func LoadZ(path string) (map[string]*Array, []string, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, nil, err
	}
	defer zr.Close()
	out := map[string]*Array{}
	var names []string
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, nil, err
		}
		a, err := ReadNpy(rc)
		rc.Close()
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		name := strings.TrimSuffix(f.Name, ".npy")
		out[name] = a
		names = append(names, name)
	}
	return out, names, nil
}
