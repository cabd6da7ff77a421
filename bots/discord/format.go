package discord

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Discord's documented message limits, all counted in Unicode code points.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFooter      = 2048
	maxAuthor      = 256
	maxEmbedTotal  = 6000
	maxNonce       = 25
	maxURL         = 2048
)

// message is the body of both "execute webhook" and "create message". discordgo's
// MessageSend has no nonce/enforce_nonce and always emits null components and sticker_ids,
// so the top level is ours; the embed and allowed_mentions are discordgo's own types.
type message struct {
	Content         string                            `json:"content,omitempty"`
	Username        string                            `json:"username,omitempty"`
	AvatarURL       string                            `json:"avatar_url,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// contentData is what the content template sees.
type contentData struct {
	Title, URL, Summary, Source, Author string
	Published                           time.Time
	Tags                                []string
	Share                               article.ShareLinks // .Share.Facebook .Share.X .Share.Telegram .Share.Line
}

// render builds the message for d. Every length limit is enforced here, before sending,
// so Discord never has to answer 50035 for text we produced.
func (c *Channel) render(d channel.Delivery) (*message, error) {
	p := d.Post
	m := &message{
		// A non-nil empty slice: "parse": [] pings nobody, even for "@everyone" in a headline.
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
		Embeds:          []*discordgo.MessageEmbed{c.embed(p)},
	}
	if c.content != nil {
		var sb strings.Builder
		data := contentData{Title: p.Title, URL: p.URL, Summary: p.Summary, Source: p.Source,
			Author: p.Author, Published: p.Published.In(c.loc), Tags: p.Tags, Share: article.Share(p.URL, p.Title)}
		if err := c.content.Execute(&sb, data); err != nil {
			return nil, channel.Errorf(channel.Permanent, "discord: content template: %w", err)
		}
		m.Content = channel.Truncate(strings.TrimSpace(sb.String()), maxContent, channel.CodePoints)
	}
	if c.cfg.Mode == ModeWebhook {
		m.Username = channel.Truncate(c.cfg.Username, 80, channel.CodePoints)
		m.AvatarURL = c.cfg.AvatarURL
	} else {
		m.Nonce = nonce(d.Key)
		m.EnforceNonce = true
	}
	return m, nil
}

// embed renders the one rich embed: title linked to the article, summary, lead image,
// source with its favicon, footer with the published time, side color.
func (c *Channel) embed(p article.Post) *discordgo.MessageEmbed {
	cp := channel.CodePoints
	e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: c.color}
	if e.Color < 0 {
		e.Color = sourceColor(p.Source)
	}
	e.Title = channel.Truncate(oneLine(p.Title), maxTitle, cp)
	if e.Title == "" {
		e.Title = channel.Truncate(oneLine(p.URL), maxTitle, cp)
	}
	if link := webURL(p.URL); link != "" {
		e.URL = link
	}
	if img := webURL(p.ImageURL); img != "" {
		e.Image = &discordgo.MessageEmbedImage{URL: img}
	}
	if src := channel.Truncate(oneLine(p.Source), maxAuthor, cp); src != "" {
		e.Author = &discordgo.MessageEmbedAuthor{Name: src}
		if u, err := url.Parse(e.URL); err == nil && e.URL != "" {
			e.Author.URL = u.Scheme + "://" + u.Host + "/"
			e.Author.IconURL = u.Scheme + "://" + u.Host + "/favicon.ico"
		}
	}
	footer := oneLine(p.Source)
	if !p.Published.IsZero() {
		e.Timestamp = p.Published.UTC().Format(time.RFC3339)
		when := p.Published.In(c.loc).Format("2006-01-02 15:04 MST")
		if footer != "" {
			footer += " · " + when
		} else {
			footer = when
		}
	}
	if footer = channel.Truncate(footer, maxFooter, cp); footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	// The description gets whatever the 6000-character embed total leaves after the rest.
	used := channel.Count(e.Title, cp) + channel.Count(footer, cp)
	if e.Author != nil {
		used += channel.Count(e.Author.Name, cp)
	}
	e.Description = channel.Truncate(strings.TrimSpace(p.Summary), min(maxDescription, maxEmbedTotal-used), cp)
	return e
}

// embedLength is the embed text Discord counts towards its 6000 total.
func embedLength(e *discordgo.MessageEmbed) int {
	cp := channel.CodePoints
	n := channel.Count(e.Title, cp) + channel.Count(e.Description, cp)
	if e.Footer != nil {
		n += channel.Count(e.Footer.Text, cp)
	}
	if e.Author != nil {
		n += channel.Count(e.Author.Name, cp)
	}
	for _, f := range e.Fields {
		n += channel.Count(f.Name, cp) + channel.Count(f.Value, cp)
	}
	return n
}

// check re-verifies every limit on the final message: a render bug must surface as TooLong
// here, not as a 50035 from Discord.
func check(m *message) error {
	cp := channel.CodePoints
	if n := channel.Count(m.Content, cp); n > maxContent {
		return fmt.Errorf("content is %d characters, limit %d", n, maxContent)
	}
	if len(m.Embeds) > 10 {
		return fmt.Errorf("%d embeds, limit 10", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		switch {
		case channel.Count(e.Title, cp) > maxTitle:
			return fmt.Errorf("embed title over %d characters", maxTitle)
		case channel.Count(e.Description, cp) > maxDescription:
			return fmt.Errorf("embed description over %d characters", maxDescription)
		case e.Footer != nil && channel.Count(e.Footer.Text, cp) > maxFooter:
			return fmt.Errorf("embed footer over %d characters", maxFooter)
		case e.Author != nil && channel.Count(e.Author.Name, cp) > maxAuthor:
			return fmt.Errorf("embed author over %d characters", maxAuthor)
		}
		total += embedLength(e)
	}
	if total > maxEmbedTotal {
		return fmt.Errorf("embeds total %d characters, limit %d", total, maxEmbedTotal)
	}
	if len(m.Nonce) > maxNonce {
		return fmt.Errorf("nonce is %d characters, limit %d", len(m.Nonce), maxNonce)
	}
	return nil
}

// nonce derives Discord's message nonce (≤ 25 characters) from the delivery key: the same
// delivery always gets the same nonce, so enforce_nonce turns a retried create into a no-op.
func nonce(key string) string {
	sum := sha256.Sum256([]byte("paperboy-discord-nonce:" + key))
	return hex.EncodeToString(sum[:])[:maxNonce]
}

// webURL returns s when it is an absolute http(s) URL Discord will accept in an embed, else "".
func webURL(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxURL || !isHTTPURL(s) {
		return ""
	}
	return s
}

// oneLine collapses runs of whitespace (newlines included) into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// MaxContent is the most characters (code points) a message's content may hold.
const MaxContent = maxContent

// Look renders embeds exactly as a channel with default settings does; the editor bot
// (bots/discord/editorbot) shows its previews through it.
type Look struct{ c *Channel }

// NewLook returns a Look that writes times in loc.
func NewLook(loc *time.Location) *Look { return &Look{c: &Channel{color: -1, loc: loc}} }

// Embed is the embed a channel posts for p.
func (l *Look) Embed(p article.Post) *discordgo.MessageEmbed { return l.c.embed(p) }

// Snowflake reports whether s is a Discord id (a snowflake: up to 20 digits).
func Snowflake(s string) bool { return snowflake.MatchString(s) }
