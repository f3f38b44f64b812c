package prebind

import (
	"net"
	"runtime"
	"strconv"
	"testing"
)

func TestConnectionFileArg(t *testing.T) {
	for args, want := range map[string]string{
		"kernel --connection-file F": "F",
		"kernel -f F":                "F",
		"kernel --connection-file=F": "F",
		"kernel":                     "",
		"run x.py":                   "",
		"kernel --connection-file":   "",
	} {
		if got := connectionFileArg(splitArgs(args)[1:]); got != want {
			t.Errorf("%q: got %q, want %q", args, got, want)
		}
	}
}

func splitArgs(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return out
}

func TestParseIPv4(t *testing.T) {
	if ip, ok := parseIPv4("127.0.0.1"); !ok || ip != [4]byte{127, 0, 0, 1} {
		t.Errorf("127.0.0.1: %v %v", ip, ok)
	}
	for _, bad := range []string{"localhost", "::1", "1.2.3", "1.2.3.256", "01.2.3.4", "*", ""} {
		if _, ok := parseIPv4(bad); ok {
			t.Errorf("%q parsed", bad)
		}
	}
}

// The early-bound socket accepts connections once it becomes a net.Listener.
func TestBindTakeRelease(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("early binding is Linux-only")
	}
	l0, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l0.Addr().(*net.TCPAddr).Port
	l0.Close()
	f, err := bind([4]byte{127, 0, 0, 1}, port)
	if err != nil {
		t.Fatal(err)
	}
	addr := "127.0.0.1:" + strconv.Itoa(port)
	mu.Lock()
	listeners[addr] = f
	mu.Unlock()
	if !Has(addr) {
		t.Fatal("Has: false")
	}
	// A client may connect before the listener is taken over.
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	g := Take(addr)
	if g == nil || Has(addr) || Take(addr) != nil {
		t.Fatal("Take did not hand over the socket exactly once")
	}
	l, err := net.FileListener(g)
	g.Close()
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	s, err := l.Accept()
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Release closes what nobody took.
	f2, err := bind([4]byte{127, 0, 0, 1}, 0)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	listeners["x"] = f2
	mu.Unlock()
	Release()
	if Has("x") {
		t.Error("Release left a socket")
	}
}
