package matrix

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestGoldenRequests(t *testing.T) {
	for _, tt := range []struct {
		name string
		cfg  Config
	}{{"text.json", Config{}}, {"notice.json", Config{MsgType: MsgNotice}}} {
		t.Run(tt.name, func(t *testing.T) {
			ch, srv, _ := fake(t, tt.cfg)
			if _, err := ch.Send(context.Background(), channel.Delivery{Key: "golden", Post: channeltest.SamplePost()}); err != nil {
				t.Fatal(err)
			}
			evs := srv.Events()
			if len(evs) != 1 {
				t.Fatalf("%d events", len(evs))
			}
			channeltest.GoldenJSON(t, tt.name, evs[0].Body)
		})
	}
}

func TestRenderEscapesAndTruncates(t *testing.T) {
	p := channeltest.SamplePost()
	c := render(p, MsgText, opts().Location, nil)
	if strings.Contains(c.FormattedBody, "<사용자>") || strings.Contains(c.FormattedBody, "<b>not bold</b>") {
		t.Errorf("markup in the article reached formatted_body unescaped: %s", c.FormattedBody)
	}
	if !strings.Contains(c.Body, "<b>not bold</b>") || !strings.Contains(c.Body, p.URL) {
		t.Errorf("plain body lost text or link: %s", c.Body)
	}
	p.Summary = strings.Repeat("카카오톡 장애가 이어졌다. ", 5000)
	p.Title = strings.Repeat("&", 3000)
	c = render(p, MsgText, opts().Location, nil)
	b, _ := channel.JSON(c)
	if len(b) > maxContent || channel.Count(c.Body, channel.Bytes) > maxText || len(c.FormattedBody) > maxText {
		t.Errorf("content %d bytes, body %d, html %d", len(b), len(c.Body), len(c.FormattedBody))
	}
	p = channeltest.SamplePost()
	p.URL = "javascript:alert(1)"
	if c := render(p, MsgText, opts().Location, nil); strings.Contains(c.FormattedBody, "javascript") || strings.Contains(c.Body, "javascript") {
		t.Errorf("non-http link rendered: %s", c.FormattedBody)
	}
}

func TestPreview(t *testing.T) {
	ch := mustNew(t, Config{Homeserver: "https://matrix.example.org", AccessToken: testToken, Room: "#news:example.org"})
	req, err := ch.Preview(channel.Delivery{Key: "pbkey", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	if req.Method != "PUT" || req.URL != "https://matrix.example.org/_matrix/client/v3/rooms/%23news:example.org/send/m.room.message/pbkey" {
		t.Errorf("preview %s %s", req.Method, req.URL)
	}
	if req.Fields["format"] != "org.matrix.custom.html" || !strings.Contains(req.Fields["formatted_body"].(string), "<a href=") {
		t.Errorf("fields %v", req.Fields)
	}
	b, _ := json.Marshal(req)
	if strings.Contains(string(b), testToken) {
		t.Error("preview shows the access token")
	}
}

func FuzzRenderAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…네이버 <사용자> & \"경쟁\"", "15일 카카오톡 장애. </p><script>x</script>", "한국금융신문")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200))
	f.Add("", "", "")
	f.Add("\x00\xff\xfe bad utf8", "line\nbreak\r\n\ttab", "src\u200b")
	srv := newFuzzFake(f)
	f.Fuzz(func(t *testing.T, title, summary, source string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source = title, summary, source
		before := len(srv.srv.Events())
		if _, err := srv.ch.Send(context.Background(), channel.Delivery{Key: "fuzz" + title + summary, Post: p}); err != nil {
			t.Fatalf("the fake refused the rendered message: %v", err)
		}
		if len(srv.srv.Events()) > before+1 {
			t.Fatalf("one send stored more than one event")
		}
	})
}
