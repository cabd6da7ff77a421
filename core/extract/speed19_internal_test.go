package extract

import (
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/internal/randtext"
)

// nonSpaceRunesOverBefore is nonSpaceRunesOver as it was, the limit asked at every byte.
func nonSpaceRunesOverBefore(s string, limit int) int {
	count := 0
	for i := 0; i < len(s); {
		if count > limit {
			return count
		}
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiSpace[c] {
				count++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			count++
		}
		i += size
	}
	return count
}

func TestNonSpaceRunesOverMatchesBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(19))
	for range trials(100000) {
		s := speed18Random(rng, 24)
		for _, limit := range []int{-1, 0, 1, rng.Intn(8), rng.Intn(40), len(s), math.MaxInt} {
			if got, want := nonSpaceRunesOver(s, limit), nonSpaceRunesOverBefore(s, limit); got != want {
				t.Fatalf("nonSpaceRunesOver(%q, %d) = %d, before %d", s, limit, got, want)
			}
		}
	}
}

// speed19Class draws a class or id of names, spaces and the words the class tests look for.
func speed19Class(rng *rand.Rand) string {
	pieces := []string{" ", "  ", "\t", "\n", "\v", "\u00a0", "\u3000", "\u0085", "hidden", "Hidden", "md:block", ":", "sidebar",
		"SIDEBAR", "teaser", "related-posts", "comment", "comments", "Comment", "\u212aomentarz", "komentarz", "reply",
		"recent_post", "token", "hljs-x", "tag-", "category-", "caption", "imgCaption", "byline", "\xff", "\xe3\x80", "é",
		"a", "b-c", "x_y", "lesermeinung", "reacties", "content", "wrap", "sidebar-right", "İ"}
	return randtext.Join(rng, 6, pieces)
}

// hiddenClassBefore and junkClassBefore are hiddenClass and junkClass as they were, over the
// slice of strings.Fields.
func hiddenClassBefore(n *html.Node) bool {
	hidden := false
	for _, c := range strings.Fields(attr(n, "class")) {
		switch {
		case strings.Contains(c, ":"):
			return false
		case c == "hidden":
			hidden = true
		}
	}
	return hidden
}

func junkClassBefore(cls string) bool {
	names := strings.Fields(cls)
	for _, name := range names {
		if l := strings.ToLower(name); l == "token" || strings.HasPrefix(l, "hljs") {
			return false
		}
	}
	for _, name := range names {
		if l := strings.ToLower(name); strings.HasPrefix(l, "tag-") || strings.HasPrefix(l, "category-") {
			continue
		}
		if nameHolds(name, junkWords, junkPairs) || captionName(name) {
			return true
		}
	}
	return false
}

// aboutOtherStoryBefore and inCommentsBefore are the two ancestor tests as they were, the
// words looked for in the joined, lowered class and id.
func aboutOtherStoryBefore(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if a.Type != html.ElementNode || a.DataAtom == atom.Body || a.DataAtom == atom.Html {
			continue
		}
		if cls := strings.ToLower(attr(a, "class") + " " + attr(a, "id")); otherStoryWordSet.In(cls) && otherStoryBlock(cls) && !storyLayoutWrapper(a, cls) && !sidebarWrapper(a, n, cls) {
			return true
		}
	}
	return false
}

func inCommentsBefore(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		if cls := strings.ToLower(attr(a, "class") + " " + attr(a, "id")); commentWordSet.In(cls) &&
			slices.ContainsFunc(strings.Fields(cls), func(tok string) bool { return textsimContainsAny(tok, commentWords) && !storyMetaBar(tok) }) {
			return true
		}
	}
	return false
}

func textsimContainsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func TestClassTestsMatchBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(19))
	tags := []string{"div", "aside", "section", "p", "span", "h1", "ul", "li"}
	for range trials(3000) {
		var b strings.Builder
		for range rng.Intn(12) {
			tag := tags[rng.Intn(len(tags))]
			b.WriteString("<" + tag + " class=\"" + html.EscapeString(speed19Class(rng)) + "\" id=\"" + html.EscapeString(speed19Class(rng)) + "\">")
			if rng.Intn(2) == 0 {
				b.WriteString("Some text 2024 by a writer")
			}
			if rng.Intn(3) == 0 {
				b.WriteString("</" + tag + ">")
			}
		}
		doc, err := html.Parse(strings.NewReader(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if n.Type != html.ElementNode {
				continue
			}
			if got, want := hiddenClass(n), hiddenClassBefore(n); got != want {
				t.Fatalf("hiddenClass(%q) = %v, before %v", attr(n, "class"), got, want)
			}
			cls := attr(n, "class") + " " + attr(n, "id")
			if got, want := junkClass(cls), junkClassBefore(cls); got != want {
				t.Fatalf("junkClass(%q) = %v, before %v", cls, got, want)
			}
			if got, want := aboutOtherStory(n), aboutOtherStoryBefore(n); got != want {
				t.Fatalf("aboutOtherStory in %q = %v, before %v", b.String(), got, want)
			}
			if got, want := inComments(n), inCommentsBefore(n); got != want {
				t.Fatalf("inComments in %q = %v, before %v", b.String(), got, want)
			}
		}
	}
}

// squashBefore is squash as it was, over the lowered copy of s.
func squashBefore(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			switch r {
			case 'ş':
				r = 'ș'
			case 'ţ':
				r = 'ț'
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestSquashMatchesBefore(t *testing.T) {
	rng := rand.New(rand.NewSource(19))
	for range trials(100000) {
		s := speed18Random(rng, 16, "BBC News", "Ş", "ş", "Ţ", "ţ", "Ⱥ", "Σ", "ǅ", "٣", "Ⅻ", "\u0130", "\u212a", "0", "Z@[`{")
		if got, want := squash(s), squashBefore(s); got != want {
			t.Fatalf("squash(%q) = %q, before %q", s, got, want)
		}
	}
}

func TestNormTextBrMatchesReplace(t *testing.T) {
	tags := []string{"<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<br>", "<a href=x>", "</a>", "<b>", "</b>"}
	rng := rand.New(rand.NewSource(19))
	for range trials(3000) {
		s := randtext.Markup(rng, 30, tags, func() string { return speed18Random(rng, 4, brMark, brMark+" ", "\xee", "\x80\x80", "\xe2", "2024") })
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		for n := range doc.Descendants() {
			if got, want := normTextBr(n), normSpace(strings.ReplaceAll(textOf(n), brMark, " ")); got != want {
				t.Fatalf("normTextBr of %q in %q = %q, want %q", n.Data, s, got, want)
			}
		}
	}
}

// cleanNameBefore is cleanName as it was, every expression asked of every name.
func cleanNameBefore(s string) string {
	s = writerSignRe.ReplaceAllString(normSpace(s), "")
	if strings.HasSuffix(s, "）") {
		s = affiliationAfterRe.ReplaceAllString(s, "$1")
	}
	if t := commentLinkRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
		s = t // "Brenna Ehrlich View Comments": the comment link that shares the byline's line
	}
	s = jaRoleAfterRe.ReplaceAllString(s, "$1")
	s = trimNameEdges(s)
	s = academicTitleRe.ReplaceAllString(s, "$1")
	s = koTitleSuffix.ReplaceAllString(s, "")
	s = koTitlePrefix.ReplaceAllString(s, "$1")
	if rest, ok := strings.CutPrefix(s, "사용자 "); ok && rest != "" {
		s = rest // a blog platform's "user" label before the nickname ("사용자 애니Sarang")
	}
	if wholeJobTitleRe.MatchString(s) {
		return "" // "Culture Writer", "Staff Writer", "AP Business Writer": a title without a name
	}
	if m := leadingJobTitleRe.FindStringSubmatch(s); m != nil && len(strings.Fields(s))-len(strings.Fields(m[1])) >= 2 {
		s = m[1] // "CNN Political Reporter Shannon Travis"; a lone "Engineer" may be a given name's neighbour
	}
	if t := gluedJobTitleRe.ReplaceAllString(s, "$1"); t != s && len(strings.Fields(t)) >= 2 {
		s = t // "Howard BlumeStaff Writer": the markup ran the job title into the name
	} else if t := outletJobRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
		if p := placePost(s); len(p) < len(t) {
			t = p // "Robert Moore Washington Correspondent": a bureau's place the qualifiers do not list
		}
		s = t // "Sam Stein Senior Politics Editor", "MIKE STOBBE AP Medical Writer"
	} else if t := jobTitleRe.ReplaceAllString(s, ""); t != s && len(strings.Fields(t)) >= 2 {
		s = t // "Emily Post Staff Writer": her surname is no newspaper
	} else if t != s && len(strings.Fields(s))-len(strings.Fields(t)) >= 2 {
		return "" // "Antrim Court Reporter": a post of one place or desk, no name beside it
	}
	s = withoutOutlet(s)
	if m := zhPieceRe.FindStringSubmatch(s); m != nil && zhName(m[1], true) {
		s = m[1] // "張立勳／特稿": the writer, and the kind of piece after a slash
	}
	if s == "" || looksLikeURL(s) || strings.HasPrefix(s, "@") || isOrgCredit(s) || bylineWords[strings.ToLower(s)] || placeholderNames[strings.ToLower(s)] {
		return ""
	}
	if socialPromptRe.MatchString(s) {
		return "" // "Polub Money.pl", "Follow us": a social button's prompt beside the byline
	}
	words := strings.Fields(s)
	if len(words) == 2 && accountRoles[strings.ToLower(words[0])] && initialWord(words[1]) {
		return "" // a role and an initial: the twenty-sixth round's rule
	}
	if len(words) == 2 && utf8.RuneCountInString(words[0]) == 1 && allHan(words[0]) && utf8.RuneCountInString(words[1]) == 1 && allHan(words[1]) {
		// "赵 培": a Chinese two-character name spaced to the width of a three-character one.
		s, words = words[0]+words[1], []string{words[0] + words[1]}
	}
	if len(words) > 5 || len([]rune(s)) > 50 {
		return ""
	}
	if m := outletPossessiveRe.FindStringSubmatch(s); m != nil {
		s, words = m[1], strings.Fields(m[1])
	}
	if !looksLikeName(words) || initialsOnly(s) {
		return "" // initials alone: the twenty-fifth round's rule, in both forms
	}
	if isUpperWords(s) {
		s = titleCase(s)
	}
	return s
}

func TestCleanNameMatchesBefore(t *testing.T) {
	pieces := []string{"Jane", "Roe", "MIKE", "STOBBE", "Howard", "Blume", " ", "  ", "\t", ".", ",", "-", "(obe)", "(ab.)", ")", "）",
		"View", "Comments", "comment", "COMMENTS", "Comment", "3", "Staff", "Writer", "Writers", "Senior", "Politics", "Editor",
		"Correspondent", "Washington", "Bureau Chief", "AP", "Times", "Co-founder", "Co-Founder", "Founder", "Producers", "Professor",
		"Dr.", "Prof.", "松本", "卓也", "（ニッポンドットコム）", "＝", "編集委員", "さん", "정은경", "기자", "인턴", "사용자", "張立勳", "／特稿",
		"For", "Dailymail.com", "Special to", "CNBC.com", "USA TODAY", "Follow", "NYT's", "ſ", "K", "\u212a", "é", "\xff", "@x", "http://x"}
	rng := rand.New(rand.NewSource(19))
	for range trials(15000) {
		var b strings.Builder
		for k := range 1 + rng.Intn(7) {
			if k > 0 && rng.Intn(3) > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		if got, want := cleanName(s), cleanNameBefore(s); got != want {
			t.Fatalf("cleanName(%q) = %q, before %q", s, got, want)
		}
	}
	for _, w := range []string{"Writer", "Writers", "Editor", "Correspondents", "Reporters", "Columnists", "Contributors", "Redakteurin",
		"Redakteur", "Korrespondentin", "Korrespondent", "President", "Director", "Manager", "Founder", "Co-Founder", "Co-founder",
		"Officer", "Engineer", "Analyst", "Scientist", "Researcher", "Strategist", "Evangelist", "Influencer", "Producer", "Producers", "Professor"} {
		if !jobTitleEndRe.MatchString(w) || !endsWithJobWord("Jane Roe "+w) {
			t.Errorf("%q: a post jobWords should end with", w)
		}
	}
}
