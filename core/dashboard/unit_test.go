package dashboard

import (
	"bufio"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestSafeHTMLKeepsOnlyFormatting(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<b>굵게</b> &lt;b&gt;not bold&lt;/b&gt; &amp; "q"`, `<b>굵게</b> &lt;b&gt;not bold&lt;/b&gt; &amp; &#34;q&#34;`},
		{`<a href="https://x.example/a?b=1&amp;c=2">link</a>`, `<a href="https://x.example/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">link</a>`},
		{`<a href="javascript:alert(1)">x</a>`, `<a href="" rel="noopener noreferrer" target="_blank">x</a>`},
		{`<script>alert(1)</script><img src=x onerror=alert(1)>`, `alert(1)`},
		{`<strong><i>a</i></strong><tg-spoiler>s</tg-spoiler>`, `<b><i>a</i></b>s`},
		{`<b>unclosed <i>nest`, `<b>unclosed <i>nest</i></b>`},
		{`</b>stray`, `stray`},
	}
	for _, tt := range tests {
		if got := string(safeHTML(tt.in)); got != tt.want {
			t.Errorf("safeHTML(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestLogCountsAndRing(t *testing.T) {
	now := time.Date(2026, 5, 15, 12, 30, 0, 0, time.UTC)
	l := NewLog(3)
	for _, ago := range []time.Duration{30 * time.Minute, 2 * time.Hour, 23 * time.Hour, 25 * time.Hour} {
		l.Add(Record{Channel: "a", Outcome: OutcomeDelivered, At: now.Add(-ago), Title: ago.String()})
	}
	l.Add(Record{Channel: "a", Outcome: OutcomeDead, At: now, Reason: "http 400"})
	c := l.Counts("a", now)
	if c.LastHour != 1 || c.LastDay != 3 || c.LastError == nil || c.LastError.Reason != "http 400" {
		t.Fatalf("counts %+v", c)
	}
	if c.Hourly[23] != 1 || c.Hourly[21] != 1 || c.Hourly[0] != 1 {
		t.Errorf("hourly %v", c.Hourly)
	}
	got := l.Recent(10, nil)
	if len(got) != 3 || got[0].Outcome != OutcomeDead || got[2].Title != "23h0m0s" || got[0].Seq != 5 {
		t.Errorf("ring keeps the newest 3, newest first: %+v", got)
	}
	if c := l.Counts("b", now); c.LastDay != 0 || c.LastError != nil {
		t.Errorf("unknown channel: %+v", c)
	}
	if s := sparkline(c.Hourly); strings.Count(s, ",") != 24 || !strings.HasPrefix(s, "0,2 ") {
		t.Errorf("sparkline %q", s)
	}
}

func TestEventsStreamWakesOnDelivery(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	c.signIn("ops", opsPassword)
	resp, err := c.c.Get(c.base + "/events")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || ct != "text/event-stream" {
		t.Fatalf("events: %d %q", resp.StatusCode, ct)
	}
	r := bufio.NewReader(resp.Body)
	next := func() string {
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			if strings.HasPrefix(line, "data: ") {
				return strings.TrimSpace(line)
			}
		}
	}
	if got := next(); got != "data: 0" {
		t.Fatalf("first event %q", got)
	}
	h.dash.Log.Add(Record{Channel: "tg-news", Outcome: OutcomeDelivered, At: time.Now()})
	if got := next(); got != "data: 1" {
		t.Fatalf("after a delivery %q", got)
	}
}
