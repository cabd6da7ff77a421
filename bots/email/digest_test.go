package email_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/bots"
	"paperboy/bots/email/emailtest"
	"paperboy/config"
	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/pipeline"
	"paperboy/core/store/bolt"
)

// TestDigestEndToEnd: a feed with 6 new articles, an e-mail channel with digest: 3, one
// `run --once` pass through the whole pipeline: exactly 2 mails, each listing 3 articles, each
// with the Message-ID derived from its deliveries' keys; the first digest is refused once with
// a 451 and its retry carries the same Message-ID; a second pass sends nothing.
func TestDigestEndToEnd(t *testing.T) {
	const user, password = "news@example.com", "digest-SMTP-pa55word"
	smtp := emailtest.NewServer(t, emailtest.Options{StartTLS: true, Users: map[string]string{user: password}})
	smtp.FailNext(emailtest.StageData, 451, [3]int{4, 3, 0}, "try again later")
	var titles []string
	for i := 1; i <= 6; i++ {
		titles = append(titles, fmt.Sprintf("기사 %d: 카카오 먹통 복구", i))
	}
	var site *httptest.Server
	site = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>테스트일보</title>`)
		for i, title := range titles {
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s/news/%d</link><description>%d번째 기사입니다. 서비스가 복구됐다.</description><pubDate>Thu, 26 Nov 2026 0%d:00:00 +0900</pubDate></item>`,
				title, site.URL, i+1, i+1, i+1)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.WriteString(w, b.String())
	}))
	defer site.Close()

	yaml := fmt.Sprintf(`fetch: { allow_private: true }
deliver: { backoff_base: 50ms }
sources:
  - { name: s, url: "%s/rss", backfill: all }
channels:
  - name: mail-digest
    type: email
    host: %s
    port: %d
    username: %s
    password: %s
    ca_file: %s
    from: "뉴스봇 <news@example.com>"
    to: ["desk@example.org"]
    digest: 3
`, site.URL, smtp.Host, smtp.Port, user, password, smtp.CAFile)
	cfg, err := config.Parse("digest.yaml", []byte(yaml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "paperboy.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	quiet := slog.New(slog.DiscardHandler)
	chs, err := bots.Build(cfg, channel.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	keysOf := map[string][]string{} // receipt (Message-ID) → delivery keys acknowledged with it
	svc, err := pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chs, Logger: quiet, Replica: "test",
		Observer: func(ev deliver.Event) {
			if ev.Outcome == deliver.Delivered {
				mu.Lock()
				keysOf[ev.Receipt.RemoteID] = append(keysOf[ev.Receipt.RemoteID], ev.Entry.Key)
				mu.Unlock()
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	sum, err := svc.RunOnce(ctx, 20*time.Second)
	if err != nil || sum.Delivered != 6 || sum.Failed != 0 {
		t.Fatalf("run: %+v (%v), want 6 delivered, 0 failed", sum, err)
	}

	mails := smtp.Accepted()
	if len(mails) != 2 {
		t.Fatalf("%d mails accepted, want 2 digests", len(mails))
	}
	var listed []string
	for i, m := range mails {
		id := m.Header.Get("Message-Id")
		keys := keysOf[id]
		if len(keys) != 3 || id != digestID(keys) {
			t.Fatalf("mail %d: Message-ID %q, acknowledged for %d deliveries %q (their digest id %q)", i+1, id, len(keys), keys, digestID(keys))
		}
		var dec mime.WordDecoder
		subject, _ := dec.DecodeHeader(m.Header.Get("Subject"))
		if !strings.HasPrefix(subject, "[3] ") {
			t.Errorf("mail %d: subject %q, want the digest count first", i+1, subject)
		}
		text := textPart(t, m)
		if n := strings.Count(text, "\n----\n") + 1; n != 3 {
			t.Errorf("mail %d lists %d articles, want 3:\n%s", i+1, n, text)
		}
		for _, title := range titles {
			if strings.Contains(text, title) {
				listed = append(listed, title)
			}
		}
	}
	slices.Sort(listed)
	if want := slices.Sorted(slices.Values(titles)); !slices.Equal(listed, want) {
		t.Fatalf("the digests list %q, want each article once: %q", listed, want)
	}
	tried := smtp.Tried()
	if len(tried) != 3 || tried[0].Header.Get("Message-Id") != mails[0].Header.Get("Message-Id") {
		t.Fatalf("%d transactions; refused digest id %q, its retry %q: want the same", len(tried),
			tried[0].Header.Get("Message-Id"), mails[0].Header.Get("Message-Id"))
	}

	sum, err = svc.RunOnce(ctx, 2*time.Second)
	if err != nil || sum.Delivered != 0 || len(smtp.Accepted()) != 2 {
		t.Fatalf("second run: %+v (%v), %d mails; want nothing new", sum, err, len(smtp.Accepted()))
	}
}

// digestID is the Message-ID a digest of these delivery keys must carry: a hash of the sorted
// keys, so the same digest resent keeps it whatever the order.
func digestID(keys []string) string {
	sorted := slices.Sorted(slices.Values(keys))
	sum := sha256.Sum256([]byte(strings.Join(sorted, "\x00")))
	return "<digest-" + hex.EncodeToString(sum[:16]) + "@paperboy>"
}

// textPart decodes the text/plain part of a multipart/alternative mail.
func textPart(t *testing.T, m emailtest.Message) string {
	t.Helper()
	_, params, err := mime.ParseMediaType(m.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	raw := string(m.Raw)
	r := multipart.NewReader(strings.NewReader(raw[strings.Index(raw, "\r\n\r\n")+4:]), params["boundary"])
	for {
		p, err := r.NextRawPart()
		if err != nil {
			t.Fatalf("no text part: %v", err)
		}
		if ct, _, _ := mime.ParseMediaType(p.Header.Get("Content-Type")); ct != "text/plain" {
			continue
		}
		var rd io.Reader = p
		if p.Header.Get("Content-Transfer-Encoding") == "quoted-printable" {
			rd = quotedprintable.NewReader(p)
		}
		b, err := io.ReadAll(rd)
		if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(string(b), "\r\n", "\n")
	}
}
