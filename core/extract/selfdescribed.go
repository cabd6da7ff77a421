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
// asked whether it is the release's issuer (pressReleaseIssuer), once per page.
func wireRelease(text string) bool {
	if !strings.Contains(text, "/PRNewswire") && !strings.Contains(text, "WIRE") && !strings.Contains(text, "/CNW/") &&
		!strings.Contains(text, "Presswire/") && !strings.Contains(text, "/PRWeb/") {
		return false
	}
	return slices.ContainsFunc(wireMarkers, func(m string) bool { return strings.Contains(text, m) })
}

// pressReleaseIssuer reports a credit that a press wire's release (a page wireRelease found)
// names as its issuer: first after the wire's dateline ("/PRNewswire/ -- HackerRank, a platform
// …" with the author meta "HackerRank"), or in the release's closing "SOURCE Example Motor
// Company" line. A wire credits no person in the author field of a release.
func pressReleaseIssuer(name, text string) bool {
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
			after := strings.TrimLeft(rest, " \u00a0\t\n-–—")
			if len(after) >= len(name) && strings.EqualFold(after[:len(name)], name) {
				return true
			}
		}
	}
	return strings.Contains(text, "SOURCE "+name) || strings.Contains(text, "Source: "+name)
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
