package extract

import (
	"regexp"
	"testing"
)

// TestPrefixReAnswersAsTheExpression checks the opening test never turns away a text the
// expression matches, on expressions with optional parts, repeats, classes and folded runes.
func TestPrefixReAnswersAsTheExpression(t *testing.T) {
	exprs := []string{
		`(?i)^(?:trending(?: now)?|most (?:read|viewed)|ab?c|x{2,3}y|[kq]ey|관련\s?기사)\s*[:.]?$`,
		`(?i)^(?:(?:we have )?a (?:small )?favou?r|\+\d{1,4}$|s\b)`,
		`^(?:Abc|[a-c]+z)`,
		`(?i)^(?:sign up\b|get (?:our|the) .{0,40}newsletter)`,
	}
	texts := []string{"", "a", "A favour", "a favor to ask", "We have a small favour", "TRENDING", "Trending now:",
		"most read", "MOST VIEWED.", "ac", "abc", "xxy", "xxxy", "xy", "key", "KEY", "\u212aey", "qey", "관련 기사",
		"관련기사", "+12", "+", "s", "\u017f", "S!", "Abc", "abc", "bz", "cccz", "z", "sign up now", "SIGN UP",
		"get the weekly newsletter", "Get our newsletter", "get", "The story", "Ab", "\xffabc"}
	for _, expr := range exprs {
		p, re := mustPrefixRe(expr), regexp.MustCompile(expr)
		if p.prepare(); p.any {
			t.Errorf("%q: openings not listed", expr)
		}
		for _, s := range texts {
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Errorf("%q on %q: %v, want %v", expr, s, got, want)
			}
		}
	}
	// An expression that may begin anywhere, or with any rune, goes to the engine every time.
	for _, expr := range []string{`(?i)subscribe`, `(?i)^.{1,5}x`, `(?im)^foo`, `(?i)^a*`} {
		p := mustPrefixRe(expr)
		if p.prepare(); !p.any {
			t.Errorf("%q: openings listed for an expression that cannot have them", expr)
		}
	}
}

// TestPrefixReTurnsAwayOtherOpenings checks the test does its work: a paragraph that opens with
// none of the expression's openings is answered without it.
func TestPrefixReTurnsAwayOtherOpenings(t *testing.T) {
	p := mustPrefixRe(`(?i)^(?:trending|most read|related)\s*$`)
	for _, s := range []string{"The council met on Tuesday.", "Mayor's office", "Tuesday"} {
		if p.opens(s) {
			t.Errorf("%q: let through", s)
		}
	}
	for _, s := range []string{"TRENDING", "most", "Related"} {
		if !p.opens(s) {
			t.Errorf("%q: turned away", s)
		}
	}
}

// TestCleanerRulesListOpenings checks the cleaner's anchored rules have their openings listed,
// so the test above spares them.
func TestCleanerRulesListOpenings(t *testing.T) {
	for name, p := range map[string]*prefixRe{"recircHeadingRe": recircHeadingRe, "readAlsoRe": readAlsoRe,
		"ctaStartRe": ctaStartRe, "appealHeadRe": appealHeadRe} {
		if p.prepare(); p.any {
			t.Errorf("%s: openings not listed", name)
		}
		t.Logf("%s: %d openings", name, len(p.open))
	}
}
