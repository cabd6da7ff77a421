package slack

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"paperboy/bots/slack/slacktest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// fake returns a fake with a valid token and a #news channel the bot is in.
func fake(t testing.TB) (*slacktest.Server, string) {
	srv := slacktest.NewServer(slacktest.Options{Now: fixedNow})
	t.Cleanup(srv.Close)
	srv.AddToken(testToken)
	return srv, srv.AddChannel("news", true, false)
}

func TestGoldenRequests(t *testing.T) {
	en := channeltest.SamplePost()
	en.Lang, en.Author, en.ImageURL = "en", "", ""
	tests := []struct {
		name    string
		webhook bool
		cfg     Config
		post    func() channel.Delivery
	}{
		{name: "api.json", cfg: Config{}},
		{name: "api_button.json", cfg: Config{Button: true, Timezone: "UTC"}},
		{name: "webhook_en.json", webhook: true, cfg: Config{LinkText: "Open | read"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, news := fake(t)
			cfg := tt.cfg
			post := channeltest.SamplePost()
			if tt.webhook {
				cfg.Webhook = srv.AddWebhook(news)
				post = en
			} else {
				cfg.Token, cfg.Channel, cfg.APIURL = testToken, news, srv.APIURL()
			}
			if _, err := mustNew(t, cfg).Send(context.Background(), channel.Delivery{Key: "golden", Post: post}); err != nil {
				t.Fatal(err)
			}
			channeltest.GoldenJSON(t, tt.name, srv.Messages()[0].Body)
		})
	}
}

// TestReaderSeesTheTextAsWritten renders the sample post (markup, "&", "<사용자>", "@everyone")
// and checks what Slack shows: the summary verbatim, no mention, the article link, no unfurl.
func TestReaderSeesTheTextAsWritten(t *testing.T) {
	srv, news := fake(t)
	ch := mustNew(t, Config{Token: testToken, Channel: news, APIURL: srv.APIURL()})
	p := channeltest.SamplePost()
	p.Summary += " <!channel> <@U123> a|b"
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: p}); err != nil {
		t.Fatal(err)
	}
	m := srv.Messages()[0]
	if m.Unfurl {
		t.Error("unfurl_links/unfurl_media not turned off")
	}
	types := []string{}
	for _, b := range m.Blocks {
		types = append(types, b.Type)
	}
	if got := strings.Join(types, ","); got != "header,section,image,context" {
		t.Errorf("blocks %s", got)
	}
	if m.Blocks[0].Text.Text != p.Title {
		t.Errorf("header %q (plain_text is not escaped)", m.Blocks[0].Text.Text)
	}
	section := m.Blocks[1].Text.Text
	seen := slacktest.Plain(section)
	if !strings.HasPrefix(seen, p.Summary+"\n\n기사 보기 →") || strings.Contains(seen, "@mention") {
		t.Errorf("reader sees %q", seen)
	}
	if links := slacktest.Links(section); len(links) != 1 || links[0] != p.URL {
		t.Errorf("links %q", links)
	}
	if got := slacktest.Plain(m.Text); got != p.Title {
		t.Errorf("fallback text shows %q", got)
	}
	var ctx []struct{ Text string }
	_ = json.Unmarshal(m.Blocks[3].Elements, &ctx)
	if len(ctx) != 1 || slacktest.Plain(ctx[0].Text) != "한국금융신문 · 2022-10-15 23:03 KST · 정은경" {
		t.Errorf("context %+v", ctx)
	}
}

func TestLongSummaryFitsSection(t *testing.T) {
	srv, news := fake(t)
	ch := mustNew(t, Config{Token: testToken, Channel: news, APIURL: srv.APIURL()})
	for _, summary := range []string{
		strings.Repeat("카카오 & 네이버 <경쟁>. ", 400),
		strings.Repeat("&", 5000),
		strings.Repeat("👍🏽", 4000),
	} {
		p := channeltest.SamplePost()
		p.Summary, p.Title = summary, strings.Repeat("긴 제목 ", 60)
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: p}); err != nil {
			t.Fatalf("Send: %v", err)
		}
		m := srv.Messages()[len(srv.Messages())-1]
		if n := channel.Count(m.Blocks[1].Text.Text, ch.Limits().Unit); n > ch.Limits().TextMax {
			t.Errorf("section is %d characters", n)
		}
		if n := channel.Count(m.Blocks[0].Text.Text, channel.CodePoints); n > maxHeader {
			t.Errorf("header is %d characters", n)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := map[string]string{
		"a & b <c> d":         "a &amp; b &lt;c&gt; d",
		"&amp; stays literal": "&amp;amp; stays literal",
		"<!channel> *bold*":   "&lt;!channel&gt; *bold*",
	}
	for in, want := range tests {
		if got := escape(in); got != want {
			t.Errorf("escape(%q) = %q, want %q", in, got, want)
		}
	}
	if got := escapeURL("https://x.kr/a?b=1&c=<2>|d e"); got != "https://x.kr/a?b=1&amp;c=&lt;2&gt;%7Cd%20e" {
		t.Errorf("escapeURL %q", got)
	}
	if got := fitEscaped(strings.Repeat("&", 10), 12); got != "&amp;…" {
		t.Errorf("fitEscaped %q", got)
	}
}

func TestPreviewMatchesRequest(t *testing.T) {
	srv, news := fake(t)
	hook := srv.AddWebhook(news)
	ch := mustNew(t, Config{Webhook: hook})
	d := channel.Delivery{Key: "k", Post: channeltest.SamplePost()}
	req, err := ch.Preview(d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(req.URL, "hooksecret") || !strings.HasSuffix(req.URL, "/<redacted>") {
		t.Errorf("preview url %q", req.URL)
	}
	if _, err := ch.Send(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	pa, _ := json.Marshal(req.Fields)
	var sent map[string]any
	_ = json.Unmarshal(srv.Messages()[0].Body, &sent)
	pb, _ := json.Marshal(sent)
	if !bytes.Equal(pa, pb) {
		t.Errorf("preview differs from the request:\n%s\n%s", pa, pb)
	}
}

func FuzzRenderAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…", "15일 카카오톡 장애. <!channel> &amp; <b>x</b>", "한국금융신문", "https://x.kr/a?b=1&c=2")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200), "")
	f.Add("", "", "", "not a url")
	f.Add("\x00\xff\xfe bad utf8", "line\nbreak\r\n\ttab |", "src\u200b", "https://x.kr/"+strings.Repeat("a|", 2000))
	srv, news := fake(f)
	ch := mustNew(f, Config{Token: testToken, Channel: news, APIURL: srv.APIURL()})
	f.Fuzz(func(t *testing.T, title, summary, source, link string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source, p.URL = title, summary, source, link
		_, err := ch.Send(context.Background(), channel.Delivery{Key: "fuzz", Post: p})
		if err != nil {
			// Only a post with nothing to show may be refused, and never by Slack.
			if ce := channel.Classify(err); ce.Reason != channel.Permanent || !strings.Contains(err.Error(), "render") {
				t.Fatalf("the fake refused the rendered message: %v", err)
			}
			return
		}
		m := srv.Messages()[len(srv.Messages())-1]
		for _, b := range m.Blocks {
			if b.Type == "section" && strings.Contains(slacktest.Plain(b.Text.Text), "@mention") {
				t.Fatalf("section would mention: %q", b.Text.Text)
			}
		}
	})
}
