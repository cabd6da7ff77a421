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
	r := newDigestRun(t, 6, "digest: 3")
	r.smtp.FailNext(emailtest.StageData, 451, [3]int{4, 3, 0}, "try again later")
	ctx := context.Background()
	sum, err := r.svc.RunOnce(ctx, 20*time.Second)
	if err != nil || sum.Delivered != 6 || sum.Failed != 0 {
		t.Fatalf("run: %+v (%v), want 6 delivered, 0 failed", sum, err)
	}
	mails := r.smtp.Accepted()
	if len(mails) != 2 {
		t.Fatalf("%d mails accepted, want 2 digests", len(mails))
	}
	r.check(mails, []int{3, 3})
	tried := r.smtp.Tried()
	if len(tried) != 3 || tried[0].Header.Get("Message-Id") != mails[0].Header.Get("Message-Id") {
		t.Fatalf("%d transactions; refused digest id %q, its retry %q: want the same", len(tried),
			tried[0].Header.Get("Message-Id"), mails[0].Header.Get("Message-Id"))
	}

	sum, err = r.svc.RunOnce(ctx, 2*time.Second)
	if err != nil || sum.Delivered != 0 || len(r.smtp.Accepted()) != 2 {
		t.Fatalf("second run: %+v (%v), %d mails; want nothing new", sum, err, len(r.smtp.Accepted()))
	}
}

// TestDigestPeriodEndsWithinDrain: with digest: 3 and a digest_period, `run --once` sends the
// full digest at once and the short one when its period is over, inside the drain.
func TestDigestPeriodEndsWithinDrain(t *testing.T) {
	r := newDigestRun(t, 4, "digest: 3\n    digest_period: 300ms")
	sum, err := r.svc.RunOnce(context.Background(), 20*time.Second)
	if err != nil || sum.Delivered != 4 || sum.Failed != 0 {
		t.Fatalf("run: %+v (%v), want 4 delivered, 0 failed", sum, err)
	}
	mails := r.smtp.Accepted()
	if len(mails) != 2 {
		t.Fatalf("%d mails accepted, want 2 digests", len(mails))
	}
	r.check(mails, []int{3, 1})
}

// TestShortDigestFlushedByOnce: with digest: 3 and no period, a one-shot run sends the short
// digest once nothing else is coming, instead of leaving it queued.
func TestShortDigestFlushedByOnce(t *testing.T) {
	r := newDigestRun(t, 4, "digest: 3")
	sum, err := r.svc.RunOnce(context.Background(), 20*time.Second)
	if err != nil || sum.Delivered != 4 || sum.Failed != 0 {
		t.Fatalf("run: %+v (%v), want 4 delivered, 0 failed", sum, err)
	}
	mails := r.smtp.Accepted()
	if len(mails) != 2 {
		t.Fatalf("%d mails accepted, want 2 digests", len(mails))
	}
	r.check(mails, []int{3, 1})
}

// digestRun is a pipeline over a feed of n new articles and one e-mail channel.
type digestRun struct {
	t      *testing.T
	smtp   *emailtest.Server
	svc    *pipeline.Service
	titles []string
	mu     sync.Mutex
	keysOf map[string][]string // receipt (Message-ID) → delivery keys acknowledged with it
}

// newDigestRun serves n articles and configures the channel with extra (YAML lines).
func newDigestRun(t *testing.T, n int, extra string) *digestRun {
	t.Helper()
	const user, password = "news@example.com", "digest-SMTP-pa55word"
	r := &digestRun{t: t, keysOf: map[string][]string{}}
	r.smtp = emailtest.NewServer(t, emailtest.Options{StartTLS: true, Users: map[string]string{user: password}})
	for i := 1; i <= n; i++ {
		r.titles = append(r.titles, fmt.Sprintf("기사 %d: 카카오 먹통 복구", i))
	}
	var site *httptest.Server
	site = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>테스트일보</title>`)
		for i, title := range r.titles {
			fmt.Fprintf(&b, `<item><title>%s</title><link>%s/news/%d</link><description>%d번째 기사입니다. 서비스가 복구됐다.</description><pubDate>Thu, 26 Nov 2026 0%d:00:00 +0900</pubDate></item>`,
				title, site.URL, i+1, i+1, i+1)
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.WriteString(w, b.String())
	}))
	t.Cleanup(site.Close)

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
    %s
`, site.URL, r.smtp.Host, r.smtp.Port, user, password, r.smtp.CAFile, extra)
	cfg, err := config.Parse("digest.yaml", []byte(yaml), func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	st, err := bolt.Open(filepath.Join(t.TempDir(), "paperboy.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	quiet := slog.New(slog.DiscardHandler)
	chs, err := bots.Build(cfg, channel.Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	r.svc, err = pipeline.New(pipeline.Options{Config: cfg, Store: st, Channels: chs, Logger: quiet, Replica: "test",
		Observer: func(ev deliver.Event) {
			if ev.Outcome == deliver.Delivered {
				r.mu.Lock()
				r.keysOf[ev.Receipt.RemoteID] = append(r.keysOf[ev.Receipt.RemoteID], ev.Entry.Key)
				r.mu.Unlock()
			}
		}})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// check verifies each mail: its article count, its Message-ID derived from exactly the keys
// deliver acknowledged with it, its subject's count; and that the mails list every article once.
func (r *digestRun) check(mails []emailtest.Message, want []int) {
	t := r.t
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	var listed []string
	for i, m := range mails {
		id := m.Header.Get("Message-Id")
		keys := r.keysOf[id]
		if len(keys) != want[i] || id != digestID(keys) {
			t.Fatalf("mail %d: Message-ID %q, acknowledged for %d deliveries %q (their digest id %q); want %d", i+1, id, len(keys), keys, digestID(keys), want[i])
		}
		var dec mime.WordDecoder
		subject, _ := dec.DecodeHeader(m.Header.Get("Subject"))
		if prefix := fmt.Sprintf("[%d] ", want[i]); want[i] > 1 && !strings.HasPrefix(subject, prefix) {
			t.Errorf("mail %d: subject %q, want the digest count first", i+1, subject)
		}
		text := textPart(t, m)
		if n := strings.Count(text, "\n----\n") + 1; n != want[i] {
			t.Errorf("mail %d lists %d articles, want %d:\n%s", i+1, n, want[i], text)
		}
		for _, title := range r.titles {
			if strings.Contains(text, title) {
				listed = append(listed, title)
			}
		}
	}
	slices.Sort(listed)
	if all := slices.Sorted(slices.Values(r.titles)); !slices.Equal(listed, all) {
		t.Fatalf("the digests list %q, want each article once: %q", listed, all)
	}
}

// digestID is the Message-ID a digest of these delivery keys must carry: a hash of the sorted
// keys, so the same digest resent keeps it whatever the order (a digest of one is a plain mail
// of its key).
func digestID(keys []string) string {
	if len(keys) == 1 {
		return "<" + keys[0] + "@paperboy>"
	}
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
