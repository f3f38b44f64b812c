package kernel

import (
	"context"
	"io"
	"log"
	"strconv"

	"github.com/go-zeromq/zmq4"
)

func zmqMsg(frames [][]byte) zmq4.Msg { return zmq4.NewMsgFrom(frames...) }

func zmqReq(ctx context.Context) zmq4.Socket {
	return zmq4.NewReq(ctx, zmq4.WithLogger(log.New(io.Discard, "", 0)))
}

func itoa(i int) string { return strconv.Itoa(i) }
