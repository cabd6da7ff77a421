// Package emailtest runs a real SMTP server in-process on loopback (github.com/emersion/go-smtp)
// for the e-mail channel's tests: STARTTLS with a self-signed certificate generated at start,
// AUTH PLAIN after TLS, scripted SMTP failures per stage, and a mailbox that keeps one copy
// per Message-ID the way Gmail does, next to a count of every accepted transaction.
package emailtest

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// Stage names the SMTP command a scripted failure answers.
type Stage string

// Stages a failure can be scripted at.
const (
	StageMail Stage = "MAIL"
	StageRcpt Stage = "RCPT"
	StageData Stage = "DATA"
)

// Message is one accepted mail.
type Message struct {
	From   string
	To     []string
	Raw    []byte
	Header mail.Header
	TLS    bool // the transaction ran after STARTTLS
}

// Options configure the server.
type Options struct {
	StartTLS bool              // offer STARTTLS (with a fresh self-signed certificate)
	Users    map[string]string // AUTH PLAIN users → passwords; nil = no AUTH offered or required
}

// Server is a running SMTP server.
type Server struct {
	Host   string // 127.0.0.1
	Port   int
	CAFile string // PEM of the self-signed certificate, for the client's ca_file

	opts     Options
	srv      *smtp.Server
	mu       sync.Mutex
	accepted []Message
	tried    []Message // every message whose DATA was read, accepted or refused
	fail     map[Stage]*smtp.SMTPError
}

// NewServer starts a server on a loopback port; it stops when t's test ends.
func NewServer(t testing.TB, opts Options) *Server {
	t.Helper()
	s := &Server{opts: opts, fail: map[Stage]*smtp.SMTPError{}}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &session{s: s, conn: c}, nil
	}))
	s.srv.Domain = "localhost"
	s.srv.ReadTimeout, s.srv.WriteTimeout = 10*time.Second, 10*time.Second
	s.srv.MaxMessageBytes = 10 << 20
	s.srv.AllowInsecureAuth = !opts.StartTLS
	if opts.StartTLS {
		cert, caFile := selfSigned(t)
		s.srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
		s.CAFile = caFile
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("emailtest: listen: %v", err)
	}
	s.Host = "127.0.0.1"
	s.Port = l.Addr().(*net.TCPAddr).Port
	go func() { _ = s.srv.Serve(l) }()
	t.Cleanup(func() { _ = s.srv.Close() })
	return s
}

// FailNext makes the next command at stage answer code (e.g. 451, {4,3,0}).
func (s *Server) FailNext(stage Stage, code int, enhanced [3]int, msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fail[stage] = &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode(enhanced), Message: msg}
}

// Accepted returns every accepted transaction, duplicates included.
func (s *Server) Accepted() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.accepted...)
}

// Tried returns every message the server read at DATA, in order, including those it refused
// with a scripted DATA failure (so a test can compare a refused attempt with its retry).
func (s *Server) Tried() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.tried...)
}

// Mailbox returns the stored messages: one per Message-ID (the first), like a receiver that
// de-duplicates, in arrival order.
func (s *Server) Mailbox() []Message {
	seen := map[string]bool{}
	var out []Message
	for _, m := range s.Accepted() {
		id := m.Header.Get("Message-Id")
		if id != "" && seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, m)
	}
	return out
}

func (s *Server) takeFail(st Stage) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.fail[st]; e != nil {
		delete(s.fail, st)
		return e
	}
	return nil
}

type session struct {
	s      *Server
	conn   *smtp.Conn
	authed bool
	from   string
	to     []string
}

func (ss *session) AuthMechanisms() []string {
	if ss.s.opts.Users == nil {
		return nil
	}
	return []string{sasl.Plain}
}

func (ss *session) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if want, ok := ss.s.opts.Users[user]; !ok || want != pass {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "Authentication credentials invalid"}
		}
		ss.authed = true
		return nil
	}), nil
}

func (ss *session) Mail(from string, _ *smtp.MailOptions) error {
	if ss.s.opts.Users != nil && !ss.authed {
		return &smtp.SMTPError{Code: 530, EnhancedCode: smtp.EnhancedCode{5, 7, 0}, Message: "Authentication required"}
	}
	if err := ss.s.takeFail(StageMail); err != nil {
		return err
	}
	ss.from = from
	return nil
}

func (ss *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	if err := ss.s.takeFail(StageRcpt); err != nil {
		return err
	}
	ss.to = append(ss.to, to)
	return nil
}

func (ss *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return &smtp.SMTPError{Code: 554, EnhancedCode: smtp.EnhancedCode{5, 6, 0}, Message: "Malformed message: " + err.Error()}
	}
	_, isTLS := ss.conn.TLSConnectionState()
	m := Message{From: ss.from, To: ss.to, Raw: raw, Header: msg.Header, TLS: isTLS}
	ss.s.mu.Lock()
	ss.s.tried = append(ss.s.tried, m)
	ss.s.mu.Unlock()
	if err := ss.s.takeFail(StageData); err != nil {
		return err
	}
	ss.s.mu.Lock()
	ss.s.accepted = append(ss.s.accepted, m)
	ss.s.mu.Unlock()
	return nil
}

func (ss *session) Reset() { ss.from, ss.to = "", nil }

func (ss *session) Logout() error { return nil }

// selfSigned makes a certificate for 127.0.0.1 and localhost and writes it as a CA file.
func selfSigned(t testing.TB) (tls.Certificate, string) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatalf("emailtest: key: %v", err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(time.Now().UnixNano()),
		Subject:               pkix.Name{CommonName: "emailtest " + strconv.Itoa(os.Getpid())},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatalf("emailtest: certificate: %v", err)
	}
	certPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatalf("emailtest: key: %v", err)
	}
	cert, err := tls.X509KeyPair(certPEM, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}))
	if err != nil {
		t.Fatalf("emailtest: key pair: %v", err)
	}
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, certPEM, 0o600); err != nil {
		t.Fatalf("emailtest: %v", err)
	}
	return cert, caFile
}
