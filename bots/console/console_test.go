package console

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestSendRendersPost(t *testing.T) {
	var buf bytes.Buffer
	c := NewWriter("con", &buf, nil)
	rc, err := c.Send(context.Background(), channel.Delivery{Key: "k", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{"┌─ 카톡·카카오T", "한국금융신문 · 정은경 · 2022-10-15 23:03 KST", "└─ https://www.fntimes.com/", "#카카오 #IT"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if rc.RemoteID != "con#1" {
		t.Errorf("remote id %q", rc.RemoteID)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := c.Send(ctx, channel.Delivery{}); err == nil {
		t.Error("cancelled context must fail")
	}
}

func TestValidate(t *testing.T) {
	c := Config{Output: "printer"}
	if err := c.Validate(); err == nil || !strings.HasPrefix(err.Error(), "console: output:") {
		t.Fatalf("got %v", err)
	}
}
