package matrix

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"paperboy/bots/matrix/matrixtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

const testToken = "syt_bmV3c2JvdA_SecretAccessTokenValue_0a1b2c"

// opts are the tests' channel options; the sample post's image is unreachable unless a test
// passes a media fetcher.
func opts(media ...channel.MediaFetcher) channel.Options {
	o := channel.Options{Name: "mx-test", Location: time.FixedZone("KST", 9*3600), Media: channeltest.NoMedia{}, Logger: slog.New(slog.DiscardHandler),
		Now: func() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }}
	if len(media) > 0 {
		o.Media = media[0]
	}
	return o
}

func mustNew(t testing.TB, cfg Config, media ...channel.MediaFetcher) *Channel {
	t.Helper()
	ch, err := New(cfg, opts(media...))
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return ch
}

// cases are Matrix's documented failures with the bodies Synapse sends.
var cases = []channeltest.Case{
	{Name: "429 retry_after_ms", Status: 429, Header: http.Header{"Retry-After": {"3"}},
		Body: `{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests","retry_after_ms":2500}`,
		Want: channel.RateLimited, RetryAfter: 2500 * time.Millisecond},
	{Name: "429 header only", Status: 429, Header: http.Header{"Retry-After": {"4"}},
		Body: `{"errcode":"M_LIMIT_EXCEEDED","error":"Too many requests"}`, Want: channel.RateLimited, RetryAfter: 4 * time.Second},
	{Name: "401 unknown token", Status: 401,
		Body: `{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed.","soft_logout":false}`, Want: channel.Unauthorized},
	{Name: "401 missing token", Status: 401, Body: `{"errcode":"M_MISSING_TOKEN","error":"Missing access token"}`, Want: channel.Unauthorized},
	{Name: "403 not in room", Status: 403,
		Body: `{"errcode":"M_FORBIDDEN","error":"User @newsbot:example.org not in room !room1:example.org"}`, Want: channel.Unauthorized},
	{Name: "404 room gone", Status: 404, Body: `{"errcode":"M_NOT_FOUND","error":"Unknown room"}`, Want: channel.Unauthorized},
	{Name: "400 bad json", Status: 400, Body: `{"errcode":"M_BAD_JSON","error":"Content not JSON."}`, Want: channel.Permanent},
	{Name: "413 too large", Status: 413, Body: `{"errcode":"M_TOO_LARGE","error":"event too large"}`, Want: channel.TooLong},
	{Name: "500", Status: 500, Body: `{"errcode":"M_UNKNOWN","error":"Internal server error"}`, Want: channel.Transient},
	{Name: "502 html", Status: 502, Header: http.Header{"Content-Type": {"text/html"}}, Body: `<html>Bad Gateway</html>`, Want: channel.Transient},
}

func TestConformance(t *testing.T) {
	channeltest.Run(t, channeltest.Suite{
		New: func(t *testing.T, baseURL string) channel.Channel {
			return mustNew(t, Config{Homeserver: baseURL, AccessToken: testToken, Room: "!room1:example.org"})
		},
		Success: func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer "+testToken || r.Method != http.MethodPut {
				http.Error(w, `{"errcode":"M_UNKNOWN_TOKEN","error":"Invalid access token passed."}`, http.StatusUnauthorized)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"event_id":"$YUwRidLecu:example.org"}`))
		},
		Cases:   cases,
		Secrets: []string{testToken},
		KeyOf: func(r *http.Request, body []byte) string {
			p := r.URL.EscapedPath()
			return p[strings.LastIndex(p, "/")+1:]
		},
	})
}

func TestClassifyTable(t *testing.T) {
	now := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range cases {
		ce := classify(c.Status, c.Header, []byte(c.Body), now)
		if ce.Reason != c.Want || ce.RetryAfter != c.RetryAfter {
			t.Errorf("%s: %v after %v, want %v after %v", c.Name, ce.Reason, ce.RetryAfter, c.Want, c.RetryAfter)
		}
		if strings.Contains(c.Body, "errcode") && !strings.Contains(ce.Error(), "M_") {
			t.Errorf("%s: error %q does not name the errcode", c.Name, ce.Error())
		}
	}
}

// fake builds a channel posting as a joined user into a room of a fresh fake homeserver.
func fake(t *testing.T, cfg Config, media ...channel.MediaFetcher) (*Channel, *matrixtest.Server, string) {
	t.Helper()
	srv := matrixtest.NewServer()
	t.Cleanup(srv.Close)
	user := srv.AddUser(testToken, "newsbot")
	room := srv.AddRoom("#news:example.org", user)
	cfg.Homeserver, cfg.AccessToken = srv.URL, testToken
	if cfg.Room == "" {
		cfg.Room = room
	}
	return mustNew(t, cfg, media...), srv, room
}

func TestRetryStoresOneEvent(t *testing.T) {
	ch, srv, room := fake(t, Config{})
	ctx := context.Background()
	d := channel.Delivery{Key: "pb0123456789abcdef0123456789abcd", Post: channeltest.SamplePost(), Attempt: 1}
	r1, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	d.Attempt = 2 // the outbox resends an in-doubt delivery with the same key
	r2, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	if r1.RemoteID != r2.RemoteID {
		t.Errorf("retry got %s, first %s: txnId did not de-duplicate", r2.RemoteID, r1.RemoteID)
	}
	if _, err := ch.Send(ctx, channel.Delivery{Key: "pb-other", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	evs := srv.Events()
	if len(evs) != 2 || evs[0].TxnID != d.Key || evs[0].RoomID != room {
		t.Fatalf("events %+v, want 2 with the first txn %s", evs, d.Key)
	}
	if !strings.HasPrefix(r1.URL, "https://matrix.to/#/") || !strings.HasSuffix(r1.URL, "/"+url.PathEscape(r1.RemoteID)) {
		t.Errorf("receipt url %q", r1.URL)
	}
}

func TestAliasResolvedOnce(t *testing.T) {
	ch, srv, _ := fake(t, Config{Room: "#news:example.org"})
	ctx := context.Background()
	for _, k := range []string{"a", "b", "c"} {
		if _, err := ch.Send(ctx, channel.Delivery{Key: k, Post: channeltest.SamplePost()}); err != nil {
			t.Fatalf("send %s: %v", k, err)
		}
	}
	if n := srv.DirectoryLookups(); n != 1 {
		t.Errorf("%d directory lookups, want 1", n)
	}
	if n := len(srv.Events()); n != 3 {
		t.Errorf("%d events, want 3", n)
	}
}

func TestFailuresAgainstFake(t *testing.T) {
	ctx := context.Background()
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}

	missing, _, _ := fake(t, Config{Room: "#missing:example.org"})
	_, err := missing.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.Unauthorized || !strings.Contains(ce.Fix, "knows no room alias #missing:example.org (M_NOT_FOUND)") {
		t.Errorf("unknown alias: %v (fix %q), want unauthorized (pause the channel) naming the alias", err, ce.Fix)
	}

	ch, srv, _ := fake(t, Config{})
	srv.RateLimitNext(1500 * time.Millisecond)
	_, err = ch.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 1500*time.Millisecond {
		t.Errorf("429: %v, want rate_limited after exactly 1.5s", err)
	}
	if n := len(srv.Events()); n != 0 {
		t.Errorf("a rate-limited send stored %d events", n)
	}
	if _, err := ch.Send(ctx, d); err != nil {
		t.Errorf("send after the limit: %v", err)
	}

	other := srv.AddRoom("") // exists, but the bot never joined
	notJoined := mustNew(t, Config{Homeserver: srv.URL, AccessToken: testToken, Room: other})
	_, err = notJoined.Send(ctx, d)
	if ce := channel.Classify(err); ce.Reason != channel.Unauthorized || !strings.Contains(ce.Fix, "the bot user is not in room "+other+", or may not post there (M_FORBIDDEN): invite it") {
		t.Errorf("not joined: %v (fix %q), want unauthorized naming the room", err, ce.Fix)
	}
	revoked := mustNew(t, Config{Homeserver: srv.URL, AccessToken: "revoked-token", Room: other})
	err = revoked.Check(ctx)
	if ce := channel.Classify(err); ce.Reason != channel.Unauthorized || strings.Contains(err.Error(), "revoked-token") || !strings.Contains(ce.Fix, "M_UNKNOWN_TOKEN") {
		t.Errorf("revoked token check: %v (fix %q)", err, ce.Fix)
	}
	if err := ch.Check(ctx); err != nil {
		t.Errorf("check: %v", err)
	}
}

// TestFixNamesTheCause: each refusal that pauses the channel says what to change.
func TestFixNamesTheCause(t *testing.T) {
	send := apiPrefix + "/rooms/" + url.PathEscape("!gone:example.org") + "/send/m.room.message/k"
	for _, tt := range []struct {
		status     int
		code, path string
		want       string
	}{
		{404, "M_NOT_FOUND", apiPrefix + "/directory/room/" + url.PathEscape("#news:example.org"), "knows no room alias #news:example.org (M_NOT_FOUND)"},
		{404, "M_UNKNOWN", send, "knows no room !gone:example.org (M_UNKNOWN)"},
		{404, "M_NOT_FOUND", send, "knows no room !gone:example.org (M_NOT_FOUND)"},
		{404, "", apiPrefix + "/account/whoami", "without /_matrix"},
		{403, "M_FORBIDDEN", send, "not in room !gone:example.org"},
		{401, "M_UNKNOWN_TOKEN", send, "log the bot user in again"},
		{401, "M_MISSING_TOKEN", apiPrefix + "/account/whoami", "access_token_file"},
	} {
		if got := fixFor(tt.status, tt.code, tt.path); !strings.Contains(got, tt.want) {
			t.Errorf("%d %s %s: %q, want it to say %q", tt.status, tt.code, tt.path, got, tt.want)
		}
	}
	if got := fixFor(500, "M_UNKNOWN", send); got != "" {
		t.Errorf("a 500 needs no fix from the operator: %q", got)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"ok id", Config{Homeserver: "https://matrix.example.org/", AccessToken: "t", Room: "!abc:example.org"}, ""},
		{"ok alias notice", Config{Homeserver: "http://localhost:8008", AccessToken: "t", Room: "#news:example.org", MsgType: "m.notice"}, ""},
		{"no homeserver", Config{AccessToken: "t", Room: "!a:b"}, "homeserver"},
		{"bad scheme", Config{Homeserver: "ftp://x", AccessToken: "t", Room: "!a:b"}, "homeserver"},
		{"no token", Config{Homeserver: "https://m.org", Room: "!a:b"}, "access_token"},
		{"bad room", Config{Homeserver: "https://m.org", AccessToken: "t", Room: "news"}, "room"},
		{"room without server", Config{Homeserver: "https://m.org", AccessToken: "t", Room: "#news"}, "room"},
		{"bad msgtype", Config{Homeserver: "https://m.org", AccessToken: "t", Room: "!a:b", MsgType: "m.image"}, "msgtype"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			err := cfg.Validate()
			if (err == nil) != (tt.want == "") || (err != nil && !strings.Contains(err.Error(), "matrix: "+tt.want)) {
				t.Fatalf("got %v, want error about %q", err, tt.want)
			}
			if err == nil && (cfg.MsgType == "" || strings.HasSuffix(cfg.Homeserver, "/")) {
				t.Errorf("defaults not filled: %+v", cfg)
			}
		})
	}
}
