package bluesky

import (
	"crypto/sha256"
	"encoding/binary"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/rivo/uniseg"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Post limits from the app.bsky.feed.post lexicon: text maxGraphemes 300, maxLength 3000 bytes;
// langs at most 3.
const (
	maxGraphemes = 300
	maxTextBytes = 3000
	maxLinkShown = 30 // graphemes of the shortened link text (the facet carries the full URL)
	maxCardText  = 300
)

// Collection is the NSID of a Bluesky post record.
const Collection = "app.bsky.feed.post"

// record is an app.bsky.feed.post.
type record struct {
	Type      string   `json:"$type"`
	Text      string   `json:"text"`
	Facets    []facet  `json:"facets,omitempty"`
	Embed     *embed   `json:"embed,omitempty"`
	Langs     []string `json:"langs,omitempty"`
	CreatedAt string   `json:"createdAt"`
}

// facet annotates a byte range of the text (UTF-8 byte offsets, end exclusive).
type facet struct {
	Index    byteSlice `json:"index"`
	Features []feature `json:"features"`
}

type byteSlice struct {
	ByteStart int `json:"byteStart"`
	ByteEnd   int `json:"byteEnd"`
}

type feature struct {
	Type string `json:"$type"`
	URI  string `json:"uri"`
}

// embed is an app.bsky.embed.external link card.
type embed struct {
	Type     string   `json:"$type"`
	External external `json:"external"`
}

type external struct {
	URI         string `json:"uri"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Thumb       any    `json:"thumb,omitempty"` // a blob ref after upload (a string placeholder in previews)
}

// render builds the post record for p: "title\n\nsummary\n\nlink", at most 300 graphemes and
// 3000 bytes, with a link facet over the shortened link text pointing at the full URL, and an
// external card. The thumbnail is attached by Send after the upload.
func render(p article.Post, now time.Time) record {
	title := oneLine(p.Title)
	link, shown := "", ""
	if isHTTP(p.URL) {
		link, shown = p.URL, shortLink(p.URL)
	}
	// Budget: the link and separators first, then the title, then the summary gets the rest.
	budget := maxGraphemes
	bytesLeft := maxTextBytes
	if shown != "" {
		budget -= channel.Count(shown, channel.Graphemes) + 2
		bytesLeft -= len(shown) + 2
	}
	title = fit(title, budget, bytesLeft)
	budget -= channel.Count(title, channel.Graphemes) + 2
	bytesLeft -= len(title) + 2
	summary := ""
	if budget >= 20 {
		summary = fit(strings.TrimSpace(valid(p.Summary)), budget, bytesLeft)
	}
	var parts []string
	for _, s := range []string{title, summary} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	text := strings.Join(parts, "\n\n")
	r := record{Type: Collection, CreatedAt: now.UTC().Format("2006-01-02T15:04:05.000Z")}
	if shown != "" {
		if text != "" {
			text += "\n\n"
		}
		r.Facets = []facet{{
			Index:    byteSlice{ByteStart: len(text), ByteEnd: len(text) + len(shown)},
			Features: []feature{{Type: "app.bsky.richtext.facet#link", URI: link}},
		}}
		text += shown
		r.Embed = &embed{Type: "app.bsky.embed.external", External: external{
			URI:         link,
			Title:       fit(title, maxCardText, maxTextBytes),
			Description: fit(strings.TrimSpace(valid(p.Summary)), maxCardText, maxTextBytes),
		}}
	}
	r.Text = text
	if lang := langTag(p.Lang); lang != "" {
		r.Langs = []string{lang}
	}
	return r
}

// fit truncates s to n graphemes and b bytes.
func fit(s string, n, b int) string {
	s = channel.Truncate(s, n, channel.Graphemes)
	if len(s) > b {
		s = channel.Truncate(s, b, channel.Bytes)
	}
	return s
}

// shortLink is how the Bluesky app shows a link: host and path without the scheme and "www.",
// cut to 30 graphemes.
func shortLink(raw string) string {
	u, _ := url.Parse(raw)
	s := strings.TrimPrefix(u.Host, "www.") + u.EscapedPath()
	if u.RawQuery != "" {
		s += "?" + u.RawQuery
	}
	s = strings.TrimSuffix(s, "/")
	if channel.Count(s, channel.Graphemes) <= maxLinkShown {
		return s
	}
	// A plain grapheme cut: Truncate's sentence and word preferences would stop at a "." in the host.
	g, n, end := uniseg.NewGraphemes(s), 0, 0
	for n < maxLinkShown-1 && g.Next() {
		_, end = g.Positions()
		n++
	}
	return s[:end] + channel.Ellipsis
}

var langRe = regexp.MustCompile(`^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$`)

// langTag returns p.Lang as a BCP-47 tag, or "" when it is not one.
func langTag(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	if !langRe.MatchString(s) {
		return ""
	}
	return s
}

// oneLine collapses whitespace runs and replaces invalid UTF-8 (JSON would turn each bad byte
// into a 3-byte U+FFFD and shift every facet offset).
func oneLine(s string) string { return strings.Join(strings.Fields(valid(s)), " ") }

func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

func isHTTP(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// tidAlphabet is the base32-sortable alphabet of AT Protocol TIDs.
const tidAlphabet = "234567abcdefghijklmnopqrstuvwxyz"

// tidFallback is the time base for posts without a published time.
var tidFallback = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// TID derives the record key for a delivery: a syntactically valid TID (53-bit microsecond
// timestamp, 10-bit clock id) that depends only on the delivery key and the article's
// published second, so every attempt of a delivery uses the same rkey. The microseconds
// within that second and the clock id come from SHA-256 of the key: two deliveries published
// in the same second collide with probability 2^-30. Without a published time the whole
// timestamp is drawn from the hash within two weeks after 2024-01-01.
func TID(key string, published time.Time) string {
	sum := sha256.Sum256([]byte(key))
	h := binary.BigEndian.Uint64(sum[:8])
	var micros uint64
	if published.IsZero() || published.Year() < 2000 || published.Year() > 2200 {
		micros = uint64(tidFallback.UnixMicro()) + (h>>24)%(1<<40)
	} else {
		micros = uint64(published.Unix())*1e6 + (h>>10)%1e6
	}
	v := (micros&(1<<53-1))<<10 | h&0x3ff
	var b [13]byte
	for i := 12; i >= 0; i-- {
		b[i] = tidAlphabet[v&31]
		v >>= 5
	}
	return string(b[:])
}
