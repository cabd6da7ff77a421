package extract

import (
	"regexp"
	"strings"
	"sync"
)

// A press release a newswire feeds to news sites closes with the wire's own lines: Media
// OutReach's "Hashtag: #Brand" and "The issuer is solely responsible for the content of this
// announcement.", printed under every release on every site that runs its feed (Malay Mail, The
// Star, Manila Times and others across Asia). They are the wire's notice, no line of the release.

// wireNotice is the words of the notice, looked for before any pattern is run.
const wireNotice = "solely responsible for the content of this announcement"

// wireClosingRe is the notice closing a body, with the hashtag line over it.
var wireClosingRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\s*(?:hashtags?\s*:\s*(?:#[^\s#]+[\s,]*)+)?\s*the issuer is solely responsible for the content of this announcement\.?\s*$`)
})

// cutWireDisclaimer drops the wire's closing notice from body, or returns body as it is.
func cutWireDisclaimer(body string) string {
	i := strings.LastIndex(body, wireNotice)
	if i < 0 || len(strings.TrimSpace(body[i+len(wireNotice):])) > 1 {
		return body // no notice, or one the story goes on after
	}
	// Only the tail is matched: the notice and a hashtag line are a few hundred bytes.
	start := max(0, i-400)
	for start > 0 && !strings.HasPrefix(body[start:], "\n") {
		start-- // from a line's start, so a hashtag line is matched whole
	}
	loc := wireClosingRe().FindStringIndex(body[start:])
	if loc == nil || start+loc[0] == 0 {
		return body // the notice alone, no release above it
	}
	return body[:start+loc[0]]
}
