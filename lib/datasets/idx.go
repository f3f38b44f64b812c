package datasets

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"os"
)

// IDX is an array read from an IDX file (LeCun's MNIST format).
type IDX struct {
	Dims []int     // sizes, outermost first
	Data []float64 // values in row-major order
}

// ReadIDX reads an IDX file, plain or gzip-compressed (detected from its
// first bytes). Element types ubyte, byte, short, int, float and double are
// supported.
func ReadIDX(path string) (*IDX, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	var r io.Reader = br
	if head, err := br.Peek(2); err == nil && head[0] == 0x1f && head[1] == 0x8b {
		gz, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("datasets: %s: %w", path, err)
		}
		defer gz.Close()
		r = bufio.NewReaderSize(gz, 1<<16)
	}
	x, err := DecodeIDX(r)
	if err != nil {
		return nil, fmt.Errorf("datasets: %s: %w", path, err)
	}
	return x, nil
}

// DecodeIDX decodes an uncompressed IDX stream.
func DecodeIDX(r io.Reader) (*IDX, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil {
		return nil, fmt.Errorf("reading IDX magic: %w", err)
	}
	if magic[0] != 0 || magic[1] != 0 {
		return nil, fmt.Errorf("not an IDX file (magic % x)", magic)
	}
	size := map[byte]int{0x08: 1, 0x09: 1, 0x0B: 2, 0x0C: 4, 0x0D: 4, 0x0E: 8}[magic[2]]
	if size == 0 {
		return nil, fmt.Errorf("IDX element type 0x%02x not supported", magic[2])
	}
	nd := int(magic[3])
	if nd < 1 || nd > 8 {
		return nil, fmt.Errorf("IDX with %d dimensions not supported", nd)
	}
	dims := make([]int, nd)
	total := 1
	for i := range dims {
		var d uint32
		if err := binary.Read(r, binary.BigEndian, &d); err != nil {
			return nil, fmt.Errorf("reading IDX dimensions: %w", err)
		}
		dims[i] = int(d)
		total *= int(d)
		if total > 1<<31 {
			return nil, fmt.Errorf("IDX array too large")
		}
	}
	raw := make([]byte, total*size)
	if _, err := io.ReadFull(r, raw); err != nil {
		return nil, fmt.Errorf("reading IDX data (%d values): %w", total, err)
	}
	data := make([]float64, total)
	for i := range data {
		b := raw[i*size : (i+1)*size]
		switch magic[2] {
		case 0x08:
			data[i] = float64(b[0])
		case 0x09:
			data[i] = float64(int8(b[0]))
		case 0x0B:
			data[i] = float64(int16(binary.BigEndian.Uint16(b)))
		case 0x0C:
			data[i] = float64(int32(binary.BigEndian.Uint32(b)))
		case 0x0D:
			data[i] = float64(math.Float32frombits(binary.BigEndian.Uint32(b)))
		case 0x0E:
			data[i] = math.Float64frombits(binary.BigEndian.Uint64(b))
		}
	}
	return &IDX{Dims: dims, Data: data}, nil
}
