package extract

import (
	"net/url"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzRules20 feeds one string to the twentieth round's rules directly (issue 20, branch
// fuzz20): the editor's credit cut from a byline, a Chinese outlet before a reporter's name, the
// Blog Archive cut and empty parts of a title, an address's mixed day, a bare "By" line's label
// and the markup bareByline, labelledByline and printsHeadline read, and prefixRe against its
// expression. None may panic; cuts of a title only shorten it, names out are valid UTF-8 when
// the input is, and every prefixRe answers as its expression.
func FuzzRules20(f *testing.F) {
	for _, s := range []string{
		"By Jane Roe | Editor John Doe", "| Editor Jane Roe", "Edited by Mary Poe | By Jane", "Redaktur: Budi", "Editor at large Jane",
		"中廣 溫蘭魁", "中央社 記者", "Blog Name » Blog Archive » Post", "Post » Blog Name » Blog Archive", "» Blog Archive »",
		"Story |  | Author | Site", " | | | | ", "/2019-12/10/story", "/2019/12-10/", "6/23/2005 3:58 PM By",
		"by Jane Roe<br>", `By <a href="mailto:j@x">Jane Roe</a><br>`, `<td><strong>Reporter :</strong> Jane Roe</td>`,
		`<a href="/"><img src=l.png></a><div>Council votes to rebuild the pier</div><span>2019-12-10</span>`, "By", "b", "\xff", "»",
	} {
		f.Add(s)
	}
	rules := speed20Anchored()
	for name, p := range map[string]*prefixRe{"recircHeadingRe": recircHeadingRe, "readAlsoRe": readAlsoRe, "ctaStartRe": ctaStartRe,
		"appealHeadRe": appealHeadRe} {
		rules[name] = p
	}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 4096 {
			return
		}
		valid := utf8.ValidString(s)
		if out := withoutEditorCredits(s); valid && !utf8.ValidString(out) {
			t.Fatalf("withoutEditorCredits(%q) = %q: invalid UTF-8", s, out)
		}
		if outlet, name, ok := strings.Cut(s, " "); ok {
			zhOutletBeforeName(outlet, name)
		}
		if out := withoutBlogArchive(s); len(out) > len(s) || valid && !utf8.ValidString(out) {
			t.Fatalf("withoutBlogArchive(%q) = %q", s, out)
		}
		if out := withoutEmptyParts(s); len(out) > len(s) || strings.Contains(out, " | | ") {
			t.Fatalf("withoutEmptyParts(%q) = %q", s, out)
		}
		urlDate(&url.URL{Path: s}, time.UTC)
		cutByWord(s)
		doc, err := html.Parse(strings.NewReader("<title>" + s + "</title><body><div>" + s + "</div><table><tr><td>" + s + "</td></tr></table>"))
		if err != nil {
			return
		}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			switch n.Type {
			case html.TextNode:
				if out := bareByline(n); valid && !utf8.ValidString(out) {
					t.Fatalf("bareByline on %q gave %q: invalid UTF-8", s, out)
				}
			case html.ElementNode:
				if out := labelledByline(n); valid && !utf8.ValidString(out) {
					t.Fatalf("labelledByline on %q gave %q: invalid UTF-8", s, out)
				}
				printsHeadline(n, s)
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		for name, p := range rules {
			p.prepare() // compiles the expression (mustPrefixRe compiles on first use)
			if got, want := p.MatchString(s), p.Regexp.MatchString(s); got != want {
				t.Fatalf("%s.MatchString(%q) = %v, its expression %v", name, s, got, want)
			}
		}
	})
}
