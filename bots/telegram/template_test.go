package telegram

import (
	"fmt"
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// A template can repeat the share links a news page shows under its articles.
func TestTemplateShareLinks(t *testing.T) {
	cfg := Config{Token: "123:abc", Chat: "@news", Template: "{{.Summary}}\n공유: {{.Share.Facebook}}"}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	ch, err := New(cfg, channel.Options{Name: "tg"})
	if err != nil {
		t.Fatal(err)
	}
	req, err := ch.Preview(channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	text := fmt.Sprint(req.Fields["caption"], req.Fields["text"])
	if !strings.Contains(text, "공유: https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.fntimes.com") {
		t.Fatalf("share link missing: %s", text)
	}
}

func TestPlainTextIsWhatTelegramCounts(t *testing.T) {
	if got := plainText(`<b>카톡</b> &lt;a&gt; 👍🏽`); got != "카톡 <a> 👍🏽" {
		t.Errorf("plainText: %q", got)
	}
}
