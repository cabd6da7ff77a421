package email

import (
	"crypto/sha256"
	"encoding/hex"
	"html"
	"net/url"
	"regexp"
	"sort"
	"strings"

	gomail "github.com/wneessen/go-mail"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Text caps: mail has no hard limit, but a summary mail should stay a summary.
const (
	maxSummary = 2000 // code points per article summary
	maxSubject = 200  // code points; RFC 5322 lines stop at 998 bytes
)

// subjectData is what the subject template sees.
type subjectData struct {
	Title  string         // the (first) article's title
	Source string         // the (first) article's source
	Count  int            // articles in this mail
	Posts  []article.Post // all of them
}

// messageID is "<key@paperboy>" for one delivery, so every attempt of it carries the same
// Message-ID (receivers such as Gmail keep one copy, and threading sees one message). Keys
// that are not dot-atom text are hashed. A digest's id hashes its sorted keys.
func messageID(keys []string) string {
	if len(keys) == 1 && dotAtom.MatchString(keys[0]) && len(keys[0]) <= 200 {
		return keys[0] + "@paperboy"
	}
	// Sorted, so a retried digest gets the same id whatever order its entries come back in;
	// joined with NUL, which no key holds, so ("a", "bc") and ("ab", "c") differ.
	sorted := append([]string(nil), keys...)
	sort.Strings(sorted)
	sum := sha256.Sum256([]byte(strings.Join(sorted, "\x00")))
	prefix := "pb-"
	if len(keys) > 1 {
		prefix = "digest-"
	}
	// 128 bits of the hash are unique enough for message ids and keep the header short.
	return prefix + hex.EncodeToString(sum[:16]) + "@paperboy"
}

// dotAtom is RFC 5322's dot-atom, the only form the left part of a Message-ID may take
// without quoting; a key outside it is hashed instead.
var dotAtom = regexp.MustCompile(`^[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_{|}~-]+)*$`)

// build assembles the mail for one or more deliveries: multipart/alternative with a text and
// an HTML part, Message-ID from the keys, Date from the clock.
func (c *Channel) build(ds []channel.Delivery) (*gomail.Msg, error) {
	posts := make([]article.Post, len(ds))
	keys := make([]string, len(ds))
	for i, d := range ds {
		posts[i], keys[i] = d.Post, d.Key
	}
	var sb strings.Builder
	data := subjectData{Title: oneLine(posts[0].Title), Source: oneLine(posts[0].Source), Count: len(posts), Posts: posts}
	if err := c.subject.Execute(&sb, data); err != nil {
		return nil, channel.Errorf(channel.Permanent, "email: subject: %w", err)
	}
	m := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := m.From(c.cfg.From); err != nil {
		return nil, channel.Errorf(channel.Permanent, "email: from: %w", err)
	}
	if err := m.To(c.cfg.To...); err != nil {
		return nil, channel.Errorf(channel.Permanent, "email: to: %w", err)
	}
	m.Subject(channel.Truncate(oneLine(sb.String()), maxSubject, channel.CodePoints))
	m.SetMessageIDWithValue(messageID(keys))
	m.SetDateWithValue(c.now())
	m.SetGenHeader("Auto-Submitted", "auto-generated") // no vacation replies to the sender
	if c.cfg.ListUnsubscribe != "" {
		m.SetGenHeader(gomail.HeaderListUnsubscribe, "<"+c.cfg.ListUnsubscribe+">")
	}
	m.SetBodyString(gomail.TypeTextPlain, c.textBody(posts))
	m.AddAlternativeString(gomail.TypeTextHTML, c.htmlBody(posts))
	return m, nil
}

// textBody is the plain part: per article the title, link, summary and a meta line.
func (c *Channel) textBody(posts []article.Post) string {
	var b strings.Builder
	for i, p := range posts {
		if i > 0 {
			b.WriteString("\n\n----\n\n")
		}
		b.WriteString(oneLine(p.Title) + "\n")
		if isHTTP(p.URL) {
			b.WriteString(p.URL + "\n")
		}
		if s := summary(p); s != "" {
			b.WriteString("\n" + s + "\n")
		}
		if m := c.meta(p); m != "" {
			b.WriteString("\n" + m + "\n")
		}
	}
	return b.String()
}

// htmlBody is the HTML part: escaped text, the title linked, the lead image when it is http(s).
func (c *Channel) htmlBody(posts []article.Post) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:sans-serif;max-width:640px">`)
	for i, p := range posts {
		if i > 0 {
			b.WriteString(`<hr>`)
		}
		title := html.EscapeString(oneLine(p.Title))
		if isHTTP(p.URL) {
			title = `<a href="` + html.EscapeString(p.URL) + `">` + title + `</a>`
		}
		b.WriteString(`<h2>` + title + `</h2>`)
		if isHTTP(p.ImageURL) {
			b.WriteString(`<img src="` + html.EscapeString(p.ImageURL) + `" alt="" style="max-width:100%">`)
		}
		if s := summary(p); s != "" {
			b.WriteString(`<p>` + strings.ReplaceAll(html.EscapeString(s), "\n", "<br>") + `</p>`)
		}
		if m := c.meta(p); m != "" {
			b.WriteString(`<p style="color:#666">` + html.EscapeString(m) + `</p>`)
		}
	}
	b.WriteString(`</body></html>`)
	return b.String()
}

func summary(p article.Post) string {
	return channel.Truncate(strings.TrimSpace(strings.ToValidUTF8(p.Summary, "\uFFFD")), maxSummary, channel.CodePoints)
}

// meta is "한국금융신문 · 정은경 · 2022-10-15 23:03".
func (c *Channel) meta(p article.Post) string {
	var parts []string
	for _, s := range []string{oneLine(p.Source), oneLine(p.Author)} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if !p.Published.IsZero() {
		parts = append(parts, p.Published.In(c.loc).Format("2006-01-02 15:04"))
	}
	return strings.Join(parts, " · ")
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), " ")
}

func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
