package article

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Field limits applied at ingest, before an article is stored, queued, logged or posted: a
// feed or page is untrusted input, and a 1 MB <title> must not travel any further. Every
// platform has tighter limits of its own; these only keep garbage bounded. Text limits count
// characters (code points) and cut on a grapheme boundary with "…".
const (
	MaxTitle       = 300     // characters
	MaxSummary     = 2000    // characters (the summary budget per source is far smaller)
	MaxBody        = 100_000 // characters of extracted text kept for an LLM summary
	MaxAuthor      = 200     // characters
	MaxSourceTitle = 200     // characters
	MaxTags        = 20      // tags per article; the rest are dropped
	MaxTag         = 50      // characters per tag
	MaxURL         = 2048    // bytes of the article link or image URL: a longer link is refused, a longer image URL dropped
	MaxLang        = 35      // bytes of a language tag (the longest sensible BCP 47 tag); a longer one is dropped
)

// Bound cuts every field of a to its limit (see MaxTitle and the others) and reports whether
// anything was cut. The link is not cut (a cut URL is a broken one): callers refuse an item
// whose link is longer than MaxURL before it becomes an article.
func (a *Article) Bound() bool {
	cut := false
	clip := func(s *string, n int) {
		if c := Clip(*s, n); c != *s {
			*s, cut = c, true
		}
	}
	clip(&a.Title, MaxTitle)
	clip(&a.Summary, MaxSummary)
	clip(&a.Body, MaxBody)
	clip(&a.Author, MaxAuthor)
	clip(&a.SourceTitle, MaxSourceTitle)
	if len(a.ImageURL) > MaxURL {
		a.ImageURL, cut = "", true
	}
	if len(a.Lang) > MaxLang {
		a.Lang, cut = "", true
	}
	var tags []string
	for _, t := range a.Tags {
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if len(tags) == MaxTags {
			cut = true
			break
		}
		c := Clip(t, MaxTag)
		cut = cut || c != t
		tags = append(tags, c)
	}
	if len(tags) != len(a.Tags) {
		cut = true
	}
	a.Tags = tags
	return cut
}

// Clip returns s cut to at most n characters on a grapheme boundary, ending in "…" when cut;
// invalid UTF-8 is replaced first.
func Clip(s string, n int) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	var b strings.Builder
	count := 0
	g := uniseg.NewGraphemes(s)
	for g.Next() {
		r := g.Runes()
		if count+len(r) > n-1 {
			break
		}
		b.WriteString(g.Str())
		count += len(r)
	}
	return strings.TrimRightFunc(b.String(), func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) + "…"
}
