package console

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestUpdateAndRetractPrint(t *testing.T) {
	var out bytes.Buffer
	ch := NewWriter("console", &out, nil)
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	p := channeltest.SamplePost()
	p.Title = "정정된 제목"
	if _, err := ch.Update(ctx, channel.Update{Key: "k:r", Receipt: rc, Post: p, Revision: p.Revision(), Reason: "오타"}); err != nil {
		t.Fatal(err)
	}
	if err := ch.Retract(ctx, channel.Retraction{Key: "k:x", Receipt: rc, Post: p, Reason: "오보"}); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	for _, want := range []string{"✎ correction of console#1 (revision " + p.Revision() + "): 오타", "┌─ 정정된 제목", "✗ withdrawn console#1: 정정된 제목 (오보)"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q:\n%s", want, s)
		}
	}
}
