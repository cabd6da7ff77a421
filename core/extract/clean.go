package extract

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/boilerplate"
	"paperboy/core/textsim"
)

// Readability keeps some furniture that sits inside the article container and has no telling
// class: "Also on rt.com" teasers, "Subscribe to …" call-to-action boxes, "More Great WIRED
// Stories" link lists. These rules look at text and links only, so they carry across sites.
var (
	// recircHeadingRe is the whole text of a heading that introduces other stories.
	recircHeadingRe = mustPrefixRe(`(?i)^(?:trending(?: now| stories)?|most (?:read|popular|viewed|shared)|` +
		`more(?: great| top| related)?(?: [\p{L}\d'’&-]+){0,3} (?:stories|news|articles|coverage|reads)|more (?:from|on) .{1,40}|` +
		`related(?: stories| articles| coverage| content| news| links)?(?: (?:&|and) (?:links|resources))?|recommended(?: for you| stories| reading)?|more for you|` +
		`read (?:more|next|also)|also read|see also|further reading|you (?:may|might) also (?:like|enjoy)|(?:like this\?\s*)?you (?:may|might) also be interested in|` +
		`vous (?:aimerez|pourriez aimer) aussi|también te (?:puede|podría) interesar|(?:ti )?potrebbe interessarti(?: anche)?|` +
		`what to read next|top stories|latest (?:news|stories)|editor'?’?s picks|don'?’?t miss|` +
		`관련\s?기사|관련\s?뉴스|많이\s?본\s?(?:뉴스|기사)|인기\s?(?:뉴스|기사)|추천\s?(?:뉴스|기사)|주요\s?뉴스|최신\s?뉴스|` +
		`(?:당신이\s?)?(?:관심\s?있을|좋아할)\s?만한\s?(?:기사|뉴스|이슈|콘텐츠)|다른\s?(?:사람|독자)들?이\s?(?:흥미롭게\s?)?(?:읽은|본)\s?기사|` +
		`함께\s?(?:보면\s?좋은|읽으면\s?좋은|볼\s?만한)\s?(?:기사|뉴스)|` +
		`関連記事|おすすめ記事|(?:最新|新着|人気|注目)(?:記事|ニュース)(?:\s*一覧)?|ピックアップ|相关内容|相關內容|(?:APP)?精彩推荐|相关(?:新闻|文章|阅读|报道)|相關(?:新聞|文章|報導)|推荐阅读|延伸閱讀|延伸阅读|(?:最)?(?:热门|熱門)(?:新闻|新聞)|` +
		`Читайте также|Смотрите также|Также читайте|(?:Новости|Материалы|Статьи|Ссылки|Больше|Ещё|Еще) по теме|(?:Также )?По теме|Читайте (?:в разделе|в рубрике) «[^»]{1,40}»|Другие (?:новости|материалы|статьи)(?: по (?:этой )?теме)?|` +
		`Новости партн[её]ров|Последние новости|Главное за сутки|zobacz (?:też|także|również)|podobne (?:artykuły|tematy)|Τελευταία νέα|Σχετικά άρθρα|Διαβάστε (?:επίσης|ακόμη)|` +
		`Leia também|Veja também|Lea también|Le puede interesar|Lire aussi|À lire aussi|เรื่องที่เกี่ยวข้อง|` +
		// the same label in the Nordic languages, Dutch, Finnish, Italian, Polish, Ukrainian,
		// Romanian and Hungarian, French "read on", and a label naming the outlet ("Lire aussi
		// sur Regards.fr")
		`les også|læs også|läs också|lees ook|lue myös|leggi anche|читайте також|citește și|kapcsolódó (?:írások|cikkek)|lire la suite|(?:prze)?czytaj (?:też|także|również|więcej)|(?:à )?lire aussi sur [\p{L}\d.-]{1,30}|` +
		`related (?:posts|reading)|` +
		// Recommendation networks' labels over their sponsored teasers.
		`promoted (?:stories|content|links)|sponsored (?:stories|content|links|headlines)|(?:you )?may (?:also )?like|` +
		`(?:more )?from (?:the|around the) web|around the web|paid (?:partner )?content|recommended by \S.{0,30}|` +
		`(?:das|dies) könnte (?:sie|dich) (?:auch|ebenfalls) interessieren|(?:weitere|verwandte|ähnliche|empfohlene|neueste) (?:artikel|beiträge|nachrichten|meldungen)(?: zum thema)?|` +
		`mehr zum thema|mehr zu diesem thema|lesen sie auch|auch interessant|schon gelesen\?|meistgelesen(?:e artikel)?)\s*[:：.!]?$`)
	// namedRecircRe is the whole text of a label over other stories that names what they are
	// about or where they come from: "Read more on THE MISSING MUM", "Most read in The Sun",
	// "Latest on Tiger Global", "More in Gadgets". The name is capitalised (or a number), which
	// a subheading of the story opening alike is not ("More in store for …", "Latest on the
	// repairs"); and only a block is read so, not a link in a sentence ("… proves difficult.
	// <a>Read more in Tuesday's column</a>.").
	namedRecircRe = mustPrefixRe(`(?i)^(?:read more (?:on|from|about|in) (?-i:[\p{Lu}\d]).{0,39}|(?:most|more) (?:read|popular|viewed|shared|watched) (?:in|on|at|from) (?-i:[\p{Lu}\d]).{0,39}|` +
		`latest (?:in|on|from) (?-i:[\p{Lu}\d]).{0,39}|more (?:in|about) (?-i:[\p{Lu}\d]).{0,39})\s*[:：.!]?$`)
	// readAlsoRe opens a one-line pointer to another story: "Lea también: <headline>",
	// "Lesen Sie auch: …", "READ MORE: …", "Czytaj też: …", "Related article: …", "Related
	// Story - …", or the Russian and Ukrainian label run into its capitalised headline with not
	// even a space, where the page sets them apart only by style ("Читайте такожУкраїна має …").
	readAlsoRe = mustPrefixRe(`(?i)^(?:(?:read (?:more|also|next)|also read|see also|related(?: (?:articles?|stor(?:y|ies)|posts?|links?|content|coverage|videos?))?|more on this|explore further|` +
		`lesen sie (?:auch|hier|mehr)|auch lesen|mehr dazu|siehe auch|weiterlesen|zum thema|` +
		`lea también|lee también|le puede interesar|mire|leia também|veja também|lire aussi|à lire aussi|` +
		`читайте также|также читайте|по теме|관련\s?기사|(?:prze)?czytaj (?:też|także|również|więcej)|dowiedz się więcej|` +
		`les også|læs også|läs också|lees ook|lue myös|leggi anche|читайте також|citește și|now read|voir aussi|` +
		// Hindi "read this too" (Republic Bharat, Aaj Tak, Amar Ujala), Marathi, Bengali
		// ("আরও পড়ুন") and Urdu; ढ़ and ড় with the nukta composed or not
		`(?:इसे|यह|ये) भी प(?:\x{0922}\x{093C}|\x{095D})ें|हेही वाचा|আর(?:ও|ো) প(?:\x{09A1}\x{09BC}|\x{09DC})ুন|یہ بھی پڑھیں)(?:\s*[:：]|\s+[-–—])|` +
		`читайте (?:також|также)(?-i:\p{Lu})|` +
		// Le Monde's labels that name what the link is, always with their colon: "Lire
		// l'entretien : …", "Lire nos explications : …" ("Lire la suite de la critique de X sur
		// Libération.fr" is a link in a sentence)
		`lire (?:l['’]|les? |la |nos |notre )[\p{L}'’ -]{1,40}?\s*[:：])\s*\S`)
	// ctaStartRe opens a short block that advertises rather than reports.
	ctaStartRe = mustPrefixRe(`(?i)^(?:also on [\w-]+(?:\.[\w-]+)+\b|subscribe\b|sign up\b|` +
		// "subscribe" as a French, German and Spanish button says it ("Je m'abonne Tous les
		// contenus du Point en illimité" in Le Point's sticky bar); not Italian "abbonati",
		// which is also the noun "subscribers" a story's subheading may open with
		`je m['’]abonne\b|abonnez-vous\b|jetzt abonnieren\b|suscríbete\b|` +
		`get (?:our|the) .{0,40}newsletter|become a (?:member|subscriber|supporter)\b|support (?:our|independent) journalism|` +
		`like this (?:story|article)\?.{0,40}share|share (?:this|it) with a friend|follow (?:us|[\p{L}.]{1,20}) on .{1,30}$|` +
		`download (?:our|the) app\b|구독하기|뉴스레터\s?구독|기사\s?제보|never miss .{0,60}newsletter|` +
		`(?:special|limited[- ]time|introductory|exclusive) offer\s*[:!]|(?:was|is) this (?:article|story|page) (?:helpful|useful)\?|did you (?:find this|like this)|` +
		// a Korean site's reaction box over its emoji buttons: "이 기사 어땠나요?" ("how was this article?")
		`이 기사(?:는|가)? (?:어땠나요|어떠셨나요|어떠세요|도움이 되었나요|도움이 되셨나요)\?|` +
		`(?:war|ist) (?:der|dieser) (?:artikel|beitrag) (?:nützlich|hilfreich|lesenswert)\?|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen\?|` +
		`(?:artikel|beitrag) gefallen\?|hier können sie (?:den|diesen) (?:artikel|beitrag) bewerten|` +
		`(?:mit unserem|unser) newsletter\b|(?:jetzt )?(?:zum |für den )?newsletter (?:anmelden|abonnieren)|` +
		`подпишитесь на (?:наш|нас)|(?:оцените|поделитесь) (?:эту )?(?:статью|новостью)|` +
		// a newsletter's pitch and its fine print, a podcast's pointers to where it streams
		`get (?:more |the )?[\p{L}\d' ]{0,40} delivered (?:straight |right )?to your inbox|(?:this|our) newsletters? may contain\b|` +
		`listen to (?:every|each|all|more|past|the latest) episodes?\b|listen (?:to|on) [^.!?]{1,60}? on (?:spotify|apple podcasts|google podcasts|youtube music|your (?:favou?rite )?podcast))`)
)

// pointerGlyphs are the arrows and bullets a pointer to another story may open with, before its
// label: "» À lire aussi: …", "› Read more: …", ">> Lesen Sie auch: …".
const pointerGlyphs = "»›>→▶►▸■•· \u00a0"

// askUsRe ends a short line inviting readers to write in ("Want us to cover more? Email us at
// desk@example.com."): the address closes it, as it closes no sentence of a report.
var askUsRe = regexp.MustCompile(`(?i)\b(?:e-?mail|write to|contact|reach) us at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\W*$`)

// viewsDisclaimerRe is the outlet's notice that a signed piece speaks for its writer alone: "This
// text does not necessarily reflect the opinion of …", "Este texto não reflete, necessariamente, a
// opinião do …". The notice names the piece (or its views) as its subject; a report saying a poll
// does not necessarily reflect a town's views does not. The short box that holds it beside a
// label (the opinion label, its explainer, the notice) is furniture; the notice alone, a paragraph
// closing the story ("Note: the views expressed … do not necessarily reflect …"), is kept as the
// story's own, as references keep it.
var viewsDisclaimerRe = regexp.MustCompile(`(?i)\b(?:this|the|these|its|any) (?:text|article|column|piece|post|blog|content|opinions?|views?|commentary|op-ed)\b` +
	`[^.!?]{0,80}? (?:do|does) not necessarily (?:reflect|represent)\b|` +
	`\b(?:este|esse|o|os|as) (?:texto|artigo|conteúdo|coluna|blog|opiniões)\b[^.!?]{0,80}? não (?:reflete|refletem|representa|representam),? necessariamente\b|` +
	`\b(?:este|el|los|las) (?:texto|artículo|contenido|columna|blog|opiniones)\b[^.!?]{0,80}? no (?:refleja|reflejan|representa|representan),? necesariamente\b|` +
	`\b(?:ce|cet|cette|les) (?:texte|article|contenu|chronique|blog|opinions|propos)\b[^.!?]{0,80}? ne (?:reflète|reflètent|représente|représentent|engage|engagent) pas (?:nécessairement|forcément)\b`)

// labelBox reports a box of two blocks or more (a label and its text), not a paragraph.
func labelBox(n *html.Node) bool {
	if n.DataAtom == atom.P {
		return false
	}
	blocks := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) {
			blocks++
		}
	}
	return blocks >= 2
}

// cookieNoticeRe opens a cookie notice: its accept button's label, then who uses cookies.
var cookieNoticeRe = regexp.MustCompile(`(?i)^(?:(?:i )?(?:accept|agree|ok|got it|close)\W+)?(?:we|this (?:web ?)?site|our (?:web ?)?site|[^.!?]{1,60}? and (?:its|our) partners) (?:uses?|places?|sets?) cookies\b`)

// cookieNotice reports a box's text (with links of its runes in links) that is a cookie notice
// left in the page's column: its sentence, a link to accept it or to the policy, under
// placeholderMaxRunes.
func cookieNotice(text string, links int) bool {
	return links > 0 && utf8.RuneCountInString(text) <= placeholderMaxRunes && cookieNoticeRe.MatchString(text)
}

// appealHeadRe is the whole heading of a reader appeal ("Since you're here …", "A small favour
// to ask").
var appealHeadRe = mustPrefixRe(`(?i)^(?:since you(?:'|’)re here|before you go|(?:we have )?a (?:small )?favou?r to ask|` +
	`support (?:our|independent|quality) journalism|can you (?:help|support) us\??)\s*(?:…|\.\.\.|[:.!])?\s*$`)

// supportHeadRe is the whole heading of a reader appeal that names the outlet, capitalised as a
// heading is: "Support The Portugal News", "SUPPORT RADIO FREE ASIA".
var supportHeadRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:Support|SUPPORT) \p{Lu}[\p{L}\d'’.&-]*(?: [\p{L}\d'’.&-]+){0,4}\s*[.!]?$`)
})

// appealAsks name what a reader appeal asks for, lower-case: a donation, a contribution, a
// membership, a subscription.
var appealAsks = []string{"donat", "contribut", "member", "subscri", "spende", "doação", "donación", "don "}

// askingBox reports a box of an appeal's size whose text asks the reader for money (appealAsks).
func askingBox(n *html.Node) bool {
	return n != nil && !textLonger(n, maxAppeal) && textsim.ContainsAny(strings.ToLower(textOf(n)), appealAsks)
}

// maxAppeal bounds the box a reader appeal's heading opens: a few paragraphs and buttons.
const maxAppeal = 2500

// appealBox reports whether heading opens its parent, a box no longer than an appeal and not the
// whole page.
func appealBox(heading *html.Node) bool {
	p := heading.Parent
	if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || textLonger(p, maxAppeal) {
		return false
	}
	for c := p.FirstChild; c != nil && c != heading; c = c.NextSibling {
		if c.Type == html.ElementNode || c.Type == html.TextNode && !isBlank(c.Data) {
			return false
		}
	}
	return true
}

// aiSummaryNoteRe opens the disclaimer over a machine-written summary of the story: "AI 요약은
// OpenAI의 최신 기술을 활용해 핵심 내용을 …", "This summary was generated by AI".
var aiSummaryNoteRe = sync.OnceValue(func() *prefixRe {
	return mustPrefixRe(`(?i)^(?:(?:AI|인공지능)\s*(?:\(AI\)\s*)?(?:가\s*|이\s*|기반\s*)?요약(?:한|된|은|쏙)?\s|` +
		`(?:this |the )?(?:article |story )?(?:summary|key points)\s+(?:was |is |were |are )?(?:generated|created|written|produced)\s+(?:by|with|using)\s+(?:ai|artificial intelligence)\b|` +
		`ai[- ]generated (?:summary|key points)\b)`)
})

// aiNoteMaxRunes bounds the disclaimer aiSummaryNoteRe is tried on: a sentence or two.
const aiNoteMaxRunes = 200

// maxAISummary bounds the box around a machine summary: the disclaimer, a few sentences and the
// buttons that open or lock it; the story itself is longer.
const maxAISummary = 1200

// aiSummaryBox returns what goes with a summary's disclaimer: the nearest enclosing box that
// holds more than the disclaimer, when it is no longer than a summary and holds no story, else
// the disclaimer alone.
func aiSummaryBox(note *html.Node) *html.Node {
	for a := note.Parent; a != nil && a.Type == html.ElementNode; a = a.Parent {
		switch a.DataAtom {
		case atom.Body, atom.Html, atom.Article, atom.Main:
			return note
		}
		if !textLonger(a, utf8.RuneCountInString(strings.TrimSpace(textOf(note)))+2) {
			continue
		}
		if textLonger(a, maxAISummary) || holdsStory(a) {
			return note
		}
		return a
	}
	return note
}

// recircMaxRunes bounds the headings recircHeadingRe is tried on ("Das könnte Sie auch
// interessieren" is 33 runes), sparing the expression on every paragraph.
const recircMaxRunes = 80

// ctaMaxRunes bounds the blocks ctaStartRe may remove: a call to action is short, a
// paragraph that merely begins with "Subscribe" in a story about subscriptions is not.
const ctaMaxRunes = 300

// placeholderMaxRunes bounds the consent box of an embed: a label, a sentence or two and a switch.
const placeholderMaxRunes = 600

// postclean removes recirculation and call-to-action blocks from the article node that
// readability chose.
func postclean(root *html.Node) {
	dropGalleries(root)
	dropEmbeds(root)
	dropTeasers(root)
	var remove []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		teasers := teaserRun(n)
		remove = append(remove, teasers...)
		remove = append(remove, bareCalls(n)...)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || slices.Contains(teasers, c) {
				continue
			}
			if c.DataAtom == atom.Table && quoteTable(c) {
				remove = append(remove, c)
				continue
			}
			if (c.DataAtom == atom.H1 || c.DataAtom == atom.H2 || c.DataAtom == atom.H3) && mastheadHeading(c) {
				// The site's name linked to its home page (the logo's heading): when
				// readability reads the page's wrapper, the site's header comes with the
				// story, and its heading is no line of it.
				remove = append(remove, c)
				continue
			}
			if (c.DataAtom == atom.Ul || c.DataAtom == atom.Ol) && linkIndex(c) {
				remove = append(remove, c)
				continue
			}
			if textLonger(c, ctaMaxRunes) {
				if !textLonger(c, placeholderMaxRunes) {
					if text, links := textAndLinks(c); cookieNotice(text, links) {
						remove = append(remove, c)
						continue
					}
				}
				walk(c) // too long to be furniture itself; look inside
				continue
			}
			text, links := textAndLinks(c)
			runes := utf8.RuneCountInString(text)
			switch {
			case runes == 0:
				continue
			case runes <= recircMaxRunes && (recircHeadingRe.MatchString(text) || isBlockTag(c.DataAtom) && namedRecircRe.MatchString(text)):
				if n != root && isBlockTag(c.DataAtom) && labelBox(n) && opensBox(n, c) && !textLonger(n, maxRecircBox) && textLonger(root, 2*textRunes(n)) {
					// The label opens a box of its own ("More For You" over a card of
					// another story: its headline, byline, summary and key points, none a
					// link): the box is the recommendation, whatever it holds. The label is
					// a block of its own: a bold "Related:" opening a paragraph's sentence
					// labels that sentence, no box. A box that
					// holds half the reading or more is the story's own frame under a
					// section link ("Top Stories" over a short story's cell), not a card.
					remove = append(remove, n)
					return
				}
				remove = append(remove, c)
				if items := headedItems(c); len(items) > 0 {
					remove = append(remove, items...)
				} else if next := nextBlock(c); next != nil && linkList(next) {
					remove = append(remove, next)
				}
				continue
			case runes <= placeholderMaxRunes && boilerplate.IsPlaceholder(prefixRunes(text, 200)):
				// The box an embed shows until the reader consents: its label, the sentence
				// explaining it, the consent switch and the link to the source.
				remove = append(remove, c)
				continue
			case runes <= placeholderMaxRunes && holdsEmbedCode(c):
				// The dialog that offers a widget's embed code: the code is shown as text
				// ("<iframe src=…></iframe>") beside its theme choices and copy button.
				remove = append(remove, c)
				continue
			case runes <= ctaMaxRunes && (ctaStartRe.MatchString(text) || links > 0 && strings.IndexByte(text, '@') >= 0 && askUsRe.MatchString(text)):
				// askUsRe needs the address's "@"; looking for it first spares the expression.
				remove = append(remove, c)
				continue
			case runes <= ctaMaxRunes && labelBox(c) && viewsDisclaimerRe.MatchString(text):
				// labelBox first: it counts children, the expression reads every paragraph.
				remove = append(remove, c)
				continue
			case cookieNotice(text, links):
				remove = append(remove, c)
				continue
			case readingBar(text, runes):
				remove = append(remove, c)
				continue
			case runes <= aiNoteMaxRunes && aiSummaryNoteRe().MatchString(text):
				// The machine summary a page shows over the story, under its disclaimer: the
				// summary repeats the story in other words and goes with the disclaimer.
				remove = append(remove, aiSummaryBox(c))
				continue
			case runes <= recircMaxRunes && appealHeadRe.MatchString(text) && appealBox(c):
				// The reader appeal under a story: its heading opens a box of a few paragraphs
				// asking for support, and the box goes with it.
				remove = append(remove, c.Parent)
				continue
			case runes <= recircMaxRunes && (text[0] == 'S' || text[0] == 's') && supportHeadRe().MatchString(text) && appealBox(c) && askingBox(c.Parent):
				// The same appeal headed by the outlet's name ("Support The Portugal News"): the
				// box goes when it asks for money, where a story's section on support for someone
				// does not.
				remove = append(remove, c.Parent)
				continue
			case links*2 >= runes && runes <= ctaMaxRunes && readAlsoRe.MatchString(strings.TrimLeft(text, pointerGlyphs)):
				// The headline it points to is a link, most of the line; "Siehe auch: Tabelle
				// 2" or "Related: the council <a>voted</a> …" in prose is not.
				remove = append(remove, c)
				continue
			case subscribeLink(c, runes, links):
				// The wire's pitch under its summary, linked whole to its subscription form.
				remove = append(remove, c)
				continue
			case linkOnly(c, runes, links) && !commentsOpen.MatchString(text):
				// A link that opens the reader comments ("Leave a comment", "comments powered by
				// Disqus", "skomentuj") stays: trimEdges ends the story at it, and without it the
				// thread below reads on as the story's lines.
				remove = append(remove, c)
				continue
			case links > 0 && headedLinks(c, runes, links):
				remove = append(remove, c)
				continue
			case runes <= maxStampLine && (isBlockTag(c.DataAtom) || amongBlocks(c)) && stampOnly(c):
				// A header's or a teaser card's time stamp left on a line of its own.
				remove = append(remove, c)
				continue
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range remove {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// maxStampLine bounds a stamp's line in runes: a date, a time, a zone and a place or section.
const maxStampLine = 80

// amongBlocks reports an inline element that stands alone between blocks: no sibling is words
// or another inline element ("<article><time>…</time><div>…</div></article>"). A stamp inside a
// line ("Posted by <a>timothy</a> <time>on Tuesday July 24</time>") is that line's.
func amongBlocks(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		switch {
		case s == n:
		case s.Type == html.TextNode && !isBlank(s.Data):
			return false
		case s.Type == html.ElementNode && !isBlockTag(s.DataAtom) && s.DataAtom != atom.Script && s.DataAtom != atom.Style &&
			s.DataAtom != atom.Figure && s.DataAtom != atom.Picture && s.DataAtom != atom.Img:
			return false
		}
	}
	return true
}

// stampOnly reports a block that holds a <time> element and nothing else but separators and at
// most one short link (the dateline's place or section): "April 20, 2023 16:41 JST | Australia"
// under a header, "02. August 2023,17:31" left of a teaser card whose headline and picture went.
// A sentence that names a date in a <time> has words of its own around it.
func stampOnly(n *html.Node) bool {
	stamp, other, links := false, false, 0
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		if other {
			return
		}
		switch c.Type {
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Time:
				stamp = stamp || textRunes(c) > 0
				return
			case atom.A:
				if textRunes(c) > 0 {
					links++
					other = links > 1 || textRunes(c) > 30
				}
				return
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			}
		case html.TextNode:
			other = strings.TrimFunc(c.Data, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || r == '|' || r == '·' }) != ""
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
	}
	walk(n)
	return stamp && !other
}

// maxRecircBox bounds the box a recirculation label opens (opensBox) for postclean to drop it
// whole: one or two cards of other stories, shorter than a story read with a label above it.
const maxRecircBox = 1200

// opensBox reports whether c is the first block of n with text, no words of n before it.
func opensBox(n, c *html.Node) bool {
	for s := n.FirstChild; s != nil; s = s.NextSibling {
		if s == c {
			return true
		}
		if s.Type == html.TextNode && wordsBesideBr(s.Data) || s.Type == html.ElementNode && textLonger(s, 0) {
			return false
		}
	}
	return false
}

// headedItems returns the blocks after a "Related stories" heading that each open with another
// story's headline as a link: "<p><b><a>Liberals will introduce bill</a></b><br>The matter
// dominated …<br>CanWest News Service, January 27". Each item carries a summary and its source,
// so the list is not link text (linkList), and its stamps name no year (teaserItem); the heading
// above them says what they are. The run stops at the first block of another tag or not led by a
// headline's link, where the page goes on with something else, or at a block that ends in a
// colon: the writer's own sentence on the other story ("<a>The Cult …</a>. That's a sidebar to
// …:"), handing over to the passage it quotes.
func headedItems(heading *html.Node) []*html.Node {
	var out []*html.Node
	for next := nextBlock(heading); next != nil; next = nextBlock(next) {
		if !textLonger(next, 0) {
			continue // an item's thumbnail, a rule between items
		}
		if len(out) > 0 && next.DataAtom != out[0].DataAtom || textLonger(next, teaserMaxRunes) {
			break
		}
		if lead := leadLink(next); lead == nil || !wordsAtLeast(lead, 3) {
			break
		}
		if text := strings.TrimSpace(textOf(next)); strings.HasSuffix(text, ":") {
			break // the writer's own words on the linked story, introducing what they quote from it
		}
		out = append(out, next)
	}
	return out
}

// figureRe is a table cell that is a bare figure: a price, an index, a rate ("4,235.91",
// "$56.56", "26.78"); changeRe one that is a signed change ("+0.30%", "-2.51", "▲1.2%").
var (
	figureRe = regexp.MustCompile(`^[$€£¥]?\d[\d,.]*%?$`)
	changeRe = regexp.MustCompile(`^\(?[+\-−–▲▼]\s?[$€£¥]?\d[\d,.]*\s?%?\)?$`)
)

// minQuoteRows is the rows of quotes that make a ticker, not a line of a story's table.
const minQuoteRows = 3

// quoteTable reports a market ticker a page's column carries beside the story: a table whose
// every row is a name, its figures and its signed change ("Oil Brent | 56.56 | +0.30%"), with no
// row of column headings. A story's own table of market figures heads its columns ("Index |
// Close | Change"), and a heading row has no figures.
func quoteTable(t *html.Node) bool {
	rows := 0
	ok := true
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		for c := n.FirstChild; c != nil && ok; c = c.NextSibling {
			switch {
			case c.Type != html.ElementNode:
			case c.DataAtom == atom.Table:
				ok = false // a nested layout, not a ticker's plain rows
			case c.DataAtom == atom.Tr:
				switch quoteRow(c) {
				case rowQuote:
					rows++
				case rowOther:
					ok = false
				}
			default:
				visit(c)
			}
		}
	}
	visit(t)
	return ok && rows >= minQuoteRows
}

// The kinds of table row quoteRow tells apart.
const (
	rowEmpty = iota // no text: a spacer
	rowQuote        // a name, figures, a signed change
	rowOther        // anything else
)

// quoteRow reads a table row as a ticker's quote: a first cell naming the instrument, then
// cells that are figures only, at least one of them a signed change.
func quoteRow(tr *html.Node) int {
	var cells []string
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
			if t := strings.Join(strings.Fields(strings.ReplaceAll(textOf(c), brMark, " ")), ""); t != "" {
				cells = append(cells, t)
			}
		}
	}
	if len(cells) == 0 {
		return rowEmpty
	}
	if len(cells) < 2 || figureRe.MatchString(cells[0]) || changeRe.MatchString(cells[0]) {
		return rowOther
	}
	change := false
	for _, c := range cells[1:] {
		switch {
		case changeRe.MatchString(c):
			change = true
		case !figureRe.MatchString(c):
			return rowOther
		}
	}
	if !change {
		return rowOther
	}
	return rowQuote
}

// nextBlock returns the element after n, past white space and line breaks; nil when text comes
// first.
func nextBlock(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.ElementNode {
			return s
		}
		if s.Type == html.TextNode && wordsBesideBr(s.Data) {
			return nil
		}
	}
	return nil
}

// bareCalls returns the nodes of the calls to action that n holds as bare text between its blocks:
// "<hr>Get more local news delivered to your inbox. <a>Sign up</a>", where an <hr> closed the
// paragraph the line was written in. The walk in postclean reads elements, so it never sees such a
// line; it is judged like a block, by ctaStartRe on its whole text.
func bareCalls(n *html.Node) []*html.Node {
	var out []*html.Node
	var runBuf [16]*html.Node // the run is copied out when kept: most runs are short
	run := runBuf[:0]
	blocks := false
	flush := func() {
		if len(run) > 0 && run[0].Type == html.TextNode {
			var b strings.Builder
			for _, r := range run {
				b.WriteString(textOf(r))
			}
			if text := normSpace(b.String()); utf8.RuneCountInString(text) <= ctaMaxRunes && ctaStartRe.MatchString(text) {
				out = append(out, run...)
			}
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && isBlockTag(c.DataAtom):
			blocks = true
			flush()
		case c.Type == html.TextNode && len(run) == 0 && isBlank(c.Data):
		case c.Type == html.TextNode || c.Type == html.ElementNode:
			run = append(run, c)
		}
	}
	if !blocks {
		return nil // the text of a paragraph, judged with the paragraph
	}
	flush()
	return out
}

// linkOnly reports a short block that is nothing but a link, standing where paragraphs
// stand: a teaser for another story. Inline links inside prose never qualify.
func linkOnly(n *html.Node, runes, links int) bool {
	if runes > 160 || links*10 < runes*9 || besideText(n) {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.Ul, atom.Ol, atom.Section, atom.Aside, atom.H2, atom.H3, atom.H4, atom.A:
		return hasBlockSibling(n)
	}
	return false
}

// subscribeHrefs are path words of a subscription or sign-up form's address.
var subscribeHrefs = []string{"subscri", "abonelik", "abonnement", "abonnier", "abonner", "suscrip", "assinatura", "abbonament", "prenumer"}

// subscribeLink reports a block, up to a call to action's length, that is nothing but a link to
// a subscription form: "Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden
// abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime
// geçiniz." under a wire service's story, two sentences linked to its order form. Its text
// reports nothing; a sentence of the story that links a word to the form is mostly not link.
func subscribeLink(n *html.Node, runes, links int) bool {
	if runes > ctaMaxRunes || links*10 < runes*9 || besideText(n) || !hasBlockSibling(n) {
		return false // a link inside a line ("<b>Groovebug's Blue Note is</b> <a>First … Subscription App</a>")
	}
	a := n
	if n.DataAtom != atom.A {
		a = findElement(n, func(c *html.Node) bool { return c.DataAtom == atom.A })
	}
	return a != nil && subscribeHref(attr(a, "href"))
}

// subscribeHref reports an address whose host or a path segment opens with a subscription
// form's word ("/abonelik-talep-formu/", "subscribe.example.com"); a word inside a segment or
// the query ("/dp/B00IAKLM54%3FSubscriptionId%3D…", a shop's affiliate link) does not count.
func subscribeHref(href string) bool {
	href = strings.ToLower(href)
	href = cutQuery(href)
	_, href, _ = strings.Cut(href, "//")
	for _, seg := range strings.Split(href, "/") {
		if slices.ContainsFunc(subscribeHrefs, func(w string) bool { return strings.HasPrefix(seg, w) }) {
			return true
		}
	}
	return false
}

// headedLinks reports a block that opens with a "related stories" label in bold and holds
// nothing but links after it: "<p><strong>관련기사</strong><br><a>…</a><br><a>…</a></p>".
func headedLinks(n *html.Node, runes, links int) bool {
	var first *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			first = c
			break
		}
		if c.Type == html.TextNode && wordsBesideBr(c.Data) {
			return false // prose before any label
		}
	}
	if first == nil || first.DataAtom == atom.A {
		return false
	}
	label := normTextBr(first)
	if trimmed := strings.Trim(label, "[]【】<>▶■ "); label == "" || !recircHeadingRe.MatchString(trimmed) && !namedRecircRe.MatchString(trimmed) && !pointerLabel(first, label) {
		return false
	}
	rest := runes - utf8.RuneCountInString(label)
	return rest > 0 && links*10 >= rest*9
}

// pointerLabel reports a bold label that ends in a bar ("READ THIS STORY TOO |", in any
// language): the separator sites put between a "read also" label and the headline it links.
func pointerLabel(n *html.Node, label string) bool {
	return (n.DataAtom == atom.Strong || n.DataAtom == atom.B) && utf8.RuneCountInString(label) <= 40 &&
		(strings.HasSuffix(label, "|") || strings.HasSuffix(label, "│"))
}

// linkList reports a list or block of short links: every item carries a link and links
// make up a good part of the text.
func linkList(n *html.Node) bool {
	runes, links := textAndLinkRunes(n)
	if runes == 0 || links*10 < runes*3 {
		return false
	}
	items, linked := 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		items++
		if _, l := textAndLinkRunes(c); l > 0 {
			linked++
		}
	}
	return items > 0 && linked == items
}

// textLonger reports whether the text under n has more than max non-space runes (a lower
// bound of its whitespace-normalised length), without building it.
func textLonger(n *html.Node, max int) bool {
	count := 0
	return textUntil(n, func(t *html.Node) bool {
		count += nonSpaceRunesOver(t.Data, max-count)
		return count > max
	})
}

// nonSpaceRunesOver is nonSpaceRunes(s), or any count above limit once the count passes it: a
// long paragraph is asked about by every box around it, and each asks only for a few hundred
// runes.
func nonSpaceRunesOver(s string, limit int) int {
	count := 0
	for i := 0; i < len(s); {
		if count > limit {
			return count
		}
		// Each rune starts at a byte of its own and counts at most one, so the next
		// limit-count+1 bytes cannot pass the limit before the last of them: they are counted
		// without asking (the count stops at limit+1 exactly as when asked at every byte).
		end := len(s)
		if room := limit - count + 1; room > 0 && room < end-i { // room > 0: no overflow of a huge limit
			end = i + room
		}
		for i < end {
			if c := s[i]; c < utf8.RuneSelf {
				count += int(plainASCIICount[c])
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				count++
			}
			i += size
		}
	}
	return count
}

// plainASCIICount is plainASCII as a count: one for an ASCII byte that is not white space.
var plainASCIICount = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if plainASCII[c] {
			t[c] = 1
		}
	}
	return t
}()

// nonSpaceRunes counts the runes of s that are not white space (unicode.IsSpace; a byte of
// invalid UTF-8 is one rune, as ranging over s reads it). ASCII is read byte by byte: the runs
// it counts are the text of whole boxes, asked again for every box around them.
func nonSpaceRunes(s string) int {
	return nonSpaceRunesOver(s, len(s)) // never more runes than bytes: the bound is not reached
}

// textUntil hands the text nodes under n, in page order and outside scripts, styles and
// noscript fallbacks, to enough until it reports true, and reports whether it did: the counts
// that stop early (textLonger, wordsAtLeast) read no more of a large box than they need, and a
// search for one text (holdsEmbedCode) stops at it.
func textUntil(n *html.Node, enough func(*html.Node) bool) bool {
	if n.Type == html.TextNode {
		return enough(n)
	}
	if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Noscript) {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if textUntil(c, enough) {
			return true
		}
	}
	return false
}

// besideText reports an element with prose right before or after it ("landed <a>Bug 1</a>,
// which aims…"): it is part of a sentence, whatever block follows the sentence.
func besideText(n *html.Node) bool {
	for _, s := range []*html.Node{n.PrevSibling, n.NextSibling} {
		if s != nil && s.Type == html.TextNode && !isBlank(s.Data) {
			return true
		}
	}
	return false
}

// hasBlockSibling reports whether the nearest element on either side of n is a block.
func hasBlockSibling(n *html.Node) bool {
	for _, step := range []func(*html.Node) *html.Node{
		func(s *html.Node) *html.Node { return s.PrevSibling },
		func(s *html.Node) *html.Node { return s.NextSibling },
	} {
		for s := step(n); s != nil; s = step(s) {
			if s.Type == html.ElementNode {
				if isBlockTag(s.DataAtom) {
					return true
				}
				break
			}
		}
	}
	return false
}

// embedCodeRe matches a text that is the markup of an embed, shown for a reader to copy.
var embedCodeRe = regexp.MustCompile(`(?is)^<(iframe|script|embed|object)\b[^<>]*>.*</(?:iframe|script|embed|object)>$`)

// holdsEmbedCode reports an element with a text of embed markup outside <pre> and <code>: a
// widget's "embed this" box. A tutorial's sample markup sits in <pre> or <code>.
func holdsEmbedCode(n *html.Node) bool {
	return textUntil(n, func(t *html.Node) bool {
		d := strings.TrimSpace(t.Data)
		return len(d) > 16 && d[0] == '<' && !hasAncestor(t, atom.Pre) && !hasAncestor(t, atom.Code) && embedCodeRe.MatchString(d)
	})
}

// minIndexItems is the fewest items of a list linkIndex takes for an index of the site's pages.
const minIndexItems = 10

// maxIndexItem bounds an index item in runes: a name and a word or two of note.
const maxIndexItem = 60

// maxIndexScan bounds the items linkIndex reads.
const maxIndexScan = 400

// linkIndex reports a long list of short items that each open with a link, no item a sentence:
// an index of the site's pages printed beside or under the story ("Chřenovice (Havlíčkův
// Brod),", "Ratenice (Kolín),", … — each town's election results), which a reading that takes
// the story's wrapper takes along. Links make a good part of it (linkList) but not nine tenths
// (linkOnly), as each link has its note. A list the story makes of links, short ones too, has
// fewer items or sentences among them.
func linkIndex(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && !isBlank(c.Data) {
			return false
		}
		if c.Type != html.ElementNode {
			continue
		}
		if items++; c.DataAtom != atom.Li || items > maxIndexScan {
			return false
		}
		if textLonger(c, maxIndexItem) {
			return false
		}
		t := strings.TrimSpace(textOf(c))
		if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;") || !opensWithLink(c) {
			return false
		}
	}
	return items >= minIndexItems && linkList(n)
}

// opensWithLink reports an element whose first child that holds text is a link.
func opensWithLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if !isBlank(c.Data) {
				return false
			}
			continue
		}
		if c.Type == html.ElementNode {
			return c.DataAtom == atom.A && attr(c, "href") != "" || opensWithLink(c)
		}
	}
	return false
}
