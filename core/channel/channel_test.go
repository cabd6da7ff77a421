package channel

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFromStatus(t *testing.T) {
	h := http.Header{}
	h.Set("Retry-After", "7")
	cases := []struct {
		code  int
		want  Reason
		after time.Duration
	}{
		{429, RateLimited, 7 * time.Second},
		{401, Unauthorized, 0},
		{403, Unauthorized, 0},
		{400, Permanent, 0},
		{404, Permanent, 0},
		{413, TooLong, 0},
		{500, Transient, 7 * time.Second},
		{503, Transient, 7 * time.Second},
	}
	for _, c := range cases {
		err := FromStatus(c.code, h, []byte(`{"error":"x"}`))
		ce := Classify(err)
		if ce.Reason != c.want || ce.RetryAfter != c.after {
			t.Errorf("%d: got %v/%v want %v/%v", c.code, ce.Reason, ce.RetryAfter, c.want, c.after)
		}
	}
	if FromStatus(204, nil, nil) != nil {
		t.Error("2xx must be nil")
	}
	if Classify(errors.New("boom")).Reason != Transient {
		t.Error("unclassified errors are transient")
	}
}

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	if d := ParseRetryAfter("1.5", now); d != 1500*time.Millisecond {
		t.Errorf("got %v", d)
	}
	if d := ParseRetryAfter(now.Add(30*time.Second).Format(http.TimeFormat), now); d != 30*time.Second {
		t.Errorf("got %v", d)
	}
	if d := ParseRetryAfter("soon", now); d != 0 {
		t.Errorf("got %v", d)
	}
}

func TestRedact(t *testing.T) {
	tok := "123456:ABC-def_ghi"
	got := RedactURL("https://api.telegram.org/bot" + tok + "/sendMessage?x=1")
	if strings.Contains(got, tok) || !strings.Contains(got, "/bot<redacted>/sendMessage") {
		t.Errorf("got %s", got)
	}
	got = RedactURL("https://discord.com/api/webhooks/1234/secret-token?wait=true")
	if strings.Contains(got, "secret-token") || strings.Contains(got, "1234") {
		t.Errorf("got %s", got)
	}
	got = RedactURL("https://discord.com/api/v10/interactions/1234/interaction-token/callback")
	if strings.Contains(got, "interaction-token") {
		t.Errorf("got %s", got)
	}
	err := RedactError(errors.New(`Post "https://x/bot`+tok+`/m": timeout`), tok)
	if strings.Contains(err.Error(), tok) {
		t.Errorf("got %s", err)
	}
}

func TestCount(t *testing.T) {
	s := "한국👍🏽a"
	if Count(s, CodePoints) != 5 || Count(s, UTF16) != 7 || Count(s, Graphemes) != 4 || Count(s, Bytes) != len(s) {
		t.Errorf("counts: %d %d %d", Count(s, CodePoints), Count(s, UTF16), Count(s, Graphemes))
	}
	if n := Count("read https://example.com/very/long/path/that/goes/on now", Weighted); n != 5+23+4 {
		t.Errorf("weighted = %d", n)
	}
}

func TestTruncate(t *testing.T) {
	ko := "카카오톡이 먹통이 됐다. 네이버는 라인을 광고했다. 우티도 홍보에 나섰다."
	got := Truncate(ko, 30, CodePoints)
	if got != "카카오톡이 먹통이 됐다. 네이버는 라인을 광고했다." {
		t.Errorf("korean: %q", got)
	}
	en := "The quick brown fox jumps over the lazy dog and keeps running far away"
	got = Truncate(en, 20, CodePoints)
	if got != "The quick brown fox…" {
		t.Errorf("english: %q", got)
	}
	emoji := strings.Repeat("👍🏽", 10)
	got = Truncate(emoji, 9, UTF16)
	if Count(got, UTF16) > 9 || !utf8.ValidString(got) || strings.Contains(strings.TrimSuffix(got, Ellipsis), "\U0001F3FD\U0001F3FD") {
		t.Errorf("emoji: %q", got)
	}
	if Truncate("short", 10, CodePoints) != "short" {
		t.Error("short text unchanged")
	}
}

func FuzzTruncate(f *testing.F) {
	f.Add("카카오톡이 먹통. <b>&amp;</b> 👍🏽 end.", 10)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if !utf8.ValidString(s) {
			return
		}
		n = n % 500
		for _, u := range []Unit{CodePoints, UTF16, Graphemes, Bytes} {
			got := Truncate(s, n, u)
			if n > 0 && Count(got, u) > n {
				t.Fatalf("unit %d: %q longer than %d", u, got, n)
			}
			if !utf8.ValidString(got) {
				t.Fatalf("invalid utf8 %q", got)
			}
		}
	})
}

func TestFields(t *testing.T) {
	f, err := Fields(struct {
		Color int    `json:"color"`
		Text  string `json:"text"`
	}{2012927, "<사용자> & co"})
	if err != nil || fmt.Sprint(f["color"]) != "2012927" || f["text"] != "<사용자> & co" {
		t.Fatalf("fields %v %v", f, err)
	}
	if f, err := Fields([]byte(`{"n":1.5}`)); err != nil || fmt.Sprint(f["n"]) != "1.5" {
		t.Fatalf("bytes: %v %v", f, err)
	}
	if _, err := Fields([]byte(`not json`)); err == nil {
		t.Fatal("bad JSON must fail")
	}
}
