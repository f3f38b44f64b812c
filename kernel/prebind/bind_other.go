//go:build !linux

package prebind

import (
	"errors"
	"os"
)

// bind is Linux-only; elsewhere the kernel binds its ports itself.
func bind(ip [4]byte, port int) (*os.File, error) { return nil, errors.New("prebind: not supported") }
