package kernel

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ProtocolVersion is the Jupyter messaging protocol version this kernel speaks.
const ProtocolVersion = "5.3"

// delimiter separates routing identities from the signed part of a wire message.
var delimiter = []byte("<IDS|MSG>")

// Header is a message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message:
//
//	[identities…, <IDS|MSG>, hmac, header, parent_header, metadata, content, buffers…]
//
// Parent header, metadata and content are kept as raw JSON so that a reply can echo
// the request's header byte for byte and handlers decode only what they need.
type Message struct {
	Identities   [][]byte
	Header       Header
	RawHeader    json.RawMessage // the header exactly as received (or as encoded on send)
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte
}

// Errors from ParseMessage.
var (
	ErrNoDelimiter  = errors.New("kernel: message has no <IDS|MSG> delimiter")
	ErrShortMessage = errors.New("kernel: message has fewer than 5 frames after the delimiter")
	ErrBadSignature = errors.New("kernel: message signature is missing or wrong")
)

// ParseMessage decodes wire frames and checks the signature with s (nil or an empty
// key: no check). It never panics on arbitrary input.
func parseMessage(frames [][]byte, s *signer) (*Message, error) {
	i := 0
	for i < len(frames) && !bytes.Equal(frames[i], delimiter) {
		i++
	}
	if i == len(frames) {
		return nil, ErrNoDelimiter
	}
	rest := frames[i+1:]
	if len(rest) < 5 {
		return nil, ErrShortMessage
	}
	signed := [4][]byte{rest[1], rest[2], rest[3], rest[4]}
	if !s.verify(rest[0], signed) {
		return nil, ErrBadSignature
	}
	m := &Message{Identities: frames[:i]}
	if err := json.Unmarshal(rest[1], &m.Header); err != nil {
		return nil, fmt.Errorf("kernel: bad header: %w", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("kernel: header has no msg_type")
	}
	for _, f := range []struct {
		name string
		b    []byte
		dst  *json.RawMessage
	}{{"header", rest[1], &m.RawHeader}, {"parent_header", rest[2], &m.ParentHeader},
		{"metadata", rest[3], &m.Metadata}, {"content", rest[4], &m.Content}} {
		if !isJSONObject(f.b) {
			return nil, fmt.Errorf("kernel: %s is not a JSON object", f.name)
		}
		*f.dst = json.RawMessage(f.b)
	}
	m.Buffers = rest[5:]
	return m, nil
}

func isJSONObject(b []byte) bool {
	b = bytes.TrimSpace(b)
	return len(b) >= 2 && b[0] == '{' && json.Valid(b)
}

// frames encodes m for the wire, signing it with s.
func (m *Message) frames(s *signer) ([][]byte, error) {
	hdr, err := json.Marshal(m.Header)
	if err != nil {
		return nil, err
	}
	m.RawHeader = hdr
	parent := orEmptyObject(m.ParentHeader)
	meta := orEmptyObject(m.Metadata)
	content := orEmptyObject(m.Content)
	sig := s.sign([4][]byte{hdr, parent, meta, content})
	out := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	out = append(out, m.Identities...)
	out = append(out, delimiter, sig, hdr, parent, meta, content)
	out = append(out, m.Buffers...)
	return out, nil
}

func orEmptyObject(b json.RawMessage) []byte {
	if len(b) == 0 {
		return []byte("{}")
	}
	return b
}

// newHeader makes a header for a message the kernel sends.
func newHeader(msgType, session string) Header {
	return Header{
		MsgID:    newID(),
		Session:  session,
		Username: "kernel",
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
}

// newID returns a random UUID-4 string.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

// mustJSON marshals v, falling back to an error object rather than failing: kernel
// replies must always go out.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(map[string]any{"status": "error", "ename": "EncodingError",
			"evalue": err.Error(), "traceback": []string{}})
	}
	return b
}
