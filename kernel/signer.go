package kernel

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
)

// signer computes and checks the HMAC signature of a wire message: a hex digest over
// the header, parent_header, metadata and content frames, in that order.
// An empty key disables signing: messages go out with an empty signature and incoming
// signatures are not checked.
type signer struct {
	newHash func() hash.Hash
	key     []byte
}

func newSigner(scheme, key string) (*signer, error) {
	var h func() hash.Hash
	switch scheme {
	case "hmac-sha256", "":
		h = sha256.New
	case "hmac-sha512":
		h = sha512.New
	case "hmac-sha1":
		h = sha1.New
	default:
		return nil, fmt.Errorf("signature_scheme %q is not supported (want \"hmac-sha256\")", scheme)
	}
	return &signer{newHash: h, key: []byte(key)}, nil
}

func (s *signer) enabled() bool { return s != nil && len(s.key) > 0 }

func (s *signer) mac(frames [4][]byte) []byte {
	m := hmac.New(s.newHash, s.key)
	for _, f := range frames {
		m.Write(f)
	}
	return m.Sum(nil)
}

// sign returns the hex signature ("" when signing is disabled).
func (s *signer) sign(frames [4][]byte) []byte {
	if !s.enabled() {
		return nil
	}
	sum := s.mac(frames)
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// verify checks sig (hex) in constant time. With signing disabled it accepts anything.
func (s *signer) verify(sig []byte, frames [4][]byte) bool {
	if !s.enabled() {
		return true
	}
	want := s.mac(frames)
	got := make([]byte, hex.DecodedLen(len(sig)))
	n, err := hex.Decode(got, sig)
	if err != nil || n != len(want) {
		return false
	}
	return hmac.Equal(got[:n], want)
}
