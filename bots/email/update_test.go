package email

import (
	"context"
	"strings"
	"testing"

	"paperboy/bots/email/emailtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestCorrectionAndWithdrawalAreThreaded(t *testing.T) {
	ch, srv := tlsServer(t, Config{})
	ctx := context.Background()
	rc, err := ch.Send(ctx, channel.Delivery{Key: "pbfeedface", Post: channeltest.SamplePost(), Attempt: 1})
	if err != nil {
		t.Fatal(err)
	}
	orig := rc.Messages[0].ID
	if orig != "<pbfeedface@paperboy>" {
		t.Fatalf("receipt Message-ID %q", orig)
	}
	p := channeltest.SamplePost()
	p.Title = "바로잡은 제목"
	got, err := ch.Update(ctx, channel.Update{Key: "pbfeedface-r2", Receipt: rc, Post: p, Revision: p.Revision(), Reason: "제목 오류"})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Messages) != 2 || got.Messages[1].ID != "<pbfeedface-r2@paperboy>" {
		t.Fatalf("receipt after correction %+v", got.Messages)
	}
	if err := ch.Retract(ctx, channel.Retraction{Key: "pbfeedface-x", Receipt: got, Post: p, Reason: "오보"}); err != nil {
		t.Fatal(err)
	}
	mails := srv.Accepted()
	if len(mails) != 3 {
		t.Fatalf("%d mails", len(mails))
	}
	corr, wd := mails[1], mails[2]
	if corr.Header.Get("In-Reply-To") != orig || corr.Header.Get("References") != orig {
		t.Errorf("correction thread headers %q %q", corr.Header.Get("In-Reply-To"), corr.Header.Get("References"))
	}
	if wd.Header.Get("In-Reply-To") != "<pbfeedface-r2@paperboy>" || wd.Header.Get("References") != orig+" <pbfeedface-r2@paperboy>" {
		t.Errorf("withdrawal thread headers %q %q", wd.Header.Get("In-Reply-To"), wd.Header.Get("References"))
	}
	text := parts(t, wd)["text/plain"]
	if !strings.Contains(text, "오보") || strings.Contains(text, channeltest.SamplePost().URL) {
		t.Errorf("withdrawal text %q: reason shown, link not repeated", text)
	}
	if _, err := ch.Update(ctx, channel.Update{Key: "k", Receipt: channel.Receipt{RemoteID: "webhook:x"}, Post: p}); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("correction without a Message-ID: %v", err)
	}
	srv.FailNext(emailtest.StageData, 451, [3]int{4, 3, 0}, "try later")
	if err := ch.Retract(ctx, channel.Retraction{Key: "k2", Receipt: rc, Post: p}); channel.Classify(err).Reason != channel.Transient {
		t.Errorf("451: %v", err)
	}
}
