package extract

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/internal/randtext"
)

// headlineLedChildrenBefore is the count as it was: every element child asked.
func headlineLedChildrenBefore(n *html.Node) int {
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && headlineLeads([]*html.Node{c}) == 1 {
			count++
		}
	}
	return count
}

// speed20Page builds a random page of teaser-like lists: items led by links of one to five
// words, kickers over headings, dates, cut excerpts, wrappers of one child, comments.
func speed20Page(rng *rand.Rand) string {
	tags := []string{"<ul>", "</ul>", "<li>", "</li>", "<div>", "</div>", "<a href=/x>", "<a href=/y>", "<a onclick=f()>", "</a>",
		"<h3>", "</h3>", "<span>", "</span>", "<br>", "<img src=a.jpg>", "<script>x=1</script>", "<!-- c -->", "<p>", "</p>", "<tr><td>", "</td></tr>"}
	words := []string{"Storm hits the coast", "Breaking", "News", "one two", "抽中公司「遲到券」", "05/04, 12:30", "March 15, 2017",
		"3 hours ago", "…", "...", " ", "\n  ", "Read more", "2012-01-11", "vie", "\u00a0", "Privacy Policy Update Now", "Ab"}
	return randtext.Markup(rng, 60, tags, func() string { return words[rng.Intn(len(words))] })
}

func TestHeadlineLedChildrenMatchesBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(20))
	for range trials(3000) {
		page := speed20Page(rng)
		doc, err := html.Parse(strings.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			count := headlineLedChildrenBefore(n)
			for want := 0; want <= 5; want++ {
				if got := headlineLedChildren(n, want); got != (count >= want) {
					t.Fatalf("headlineLedChildren(%q, %d) = %v, count %d in %q", n.Data, want, got, count, page)
				}
			}
		}
	}
}

// teaserItemBefore is teaserItem's closing test as it was: the expression asked of a cut excerpt too.
func teaserMarkBefore(text, head string) bool {
	if !strings.ContainsAny(text, "0123456789…") && !strings.Contains(text, "...") {
		return false
	}
	return teaserMarkRe.MatchString(text) || len(strings.Fields(head)) >= 3 && !teaserDay(head) && teaserDay(text)
}

func TestTeaserCutIsTeaserMark(t *testing.T) {
	rng := rand.New(rand.NewSource(20))
	for range trials(200000) {
		text := speed18Random(rng, 12, "…", "...", "..", ".", "\xe2\x80", "\xa6", "\xe2", "12:30", "05/04", "3 hours ago", "March 15, 2017")
		if !strings.Contains(text, "…") && !strings.Contains(text, "...") {
			continue
		}
		if !teaserMarkBefore(text, "a b c") {
			t.Fatalf("teaserMarkRe misses the cut excerpt in %q", text)
		}
	}
}

func TestJoinedClassIsToLower(t *testing.T) {
	rng := rand.New(rand.NewSource(20))
	p := &page{}
	var got, want []string
	for range trials(100000) {
		parts := [4]string{}
		for i := range parts {
			if rng.Intn(2) == 0 {
				parts[i] = speed19Class(rng) + speed18Random(rng, 3, "ByLine", "AUTHOR", "Z", "@")
			}
		}
		got = append(got[:0], p.joinedClass(parts[0], parts[1], parts[2], parts[3]))
		want = append(want[:0], strings.ToLower(parts[0]+" "+parts[1]+" "+parts[2]+" "+parts[3]))
		if got[0] != want[0] {
			t.Fatalf("joinedClass%q = %q, want %q", parts, got[0], want[0])
		}
	}
}

// speed20Anchored are the anchored rules asked of every paragraph, line or class name that this
// round moved onto prefixRe: those the profile showed (the comment-thread openings, stamp labels,
// text labels, story class names).
func speed20Anchored() map[string]*prefixRe {
	return map[string]*prefixRe{"commentsHead": commentsHead, "commentsOpen": commentsOpen, "stampLabel": stampLabel,
		"sectionTeasers": sectionTeasers, "junkTextRe": junkTextRe, "storyNameRe": storyNameRe, "tagLineRe": tagLineRe,
		"ratingWidgetRe": ratingWidgetRe, "datedLeadRe": datedLeadRe}
}

// TestAnchoredRulesListOpenings checks each moved rule has its openings listed (else the move
// spares nothing) and answers as its expression on random lines built of the words its
// alternatives open with, spaces, digits, folded and broken runes.
func TestAnchoredRulesListOpenings(t *testing.T) {
	pieces := []string{"Comments", "comments", "KOMMENTARE", "(3)", "12", " ", "\t", "|", "•", "·", "Leave a comment", "Reader comments",
		"комментарии", "Комментарии", "网友评论", "댓글", "Advertisement", "Share this", "share", "Tags:", "Filed under", "Posted in",
		"By", "by ", "BY", "Photo:", "Editor", "기자", "[", "【", "(", "이미지 확대보기", "article-body", "entry-content", "story",
		"January 15, 2008", "Sep. 3, 2012", "15.01.2008", "2008-01-15", " - ", "Rate this", "Transcript", "About the author",
		"Credit:", "\u212a", "\u017f", "İ", "\xff", "\xe3\x80", "…", "Published", "Updated:", "Also on", "Read more", "Print", "Email"}
	rng := rand.New(rand.NewSource(20))
	hits := map[string]int{}
	defer func() { t.Log(hits) }()
	for name, p := range speed20Anchored() {
		if p.prepare(); p.any {
			t.Errorf("%s: openings not listed", name)
		}
		for range trials(20000) {
			s := randtext.Join(rng, 5, pieces)
			if p.Regexp.MatchString(s) {
				hits[name]++
			}
			if got, want := p.MatchString(s), p.Regexp.MatchString(s); got != want {
				t.Fatalf("%s on %q: %v, want %v", name, s, got, want)
			}
		}
	}
}

// opensBefore is prefixRe.opens as it was: the folded runes written out and looked up as a string.
func opensBefore(p *prefixRe, s string) bool {
	var buf [prefixRunesMax * utf8.UTFMax]byte
	n, i := 0, 0
	for k := 0; k < prefixRunesMax && i < len(s); k++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n += utf8.EncodeRune(buf[n:], foldMin(r))
		if p.open[string(buf[:n])] {
			return true
		}
	}
	return false
}

// TestOpensMatchesBefore checks the packed keys and the first-rune bits answer as the string
// lookup did, for every prefixRe of the package, on texts of folded and broken runes.
func TestOpensMatchesBefore(t *testing.T) {
	rules := speed20Anchored()
	for name, p := range map[string]*prefixRe{"recircHeadingRe": recircHeadingRe, "readAlsoRe": readAlsoRe, "ctaStartRe": ctaStartRe,
		"appealHeadRe": appealHeadRe, "korean": mustPrefixRe(`^(?:관련\s?기사|ſa|\x{212a}b|Éc)`)} {
		rules[name] = p
	}
	pieces := []string{"a", "A", "s", "S", "ſ", "k", "K", "\u212a", "é", "É", "관련", " ", "기사", "\xff", "\xe3\x80", "\ufffd", "re",
		"Re", "RE", "co", "Comm", "ents", "trend", "sub", "Sign", "by", "By", "[", "(", "1", "12", "|", "•", "·", "\t", "ac", "b", "c"}
	rng := rand.New(rand.NewSource(20))
	for name, p := range rules {
		if p.prepare(); p.any {
			continue
		}
		for range trials(20000) {
			if s := randtext.Join(rng, 5, pieces); p.opens(s) != opensBefore(p, s) {
				t.Fatalf("%s opens %q: %v, before %v", name, s, p.opens(s), opensBefore(p, s))
			}
		}
	}
}
