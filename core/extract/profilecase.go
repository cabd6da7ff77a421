package extract

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// profileCasedByline title-cases a byline element's text that the template prints in lower case
// without a "By" before it ("lawrence bonk": a style sheet's text-transform, or a CMS's
// lowered display name) when the element is one link to the writer's profile page whose
// address spells the same words ("/about/editors/lawrence-bonk-01/", "/author/jane-roe"): the
// link says the words are a person's name, and a name is written with capitals. Any capital in
// the text, a letter not Latin, a digit, or words the address does not spell leave it as it is
// (casedByline already cases a lower-case byline after "By"). site is the page's <title> and
// og:site_name, which spacedDoubleSurname asks.
func profileCasedByline(n *html.Node, t, site string) string {
	if strings.Contains(t, " - ") || strings.Contains(t, " – ") {
		t = spacedDoubleSurname(n, t, site)
	}
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 4 || !lowerLatin(t) || strings.ContainsFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) {
		return profileCasedSurname(n, t)
	}
	link := onlyLink(n, t)
	if link == nil {
		return t
	}
	slug, ok := profileSlugOf(link)
	if !ok || strings.Join(words, "-") != slug && strings.Join(words, "_") != slug {
		return t
	}
	return titleCase(t)
}

// profileCasedSurname capitalises the lower-case words of a name in the one link under n
// that prints text ("Written By <a href="/author/jane-roe">Jane roe</a>": a display name whose
// owner typed the surname in lower case) when the link goes to the writer's profile page and
// its address spells the same words: the address says the words are one person's name, and a
// name's words open with capitals. Particles ("de", "van") stay as they are; a link with a
// capital in every word, a letter not Latin, a digit, or words the address does not spell
// leaves t as it is.
func profileCasedSurname(n *html.Node, t string) string {
	if !lowerAfterCapital(t) {
		return t // most bylines: no lower-case word after a capitalised one, and no link walked
	}
	link := oneTextLink(n)
	if link == nil {
		return t
	}
	name := normSpace(textOf(link))
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || !strings.Contains(t, name) {
		return t
	}
	lower := false
	for i, w := range words {
		for _, r := range w {
			if !unicode.Is(unicode.Latin, r) && r != '-' && r != '\'' && r != '’' {
				return t
			}
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[w] {
			words[i] = titleCase(w)
			lower = true
		}
	}
	if !lower {
		return t
	}
	slug, ok := profileSlugOf(link)
	spelled := strings.ToLower(strings.Join(strings.Fields(name), "-"))
	if !ok || slug != spelled && slug != strings.ReplaceAll(spelled, "-", "_") {
		return t
	}
	return strings.Replace(t, name, strings.Join(words, " "), 1)
}

// lowerAfterCapital reports a word opening with a lower-case letter, no particle, right after
// a word opening with a capital: "Saksham nagar", "Written by".
func lowerAfterCapital(t string) bool {
	capital := false
	for w := range strings.FieldsSeq(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if nameParticles[w] {
			continue // "Jane de roeburn": the particle keeps the name going
		}
		if capital && unicode.IsLower(r) {
			return true
		}
		capital = unicode.IsUpper(r)
	}
	return false
}

// oneTextLink returns n when it is a link, or the one link with text under n, or nil when n
// holds none or several (a list of names is no one writer's).
func oneTextLink(n *html.Node) *html.Node {
	if n.DataAtom == atom.A {
		return n
	}
	var link *html.Node
	links := 0
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && links < 2; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A {
				if textLonger(c, 0) { // a photo's link to the same profile says nothing
					link = c
					links++
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	if links != 1 {
		return nil
	}
	return link
}

// spacedSurnameRe is a byline of a given name and a double surname whose hyphen the page sets
// between spaces ("Katarzyna Kapusta - Gruchlik"), which reads as a name and a credit after a
// dash ("Jane Roe - Reuters") unless the writer's profile address spells it whole.
var spacedSurnameRe = regexp.MustCompile(`^(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) [-‐–] (\p{Lu}\p{Ll}+)$`)

// spacedDoubleSurname joins the double surname in t of a link under n (spacedSurnameRe) to the
// writer's profile page whose address opens with the three words hyphenated
// ("/autor/katarzyna-kapusta-gruchlik-at-SntH-dxwT-ssC1/"): the address says the dash joins the
// surname and credits no outlet. Polish, Spanish and Portuguese double surnames are common; the
// spaced hyphen is the template's or the typist's. A CMS slugs the display name whole, so the
// part after the dash must be no outlet: not a news agency, not a word of the page's title or
// site name (site: "Matt Roe - Computerworld" on a page titled "… - COMPUTERWORLD"). The first
// maxSurnameLinks links are read.
func spacedDoubleSurname(n *html.Node, t, site string) string {
	const maxSurnameLinks = 8
	join := func(a *html.Node) {
		text := normSpace(textOf(a))
		m := spacedSurnameRe.FindStringSubmatch(text)
		if m == nil || agencies[strings.ToLower(m[3])] || strings.Contains(strings.ToLower(site), strings.ToLower(m[3])) {
			return
		}
		slug, ok := profileSlugOf(a)
		if want := strings.ToLower(m[1] + "-" + m[2] + "-" + m[3]); ok && (slug == want || strings.HasPrefix(slug, want+"-")) {
			t = strings.Replace(t, text, m[1]+" "+m[2]+"-"+m[3], 1)
		}
	}
	if n.DataAtom == atom.A {
		join(n)
		return t
	}
	seen := 0
	var walk func(*html.Node)
	walk = func(m *html.Node) {
		for c := m.FirstChild; c != nil && seen < maxSurnameLinks; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.A:
				seen++
				join(c)
			default:
				walk(c)
			}
		}
	}
	walk(n)
	return t
}

// onlyLink returns n when it is a link, or the one link with text under n, when that link's
// text is t; else nil.
func onlyLink(n *html.Node, t string) *html.Node {
	link := oneTextLink(n)
	if link == nil || normSpace(textOf(link)) != normSpace(t) {
		return nil
	}
	return link
}

// profileSlugOf returns the lowered last segment of a link's address, without the number a
// profile's address may give the name among namesakes ("lawrence-bonk-01"), when the segment
// before it is a profile directory (profileDirs: "/about/editors/…", "/autor/…").
func profileSlugOf(link *html.Node) (string, bool) {
	u, err := url.Parse(strings.TrimSpace(attr(link, "href")))
	if err != nil {
		return "", false
	}
	segs := strings.FieldsFunc(strings.ToLower(u.Path), func(r rune) bool { return r == '/' })
	if len(segs) < 2 || !profileDirs[segs[len(segs)-2]] {
		return "", false
	}
	return withoutProfileID(segs[len(segs)-1]), true
}
