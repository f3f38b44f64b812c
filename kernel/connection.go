package kernel

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
)

// ConnectionInfo is the content of a Jupyter connection file
// (https://jupyter-client.readthedocs.io/en/stable/kernels.html#connection-files).
type ConnectionInfo struct {
	Transport       string `json:"transport"` // "tcp" or "ipc"
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	IOPubPort       int    `json:"iopub_port"`
	StdinPort       int    `json:"stdin_port"`
	ControlPort     int    `json:"control_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile reads and validates a connection file.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return ConnectionInfo{}, fmt.Errorf("kernel: reading connection file: %w", err)
	}
	ci, err := ParseConnectionInfo(data)
	if err != nil {
		return ConnectionInfo{}, fmt.Errorf("kernel: connection file %s: %w", path, err)
	}
	return ci, nil
}

// ParseConnectionInfo decodes and validates connection-file JSON. Missing transport
// defaults to "tcp", missing ip to 127.0.0.1, missing signature_scheme to
// "hmac-sha256". A port of 0 asks the kernel to pick a free port (tcp only).
func ParseConnectionInfo(data []byte) (ConnectionInfo, error) {
	var ci ConnectionInfo
	dec := json.NewDecoder(strings.NewReader(string(data)))
	if err := dec.Decode(&ci); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return ci, fmt.Errorf("field %q must be a %s, not a JSON %s", te.Field, te.Type, te.Value)
		}
		return ci, fmt.Errorf("not valid JSON: %w", err)
	}
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.IP == "" {
		ci.IP = "127.0.0.1"
	}
	if ci.SignatureScheme == "" {
		ci.SignatureScheme = "hmac-sha256"
	}
	if err := ci.validate(); err != nil {
		return ci, err
	}
	return ci, nil
}

func (ci ConnectionInfo) validate() error {
	switch ci.Transport {
	case "tcp":
		if net.ParseIP(ci.IP) == nil && ci.IP != "localhost" && ci.IP != "*" {
			return fmt.Errorf("ip %q is not an IP address", ci.IP)
		}
	case "ipc":
	default:
		return fmt.Errorf("transport %q is not supported (want \"tcp\" or \"ipc\")", ci.Transport)
	}
	for _, p := range []struct {
		name string
		v    int
	}{{"shell_port", ci.ShellPort}, {"iopub_port", ci.IOPubPort}, {"stdin_port", ci.StdinPort},
		{"control_port", ci.ControlPort}, {"hb_port", ci.HBPort}} {
		if p.v < 0 || p.v > 65535 {
			return fmt.Errorf("%s %d is out of range 0..65535", p.name, p.v)
		}
		if p.v == 0 && ci.Transport == "ipc" {
			return fmt.Errorf("%s must be set for the ipc transport", p.name)
		}
	}
	if _, err := newSigner(ci.SignatureScheme, ci.Key); err != nil {
		return err
	}
	return nil
}

// endpoint returns the ZeroMQ endpoint of one port.
func (ci ConnectionInfo) endpoint(port int) string {
	if ci.Transport == "ipc" {
		return fmt.Sprintf("ipc://%s-%d", ci.IP, port)
	}
	ip := ci.IP
	if ip == "*" {
		ip = "0.0.0.0"
	}
	return "tcp://" + net.JoinHostPort(ip, fmt.Sprint(port))
}
