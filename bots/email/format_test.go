package email

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"paperboy/bots/email/emailtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestGoldenParts(t *testing.T) {
	ch, srv := tlsServer(t, Config{})
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "golden", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	p := parts(t, srv.Mailbox()[0])
	channeltest.Golden(t, "mail.txt", []byte(p["text/plain"]))
	channeltest.Golden(t, "mail.html", []byte(p["text/html"]))
}

func TestDigestBatch(t *testing.T) {
	ch, srv := tlsServer(t, Config{Digest: 3, DigestPeriod: 3600e9})
	if n, period := ch.Digest(); n != 3 || period.Hours() != 1 {
		t.Errorf("Digest() = %d, %v", n, period)
	}
	var ds []channel.Delivery
	for i, title := range []string{"첫 기사", "Second story", "세 번째 기사 👍🏽"} {
		p := channeltest.SamplePost()
		p.Title = title
		ds = append(ds, channel.Delivery{Key: "pbkey" + string(rune('a'+i)), Post: p})
	}
	ctx := context.Background()
	r1, err := ch.SendBatch(ctx, ds)
	if err != nil {
		t.Fatal(err)
	}
	// The same batch in another order (a resend after a crash) keeps the Message-ID.
	r2, err := ch.SendBatch(ctx, []channel.Delivery{ds[2], ds[0], ds[1]})
	if err != nil {
		t.Fatal(err)
	}
	if r1.RemoteID != r2.RemoteID || !strings.HasPrefix(r1.RemoteID, "<digest-") {
		t.Errorf("digest ids %q %q", r1.RemoteID, r2.RemoteID)
	}
	box := srv.Mailbox()
	if len(box) != 1 || len(srv.Accepted()) != 2 {
		t.Fatalf("mailbox %d, accepted %d", len(box), len(srv.Accepted()))
	}
	p := parts(t, box[0])
	for _, d := range ds {
		if !strings.Contains(p["text/plain"], d.Post.Title) || !strings.Contains(p["text/html"], d.Post.Title) {
			t.Errorf("digest lacks %q", d.Post.Title)
		}
	}
	if subj := box[0].Header.Get("Subject"); !strings.Contains(subj, "[3]") {
		t.Errorf("subject %q lacks the count", subj)
	}
}

func TestValidate(t *testing.T) {
	ok := func() Config {
		return Config{Host: "smtp.example.com", Username: "u", Password: testPassword, From: "news@example.com", To: []string{"a@example.org"}}
	}
	tests := []struct {
		name   string
		change func(*Config)
		want   string
	}{
		{"defaults", func(*Config) {}, ""},
		{"no host", func(c *Config) { c.Host = "" }, "host"},
		{"bad port", func(c *Config) { c.Port = 70000 }, "port"},
		{"bad starttls", func(c *Config) { c.StartTLS = "always" }, "starttls"},
		{"password without user", func(c *Config) { c.Username = "" }, "username"},
		{"bad from", func(c *Config) { c.From = "not an address" }, "from"},
		{"no to", func(c *Config) { c.To = nil }, "to"},
		{"bad to", func(c *Config) { c.To = []string{"x"} }, "to"},
		{"bad subject field", func(c *Config) { c.Subject = "{{.Nope}}" }, "subject"},
		{"negative digest", func(c *Config) { c.Digest = -1 }, "digest"},
		{"digest too large", func(c *Config) { c.Digest = MaxDigest + 1 }, "digest"},
		{"largest digest", func(c *Config) { c.Digest = MaxDigest }, ""},
		{"bad unsubscribe", func(c *Config) { c.ListUnsubscribe = "http://x" }, "list_unsubscribe"},
		{"missing ca file", func(c *Config) { c.CAFile = "/nonexistent/ca.pem" }, "ca_file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := ok()
			tt.change(&cfg)
			err := cfg.Validate()
			if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), "email: "+tt.want)) {
				t.Fatalf("got %v, want error about %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), cfg.Password) && cfg.Password != "" {
				t.Errorf("error shows the password")
			}
			if err == nil && (cfg.Port != 587 || cfg.StartTLS != TLSRequired || cfg.Subject != DefaultSubject || cfg.Timeout == 0) {
				t.Errorf("defaults not filled: %+v", cfg)
			}
		})
	}
}

func TestPreview(t *testing.T) {
	ch := mustNew(t, Config{Host: "smtp.example.com", Username: testUser, Password: testPassword, From: "news@example.com", To: []string{"a@example.org"}})
	req, err := ch.Preview(channel.Delivery{Key: "pbkey", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	if req.URL != "smtp://smtp.example.com:587" || req.Fields["message_id"] != "<pbkey@paperboy>" {
		t.Errorf("preview %s %v", req.URL, req.Fields["message_id"])
	}
	if s := req.Fields["html"].(string); !strings.Contains(s, "&lt;사용자&gt;") || strings.Contains(s, testPassword) {
		t.Errorf("html %q", s)
	}
}

func FuzzMailAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…네이버 <사용자> & \"경쟁\"", "15일 카카오톡 장애.\r\n.\r\nQUIT", "한국금융신문")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200))
	f.Add("", "", "")
	f.Add("\x00\xff\xfe bad utf8\r\nBcc: x@evil.example", "line\nbreak\r\n\ttab", "src\u200b")
	srv := emailtest.NewServer(f, emailtest.Options{})
	ch := mustNew(f, Config{Host: srv.Host, Port: srv.Port, StartTLS: TLSNone, From: "news@example.com", To: []string{"desk@example.org"}})
	f.Fuzz(func(t *testing.T, title, summary, source string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source = title, summary, source
		before := len(srv.Accepted())
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: "fuzz", Post: p}); err != nil {
			t.Fatalf("the server refused the mail: %v", err)
		}
		acc := srv.Accepted()
		if len(acc) != before+1 {
			t.Fatalf("one send, %d mails", len(acc)-before)
		}
		m := acc[len(acc)-1]
		if len(m.To) != 1 || m.Header.Get("Bcc") != "" || !utf8.ValidString(m.Header.Get("Subject")) {
			t.Errorf("header injection or bad subject: to %v, headers %v", m.To, m.Header)
		}
	})
}
