package mastodon

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"paperboy/bots/mastodon/mastodontest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const testToken = "mastodon-access-token-SECRET-0123456789abcdef"

func fixedNow() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }

func mustNew(t testing.TB, cfg Config, media ...channel.MediaFetcher) *Channel {
	t.Helper()
	if cfg.Token == "" {
		cfg.Token = testToken
	}
	o := channel.Options{Name: "md-test", Now: fixedNow, Logger: slog.New(slog.DiscardHandler)}
	if len(media) > 0 {
		o.Media = media[0]
	}
	ch, err := New(cfg, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// fake starts a fake instance that knows testToken.
func fake(t testing.TB, o mastodontest.Options) *mastodontest.Server {
	o.Now = fixedNow
	srv := mastodontest.NewServer(o)
	t.Cleanup(srv.Close)
	srv.AddToken(testToken)
	return srv
}

// cases are Mastodon's documented failures with their real bodies.
var cases = []channeltest.Case{
	{Name: "429 X-RateLimit-Reset", Status: 429, Body: `{"error":"Too many requests"}`,
		Header: http.Header{"X-Ratelimit-Limit": {"300"}, "X-Ratelimit-Remaining": {"0"}, "X-Ratelimit-Reset": {"2024-05-01T12:01:30.000000Z"}},
		Want:   channel.RateLimited, RetryAfter: 90 * time.Second},
	{Name: "429 Retry-After only", Status: 429, Header: http.Header{"Retry-After": {"12"}}, Body: `{"error":"Too many requests"}`,
		Want: channel.RateLimited, RetryAfter: 12 * time.Second},
	{Name: "401 invalid token", Status: 401, Body: `{"error":"The access token is invalid"}`, Want: channel.Unauthorized},
	{Name: "403 disabled", Status: 403, Body: `{"error":"Your login is currently disabled"}`, Want: channel.Unauthorized},
	{Name: "422 too long", Status: 422, Body: `{"error":"Validation failed: Text character limit of 500 exceeded"}`, Want: channel.TooLong},
	{Name: "422 invalid", Status: 422, Body: `{"error":"Validation failed: Visibility is not included in the list"}`, Want: channel.Permanent},
	{Name: "422 media processing", Status: 422, Body: `{"error":"Cannot attach files that have not finished processing. Try again in a moment!"}`, Want: channel.Transient},
	{Name: "404", Status: 404, Body: `{"error":"Record not found"}`, Want: channel.Permanent},
	{Name: "500", Status: 500, Body: `{"error":"We're sorry, but something went wrong on our end."}`, Want: channel.Transient},
	{Name: "503 html", Status: 503, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>Service Unavailable</html>`, Want: channel.Transient},
}

func TestConformance(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Server: baseURL})
		},
		Success: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			switch {
			case r.Header.Get("Authorization") != "Bearer "+testToken:
				w.WriteHeader(401)
				w.Write([]byte(`{"error":"The access token is invalid"}`))
			case r.URL.Path == "/api/v2/instance":
				w.Write([]byte(`{"domain":"x","configuration":{"statuses":{"max_characters":500}}}`))
			default:
				w.Write([]byte(`{"id":"112400000000000001","url":"https://x/@a/112400000000000001"}`))
			}
		},
		Cases:   cases,
		Secrets: []string{testToken},
		KeyOf: func(r *http.Request, _ []byte) string {
			if r.URL.Path != "/api/v1/statuses" {
				return ""
			}
			return r.Header.Get("Idempotency-Key")
		},
	})
}

// TestRetryStoresOneStatus: a delivery that failed, and one whose answer was lost (sent again
// as in-doubt), carry the same Idempotency-Key; the instance keeps one status.
func TestRetryStoresOneStatus(t *testing.T) {
	srv := fake(t, mastodontest.Options{})
	ch := mustNew(t, Config{Server: srv.URL})
	ctx := context.Background()
	d := channel.Delivery{Key: "article-1:md-test", Post: channeltest.SamplePost(), Attempt: 1}

	srv.FailNext(503, "Service Unavailable")
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.Transient {
		t.Fatalf("first attempt: %v, want transient", err)
	}
	d.Attempt = 2
	r1, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.Attempt = 3 // in doubt: the worker died before recording attempt 2
	r2, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if r1.RemoteID != r2.RemoteID || r1.URL == "" {
		t.Errorf("receipts %+v and %+v, want the same status", r1, r2)
	}
	st := srv.Statuses()
	if n := srv.Requests("POST /api/v1/statuses"); n != 3 || len(st) != 1 || st[0].IdempotencyKey != d.Key {
		t.Fatalf("%d requests, statuses %+v: want 3 requests and one status keyed %q", n, st, d.Key)
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "article-2:md-test", Post: d.Post}); err != nil {
		t.Fatal(err)
	}
	if n := len(srv.Statuses()); n != 2 {
		t.Errorf("%d statuses after another article, want 2", n)
	}
	if n := srv.Requests("GET /api/v2/instance"); n != 1 {
		t.Errorf("instance read %d times, want once", n)
	}
}

func TestInstanceLimit(t *testing.T) {
	long := channeltest.SamplePost()
	long.Summary = strings.Repeat("카카오 서비스 장애가 이어졌다. ", 400)
	long.URL = "https://www.fntimes.com/html/view.php?ud=2022101523035&" + strings.Repeat("x", 400)
	tests := []struct {
		name string
		o    mastodontest.Options
		cfg  Config
		want int
	}{
		{name: "default 500", want: 500},
		{name: "v2 limit", o: mastodontest.Options{MaxCharacters: 5000}, want: 5000},
		{name: "v1 only server", o: mastodontest.Options{V1Only: true, MaxCharacters: 1000}, want: 1000},
		{name: "configured override", o: mastodontest.Options{MaxCharacters: 1000}, cfg: Config{MaxCharacters: 300}, want: 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fake(t, tt.o)
			tt.cfg.Server = srv.URL
			ch := mustNew(t, tt.cfg)
			if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: long}); err != nil {
				t.Fatal(err)
			}
			if got := ch.Limits(); got.TextMax != tt.want || got.Unit != channel.Weighted || !got.Idempotent {
				t.Errorf("limits %+v, want %d weighted", got, tt.want)
			}
			st := srv.Statuses()[0]
			// Counted by the fake the way Mastodon does: the 450-character URL is 23.
			if st.Length > tt.want || st.Length < tt.want-40 {
				t.Errorf("status is %d characters, want close to %d", st.Length, tt.want)
			}
			if !strings.Contains(st.Text, long.URL) || !strings.HasPrefix(st.Text, long.Title+"\n\n") {
				t.Errorf("status lost its title or link: %q", st.Text)
			}
			if strings.Join(st.Tags, ",") != "카카오,IT" {
				t.Errorf("tags %q", st.Tags)
			}
		})
	}
}

func TestFailuresAgainstFake(t *testing.T) {
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}

	srv := fake(t, mastodontest.Options{})
	srv.RevokeToken(testToken)
	ch := mustNew(t, Config{Server: srv.URL})
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.Unauthorized || strings.Contains(err.Error(), testToken) {
		t.Errorf("revoked token: %v", err)
	}
	if err := ch.Check(ctx); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("check with revoked token: %v", err)
	}

	srv = fake(t, mastodontest.Options{})
	ch = mustNew(t, Config{Server: srv.URL})
	if err := ch.Check(ctx); err != nil {
		t.Fatalf("check: %v", err)
	}
	srv.RateLimitNext(150 * time.Second)
	_, err := ch.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 150*time.Second {
		t.Errorf("rate limited: %v, want retry after 2m30s", err)
	}
	// An instance whose limit is below what we were told refuses the status: TooLong.
	small := fake(t, mastodontest.Options{MaxCharacters: 100})
	ch = mustNew(t, Config{Server: small.URL, MaxCharacters: 500})
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.TooLong {
		t.Errorf("over the real limit: %v, want too_long", err)
	}
}

func TestClassifyResetHeader(t *testing.T) {
	now := fixedNow()
	for _, tt := range []struct {
		reset string
		want  time.Duration
	}{
		{"2024-05-01T12:05:00.000Z", 5 * time.Minute},
		{"2024-05-01T12:00:00.5+00:00", 500 * time.Millisecond},
		{"2024-05-01T21:00:30+09:00", 30 * time.Second},
		{"2024-05-01T11:59:00Z", 0}, // already past: deliver's backoff decides
		{"garbage", 0},
	} {
		ce := classify(429, http.Header{"X-Ratelimit-Reset": {tt.reset}}, []byte(`{"error":"Too many requests"}`), now)
		if ce.Reason != channel.RateLimited || ce.RetryAfter != tt.want {
			t.Errorf("%s: %v after %v, want %v", tt.reset, ce.Reason, ce.RetryAfter, tt.want)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"ok", Config{Server: "https://mastodon.social/", Token: "t"}, ""},
		{"no server", Config{Token: "t"}, "mastodon: server:"},
		{"server with query", Config{Server: "https://m.example/?token=x", Token: "t"}, "query"},
		{"no token", Config{Server: "https://m.example"}, "mastodon: token: is required"},
		{"visibility", Config{Server: "https://m.example", Token: "t", Visibility: "friends"}, "mastodon: visibility:"},
		{"language", Config{Server: "https://m.example", Token: "t", Language: "korean"}, "mastodon: language:"},
		{"spoiler", Config{Server: "https://m.example", Token: "t", Spoiler: "{{.Nope}}"}, "mastodon: spoiler:"},
		{"max", Config{Server: "https://m.example", Token: "t", MaxCharacters: 50}, "max_characters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.cfg.Validate()
			if tt.want == "" {
				if err != nil || tt.cfg.Visibility != "public" || tt.cfg.Server != "https://mastodon.social" {
					t.Fatalf("err %v cfg %+v", err, tt.cfg)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
}
