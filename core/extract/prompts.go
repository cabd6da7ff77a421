package extract

import (
	"strings"
	"sync"

	"paperboy/core/textsim"
)

// Lines a page sets under or among a story's paragraphs that speak to the reader about the page,
// not about the story: a call to follow the outlet or the writer on a social network, the label
// of a box of related links, an instruction to click a link. Each is read by a narrow shape; the
// story's own sentences about following someone ("Courtney and I follow each other on Twitter")
// or about a related matter do not open that way.

// maxFollowPrompt bounds a follow prompt in runes: a line or two of a widget, no paragraph.
const maxFollowPrompt = 200

// followPromptRe opens a call to follow the outlet or the writer: the imperative first, after at
// most a lead-in ("Click here to", "You can", "Want more?", "For NDTV updates,"): "Follow us on
// Twitter", "Follow me: twitter.com/…", "Like us on Facebook", "Присоединяйтесь к нам на
// Facebook", "Polub … na Facebooku", "Folgen Sie uns auf …", "Suivez-nous sur …", "Síguenos en …",
// "Puedes seguir a MATERIA en Facebook, Twitter e Instagram, o apuntarte aquí …".
// A byline or a bio that ends with such a call ("X is a reporter … Follow him on Twitter") opens
// otherwise and stays; so does a call set in brackets, as an editor's note closing the copy
// ("(For updates you can share with your friends, follow X on Facebook …)", "[Follow X on
// Twitter @x]"): the labels that keep the story's notes keep it (seventh's IBNLive ×10, Fortune),
// where a bare call is a widget's line every set but a few drops.
var followPromptRe = sync.OnceValue(func() *prefixRe {
	return mustPrefixRe(`(?i)^(?:(?:click here|you can|puedes|podés|você pode|want more\?|don't miss a story\.|for [^,.]{0,60}(?:updates|news)[^,.]{0,60},)\s*(?:to\s+)?)?` +
		`(?:follow|like us|join us|find us|connect with us|присоединяйтесь|подписывайтесь|читайте (?:нас|новости)|polub|obserwuj|śledź|dołącz do nas|folgen sie|folge uns|suivez|síguenos|siguenos|seguici|siga-nos|seguir(?:nos)?)(?:[\s:,!-]|$)`)
})

// followNetworks are the services a follow prompt names, lower-case; one must be named (or the
// line end on "on" or "us", the network's icons after it), so "Follow the money" is no prompt.
var followNetworks = []string{"twitter", "facebook", "instagram", "google+", "tumblr", "linkedin", "youtube", "pinterest",
	"bluesky", "@", "в контакте", "вконтакте", "социальных сетях", "соцсетях", "facebooku", "twitterze"}

// followPrompt reports a line that is only a call to follow the outlet or the writer on a social
// network. Read among a story's closing lines (trailerLine), where pages set it.
func followPrompt(p string, n int) bool {
	if n > maxFollowPrompt || !followPromptRe().MatchString(p) {
		return false
	}
	l := strings.ToLower(p)
	if textsim.ContainsAny(l, followNetworks) {
		return true
	}
	l = strings.TrimRight(l, " :.!)]")
	return strings.HasSuffix(l, " on") || strings.HasSuffix(l, " us")
}

// maxRelatedLabel bounds a related box's label in runes.
const maxRelatedLabel = 100

// relatedLabelRe is the whole label of a box of related links or more reading, as it is left at
// the foot of a story when its links are not read: "Related stories", "Related News Stories",
// "Related to this story:", "RELATED INTERNET LINKS: The BBC is not responsible for the content
// of external internet sites", "See also", "More like this", "Lesen Sie mehr zu diesen Themen:", "Mehr zum Thema
// Hitzeschäden", "Czytaj również", "Читайте также", "Voir aussi".
var relatedLabelRe = sync.OnceValue(func() *prefixRe {
	return mustPrefixRe(`(?i)^(?:related(?:\s+[\p{L}'’]+){0,4}|related to this (?:story|article|post)|` +
		`related internet links:?\s*(?:the [\p{L}.]+ is not responsible for the content of external (?:internet )?sites)?|` +
		`see also|also see|read more|more on this(?: story| topic)?|more like this|lesen sie (?:auch|mehr)(?: zu(?:m)?(?: diesen| diesem)? them(?:a|en))?|` +
		`mehr zum thema(?:\s+[\p{L}-]+){0,3}|czytaj (?:również|także|też)|zobacz (?:również|także|też)|читайте также|смотрите также|` +
		`voir aussi|lire aussi|à lire aussi|leia (?:também|mais))\s*[:.…]*\s*$`)
})

// relatedLabel reports the label of a box of related links, no sentence. Read among a story's
// closing lines (trailerLine): over the story's own text the same words may head a section.
func relatedLabel(p string, n int) bool {
	return n <= maxRelatedLabel && relatedLabelRe().MatchString(p)
}

// maxClickHere bounds an instruction to click a link in runes: one short sentence.
const maxClickHere = 120

// clickHereRe is the whole of an instruction to click a link: "Click here for football text
// alerts!", "Click here to sign up for breaking news alerts", "Click here for the slide show.":
// one sentence, the link's promise and nothing after it.
var clickHereRe = sync.OnceValue(func() *prefixRe { return mustPrefixRe(`(?i)^click here (?:to|for|and)\s[^.!?]{1,100}[.!]?$`) })

// clickHereLine reports a line that is only an instruction to click a link: a link's label the
// page sets between paragraphs, no sentence of the story, which names what it points at.
func clickHereLine(p string, n int) bool {
	return n <= maxClickHere && len(p) > 11 && strings.EqualFold(p[:10], "click here") && clickHereRe().MatchString(p)
}

// maxFollowLabel bounds a follow widget's bare label in runes.
const maxFollowLabel = 20

// followLabelRe is the whole of a follow widget's label, its network icons unread: "Follow us!",
// "Follow us on:", "Like us", "Connect with us".
var followLabelRe = sync.OnceValue(func() *prefixRe {
	return mustPrefixRe(`(?i)^(?:follow|like|find|join|connect with) us(?: on)?\s*[:!.]?$`)
})

// followLabel reports a follow widget's bare label, wherever in the story's block it stands: four
// words of the page, no sentence a story prints alone.
func followLabel(p string, n int) bool {
	return n <= maxFollowLabel && followLabelRe().MatchString(p)
}
