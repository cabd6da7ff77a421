package mastodon

import (
	"strings"
	"unicode"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// minSummary is the shortest summary worth keeping; below it the status drops the summary.
const minSummary = 20

// render builds the status for p within limit characters as Mastodon counts them (graphemes,
// every URL 23, the content warning included):
//
//	title
//
//	summary
//
//	https://article.example/link
//
//	#tag1 #tag2
//
// When it does not fit, the summary is cut (at a sentence end where possible), then trailing
// hashtags are dropped, then the title is cut; the link is always kept.
func (c *Channel) render(p article.Post, limit int) (*statusRequest, error) {
	req := &statusRequest{Visibility: c.cfg.Visibility, Language: c.cfg.Language}
	if req.Language == "" {
		req.Language = language(p.Lang)
	}
	if c.spoiler != nil {
		var sb strings.Builder
		data := spoilerData{Title: p.Title, Source: p.Source, Author: p.Author, Tags: p.Tags, Published: p.Published}
		if err := c.spoiler.Execute(&sb, data); err != nil {
			return nil, channel.Errorf(channel.Permanent, "mastodon: spoiler template: %w", err)
		}
		req.SpoilerText = channel.Truncate(defuse(oneLine(sb.String())), limit/4, channel.Graphemes)
	}
	budget := limit - channel.Count(req.SpoilerText, channel.Weighted)
	title, summary, link := defuse(oneLine(p.Title)), defuse(strings.TrimSpace(p.Summary)), webURL(p.URL)
	tags := hashtags(p.Tags)
	w := func(s string) int { return channel.Count(s, channel.Weighted) }

	text := compose(title, summary, link, tags)
	if w(text) > budget {
		// Give the summary what the rest leaves, shrinking until the whole fits: a URL inside
		// the summary counts 23 however short it is, so one pass may not be enough.
		room := budget - w(compose(title, "", link, tags)) - 2
		for summary != "" && w(text) > budget {
			if room < minSummary {
				summary = ""
			} else {
				summary = channel.Truncate(summary, room, channel.Graphemes)
				room -= max(w(compose(title, summary, link, tags))-budget, 1)
			}
			text = compose(title, summary, link, tags)
		}
	}
	for len(tags) > 0 && w(text) > budget {
		tags = tags[:len(tags)-1]
		text = compose(title, summary, link, tags)
	}
	for room := budget - w(compose("", "", link, nil)) - 2; title != "" && w(text) > budget; room-- {
		title = channel.Truncate(title, max(room, 0), channel.Graphemes)
		text = compose(title, "", link, nil)
	}
	if n := w(text); n > budget || strings.TrimSpace(text) == "" {
		return nil, channel.Errorf(channel.TooLong, "mastodon: render: status is %d characters, limit %d", n, budget)
	}
	req.Status = text
	return req, nil
}

// defuse keeps article text from mentioning (and notifying) accounts: an "@" that would start
// a mention ("@alice", "@alice@example.social") becomes the full-width "＠", which reads the
// same and counts the same.
func defuse(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '@' || i+1 >= len(rs) || !isWord(rs[i+1]) {
			continue
		}
		if i == 0 || (!isWord(rs[i-1]) && rs[i-1] != '/') {
			rs[i] = '＠'
		}
	}
	return string(rs)
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// compose joins the non-empty parts with blank lines.
func compose(title, summary, link string, tags []string) string {
	var parts []string
	for _, s := range []string{title, summary, link, strings.Join(tags, " ")} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, "\n\n")
}

// hashtags turns tags into Mastodon hashtags: letters, digits and "_" only (so "Kakao T" is
// #KakaoT and "카카오" stays #카카오), not all digits, each once regardless of case.
func hashtags(tags []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range tags {
		var b strings.Builder
		digits := true
		for _, r := range t {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.Is(unicode.Mn, r) {
				b.WriteRune(r)
				if !unicode.IsDigit(r) {
					digits = false
				}
			}
		}
		tag := b.String()
		if tag == "" || digits || seen[strings.ToLower(tag)] {
			continue
		}
		seen[strings.ToLower(tag)] = true
		out = append(out, "#"+tag)
	}
	return out
}

// language reduces a post's language tag ("ko-KR", "en_US") to the ISO 639 code Mastodon takes.
func language(tag string) string {
	tag = strings.ToLower(strings.TrimSpace(tag))
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	if isoLanguage.MatchString(tag) {
		return tag
	}
	return ""
}

// webURL returns s when it is an absolute http(s) URL without spaces, else "".
func webURL(s string) string {
	s = strings.TrimSpace(s)
	if (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && !strings.ContainsFunc(s, unicode.IsSpace) {
		return s
	}
	return ""
}

// oneLine collapses runs of whitespace (newlines included) into single spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
