package slack

import (
	"fmt"
	"net/url"
	"strings"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Slack's documented Block Kit and message limits, counted in characters (code points).
const (
	maxHeader     = 150   // header block plain_text
	maxSection    = 3000  // section text
	maxAltText    = 2000  // image alt_text
	maxURL        = 3000  // image_url and button url
	maxButtonText = 75    // button text
	maxContext    = 3000  // one context element's text
	maxText       = 4000  // top-level text: Slack allows 40,000 but truncates display at 4,000
	maxBlocks     = 50    // blocks per message
	maxMessage    = 40000 // a message's text, beyond which chat.postMessage answers msg_too_long
)

// Message is the JSON body of chat.postMessage and of an incoming webhook post.
type Message struct {
	Channel     string  `json:"channel,omitempty"` // empty for webhooks: they are bound to one channel
	Text        string  `json:"text"`              // notification and accessibility fallback (mrkdwn)
	Blocks      []Block `json:"blocks"`            // the Block Kit layout
	UnfurlLinks bool    `json:"unfurl_links"`      // false: our blocks already show the article
	UnfurlMedia bool    `json:"unfurl_media"`      // false: likewise for the image
}

// Block is one Block Kit layout block; only the fields of its Type are set.
type Block struct {
	Type     string    `json:"type"`                // header, section, image, context or actions
	Text     *Text     `json:"text,omitempty"`      // header and section
	ImageURL string    `json:"image_url,omitempty"` // image
	AltText  string    `json:"alt_text,omitempty"`  // image
	Elements []Element `json:"elements,omitempty"`  // context (text objects) and actions (buttons)
}

// Text is a Block Kit text object.
type Text struct {
	Type     string `json:"type"`               // plain_text or mrkdwn
	Text     string `json:"text"`               // the text, escaped when mrkdwn
	Emoji    bool   `json:"emoji,omitempty"`    // plain_text: render :shortcodes:
	Verbatim bool   `json:"verbatim,omitempty"` // mrkdwn: no auto-linking of names, channels or URLs
}

// Element is a context element (a text object) or an actions element (a link button).
type Element struct {
	Type     string `json:"type"`                // mrkdwn or button
	Text     any    `json:"text"`                // string for mrkdwn, *Text for a button
	URL      string `json:"url,omitempty"`       // button
	ActionID string `json:"action_id,omitempty"` // button
	Verbatim bool   `json:"verbatim,omitempty"`  // mrkdwn
}

// render builds the Block Kit message for p: a header with the title, the summary as mrkdwn
// (escaped, so "<b>" and "&" show as written and nothing can become a mention), the lead image,
// a context line (source · time · author) and the article link as a line or a button.
func (c *Channel) render(p article.Post) (*Message, error) {
	cp := channel.CodePoints
	m := &Message{}
	if c.cfg.Mode() == ModeAPI {
		m.Channel = c.cfg.Channel
	}
	title := oneLine(p.Title)
	link := webURL(p.URL)
	if title != "" {
		m.Blocks = append(m.Blocks, Block{Type: "header", Text: &Text{Type: "plain_text", Emoji: true,
			Text: channel.Truncate(title, maxHeader, cp)}})
	}
	label := c.linkText(p.Lang)
	button := c.cfg.Button
	linkLine := ""
	if link != "" && !button {
		linkLine = "<" + escapeURL(link) + "|" + escapeLabel(label) + " →>"
		if channel.Count(linkLine, cp) > maxSection/3 {
			// A huge URL would crowd out the summary: the button carries it instead.
			linkLine, button = "", true
		}
	}
	budget := maxSection
	if linkLine != "" {
		budget -= channel.Count(linkLine, cp) + 2
	}
	section := fitEscaped(strings.TrimSpace(p.Summary), budget)
	if linkLine != "" {
		if section != "" {
			section += "\n\n"
		}
		section += linkLine
	}
	if section != "" {
		m.Blocks = append(m.Blocks, Block{Type: "section", Text: &Text{Type: "mrkdwn", Text: section, Verbatim: true}})
	}
	if img := webURL(p.ImageURL); img != "" {
		alt := channel.Truncate(title, maxAltText, cp)
		if alt == "" {
			alt = "image"
		}
		m.Blocks = append(m.Blocks, Block{Type: "image", ImageURL: img, AltText: alt})
	}
	if ctx := c.contextLine(p); ctx != "" {
		m.Blocks = append(m.Blocks, Block{Type: "context", Elements: []Element{{Type: "mrkdwn", Text: ctx, Verbatim: true}}})
	}
	if link != "" && button {
		m.Blocks = append(m.Blocks, Block{Type: "actions", Elements: []Element{{Type: "button", URL: link,
			ActionID: "paperboy_open_article", Text: &Text{Type: "plain_text", Text: label, Emoji: true}}}})
	}
	switch {
	case title != "":
		m.Text = fitEscaped(title, maxText)
	case link != "":
		m.Text = "<" + escapeURL(link) + ">"
	default:
		m.Text = fitEscaped(strings.TrimSpace(p.Summary), maxText)
	}
	if m.Text == "" && len(m.Blocks) == 0 {
		return nil, channel.Errorf(channel.Permanent, "slack: render: the post has no title, summary or link")
	}
	if err := check(m); err != nil {
		return nil, channel.Errorf(channel.TooLong, "slack: render: %w", err)
	}
	return m, nil
}

// linkText is the configured label, or one in the post's language.
func (c *Channel) linkText(lang string) string {
	if c.cfg.LinkText != "" {
		return c.cfg.LinkText
	}
	if strings.HasPrefix(strings.ToLower(lang), "ko") {
		return "기사 보기"
	}
	return "Read more"
}

// contextLine is "source · 2022-10-15 23:03 KST · author", escaped for mrkdwn.
func (c *Channel) contextLine(p article.Post) string {
	var parts []string
	if s := oneLine(p.Source); s != "" {
		parts = append(parts, s)
	}
	if !p.Published.IsZero() {
		parts = append(parts, p.Published.In(c.loc).Format("2006-01-02 15:04 MST"))
	}
	if a := oneLine(p.Author); a != "" {
		parts = append(parts, a)
	}
	return fitEscaped(strings.Join(parts, " · "), maxContext)
}

// escape makes text literal in mrkdwn: Slack reads only &, < and > as control characters.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// escapeLabel escapes a link label, which additionally may not contain "|".
func escapeLabel(s string) string {
	return escape(strings.ReplaceAll(s, "|", "¦"))
}

// escapeURL makes a URL safe inside <url|label>: entities for &, < and >, and percent-escapes
// for "|" and whitespace, which would end the URL part.
func escapeURL(s string) string {
	s = strings.NewReplacer("|", "%7C", " ", "%20", "\n", "%0A", "\t", "%09").Replace(s)
	return escape(s)
}

// fitEscaped truncates s (plain text) so that its mrkdwn-escaped form is at most max code
// points: the text is cut first and escaped after, so an entity is never split. Escaping
// lengthens text unevenly, so the plain budget shrinks in proportion until the result fits.
func fitEscaped(s string, max int) string {
	budget := max
	for budget > 0 {
		out := escape(channel.Truncate(s, budget, channel.CodePoints))
		n := channel.Count(out, channel.CodePoints)
		if n <= max {
			return out
		}
		next := budget * max / n
		if next >= budget {
			next = budget - 1
		}
		budget = next
	}
	return ""
}

// check re-verifies Slack's limits on the final message, so a render bug surfaces as TooLong
// here rather than as invalid_blocks from Slack.
func check(m *Message) error {
	cp := channel.CodePoints
	if len(m.Blocks) > maxBlocks {
		return fmt.Errorf("%d blocks, limit %d", len(m.Blocks), maxBlocks)
	}
	if n := channel.Count(m.Text, cp); n > maxText {
		return fmt.Errorf("text is %d characters, limit %d", n, maxText)
	}
	for i, b := range m.Blocks {
		switch {
		case b.Type == "header" && channel.Count(b.Text.Text, cp) > maxHeader:
			return fmt.Errorf("blocks[%d] header over %d characters", i, maxHeader)
		case b.Type == "section" && channel.Count(b.Text.Text, cp) > maxSection:
			return fmt.Errorf("blocks[%d] section over %d characters", i, maxSection)
		case b.Type == "image" && (len(b.ImageURL) > maxURL || channel.Count(b.AltText, cp) > maxAltText):
			return fmt.Errorf("blocks[%d] image url or alt text too long", i)
		}
	}
	return nil
}

// webURL returns s when it is an absolute http(s) URL Slack accepts, else "".
func webURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(s) > maxURL {
		return ""
	}
	return s
}

// oneLine collapses runs of whitespace (newlines included) into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
