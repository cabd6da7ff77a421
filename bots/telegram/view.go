package telegram

import (
	"strings"

	xhtml "golang.org/x/net/html"

	"paperboy/core/channel"
)

// View draws the first message Send would post for d (the photo of a split post, as Preview
// shows it): the bubble's HTML, its photo, the link preview card, and the text length in
// UTF-16 units against the caption or text limit.
func (c *Channel) View(d channel.Delivery) (channel.View, error) {
	calls, err := c.plan(d)
	if err != nil {
		return channel.View{}, err
	}
	f := calls[0].fields
	body, limit := f["text"], TextMax
	if caption, ok := f["caption"]; ok {
		body, limit = caption, CaptionMax
	}
	html, _ := body.(string)
	v := channel.View{Style: channel.StyleChat, HTML: html, Text: plainText(html)}
	v.Image, _ = f["photo"].(string)
	if lp, ok := f["link_preview_options"].(map[string]any); ok && lp["is_disabled"] != true {
		u, _ := lp["url"].(string)
		v.Link = &channel.LinkCard{URL: u, Description: d.Post.Summary,
			Large: lp["prefer_large_media"] == true, Above: lp["show_above_text"] == true}
	}
	v.Counts = []channel.Length{{Label: "text", N: channel.Count(v.Text, channel.UTF16), Max: limit, Unit: channel.UTF16}}
	return v, nil
}

// plainText is what a reader sees of parse_mode HTML (markup removed, entities decoded):
// what Telegram counts.
func plainText(s string) string {
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

var _ channel.Viewer = (*Channel)(nil)
