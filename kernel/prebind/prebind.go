// Package prebind binds a Jupyter kernel's TCP ports as early as a Go program can:
// during package initialisation, before heavier packages (the interpreter, its parser)
// run their init functions.
//
// Why: jupyter_client connects to the kernel's ports a few milliseconds after launching
// it. A connection that is refused is retried only after ZeroMQ's reconnect interval
// (100 ms), so a kernel that binds 10 ms "late" answers its first kernel_info ~100 ms
// late. Binding in init wins that race; the kernel then takes the listeners over
// (kernel.New asks for them with Take) instead of binding again.
//
// It acts only when the command line carries --connection-file F (or -f F, or
// --connection-file=F) and F is a tcp connection file with fixed ports; otherwise, and on
// any error, it does nothing and the kernel binds as usual, reporting errors itself.
// Import it (for its side effect) from the kernel's main package; package kernel imports
// it too. It must stay free of non-standard dependencies so that it initialises early
// (Go initialises ready packages in import-path order, and "…/kernel/prebind" sorts
// before "…/scripting").
package prebind

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"sync"
)

// This package must not import package net, which initialises after the interpreter's
// packages: bind (bind_linux.go) uses syscall, and the kernel turns the socket into a
// net.Listener once everything is initialised.

var (
	mu        sync.Mutex
	listeners = map[string]*os.File{} // "ip:port" → listening socket
)

func init() {
	path := connectionFileArg(os.Args[1:])
	if path == "" {
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return
	}
	var ci struct {
		Transport                                            string
		IP                                                   string
		ShellPort, IOPubPort, StdinPort, ControlPort, HBPort int
	}
	var raw map[string]any
	if json.Unmarshal(data, &raw) != nil {
		return
	}
	ci.Transport, _ = raw["transport"].(string)
	ci.IP, _ = raw["ip"].(string)
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.IP == "" {
		ci.IP = "127.0.0.1"
	}
	if ci.Transport != "tcp" {
		return
	}
	var ports []int
	for _, k := range []string{"shell_port", "iopub_port", "stdin_port", "control_port", "hb_port"} {
		f, ok := raw[k].(float64)
		if !ok || f <= 0 || f > 65535 || f != float64(int(f)) {
			return // malformed or system-chosen ports: leave it all to the kernel
		}
		ports = append(ports, int(f))
	}
	ip, ok := parseIPv4(ci.IP)
	if !ok {
		return // IPv6 or a host name: the kernel binds it
	}
	bound := map[string]*os.File{}
	for _, p := range ports {
		f, err := bind(ip, p)
		if err != nil {
			for _, f := range bound {
				f.Close()
			}
			return
		}
		bound[ci.IP+":"+strconv.Itoa(p)] = f
	}
	mu.Lock()
	listeners = bound
	mu.Unlock()
}

// connectionFileArg finds the connection file on a command line.
func connectionFileArg(args []string) string {
	for i, a := range args {
		switch {
		case a == "--connection-file" || a == "-connection-file" || a == "-f" || a == "--f":
			if i+1 < len(args) {
				return args[i+1]
			}
		case strings.HasPrefix(a, "--connection-file="):
			return strings.TrimPrefix(a, "--connection-file=")
		case strings.HasPrefix(a, "-connection-file="):
			return strings.TrimPrefix(a, "-connection-file=")
		}
	}
	return ""
}

func parseIPv4(s string) ([4]byte, bool) {
	var ip [4]byte
	parts := strings.Split(s, ".")
	if len(parts) != 4 {
		return ip, false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || n > 255 || p == "" || (len(p) > 1 && p[0] == '0') {
			return ip, false
		}
		ip[i] = byte(n)
	}
	return ip, true
}

// Take returns the listening socket bound in init for addr ("ip:port") and forgets it;
// nil if there is none. The caller makes it a listener with net.FileListener (and
// closes the file).
func Take(addr string) *os.File {
	mu.Lock()
	defer mu.Unlock()
	f := listeners[addr]
	delete(listeners, addr)
	return f
}

// Release closes the listeners nobody took (the kernel bound nothing or failed).
func Release() {
	mu.Lock()
	defer mu.Unlock()
	for a, f := range listeners {
		f.Close()
		delete(listeners, a)
	}
}

// Has reports whether a socket for addr ("ip:port") was bound in init and not taken.
func Has(addr string) bool {
	mu.Lock()
	defer mu.Unlock()
	return listeners[addr] != nil
}
