package matrix

import (
	"html"
	"net/url"
	"strings"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Size limits. A Matrix event (the whole PDU with signatures) must stay under 65,536 bytes;
// content carries the text twice (body and formatted_body, where escaping can grow "&" to
// "&amp;"), so each rendered text is capped well below half of it.
const (
	maxEvent   = 65536 // the spec's limit for a whole event
	maxContent = 60000 // what our content may take, leaving room for the envelope
	maxText    = 24000 // body and formatted_body, each, in bytes
	maxTitle   = 1000  // title bytes before escaping
	maxAlt     = 200   // the inline image's alt text (the title, cut) in bytes before escaping
)

// content is the m.room.message event content we send.
type content struct {
	MsgType       string `json:"msgtype"`
	Body          string `json:"body"`
	Format        string `json:"format"`
	FormattedBody string `json:"formatted_body"`
}

// render builds the event content: a plain body for clients without HTML, and an HTML
// formatted_body with the uploaded lead image (img may be nil), the title linked, the
// summary, and a "source · author · time" line. Text is truncated before escaping, so no
// entity or tag is ever cut.
func render(p article.Post, msgType string, loc *time.Location, img *inlineImage) content {
	title := channel.Truncate(oneLine(p.Title), maxTitle, channel.Bytes)
	meta := metaLine(p, loc)
	link := ""
	if isHTTP(p.URL) {
		link = p.URL
	}
	imgTag := ""
	if img != nil {
		imgTag = img.tag(channel.Truncate(title, maxAlt, channel.Bytes))
	}
	// The summary gets what is left after image, title, link and meta line, in the escaped form's worst case (×5 for &quot;).
	room := maxText/5 - len(imgTag)/5 - len(title) - len(link) - len(meta) - 16
	summary := channel.Truncate(strings.TrimSpace(p.Summary), max(room, 0), channel.Bytes)

	var plain []string
	for _, s := range []string{title, summary, link, meta} {
		if s != "" {
			plain = append(plain, s)
		}
	}
	var b strings.Builder
	b.WriteString(imgTag)
	switch {
	case title != "" && link != "":
		b.WriteString(`<p><a href="` + html.EscapeString(link) + `"><strong>` + html.EscapeString(title) + `</strong></a></p>`)
	case title != "":
		b.WriteString(`<p><strong>` + html.EscapeString(title) + `</strong></p>`)
	case link != "":
		b.WriteString(`<p><a href="` + html.EscapeString(link) + `">` + html.EscapeString(link) + `</a></p>`)
	}
	if summary != "" {
		b.WriteString("<p>" + strings.ReplaceAll(html.EscapeString(summary), "\n", "<br>") + "</p>")
	}
	if meta != "" {
		b.WriteString("<p><em>" + html.EscapeString(meta) + "</em></p>")
	}
	body := strings.Join(plain, "\n\n")
	if body == "" {
		body = "(untitled)"
		b.WriteString("<p>(untitled)</p>")
	}
	return content{MsgType: msgType, Body: body, Format: "org.matrix.custom.html", FormattedBody: b.String()}
}

// metaLine is "한국금융신문 · 정은경 · 2022-10-15 23:03".
func metaLine(p article.Post, loc *time.Location) string {
	var parts []string
	if s := oneLine(p.Source); s != "" {
		parts = append(parts, channel.Truncate(s, 200, channel.Bytes))
	}
	if a := oneLine(p.Author); a != "" {
		parts = append(parts, channel.Truncate(a, 200, channel.Bytes))
	}
	if !p.Published.IsZero() {
		parts = append(parts, p.Published.In(loc).Format("2006-01-02 15:04"))
	}
	return strings.Join(parts, " · ")
}

// oneLine collapses runs of whitespace (titles from feeds carry newlines and tabs).
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
