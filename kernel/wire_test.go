package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadConnectionFile(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, json, err string
	}{
		{"ok", `{"transport":"tcp","ip":"127.0.0.1","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":"k","signature_scheme":"hmac-sha256","kernel_name":"lumen"}`, ""},
		{"defaults", `{"shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5}`, ""},
		{"bad json", `{"ip": `, "not valid JSON"},
		{"wrong type", `{"shell_port":"1"}`, `field "shell_port" must be a int`},
		{"transport", `{"transport":"udp"}`, `transport "udp" is not supported`},
		{"scheme", `{"signature_scheme":"hmac-md5"}`, `signature_scheme "hmac-md5" is not supported`},
		{"port range", `{"hb_port":70000}`, "hb_port 70000 is out of range"},
		{"ip", `{"ip":"not-an-ip"}`, `ip "not-an-ip" is not an IP address`},
		{"ipc needs ports", `{"transport":"ipc","ip":"/tmp/k"}`, "shell_port must be set"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".json")
			os.WriteFile(path, []byte(tc.json), 0o600)
			ci, err := ReadConnectionFile(path)
			if tc.err == "" {
				if err != nil {
					t.Fatal(err)
				}
				if ci.Transport != "tcp" || ci.IP != "127.0.0.1" || ci.SignatureScheme != "hmac-sha256" || ci.ShellPort != 1 {
					t.Errorf("got %+v", ci)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), path) {
				t.Errorf("error %v, want it to name %s and contain %q", err, path, tc.err)
			}
		})
	}
	if _, err := ReadConnectionFile(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: %v", err)
	}
	ci := ConnectionInfo{Transport: "ipc", IP: "/tmp/kern", ShellPort: 7}
	if ep := ci.endpoint(7); ep != "ipc:///tmp/kern-7" {
		t.Errorf("ipc endpoint %s", ep)
	}
}

func signedFrames(t testing.TB, key string) [][]byte {
	s, _ := newSigner("hmac-sha256", key)
	m := &Message{Identities: [][]byte{[]byte("id1")}, Header: newHeader("execute_request", "s"),
		ParentHeader: []byte(`{}`), Content: []byte(`{"code":"1+1"}`), Buffers: [][]byte{[]byte("buf")}}
	f, err := m.frames(s)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestHMAC(t *testing.T) {
	key := "secret"
	frames := signedFrames(t, key)
	// Independent computation of the signature.
	mac := hmac.New(sha256.New, []byte(key))
	for _, f := range frames[3:7] {
		mac.Write(f)
	}
	if want := hex.EncodeToString(mac.Sum(nil)); string(frames[2]) != want {
		t.Fatalf("signature %s, want %s", frames[2], want)
	}
	s, _ := newSigner("hmac-sha256", key)
	m, err := parseMessage(frames, s)
	if err != nil {
		t.Fatal(err)
	}
	if string(m.Identities[0]) != "id1" || m.Header.MsgType != "execute_request" || len(m.Buffers) != 1 {
		t.Errorf("parsed %+v", m)
	}
	// Upper-case hex is the same signature.
	up := append([][]byte(nil), frames...)
	up[2] = bytes.ToUpper(frames[2])
	if _, err := parseMessage(up, s); err != nil {
		t.Errorf("upper-case hex rejected: %v", err)
	}
	for name, mutate := range map[string]func(f [][]byte){
		"tampered content":  func(f [][]byte) { f[6] = []byte(`{"code":"2+2"}`) },
		"tampered header":   func(f [][]byte) { f[3] = bytes.Replace(f[3], []byte("execute"), []byte("shutdown"), 1) },
		"missing signature": func(f [][]byte) { f[2] = nil },
		"not hex":           func(f [][]byte) { f[2] = []byte("zz") },
		"truncated":         func(f [][]byte) { f[2] = f[2][:10] },
	} {
		f := make([][]byte, len(frames))
		for i := range frames {
			f[i] = append([]byte(nil), frames[i]...)
		}
		mutate(f)
		if _, err := parseMessage(f, s); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s: err %v, want ErrBadSignature", name, err)
		}
	}
	// Wrong key.
	other, _ := newSigner("hmac-sha256", "other")
	if _, err := parseMessage(frames, other); !errors.Is(err, ErrBadSignature) {
		t.Errorf("wrong key accepted")
	}
	// Empty key: no signature sent, none checked.
	unsigned := signedFrames(t, "")
	if len(unsigned[2]) != 0 {
		t.Errorf("empty key signed: %q", unsigned[2])
	}
	none, _ := newSigner("hmac-sha256", "")
	if _, err := parseMessage(frames, none); err != nil {
		t.Errorf("empty key must not verify: %v", err)
	}
}

func TestParseMessageErrors(t *testing.T) {
	s, _ := newSigner("hmac-sha256", "")
	good := signedFrames(t, "")
	for name, tc := range map[string]struct {
		frames [][]byte
		want   string
	}{
		"no delimiter":    {[][]byte{[]byte("a"), []byte("b")}, "delimiter"},
		"short":           {good[:5], "fewer than 5"},
		"header not json": {replace(good, 3, "nope"), "bad header"},
		"no msg_type":     {replace(good, 3, `{"msg_id":"x"}`), "no msg_type"},
		"content array":   {replace(good, 6, `[1]`), "content is not a JSON object"},
		"parent invalid":  {replace(good, 4, `{`), "parent_header is not a JSON object"},
	} {
		if _, err := parseMessage(tc.frames, s); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", name, err, tc.want)
		}
	}
}

func replace(frames [][]byte, i int, s string) [][]byte {
	out := append([][]byte(nil), frames...)
	out[i] = []byte(s)
	return out
}

// FuzzParseMessage feeds arbitrary frames to the wire parser: it must never panic, and
// whatever it accepts must survive a re-encode.
func FuzzParseMessage(f *testing.F) {
	f.Add(bytes.Join(signedFrames(f, "k"), []byte{0}), "k")
	f.Add(bytes.Join(signedFrames(f, ""), []byte{0}), "")
	f.Add([]byte("<IDS|MSG>\x00\x00{}\x00{}\x00{}\x00{}"), "")
	f.Add([]byte("<IDS|MSG>"), "k")
	f.Fuzz(func(t *testing.T, data []byte, key string) {
		frames := bytes.Split(data, []byte{0})
		s, _ := newSigner("hmac-sha256", key)
		m, err := parseMessage(frames, s)
		if err != nil {
			return
		}
		if _, err := m.frames(s); err != nil {
			t.Fatalf("re-encode: %v", err)
		}
	})
}
