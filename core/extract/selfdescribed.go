package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// siteSelfDescriptionRe is what a publication's "about" line says after its own name: "…
// is a daily, must-read site for …", "… is a daily publication covering …", "… delivers
// breaking news about …". A person is described by a post or a trade, not as a site.
var siteSelfDescriptionRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[\s,]*(?:is|was)\s+(?:a|an|the|your)\s+(?:[\p{L}\d,'’-]+\s+){0,3}?(?:publication|site|website|web\s+site|magazine|newspaper|news\s+site|portal|blog|news\s+source)\b` +
		`|^\s+(?:delivers|publishes|provides|brings\s+you)\s+(?:[\p{L}\d,'’-]+\s+){0,3}?(?:news|stories|coverage)\b`)
})

// selfDescribedSite reports a credit of two words or more that is the site's own name, spelled
// whole, which the page describes as a publication: "Marketing Land" on marketingland.com ("Marketing
// Land is a daily publication covering …"), "Science Centric" ("Science Centric delivers
// breaking news …"). A site made of common words credits its own account; a personal site
// named after its author ("Paul Krugman" on paulkrugman.com) does not call its author a site.
func selfDescribedSite(name string, sites []string, text string) bool {
	if len(strings.Fields(name)) < 2 || !slices.Contains(sites, squash(name)) {
		return false
	}
	rest := text
	for range 20 { // bounded: a site prints its name in the header, footer and a few lines
		i := strings.Index(rest, name)
		if i < 0 {
			return false
		}
		rest = rest[i+len(name):]
		if siteSelfDescriptionRe().MatchString(rest[:min(len(rest), 120)]) {
			return true
		}
	}
	return false
}

// wireMarkers are the press-release wires' datelines ("PALO ALTO, Calif., April 25, 2016
// /PRNewswire/ -- Example Corp, a …"): what follows the marker names the company that issues
// the release.
var wireMarkers = []string{"/PRNewswire/", "/PRNewswire-", "(BUSINESS WIRE)", "/GLOBE NEWSWIRE/", "/CNW/", "/EINPresswire/", "/ACCESSWIRE/", "/PRWeb/"}

// wireRelease reports a page that prints a press wire's dateline marker: only there is a credit
// asked whether it is the release's issuer (releaseIssuers), once per page.
func wireRelease(text string) bool {
	if !strings.Contains(text, "/PRNewswire") && !strings.Contains(text, "WIRE") && !strings.Contains(text, "/CNW/") &&
		!strings.Contains(text, "Presswire/") && !strings.Contains(text, "/PRWeb/") {
		return false
	}
	return slices.ContainsFunc(wireMarkers, func(m string) bool { return strings.Contains(text, m) })
}

// maxIssuerName bounds in bytes the credits releaseIssuers answers from its sorted "SOURCE"
// lines; a longer one is looked for in the text.
const maxIssuerName = 200

// releaseIssuers are what a press wire's release (a page wireRelease found) says of its issuer,
// gathered once a page: the text after each of the first three datelines of each wire, and the
// text after every "SOURCE " and "Source: " label, cut to maxIssuerName bytes and sorted. Asked
// of every credit, searching the text each time was quadratic in a page of thousands of credits.
type releaseIssuers struct {
	text      string
	datelines []string
	sources   []string
}

// newReleaseIssuers gathers the datelines' and the "SOURCE" lines' text of text.
func newReleaseIssuers(text string) *releaseIssuers {
	r := &releaseIssuers{text: text}
	for _, m := range wireMarkers {
		rest := text
		for range 3 { // a release states its dateline once; a page of several at most a few
			i := strings.Index(rest, m)
			if i < 0 {
				break
			}
			rest = rest[i+len(m):]
			if m == "/PRNewswire-" { // "/PRNewswire-USNewswire/"
				if j := strings.IndexByte(rest[:min(len(rest), 40)], '/'); j >= 0 {
					rest = rest[j+1:]
				}
			}
			r.datelines = append(r.datelines, strings.TrimLeft(rest, " \u00a0\t\n-–—"))
		}
	}
	for _, label := range []string{"SOURCE ", "Source: "} {
		for rest := text; ; {
			i := strings.Index(rest, label)
			if i < 0 {
				break
			}
			rest = rest[i+len(label):]
			r.sources = append(r.sources, rest[:min(len(rest), maxIssuerName)])
		}
	}
	slices.Sort(r.sources)
	return r
}

// issues reports a credit that the release names as its issuer: first after the wire's
// dateline ("/PRNewswire/ -- HackerRank, a platform …" with the author meta "HackerRank"), or
// in the release's closing "SOURCE Example Motor Company" line. A wire credits no person in the
// author field of a release.
func (r *releaseIssuers) issues(name string) bool {
	for _, after := range r.datelines {
		if len(after) >= len(name) && strings.EqualFold(after[:len(name)], name) {
			return true
		}
	}
	if len(name) > maxIssuerName {
		return strings.Contains(r.text, "SOURCE "+name) || strings.Contains(r.text, "Source: "+name)
	}
	// The lines that open with the name sort together, from the first not below it.
	i, _ := slices.BinarySearch(r.sources, name)
	return i < len(r.sources) && strings.HasPrefix(r.sources[i], name)
}

// unprintedLogin reports a credit of one word alone that the page's text never prints, in any
// case: the login of whoever posted the story ("Dany", "Vladislava": a first name or a
// nickname, in the JSON-LD and the author meta), which the reader is never shown as its writer.
// Only in a script with capitals, where a full name has a space.
func unprintedLogin(names []string, text string) bool {
	if len(names) != 1 || len(strings.Fields(names[0])) != 1 || strings.Contains(text, names[0]) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(names[0]); !unicode.IsUpper(r) && !unicode.IsLower(r) {
		return false // a Chinese or Japanese name has no spaces to count: one "word" is a full name
	}
	return !strings.Contains(strings.ToLower(text), strings.ToLower(names[0]))
}
