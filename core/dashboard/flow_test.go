package dashboard

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"paperboy/bots/telegram/telegramtest"
)

// waitFor waits until cond holds, re-checking whenever the store records an outcome (not on
// a timer).
func (h *harness) waitFor(cond func() bool) {
	h.t.Helper()
	deadline := time.After(15 * time.Second)
	for {
		ch := h.bell.wait()
		if cond() {
			return
		}
		// The bell rings when the store records an outcome; the worker tells observers (the
		// dashboard's log) just after, so also look again shortly without a ring.
		select {
		case <-ch:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			h.t.Fatal("timed out waiting for deliveries")
		}
	}
}

var tokenField = regexp.MustCompile(`name="token" value="([^"]+)"`)

// previewAndPublish pushes the article at path through the form and returns the result page.
func previewAndPublish(t *testing.T, h *harness, c *client, path string, channels ...string) string {
	t.Helper()
	code, _, page := c.post("/push/preview", url.Values{"csrf": {c.csrf("/push")}, "url": {h.site.URL + path}})
	if code != http.StatusOK {
		t.Fatalf("preview: %d %s", code, page)
	}
	m := tokenField.FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no publish token on the preview")
	}
	code, _, res := c.post("/push/publish", url.Values{"csrf": {csrfField.FindStringSubmatch(page)[1]}, "token": {m[1]}, "channel": channels})
	if code != http.StatusOK {
		t.Fatalf("publish: %d %s", code, res)
	}
	return res
}

func TestPushPreviewsPublishOnce(t *testing.T) {
	h := newHarness(t, true, 0)
	c := h.client()
	c.signIn("ops", opsPassword)
	_, _, page := c.post("/push/preview", url.Values{"csrf": {c.csrf("/push")}, "url": {h.site.URL + "/n/1?utm_source=x"}})
	for _, want := range []string{
		`class="preview chat" data-channel="tg-news"`, `class="tg-photo" src="` + h.site.URL + `/img/1.jpg"`,
		`<b><a href="` + h.site.URL + `/n/1" rel="noopener noreferrer" target="_blank">카톡 먹통에 네이버 &lt;라인&gt; 광고 1</a></b>`,
		`class="preview embed" data-channel="dc-news"`, `<div class="dc-name">뉴스봇`, `class="dc-title"`, `data-color="#`,
		`UTF-16 units`, `code points`, `data-count="embed"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("preview page lacks %s", want)
		}
	}
	if strings.Contains(page, "<라인>") {
		t.Error("article text reached the page unescaped")
	}
	res := previewAndPublish(t, h, c, "/n/1", "tg-news", "dc-news")
	if !strings.Contains(res, `data-channel="tg-news">tg-news: <span class="badge ok">queued`) {
		t.Fatalf("publish result: %s", res)
	}
	delivered := func(ch string) bool {
		return len(h.dash.Log.Recent(1, func(r *Record) bool { return r.Channel == ch && r.Outcome == OutcomeDelivered })) == 1
	}
	h.waitFor(func() bool { return delivered("tg-news") && delivered("dc-news") })
	_, art := c.get("/articles")
	for _, want := range []string{`data-channel="tg-news" data-outcome="delivered"`, `data-channel="dc-news" data-outcome="delivered"`, "dashboard:ops", `class="remote"`} {
		if !strings.Contains(art, want) {
			t.Errorf("articles page lacks %s", want)
		}
	}
	// Publishing the same story again queues nothing: the outbox claim says it was sent.
	res = previewAndPublish(t, h, c, "/n/1#again", "tg-news", "dc-news")
	if !strings.Contains(res, "already there") || strings.Contains(res, `badge ok">queued`) {
		t.Fatalf("second publish: %s", res)
	}
	if n := countTitle(h.tg.Messages(), "광고 1"); n != 1 {
		t.Errorf("Telegram got the article %d times", n)
	}
	if n := len(h.dc.Messages()); n != 1 {
		t.Errorf("Discord got %d messages", n)
	}
	_, ov := c.get("/?fragment=1")
	if !strings.Contains(ov, `<td data-label="Last hour" class="num">1</td>`) || strings.Contains(ov, "<html") {
		t.Errorf("overview fragment: %s", ov)
	}
	// A preview token works once and only for its user.
	if code, _, _ := c.post("/push/publish", url.Values{"csrf": {c.csrf("/push")}, "token": {"made-up"}, "channel": {"tg-news"}}); code != http.StatusGone {
		t.Errorf("unknown preview token: %d", code)
	}
}

func countTitle(msgs []telegramtest.Message, s string) int {
	n := 0
	for _, m := range msgs {
		if strings.Contains(m.Text, s) {
			n++
		}
	}
	return n
}

func TestDeadLetterRetryAndDrop(t *testing.T) {
	h := newHarness(t, true, 0)
	ctx := context.Background()
	c := h.client()
	c.signIn("ops", opsPassword)
	// A permanent failure dead-letters (a chat gone for the bot would pause the channel instead).
	noRights := telegramtest.Failure{Status: 400, Description: "Bad Request: not enough rights to send text messages to the chat"}
	h.tg.SetChatError("@news", noRights)
	previewAndPublish(t, h, c, "/n/7", "tg-news")
	previewAndPublish(t, h, c, "/n/8", "tg-news")
	h.waitFor(func() bool {
		dl, _ := h.st.DeadList(ctx, 10)
		return len(dl) == 2
	})
	_, page := c.get("/dead")
	if !strings.Contains(page, "not enough rights") || !strings.Contains(page, "광고 7") {
		t.Fatalf("dead page: %s", page)
	}
	_, ov := c.get("/")
	if !strings.Contains(ov, "2 dead letters") || !strings.Contains(ov, "not enough rights") {
		t.Errorf("overview does not show the failure")
	}
	dl, _ := h.st.DeadList(ctx, 10)
	h.tg.SetChatError("@news", telegramtest.Failure{})
	tok := c.csrf("/dead")
	if code, loc, _ := c.post("/dead/"+dl[0].ID+"/retry", url.Values{"csrf": {tok}}); code != http.StatusSeeOther || loc != "/dead?done=retried" {
		t.Fatalf("retry: %d %q", code, loc)
	}
	h.waitFor(func() bool { return countTitle(h.tg.Messages(), "광고 7") == 1 })
	if code, _, _ := c.post("/dead/"+dl[1].ID+"/drop", url.Values{"csrf": {tok}}); code != http.StatusSeeOther {
		t.Fatalf("drop: %d", code)
	}
	if left, _ := h.st.DeadList(ctx, 10); len(left) != 0 {
		t.Errorf("dead letters left: %+v", left)
	}
	if code, _, _ := c.post("/dead/"+dl[1].ID+"/retry", url.Values{"csrf": {tok}}); code != http.StatusNotFound {
		t.Errorf("retrying a dropped letter: %d", code)
	}
}

func TestLanguageZoneAndTheme(t *testing.T) {
	h := newHarness(t, false, 0)
	c := h.client()
	c.signIn("ops", opsPassword)
	req, _ := http.NewRequest("GET", c.base+"/sources", nil)
	req.Header.Set("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5")
	resp, err := c.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body := readAll(t, resp)
	if !strings.Contains(body, `<html lang="ko"`) || !strings.Contains(body, "소스") || !strings.Contains(body, "일시 정지") {
		t.Errorf("Korean page: %s", body[:200])
	}
	// The switcher wins over Accept-Language, and the theme is rendered server-side.
	c.get("/prefs?lang=en&back=/sources")
	c.get("/prefs?theme=dark&back=/")
	resp, err = c.c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body = readAll(t, resp)
	if !strings.Contains(body, `<html lang="en" data-theme="dark"`) || !strings.Contains(body, "Sources") {
		t.Errorf("switched page: %s", body[:200])
	}
	seoul, _ := time.LoadLocation("Asia/Seoul")
	p := &Page{loc: seoul, nowTime: time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)}
	if got := p.Time(time.Date(2026, 5, 15, 14, 3, 0, 0, time.UTC)); got != "05-15 23:03:00 KST" {
		t.Errorf("time in Seoul: %q", got)
	}
}

func readAll(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	var b strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return b.String()
		}
	}
}
