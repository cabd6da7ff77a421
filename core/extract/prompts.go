package extract

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

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
// Hitzeschäden", "Czytaj również", "Читайте также", "Voir aussi", "À voir également sur Le HuffPost".
var relatedLabelRe = sync.OnceValue(func() *prefixRe {
	return mustPrefixRe(`(?i)^(?:related(?:\s+[\p{L}'’]+){0,4}|related to this (?:story|article|post)|` +
		`related internet links:?\s*(?:the [\p{L}.]+ is not responsible for the content of external (?:internet )?sites)?|` +
		`see also|also see|read more|more on this(?: story| topic)?|more like this|lesen sie (?:auch|mehr)(?: zu(?:m)?(?: diesen| diesem)? them(?:a|en))?|` +
		`mehr zum thema(?:\s+[\p{L}-]+){0,3}|czytaj (?:również|także|też)|zobacz (?:również|także|też)|читайте также|смотрите также|` +
		`(?:à )?voir (?:également|aussi) sur (?:le |la |les |l['’] ?)?[\p{L}\d.-]{1,30}|` + // "À voir également sur Le HuffPost :" over a video
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

// maxOutletInvite bounds an outlet's invitation under a story, in runes: a box of a sentence or
// three (the newsroom's call for stories with its address and telephone numbers), no paragraph.
const maxOutletInvite = 320

// storyAskRe opens the newsroom's call for readers' stories that closes its pages: "We pay for
// your stories!", "Got a story?", "Got A Showbiz Story?", "Do you have a story to tell? Email: …",
// "If you've got a celebrity story, video or pictures get in touch with …". A story's own sentence about someone having a
// story to tell opens otherwise, or names no way to reach the newsroom (storyAskContacts).
var storyAskRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(?:we pay for (?:your )?(?:stories|videos|pictures)\b|(?:have you )?got an? (?:\p{L}+ )?story\b|` +
		`do you have an? (?:\p{L}+ )?story\b|if you(?:'|’)ve got an? (?:\p{L}+ )?story\b|if you have an? (?:\p{L}+ )?story\b)`)
})

// storyAskContacts are the ways to reach the newsroom a call for stories gives, lower-case.
var storyAskContacts = []string{"email", "e-mail", "@", "get in touch", "contact us", "call us", "whatsapp us"}

// storyAskWords name the call for stories a follow prompt goes on with, lower-case ("Follow us
// on Facebook … If you have a story suggestion email …", "… Send your story ideas to …").
var storyAskWords = []string{"story idea", "story suggestion", "story tip", "news tip", "got a story"}

// outletInviteRe is the whole of an invitation from the outlet to its other channels that pages
// set under a story, in the shapes the other rules miss: a question leading to a follow or sign-up
// ("Want up-to-the-minute entertainment news and features? Just hit 'Like' on our … Facebook
// page", "Want more weird health news? Find … on Facebook."), a blog plugin's greeting ("If
// you're new here, you may want to subscribe to our RSS feed …"), the outlet's app ("Download
// The Economic Times News App to get …", "Download our free apps"), a sentence opening with a
// newsletter sign-up ("… Sign up for our newsletters to be the first to learn …"), a newsletter
// pitch whose link lost its verb ("… to our daily newsletter for …, delivered straight to your
// inbox."), a Portuguese or Spanish one ("Inscreva-se aqui para receber a newsletter diária …"),
// Google's preferred-source button ("and add us as a preferred source …"), a Google News follow
// ("Silakan baca konten menarik lainnya dari JPNN.com di Google News"), a messaging channel
// ("Folgst du schon 20 Minuten auf Whatsapp?", "… Abonniere den Whatsapp-Kanal von …", "Also,
// ETMarkets.com is now on Telegram."), a follow that names the outlet and what it brings
// ("Follow TweakTown for breaking tech news, reviews, and daily updates."), the label of the
// outlet's home-page box ("Latest from the Chron.com Homepage") and the pointer to its e-paper
// ("(To view our epaper please click here. For all the latest News … follow us on Twitter …)"). Each opens as a story's
// sentence does not, or ends on the channel's words.
var outletInviteRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^want (?:more\b|[^?]{1,60}?\b(?:news|updates|stories|features)\b)[^?]{0,40}\?\s*(?:just |then |simply )?` +
		`(?:hit|click|tap|follow|like|find|sign up|subscribe|join|download|get|check out)\b|` +
		`^if you(?:'|’)re new here\b[^.!?]{0,60}\b(?:subscribe|follow|rss)\b|` +
		`^download (?:the |our )?[^.!?,]{0,50}?\bapps?\b(?: (?:to|for|and|now|today|here)\b[^.!?,]{0,80})?[.!]?$|` +
		`(?:^|[.!?]\s+)(?:sign ?up|subscribe) (?:for|to) our (?:free |daily |weekly )?(?:e-?mail )?newsletters?\b|` +
		`^keep up(?: to date)? with\b[^.!?]{0,80}\bby subscribing to our\b|` +
		`\bnewsletters?\b[^.!?]{0,120}\bdelivered (?:straight |right |directly )?to your inbox\s*[.!]?$|` +
		`^updates?\b[^.!?]{0,80}\bdelivered (?:straight |right |directly )?to your inbox\s*[.!]?$|` +
		`^(?:inscreva-se|suscr[ií]bete)\b[^.!?]{0,40}\bnewsletter\b|` +
		`\badd us as a preferred source\b|` +
		`^(?:silakan |yuk,? )?(?:baca|ikuti|simak)\b[^.!?]{0,80}\bgoogle news\s*[.!]?$|^follow (?:us )?[^.!?]{0,40}\bon google news\s*[.!]?$|` +
		`^folgst du (?:schon |uns )?[^?]{0,40}\bauf (?:whatsapp|instagram|facebook|tiktok|telegram|threads|youtube)\s*\?$|` +
		`\babonnier(?:e|en sie) (?:den|unseren) [^.!?]{0,40}?(?:whatsapp|telegram)[\p{L}-]*kanal\b|` +
		`\b(?:join|follow|subscribe to) our (?:whatsapp|telegram) channel\b|` +
		`\balso,? [\p{L}\d.-]+ is now on (?:telegram|whatsapp)\b|` +
		`^follow (?-i:\p{Lu})[\p{L}\d.]*(?: (?-i:\p{Lu})[\p{L}\d.]*){0,2} for (?:the latest|breaking|more|daily|all the latest)\b[^.!?]{0,80}[.!]?$|` +
		`^latest from (?:the )?[\p{L}\d.-]+(?: [\p{L}\d.-]+){0,3}$|` +
		`^\(?\s*to (?:view|read|see) (?:our|the) e-?paper\b`)
})

// outletInvite reports a line under a story that invites the reader to the outlet's other
// channels or asks for the reader's stories (storyAskRe, outletInviteRe, a follow prompt that
// goes on to ask for story ideas). Read among a story's closing lines only, as trailerLine is;
// unlike a trailer line it may be long and may give an address, which the newsroom's call does.
func outletInvite(p string) bool {
	n := utf8.RuneCountInString(p)
	if n > maxOutletInvite {
		return false
	}
	if storyAskRe().MatchString(p) {
		l := strings.ToLower(p)
		return n <= 60 && strings.HasSuffix(strings.TrimSpace(p), "?") || textsim.ContainsAny(l, storyAskContacts)
	}
	if followPromptRe().MatchString(p) {
		l := strings.ToLower(p)
		if textsim.ContainsAny(l, followNetworks) && textsim.ContainsAny(l, storyAskWords) {
			return true
		}
	}
	return outletInviteRe().MatchString(p) || readerAppealRe().MatchString(p)
}

// readerAppealRe is the outlet's request for money that closes a story, in the shapes pages set
// it on a line of its own: "Donate to JTA now.", "This article was made possible by the support
// of readers like you.", "… helps fund the journalism we provide free … Support us here.", "…
// we ask you to support The Portugal News by making a contribution – no matter how small.",
// "Contribute as little as $2 to keep our news free for all.", "Hat Ihnen dieser Artikel
// gefallen? Dann unterstützen Sie uns bitte mit einer Spende …", "Ihnen hat der Artikel gefallen? Bitte
// helfen Sie <outlet> und spenden Sie jetzt …", "Soutenez-nous", "Apóyanos".
// Each asks for the outlet itself ("us", the outlet by its name); a story's closing sentence
// about a charity's appeal ("Donations can be made in Tripp's name to …", "people … to donate
// blood") names someone else.
var readerAppealRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^donate (?:to [^.!?]{1,40} )?(?:now|today)\s*[.!]?$|` +
		`\bmade possible by (?:the )?(?:support|generosity) of (?:readers|members|donors|listeners|viewers|subscribers)\b|` +
		`\bsupport us (?:here|today|now)\s*[.!]?$|` +
		`\bsupport (?:us|our (?:work|journalism|newsroom)|(?-i:\p{Lu})[\p{L}'’.-]*(?: (?-i:\p{Lu})[\p{L}'’.-]*){0,4}) by making a (?:donation|contribution|gift)\b[^.!?]{0,60}[.!]?$|` +
		`^contribute as little as\b|` +
		`\bunterstützen sie uns\b[^.!?]{0,60}\b(?:spende|mitgliedschaft|mitglied)\b|` +
		`^(?:hat )?ihnen (?:hat )?(?:dieser|der|unser) (?:artikel|beitrag|text) gefallen\s*\?\s*(?:dann )?(?:bitte )?(?:helfen|unterstützen) sie\b[^!?]{0,60}\bspende|` +
		`\bsoutenez[- ]nous\b|\bapóyanos\b|\bapoie (?:o nosso|nosso) jornalismo\b`)
})
