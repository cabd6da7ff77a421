package email

import (
	"context"
	"html"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Subject prefixes of corrections and withdrawals (mail cannot be changed once delivered).
const (
	correctionPrefix = "[정정 · Correction] "
	withdrawnPrefix  = "[삭제 · Withdrawn] "
)

// Update mails the corrected article in the thread of the original: In-Reply-To and
// References carry the original Message-ID (the receipt's), its own Message-ID comes from
// u.Key, so a resent correction has the same id and receivers that de-duplicate keep one.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	notice := "This mail corrects an earlier one. · 앞서 보낸 기사를 바로잡습니다."
	if r := oneLine(u.Reason); r != "" {
		notice += "\n" + r
	}
	m, err := c.followUp(u.Key, u.Receipt, u.Post, correctionPrefix, notice, true)
	if err != nil {
		return channel.Receipt{}, err
	}
	if err := c.send(ctx, m); err != nil {
		return channel.Receipt{}, err
	}
	out := u.Receipt
	out.Messages = append(append([]channel.Message(nil), u.Receipt.AllMessages()...),
		channel.Message{ID: strings.Join(m.GetGenHeader(gomail.HeaderMessageID), ""), Kind: channel.KindText})
	out.Revision = u.Revision
	return out, nil
}

// Retract mails a withdrawal notice in the thread of the original, with the reason and without
// the article's link.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	notice := "The article below has been withdrawn. · 이 기사는 삭제되었습니다."
	if r := oneLine(x.Reason); r != "" {
		notice += "\n" + r
	}
	m, err := c.followUp(x.Key, x.Receipt, x.Post, withdrawnPrefix, notice, false)
	if err != nil {
		return err
	}
	return c.send(ctx, m)
}

// followUp builds a mail answering the receipt's messages: the usual mail for p under key
// with the prefix on its subject, notice above the article, and the thread headers. Without
// withArticle only the title is repeated (a withdrawn article is not linked again).
func (c *Channel) followUp(key string, rc channel.Receipt, p article.Post, prefix, notice string, withArticle bool) (*gomail.Msg, error) {
	var refs []string
	for _, msg := range rc.AllMessages() {
		if id := angle(msg.ID); id != "" {
			refs = append(refs, id)
		}
	}
	if len(refs) == 0 || key == "" {
		return nil, channel.Errorf(channel.Permanent, "email: no original Message-ID to answer")
	}
	m, err := c.build([]channel.Delivery{{Key: key, Post: p}})
	if err != nil {
		return nil, err
	}
	subject := strings.Join(m.GetGenHeader(gomail.HeaderSubject), "")
	m.Subject(channel.Truncate(prefix+subject, maxSubject, channel.CodePoints))
	m.SetGenHeader(gomail.HeaderInReplyTo, refs[len(refs)-1])
	m.SetGenHeader(gomail.HeaderReferences, strings.Join(refs, " "))
	text, body := notice+"\n\n", "<p><strong>"+strings.ReplaceAll(html.EscapeString(notice), "\n", "<br>")+"</strong></p>"
	if withArticle {
		text += c.textBody([]article.Post{p})
		body += c.htmlBody([]article.Post{p})
	} else {
		text += oneLine(p.Title) + "\n"
		body += "<p><s>" + html.EscapeString(oneLine(p.Title)) + "</s></p>"
	}
	m.SetBodyString(gomail.TypeTextPlain, text)
	m.AddAlternativeString(gomail.TypeTextHTML, body)
	return m, nil
}

// angle is a Message-ID in angle brackets, or "" when it is not one (no '@', spaces, brackets
// inside): only ids we made reach the thread headers.
func angle(id string) string {
	id = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(id), "<"), ">")
	if id == "" || !strings.Contains(id, "@") || strings.ContainsAny(id, "<> \t\r\n") {
		return ""
	}
	return "<" + id + ">"
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
