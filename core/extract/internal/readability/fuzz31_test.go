package readability

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// cleanBoth runs cleanConditionally for tag on src parsed twice, once summing each node's
// measures from its children's (tidy31's cleanstats.go) and once walking each node as upstream
// did (perNodeClean), and returns the two trees rendered.
func cleanBoth(t *testing.T, src, tag string) (summed, perNode string) {
	t.Helper()
	var out [2]string
	for i, each := range []bool{false, true} {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		ps := NewParser()
		ps.flags.cleanConditionally = true
		ps.perNodeClean = each
		ps.cleanConditionally(doc, tag)
		var r strings.Builder
		if err := html.Render(&r, doc); err != nil {
			t.Fatal(err)
		}
		out[i] = r.String()
	}
	return out[0], out[1]
}

// FuzzCleanSummed31 checks tidy31's cleanConditionally, which sums each node's measures from its
// children's in one walk (issue 20, thirty-first round, branch fuzz31): on any page the fuzzer
// writes, and on the page set inside nested divs, lists and tables, the tree it leaves is the one
// upstream's per-node walk leaves, for every tag prepArticle cleans; and the text summaries of a
// text cut at any two points, joined, give collapsedLen of the whole (valid UTF-8).
func FuzzCleanSummed31(f *testing.F) {
	for _, s := range []string{
		"<div><p>a, b, c</p><ul><li>x</li></ul></div>", `<div class=sidebar><a href="#top">Top</a> text</div>`,
		`<table><tr><td><div><img src=a.png><img src=b.png></div></td></tr></table>`, "<ul><li><img src=a.png></li><li><img src=b.png></li></ul>",
		`<div><iframe src="https://www.youtube.com/embed/x"></iframe>short</div>`, `<div><object data=x><param value="vimeo.com/1"></object></div>`,
		"<div>  \u00a0 <h2>Heading</h2>\v text \u3000</div>", "<form><input><input><p>x</p></form>", "<fieldset><legend>a</legend></fieldset>",
		"<div>\xff\xe3\x80 <a href=/x>link</a></div>", "<div><div><div><p>deep, deep, deep</p></div></div></div>", "<code><div>x</div></code>",
		"<figure><div><img src=a><img src=b></div></figure>", " \t\n ", "",
	} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		if len(s) > 4096 {
			return
		}
		if utf8.ValidString(s) && len(s) > 0 {
			i := cut % (len(s) + 1)
			if i < 0 {
				i = -i
			}
			for i > 0 && !utf8.RuneStart(s[i%len(s)]) && i < len(s) {
				i--
			}
			j := (i + len(s)) / 2
			for j > i && j < len(s) && !utf8.RuneStart(s[j]) {
				j--
			}
			sum := summarizeText(s[:i]).join(summarizeText(s[i:j])).join(summarizeText(s[j:]))
			if got, want := sum.length(), collapsedLen([]byte(s)); got != want {
				t.Fatalf("%q cut at %d and %d: joined summaries %d, collapsedLen %d", s, i, j, got, want)
			}
		}
		depth := cut % 8
		if depth < 0 {
			depth = -depth
		}
		pages := []string{s,
			strings.Repeat("<div>", depth) + s + strings.Repeat("</div>", depth) + s,
			"<table><tr><td><ul><li>" + s + "</li><li><div>" + s + "</div></li></ul></td></tr></table><div>" + s + "</div>",
		}
		for _, src := range pages {
			for _, tag := range []string{"form", "fieldset", "table", "ul", "div"} {
				if a, b := cleanBoth(t, src, tag); a != b {
					t.Fatalf("%q, %s: summed\n%s\nper node\n%s", src, tag, a, b)
				}
			}
		}
	})
}
