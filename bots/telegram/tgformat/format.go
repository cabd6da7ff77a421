// Package tgformat renders a post as Telegram Bot API HTML (parse_mode HTML) that fits a length
// limit counted the way Telegram counts it, and holds the text cleaning and escaping the rest
// of the Telegram channel shares. It is split out of bots/telegram so the fitting rules can be
// read and tested on their own.
package tgformat

import (
	"fmt"
	"net/url"
	"strings"
	"text/template"
	"time"
	"unicode"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Layout (parse_mode HTML):
//
//	<b><a href="URL">Title</a></b>
//
//	Summary
//
//	Source · 2022-10-15 23:03 KST
//	#tag1 #tag2
//
// The plain text is cut to the budget first (the summary shrinks; the title only when it alone is
// too long), then escaped and wrapped, so the message can never exceed a limit or fail to parse.

// maxHashtags caps the tag line; more reads as spam.
const maxHashtags = 8

// minBody is the smallest summary budget worth keeping: below it the summary is dropped rather
// than shown as a stub with an ellipsis.
const minBody = 8

// Formatter renders posts for one channel.
type Formatter struct {
	Loc  *time.Location     // the zone published times are shown in
	Tmpl *template.Template // nil = the default summary, meta and hashtag lines
}

// Message is a rendered post: HTML to send and the plain text Telegram will count.
type Message struct {
	HTML  string
	Plain string
}

// TemplateData is what a body template sees.
type TemplateData struct {
	Title, Summary, URL, Source, Author string
	Time                                string    // published time formatted in the channel's zone
	Published                           time.Time // in the channel's zone
	Tags                                []string
	Hashtags                            string             // "#tag1 #tag2"
	Share                               article.ShareLinks // .Share.Facebook .Share.X .Share.Telegram .Share.Line
}

// parts are the plain-text blocks of a post before fitting.
type parts struct {
	title, link, body, meta, tags string
}

// split prepares the plain blocks of p.
func (f *Formatter) split(p article.Post) (parts, error) {
	pt := parts{title: OneLine(Clean(p.Title)), link: SafeLink(p.URL)}
	if pt.title == "" {
		pt.title = OneLine(Clean(p.URL))
	}
	tags := hashtags(p.Tags)
	when := ""
	if !p.Published.IsZero() {
		when = p.Published.In(f.Loc).Format("2006-01-02 15:04 MST")
	}
	if f.Tmpl != nil {
		var b strings.Builder
		data := TemplateData{
			Title: Clean(p.Title), Summary: Clean(p.Summary), URL: p.URL, Source: Clean(p.Source),
			Author: Clean(p.Author), Time: when, Published: p.Published.In(f.Loc), Tags: p.Tags, Hashtags: tags,
			Share: article.Share(p.URL, p.Title),
		}
		if err := f.Tmpl.Execute(&b, data); err != nil {
			return parts{}, &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: template: %w", err)}
		}
		pt.body = paragraphs(Clean(b.String()))
		return pt, nil
	}
	pt.body = paragraphs(Clean(p.Summary))
	pt.meta = joinNonEmpty(" · ", OneLine(Clean(p.Source)), when)
	pt.tags = tags
	return pt, nil
}

// plain joins the blocks the way the message shows them.
func (pt parts) plain() string {
	return joinNonEmpty("\n\n", pt.title, pt.body, joinNonEmpty("\n", pt.meta, pt.tags))
}

// fit shrinks pt until its plain text is at most max UTF-16 units: the summary first, then the
// hashtags and the meta line, and the title last.
func (pt parts) fit(max int) parts {
	size := func(p parts) int { return channel.Count(p.plain(), channel.UTF16) }
	if size(pt) <= max {
		return pt
	}
	if pt.body != "" {
		rest := pt
		rest.body = ""
		if avail := max - size(rest) - 2; avail >= minBody { // 2 = the "\n\n" before the summary
			pt.body = channel.Truncate(pt.body, avail, channel.UTF16)
			if size(pt) <= max {
				return pt
			}
		}
		pt.body = ""
	}
	for _, drop := range []func(*parts){func(p *parts) { p.tags = "" }, func(p *parts) { p.meta = "" }} {
		if size(pt) <= max {
			return pt
		}
		drop(&pt)
	}
	if size(pt) > max {
		pt.title = channel.Truncate(pt.title, max, channel.UTF16)
	}
	return pt
}

// html escapes and wraps the blocks; its parsed text is exactly pt.plain().
func (pt parts) html() string {
	title := Escape(pt.title)
	if pt.link != "" && title != "" {
		title = `<a href="` + escapeAttr(pt.link) + `">` + title + `</a>`
	}
	if title != "" {
		title = "<b>" + title + "</b>"
	}
	return joinNonEmpty("\n\n", title, Escape(pt.body), joinNonEmpty("\n", Escape(pt.meta), Escape(pt.tags)))
}

// Render formats p for a text of at most max UTF-16 units.
func (f *Formatter) Render(p article.Post, max int) (Message, error) {
	pt, err := f.split(p)
	if err != nil {
		return Message{}, err
	}
	pt = pt.fit(max)
	if strings.TrimSpace(pt.plain()) == "" {
		return Message{}, &channel.Error{Reason: channel.Permanent, Err: fmt.Errorf("telegram: post has no title, summary or link")}
	}
	return Message{HTML: pt.html(), Plain: pt.plain()}, nil
}

// Fits reports whether p renders in max units without shortening anything.
func (f *Formatter) Fits(p article.Post, max int) (bool, error) {
	pt, err := f.split(p)
	if err != nil {
		return false, err
	}
	return channel.Count(pt.plain(), channel.UTF16) <= max, nil
}

var (
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// Escape makes plain text safe for parse_mode HTML (Telegram decodes exactly these entities).
func Escape(s string) string { return textEscaper.Replace(s) }

// escapeAttr also escapes the double quote, which would end an href attribute early.
func escapeAttr(s string) string { return attrEscaper.Replace(s) }

// SafeLink returns u when it is an absolute http(s) URL Telegram will accept as a link.
func SafeLink(u string) string {
	u = strings.TrimSpace(u)
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	if strings.ContainsFunc(u, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
		return ""
	}
	return u
}

// Clean makes text valid UTF-8 without control characters other than newlines, and trims it.
func Clean(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r' || r == '\u2028' || r == '\u2029':
			return ' '
		case unicode.IsControl(r), r == '\uFEFF':
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// OneLine collapses all whitespace runs (newlines included) to single spaces.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// paragraphs trims every line and keeps at most one blank line between paragraphs.
func paragraphs(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := false
	for _, l := range lines {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// hashtags turns tags into "#카카오 #IT": letters, digits, marks and '_' kept, everything else
// removed; empty, digit-only (Telegram does not link them) and duplicate tags dropped.
func hashtags(tags []string) string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		h := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' {
				return r
			}
			return -1
		}, strings.ToValidUTF8(t, ""))
		if h == "" || strings.IndexFunc(h, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			continue
		}
		if k := strings.ToLower(h); !seen[k] {
			seen[k] = true
			out = append(out, "#"+h)
		}
		if len(out) == maxHashtags {
			break
		}
	}
	return strings.Join(out, " ")
}

// joinNonEmpty joins the non-empty parts, so a missing block leaves no stray separator.
func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}
