package email

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/textproto"
	"strings"
	"testing"
	"time"

	"paperboy/bots/email/emailtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const (
	testUser     = "news@example.com"
	testPassword = "s3cret-SMTP-pa55word"
)

var testNow = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func opts() channel.Options {
	return channel.Options{Name: "mail-test", Now: func() time.Time { return testNow },
		Location: time.FixedZone("KST", 9*3600), Logger: slog.New(slog.DiscardHandler)}
}

func mustNew(t testing.TB, cfg Config) *Channel {
	t.Helper()
	ch, err := New(cfg, opts())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// tlsServer is a STARTTLS + AUTH server and a channel configured for it.
func tlsServer(t *testing.T, cfg Config) (*Channel, *emailtest.Server) {
	t.Helper()
	srv := emailtest.NewServer(t, emailtest.Options{StartTLS: true, Users: map[string]string{testUser: testPassword}})
	cfg.Host, cfg.Port, cfg.CAFile = srv.Host, srv.Port, srv.CAFile
	if cfg.Username == "" {
		cfg.Username, cfg.Password = testUser, testPassword
	}
	if cfg.From == "" {
		cfg.From, cfg.To = "뉴스봇 <news@example.com>", []string{"desk@example.org", "Editor <editor@example.org>"}
	}
	return mustNew(t, cfg), srv
}

// parts decodes the multipart/alternative body of m into content type → text.
func parts(t *testing.T, m emailtest.Message) map[string]string {
	t.Helper()
	mt, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("content type %q: %v", m.Header.Get("Content-Type"), err)
	}
	body := string(m.Raw[strings.Index(string(m.Raw), "\r\n\r\n")+4:])
	r := multipart.NewReader(strings.NewReader(body), params["boundary"])
	out := map[string]string{}
	for {
		p, err := r.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		var rd io.Reader = p
		if p.Header.Get("Content-Transfer-Encoding") == "quoted-printable" {
			rd = quotedprintable.NewReader(p)
		}
		b, err := io.ReadAll(rd)
		if err != nil {
			t.Fatal(err)
		}
		ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type"))
		out[ct] = string(b)
	}
	return out
}

func TestSendOverSTARTTLS(t *testing.T) {
	ch, srv := tlsServer(t, Config{ListUnsubscribe: "mailto:unsubscribe@example.com"})
	d := channel.Delivery{Key: "pb0123456789abcdef0123456789abcd", Post: channeltest.SamplePost(), Attempt: 1}
	rc, err := ch.Send(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	box := srv.Mailbox()
	if len(box) != 1 {
		t.Fatalf("%d messages", len(box))
	}
	m := box[0]
	if !m.TLS || m.From != testUser || len(m.To) != 2 {
		t.Errorf("tls %v from %q to %v", m.TLS, m.From, m.To)
	}
	var dec mime.WordDecoder
	subject, err := dec.DecodeHeader(m.Header.Get("Subject"))
	if err != nil || subject != strings.Join(strings.Fields(d.Post.Title), " ") {
		t.Errorf("subject %q (%v)", subject, err)
	}
	want := "<" + d.Key + "@paperboy>"
	if got := m.Header.Get("Message-Id"); got != want || rc.RemoteID != want {
		t.Errorf("Message-ID %q, receipt %q, want %q", got, rc.RemoteID, want)
	}
	if date, err := m.Header.Date(); err != nil || !date.Equal(testNow) {
		t.Errorf("Date %v (%v)", date, err)
	}
	if m.Header.Get("List-Unsubscribe") != "<mailto:unsubscribe@example.com>" || m.Header.Get("Auto-Submitted") != "auto-generated" {
		t.Errorf("headers %v", m.Header)
	}
	p := parts(t, m)
	if !strings.Contains(p["text/plain"], d.Post.URL) || !strings.Contains(p["text/plain"], "<b>not bold</b>") {
		t.Errorf("text part %q", p["text/plain"])
	}
	if !strings.Contains(p["text/html"], `<a href="`+d.Post.URL+`">`) || strings.Contains(p["text/html"], "<b>not bold</b>") {
		t.Errorf("html part %q", p["text/html"])
	}
}

func TestRetryKeepsMessageID(t *testing.T) {
	ch, srv := tlsServer(t, Config{})
	ctx := context.Background()
	d := channel.Delivery{Key: "pbfeedface", Post: channeltest.SamplePost(), Attempt: 1}
	for attempt := 1; attempt <= 2; attempt++ {
		d.Attempt = attempt
		if _, err := ch.Send(ctx, d); err != nil {
			t.Fatalf("attempt %d: %v", attempt, err)
		}
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "pbother", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	acc := srv.Accepted()
	if len(acc) != 3 || acc[0].Header.Get("Message-Id") != acc[1].Header.Get("Message-Id") ||
		acc[1].Header.Get("Message-Id") == acc[2].Header.Get("Message-Id") {
		t.Fatalf("accepted %d mails with ids %q %q %q", len(acc), acc[0].Header.Get("Message-Id"), acc[1].Header.Get("Message-Id"), acc[2].Header.Get("Message-Id"))
	}
	if n := len(srv.Mailbox()); n != 2 {
		t.Errorf("a de-duplicating mailbox holds %d mails, want 2", n)
	}
}

func TestSMTPFailures(t *testing.T) {
	tests := []struct {
		name  string
		stage emailtest.Stage
		code  int
		enh   [3]int
		want  channel.Reason
	}{
		{"421 closing", emailtest.StageMail, 421, [3]int{4, 7, 0}, channel.Transient},
		{"450 mailbox busy", emailtest.StageRcpt, 450, [3]int{4, 2, 1}, channel.Transient},
		{"451 local error", emailtest.StageData, 451, [3]int{4, 3, 0}, channel.Transient},
		{"452 storage", emailtest.StageRcpt, 452, [3]int{4, 2, 2}, channel.Transient},
		{"550 no mailbox", emailtest.StageRcpt, 550, [3]int{5, 1, 1}, channel.Permanent},
		{"553 bad sender", emailtest.StageMail, 553, [3]int{5, 1, 8}, channel.Permanent},
		{"554 rejected", emailtest.StageData, 554, [3]int{5, 7, 1}, channel.Permanent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, srv := tlsServer(t, Config{})
			srv.FailNext(tt.stage, tt.code, tt.enh, "scripted failure")
			_, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
			if r := channel.Classify(err).Reason; r != tt.want {
				t.Errorf("%v: reason %v, want %v", err, r, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), testPassword) {
				t.Errorf("error leaks the password: %v", err)
			}
			if n := len(srv.Accepted()); n != 0 {
				t.Errorf("%d mails accepted after a failure", n)
			}
		})
	}
}

func TestConnectionAndAuthFailures(t *testing.T) {
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	check := func(name string, ch *Channel, want channel.Reason) {
		t.Helper()
		_, err := ch.Send(ctx, d)
		if r := channel.Classify(err).Reason; r != want {
			t.Errorf("%s: %v, want %v", name, err, want)
		}
		if err != nil && strings.Contains(err.Error(), testPassword) {
			t.Errorf("%s: error leaks the password: %v", name, err)
		}
	}
	ch, _ := tlsServer(t, Config{})
	wrong := ch.cfg
	wrong.Password = "wrong-" + testPassword
	check("535 wrong password", mustNew(t, wrong), channel.Unauthorized)
	if err := mustNew(t, wrong).Check(ctx); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("check with a wrong password: %v", err)
	}
	if err := ch.Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
	untrusted := ch.cfg
	untrusted.CAFile = ""
	check("untrusted certificate", mustNew(t, untrusted), channel.Unauthorized)

	plain := emailtest.NewServer(t, emailtest.Options{}) // no STARTTLS, no AUTH
	cfg := Config{Host: plain.Host, Port: plain.Port, From: "news@example.com", To: []string{"desk@example.org"}}
	check("starttls required but not offered", mustNew(t, cfg), channel.Unauthorized)
	cfg.StartTLS = TLSOpportunistic
	if _, err := mustNew(t, cfg).Send(ctx, d); err != nil {
		t.Errorf("opportunistic without STARTTLS: %v", err)
	}
	if acc := plain.Accepted(); len(acc) != 1 || acc[0].TLS {
		t.Errorf("opportunistic: %d accepted", len(acc))
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cfg.Port = l.Addr().(*net.TCPAddr).Port
	l.Close()
	check("connection refused", mustNew(t, cfg), channel.Transient)
}

// TestFailureCausesAreNamed: a failure that pauses the channel says what to change, in the
// channel's own terms, instead of "fix the token".
func TestFailureCausesAreNamed(t *testing.T) {
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	fixOf := func(ch *Channel) (*channel.Error, string) {
		t.Helper()
		_, err := ch.Send(ctx, d)
		ce := channel.Classify(err)
		if ce == nil || ce.Reason != channel.Unauthorized {
			t.Fatalf("send: %v, want the channel paused (unauthorized)", err)
		}
		if cerr := ch.Check(ctx); channel.Classify(cerr).Fix != ce.Fix {
			t.Errorf("the start-up check explains differently:\n%q\n%q", channel.Classify(cerr).Fix, ce.Fix)
		}
		return ce, ce.Remedy()
	}
	wants := func(name, got string, parts ...string) {
		t.Helper()
		for _, p := range parts {
			if !strings.Contains(got, p) {
				t.Errorf("%s: %q lacks %q", name, got, p)
			}
		}
		if strings.Contains(got, testPassword) {
			t.Errorf("%s: the explanation leaks the password", name)
		}
	}

	// A server with no STARTTLS at all, under the default starttls: required.
	noTLS := emailtest.NewServer(t, emailtest.Options{})
	cfg := Config{Host: noTLS.Host, Port: noTLS.Port, From: "news@example.com", To: []string{"desk@example.org"}}
	_, fix := fixOf(mustNew(t, cfg))
	wants("no STARTTLS", fix, fmt.Sprintf("%s:%d does not offer STARTTLS", noTLS.Host, noTLS.Port), "starttls: opportunistic or none", "587")

	// A server that offers AUTH PLAIN on a plain connection: go-mail will not send the password.
	plainAuth := emailtest.NewServer(t, emailtest.Options{Users: map[string]string{testUser: testPassword}})
	for _, policy := range []string{TLSNone, TLSOpportunistic} {
		cfg := Config{Host: plainAuth.Host, Port: plainAuth.Port, StartTLS: policy, Username: testUser, Password: testPassword,
			From: "news@example.com", To: []string{"desk@example.org"}}
		_, fix := fixOf(mustNew(t, cfg))
		wants("PLAIN on a plain connection ("+policy+")", fix, "PLAIN and LOGIN", "go-mail", "only over TLS", "starttls: required", "drop username and password")
	}
	if n := len(plainAuth.Accepted()); n != 0 {
		t.Fatalf("%d mails sent after a refused login", n)
	}

	// Wrong password over TLS: the usual remedy, said precisely.
	ch, _ := tlsServer(t, Config{})
	wrong := ch.cfg
	wrong.Password = "wrong-" + testPassword
	_, fix = fixOf(mustNew(t, wrong))
	wants("535", fix, "refused the username and password", "app password")

	// An untrusted certificate.
	untrusted := ch.cfg
	untrusted.CAFile = ""
	_, fix = fixOf(mustNew(t, untrusted))
	wants("untrusted certificate", fix, "not trusted", "ca_file")
}

func TestContextCancellation(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0") // accepts, never greets
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			defer c.Close()
		}
	}()
	ch := mustNew(t, Config{Host: "127.0.0.1", Port: l.Addr().(*net.TCPAddr).Port, StartTLS: TLSNone,
		From: "news@example.com", To: []string{"desk@example.org"}, Timeout: time.Hour})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
		done <- err
	}()
	cancel()
	if err := <-done; channel.Classify(err).Reason != channel.Transient {
		t.Errorf("cancelled send: %v, want a transient error", err)
	}
}

func TestClassifyTable(t *testing.T) {
	tests := []struct {
		err  error
		want channel.Reason
	}{
		{fmt.Errorf("dial failed: SMTP AUTH failed: %w", &textproto.Error{Code: 535, Msg: "5.7.8 Authentication credentials invalid"}), channel.Unauthorized},
		{fmt.Errorf("send failed: %w", &textproto.Error{Code: 530, Msg: "5.7.0 Authentication required"}), channel.Unauthorized},
		{&textproto.Error{Code: 421, Msg: "4.7.0 Try again later"}, channel.Transient},
		{&textproto.Error{Code: 450, Msg: "4.2.1 Mailbox busy"}, channel.Transient},
		{&textproto.Error{Code: 451, Msg: "4.3.0 Local error"}, channel.Transient},
		{&textproto.Error{Code: 452, Msg: "4.2.2 Over quota"}, channel.Transient},
		{&textproto.Error{Code: 550, Msg: "5.1.1 No such user"}, channel.Permanent},
		{&textproto.Error{Code: 553, Msg: "5.1.8 Sender rejected"}, channel.Permanent},
		{errors.New(`STARTTLS mode set to: "TLSMandatory", but target host does not support STARTTLS`), channel.Unauthorized},
		{&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}, channel.Transient},
		{context.DeadlineExceeded, channel.Transient},
	}
	for _, tt := range tests {
		if got := classify(tt.err).Reason; got != tt.want {
			t.Errorf("%v: %v, want %v", tt.err, got, tt.want)
		}
	}
}
