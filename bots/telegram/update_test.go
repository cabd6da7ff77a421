package telegram

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/telegramtest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func corrected(d channel.Delivery) channel.Delivery {
	d.Post.Title = "정정: " + d.Post.Title
	return d
}

func update(r channel.Receipt, d channel.Delivery) channel.Update {
	return channel.Update{Key: d.Key + ":" + d.Post.Revision(), Receipt: r, Post: d.Post, Revision: d.Post.Revision(), Attempt: 1}
}

func TestUpdateSingleAndNotModified(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		kind string
	}{
		{"photo with caption", nil, channel.KindCaption},
		{"text", func(c *Config) { c.Image = ImageNone }, channel.KindText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch := newChannel(t, fake.URL, tc.mod)
			rc, err := ch.Send(context.Background(), delivery())
			if err != nil {
				t.Fatal(err)
			}
			if len(rc.Messages) != 1 || rc.Messages[0].Kind != tc.kind || rc.Messages[0].Chat == "" {
				t.Fatalf("receipt messages %+v", rc.Messages)
			}
			d := corrected(delivery())
			got, err := ch.Update(context.Background(), update(rc, d))
			if err != nil {
				t.Fatal(err)
			}
			if got.Revision != d.Post.Revision() || got.Messages[0].ID != rc.Messages[0].ID {
				t.Errorf("updated receipt %+v", got)
			}
			msgs := fake.Messages()
			last := msgs[len(msgs)-1]
			if last.Edits != 1 || !strings.HasPrefix(last.Text, "정정: ") {
				t.Errorf("message after edit %+v", last)
			}
			// The same update again: Telegram answers "message is not modified", which is done.
			if _, err := ch.Update(context.Background(), update(got, d)); err != nil {
				t.Errorf("unchanged edit: %v", err)
			}
			if m := fake.Messages()[len(msgs)-1]; m.Edits != 1 {
				t.Errorf("edits %d after an unchanged edit", m.Edits)
			}
		})
	}
}

// sendSplit posts a photo whose text does not fit a caption as photo + text.
func sendSplit(t *testing.T, fake *telegramtest.Server) (*Channel, channel.Delivery, channel.Receipt) {
	t.Helper()
	ch := newChannel(t, fake.URL, func(c *Config) { c.LongText = LongTextSplit })
	d := delivery()
	d.Post.Summary = strings.Repeat("카카오의 주요 서비스들이 접속 장애를 일으키고 있다. ", 60)
	rc, err := ch.Send(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	return ch, d, rc
}

func TestUpdateSplitPostAndPhoto(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	ch, d, rc := sendSplit(t, fake)
	if len(rc.Messages) != 2 || rc.Messages[0].Kind != channel.KindMedia || rc.Messages[1].Kind != channel.KindText {
		t.Fatalf("split receipt %+v", rc.Messages)
	}
	if !strings.HasSuffix(rc.RemoteID, ":"+rc.Messages[0].ID) {
		t.Errorf("remote id %q is not the first message", rc.RemoteID)
	}
	d = corrected(d)
	d.Post.ImageURL = "https://img.example/corrected.jpg"
	got, err := ch.Update(context.Background(), update(rc, d))
	if err != nil {
		t.Fatal(err)
	}
	msgs := fake.Messages()
	if msgs[0].Photo != d.Post.ImageURL || msgs[0].Edits != 1 || msgs[1].Edits != 1 || !strings.HasPrefix(msgs[1].Text, "정정: ") {
		t.Errorf("split post after update: %+v", msgs)
	}
	if got.Messages[0].Ref != d.Post.ImageURL {
		t.Errorf("receipt does not record the new photo: %+v", got.Messages[0])
	}
	// A retried update (the text edit timed out after the photo changed) changes nothing twice.
	if _, err := ch.Update(context.Background(), update(got, d)); err != nil {
		t.Fatal(err)
	}
	if msgs := fake.Messages(); msgs[0].Edits != 1 || msgs[1].Edits != 1 {
		t.Errorf("second update edited again: %+v", msgs)
	}
}

func TestRetractDeletesWithin48Hours(t *testing.T) {
	clk := channeltest.NewClock(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	fake := telegramtest.New(telegramtest.WithClock(clk.Now))
	defer fake.Close()
	ch, d, rc := sendSplit(t, fake)
	clk.Advance(47 * time.Hour)
	x := channel.Retraction{Key: "k:retract", Receipt: rc, Post: d.Post, Attempt: 1, Now: clk.Now()}
	if err := ch.Retract(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	for _, m := range fake.Messages() {
		if !m.Deleted {
			t.Errorf("message %d not deleted", m.ID)
		}
	}
	// Again (a retry after a lost answer): the messages are gone, which counts as withdrawn.
	if err := ch.Retract(context.Background(), x); err != nil {
		t.Errorf("second retraction: %v", err)
	}
}

func TestRetractAfter48HoursEdits(t *testing.T) {
	clk := channeltest.NewClock(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	fake := telegramtest.New(telegramtest.WithClock(clk.Now))
	defer fake.Close()
	ch := newChannel(t, fake.URL, nil)
	rc, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	clk.Advance(49 * time.Hour)
	x := channel.Retraction{Key: "k:retract", Receipt: rc, Post: delivery().Post, Reason: "사실관계 오류 <정정>", Attempt: 1, Now: clk.Now()}
	if err := ch.Retract(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	m := fake.Messages()[0]
	if m.Deleted || m.Edits != 1 || !strings.HasPrefix(m.Text, "Withdrawn") || !strings.Contains(m.Text, "사실관계 오류 <정정>") {
		t.Errorf("post after a late retraction: %+v", m)
	}
	for _, r := range fake.Requests() {
		if r.Method == "deleteMessage" {
			t.Errorf("deleteMessage called after 48 hours")
		}
	}
	// The receipt's clock says "within 48 h" but Telegram refuses: the notice is the fallback.
	rc2, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	rc2.SentAt = clk.Now()
	clk.Advance(49 * time.Hour)
	x.Receipt, x.Now = rc2, rc2.SentAt.Add(time.Hour)
	if err := ch.Retract(context.Background(), x); err != nil {
		t.Fatal(err)
	}
	if m := fake.Messages()[1]; m.Deleted || !strings.HasPrefix(m.Text, "Withdrawn") {
		t.Errorf("refused delete not turned into a notice: %+v", m)
	}
}

func TestCorrectionErrors(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	ch := newChannel(t, fake.URL, func(c *Config) { c.Image = ImageNone })
	rc, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	chat := rc.Messages[0].Chat
	foreign := channel.Receipt{SentAt: time.Now(), Messages: []channel.Message{{ID: "0", Chat: chat, Kind: channel.KindText}}}
	var chatID int64
	for _, r := range fake.Requests() {
		chatID = r.ChatID
	}
	foreign.Messages[0].ID = itoa(fake.AddForeignMessage(chatID, "a reader's message"))
	unknown := channel.Receipt{SentAt: time.Now(), Messages: []channel.Message{{ID: "9999", Chat: chat, Kind: channel.KindText}}}
	d := corrected(delivery())

	if _, err := ch.Update(context.Background(), update(foreign, d)); channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of another's message: %v, want permanent", err)
	}
	if _, err := ch.Update(context.Background(), update(unknown, d)); !botapi.HasCode(err, botapi.CodeGone) || channel.Classify(err).Reason != channel.Permanent {
		t.Errorf("edit of an unknown message: %v, want permanent (gone)", err)
	}
	if err := ch.Retract(context.Background(), channel.Retraction{Receipt: unknown, Post: d.Post, Attempt: 1}); err != nil {
		t.Errorf("retraction of a message already gone: %v", err)
	}
	fake.FailNext(1, telegramtest.Failure{Status: http.StatusBadGateway})
	if err := ch.Retract(context.Background(), channel.Retraction{Receipt: rc, Post: d.Post, Attempt: 1}); channel.Classify(err).Reason != channel.Transient {
		t.Errorf("502 on delete: %v, want transient", err)
	}
	fake.FailNext(1, telegramtest.Failure{Status: http.StatusTooManyRequests, RetryAfter: 5})
	_, err = ch.Update(context.Background(), update(rc, d))
	if ce := channel.Classify(err); ce.Reason != channel.RateLimited || ce.RetryAfter != 5*time.Second {
		t.Errorf("429 on edit: %v", err)
	}
}

// A receipt with no message list ("chat:id" only, as before receipts listed messages) of a
// photo post is still corrected: the caption once Telegram says the message has no text.
func TestUpdateLegacyReceipt(t *testing.T) {
	fake := telegramtest.New()
	defer fake.Close()
	ch := newChannel(t, fake.URL, nil)
	rc, err := ch.Send(context.Background(), delivery())
	if err != nil {
		t.Fatal(err)
	}
	legacy := channel.Receipt{RemoteID: rc.RemoteID, SentAt: rc.SentAt}
	got, err := ch.Update(context.Background(), update(legacy, corrected(delivery())))
	if err != nil {
		t.Fatal(err)
	}
	if m := fake.Messages()[0]; m.Edits != 1 || !strings.HasPrefix(m.Text, "정정: ") || got.Messages[0].Kind != channel.KindCaption {
		t.Errorf("legacy photo post after update: %+v, receipt %+v", m, got.Messages)
	}
}
