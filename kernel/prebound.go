package kernel

import (
	"context"
	"net"
	"strings"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"

	"github.com/lumenlab/lumen/kernel/prebind"
)

// preboundScheme is a zmq4 transport serving TCP on sockets that package prebind bound
// while the program was initialising (see its doc: it saves jupyter_client a 100 ms
// reconnect at startup).
const preboundScheme = "lumen-prebound"

func init() {
	if err := zmq4.RegisterTransport(preboundScheme, preboundTransport{}); err != nil {
		panic(err)
	}
}

type preboundTransport struct{}

func (preboundTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	return d.DialContext(ctx, "tcp", addr)
}

func (preboundTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	f := prebind.Take(addr)
	if f == nil {
		var lc net.ListenConfig
		return lc.Listen(ctx, "tcp", addr)
	}
	defer f.Close() // the listener holds its own descriptor
	return net.FileListener(f)
}

func (preboundTransport) Addr(ep string) (string, error) { return ep, nil }

// listenEndpoint is the endpoint a socket listens on: the prebound socket for tcp://ip:port
// when there is one, else the endpoint itself.
func listenEndpoint(ep string) string {
	if addr, ok := strings.CutPrefix(ep, "tcp://"); ok && prebind.Has(addr) {
		return preboundScheme + "://" + addr
	}
	return ep
}
