package dashboard

import (
	"fmt"
	"html"
	"html/template"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"

	"paperboy/core/article"
	"paperboy/core/channel"
	"paperboy/core/outbox"
)

// preview is one channel's rendering of a pushed article, as its platform will show it: the
// channel's neutral View (channel.Viewer), made safe to draw.
type preview struct {
	Channel, Type string
	Kind          string // how to draw it: chat | embed | text (channel.Style…)
	Err           string
	Counts        []count

	// chat: the photo, the bubble's HTML, and the link preview card.
	Photo       string
	Bubble      template.HTML
	LinkURL     string
	LinkLarge   bool
	LinkAbove   bool
	Description string

	// embed: the sender's name, the message content and the card.
	Username string
	Content  string
	Embed    *card

	// text: the text as posted.
	Text string
}

// card is the part of a rich card the page shows.
type card struct {
	Title, URL, Description, Footer, Image, Thumbnail, Author, AuthorIcon, Color string
}

// count is one length figure in the platform's own unit.
type count struct {
	Label string // i18n key of what is counted
	N     int
	Max   int
	Unit  string // i18n key of the unit
}

// Over reports whether the text exceeds the platform limit.
func (c count) Over() bool { return c.Max > 0 && c.N > c.Max }

var unitKeys = map[channel.Unit]string{
	channel.CodePoints: "unit.codepoints", channel.UTF16: "unit.utf16", channel.Graphemes: "unit.graphemes",
	channel.Bytes: "unit.bytes", channel.Weighted: "unit.weighted",
}

// previewFor draws a on ch from the channel's View; a channel without one shows the post's
// plain text.
func previewFor(ch channel.Channel, typ string, a *article.Article) preview {
	p := a.Post()
	v := channel.TextView(p.Title+"\n\n"+p.Summary+"\n"+p.URL, ch.Limits())
	if vw, ok := ch.(channel.Viewer); ok {
		var err error
		if v, err = vw.View(channel.Delivery{Key: outbox.Key(ch.Name(), a.ID), Post: p, Attempt: 1}); err != nil {
			return preview{Channel: ch.Name(), Type: typ, Kind: channel.StyleText, Err: err.Error()}
		}
	}
	pv := preview{Channel: ch.Name(), Type: typ, Kind: v.Style}
	for _, c := range v.Counts {
		pv.Counts = append(pv.Counts, count{Label: c.Label, N: c.N, Max: c.Max, Unit: unitKeys[c.Unit]})
	}
	switch v.Style {
	case channel.StyleChat:
		pv.Photo = safeURL(v.Image)
		pv.Bubble = safeHTML(v.HTML)
		if v.HTML == "" {
			pv.Bubble = safeHTML(html.EscapeString(v.Text))
		}
		if l := v.Link; l != nil {
			pv.LinkURL, pv.LinkLarge, pv.LinkAbove, pv.Description = safeURL(l.URL), l.Large, l.Above, l.Description
		}
	case channel.StyleEmbed:
		pv.Username, pv.Content = v.Sender, v.Text
		if c := v.Card; c != nil {
			pv.Embed = &card{Title: c.Title, URL: safeURL(c.URL), Description: c.Description, Footer: c.Footer,
				Image: safeURL(c.Image), Thumbnail: safeURL(c.Thumbnail), Author: c.Author, AuthorIcon: safeURL(c.AuthorIcon)}
			if c.Color >= 0 && c.Color <= 0xFFFFFF {
				pv.Embed.Color = fmt.Sprintf("#%06x", c.Color)
			}
		}
	default:
		pv.Kind, pv.Text = channel.StyleText, v.Text
	}
	return pv
}

// safeURL keeps only http(s) URLs for src and href attributes.
func safeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	return u.String()
}

// formatTags are the inline formatting tags a View's HTML may use; everything else is shown as text.
var formatTags = map[string]string{
	"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "ins": "u", "s": "s", "strike": "s", "del": "s",
	"code": "code", "pre": "pre", "blockquote": "blockquote", "a": "a",
}

// safeHTML rebuilds a View's HTML as safe HTML for the bubble: only the formatting tags, only
// http(s) links, text escaped.
func safeHTML(s string) template.HTML {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	var open []string
	for {
		tt := z.Next()
		switch tt {
		case xhtml.ErrorToken:
			for i := len(open) - 1; i >= 0; i-- {
				b.WriteString("</" + open[i] + ">")
			}
			return template.HTML(b.String()) //nolint:gosec // built from escaped text and a fixed tag list
		case xhtml.TextToken:
			b.WriteString(html.EscapeString(string(z.Text()))) // the bubble keeps line breaks with white-space: pre-wrap
		case xhtml.StartTagToken:
			name, hasAttr := z.TagName()
			tag, ok := formatTags[string(name)]
			if !ok {
				continue
			}
			switch tag {
			case "a":
				href := ""
				for hasAttr {
					var k, v []byte
					k, v, hasAttr = z.TagAttr()
					if string(k) == "href" {
						href = safeURL(string(v))
					}
				}
				b.WriteString(`<a href="` + html.EscapeString(href) + `" rel="noopener noreferrer" target="_blank">`)
			default:
				b.WriteString("<" + tag + ">")
			}
			open = append(open, tag)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			tag, ok := formatTags[string(name)]
			if !ok || len(open) == 0 || open[len(open)-1] != tag {
				continue
			}
			open = open[:len(open)-1]
			b.WriteString("</" + tag + ">")
		}
	}
}
