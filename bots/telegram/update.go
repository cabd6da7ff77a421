package telegram

import (
	"context"
	"strconv"
	"strings"
	"time"

	"paperboy/bots/telegram/botapi"
	"paperboy/bots/telegram/tgformat"
	"paperboy/core/article"
	"paperboy/core/channel"
)

// DeleteWindow is how long after sending the Bot API lets a bot delete its message
// (deleteMessage: "a message can only be deleted if it was sent less than 48 hours ago").
// A retraction of an older post edits it into a withdrawal notice instead.
const DeleteWindow = 48 * time.Hour

// Update edits every message of a sent post into u.Post: the text of a text message, the
// caption of a photo (and the photo itself when the image changed), and for a split post the
// photo and the text separately. A message Telegram calls unchanged counts as edited.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	out := u.Receipt
	msgs := append([]channel.Message(nil), u.Receipt.AllMessages()...)
	d := channel.Delivery{Key: u.Key, Post: u.Post, Attempt: u.Attempt}
	split := len(msgs) > 1
	for i, m := range msgs {
		k, err := c.editCall(d, m, split)
		if err != nil {
			return channel.Receipt{}, err
		}
		if k.method == "" {
			continue
		}
		err = c.edit(ctx, k)
		if m.Kind == "" && botapi.HasCode(err, botapi.CodeNoText) {
			// A message of unknown kind turned out to be a photo: its caption is the post.
			m.Kind = channel.KindCaption
			if k, err = c.editCall(d, m, split); err == nil {
				err = c.edit(ctx, k)
			}
			msgs[i].Kind = m.Kind
		}
		if err != nil {
			return channel.Receipt{}, err
		}
		if m.Kind != channel.KindText && k.method == "editMessageMedia" {
			msgs[i].Ref = u.Post.ImageURL
		}
	}
	out.Messages = msgs
	out.Revision = u.Revision
	return out, nil
}

// editCall plans the edit of one message m into d.Post; a call without method means the
// message shows nothing that changed.
func (c *Channel) editCall(d channel.Delivery, m channel.Message, split bool) (call, error) {
	f, err := c.target(m)
	if err != nil {
		return call{}, err
	}
	p := d.Post
	switch m.Kind {
	case channel.KindMedia, channel.KindCaption:
		caption := ""
		if m.Kind == channel.KindCaption {
			msg, err := c.fmt.Render(p, CaptionMax)
			if err != nil {
				return call{}, err
			}
			caption = msg.HTML
		}
		if img := tgformat.SafeLink(p.ImageURL); img != "" && img != tgformat.SafeLink(m.Ref) {
			media := map[string]any{"type": "photo", "media": img}
			if caption != "" {
				media["caption"], media["parse_mode"] = caption, "HTML"
			}
			f["media"] = media
			return call{method: "editMessageMedia", fields: f}, nil
		}
		if m.Kind == channel.KindMedia {
			return call{}, nil // the photo of a split post did not change: nothing to edit
		}
		f["caption"], f["parse_mode"] = caption, "HTML"
		return call{method: "editMessageCaption", fields: f}, nil
	}
	msg, err := c.fmt.Render(p, TextMax)
	if err != nil {
		return call{}, err
	}
	f["text"], f["parse_mode"] = msg.HTML, "HTML"
	if split {
		f["link_preview_options"] = map[string]any{"is_disabled": true}
	} else {
		f["link_preview_options"] = c.previewOptions(p.URL, tgformat.SafeLink(p.ImageURL) != "" && c.cfg.Image != ImageNone)
	}
	return call{method: "editMessageText", fields: f}, nil
}

// target is chat_id and message_id of a stored message.
func (c *Channel) target(m channel.Message) (map[string]any, error) {
	if chat, id, ok := strings.Cut(m.ID, ":"); ok && m.Chat == "" {
		// A receipt that lists no messages names its one message "chat:message_id".
		m.Chat, m.ID = chat, id
	}
	id, err := strconv.Atoi(m.ID)
	if err != nil || id <= 0 {
		return nil, channel.Errorf(channel.Permanent, "telegram: receipt message id %q is not a message id", m.ID)
	}
	var chat any = c.chatID
	if m.Chat != "" {
		if n, err := strconv.ParseInt(m.Chat, 10, 64); err == nil {
			chat = n
		}
	}
	return map[string]any{"chat_id": chat, "message_id": id}, nil
}

// edit makes one edit request; an unchanged message counts as done.
func (c *Channel) edit(ctx context.Context, k call) error {
	err := c.client.Call(ctx, k.method, k.fields, nil)
	if botapi.HasCode(err, botapi.CodeNotModified) {
		return nil
	}
	return err
}

// Retract deletes every message of the post while Telegram allows it (48 hours after sending);
// an older post, or one Telegram refuses to delete, is edited into a withdrawal notice.
// A message already gone counts as withdrawn.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	now := x.Now
	if now.IsZero() {
		now = c.now()
	}
	msgs := x.Receipt.AllMessages()
	canDelete := !x.Receipt.SentAt.IsZero() && now.Sub(x.Receipt.SentAt) < DeleteWindow
	for i, m := range msgs {
		f, err := c.target(m)
		if err != nil {
			return err
		}
		if canDelete {
			err = c.client.Call(ctx, "deleteMessage", f, nil)
			if err == nil || botapi.HasCode(err, botapi.CodeGone) {
				continue
			}
			if !botapi.HasCode(err, botapi.CodeCantDelete) {
				return err
			}
		}
		if err := c.withdraw(ctx, m, x, i == 0 || m.Kind != channel.KindMedia); err != nil && !botapi.HasCode(err, botapi.CodeGone) {
			return err
		}
	}
	return nil
}

// withdraw edits message m into the withdrawal notice; a photo without caption of a split
// post gets the notice as its caption only when it is the first message (the text after it
// carries the notice too).
func (c *Channel) withdraw(ctx context.Context, m channel.Message, x channel.Retraction, notice bool) error {
	if !notice {
		return nil
	}
	f, err := c.target(m)
	if err != nil {
		return err
	}
	text := withdrawalNotice(x.Post, x.Reason)
	k := call{method: "editMessageText", fields: f}
	f["parse_mode"] = "HTML"
	if m.Kind == channel.KindCaption || m.Kind == channel.KindMedia {
		k.method, f["caption"] = "editMessageCaption", text
	} else {
		f["text"] = text
		f["link_preview_options"] = map[string]any{"is_disabled": true}
	}
	return c.edit(ctx, k)
}

// withdrawalNotice is what a post becomes when it can no longer be deleted: the title struck
// through, the reason, no link (the article is withdrawn).
func withdrawalNotice(p article.Post, reason string) string {
	var b strings.Builder
	b.WriteString("<b>Withdrawn</b> · 기사 삭제")
	if t := tgformat.OneLine(tgformat.Clean(p.Title)); t != "" {
		b.WriteString("\n<s>" + tgformat.Escape(channel.Truncate(t, 300, channel.CodePoints)) + "</s>")
	}
	if r := tgformat.OneLine(tgformat.Clean(reason)); r != "" {
		b.WriteString("\n" + tgformat.Escape(channel.Truncate(r, 500, channel.CodePoints)))
	}
	return b.String()
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)

// message is the receipt entry of one sent message: chat, topic, kind and, for a photo, the
// image shown (Ref), so an update knows whether the photo itself must change.
func (c *Channel) message(m sentMessage, kind, image string) channel.Message {
	out := channel.Message{ID: strconv.Itoa(m.MessageID), Chat: strconv.FormatInt(m.Chat.ID, 10), Kind: kind}
	if c.cfg.Topic > 0 {
		out.Thread = strconv.Itoa(c.cfg.Topic)
	}
	if kind != channel.KindText {
		out.Ref = image
	}
	if r := c.receipt(m); r.URL != "" {
		out.URL = r.URL
	}
	return out
}

// kindOf is a sent message's kind: a photo carries a caption, anything else is text.
func kindOf(m sentMessage) string {
	if m.Photo {
		return channel.KindCaption
	}
	return channel.KindText
}
