package editorbot

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"github.com/go-telegram/bot/models"

	"paperboy/bots/telegram"
	"paperboy/bots/telegram/botapi"
	"paperboy/core/channel"
	"paperboy/core/editor"
)

// callbackTextMax is answerCallbackQuery's text limit (characters; counted in UTF-16 to be safe).
const callbackTextMax = 200

// callbackDataMax is the Bot API's callback_data limit in bytes.
const callbackDataMax = 64

// onMessage runs a command typed by a person, a channel's post or an anonymous group admin
// (channelPost: a channel_post update) and answers in the same chat and topic. A command sent
// with a document is its caption.
func (b *Bot) onMessage(ctx context.Context, m *models.Message, channelPost bool) {
	text := m.Text
	if m.Document != nil {
		text = m.Caption // "/import" sent with its OPML file; a photo's caption stays no command
	}
	// Forwarded text (someone else's command) and anything not starting with "/" is no
	// command; messageRequest refuses senders that are nobody's command (bots, other chats).
	if m.ForwardOrigin != nil || !strings.HasPrefix(text, "/") {
		return
	}
	req, ok := b.messageRequest(m, text, channelPost)
	if !ok {
		return
	}
	rep := b.svc.Handle(ctx, req)
	if rep.Ignore {
		return
	}
	base := map[string]any{
		"chat_id": m.Chat.ID,
		// allow_sending_without_reply: the answer still arrives when the command was deleted.
		"reply_parameters": map[string]any{"message_id": m.ID, "allow_sending_without_reply": true},
	}
	if m.IsTopicMessage && m.MessageThreadID != 0 {
		base["message_thread_id"] = m.MessageThreadID
	}
	switch {
	case rep.Preview != nil:
		b.sendPreview(ctx, base, rep)
	case rep.File != nil:
		b.sendFile(ctx, base, rep)
	default:
		// A text reply's actions are its buttons (/source add's Add and Cancel).
		if kb := keyboard(rep.Actions); kb != nil {
			base["reply_markup"] = kb
		}
		b.sendText(ctx, base, rep.Text)
	}
}

// request adapts the user pressing a button under a message in chat to the editor's request.
func (b *Bot) request(from *models.User, chat *models.Chat) editor.Request {
	m := models.Message{From: from}
	if chat != nil {
		m.Chat = *chat
	}
	s, _ := senderOf(&m, false)
	req := editor.Request{
		Platform: "telegram", UserID: s.id, UserName: s.name, Access: users(b.cfg.Users),
		BotName: b.name(), Lang: b.lang(from.LanguageCode),
	}
	if chat != nil {
		req.Chat = b.chat(*chat, s)
	}
	return req
}

// users is Telegram's access rule: the sender's numeric id is one of the configured users.
type users []int64

// Allows implements editor.Access.
func (u users) Allows(r editor.Request) bool {
	id, err := strconv.ParseInt(r.UserID, 10, 64)
	return err == nil && slices.Contains(u, id)
}

// lang is the configured reply language, else Korean for users whose Telegram is in Korean.
func (b *Bot) lang(userLang string) string {
	if b.cfg.Lang != "" {
		return b.cfg.Lang
	}
	if strings.HasPrefix(strings.ToLower(userLang), "ko") {
		return "ko"
	}
	return "en"
}

// sendPreview posts the article exactly as a channel with default settings would (photo with
// caption, or text with a link preview), with the reply's actions as inline buttons. The reply's
// text ("Publish this?") is not sent: the buttons ask the question, and the post stays exact.
func (b *Bot) sendPreview(ctx context.Context, base map[string]any, rep editor.Reply) {
	d := channel.Delivery{Post: rep.Preview.Post()}
	k, err := b.look.First(d)
	if err != nil {
		b.log.Warn("telegram editor preview not rendered", "err", err)
		b.sendText(ctx, base, "⚠ "+err.Error())
		return
	}
	merge(k.Fields, base, rep.Actions)
	err = b.client.Call(ctx, k.Method, k.Fields, nil)
	if err != nil && k.Method == "sendPhoto" && botapi.HasCode(err, botapi.CodeBadImage) {
		// The same fallback as a channel post: an image Telegram cannot fetch becomes text.
		if k, err = b.look.Text(d); err == nil {
			merge(k.Fields, base, rep.Actions)
			err = b.client.Call(ctx, k.Method, k.Fields, nil)
		}
	}
	if err != nil {
		b.log.Warn("telegram editor preview not sent", "err", err)
		b.sendText(ctx, base, "⚠ "+err.Error())
	}
}

// merge adds the chat, reply and topic fields and the inline keyboard to a planned request.
func merge(fields, base map[string]any, actions []editor.Action) {
	for k, v := range base {
		fields[k] = v
	}
	if kb := keyboard(actions); kb != nil {
		fields["reply_markup"] = kb
	}
}

// keyboard is one row of callback buttons; buttons Telegram would refuse are left out.
func keyboard(actions []editor.Action) map[string]any {
	var row []map[string]string
	for _, a := range actions {
		if a.Label == "" || a.Data == "" || len(a.Data) > callbackDataMax {
			continue
		}
		row = append(row, map[string]string{"text": a.Label, "callback_data": a.Data})
	}
	if len(row) == 0 {
		return nil
	}
	return map[string]any{"inline_keyboard": [][]map[string]string{row}}
}

// sendText sends a plain reply, escaped and cut to Telegram's limit.
func (b *Bot) sendText(ctx context.Context, base map[string]any, text string) {
	if err := b.send(ctx, base, text); err != nil {
		b.log.Warn("telegram editor reply not sent", "err", err)
	}
}

// send is sendText reporting the error; an empty text sends nothing.
func (b *Bot) send(ctx context.Context, base map[string]any, text string) error {
	text = telegram.Clean(text)
	if text == "" {
		return nil
	}
	f := map[string]any{
		"text": telegram.Escape(channel.Truncate(text, telegram.TextMax, channel.UTF16)), "parse_mode": "HTML",
		"link_preview_options": map[string]any{"is_disabled": true},
	}
	for k, v := range base {
		f[k] = v
	}
	return b.client.Call(ctx, "sendMessage", f, nil)
}

// onCallback runs a button press: the editor decides, the press is answered, and the preview
// message is replaced by the result without buttons. A press by someone who may not publish
// only gets the refusal as an alert: the preview stays for the editor who asked for it.
func (b *Bot) onCallback(ctx context.Context, cq *models.CallbackQuery) {
	if cq.From.IsBot || cq.ID == "" {
		return
	}
	var chat *models.Chat
	switch msg := cq.Message; {
	case msg.Message != nil:
		chat = &msg.Message.Chat
	case msg.InaccessibleMessage != nil:
		chat = &msg.InaccessibleMessage.Chat
	}
	req := b.request(&cq.From, chat)
	allowed := b.svc.Allowed(req)
	rep := b.svc.Press(ctx, req, cq.Data)
	answer := map[string]any{"callback_query_id": cq.ID, "text": firstLine(rep.Text), "show_alert": !allowed}
	if err := b.client.Call(ctx, "answerCallbackQuery", answer, nil); err != nil {
		b.log.Warn("telegram editor callback not answered", "err", err)
	}
	if !allowed || telegram.Clean(rep.Text) == "" {
		return
	}
	switch msg := cq.Message; {
	case msg.Message != nil:
		b.editResult(ctx, msg.Message, rep.Text)
	case msg.InaccessibleMessage != nil:
		// Too old to edit: say it in the chat instead.
		b.sendText(ctx, map[string]any{"chat_id": msg.InaccessibleMessage.Chat.ID}, rep.Text)
	}
}

// editResult replaces the preview's text or caption with result (which removes the buttons).
func (b *Bot) editResult(ctx context.Context, m *models.Message, result string) {
	result = telegram.Clean(result)
	text := map[string]any{
		"chat_id": m.Chat.ID, "message_id": m.ID, "parse_mode": "HTML",
		"text": telegram.Escape(channel.Truncate(result, telegram.TextMax, channel.UTF16)), "link_preview_options": map[string]any{"is_disabled": true},
	}
	caption := map[string]any{
		"chat_id": m.Chat.ID, "message_id": m.ID, "parse_mode": "HTML",
		"caption": telegram.Escape(channel.Truncate(result, telegram.CaptionMax, channel.UTF16)),
	}
	var err error
	if len(m.Photo) > 0 || m.Caption != "" {
		err = b.client.Call(ctx, "editMessageCaption", caption, nil)
	} else if err = b.client.Call(ctx, "editMessageText", text, nil); botapi.HasCode(err, botapi.CodeNoText) {
		// The update did not include the photo (a thin Bot API proxy or fake): it has a caption.
		err = b.client.Call(ctx, "editMessageCaption", caption, nil)
	}
	switch {
	case err == nil, botapi.HasCode(err, botapi.CodeNotModified):
	default:
		b.log.Warn("telegram editor preview not updated", "err", err)
		base := map[string]any{"chat_id": m.Chat.ID, "reply_parameters": map[string]any{"message_id": m.ID, "allow_sending_without_reply": true}}
		b.sendText(ctx, base, result)
	}
}

// firstLine is the first line of s cut to answerCallbackQuery's limit.
func firstLine(s string) string {
	s, _, _ = strings.Cut(telegram.Clean(s), "\n")
	return channel.Truncate(s, callbackTextMax, channel.UTF16)
}
