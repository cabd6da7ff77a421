package bluesky

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"paperboy/bots/bluesky/blueskytest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
	"paperboy/core/fetch"
)

const (
	testHandle   = "news.example.com"
	testPassword = "abcd-efgh-ijkl-mnop"
)

var testNow = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

// imageMedia is the product's guarded content fetcher, with requests for the sample post's
// image host (www.fntimes.com) served from images on loopback (only that server is let
// through the guard), so tests never leave the machine.
func imageMedia(t testing.TB, images http.Handler) channel.MediaFetcher {
	srv := httptest.NewServer(images)
	t.Cleanup(srv.Close)
	return rewriteMedia{base: srv.URL, next: channeltest.MediaFrom(srv)}
}

// rewriteMedia sends www.fntimes.com requests to base.
type rewriteMedia struct {
	base string
	next channel.MediaFetcher
}

func (r rewriteMedia) Media(ctx context.Context, req fetch.MediaRequest) (*fetch.Media, error) {
	if u, err := url.Parse(req.URL); err == nil && u.Host == "www.fntimes.com" {
		req.URL = r.base + u.RequestURI()
	}
	return r.next.Media(ctx, req)
}

func opts(media channel.MediaFetcher) channel.Options {
	return channel.Options{Name: "bsky-test", Media: media, Now: func() time.Time { return testNow },
		Logger: slog.New(slog.DiscardHandler)}
}

func mustNew(t testing.TB, cfg Config, o channel.Options) *Channel {
	t.Helper()
	ch, err := New(cfg, o)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// cases are the PDS's documented failures with its real bodies.
var cases = []channeltest.Case{
	{Name: "429 ratelimit-reset", Status: 429,
		Header: http.Header{"Ratelimit-Limit": {"5000"}, "Ratelimit-Remaining": {"0"}, "Ratelimit-Reset": {strconv.FormatInt(testNow.Unix()+30, 10)}, "Ratelimit-Policy": {"5000;w=3600"}},
		Body:   `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`, Want: channel.RateLimited, RetryAfter: 30 * time.Second},
	{Name: "429 retry-after only", Status: 429, Header: http.Header{"Retry-After": {"12"}},
		Body: `{"error":"RateLimitExceeded","message":"Rate Limit Exceeded"}`, Want: channel.RateLimited, RetryAfter: 12 * time.Second},
	{Name: "401 bad password", Status: 401, Body: `{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`, Want: channel.Unauthorized},
	{Name: "401 invalid token", Status: 401, Body: `{"error":"InvalidToken","message":"Bad token scope"}`, Want: channel.Unauthorized},
	{Name: "400 expired token", Status: 400, Body: `{"error":"ExpiredToken","message":"Token has expired"}`, Want: channel.Unauthorized},
	{Name: "401 takedown", Status: 401, Body: `{"error":"AccountTakedown","message":"Account has been taken down"}`, Want: channel.Unauthorized},
	{Name: "400 invalid request", Status: 400,
		Body: `{"error":"InvalidRequest","message":"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes"}`, Want: channel.Permanent},
	{Name: "413 payload too large", Status: 413, Body: `{"error":"PayloadTooLarge","message":"request entity too large"}`, Want: channel.TooLong},
	{Name: "500", Status: 500, Body: `{"error":"InternalServerError","message":"Internal Server Error"}`, Want: channel.Transient},
	{Name: "502 html", Status: 502, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>Bad Gateway</html>`, Want: channel.Transient},
}

func TestConformance(t *testing.T) {
	noImages := imageMedia(t, http.NotFoundHandler())
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Service: baseURL, Identifier: testHandle, AppPassword: testPassword}, opts(noImages))
		},
		Success: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			switch r.URL.Path {
			case "/xrpc/com.atproto.server.createSession":
				_, _ = w.Write([]byte(`{"accessJwt":"eyJ.acc","refreshJwt":"eyJ.ref","handle":"news.example.com","did":"did:plc:abc"}`))
			case "/xrpc/com.atproto.repo.createRecord":
				_, _ = w.Write([]byte(`{"uri":"at://did:plc:abc/app.bsky.feed.post/3kabc","cid":"bafyrei1"}`))
			default:
				w.WriteHeader(http.StatusNotImplemented)
			}
		},
		Cases:   cases,
		Secrets: []string{testPassword},
		KeyOf: func(r *http.Request, body []byte) string {
			var in struct {
				RKey string `json:"rkey"`
			}
			_ = json.Unmarshal(body, &in)
			return in.RKey
		},
	})
}

func TestClassifyTable(t *testing.T) {
	for _, c := range cases {
		ce := classify(c.Status, c.Header, []byte(c.Body), testNow)
		if ce.Reason != c.Want || ce.RetryAfter != c.RetryAfter {
			t.Errorf("%s: %v after %v, want %v after %v", c.Name, ce.Reason, ce.RetryAfter, c.Want, c.RetryAfter)
		}
	}
	if n := errName(classify(400, http.Header{}, []byte(`{"error":"ExpiredToken","message":"x"}`), testNow)); n != "ExpiredToken" {
		t.Errorf("error name %q lost", n)
	}
}

// fake returns a channel posting to a fresh fake PDS, with the sample image served locally.
func fake(t *testing.T, images http.Handler) (*Channel, *blueskytest.Server) {
	t.Helper()
	srv := blueskytest.NewServer(testHandle, testPassword, func() time.Time { return testNow })
	t.Cleanup(srv.Close)
	if images == nil {
		images = jpegHandler(smallJPEG(t))
	}
	return mustNew(t, Config{Service: srv.URL, Identifier: testHandle, AppPassword: testPassword}, opts(imageMedia(t, images))), srv
}

func TestRetryStoresOnePost(t *testing.T) {
	for _, dup := range []string{"", "RecordAlreadyExists"} {
		t.Run("duplicate answer "+dup, func(t *testing.T) {
			ch, srv := fake(t, nil)
			srv.DuplicateError = dup
			ctx := context.Background()
			d := channel.Delivery{Key: "pb0123456789abcdef0123456789abcd", Post: channeltest.SamplePost(), Attempt: 1}
			r1, err := ch.Send(ctx, d)
			if err != nil {
				t.Fatal(err)
			}
			d.Attempt = 2
			r2, err := ch.Send(ctx, d)
			if err != nil {
				t.Fatalf("retry: %v (a create at an existing rkey must be success)", err)
			}
			if r1.RemoteID != r2.RemoteID || !strings.HasSuffix(r1.RemoteID, "/"+TID(d.Key, d.Post.Published)) {
				t.Errorf("receipts %q and %q", r1.RemoteID, r2.RemoteID)
			}
			if _, err := ch.Send(ctx, channel.Delivery{Key: "pb-other", Post: channeltest.SamplePost()}); err != nil {
				t.Fatal(err)
			}
			if n := len(srv.Records()); n != 2 {
				t.Errorf("%d records, want 2", n)
			}
			if r1.URL != "https://bsky.app/profile/"+srv.DID()+"/post/"+TID(d.Key, d.Post.Published) {
				t.Errorf("receipt url %q", r1.URL)
			}
		})
	}
}

func TestSessionRefreshOnExpiredToken(t *testing.T) {
	ch, srv := fake(t, http.NotFoundHandler())
	ctx := context.Background()
	if _, err := ch.Send(ctx, channel.Delivery{Key: "a", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	srv.ExpireAccess()
	if _, err := ch.Send(ctx, channel.Delivery{Key: "b", Post: channeltest.SamplePost()}); err != nil {
		t.Fatalf("send with an expired access token: %v", err)
	}
	if logins, refreshes := srv.Sessions(); logins != 1 || refreshes != 1 {
		t.Errorf("%d logins, %d refreshes; want 1 and 1", logins, refreshes)
	}
	if n := len(srv.Records()); n != 2 {
		t.Errorf("%d records, want 2", n)
	}
}

func TestFailuresAgainstFake(t *testing.T) {
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	ch, srv := fake(t, http.NotFoundHandler())
	srv.RateLimitNext(30 * time.Second)
	_, err := ch.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 30*time.Second {
		t.Errorf("429: %v, want rate_limited after 30s", err)
	}
	if n := len(srv.Records()); n != 0 {
		t.Errorf("a rate-limited send stored %d records", n)
	}

	bad := mustNew(t, Config{Service: srv.URL, Identifier: testHandle, AppPassword: "wrong-pass-word-1234"}, opts(imageMedia(t, http.NotFoundHandler())))
	_, err = bad.Send(ctx, d)
	if channel.Classify(err).Reason != channel.Unauthorized || strings.Contains(err.Error(), "wrong-pass-word-1234") {
		t.Errorf("bad app password: %v", err)
	}
	if err := bad.Check(ctx); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("check with a bad password: %v", err)
	}
	if err := ch.Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"defaults", Config{Identifier: "@news.example.com", AppPassword: "p"}, ""},
		{"did", Config{Service: "http://localhost:2583/", Identifier: "did:plc:abc123", AppPassword: "p"}, ""},
		{"bad service", Config{Service: "bsky.social", Identifier: testHandle, AppPassword: "p"}, "service"},
		{"bad identifier", Config{Identifier: "not a handle", AppPassword: "p"}, "identifier"},
		{"no password", Config{Identifier: testHandle}, "app_password"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			err := cfg.Validate()
			if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), "bluesky: "+tt.want)) {
				t.Fatalf("got %v, want error about %q", err, tt.want)
			}
			if err == nil && (cfg.Service == "" || strings.HasSuffix(cfg.Service, "/") || strings.HasPrefix(cfg.Identifier, "@")) {
				t.Errorf("defaults not filled: %+v", cfg)
			}
		})
	}
}
