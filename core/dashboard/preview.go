package dashboard

import (
	"encoding/json"
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

// preview is one channel's rendering of a pushed article, as its platform will show it.
type preview struct {
	Channel, Type string
	Kind          string // telegram | discord | text
	Err           string
	Counts        []count

	// Telegram: the photo (sendPhoto), the bubble's HTML, and the link preview card.
	Photo       string
	Bubble      template.HTML
	LinkURL     string
	LinkLarge   bool
	LinkAbove   bool
	Description string

	// Discord: the webhook username, the message content and the first embed.
	Username string
	Content  string
	Embed    *dcEmbed

	// Other platforms: the text the request carries.
	Text string
}

// dcEmbed is the part of a Discord embed the card shows.
type dcEmbed struct {
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

// previewFor renders a on ch through its Previewer: the exact request the channel would send,
// drawn the way the platform displays it.
func previewFor(ch channel.Channel, typ string, a *article.Article) preview {
	pv := preview{Channel: ch.Name(), Type: typ, Kind: "text"}
	lim := ch.Limits()
	unit := unitKeys[lim.Unit]
	p := a.Post()
	rp, ok := ch.(channel.Previewer)
	if !ok {
		pv.Text = p.Title + "\n\n" + p.Summary + "\n" + p.URL
		pv.Counts = []count{{Label: "text", N: channel.Count(pv.Text, lim.Unit), Max: lim.TextMax, Unit: unit}}
		return pv
	}
	req, err := rp.Preview(channel.Delivery{Key: outbox.Key(ch.Name(), a.ID), Post: p, Attempt: 1})
	if err != nil {
		pv.Err = err.Error()
		return pv
	}
	f := req.Fields
	switch {
	case typ == "telegram":
		pv.Kind = "telegram"
		body, max := str(f["text"]), lim.TextMax
		if c, ok := f["caption"]; ok {
			body, max = str(c), lim.CaptionMax
		}
		pv.Photo = safeURL(str(f["photo"]))
		pv.Bubble = telegramHTML(body)
		if lp, ok := f["link_preview_options"].(map[string]any); ok && lp["is_disabled"] != true {
			pv.LinkURL = safeURL(str(lp["url"]))
			pv.LinkLarge, pv.LinkAbove = lp["prefer_large_media"] == true, lp["show_above_text"] == true
			pv.Description = p.Summary
		}
		pv.Counts = []count{{Label: "text", N: channel.Count(telegramText(body), lim.Unit), Max: max, Unit: unit}}
	case typ == "discord":
		pv.Kind = "discord"
		pv.Username, pv.Content = str(f["username"]), str(f["content"])
		if list, ok := f["embeds"].([]any); ok && len(list) > 0 {
			if m, ok := list[0].(map[string]any); ok {
				pv.Embed = discordEmbed(m)
			}
		}
		total := channel.Count(pv.Content, lim.Unit)
		if e := pv.Embed; e != nil {
			pv.Counts = append(pv.Counts, count{Label: "desc", N: channel.Count(e.Description, lim.Unit), Max: 4096, Unit: unit})
			n := 0
			for _, s := range []string{e.Title, e.Description, e.Footer, e.Author} {
				n += channel.Count(s, lim.Unit)
			}
			pv.Counts = append(pv.Counts, count{Label: "embed", N: n, Max: 6000, Unit: unit})
		}
		if pv.Content != "" || pv.Embed == nil {
			pv.Counts = append(pv.Counts, count{Label: "text", N: total, Max: lim.TextMax, Unit: unit})
		}
	default:
		for _, k := range []string{"text", "status", "content", "message", "body", "caption"} {
			if s := str(f[k]); s != "" {
				pv.Text = s
				break
			}
		}
		if pv.Text == "" {
			b, _ := json.MarshalIndent(f, "", "  ")
			pv.Text = string(b)
		}
		pv.Counts = []count{{Label: "text", N: channel.Count(pv.Text, lim.Unit), Max: lim.TextMax, Unit: unit}}
	}
	return pv
}

func discordEmbed(m map[string]any) *dcEmbed {
	e := &dcEmbed{Title: str(m["title"]), URL: safeURL(str(m["url"])), Description: str(m["description"])}
	if f, ok := m["footer"].(map[string]any); ok {
		e.Footer = str(f["text"])
	}
	if im, ok := m["image"].(map[string]any); ok {
		e.Image = safeURL(str(im["url"]))
	}
	if th, ok := m["thumbnail"].(map[string]any); ok {
		e.Thumbnail = safeURL(str(th["url"]))
	}
	if au, ok := m["author"].(map[string]any); ok {
		e.Author, e.AuthorIcon = str(au["name"]), safeURL(str(au["icon_url"]))
	}
	if n, ok := m["color"].(json.Number); ok {
		if v, err := n.Int64(); err == nil && v >= 0 && v <= 0xFFFFFF {
			e.Color = fmt.Sprintf("#%06x", v)
		}
	}
	return e
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

// safeURL keeps only http(s) URLs for src and href attributes.
func safeURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return ""
	}
	return u.String()
}

// telegramTags are the tags Telegram's HTML parse mode renders; everything else is shown as text.
var telegramTags = map[string]string{
	"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "ins": "u", "s": "s", "strike": "s", "del": "s",
	"code": "code", "pre": "pre", "blockquote": "blockquote", "tg-spoiler": "span", "a": "a",
}

// telegramHTML rebuilds Telegram parse_mode=HTML text as safe HTML for the bubble: only the
// tags Telegram renders, only http(s) links, text escaped.
func telegramHTML(s string) template.HTML {
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
			tag, ok := telegramTags[string(name)]
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
			case "span":
				b.WriteString(`<span class="spoiler">`)
			default:
				b.WriteString("<" + tag + ">")
			}
			open = append(open, tag)
		case xhtml.EndTagToken:
			name, _ := z.TagName()
			tag, ok := telegramTags[string(name)]
			if !ok || len(open) == 0 || open[len(open)-1] != tag {
				continue
			}
			open = open[:len(open)-1]
			b.WriteString("</" + tag + ">")
		}
	}
}

// telegramText is what a reader sees (markup removed, entities decoded): Telegram counts that.
func telegramText(s string) string {
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.TextToken:
			b.Write(z.Text())
		}
	}
}
