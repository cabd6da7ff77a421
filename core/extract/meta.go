package extract

import (
	"encoding/json"
	"iter"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"paperboy/core/pubdate"
)

// publishedKeys are meta names and properties that date first publication, most trusted first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "published_time",
	"datepublished", "article:published", "pubdate", "publishdate", "publish_date", "publish-date",
	"publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.created", "date", "article.published", "originalpublicationdate", "og:regdate",
	"cxenseparse:recs:publishtime", "citation_publication_date", "dc.date.created", "rnews:datepublished",
	"article:published_date", "article:publish_time", "article_date_original", "date_published", "pub_date", "publish-time", "ptime",
	// Gannett papers write the publication minute only here ("08/18/2010 3:58 PM").
	"pubdatetime",
	// Some themes write every separator of the OpenGraph key as a colon.
	"article:published:time",
	// The New York Times' own keys ("20101113", "November 13, 2010"): the day the story went
	// out, which its address may not be (/2010/11/14/ names the next morning's paper).
	"pdate", "displaydate",
}

// genericDateKeys are the publishedKeys that say only "date": content systems fill them with
// the day the page was generated or last saved as often as with the publication, so a date
// the page shows or a specific key outranks them.
var genericDateKeys = map[string]bool{"date": true, "dc.date": true}

// modifiedKeys date the last update.
var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "datemodified", "article:modified", "dcterms.modified",
	"last-modified", "lastmod", "sailthru.lastmodified", "article:modified:time",
}

// publishedKeyParts name a publication time inside meta keys no list holds: sites prefix the
// common names with their own vocabulary ("og:pubdate", "dd:published_time",
// "content:publishdate", "analyticsAttributes.articleDate") or spell them their way
// ("articleDate", "item-publish-date"), read with the separators dropped.
var publishedKeyParts = []string{"publishdate", "publishtime", "publisheddate", "publishedtime", "publicationdate",
	"publicationtime", "pubdate", "pubtime", "articledate", "dateofpublication", "firstpublished"}

// notPublishedKeyParts mark such a key as another time: an update, an expiry, the print
// edition's day.
var notPublishedKeyParts = []string{"update", "modif", "expir", "print", "moddate"}

// otherPublishedMeta returns, in key order, the values of meta keys that name a publication
// time without being one of publishedKeys. They are read only when no known key dates the
// page, and rank with the generic "date" keys: a known key's meaning is settled, these are
// guessed from their names. A value a modification key repeats is dropped: the system writes
// its last save under both names ("zdf:publicationDate" and "zdf:modificationDate", the same
// millisecond, months after the day printed by the headline).
func otherPublishedMeta(meta map[string]string) []string {
	var keys []string
	saved := map[string]bool{}
	for k, v := range meta {
		if strings.Contains(k, "modif") || strings.Contains(k, "update") {
			saved[v] = true
		}
	}
	for k := range meta {
		if !strings.Contains(k, "pub") && !strings.Contains(k, "date") {
			continue // most keys: one pass over the name
		}
		n := strings.Map(func(r rune) rune {
			if r >= 'a' && r <= 'z' {
				return r
			}
			return -1
		}, k)
		if !saved[meta[k]] && slices.ContainsFunc(publishedKeyParts, func(w string) bool { return strings.Contains(n, w) }) &&
			!slices.ContainsFunc(notPublishedKeyParts, func(w string) bool { return strings.Contains(n, w) }) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = meta[k]
	}
	return vals
}

// pageDates reads publication and modification times from every source the page offers and
// picks by rank (see dateRank): metadata, data attributes, labelled or classed visible dates
// and other <time> elements, the address, and last the top of the story text. Values without
// an offset are read in loc, visible text in visibleLoc (see pageZones).
func pageDates(p *page, ld *ldArticle, body, title string, pageURL *url.URL, lang string, loc, visibleLoc *time.Location, now time.Time) (published, modified pubdate.Stamp) {
	host := hostOf(pageURL)
	if u, err := url.Parse(p.canonical); host == "" && err == nil && u.IsAbs() {
		host = u.Hostname()
	}
	// The first <h1> is the headline when it agrees with the title; otherwise it is often the
	// site's logo, and the title as found in the text marks the headline.
	headline, other := title, p.h1
	if title == "" || strings.Contains(p.h1, title) || strings.Contains(title, p.h1) {
		headline, other = p.h1, title
	}
	zone, after := headerZone(p.text, headline, body)
	zoneHeadline := headline
	var beforeUpdate pubdate.Stamp // the header's first date when an update label follows it
	if zone == "" {
		zone, after = headerZone(p.text, other, body)
		zoneHeadline = other
	}
	first := monthFirst(lang, sameLangLocale(lang, p.meta["og:locale"]), host)
	if !yearFirst(lang) {
		// The line under the headline counts with the marked dates: a byline printed in no
		// element of its own ("Posted 9:45 AM 11/06/10") is read from there.
		below := ""
		if zone != "" {
			below = zone[after:]
		}
		declared := func(ref string) func() string {
			return func() string {
				u, _ := url.Parse(resolveURL(pageURL, ref))
				return addressDay(u)
			}
		}
		first = numericOrder(first, dayFirstHost(host), slices.Concat(p.dateTexts, p.strongBylines, p.byText, p.bylines, p.earlyDateTexts, []string{below}),
			func() string { return addressDay(pageURL) }, declared(p.canonical), declared(p.meta["og:url"]),
			func() string {
				return machineDay(append(append([]string{ld.published}, metaValues(p, publishedKeys)...), p.itemprops["datepublished"])...)
			})
	}
	p.dateTexts, p.earlyDateTexts = joinSeparateClock(p.dateTexts, p.headClock), joinSeparateClock(p.earlyDateTexts, p.headClock)
	d := dateReader{
		machine: pubdate.Context{Loc: loc, MonthFirst: first},
		visible: pubdate.Context{Loc: visibleLoc, MonthFirst: first, Now: now},
	}
	var pub, mod []dateCand
	metaVals := []string{ld.published}
	var generic []string
	for _, k := range publishedKeys {
		if genericDateKeys[k] {
			generic = append(generic, p.meta[k])
		} else {
			metaVals = append(metaVals, p.meta[k])
		}
	}
	parsely := parselyPage(p.meta["parsely-page"]).PubDate
	// The values of meta tags and JSON-LD, which only the page's own item writes; an element's
	// itemprop may be a card's (see listedPubTimes).
	ownVals := append(slices.Clone(metaVals), parsely)
	metaVals = append(metaVals, p.itemprops["datepublished"], parsely, p.itemprops["datecreated"])
	var pubTimes, times []timeTag
	for _, t := range p.times {
		if t.masthead && len(p.times) > 1 {
			continue // the site header's "today", where the story dates itself below
		}
		if t.pub {
			pubTimes = append(pubTimes, t)
		} else {
			times = append(times, t)
		}
	}
	metaRead := d // the metadata's values, in the order the print witnesses (see metaOrderAgainstPrint)
	if metaOrderAgainstPrint(d, metaVals, p.dateTexts) {
		metaRead.machine.MonthFirst, metaRead.visible.MonthFirst = !first, !first
	}
	metaRead.value(&pub, rankMeta, metaVals...)
	var own []dateCand
	metaRead.value(&own, rankMeta, ownVals...)
	var listed bool
	if pubTimes, times, listed = listedPubTimes(d, own, pubTimes, times); listed {
		for i, c := range pub {
			if !slices.ContainsFunc(own, func(o dateCand) bool { return o.st.Time.Equal(c.st.Time) }) {
				pub[i].rank = rankVisible // the first card's itemprop="datePublished"
			}
		}
	}
	d.times(&pub, rankMeta, pubTimes...)
	if len(pub) == 0 {
		// Below the dates the page marks: QQ's "apub:time" is its aggregator's repost, hours
		// after the stamp under the headline.
		d.value(&pub, rankGeneric, otherPublishedMeta(p.meta)...)
	}
	var genericDates []dateCand
	d.value(&genericDates, rankMeta, generic...)
	// No publication key, only a generic "date" (TYPO3 and other systems stamp the page record
	// there, often weeks before the story's own date): see byVisibleDay.
	genericOnly := !slices.ContainsFunc(pub, func(c dateCand) bool { return c.rank == rankMeta })
	d.value(&pub, rankData, p.dataDates...)

	// Visible dates: labelled ones (in date elements and bylines, then anywhere in the page
	// text) come first, then machine <time> values, then the first date of an unlabelled
	// date element.
	visible := append(append(append(append(append([]string{}, p.dateTexts...), p.strongBylines...), p.byText...), p.bylines...),
		p.earlyDateTexts...)
	var unlabelled []string
	var labelledPub []dateCand
	// Elements marked as dates and bylines may print a two-digit year ("Party, 30.10.23"),
	// day first; Korean, Japanese and Chinese pages put such a year first ("19.11.18").
	marked := d
	marked.visible.ShortYear = !yearFirst(lang) && visibleLoc != kst
	// A line the page repeats (a byline that is also a date element) is read for its labels
	// once, and counts as often as it comes.
	type labels struct{ pub, mod, named []dateCand }
	read := make(map[string]labels, len(visible))
	markedLabelled := func(t string) ([]dateCand, []dateCand) {
		l, ok := read[t]
		if !ok {
			l.pub, l.mod, l.named = marked.labelledNamed(t)
			read[t] = l
		}
		return l.pub, l.mod
	}
	// The labelled publications of date elements and bylines whose label names the act (not a
	// bare "Datum:"), which printedReleaseHoursLater takes for another act.
	var shownNamed []dateCand
	for _, t := range visible {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsLetter(r) && slices.Contains(p.publishClassDates, t) {
			// "<span class=publish-date>May 5, 2017</span>" under the headline: the class is the
			// label, which a related story's "Published on Jun. 7, 2017" in the sidebar must not
			// outrank. Only a date that opens with its month's name: a numeric one
			// ("04/07/17") is left to the page's day order.
			if lp, lm := markedLabelled(t); len(lp) == 0 && len(lm) == 0 {
				t = "Published " + t // no label of its own ("Actualizado 27/04/2022" is an update)
			}
		}
		lp, lm := markedLabelled(t)
		pub, mod, labelledPub = append(pub, lp...), append(mod, lm...), append(labelledPub, lp...)
		shownNamed = append(shownNamed, read[t].named...)
		if len(lp) == 0 {
			// "2023-11-07 15:03 / Updated: 2023-11-07 15:30": the date before an update label
			// is the publication.
			unlabelled = append(unlabelled, beforeUpdateLabel(t))
		}
	}
	// The labelled times of date elements and bylines, before the page's running text adds its own.
	shownPub := labelledPub[:len(labelledPub):len(labelledPub)]
	shownMod := mod[:len(mod):len(mod)]
	lp, lm := d.labelled(p.text)
	pub, mod, labelledPub = append(pub, lp...), append(mod, lm...), append(labelledPub, lp...)
	d.times(&pub, rankVisible, times...)
	marked.text(&pub, rankVisible, unlabelled...)
	for _, c := range genericDates {
		if !c.st.Zoned {
			c.rank = rankGeneric
		}
		pub = append(pub, c)
	}
	noRelative := d
	noRelative.visible.Now = time.Time{}
	if st, ok := urlDate(pageURL, visibleLoc); ok {
		rank := rankURL
		if issueAddress(pageURL) {
			// "/magazine/2020/06/29/…": the print issue's cover date, a week or more after the
			// story went online; the page's own dates are not settled by it (byAddress).
			rank = rankPage
		}
		pub = append(pub, dateCand{st, rank})
	}
	if zone != "" {
		st, start, end, ok := notMasthead(zone, after-len(zoneHeadline), noRelative.visible, p.mastheadDates)
		if ok {
			st, start, end = dateRightAfter(zone, after-len(zoneHeadline), after, st, start, end, noRelative.visible)
		}
		if ok && updateLabelNext(zone[end:]) {
			beforeUpdate = st
		}
		if marked.visible.ShortYear {
			// The line under a headline is a dateline as surely as an element named a date
			// is ("Do 25.04.24 | 14:07 Uhr | Von …"): its two-digit years count too, else the
			// first four-digit year after it, in a caption or a teaser, dates the page. Only
			// below the headline: above it stand navigation and "last visit" lines.
			short := noRelative.visible
			short.ShortYear = true
			if st2, s2, _, ok2 := pubdate.Find(zone[after:], short); ok2 && (!ok || after+s2 < start) {
				st, ok = st2, true
			}
		}
		if ok {
			pub = append(pub, dateCand{st, rankHeader})
		}
	}
	if head := proseHead(body); head != "" {
		noRelative.text(&pub, rankProse, head)
	}
	d.value(&pub, rankScript, p.scriptDates...)
	if len(pub) == 0 {
		// Nothing else dates the story: its own record in the script state may. A time there
		// without an offset is the newsroom's wall clock, the one the page prints ("16:30").
		local := d
		local.machine.Loc = visibleLoc
		local.value(&pub, rankScript, headlineStateDate(p.scripts, headline, other)...)
	}
	if len(pub) == 0 {
		noRelative.text(&pub, rankPage, p.text)
	}
	metaRead.value(&mod, rankMeta, append([]string{ld.modified}, metaValues(p, modifiedKeys)...)...)
	metaRead.value(&mod, rankMeta, p.itemprops["datemodified"])
	d.value(&mod, rankData, p.updatedTitles...)
	var below []dateCand // the first date of a date element, else of a <time>, after the headline
	for _, t := range p.dateTexts {
		if marked.text(&below, rankVisible, beforeUpdateLabel(t)); len(below) > 0 {
			break
		}
	}
	shownBelow := below[:len(below):len(below)] // a date element's, not a bare <time>'s
	for _, t := range p.times {
		if t.afterHeading {
			if d.times(&below, rankVisible, t); len(below) > 0 {
				break
			}
		}
	}
	if statedDate(pub) {
		pub, labelledPub, shownPub, below, shownBelow = statedOnly(pub), statedOnly(labelledPub), statedOnly(shownPub), statedOnly(below), statedOnly(shownBelow)
		shownNamed = statedOnly(shownNamed)
	}
	if statedDate(mod) {
		mod = statedOnly(mod)
	}
	asRead := slices.Clone(pub) // before the twin rules move a printed clock to a metadata instant
	pub = zonedTwins(utcWallTwins(gmtClockTwins(pub)), mod)
	published, _ = choose(byAddress(byHeadline(byVisibleDay(afterUpdate(pub, mod), mod, labelledPub, below, genericOnly), shownPub), shownPub, below))
	modified, _ = choose(mod)
	published = earlierPrinted(published, pub, mod, below, visibleLoc)
	published = createdPrinted(published, pub, below, p.meta)
	if !shownPubTime(d, p.times, published) {
		published = savedAsPublished(published, pub, mod, below)
	}
	region := plausibilityRegion(visibleLoc, pageURL)
	published = localClockAsUTC(published, pub, visibleLoc, region)
	published = unprintedNaiveInRegion(published, pub, mod, region)
	published = updateAsPublished(published, pub, mod, labelledPub)
	published = printedTime(published, pastMasthead(storyText(p), headline, p.mastheadDates), noRelative.visible)
	if published.DateOnly() && len(pubTimes) > 0 {
		var labelled []dateCand
		d.times(&labelled, rankMeta, pubTimes...)
		published = labelledTimeDayBefore(published, labelled, visibleLoc)
	}
	published = yearlessTime(published, p.dateTexts, noRelative.visible)
	published = standardGenericZone(published, pub)
	published = publishedBeforeUpdate(published, pub, beforeUpdate)
	published = notAfterPrintedUpdate(published, pub, shownMod, mod, visibleLoc)
	published = printedClockOverSlip(published, pub, shownPub, visibleLoc)
	published = printedRelease(published, pub, mod, shownPub)
	published = printedReleaseHoursLater(published, pub, mod, shownNamed, shownBelow, visibleLoc)
	published = zonedPrintedOverNaive(published, pub, mod, p.dateTexts, noRelative.visible)
	published = seasonalPrintedOverOffset(published, pub)
	published = summerHourTwice(published, pub, asRead, visibleLoc)
	published = printedZoneWitness(published, pub)
	published = printedUTCClockLabelledLocal(published, pub, visibleLoc)
	published, modified = inPageZone(published, pub, visibleLoc, region), inPageZone(modified, mod, visibleLoc, region)
	published = printedLocalClock(published, pub)
	published = metaSecondsInMinute(twinOffsetClock(published, pub, mod, region), p.meta, pub, ld.created)
	// A date element printed without its year, which the page's own id or address completes.
	if st, ok := yearlessPrinted(p.dateTexts, p.bodyID, pageURL, visibleLoc); ok &&
		(published.IsZero() || published.DateOnly() && published.Time.Format(time.DateOnly) == st.Time.Format(time.DateOnly)) {
		published = st
	}
	published = yearlessAddressMonth(published, p.dateTexts, pageURL, noRelative.visible)
	if published.IsZero() && yearFirst(lang) {
		if st, ok := yearlessMetaYear([][]string{p.dateTexts, p.earlyDateTexts}, p.meta, p.itemprops, visibleLoc); ok {
			published = st
		}
	}
	if published.IsZero() || !modified.IsZero() && onlyRunningText(pub) {
		// A page that only says when it was last changed ("Stand: 05. Februar 2020") is dated
		// by that: it is the best bound on when the story appeared, and a date the story
		// mentions is no date of the page at all.
		published = printedUpdateClock(modified, pub, region)
	}
	return published, modified
}

// minListedTimes is how many different instants the publication <time> elements must state
// before, against the page's own publication metadata, they are taken for a list of stories.
const minListedTimes = 3

// listedPubTimes moves to the plain <time> elements (times) every publication-marked one
// (<time itemprop="datePublished">) that states another instant than the page's publication
// metadata (meta, the candidates its meta tags and JSON-LD gave) when those elements state at
// least minListedTimes instants: a "more from this writer" list marks each card's stamp as a
// publication, and those are other stories' dates, which must not count as the page's metadata
// naming a second day (see byVisibleDay). With no metadata, or fewer instants, all stay;
// listed reports that some moved, and the itemprops of those elements are then no metadata.
func listedPubTimes(d dateReader, meta []dateCand, pubTimes, times []timeTag) (keep, plain []timeTag, listed bool) {
	if len(meta) == 0 || len(pubTimes) < minListedTimes {
		return pubTimes, times, false
	}
	own := func(c dateCand) bool {
		return slices.ContainsFunc(meta, func(m dateCand) bool { return m.st.Time.Equal(c.st.Time) })
	}
	instants := map[int64]bool{}         // Unix nanoseconds: a page may hold thousands of <time>s
	marks := make([]bool, len(pubTimes)) // the elements stating a metadata instant
	var one []dateCand
	for i, t := range pubTimes {
		one = one[:0]
		if d.times(&one, rankMeta, t); len(one) == 0 {
			continue
		}
		marks[i] = own(one[0])
		instants[one[0].st.Time.UnixNano()] = true
	}
	if len(instants) < minListedTimes {
		return pubTimes, times, false
	}
	plain = slices.Clone(times)
	for i, t := range pubTimes {
		if marks[i] {
			keep = append(keep, t)
		} else {
			plain = append(plain, t)
		}
	}
	return keep, plain, true
}

// joinSeparateClock joins a bare clock ("16:14") that a layout prints in an element of its own
// (<div class="time">) right before the headline's block (clock, see clockBesideHeadline) to the
// day a date element near it prints alone (<div class="date">Friday 22.05.2020</div>): the two
// are one stamp, and the day read alone is midnight. Only the first
// date element that prints a day without a time takes a clock, from the next three elements
// (or the one before it), and none past another element that names a day: the clock must
// stand between no other dates. The element's own parts and the element holding it (both
// classed as dates, each read) do not count. The clock must be the only bare clock among the
// date elements: several are a list of other stories' times under the day they share. texts is not changed; a joined copy is returned.
func joinSeparateClock(texts []string, clock string) []string {
	if len(texts) < 2 || clock == "" {
		return texts
	}
	clocks := 0
	for _, t := range texts {
		if bareClock(t) {
			clocks++
		}
	}
	if clocks != 1 {
		return texts // none, or a news roll's times under its day ("28.11.2011", "18:39", "18:13"…)
	}
	for i, t := range texts {
		st, _, end, ok := pubdate.Find(t, pubdate.Context{})
		if !ok {
			continue
		}
		if !st.DateOnly() || strings.IndexByte(t, ':') >= 0 {
			return texts // the first date element holds its time, or a time the reading skipped
		}
		for _, j := range []int{i + 1, i + 2, i + 3, i - 1} {
			if j < 0 || j >= len(texts) {
				continue
			}
			if strings.Contains(t, texts[j]) || strings.Contains(texts[j], t) {
				continue // the date element's own parts, or the element holding it
			}
			if texts[j] == clock {
				out := slices.Clone(texts)
				out[i] = t[:end] + " " + texts[j] + t[end:] // right after the day: the element may print more
				return out
			}
			if j > i {
				if _, _, _, ok := pubdate.Find(texts[j], pubdate.Context{}); ok {
					return texts
				}
			}
		}
		return texts
	}
	return texts
}

// bareClock reports a text that is only a 24-hour clock time, "9:10" or "16:14".
func bareClock(t string) bool {
	h, m, ok := strings.Cut(t, ":")
	if !ok || len(h) < 1 || len(h) > 2 || len(m) != 2 {
		return false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	return err1 == nil && err2 == nil && h[0] != '+' && h[0] != '-' && m[0] != '+' && m[0] != '-' && hh < 24 && mm < 60
}

// publishedBeforeUpdate takes the time printed by the headline in front of an update label
// ("January 19, 2020 / 12:25 PM / Updated 8 hours ago") over a later metadata time: the
// label says the page changed after that stamp, and a template that fills its publication
// key at every save then holds the update (Reuters' og:article:published_time, 09:49 UTC the
// next morning). Only a stamp to the minute, at most a week before the metadata, and not
// the metadata's own moment in another zone (its wall clock a whole number of quarter hours
// away, which is the same instant printed locally).
// A printed day without a clock ("September 30, 2015 Updated: October 1, 2015 4:18pm") wins
// over a metadata time one to seven days after it, in the metadata's zone.
func publishedBeforeUpdate(st pubdate.Stamp, cands []dateCand, printed pubdate.Stamp) pubdate.Stamp {
	if printed.IsZero() || st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	if printed.DateOnly() {
		// "September 30, 2015 Updated: October 1, 2015 4:18pm" over a metadata time of the
		// update's day: a printed day before the metadata's (in its own zone), within a week.
		t := printed.Time
		day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, st.Time.Location())
		if d := st.Time.Sub(day); d >= 24*time.Hour && d <= 7*24*time.Hour {
			return printed
		}
		return st
	}
	if _, same := wallOffset(st, printed); same {
		return st
	}
	if d := st.Time.Sub(printed.Time); d <= 0 || d > 7*24*time.Hour {
		return st
	}
	return printed
}

// notAfterPrintedUpdate bounds a metadata publication time by the update time the page prints
// in a date element or byline ("Stand: 26.05.2010 06:39 Uhr" under a DC.Date of 22:00 that
// day): a story is not published after the page says it last changed, so the metadata stamps
// something else (a scheduled export, the day's edition) and the printed time is the best
// bound the page gives. Only a later metadata time of the same day, and not by whole quarter
// hours (the same moment read in another zone); a printed time without its zone only where
// the country keeps one (loc), not a guess among several (a Central-time station read in New
// York's zone prints its update "before" its metadata). A printed update that is the metadata's
// own modification time (the same minute), which the metadata itself states before its
// publication, bounds nothing: the metadata tells the order, a story last saved before it was
// released ("Updated: 4 Mar 2026 08:57" under dateModified 08:57:43 and datePublished 09:56:08).
func notAfterPrintedUpdate(st pubdate.Stamp, cands, shownMod, mod []dateCand, loc *time.Location) pubdate.Stamp {
	if st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	one := oneZone(loc)
	for _, c := range shownMod {
		if c.rank != rankVisible || c.st.Precision < pubdate.Minute || !c.st.Zoned && !one {
			continue
		}
		if slices.ContainsFunc(mod, func(m dateCand) bool {
			return m.rank == rankMeta && m.st.Precision >= pubdate.Minute && m.st.Time.Before(st.Time) &&
				m.st.Time.Truncate(time.Minute).Equal(c.st.Time.Truncate(time.Minute))
		}) {
			continue // the metadata's own save before its release
		}
		if st.Time.In(c.st.Time.Location()).Format(time.DateOnly) != c.st.Time.Format(time.DateOnly) {
			continue // the same day only: across days the two stamp different acts
		}
		d := st.Time.Truncate(time.Minute).Sub(c.st.Time)
		if d > 0 && d <= 48*time.Hour && d%(15*time.Minute) != 0 {
			return c.st
		}
	}
	return st
}

// printedClockOverSlip takes the publication time the page prints with a label in a date
// element ("Vydáno: 22.03.2022, 16:07") over a metadata time of that day a whole number of
// hours away (one to three), when the page's zone is a named one its country keeps alone: the
// printed clock is the newsroom's, and a metadata value hours off states a wrong offset (ČTK's
// microdata "14:07:00+01:00" on the very element that prints 16:07; its JSON-LD says
// "16:07:00+02:00", the summer offset in March). The metadata's seconds stay when its wall
// clock is the printed minute.
func printedClockOverSlip(st pubdate.Stamp, cands, shownPub []dateCand, loc *time.Location) pubdate.Stamp {
	if loc == nil || loc == time.UTC || manyZones[loc.String()] || loc.String() == "" || st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	for _, p := range shownPub {
		if p.st.Zoned || p.st.Precision != pubdate.Minute {
			continue
		}
		w := p.st.Time
		local := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, loc)
		d := st.Time.Truncate(time.Minute).Sub(local)
		if d < 0 {
			d = -d
		}
		if d == 0 || d%time.Hour != 0 || d > 3*time.Hour || st.Time.In(loc).Format(time.DateOnly) != local.Format(time.DateOnly) {
			return st
		}
		if m := st.Time; m.Hour() == w.Hour() && m.Minute() == w.Minute() {
			local = local.Add(time.Duration(m.Second()) * time.Second)
		}
		return pubdate.Stamp{Time: local, Precision: st.Precision, Zoned: true}
	}
	return st
}

// printedUTCClockLabelledLocal takes the clock a page prints (a date element, a <time>, the line
// under its headline) over a metadata value that states the printed moment's UTC wall clock with
// the page's own offset appended (BandNews' JSON-LD "23:49:47-03:00" over a printed "20:49" in
// Rio: 23:49 is 20:49 Brasília time in UTC). The value's seconds stay: they are the UTC clock's,
// and so the printed minute's. A matching UTC minute three hours off is no chance meeting, so
// the page's zone may be a guess among a country's several (manyZones): the value's own offset
// is that zone's. A value that states no zone and was read in the page's zone is the same UTC
// clock with nothing appended (hardwareluxx's JSON-LD "16:14:21" under a printed "18:14" in
// April, and a <time> stating "16:14:21+02:00"): read as the UTC clock it is when the page prints
// it that very offset later.
func printedUTCClockLabelledLocal(st pubdate.Stamp, cands []dateCand, loc *time.Location) pubdate.Stamp {
	zoned := st
	zoned.Zoned = st.Zoned || st.Time.Location() == loc
	if loc == nil || loc == time.UTC || !zoned.Zoned || isUTC(st) || st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	for _, c := range cands {
		if c.rank != rankVisible && c.rank != rankHeader || c.st.Zoned || c.st.Precision != pubdate.Minute || c.st.Time.Location() != loc {
			continue
		}
		if utcClockLabelledLocal(zoned, c.st.Time) {
			w := c.st.Time
			return pubdate.Stamp{Time: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), st.Time.Second(), st.Time.Nanosecond(), loc),
				Precision: st.Precision, Zoned: true}
		}
	}
	return st
}

// utcClockLabelledLocal reports a zoned metadata value whose wall clock is the UTC clock of
// printed local moment local, to the minute, and whose offset is local's own: a generator wrote
// the UTC time and appended the newsroom's offset.
func utcClockLabelledLocal(st pubdate.Stamp, local time.Time) bool {
	_, off := st.Time.Zone()
	_, own := local.Zone()
	if !st.Zoned || off == 0 || off != own {
		return false
	}
	w, u := st.Time, local.UTC()
	return w.Year() == u.Year() && w.YearDay() == u.YearDay() && w.Hour() == u.Hour() && w.Minute() == u.Minute()
}

// printedZoneWitness takes a metadata value that the page's printed, zoned clock and another
// metadata value agree on over the metadata value chosen, which falls whole hours from both
// ("datePublished 13:34:39Z" beside "article:published_time 17:34:39" under "10:34 AM PDT": a
// server stamped its own wall clock "Z"). Two sources state one instant, the printed one with its
// zone: that instant, with the witness's seconds, shown in the printed zone. Only a printed stamp
// to the minute that states its zone, and a witness that falls in the printed minute.
func printedZoneWitness(st pubdate.Stamp, cands []dateCand) pubdate.Stamp {
	if st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	for _, c := range cands {
		if c.rank != rankVisible && c.rank != rankHeader || !c.st.Zoned || c.st.Precision != pubdate.Minute {
			continue // a printed clock reads to the minute; a <time> to the second is a machine value
		}
		printed := c.st.Time.Truncate(time.Minute)
		if d := st.Time.Truncate(time.Minute).Sub(printed); d == 0 || d%time.Hour != 0 || d > 14*time.Hour || d < -14*time.Hour {
			return st // the printed clock is the value's own minute, or no slipped zone of it
		}
		for _, m := range cands {
			if m.rank == rankMeta && m.st.Precision >= pubdate.Minute && m.st.Time.Truncate(time.Minute).Equal(printed) {
				return pubdate.Stamp{Time: m.st.Time.In(c.st.Time.Location()), Precision: m.st.Precision, Zoned: true}
			}
		}
		return st
	}
	return st
}

// seasonalPrintedOverOffset takes the clock a page prints with a zone that follows the
// season ("May 15, 2013 03:54 PM ET": Eastern time, daylight in May) over a metadata value
// that states the same wall clock to the minute with that zone's offset of the other season
// ("15:54-05:00"): a template that writes the standard offset all year misstates the summer
// half, and the printed zone names the clock while the date settles its offset. Only a
// visible stamp read to the minute in a named zone (not a fixed abbreviation such as "EST"),
// the metadata's offset the zone's other one; the metadata's seconds stay.
func seasonalPrintedOverOffset(st pubdate.Stamp, cands []dateCand) pubdate.Stamp {
	if !st.Zoned || isUTC(st) || st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	m := st.Time
	_, metaOff := m.Zone()
	for _, c := range cands {
		if c.rank != rankVisible && c.rank != rankHeader || !c.st.Zoned || c.st.Precision != pubdate.Minute {
			continue
		}
		w := c.st.Time
		loc := w.Location()
		if !strings.Contains(loc.String(), "/") || w.Year() != m.Year() || w.YearDay() != m.YearDay() || w.Hour() != m.Hour() || w.Minute() != m.Minute() {
			continue
		}
		_, off := w.Zone()
		_, winter := time.Date(w.Year(), time.January, 1, 12, 0, 0, 0, loc).Zone()
		_, summer := time.Date(w.Year(), time.July, 1, 12, 0, 0, 0, loc).Zone()
		if winter == summer || off == metaOff || metaOff != winter && metaOff != summer {
			continue
		}
		return pubdate.Stamp{Time: time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), m.Second(), m.Nanosecond(), loc),
			Precision: st.Precision, Zoned: true}
	}
	return st
}

// zonedPrintedOverNaive takes the clock the page prints with its zone in the first date
// element under the headline ("October 20, 2015: 3:50 AM ET") over a metadata time of that
// day that states no zone ("2015-10-20 03:16:59"): a zone-less value is read in a guessed zone
// (UTC where the page gives none), the printed one says which clock it is. Only when no
// metadata value states a zone, both are to the minute and the wall dates agree; the
// metadata's seconds stay when its wall clock is the printed minute. A metadata clock that a
// date element prints itself ("First published November 29, 2016: 3:33 AM ET" under a meta
// "03:33:08") is that stamp in the page's own clock, not a moment the page leaves unprinted:
// the date element first printed may then be the update, and the rule stands back. So it does
// where the printed clock is the metadata's modification time ("7:41 p.m. EDT" under a
// dateModified "19:41:54"): the page prints when it last changed, not when it appeared.
func zonedPrintedOverNaive(st pubdate.Stamp, cands, mod []dateCand, texts []string, c pubdate.Context) pubdate.Stamp {
	metaRank := func(c dateCand) bool { return c.rank == rankMeta || c.rank == rankGeneric }
	if st.Zoned || st.Precision < pubdate.Minute || len(texts) == 0 {
		return st
	}
	pr := firstPrintedZoned(texts, c)
	if pr.IsZero() ||
		!slices.ContainsFunc(cands, func(c dateCand) bool { return metaRank(c) && c.st.Time.Equal(st.Time) }) {
		return st
	}
	if slices.ContainsFunc(cands, func(c dateCand) bool { return metaRank(c) && c.st.Zoned }) {
		return st
	}
	if !pr.Zoned || pr.Precision < pubdate.Minute || pr.Time.Equal(st.Time) {
		return st
	}
	w, m := pr.Time, st.Time
	if w.Format(time.DateOnly) != m.Format(time.DateOnly) {
		return st
	}
	for _, u := range mod {
		t := u.st.Time
		if u.st.Zoned {
			t = t.In(w.Location())
		}
		if u.st.Precision >= pubdate.Minute && t.Format("2006-01-02 15:04") == w.Format("2006-01-02 15:04") {
			return st // the printed clock is the update's
		}
	}
	for i, t := range texts {
		if i == 8 {
			break
		}
		if !strings.ContainsAny(t, "0123456789") {
			continue
		}
		for _, o := range pubdate.FindAll(yearColonClock.ReplaceAllString(t, "$1 $2"), c, 4) {
			if o.Zoned && o.Precision >= pubdate.Minute && o.Time.Format("2006-01-02 15:04") == m.Format("2006-01-02 15:04") {
				return st // the metadata's clock printed with its zone: the page's own stamp
			}
		}
	}
	if m.Hour() == w.Hour() && m.Minute() == w.Minute() && w.Second() == 0 {
		pr.Time = w.Add(time.Duration(m.Second()) * time.Second)
		pr.Precision = st.Precision
	}
	return pr
}

// yearColonClock is a date whose year a colon joins to the clock: "October 20, 2015: 3:50 AM
// ET". The colon goes so the two read as one stamp.
var yearColonClock = regexp.MustCompile(`\b(\d{4}):\s+(\d{1,2}:\d{2})`)

// firstPrintedZoned is the stamp of the first of the page's first few date elements that
// prints a date, when it prints a clock with a zone too; otherwise the zero Stamp.
func firstPrintedZoned(texts []string, c pubdate.Context) pubdate.Stamp {
	for i, t := range texts {
		if i == 4 {
			break
		}
		if !strings.ContainsAny(t, "0123456789") {
			continue
		}
		st, _, _, ok := pubdate.Find(beforeUpdateLabel(yearColonClock.ReplaceAllString(t, "$1 $2")), c)
		if !ok {
			continue
		}
		if st.Zoned && st.Precision >= pubdate.Minute {
			return st
		}
		break
	}
	return pubdate.Stamp{}
}

// updateLabelNext reports text that opens, after separators, with an update label: the date
// before it is the publication ("12:25 PM / Updated 8 hours ago", "14:07 | Aktualisiert").
func updateLabelNext(s string) bool {
	s = strings.TrimLeft(s, " \t\u00a0/|·•,;–—-")
	head := lowerSameLength(s[:min(len(s), 32)])
	for _, l := range dateLabels {
		if l.updated && strings.HasPrefix(head, l.word) && (len(head) == len(l.word) || !isASCIILetter(head[len(l.word)]) || !isASCIILetter(l.word[0])) {
			return true
		}
	}
	return false
}

// labelledTimeDayBefore gives a day-only publication (a "DC.date.issued" of the print edition)
// the precise time an element labelled as the publication stamp states with its zone on the day
// before, in the page's zone: the story went out online the evening or night before the edition
// it is dated to.
func labelledTimeDayBefore(st pubdate.Stamp, labelled []dateCand, loc *time.Location) pubdate.Stamp {
	if loc == nil {
		loc = time.UTC
	}
	before := st.Time.AddDate(0, 0, -1).Format("2006-01-02")
	for _, c := range labelled {
		if c.st.Precision > pubdate.Day && c.st.Zoned && c.st.Time.In(loc).Format("2006-01-02") == before {
			return c.st
		}
	}
	return st
}

// storyText is the page's text up to its readers' comment thread: a comment's time on the
// story's day is no time of the story.
func storyText(p *page) string {
	if p.commentHead != "" {
		if i := strings.Index(p.text, p.commentHead); i > 0 {
			return p.text[:i]
		}
	}
	return p.text
}

// printedTimeReach is how many dates of the page text printedTime reads: the page's own stamp
// stands near the top, and reading every date of a long page costs time on every page
// dated only to the day.
const printedTimeReach = 30

// printedTime gives a day-only publication the time the page prints beside that same day: the
// day came from the address or a date-only field ("DC.date.issued" 2010-01-29) while the page
// prints "Friday, January 29, 2010; 1:47 PM" in a line no date rule marks (a <font> after the
// byline, a table cell "OSS / 13.04.2011 / 22:55"), so choose never saw the time. The first
// dated time on that day in the page's text is taken: a comment or a related story of the same
// day stands after the story's own stamp.
func printedTime(st pubdate.Stamp, text string, c pubdate.Context) pubdate.Stamp {
	if !st.DateOnly() {
		return st
	}
	day := st.Time.Format("2006-01-02")
	for _, t := range pubdate.FindAll(text, c, printedTimeReach) {
		if t.Precision < pubdate.Minute {
			continue
		}
		w := t.Time
		if t.Zoned {
			w = w.In(st.Time.Location())
		}
		if w.Format("2006-01-02") == day {
			return t
		}
	}
	return st
}

// yearlessRe finds a month-first English date without a year, then a 12-hour time and maybe
// a zone: "Tue Aug 31, 7:21 am ET", "Aug. 31 7:21 PM EDT".
var yearlessRe = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{1,2}:\d{2}\s*[ap]\.?m\.?(?-i:\s+[A-Z]{2,4}\b)?)`)

// yearlessTime gives a day-only publication the time a date element prints without a year
// beside the same month and day ("Tue Aug 31, 7:21 am ET" in Yahoo's byline, the day and
// year "August 31, 2010" under the photo): the year comes from the page's own full date of
// that day, never from the clock of the reader. Only the first few date elements are read.
func yearlessTime(st pubdate.Stamp, texts []string, c pubdate.Context) pubdate.Stamp {
	if !st.DateOnly() {
		return st
	}
	day := st.Time
	for i, t := range texts {
		if i == 4 {
			break
		}
		m := yearlessRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		full := m[1] + " " + m[2] + ", " + strconv.Itoa(day.Year()) + " " + m[3]
		if got, ok := pubdate.Parse(full, c); ok && got.Precision >= pubdate.Minute {
			w := got.Time
			if got.Zoned {
				w = w.In(day.Location())
			}
			if w.Month() == day.Month() && w.Day() == day.Day() {
				return got
			}
		}
	}
	return st
}

// genericZones are the locations pubdate gives the generic North American zone names ("ET",
// "CT", "MT", "PT"), whose offset it takes from the date.
var genericZones = map[string]bool{"America/New_York": true, "America/Chicago": true, "America/Denver": true, "America/Los_Angeles": true}

// standardGenericZone reads a time printed with a generic zone name in summer ("Posted: Oct 05,
// 2017 7:25 PM CT") as that zone's standard time when a machine value of the page (to the
// second: an epoch in script state, metadata) states the instant an hour later, to the minute:
// Saskatchewan prints "CT" and keeps Central Standard Time all year, as Arizona does Mountain
// Standard under "MT", so daylight time put the printed minute an hour early. The printed
// minute stays, in the standard offset.
func standardGenericZone(st pubdate.Stamp, cands []dateCand) pubdate.Stamp {
	if !st.Zoned || st.Precision != pubdate.Minute || !genericZones[st.Time.Location().String()] || !st.Time.IsDST() {
		return st
	}
	later := st.Time.Add(time.Hour)
	for _, c := range cands {
		if c.st.Zoned && c.st.Precision >= pubdate.Second && c.st.Time.Truncate(time.Minute).Equal(later) {
			_, off := st.Time.Zone()
			st.Time = later.In(time.FixedZone("", off-3600))
			return st
		}
	}
	return st
}

// earlierPrinted prefers the time a page prints under its headline to a metadata time later
// the same day: Result.Published is the first publication, and a page that prints an earlier
// minute than its metadata says when the story went out, while the metadata stamps a later
// act of the content system (a republication, a regenerated page: Sina's
// article:published_time runs minutes to hours behind the "2018年12月28日 19:55" it prints).
// A later printed time is an update and changes nothing. The printed time is read in the
// metadata's offset when it states none, so the metadata must state a real one; a gap of whole
// quarter hours is a zone read wrongly, not two times, and is left alone. A printed time that
// is the metadata's own modification time (to the minute) is the last save, which some systems
// stamp before the publication they record ("dateModified" 18:30:00, "datePublished" 18:33:13,
// "20/1/2026 18:30" printed): the publication stands. Metadata stated in UTC (Zeit's
// date_first_released 13:37:15Z under "22.8.2010 - 15:35 Uhr") gives no offset to read the
// printed time in; the page's zone does, where the country keeps one (loc, not a guess among
// several).
func earlierPrinted(st pubdate.Stamp, cands, mod, below []dateCand, loc *time.Location) pubdate.Stamp {
	if st.Precision < pubdate.Minute || len(below) == 0 || !st.Zoned {
		return st
	}
	in := st.Time.Location()
	if isUTC(st) {
		if loc == nil || manyZones[loc.String()] {
			return st
		}
		if _, off := st.Time.In(loc).Zone(); off == 0 {
			return st
		}
		in = loc
	}
	if !fromMeta(st, cands) {
		return st
	}
	b := below[0].st
	if b.Precision != pubdate.Minute {
		return st
	}
	t := b.Time
	if !b.Zoned {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, in)
	} else if in != st.Time.Location() {
		return st // a printed zone beside a UTC value: the instant is printed, nothing to read
	}
	t = t.In(in)
	if slices.ContainsFunc(mod, func(c dateCand) bool { return c.st.Time.Truncate(time.Minute).Equal(t) }) {
		return st
	}
	d := st.Time.Truncate(time.Minute).Sub(t)
	if in != st.Time.Location() && d >= time.Hour {
		return st // against UTC, only minutes apart: hours are as often a date's default time or another stamp
	}
	if d <= 0 || d >= 12*time.Hour || d%(15*time.Minute) == 0 || t.Format("2006-01-02") != st.Time.In(in).Format("2006-01-02") {
		return st
	}
	return pubdate.Stamp{Time: t, Precision: pubdate.Minute, Zoned: true}
}

// fromMeta reports a chosen publication time that a metadata value states: the rules that
// overrule metadata with what the page prints must not move a time the page itself printed.
func fromMeta(st pubdate.Stamp, cands []dateCand) bool {
	return slices.ContainsFunc(cands, func(c dateCand) bool { return c.rank == rankMeta && c.st.Time.Equal(st.Time) })
}

// manyZones are region zones (see regionZones) of countries that span several: a page there
// may print another zone's clock than the one guessed.
var manyZones = map[string]bool{"America/New_York": true, "America/Toronto": true, "Australia/Sydney": true,
	"America/Sao_Paulo": true, "America/Mexico_City": true, "Europe/Moscow": true, "Asia/Jakarta": true}

// dominantZones are the manyZones whose zone most of the country and its national newsrooms
// keep: Brasília time (the South-East, the South, the North-East and the capital), central
// Mexico, Moscow, Western Indonesia Time (Java and Sumatra, Jakarta's newsrooms). The United
// States, Canada and Australia split theirs far more evenly.
var dominantZones = map[string]bool{"America/Sao_Paulo": true, "America/Mexico_City": true, "Europe/Moscow": true, "Asia/Jakarta": true}

// localClockAsUTC reads a UTC machine time as the wall clock of the page's zone when the page
// prints that very wall clock and nothing prints the UTC instant itself: Korean and Japanese
// content systems keep naive local times and label them "GMT", "Z" or "+00:00"
// (article:published_time "Tue, 21 Apr 2020 11:44:34 GMT" under a printed "승인 2020.04.21
// 11:44"; a JSON-LD "2020-01-30 06:00:00" without offset under "2020/1/30 6:00"), and so do
// European ones (Libération's zone-less "2017-08-31T13:03:36" under "31 août 2017 à 13:03", a
// Greek JSON-LD "15:49:10+0000" under "15:49"). A printed time is local, so a UTC value with
// its wall clock is hours off, not the same moment; where the page also prints the instant in
// local time (inPageZone's printedOffset) the UTC value is real and stays. Outside Korea and
// Japan a value that states UTC (rather than none) must have a second metadata value stating
// the local instant, as the Greek page's og:published_time "13:49:10+00:00" does: WordPress
// sites left on UTC print and stamp the same UTC clock, and stating "+00:00" is then right. Not where the zone
// is UTC itself or only a guess among a country's several (en-US is read as New York, and a
// Chicago page's clock would match none) — except in a country whose main zone holds nearly all
// of its people and national newsrooms (dominantZones): there a value that states no zone moves,
// for its wall clock printed as the local time shows it is the newsroom's clock, so UTC is
// surely wrong and the main zone right for most pages (g1's "2016-09-14T08:01:16" under
// "14/09/2016 08h01"). A value stating UTC there may still be a real instant, and stays.
func localClockAsUTC(st pubdate.Stamp, cands []dateCand, loc, region *time.Location) pubdate.Stamp {
	if loc == nil || st.Precision < pubdate.Minute || !machineUTC(st) {
		return st
	}
	_, locOff := st.Time.In(loc).Zone()
	if locOff == 0 || manyZones[loc.String()] && (st.Zoned || !dominantZones[loc.String()]) {
		return st // no other clock, or the country's zone is only a guess among several
	}
	if _, ok := printedOffset(st, cands, region); ok || isUTC(st) && confirmedUTC(st, cands) {
		return st
	}
	for _, c := range cands {
		if c.rank < rankVisible || c.st.Precision < pubdate.Minute {
			continue
		}
		// A printed time that names the page's zone ("13:30 wib") says the same as one read in
		// it: the local clock.
		if _, off := c.st.Time.Zone(); off != locOff {
			continue // not read in the page's zone
		}
		if d, ok := wallOffset(st, c.st); ok && d == 0 {
			t := st.Time
			local := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc)
			if isUTC(st) && locOff != 9*3600 && !slices.ContainsFunc(cands, func(c dateCand) bool { return c.rank == rankMeta && c.st.Zoned && c.st.Time.Equal(local) }) {
				// A WordPress site set to UTC prints its UTC clock: outside Korea and Japan a
				// stated UTC value yields only to another one that states the local instant.
				return st
			}
			st.Time, st.Zoned = local, true
			return st
		}
	}
	return st
}

// updateAsPublished replaces a metadata publication time that is the page's printed update
// time with the publication time the page prints beside it: Kyunghyang's template fills
// article:published_time with the 수정 stamp ("입력 : 2020.05.27 21:06 수정 : 2020.05.28
// 09:45", meta 09:45:49), and a story is published before it is updated. Both printed times
// must carry their labels; the publication must come before the update, within a month.
// Where the page prints no labelled publication time, another metadata publication value
// earlier by up to a month is the publication (NDTV's `<meta name="modified-date"
// itemprop="datePublished">` 14:08:28 under "Updated: October 06, 2017 14:08 IST", beside
// its publish-date meta 12:19:02).
func updateAsPublished(st pubdate.Stamp, cands, mod, labelledPub []dateCand) pubdate.Stamp {
	if st.Precision < pubdate.Minute || !fromMeta(st, cands) {
		return st
	}
	minute := st.Time.Truncate(time.Minute)
	if !slices.ContainsFunc(mod, func(c dateCand) bool {
		return c.rank == rankVisible && c.st.Precision >= pubdate.Minute && c.st.Time.Truncate(time.Minute).Equal(minute)
	}) {
		return st
	}
	for _, c := range labelledPub {
		d := minute.Sub(c.st.Time)
		if c.st.Precision >= pubdate.Minute && d > 0 && d <= 31*24*time.Hour {
			return c.st
		}
	}
	if len(labelledPub) == 0 {
		return earlierMetaPublished(st, minute, cands)
	}
	return st
}

// earlierMetaPublished returns the earliest metadata publication value to the minute that
// comes before minute, within a month; st when there is none.
func earlierMetaPublished(st pubdate.Stamp, minute time.Time, cands []dateCand) pubdate.Stamp {
	best := st
	for _, c := range cands {
		d := minute.Sub(c.st.Time)
		if c.rank == rankMeta && c.st.Precision >= pubdate.Minute && d > 0 && d <= 31*24*time.Hour && c.st.Time.Before(best.Time) {
			best = c.st
		}
	}
	return best
}

// byAddress lets a date in the page's address settle disagreements: an address is written
// once, when the story is published, while pages also carry the dates of comments, related
// stories and sidebars. Candidates ranked above the address that fall on another day drop
// below it when some candidate above it falls on the address's day, and visible dates drop
// below it regardless; metadata the address does not confirm still stands when nothing else
// does. A zoned instant falls on the address's day if it does in any zone on Earth: the
// address was written in the newsroom's. One visible date stands against an address that
// nothing confirms: a publication time labelled in a date element or byline (shown: "입력 :
// 2016.09.15 14:00") within a week after the address's day, for the address names the day the
// story was filed (its id), and the stamp the day it went out. The first date element under the
// headline stands so too when it prints a time without a label (Gazeta.ru-style "15.08.2015,
// 14:10" beside the byline under an address of the 14th): a clock is printed for the story's
// release, where an address day may be the filing or the print day.
func byAddress(cands, shown, below []dateCand) []dateCand {
	var day time.Time
	for _, c := range cands {
		if c.rank == rankURL {
			t := c.st.Time
			day = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		}
	}
	if day.IsZero() {
		return cands
	}
	onDay := func(st pubdate.Stamp) bool {
		if !st.Zoned {
			t := st.Time
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Equal(day)
		}
		return onDaySomewhere(st.Time, day)
	}
	confirmed := false
	for _, c := range cands {
		if c.rank < rankURL && onDay(c.st) {
			confirmed = true
		}
	}
	stated := func(c dateCand) bool {
		if confirmed || c.st.Precision < pubdate.Minute {
			return false
		}
		underHeadline := c.rank == rankVisible && len(below) > 0 && below[0].st.Precision >= pubdate.Minute && below[0].st.Time.Equal(c.st.Time)
		if !underHeadline && !slices.ContainsFunc(shown, func(s dateCand) bool { return s.st.Time.Equal(c.st.Time) }) {
			return false
		}
		t := c.st.Time
		after := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Sub(day)
		return after > 0 && after <= 7*24*time.Hour
	}
	out := make([]dateCand, 0, len(cands))
	for _, c := range cands {
		if c.rank < rankURL && !onDay(c.st) && (confirmed || c.rank >= rankVisible) && !stated(c) {
			c.rank = rankURL + 1
		}
		out = append(out, c)
	}
	return out
}

// byVisibleDay settles metadata that disagrees with itself: when the metadata names two days
// (a CMS stamps the draft's creation in one key and the publication in another), the second
// wins if the page's visible dates confirm it more often than the first (or the page labels
// only the first an update), and the first drops below the visible dates. The first stays
// when the page labels the second an update, when the second is only a bare date against a
// timestamp, and on a tie the dateline that opens the story cannot break. Metadata on one day, or on more than two (the dates of a list of
// stories), is weighed against the date under the headline by againstStaleMeta; genericOnly
// says that metadata is only a generic "date" key, which weighs as a bare day there.
func byVisibleDay(cands, mod, labelledPub, below []dateCand, genericOnly bool) []dateCand {
	const day = "2006-01-02"
	var labelledUpdates []string
	for _, c := range mod {
		d := c.st.Time.Format(day)
		if c.rank > rankMeta && !slices.ContainsFunc(labelledPub, func(p dateCand) bool { return p.st.Time.Format(day) == d }) {
			labelledUpdates = append(labelledUpdates, d) // the page labels that day an update only
		}
	}
	precision := map[string]pubdate.Precision{} // the finest metadata value per day
	var metaDays []string
	for _, c := range cands {
		if c.rank != rankMeta {
			continue
		}
		d := c.st.Time.Format(day)
		if _, seen := precision[d]; !seen {
			metaDays = append(metaDays, d)
		}
		precision[d] = max(precision[d], c.st.Precision)
	}
	if len(metaDays) == 0 {
		return cands
	}
	if len(metaDays) == 1 {
		prec := precision[metaDays[0]]
		if genericOnly {
			// A generic "date" key names no publication: a bare day printed by the headline
			// and under it may overrule its time as it would a bare metadata date.
			prec = pubdate.Day
		}
		// A printed stamp that is the metadata's modification time labels its day an update.
		return againstStaleMeta(cands, metaDays[0], prec, append(labelledUpdates, printedUpdateDays(cands, mod, below)...), below)
	}
	if len(metaDays) > 2 {
		// The dates of a list of stories: the page's own, if it shows one, is no less
		// likely a bare date than theirs.
		return againstStaleMeta(cands, metaDays[0], pubdate.Day, labelledUpdates, below)
	}
	first, other := metaDays[0], metaDays[1]
	if slices.Contains(labelledUpdates, other) || precision[other] < precision[first] {
		// The page calls that day an update, or only a bare date stands against a timestamp.
		return cands
	}
	support := 0
	if slices.Contains(labelledUpdates, first) {
		// The page calls the first day an update and not the other; the dates it shows on
		// that day are the update's, so none of them counts against the other.
		support, first = 1, ""
	}
	for _, c := range cands {
		if c.rank > rankMeta && c.rank <= rankHeader && c.rank != rankURL {
			switch c.st.Time.Format(day) {
			case first:
				support--
			case other:
				support++
			}
		}
	}
	if support == 0 {
		// A tie: the dateline that opens the story ("Berlin, 28.10.2021 –") breaks it.
		for _, c := range cands {
			if c.rank == rankProse {
				if c.st.Time.Format(day) == other {
					support = 1
				}
				break
			}
		}
	}
	if support <= 0 {
		return cands
	}
	out := make([]dateCand, 0, len(cands))
	for _, c := range cands {
		if c.rank == rankMeta && c.st.Time.Format(day) != other {
			c.rank = rankURL + 1
		}
		out = append(out, c)
	}
	return out
}

// againstStaleMeta lets the date a page prints under its headline overrule metadata that
// names one other day: content systems keep the first draft's date in their metadata when a
// story is rewritten and published again, or fill in a placeholder. All of these must hold,
// so that metadata still wins against lists, mastheads and bare dates: the first date element
// (or else <time>) after the headline and the first date around it name the same day (or,
// when nothing dated stands right by the headline, the first date element and the first
// <time> under it do); that date has a time
// unless the metadata is a bare date too; no visible date falls on the metadata's day; and
// the page does not label that day an update.
func againstStaleMeta(cands []dateCand, meta string, metaPrec pubdate.Precision, labelledUpdates []string, below []dateCand) []dateCand {
	const day = "2006-01-02"
	header := ""
	var shown []pubdate.Stamp // the dates by the headline and under it, for sameMoment
	for _, c := range cands {
		if c.rank == rankHeader {
			if c.st.Precision > pubdate.Day || metaPrec == pubdate.Day {
				header = c.st.Time.Format(day)
			}
			shown = append(shown, c.st)
			break
		}
	}
	if len(below) > 0 {
		shown = append(shown, below[0].st)
	}
	if header == "" && len(below) == 2 && below[0].st.Time.Format(day) == below[1].st.Time.Format(day) &&
		(below[0].st.Precision > pubdate.Day || metaPrec == pubdate.Day) {
		header = below[0].st.Time.Format(day) // a dated element and a <time> under the headline agree
	}
	if header == "" || header == meta || len(below) == 0 || below[0].st.Time.Format(day) != header ||
		slices.Contains(labelledUpdates, header) {
		return cands
	}
	for _, c := range cands {
		if c.rank > rankMeta && c.rank < rankURL && c.st.Time.Format(day) == meta {
			return cands
		}
		if d, _ := time.Parse(day, header); c.rank == rankMeta && isUTC(c.st) && onDaySomewhere(c.st.Time, d) {
			return cands // the same instant, printed in the newsroom's zone
		}
		if c.rank == rankMeta && sameMoment(c.st, shown) {
			// The same instant in another offset: a metadata day is the day in the zone it
			// states ("2017-10-05T19:57:49-1100", printed "2:57 AM EDT October 06, 2017").
			return cands
		}
	}
	out := make([]dateCand, 0, len(cands))
	for _, c := range cands {
		if c.rank == rankMeta {
			c.rank = rankURL + 1
		}
		out = append(out, c)
	}
	return out
}

// sameMoment reports a zoned value, read to the minute or finer, that states the instant of
// one of the printed dates to their common minute.
func sameMoment(st pubdate.Stamp, printed []pubdate.Stamp) bool {
	if !st.Zoned || st.Precision < pubdate.Minute {
		return false
	}
	for _, p := range printed {
		if p.Precision >= pubdate.Minute && p.Zoned && st.Time.Truncate(time.Minute).Equal(p.Time.Truncate(time.Minute)) {
			return true
		}
	}
	return false
}

// byHeadline handles a page without metadata whose date elements name several days (other
// stories, events, forum threads): the first of them is then as likely another story's as
// this one's, so they drop below the date next to the headline, a generic meta date and the
// address. Dates on the headline's day keep their rank. So do all of them when the first is
// a publication time a date element or byline labels (shown: "发布时间：2019-09-26 10:09:11"
// under the headline, where the text before the headline ends with the previous story's
// dated title): lists of other stories rarely label each item's date as a publication.
func byHeadline(cands, shown []dateCand) []dateCand {
	const day = "2006-01-02"
	anchor, other := "", false
	var days []string
	for _, c := range cands {
		switch {
		case c.rank < rankVisible:
			return cands
		case c.rank == rankVisible:
			if d := c.st.Time.Format(day); !slices.Contains(days, d) {
				days = append(days, d)
			}
		case c.rank == rankHeader && anchor == "":
			anchor, other = c.st.Time.Format(day), true
		case c.rank < rankHeader:
			other = true // a generic meta date or the address
		}
	}
	if !other || len(days) < minListDays || days[0] == anchor {
		return cands
	}
	if len(shown) > 0 && shown[0].st.Precision > pubdate.Day && shown[0].st.Time.Format(day) == days[0] {
		return cands
	}
	out := make([]dateCand, 0, len(cands))
	for _, c := range cands {
		if c.rank == rankVisible && c.st.Time.Format(day) != anchor {
			c.rank = rankProse
		}
		out = append(out, c)
	}
	return out
}

// minListDays is how many different days a page's visible date elements must name before
// they are taken for a list of other things (comments, events, other stories).
const minListDays = 3

// afterUpdate drops a generic meta date (<meta name="date"> without an offset) that comes
// more than an hour after the update time the page shows ("Stand: 28.04.2020 18:00"): a
// story is not published after its last update, so that value is when the page was generated.
func afterUpdate(cands, mod []dateCand) []dateCand {
	var shown time.Time
	for _, c := range mod {
		if c.rank > rankMeta && c.st.Time.After(shown) {
			shown = c.st.Time
		}
	}
	if shown.IsZero() {
		return cands
	}
	out := make([]dateCand, 0, len(cands))
	for _, c := range cands {
		if c.rank == rankGeneric && c.st.Time.After(shown.Add(time.Hour)) {
			c.rank = rankProse
		}
		out = append(out, c)
	}
	return out
}

// onDaySomewhere reports an instant that falls on a calendar day (given as its UTC midnight)
// in some zone on Earth (UTC−12 to UTC+14).
func onDaySomewhere(t, day time.Time) bool {
	return !t.Before(day.Add(-14*time.Hour)) && t.Before(day.Add(36*time.Hour))
}

// onlyRunningText reports candidates that all come from the weakest sources: unlabelled text
// around the headline or in the story, script state, the first date anywhere on the page.
func onlyRunningText(cands []dateCand) bool {
	for _, c := range cands {
		if c.rank < rankHeader || c.rank == rankHeader && !inStory(c, cands) {
			return false
		}
	}
	return len(cands) > 0
}

// inStory reports a date found next to the headline that the top of the story text gives
// too: the story starts right under the headline, and its first date is no byline.
func inStory(c dateCand, cands []dateCand) bool {
	for _, o := range cands {
		if o.rank == rankProse && o.st.Time.Equal(c.st.Time) {
			return true
		}
	}
	return false
}

// inPageZone shows an instant stated in UTC in the page's own zone when the page says which
// zone that is. Generators normalise machine values to UTC ("Z", Unix times) while newsrooms
// date stories locally: "2023-11-09T01:09:55Z" is the evening of November 8 in Denver, where
// the byline reads "November 8, 2023 6:09 p.m.". The instant stays; only the calendar day and
// the offset it is shown with change. The evidence, strongest first: a time the page prints
// with the same minute (and second) a whole number of quarter hours away, which is this instant
// in the newsroom's zone; else the days the other candidates name, read in loc against UTC (a
// tie keeps UTC, since loc may be no more than the region's guess). A UTC machine value that
// itself falls on different days in loc and in UTC does not vote: which of its days counts is
// the very question (the modification time "01:26:55Z" beside a publication at "01:18:57Z",
// both the evening before in California), while one on the same day both ways is a day the
// page names whichever zone it meant.
func inPageZone(st pubdate.Stamp, cands []dateCand, loc, region *time.Location) pubdate.Stamp {
	if !machineUTC(st) {
		return st // the page stated its own offset, or a day or wall time in its zone
	}
	// The first printed twin, whatever region it puts the page in: one across the date line
	// from the page's region (farPrintedTwin) settles the value before the region-checked
	// search below passes over it for a later, chance twin.
	twins := cands
	if printedAsItStands(st, cands) {
		twins = ownZoneTwins(st, cands, loc)
	}
	anyOff, anyOK, off, ok := printedOffsets(st, twins, region)
	if anyOK {
		if c, far := farPrintedTwin(st, cands, anyOff, loc); far {
			// No newsroom of the page's region keeps that offset: the machine value is no
			// instant the page prints (hAtom's "2012-01-15t03:58:02z" over "January 15, 2012
			// at 5:58 PM" on a US page). Where the twin is the page's date line, its clock in
			// the region's zone is the page's time; any other printed time (a comment's "11:30
			// pm") met the value by chance, and the value stays as it is.
			if !c.IsZero() {
				return c
			}
			return st
		}
	}
	if ok {
		z := time.FixedZone("", off)
		if loc != nil {
			_, o := st.Time.In(loc).Zone()
			if o == off {
				z = loc
			} else if o == -off && oneZone(loc) {
				// The page prints its wall clock as many hours behind the machine value
				// as its country's zone stands ahead of UTC (a JSON-LD "18:08:48z" over a
				// printed "15:08" in Israel, +03:00): the generator added the offset to the
				// local clock where it should have taken it away, and shown as it stands
				// the value would carry the offset with its sign flipped (-03:00). A
				// country of one zone prints no clock on the other side of Greenwich, so
				// the printed clock is the local time and the instant is that clock in loc
				// (with the value's seconds).
				w := st.Time.In(z)
				st.Time = time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), w.Nanosecond(), loc)
				st.Zoned = true
				return st
			}
		}
		st.Time = st.Time.In(z)
		return st
	}
	if loc == nil || loc == time.UTC {
		return st
	}
	const day = "2006-01-02"
	local := st.Time.In(loc)
	localDay, utcDay := local.Format(day), st.Time.Format(day)
	if localDay == utcDay {
		return st
	}
	votes := 0
	for _, c := range cands {
		if machineUTC(c.st) && (c.st.Time.Equal(st.Time) || c.st.Time.In(loc).Format(day) != c.st.Time.Format(day)) {
			continue // the same machine value again, or one whose day is a matter of the same reading
		}
		switch c.st.Time.Format(day) {
		case localDay:
			votes++
		case utcDay:
			votes--
		}
	}
	if votes > 0 {
		st.Time = local
	}
	return st
}

// printedLocalClock reads a zone-less metadata clock, which stands read as UTC, as the local
// clock the page prints under it, when the page says which local clock that is. Either the
// printed twin states its zone ("April 5, 2016 08:21 am EST" under a microdata
// "2016-04-05 08:21:34"): the value is that wall clock in that zone. Or the printed twin is
// read in the region's zone and another zone-less metadata value is that very instant read as
// UTC (a parsely "2017-06-14T02:00:07" beside a microdata "2017-06-13T22:00:07" under a
// printed "10:00 PM" on a New York page): one of the two metadata values is the local clock,
// the other UTC, and the printed clock says which. Without such a witness the zone-less value
// stays UTC: in a country of several zones the region's zone is only a guess (see
// localClockAsUTC), and a WordPress site left on UTC prints its UTC clock.
func printedLocalClock(st pubdate.Stamp, cands []dateCand) pubdate.Stamp {
	if st.Zoned || st.Precision < pubdate.Minute || st.Time.Location() != time.UTC {
		return st
	}
	if slices.ContainsFunc(cands, func(c dateCand) bool { return (c.rank == rankMeta || c.rank == rankGeneric) && c.st.Zoned }) {
		return st // the metadata states its zone elsewhere: the page's own reading of its values
	}
	t := st.Time
	for _, c := range cands {
		if c.rank != rankVisible && c.rank != rankHeader && c.rank != rankProse || c.st.Precision < pubdate.Minute || isUTC(c.st) {
			continue
		}
		if d, ok := wallOffset(st, c.st); !ok || d != 0 {
			continue // not the value's wall clock
		}
		loc := c.st.Time.Location()
		if c.st.Zoned {
			st.Time, st.Zoned = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), true
			return st
		}
		for _, m := range cands {
			if m.rank != rankMeta || m.st.Zoned || m.st.Precision < pubdate.Minute || m.st.Time.Location() != time.UTC || m.st.Time.Equal(t) {
				continue
			}
			if m.st.Time.Truncate(time.Minute).Equal(c.st.Time.Truncate(time.Minute)) && m.st.Time.Second() == t.Second() {
				st.Time, st.Zoned = m.st.Time.In(loc), true
				return st
			}
		}
	}
	return st
}

// printedUpdateClock is the modification time mod that dates a page printing no publication
// time of its own, unless mod is a UTC value whose wall clock the page prints as its
// "Updated" clock read in its region's zone ("2013-07-18T10:36:53Z" over "Updated 10:36 am" on
// a Pacific newsroom's page): the generator stamped the newsroom's wall clock "Z", and the
// printed clock in the region's zone is the instant. Only where the region is one zone a
// newsroom is known to keep (not a guess among a country's several, see manyZones) and stands
// off UTC.
func printedUpdateClock(mod pubdate.Stamp, pub []dateCand, region *time.Location) pubdate.Stamp {
	if region == nil || region == time.UTC || manyZones[region.String()] || !machineUTC(mod) || mod.Precision < pubdate.Minute {
		return mod
	}
	for _, c := range pub {
		if c.st.Zoned || c.st.Precision < pubdate.Minute || c.st.Time.Location() != region {
			continue
		}
		if _, off := c.st.Time.Zone(); off == 0 {
			continue
		}
		if d, ok := wallOffset(mod, c.st); ok && d == 0 {
			return c.st
		}
	}
	return mod
}

// printedOffset finds a candidate that prints UTC instant st in another zone: its wall clock
// differs from st's by a whole number of quarter hours, at most 14 hours, and agrees to the
// minute (to the second where both have seconds). It returns that zone's offset.
//
// An offset no zone on Earth keeps ("+03:45", "-12:30") is passed over, and so is one no clock
// of the page's region (region, nil when unknown) keeps when the page's clock states no zone of
// its own: a US page's publication at "15:54" (a zone-less metadata clock read as UTC) and its
// printed update at "5:54 PM" are two moments, not one shown at "+02:00". A clock printed with
// its zone ("20:00 CEST") shows the offset the page itself states.
//
// Where the page also prints st's wall clock as it stands (printedAsItStands), only a clock
// stating its zone or one in region's own offset counts: a list's other story an hour away
// ("13:49" beside the date line's "14:49" over a zone-less "14:49:06") is no twin that would
// make the value a real UTC instant.
func printedOffset(st pubdate.Stamp, cands []dateCand, region *time.Location) (int, bool) {
	if printedAsItStands(st, cands) {
		cands = ownZoneTwins(st, cands, region)
	}
	_, _, off, ok := printedOffsets(st, cands, region)
	return off, ok
}

// printedOffsets is printedOffset that also reports the first real offset at which any
// candidate prints st, its region aside (anyOff): inPageZone asks both in one pass over the
// candidates.
func printedOffsets(st pubdate.Stamp, cands []dateCand, region *time.Location) (anyOff int, anyOK bool, off int, ok bool) {
	for _, c := range cands {
		if isUTC(c.st) {
			continue
		}
		diff, found := wallOffset(st, c.st)
		if !found || diff == 0 {
			continue
		}
		o := int(diff / time.Second)
		if !realOffset(o) || statesOtherOffset(c.st, o) {
			continue
		}
		if !anyOK {
			anyOff, anyOK = o, true
		}
		if c.st.Zoned || plausibleOffset(region, st.Time, o) {
			return anyOff, anyOK, o, true
		}
	}
	return anyOff, anyOK, 0, false
}

// printedAsItStands reports a UTC value whose wall clock the page prints, without a zone, as it
// stands: the page shows that value's clock itself (it prints UTC, or its generator marked a
// local clock "Z"), so a zone-less clock some whole hours away is its twin only in the page's
// own zone; in a list of other stories' times some clock always stands a few hours from it (a
// sidebar's "7:00 a.m." beside a date line "3:00 p.m." over "15:00:00Z" would put a New York
// page at −08:00). See ownZoneTwins.
func printedAsItStands(st pubdate.Stamp, cands []dateCand) bool {
	for _, c := range cands {
		if (c.rank == rankVisible || c.rank == rankHeader) && !c.st.Zoned && c.st.Precision == pubdate.Minute {
			if d, found := wallOffset(st, c.st); found && d == 0 {
				return true
			}
		}
	}
	return false
}

// ownZoneTwins keeps the candidates that may still be UTC value st's printed twin when the page
// also prints st's clock as it stands: one that states its own zone ("21:00:00-05:00" in the
// JSON-LD under a date line printing the UTC "2:00 a. m."), or a zone-less clock in loc's
// offset at st (Folha's dateline "10h55" beside a box printing "12h55" over "12:55:00Z", in
// Brasília's summer −02:00).
func ownZoneTwins(st pubdate.Stamp, cands []dateCand, loc *time.Location) []dateCand {
	own, known := 0, loc != nil && loc != time.UTC
	if known {
		_, own = st.Time.In(loc).Zone()
	}
	var out []dateCand
	for _, c := range cands {
		if !c.st.Zoned {
			if d, found := wallOffset(st, c.st); !known || !found || int(d/time.Second) != own {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// statesOtherOffset reports a printed clock that states its own zone ("10:34 AM PDT") at an
// offset other than off, the offset its wall clock stands from a UTC value: it is another
// instant (10:34 PDT is 17:34 UTC, not the "13:34Z" an Eastern server stamped), not that value
// shown in the newsroom's zone, and it says nothing of the zone the value is to be shown in.
func statesOtherOffset(c pubdate.Stamp, off int) bool {
	if !c.Zoned {
		return false
	}
	_, own := c.Time.Zone()
	return own != off
}

// farPrintedTwin reports whether offset off, which a printed clock puts UTC instant st at (see
// printedOffset), is no offset the page's region could print: more than twelve hours from the
// region's offset at that instant, across the date line (+13:00 or +14:00 on a US page), where
// the region guessed from a language, a domain or a US-style date line errs by a few zones at
// most (a South African or Ukrainian page in English read as New York's still takes its +02:00
// or +03:00 from its printed clock). A page whose region is unknown says nothing against off.
// It also returns the page's first printed clock read in the region's zone (a visible date
// that states none) when that is the twin: the date line.
func farPrintedTwin(st pubdate.Stamp, cands []dateCand, off int, loc *time.Location) (pubdate.Stamp, bool) {
	if loc == nil || loc == time.UTC {
		return pubdate.Stamp{}, false
	}
	_, o := st.Time.In(loc).Zone()
	if d := off - o; d <= 12*3600 && d >= -12*3600 {
		return pubdate.Stamp{}, false
	}
	for _, c := range cands {
		if c.rank != rankVisible || c.st.Precision < pubdate.Minute {
			continue
		}
		if diff, ok := wallOffset(st, c.st); ok && !c.st.Zoned && c.st.Time.Location() == loc && int(diff/time.Second) == off {
			return c.st, true
		}
		break
	}
	return pubdate.Stamp{}, true
}

// realOffsets are the offsets from UTC, in minutes, that are not whole hours and some zone
// keeps: Newfoundland, India, Iran, Afghanistan, Myanmar, central Australia, Nepal, Chatham…
var realOffsets = map[int]bool{-570: true, -210: true, -150: true, 210: true, 270: true, 330: true, 345: true,
	390: true, 525: true, 570: true, 630: true, 765: true, 825: true}

// realOffset reports an offset (seconds east of UTC) that some zone keeps: whole hours from
// -12 to +14, or one of realOffsets.
func realOffset(off int) bool {
	if off%3600 == 0 {
		return off >= -12*3600 && off <= 14*3600
	}
	return off%60 == 0 && realOffsets[off/60]
}

// plausibilityRegion is the region zone whose offsets printedOffset holds a page's zone-less
// clocks to: the page's visible zone, unless the page's address stands on a country domain
// of another zone or one the region table does not know (a ".co.za" page whose template
// says og:locale "en_US"): the region then came from a tag the address belies, and nil.
func plausibilityRegion(visible *time.Location, pageURL *url.URL) *time.Location {
	host := strings.ToLower(hostOf(pageURL))
	if i := strings.LastIndexByte(host, '.'); i >= 0 && len(host)-i == 3 && host[i+1:] != "us" {
		if name, ok := regionZones[host[i+1:]]; !ok || visible == nil || visible.String() != name {
			return nil
		}
	}
	return visible
}

// regionSpans are the offsets, in hours east of UTC, that the clocks of a country spanning
// several zones keep, by its region zone (see manyZones) or a newsroom zone of it (usPlaces).
var regionSpans = map[string][2]float64{
	"America/New_York": {-10, -4}, "America/Chicago": {-10, -4}, "America/Denver": {-10, -4},
	"America/Phoenix": {-10, -4}, "America/Los_Angeles": {-10, -4}, "America/Anchorage": {-10, -4},
	"Pacific/Honolulu": {-10, -4},
	"America/Toronto":  {-8, -2.5}, "Australia/Sydney": {8, 11}, "America/Sao_Paulo": {-5, -2},
	"America/Mexico_City": {-8, -5}, "Europe/Moscow": {2, 12}, "Asia/Jakarta": {7, 9},
}

// plausibleOffset reports whether a clock of loc's region may keep offset off (seconds east of
// UTC) at t: within the span of the country's zones, or for a country of one zone, its own
// offset that season or the other, an hour's slip allowed (a template that misses the DST
// change), or that offset's negative. A zone the page only states (a fixed offset), UTC or
// none rules nothing out.
func plausibleOffset(loc *time.Location, t time.Time, off int) bool {
	if loc == nil || loc == time.UTC || loc.String() == "" || loc.String() == "UTC" {
		return true
	}
	h := float64(off) / 3600
	if span, ok := regionSpans[loc.String()]; ok {
		return h >= span[0] && h <= span[1]
	}
	_, winter := time.Date(t.Year(), time.January, 1, 12, 0, 0, 0, loc).Zone()
	_, summer := time.Date(t.Year(), time.July, 1, 12, 0, 0, 0, loc).Zone()
	lo, hi := float64(min(winter, summer))/3600-1, float64(max(winter, summer))/3600+1
	// The offset with its sign flipped is a generator's known slip (see inPageZone), which
	// the caller settles.
	return h >= lo && h <= hi || -h >= lo && -h <= hi
}

// wallOffset is how far wall's wall clock stands from instant st: a whole number of quarter
// hours, at most 14 hours, agreeing to the minute (to the second where both have seconds).
// ok is false when the two are not the same moment in any zone.
func wallOffset(st, wall pubdate.Stamp) (time.Duration, bool) {
	if st.Precision < pubdate.Minute || wall.Precision < pubdate.Minute {
		return 0, false
	}
	w := wall.Time
	clock := time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, time.UTC)
	ref := st.Time.Truncate(time.Second)
	if wall.Precision == pubdate.Minute || st.Precision == pubdate.Minute {
		ref, clock = ref.Truncate(time.Minute), clock.Truncate(time.Minute)
	}
	diff := clock.Sub(ref)
	// ±12 hours is a.m. read as p.m. far more often than a zone on the date line.
	ok := diff%(15*time.Minute) == 0 && diff <= 14*time.Hour && diff >= -14*time.Hour && diff != 12*time.Hour && diff != -12*time.Hour
	return diff, ok
}

// oneZone reports a named zone of a country that keeps only that one (see manyZones), not UTC.
func oneZone(loc *time.Location) bool {
	return loc != nil && loc != time.UTC && loc.String() != "" && !manyZones[loc.String()]
}

// machineUTC reports a time in UTC: stated so, or a machine value without an offset, which
// is read in UTC when the page states no offset anywhere (visible dates are read in the
// region's zone, so a UTC wall time there means the region is unknown and loc is UTC too).
func machineUTC(st pubdate.Stamp) bool {
	return isUTC(st) || !st.Zoned && st.Precision > pubdate.Day && st.Time.Location() == time.UTC
}

// isUTC reports a value that stated UTC itself, which says nothing about the page's zone.
func isUTC(st pubdate.Stamp) bool {
	_, off := st.Time.Zone()
	return st.Zoned && off == 0
}

// parsely is the JSON object some publishers put in <meta name="parsely-page">.
type parsely struct {
	PubDate string `json:"pub_date"`
}

func parselyPage(content string) parsely {
	var v parsely
	if strings.HasPrefix(strings.TrimSpace(content), "{") {
		_ = json.Unmarshal([]byte(content), &v) // a broken value just adds nothing
	}
	return v
}

func metaValues(p *page, keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if all := p.metaAuthorList[k]; len(all) > 1 {
			if named := surnameFirst(all); named != nil {
				all = named
			}
			if listedAuthors(all) {
				out = append(out, strings.Join(all, "; "))
				continue
			}
		}
		out = append(out, p.meta[k])
	}
	return out
}

// repeatedAuthorKeys are the author metas a page repeats once per author: Highwire's
// citation_author (what scholarly pages give Google Scholar), Dublin Core's creator, and Open
// Graph's article:author, an array property the protocol repeats once per writer.
var repeatedAuthorKeys = map[string]bool{"citation_author": true, "dc.creator": true, "dcterms.creator": true, "article:author": true}

// surnameFirst turns repeated author metas that each put the surname first ("Markus, Havell", as
// Highwire's citation_author often does) into names in their natural order, or returns nil when
// any value is not of that form.
func surnameFirst(all []string) []string {
	out := make([]string, 0, len(all))
	for _, v := range all {
		last, first, ok := strings.Cut(v, ",")
		last, first = strings.TrimSpace(last), strings.TrimSpace(first)
		if !ok || last == "" || first == "" || strings.ContainsAny(first, ",;") {
			return nil
		}
		out = append(out, first+" "+last)
	}
	return out
}

// listedAuthors reports repeated author metas that can be joined into one list: each a name in
// its natural order. A value with a comma ("Markus, Havell", surname first) would be split at
// it, and an address is a profile's, not a name.
func listedAuthors(all []string) bool {
	return !slices.ContainsFunc(all, func(v string) bool { return strings.ContainsAny(v, ",;") || looksLikeURL(v) })
}

// proseHeadBytes bounds the story text searched for a date when nothing else dates the page:
// a dateline or first paragraph, not the history the story recounts further down.
const proseHeadBytes = 400

// headerZone is the page text around the headline, where a date without a telling class or
// label usually stands: the kicker above it, the byline line below; after is where the
// headline ends in it. When the headline is printed more than once, first with a date right
// after it, the time it stands last before the story's opening words is the story's own when a
// date stands right by it there: a carousel or a list of the section's stories above the story
// prints it too, with that list's date.
func headerZone(text, h1, body string) (zone string, after int) {
	if len(h1) < 8 {
		return "", 0
	}
	i := strings.Index(text, h1)
	if i < 0 {
		return "", 0
	}
	floor := 0 // the zone starts after an earlier print of the headline, in the list's text
	if j := strings.Index(text[i+len(h1):], h1); j >= 0 && datedListItem(text[i+len(h1):]) {
		if open := bodyOpening(body); open != "" {
			if k := strings.Index(text, open); k > i {
				if last := strings.LastIndex(text[:k], h1); last > i && (dateJustBefore(text[max(0, last-96):last]) || datedListItem(text[last+len(h1):])) {
					floor = strings.LastIndex(text[:last], h1) + len(h1)
					i = last
				}
			}
		}
	}
	lo, hi := pubdate.Window(text, max(i-160, floor), i+len(h1)+320)
	return text[lo:dateEnd(text, hi)], i + len(h1) - lo
}

// datedListItem reports text after a headline that opens with a date, as a list's item prints
// its story's ("Headline 10 August 2013 ( ) Next headline …"), past spaces and separators.
func datedListItem(after string) bool {
	rest := strings.TrimLeft(after, " \t\u00a0|·•,;–—-")
	if rest == "" || !startsDate(rest) {
		return false
	}
	_, hi := pubdate.Window(rest, 0, 64)
	_, start, _, ok := pubdate.Find(rest[:hi], pubdate.Context{})
	return ok && start == 0
}

// dateJustBefore reports a date in before (the bytes ahead of a headline) that ends in its last
// 48 bytes: the story's own date line over its headline ("Editorial 5 August 2013, ora 11:33 |
// Print | Font"), not the date of a list's item a teaser's title and credits away.
func dateJustBefore(before string) bool {
	for off := 0; off < len(before); {
		_, _, end, ok := pubdate.Find(before[off:], pubdate.Context{})
		if !ok {
			return false
		}
		if off += end; len(before)-off <= 48 {
			return true
		}
	}
	return false
}

// bodyOpening is the first of the body's first five lines long enough to place the story in
// the page's text (40 bytes; a kicker, a credit or the headline's copy is shorter), cut to at
// most 60 bytes at a space; "" when none is.
func bodyOpening(body string) string {
	rest := body
	for range 5 {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		line = strings.TrimSpace(line)
		if len(line) < 40 {
			if rest == "" {
				break
			}
			continue
		}
		if len(line) > 60 {
			if k := strings.LastIndexByte(line[:60], ' '); k > 0 {
				line = line[:k]
			}
		}
		return line
	}
	return ""
}

// dateRightAfter prefers, in a headline's zone (the headline at [hs, he)), the date printed
// right after the headline over the zone's first date (st at [start, end)) when that one stands
// before the headline with other words between: the headline found in the text is then an item
// of a list of stories ("… Macht Fresslust 19. März 2020 … Achtsam durch die Krise 18. März
// 2020 …"), each title followed by its own date, and the date before belongs to the item before.
// A date right before the headline ("19.03.2020 Headline", a kicker or a list dated in front)
// keeps its place, and so does the first date when no date starts right after the headline
// (past spaces and separators). A slashed date there takes the order the zone's other slashed
// dates show (slashOrder): a list's "1/15/2008" makes the headline's "1/10/2008" January 10.
func dateRightAfter(zone string, hs, he int, st pubdate.Stamp, start, end int, ctx pubdate.Context) (pubdate.Stamp, int, int) {
	if hs < 0 || end > hs || he > len(zone) || !hasLetter(zone[end:hs]) {
		return st, start, end
	}
	rest := strings.TrimLeft(zone[he:], " \t\u00a0|·•,;–—-")
	if rest == "" || !startsDate(rest) {
		return st, start, end
	}
	if first, known := slashOrder(zone); known {
		ctx.MonthFirst = first // the list's other dates show the order ("1/15/2008" beside "1/10/2008")
	}
	st2, s2, e2, ok := pubdate.Find(rest, ctx)
	if !ok || s2 != 0 {
		return st, start, end
	}
	off := len(zone) - len(rest)
	return st2, off, off + e2
}

// slashOrder reports the order the slashed numeric dates of text follow when some read only one
// way: month first when more of them have a second field above 12 ("1/15/2008") than a first.
func slashOrder(text string) (monthFirst, known bool) {
	if !strings.Contains(text, "/") {
		return false, false
	}
	votes := 0
	for _, m := range slashDateRe.FindAllStringSubmatch(text, 8) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		switch {
		case a > 12 && a <= 31 && b >= 1 && b <= 12:
			votes--
		case b > 12 && b <= 31 && a >= 1 && a <= 12:
			votes++
		}
	}
	return votes > 0, votes != 0
}

// hasLetter reports text holding a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// notMasthead finds the first date in zone, like pubdate.Find, passing over a date that is the
// day the masthead prints (see mastheadDate) when another follows: on a page without an <h1>
// the text around the headline begins with the masthead's line. Alone, that day stays, as the
// rest of the page would give it too. Only a date starting before hs, where the headline starts,
// is the masthead's: the story's own stamp under the headline prints the same day when the
// page was served on the day the story ran.
func notMasthead(zone string, hs int, ctx pubdate.Context, masthead []string) (st pubdate.Stamp, start, end int, ok bool) {
	st, start, end, ok = pubdate.Find(zone, ctx)
	if !ok || len(masthead) == 0 || start >= hs {
		return st, start, end, ok
	}
	day := st.Time.Format(time.DateOnly)
	for _, m := range masthead {
		if ms, _, _, mok := pubdate.Find(m, ctx); mok && ms.Time.Format(time.DateOnly) == day {
			if st2, s2, e2, ok2 := pubdate.Find(zone[end:], ctx); ok2 {
				return st2, end + s2, end + e2, true
			}
			break
		}
	}
	return st, start, end, ok
}

// dateEnd moves a window's end past the date or time it cuts: Chinese and Japanese text packs
// three bytes in a character, so a fixed window cuts "2005年3月11日12:12" after the day and
// loses the time. It stops at the first rune that cannot continue a date, at most 24 bytes on.
func dateEnd(text string, hi int) int {
	for end := min(len(text), hi+24); hi < end; {
		r, w := utf8.DecodeRuneInString(text[hi:])
		if !(r >= '0' && r <= '9' || strings.ContainsRune(":：-/.年月日号时分秒", r)) {
			break
		}
		hi += w
	}
	return hi
}

func proseHead(body string) string {
	_, hi := pubdate.Window(body, 0, proseHeadBytes)
	return body[:hi]
}

// authorKeys are meta names that carry a byline; each value still passes the person filter.
// Besides the common ones: Open Graph's article namespace written with its prefix
// (og:article:author), the publishers' own (article:author_name, byline, article_author,
// content.author), Cxense's, Webtrends' (dcsext.author) and Dublin Core's with a colon.
var authorKeys = []string{"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author", "citation_author", "dcterms.creator",
	"og:article:author", "article:author_name", "byline", "og:author", "cxenseparse:author", "content.author", "dcsext.author",
	"article_author", "dc:creator"}

// writtenBy returns the name a page's Twitter card labels "Written by" (twitter:label1 and
// twitter:data1, as WordPress SEO plugins write them), or "". It is the account that posted
// the story, not always its byline (an editor posts a contributor's piece): it only confirms.
func writtenBy(meta map[string]string) string {
	for _, n := range []string{"1", "2", "3"} {
		switch strings.ToLower(strings.TrimSpace(meta["twitter:label"+n])) {
		case "written by", "author", "by":
			return meta["twitter:data"+n]
		}
	}
	return ""
}

// lowerName title-cases a name of two or three words written all in lower case ("cindy
// mangomini", a display name as its owner typed it) when another source confirms it: the meta
// author and the "Written by" card agree, or the page shows it. Otherwise it returns "": a
// lower-case word is no name (see looksLikeName).
func lowerName(v, metaAuthor, written, text string) string {
	v = normSpace(v)
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 3 || v != strings.ToLower(v) {
		return ""
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLower(r) && !strings.ContainsRune("'’-", r) {
				return ""
			}
		}
	}
	agree := strings.EqualFold(normSpace(metaAuthor), v) && strings.EqualFold(normSpace(written), v)
	if !agree && !strings.Contains(strings.ToLower(text), v) {
		return ""
	}
	return titleCase(v)
}

// sameLetters reports two credit lists that spell the same letters in the same order: a meta
// that joined the byline's names without a separator ("Alyson BrodsyTom Coyne" for "Alyson
// Brodsy and Tom Coyne"), which the printed names then spell right.
func sameLetters(a, b []string) bool {
	return len(a) != len(b) && squash(strings.Join(a, "")) == squash(strings.Join(b, ""))
}

// pageAuthors prefers structured data, then meta tags, then visible bylines. Names that are
// the site's own (its og:site_name, JSON-LD publisher or domain) are credits of the
// publication, not people. When the structured data credits only an organisation, the page
// has said it names no person; a byline that agrees ends the search.
func pageAuthors(p *page, ld *ldArticle, body, reading, text, lang string, sites []string) []string {
	names := storyAuthors(p, ld, body, reading, text, lang, sites)
	for i, n := range names {
		names[i] = capsNameTail(n)
	}
	if len(names) == 1 && slices.Contains(sites, squash(names[0])) {
		// "By: Harbour World" (or the author meta) on a site of that name over a story that
		// closes "—Jane Roe": the site's own name credits the desk that posted the story, and
		// the signature names its writer. A personal site named after its owner signs with
		// the owner's name, which shares the credit's words.
		for _, t := range []string{body, reading} {
			if s := closingSignOff(t); len(s) > 0 && fullNames(s) && !sharesWord(s, names) {
				return s
			}
		}
	}
	if len(names) > 0 {
		// "By Davies Chanda" in the byline element (the account that posted the story) over a
		// story whose text opens "By JAMES KUNDA -": the print edition's byline, kept in the
		// story's first line, names its writer.
		if s := openingCapsByline(reading); len(s) > 0 && !sharesWord(s, names) {
			return s
		}
	}
	if len(names) == 1 {
		// "Example Partners" in the byline, "By Jane Roe, associate, ExamplePartners." closing
		// the story: the byline credits the firm the writer works for.
		if w := firmWriter(names[0], append(append([]string{}, p.byText...), p.laterBylines...)); w != "" {
			return []string{w}
		}
	}
	editors := pageEditors(p)
	if len(names) == 0 || len(editors) == 0 || !sharesAll(editors, names) {
		return names
	}
	// The metadata names the story's editor, whom the page labels so ("Editor : Heryadi"); an
	// author element that names someone else credits the writer.
	for _, b := range p.bylineTexts() {
		if editorLabel.MatchString(normSpace(b)) {
			continue
		}
		if a := bylineNames(b); len(a) > 0 && !sharesAll(editors, a[:1]) && !isPublisherCredit(a[0], sites) {
			return a
		}
	}
	return names
}

// printedByline returns the full names of the first of the page's byline elements that names
// people, or nil.
func printedByline(p *page, own map[string]bool, people func([]string) []string) []string {
	for _, b := range append(append([]string{}, p.strongBylines...), p.bylines...) {
		if a := people(bylineNamesWith(b, own)); len(a) > 0 {
			if fullNames(a) {
				return a
			}
			return nil
		}
	}
	return nil
}

// bylineOverUnprinted returns the names of the page's first byline element that names people
// when the structured data's authors (ld) are printed nowhere on the page and share no word with
// them: the JSON-LD credits whoever filed the story in the system (a desk editor), the byline
// the reader sees credits the reporter ("謝明俊" in the byline, "陳昱光" only in the JSON-LD).
func bylineOverUnprinted(p *page, own map[string]bool, people func([]string) []string, ld []string) []string {
	lower := strings.ToLower(p.text)
	if p.text == "" || slices.ContainsFunc(ld, func(n string) bool { return strings.Contains(lower, strings.ToLower(n)) }) {
		return nil
	}
	for _, b := range append(append([]string{}, p.strongBylines...), p.bylines...) {
		a := people(bylineNamesWith(b, own))
		if len(a) == 0 {
			continue
		}
		hanNames := !slices.ContainsFunc(a, func(n string) bool { return !allHan(n) || !zhName(n, true) })
		if (fullNames(a) || hanNames) && !sharesWord(a, ld) {
			return a
		}
		return nil
	}
	return nil
}

// editorWords label the story's editor, not its writer. German's "Redaktion: Jane Roe und John
// Doe" closing a broadcaster's story credits the editors who put it online, as "Redaktion:"
// beside "Übersetzung:" and "Schlussredaktion:" does under a magazine's.
const editorWords = `(?:editor|edited by|editado por|redaktur|penyunting|redaktion)`

// editorLabel opens a line that credits the story's editor.
var editorLabel = regexp.MustCompile(`(?i)^` + editorWords + `\s*:?\s+`)

// editorBefore is an editor's label ending the text before an author element.
var editorBefore = regexp.MustCompile(`(?i)(?:^|\s)` + editorWords + `\s*:?\s*$`)

// bylineTexts are the texts of the page's byline elements, strong ones first, then the others
// and the lines that open with "By".
func (p *page) bylineTexts() []string {
	return append(append(append([]string{}, p.strongBylines...), p.bylines...), p.byText...)
}

// pageEditors returns the names the page's author elements label as its editors: "Editor :
// Heryadi" in one element, or the label before the element.
func pageEditors(p *page) []string {
	out := append([]string{}, p.editors...)
	for _, b := range p.bylineTexts() {
		if b = normSpace(b); editorLabel.MatchString(b) {
			out = append(out, splitAuthors(editorLabel.ReplaceAllString(b, ""))...)
		}
	}
	return out
}

// deskSignatureRe is a desk's signature: the outlet, "with" in one of the languages paperboy
// serves, and a news agency ("Le Monde.fr avec AFP", "SPIEGEL mit dpa", "Staff with Reuters").
var deskSignatureRe = regexp.MustCompile(`^(\S.{0,40}?)\s+(?i:avec|with|mit|con|com|met|z|och|med)\s+(?:l['’]\s*)?(\S+)\.?$`)

// deskSignature reports a desk's signature whose last word is a news agency.
func deskSignature(s string) bool {
	m := deskSignatureRe.FindStringSubmatch(normSpace(s))
	return m != nil && agencies[strings.ToLower(m[2])]
}

// deskSignaturePrinted reports a desk's signature among the metadata's credits that a byline
// element prints whole.
func deskSignaturePrinted(credits, bylines []string) bool {
	for _, c := range credits {
		if c = normSpace(c); !deskSignature(c) {
			continue
		}
		for _, b := range bylines {
			if strings.EqualFold(normSpace(b), c) {
				return true
			}
		}
	}
	return false
}

// joinedName reports a byline line that joins name to the names before it with a conjunction
// ("… and Aaron Fernandes", "… & Aaron Fernandes", "… und …", "… et …", "… y …", "… e …"): a
// list of writers, where a job title follows a name after a comma or on a line of its own.
func joinedName(line, name string) bool {
	for i := strings.Index(line, name); i > 0; {
		before := strings.TrimRight(line[:i], " ")
		if k := strings.LastIndexByte(before, ' '); k >= 0 && byConjunctions[strings.ToLower(before[k+1:])] {
			return true
		}
		j := strings.Index(line[i+1:], name)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// byConjunctions join the last of a byline's names to the others.
var byConjunctions = map[string]bool{"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "en": true, "og": true, "och": true, "i": true}

// unprintedSiteInitials reports a credit of two or more capitalised words whose initials spell
// a name the site goes by, whole ("Russia Today" on rt.com, its publisher named "RT") and
// that the page prints nowhere: the metadata credits the publisher under its long name. A
// writer whose initials happen to spell the site's is printed in the byline.
func unprintedSiteInitials(name string, sites []string, text string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	var initials strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		initials.WriteRune(unicode.ToLower(r))
	}
	if !slices.Contains(sites, initials.String()) {
		return false
	}
	return !strings.Contains(strings.ToLower(text), strings.ToLower(name))
}

// ldOrgMeta reports an author meta v that the JSON-LD credits as an Organization (orgs) and that
// no byline element prints: a publisher's name, not a writer's. A content system that types
// every author Organization still prints its writers' names in the byline.
func ldOrgMeta(v string, orgs, bylines []string) bool {
	v = normSpace(v)
	if v == "" || !slices.ContainsFunc(orgs, func(o string) bool { return strings.EqualFold(normSpace(o), v) }) {
		return false
	}
	return !slices.ContainsFunc(bylines, func(b string) bool { return strings.Contains(strings.ToLower(normSpace(b)), strings.ToLower(v)) })
}

// siteBesideLDPerson reports an author meta v that repeats the site's name whole, as both its
// og:site_name and the JSON-LD publisher give it ("Example World" in all three), while the
// JSON-LD credits someone else as a Person: the template fills the meta with the site's name,
// and the structured data names the writer. A personal site's owner is credited the same in
// the JSON-LD as in the meta, and stays.
func siteBesideLDPerson(v, siteName string, ld *ldArticle) bool {
	v = normSpace(v)
	if v == "" || !strings.EqualFold(v, normSpace(siteName)) || !strings.EqualFold(v, normSpace(ld.siteName)) {
		return false
	}
	for _, c := range ld.credits {
		if c = normSpace(c); c != "" && !strings.EqualFold(c, v) && !slices.ContainsFunc(ld.orgCredits, func(o string) bool { return strings.EqualFold(normSpace(o), c) }) {
			return true
		}
	}
	return false
}

// pagePlaces are the places a page's metadata names as the story's: the JSON-LD's (ldPlaces),
// the geo.placename meta's first part and og:locality.
func pagePlaces(p *page, ld *ldArticle) []string {
	out := slices.Clone(ld.places)
	for _, k := range []string{"geo.placename", "og:locality"} {
		if v := placeHead(p.meta[k]); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// maxDateLines bounds the lines datedPlace reads for one credit.
const maxDateLines = 64

// datedPlace reports a credit that one of the page's date lines (lines) opens with, in any
// letters' case, before a separator and a date: "New Delhi | March 22, 2023 10:50 IST",
// "NEW DELHI, Updated: March 22, 2023" for "New Delhi". A dateline prints the town the story
// was filed from before its date; a co-writer's name opens no date line. A credit of more than
// four words is no town.
func datedPlace(name string, lines iter.Seq[string]) bool {
	for l := range townLines(name, lines) {
		rest, ok := foldPrefix(strings.TrimLeft(l, " \u00a0"), name)
		if !ok {
			continue
		}
		if _, found := dateAfterSeparator(rest); found {
			return true
		}
	}
	return false
}

// townLines is lines, at most maxDateLines of them, for the town tests of a credit (datedPlace,
// townBeforeDate): none when the credit has no word or more than four, which no town has.
func townLines(name string, lines iter.Seq[string]) iter.Seq[string] {
	return func(yield func(string) bool) {
		if n := len(strings.Fields(name)); n == 0 || n > 4 {
			return
		}
		read := 0
		for l := range lines {
			if read++; read > maxDateLines || !yield(l) {
				return
			}
		}
	}
}

// dateAfterSeparator reports a date that rest prints after a separator (",", "|", ":", a dash,
// a dot, a slash), white space before it aside, and where in rest after the separator it starts.
func dateAfterSeparator(rest string) (start int, found bool) {
	rest = strings.TrimLeft(rest, " \u00a0")
	r, size := utf8.DecodeRuneInString(rest)
	if !strings.ContainsRune(",|:-–—·•/", r) {
		return 0, false
	}
	_, start, _, found = pubdate.Find(rest[size:], pubdate.Context{})
	return start, found
}

// namedPlace reports a credit that is one of the page's places, letter case and accents aside.
func namedPlace(name string, places []string) bool {
	k := foldedLatin(strings.ToLower(normSpace(name)))
	return k != "" && slices.ContainsFunc(places, func(pl string) bool { return foldedLatin(strings.ToLower(pl)) == k })
}

// storyAuthors is pageAuthors before the editor check.
func storyAuthors(p *page, ld *ldArticle, body, reading, text, lang string, sites []string) []string {
	// A glued name is spaced only as a byline element prints it: a brand in camel case
	// ("StarsInsider") is printed spaced in its logo's text too.
	bylineText := strings.Join(p.bylineTexts(), "\n")
	vietnamese := strings.HasPrefix(strings.ToLower(lang), "vi")
	var issuers *releaseIssuers
	if wireRelease(p.text) {
		issuers = newReleaseIssuers(p.text)
	}
	// The same credit is split more than once (an author meta read by fuller and again in
	// its own turn, the same name under several keys): splitAuthors, a few dozen expressions,
	// runs once per credit, and each caller gets a copy of its own.
	splitOnce := map[string][]string{}
	split := func(s string) []string {
		if names, ok := splitOnce[s]; ok {
			return slices.Clone(names)
		}
		names := splitAuthors(s)
		splitOnce[s] = slices.Clone(names)
		return names
	}
	places := pagePlaces(p, ld)
	dateLines := func(yield func(string) bool) {
		for _, t := range slices.Concat(p.dateTexts, p.earlyDateTexts, p.bylineTexts()) {
			for l := range strings.SplitSeq(t, "\n") {
				if !yield(l) {
					return
				}
			}
		}
	}
	owner := siteOwner(p.meta["og:site_name"])
	sections := []string{p.meta["article:section"], ld.section}
	zhPage := chineseLang(lang)
	people := func(names []string) []string {
		var out []string
		if zhPage {
			names = zhSpacedNames(names)
		}
		for _, n := range dedupe(names) {
			if owner != "" && n == owner {
				out = append(out, n) // "James" on "James' Coffee Blog": the blog's owner, not its name
				continue
			}
			if sectionCredit(n, sections) {
				continue // "Domácí, ČTK": the desk the story is filed under, then the agency
			}
			if vietnamese && viSourceOnly(n) {
				continue // "Theo Ngoisao": the outlet the story was taken from
			}
			// A news agency credited as a person ("Efe" in a schema.org Person) is no writer.
			if n = unglued(undoubled(n), bylineText); !isPublisherCredit(n, sites) && !siteAddressCredit(n, sites) && !agencies[strings.ToLower(n)] && !unprintedSiteInitials(n, sites, p.text) &&
				!staffOutlet(n, bylineText) && !selfDescribedSite(n, sites, p.text) &&
				!(issuers != nil && issuers.issues(n)) {
				out = append(out, n)
			}
		}
		// "New Delhi | Jane Roe", "Express News Service\nNew Delhi" over a story that opens "NEW
		// DELHI:": the town the dateline prints in capitals, wherever the byline puts it; and
		// "Jane Roe New Delhi", the town run onto the name by the byline's spans.
		out = slices.DeleteFunc(out, func(n string) bool { return capitalDateline(body, n) })
		for i, n := range out {
			out[i] = withoutDatelineTail(body, n)
		}
		if len(out) >= 2 {
			// "By Jocelyn Timperley, Carbon Brief" over "… published with permission from Carbon
			// Brief.": the outlet a syndicated story comes from, beside its writer.
			out = slices.DeleteFunc(out, func(n string) bool { return syndicationSource(p.text, n) })
		}
		if len(out) >= 2 && len(out) <= maxPaperCredits {
			// "By Jane Roe, Washington Post" over "© 2024, The Washington Post": the paper the
			// writer works for, which the page names with an article as no person is named. A
			// byline's few credits only: each is looked for in the page's text, and a list of
			// thousands (a release's) searched so is quadratic.
			out = append(out[:1], slices.DeleteFunc(out[1:], func(n string) bool { return namedWithArticle(p.text, n) })...)
		}
		if len(out) >= 2 {
			// "राहुल शर्मा, नई दिल्ली" over a story that opens "नई दिल्ली, 12 मार्च।": the town the
			// writer files from, which the story's dateline repeats.
			out = append(out[:1], slices.DeleteFunc(out[1:], func(n string) bool { return datelinePlace(body, n) })...)
		}
		if len(out) >= 2 {
			// "Jane Roe, New Delhi" over a date line that opens with the same town ("New Delhi |
			// March 22, 2023 10:50 IST" under the byline or in the date's element): the
			// dateline's place, printed apart from the story's text.
			out = append(out[:1], slices.DeleteFunc(out[1:], func(n string) bool { return datedPlace(n, dateLines) })...)
		}
		if len(out) >= 2 && len(out) <= maxPaperCredits {
			// "Jane Roe, New Delhi | Updated: March 22, 2023" on one line, over a story that
			// names "in New Delhi": the town between the writer and the date. A byline's few
			// credits only, as for namedWithArticle.
			out = append(out[:1], slices.DeleteFunc(out[1:], func(n string) bool { return townBeforeDate(n, dateLines, body) })...)
		}
		if len(out) >= 2 && len(places) > 0 {
			// "By Jane Roe, Bruselas" over JSON-LD whose contentLocation or dateline is
			// "Bruselas", or a geo.placename meta: the town the writer files from, which the
			// page's own metadata names as a place.
			out = append(out[:1], slices.DeleteFunc(out[1:], func(n string) bool { return namedPlace(n, places) })...)
		}
		if len(out) >= 2 && siteNameWhole(out[len(out)-1], sites) {
			// "By Jane Roe, Example Herald" on a site named "Example Herald": the last credit
			// is the paper the writer works for, the page's own masthead, not a co-author. A
			// personal site named after its author credits that name alone, so a list of two
			// or more keeps its writers.
			out = out[:len(out)-1]
		}
		return out
	}
	// The byline the reader sees wins when it names every author the metadata names and more,
	// each added one an author element of its own: metadata may give only the first of two.
	own := map[string]bool{}
	for _, b := range append(append([]string{}, p.strongBylines...), p.bylines...) {
		own[normSpace(b)] = true
	}
	var shown []string
	var shownLine string
	for _, b := range p.strongBylines {
		if shown = people(bylineNamesWith(b, own)); len(shown) > 0 {
			shownLine = normSpace(b)
			break
		}
	}
	var cardShown []string
	if len(shown) == 0 && len(p.cardBylines) >= 2 {
		// No strong byline, but a run of author cards under the headline, one writer each
		// ("<div class=m-author>Jane Roe</div><div class=m-author>John Doe</div>"): the
		// metadata may credit the first card alone. Each card must name one full name.
		var cards []string
		for _, c := range p.cardBylines {
			a := people(bylineNamesWith(c, own))
			if len(a) != 1 || !fullNames(a) {
				cards = nil
				break
			}
			cards = append(cards, a[0])
		}
		cardShown = dedupe(cards)
	}
	byline := func(meta []string) []string {
		if len(shown) == 0 && len(cardShown) > len(meta) && sharesAll(cardShown, meta) {
			return cardShown // each card an element of its own
		}
		if len(shown) <= len(meta) || !sharesAll(shown, meta) {
			return meta
		}
		for _, n := range shown {
			// A name the byline joins to the others with "and" ("By Ellie Honeybone and
			// Aaron Fernandes") is a co-author as surely as one in an element of its own.
			// A byline in capitals ("By TRAVIS LOLLER, KIMBERLEE KRUESI and DENISE LAVOIE")
			// joins the names it prints title-cased: compared in lower case.
			if !sharesAll(meta, []string{n}) && !own[n] && !joinedName(strings.ToLower(shownLine), strings.ToLower(n)) {
				return meta // an added "name" that is no byline element of its own: a job title
			}
		}
		return shown
	}
	// The JSON-LD or microdata may name only the first author where an author meta names them
	// all, each printed in a byline: "Thomas Fuller" against "By Thomas Fuller and Christopher
	// Mele".
	fuller := func(a []string) []string {
		printed := strings.Join(p.bylineTexts(), "\n")
		for _, v := range metaValues(p, authorKeys) {
			m := people(split(v))
			if len(m) <= len(a) || !sharesAll(m, a) {
				continue
			}
			// Each must be printed, and none a part of the site's name ("Kate Taylor, Business
			// Insider" on "Business Insider Deutschland"), which isPublisherCredit leaves to a
			// publication word when it stands alone.
			if !slices.ContainsFunc(m, func(n string) bool { return !strings.Contains(printed, n) || partOfSiteName(n, sites) }) {
				return m
			}
		}
		return a
	}
	if a := people(ld.authors); len(a) > 0 && !unprintedLogin(a, p.text) {
		if b := bylineOverUnprinted(p, own, people, a); len(b) > 0 {
			return b
		}
		return byline(fuller(a))
	}
	orgCredited := false
	for _, c := range ld.credits {
		orgCredited = orgCredited || creditsOrg(c, sites)
	}
	// Authors typed Organization whose names are people's that a byline element prints: a CMS
	// that types every author alike ("坂本 信博", the byline "西日本新聞 坂本 信博").
	if !orgCredited {
		printed := strings.Join(append(p.bylineTexts(), p.profileNames...), "\n")
		var typed []string
		for _, c := range ld.credits {
			typed = append(typed, people(split(c))...)
		}
		if len(typed) > 0 && !slices.ContainsFunc(typed, func(n string) bool { return !strings.Contains(printed, n) || isOrganisation(n) }) {
			return byline(typed)
		}
	}
	var micro []string
	// The article's own byline comes first; itemprop authors in another byline box further
	// down are those of teasers and related stories. When the story's box (the <article>
	// holding the headline) has item authors of its own, those outside it are the cards of a
	// list of other stories printed above it ("more from", a reading list beside the post).
	first := slices.Index(p.itemAuthorInStory, true)
	inStory := first >= 0
	first = max(first, 0)
	for i, a := range p.itemAuthors {
		if p.itemAuthorBox[i] != p.itemAuthorBox[first] || inStory && !p.itemAuthorInStory[i] {
			continue
		}
		micro = append(micro, split(a)...)
	}
	if a := people(micro); len(a) > 0 {
		return byline(fuller(a))
	}
	written := writtenBy(p.meta)
	for _, v := range metaValues(p, authorKeys) {
		v = withoutGluedSite(v, sites)
		if metaNoWriter(v, p, lang) || siteBesideLDPerson(v, p.meta["og:site_name"], ld) {
			continue
		}
		if ldOrgMeta(v, ld.orgCredits, p.bylineTexts()) {
			// The structured data types the same credit an Organization ("FUNKE Mediengruppe"
			// in both): the publisher fills the author field, and no byline prints it.
			orgCredited = true
			continue
		}
		if strings.Contains(v, "|") && creditsOrg(v, sites) {
			// "뉴스타파 | 네이버": a publisher and the portal that carries it, like a title's
			// "Story | Site"; what stands beside the publisher is a site, not a person.
			orgCredited = true
			continue
		}
		if a := people(split(v)); len(a) > 0 {
			unprinted := !strings.Contains(p.text, normSpace(v)) && !slices.ContainsFunc(a, func(n string) bool { return strings.Contains(p.text, n) })
			if unprinted {
				// Printed in other letters' case ("STEVEN DAVIDOFF SOLOMON" for the meta's
				// "Steven Davidoff Solomon") is printed.
				lower := strings.ToLower(p.text)
				unprinted = !slices.ContainsFunc(a, func(n string) bool { return strings.Contains(lower, strings.ToLower(n)) })
			}
			if len(a) == 1 && len(strings.Fields(a[0])) == 1 && unprinted {
				// "Elemedia": one word the page never prints (the publisher's company) beside a
				// byline element that names people.
				if b := printedByline(p, own, people); len(b) > 0 {
					return b
				}
				if innerCapital(a[0]) {
					continue // alone, a brand in camel case ("EndPlay", the content system's vendor)
				}
				if unprintedLogin(a, p.text) && !publisherMeta(p, v) {
					// Alone, one word the page never prints is the login of whoever posted
					// the story ("Dany"); a byline element further on may still name one. A
					// personal site's owner is its publisher too ("Jan" in both metas).
					continue
				}
			}
			if unprinted || len(a) == 1 && (slices.Contains(sites, squash(a[0])) || publisherMeta(p, v)) {
				// Names the page never prints (the translator's or the account's that posted
				// the story), the site's own name whole ("Olhar Digital" on olhardigital…) or the
				// publisher's in Dublin Core ("Ediciones El País"): a byline element that prints
				// other people names the writers. A personal site's owner is both its author
				// and its publisher, and no other byline is printed.
				if b := printedByline(p, own, people); len(b) > 0 && (!sharesWord(b, a) || sameLetters(a, b)) {
					return b // also the printed names the meta ran together ("Alyson BrodsyTom Coyne")
				}
			}
			if len(shown) > 0 && len(shown) < len(a) && sharesAll(a, shown) && len(bySplitRe.Split(v, -1)) > len(a) {
				// "Connie Wang,Sharokh Mirzai,Ariel Pierre-Louis at MSA Models,…": a list of
				// credits (photographer, models, make-up) of which the byline names the writers.
				return shown
			}
			return byline(a)
		}
		if a := people(split(lowerName(v, p.meta["author"], written, p.text))); len(a) > 0 {
			return byline(a)
		}
		// An address is a profile's (Facebook's article:author convention), whatever words
		// its host holds: "https://www.facebook.com/…" credits a person, not the network.
		orgCredited = orgCredited || !looksLikeURL(v) && creditsOrg(v, sites)
	}
	// The writers an Arc state credits, whose byline the browser renders from it.
	for _, n := range ld.stateAuthors {
		if a := people(split(n)); len(a) > 0 {
			return byline(a)
		}
	}
	// Chinese pages credit their writers in lines of their own, not in byline elements.
	if !japaneseOrKorean(lang) && (len(p.zhLines) > 0 || hasHanLead(reading)) {
		if a := people(chineseCredits(zhEdgeLines(reading), zhEdgeLines(body), p.zhLines, text)); len(a) > 0 {
			return a
		}
		// A story taken from another paper credits "writer/outlet" under the headline; the
		// page's own editor (责任编辑) is no writer of it.
		if a := people([]string{p.zhHeadWriter}); len(a) > 0 {
			return a
		}
	}
	// A Japanese job title and name under the headline ("編集委員　田中陽") is the byline.
	for _, t := range p.jaBylines {
		if a := people(jaTitledNames(t)); len(a) > 0 {
			return a
		}
	}
	// A Japanese writer's label and the name in a text of their own: "著者：後藤大地", "文● 岡本太郎／編集部".
	for _, t := range p.jaLabelled {
		if a := people(jaLabelledNames(t)); len(a) > 0 {
			return a
		}
	}
	// A Korean headline signed at its end, the name printed on a line of its own: a guest post
	// on a blog whose own name fills the author fields and the byline.
	if isKorean(lang, "", text) {
		if a := people([]string{koSignedHeadline(p.headline, reading)}); len(a) > 0 {
			return a
		}
	}
	// The desk's signature, "Le Monde.fr avec AFP", in the metadata and printed as the story's
	// byline: the story was put together from the agency's wire by the desk, and no person
	// wrote it; a name in a byline element elsewhere (under a teaser in the navigation) is
	// another story's writer.
	if deskSignaturePrinted(append(append([]string{}, ld.credits...), metaValues(p, authorKeys)...),
		append(p.bylineTexts(), p.laterBylines...)) {
		return people(signature(body, p.boldParas))
	}
	// A strong byline that names nobody and no organisation (a one-line author bio: "Laura E.
	// Adkins is Opinion Editor of the Forward.") leaves the looser author elements to ask.
	visible := p.strongBylines
	if orgCredited && slices.ContainsFunc(visible[p.strongAtH1:], func(b string) bool { return creditsOrg(b, sites) }) {
		// "By Associated Press" under the headline, as the metadata credits: the bylines of
		// the menu above the headline ("| Jane Roe" under a blog's name) are other stories'.
		visible = visible[p.strongAtH1:]
	}
	if len(visible) == 0 || !namesAnyone(visible, sites) {
		visible = append(append(append([]string{}, visible...), p.bylines...), p.byText...)
	}
	visible = append(visible, p.laterBylines...)
	for _, b := range visible {
		// Under metadata that credits an organisation, a lone word in an author element is a
		// button's label ("Abbruch", "Folgen") more often than a person.
		if a := people(bylineNamesWith(b, own)); len(a) > 0 && !(orgCredited && singleWords(a)) {
			return a
		}
		// Metadata and the first byline that names anything agree on an organisation: the
		// names further down are those of teasers and sidebars.
		if orgCredited && creditsOrg(b, sites) {
			// "_ By Jane Roe in Vancouver" closing the agency's story: its writer.
			if a := people(closingBy(body, reading)); len(a) > 0 && fullNames(a) {
				return a
			}
			return people(signature(body, p.boldParas))
		}
	}
	for _, t := range p.labelBylines {
		if a := people(split(t)); len(a) > 0 {
			return a
		}
	}
	// A Korean package's header lists all its reporters in no byline element, each a name and
	// a title; the sign-offs in the story name those of its sections only.
	if isKorean(lang, "", text) {
		if a := people(koHeaderByline(text, p.headline)); len(a) >= 2 {
			return a
		}
	}
	if a := people(outletLineNames(p.outletLines, sites)); len(a) > 0 {
		return a
	}
	// "Jane Roe |" before the date under the headline, in elements of no byline class.
	for _, t := range p.datedBarNames {
		if a := people(split(t)); len(a) == 1 && fullNames(a) {
			return a
		}
	}
	if a := people(split(p.avatarByline)); len(a) > 0 {
		return a
	}
	if a := people([]string{p.headShotByline}); len(a) == 1 && fullNames(a) {
		return a
	}
	if a := people(split(p.postsByByline)); len(a) > 0 {
		return a
	}
	if a := people(split(p.profileByline)); len(a) > 0 {
		return a
	}
	for _, t := range append(append([]string{}, p.dateTexts...), p.earlyDateTexts...) {
		if a := people(prefixedByline(t)); len(a) > 0 {
			return a
		}
	}
	if a := people(infoLineNames(p.underHeadline)); len(a) > 0 {
		return a
	}
	// "… after the ruling. Jane Roe and John Doe report": the standfirst names the writers.
	if a := people(deckReporters(p)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(signature(body, p.boldParas)); len(a) > 0 {
		return a
	}
	if a := people(rightSignOff(reading, text, p.rightLines)); len(a) > 0 {
		return a
	}
	// The body may have dropped the sign-off as a trailer line: the reading still holds it.
	if a := people(closingSignOff(body)); len(a) > 0 {
		return a
	}
	if a := people(closingSignOff(reading)); len(a) > 0 {
		return a
	}
	if a := people(closingSignOff(ld.body)); len(a) > 0 {
		return a
	}
	if a := people(bioSignOff(body)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(postSignOff(body, reading)); len(a) == 1 && fullNames(a) {
		return a
	}
	if a := people(worksForNote(body)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(emailSignOff(body, lang)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(compiledBy(body, reading)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(writtenBySignOff(body, reading)); len(a) > 0 && fullNames(a) {
		return a
	}
	if a := people(closingBy(body, reading)); len(a) > 0 && fullNames(a) {
		return a
	}
	// "Por Juan Pérez", "Maria Silva / Estadão Conteúdo" closing a story that no byline credits.
	if a := people(closingPor(body, reading)); len(a) > 0 && fullNames(a) {
		return a
	}
	// A wire story's closing credits, unless the metadata credits an organisation ("Reuters
	// Editorial"): the desk then signs the story, as the page says.
	if a := people(reportingCredit(body, reading)); len(a) > 0 && !orgCredited {
		return a
	}
	if a := people(profileNames(p.meta["article:author"])); len(a) > 0 {
		return a
	}
	// The author meta filled with the writer's profile address, as article:author is
	// ("https://example.com/author/jane-roe"): a content system's template put the link where
	// the name goes. The address's last segment under a profile folder spells the name.
	for _, v := range metaValues(p, authorKeys) {
		if looksLikeURL(v) {
			if a := people(profileNames(v)); len(a) > 0 {
				return a
			}
		}
	}
	if a := people(split(p.metaProfileByline)); len(a) > 0 && fullNames(a) {
		return a
	}
	// The sign-offs closing a Korean story, or each story of a package.
	if isKorean(lang, "", text) {
		if a := people(koSignoffs(reading, p.headline)); len(a) > 0 {
			return a
		}
	}
	for i, t := range []string{body, text} {
		if names := people(koreanBylineNames(t, i == 0)); len(names) > 0 {
			return names
		}
	}
	// The story's text as read, before its edges were trimmed: the line stands apart from it.
	for _, t := range []string{body, reading} {
		if a := people([]string{koAffiliatedName(t)}); len(a) > 0 {
			return a
		}
	}
	if primary, _, _ := strings.Cut(strings.ToLower(lang), "-"); primary == "ja" {
		// The body may have dropped a closing line of brackets alone: the reading holds it.
		for _, t := range []string{body, reading} {
			if a := people(jaBracketByline(t)); len(a) > 0 {
				return a
			}
		}
		// A reader's essay or letter is signed under it: name, age, home town.
		if a := people([]string{jaReaderSign(body)}); len(a) > 0 {
			return a
		}
		for _, t := range []string{body, text} {
			if a := people(jaCredits(t)); len(a) > 0 {
				return a
			}
		}
		// A column names its writer at the end of the headline ("…の矢野論文＝古賀攻").
		if a := people([]string{jaColumnist(p.h1)}); len(a) > 0 {
			return a
		}
	}
	if isKorean(lang, "", text) {
		if a := people([]string{koNameBeforeStamp(text, p.headline)}); len(a) > 0 {
			return a
		}
	}
	if h := markedHandle(p, ld, text, sites); h != "" {
		return []string{h}
	}
	return people(split(p.sideByline))
}

// sharesWord reports two lists of names with a word in common, whatever its case: the same
// writer spelt otherwise ("Hugo Martín" in the meta, "Hugo Martn" printed with a lost letter).
func sharesWord(a, b []string) bool {
	for _, x := range a {
		for _, w := range strings.Fields(x) {
			for _, y := range b {
				if slices.ContainsFunc(strings.Fields(y), func(u string) bool { return strings.EqualFold(u, w) }) {
					return true
				}
			}
		}
	}
	return false
}

// publisherMeta reports an author meta that repeats Dublin Core's publisher.
func publisherMeta(p *page, v string) bool {
	for _, k := range []string{"dc.publisher", "dcterms.publisher"} {
		if pub := normSpace(p.meta[k]); pub != "" && strings.EqualFold(pub, normSpace(v)) {
			return true
		}
	}
	return false
}

// unglued returns a one-word name that runs its parts together in camel case ("CarmenParedes",
// a content system's user name in the JSON-LD) written with the spaces the page prints it with
// ("Carmen Paredes"); any other name, or one the page never prints spaced, comes back as it is.
func unglued(n, text string) string {
	if strings.ContainsAny(n, " \u00a0") || !innerCapital(n) {
		return n
	}
	if spaced := unglueCamel(n); strings.Contains(text, spaced) {
		return spaced
	}
	return n
}

// innerCapital reports a word with a capital letter after its first two letters: a brand
// written in camel case ("EndPlay", "WordPress"); "McDonald" and "DeLuca" have theirs second or
// third.
func innerCapital(w string) bool {
	rs := []rune(w)
	for i := 3; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && unicode.IsLower(rs[i-1]) {
			return true
		}
	}
	return false
}

// syndicationWords end the note that names the outlet a story was first published by, right
// before the outlet's name.
var syndicationWords = []string{"permission from ", "permission of ", "originally published by ", "originally published in ",
	"originally published on ", "first published by ", "first published in ", "first published on ", "republished from ",
	"originally appeared in ", "originally appeared on ", "first appeared in ", "first appeared on "}

// syndicationSource reports a name the page's text prints right after syndicationWords.
func syndicationSource(text, name string) bool {
	for at := range occurrences(text, name) {
		before := strings.ToLower(strings.TrimRight(text[max(0, at-40):at], " \u00a0"))
		for _, w := range syndicationWords {
			if strings.HasSuffix(before+" ", w) || strings.HasSuffix(before+" ", w+"the ") {
				return true
			}
		}
	}
	return false
}

// handleRe is a user name as a blog or forum prints it for its writer: one lower-case word,
// digits and joiners allowed ("janus", "apgoucher", "the_ahura").
var handleRe = regexp.MustCompile(`^\p{Ll}[\p{Ll}\d_.-]{1,29}$`)

// domainHandle reports a "handle" that is a web address without its scheme ("example.ca",
// "jobs.example.com"): the site a widget credits ("Search jobs by example.ca"), never a person's
// user name. The last label must be a country code or a common generic domain, so a handle with
// a dot ("john.doe") stays one.
func domainHandle(v string) bool {
	i := strings.LastIndexByte(v, '.')
	if i <= 0 || i == len(v)-1 {
		return false
	}
	tld := v[i+1:]
	return len(tld) == 2 && !strings.ContainsAny(tld, "0123456789_-") || commonTLDs[tld]
}

// commonTLDs are the generic top-level domains news and widget credits end in.
var commonTLDs = map[string]bool{"com": true, "net": true, "org": true, "info": true, "biz": true, "news": true, "online": true, "site": true, "media": true}

// roleHandles are the accounts a CMS posts under that name a role, not a person.
var roleHandles = map[string]bool{"admin": true, "administrator": true, "editor": true, "editors": true, "staff": true,
	"guest": true, "user": true, "author": true, "webmaster": true, "root": true, "team": true, "anonymous": true,
	"unknown": true, "redaktion": true, "redacao": true, "redaccion": true, "newsroom": true, "desk": true, "by": true}

// withoutGluedSite cuts the site's name off the front of an author meta that runs it into the
// reporter's ("머니S한아름 기자" on the site "머니S"): with no space between, the name that
// follows starts with a Hangul letter. (A Han remainder is as often the rest of the brand:
// "ETtoday新聞雲".)
func withoutGluedSite(v string, sites []string) string {
	lower := lowerSameLength(v) // sites are squashed: lower-case letters and digits
	for _, site := range sites {
		if site == "" || !strings.HasPrefix(lower, site) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(v[len(site):])
		if unicode.Is(unicode.Hangul, r) {
			return v[len(site):]
		}
	}
	return v
}

// editorMarks label a story's editor in the credit lines of Chinese outlets and their Korean
// services ("责编：박운", "编辑：甄涛", "（责任编辑：马常艳）", "편집: 리상화").
var editorMarks = []string{"责编", "責編", "责任编辑", "責任編輯", "编辑", "編輯", "편집"}

// metaNoWriter reports an author meta that names no writer of the story: a name the page
// prints only after an editor's label (content systems fill the author field with the
// account that posted the story); on a Korean page, a name in Chinese characters the page
// never prints (a Chinese outlet's Korean service keeps its staff's Chinese names in the
// field); a piece of the headline ("신종 코로나 검역·대비 현장") that splits like a list.
func metaNoWriter(v string, p *page, lang string) bool {
	v = normSpace(v)
	if v == "" {
		return false
	}
	if editorOnly(v, p.text) || companyNamed(v, p) {
		return true
	}
	// An author meta that repeats the publisher or organization meta ("Behance", "Diximedia" in
	// both) is the site's template filling the field with its own name or its company's.
	for _, k := range []string{"publisher", "organization"} {
		if pub := normSpace(p.meta[k]); pub != "" && strings.EqualFold(pub, v) {
			return true
		}
	}
	// An author meta that repeats the copyright meta and lists more than one part is the rights
	// holder's imprint ("Die Zeit, Hamburg, Germany": publication, city, country), not writers;
	// a single name there is a personal site's owner, who is its writer too.
	if c := normSpace(p.meta["copyright"]); strings.EqualFold(c, v) && len(bySplitRe.Split(v, -1)) > 1 {
		return true
	}
	if primary, _, _ := strings.Cut(strings.ToLower(lang), "-"); (primary == "ko" || isKorean(lang, "", p.text)) && allHan(strings.ReplaceAll(v, " ", "")) && !strings.Contains(p.text, v) {
		return true
	}
	if utf8.RuneCountInString(v) >= 4 && len(bySplitRe.Split(v, -1)) > 1 {
		for _, t := range []string{p.title, p.h1, p.meta["og:title"]} {
			if strings.Contains(t, v) {
				return true
			}
		}
	}
	return false
}

// companyForms are the marks of a company's legal form before or after its name.
var companyForms = []string{"株式会社", "有限会社", "(株)", "（株）", "㈱", "주식회사", "(주)", "㈜"}

// companyNamed reports an author meta that the page names as a company: "株式会社 じほう" in its
// text or in an image's alt (the footer's logo). Content systems fill the author field with
// the publisher's name; no person is written with a company's legal form.
func companyNamed(v string, p *page) bool {
	if !strings.ContainsFunc(v, func(r rune) bool { return r >= 0x3000 }) {
		return false // the forms listed are Japanese and Korean, for names in their scripts
	}
	named := func(s string) bool {
		for at := range occurrences(s, v) {
			before := strings.TrimRight(s[:at], " \u3000\u00a0")
			after := strings.TrimLeft(s[at+len(v):], " \u3000\u00a0")
			for _, f := range companyForms {
				if strings.HasSuffix(before, f) || strings.HasPrefix(after, f) {
					return true
				}
			}
		}
		return false
	}
	if named(p.text) {
		return true
	}
	for _, img := range p.images {
		if img.alt != "" && named(img.alt) {
			return true
		}
	}
	return false
}

// editorOnly reports a name that text prints, each time, right after an editor's label.
func editorOnly(name, text string) bool {
	seen := false
	for at := range occurrences(text, name) {
		before := strings.TrimRight(text[max(0, at-20):at], " \u00a0:：")
		if !slices.ContainsFunc(editorMarks, func(m string) bool { return strings.HasSuffix(before, m) }) {
			return false
		}
		seen = true
	}
	return seen
}

// undoubled returns a name printed twice in a row as one ("조각창 조각창": a profile link's text
// and its picture's alt text run together).
func undoubled(n string) string {
	w := strings.Fields(n)
	if h := len(w) / 2; len(w)%2 == 0 && h > 0 && slices.Equal(w[:h], w[h:]) {
		return strings.Join(w[:h], " ")
	}
	return n
}

// markedHandle returns the lower-case user name the page marks as its writer in two separate ways
// or more, or "": the author metadata (a JSON-LD author, the author or citation_author meta), a
// byline element that shows the name alone or after "by", a link after the words "written by",
// and the words "by <name>" in the page's text. A lone lower-case word is no name to
// looksLikeName; where the page agrees with itself that this handle wrote the post, a reader
// sees it as the author.
func markedHandle(p *page, ld *ldArticle, text string, sites []string) string {
	marks := map[string]map[string]bool{}
	mark := func(v, kind string) {
		v = normSpace(leadingByRe.ReplaceAllString(normSpace(v), ""))
		if !handleRe.MatchString(v) || roleHandles[v] || placeholderNames[v] || isPublisherCredit(v, sites) || domainHandle(v) {
			return
		}
		if marks[v] == nil {
			marks[v] = map[string]bool{}
		}
		marks[v][kind] = true
	}
	for _, c := range ld.credits {
		mark(c, "ld")
	}
	for _, k := range []string{"author", "citation_author", "dc.creator", "article:author"} {
		mark(p.meta[k], "meta")
	}
	for _, b := range p.bylineTexts() {
		first, _, _ := strings.Cut(strings.TrimSpace(b), "\n")
		mark(first, "byline")
	}
	mark(p.writtenByLink, "written")
	if len(marks) == 0 {
		return "" // no handle: the page's text is not lowered for nothing
	}
	lower := strings.ToLower(text)
	best, most := "", 1
	for h, kinds := range marks {
		n := len(kinds)
		if i := strings.Index(lower, "by "+h); i >= 0 && !wordRuneAt(lower[i+3+len(h):], false) && !wordRuneAt(lower[:i], true) {
			n++
		}
		if n > most || n == most && best != "" && h < best {
			best, most = h, n
		}
	}
	return best
}

// wordRuneAt reports whether s opens (or, with last, ends) with a letter or digit: whether a
// word found beside it runs on into it.
func wordRuneAt(s string, last bool) bool {
	r, size := utf8.DecodeRuneInString(s)
	if last {
		r, size = utf8.DecodeLastRuneInString(s)
	}
	return size > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// outletLineNames reads the writer of the first "name | outlet" line (or "outlet | name")
// whose outlet is the site's own name or a part of it ("Lucas Mearian | CIO" on CIO Korea): the
// byline of a layout that prints it without a byline's class. Full names only: a section beside the site ("World |
// CIO") is no person.
func outletLineNames(lines []string, sites []string) []string {
	for _, l := range lines {
		name, outlet, _ := strings.Cut(l, "|")
		if first := strings.TrimSpace(name); first != "" && (isPublisherCredit(first, sites) || partOfSiteName(first, sites)) {
			name, outlet = outlet, first // "Example Recorder | Jane Roe": the outlet first
		}
		if outlet = strings.TrimSpace(outlet); outlet == "" || !isPublisherCredit(outlet, sites) && !partOfSiteName(outlet, sites) {
			continue
		}
		if a := splitAuthors(name); len(a) == 1 && fullNames(a) {
			return a
		}
	}
	return nil
}

// partOfSiteName reports a name that opens or ends one of the squashed site names.
func partOfSiteName(name string, sites []string) bool {
	k := squash(name)
	return k != "" && slices.ContainsFunc(sites, func(s string) bool { return strings.HasPrefix(s, k) || strings.HasSuffix(s, k) })
}

// sharesAll reports whether list a holds every name of b, compared without case.
func sharesAll(a, b []string) bool {
	for _, y := range b {
		if !slices.ContainsFunc(a, func(x string) bool { return strings.EqualFold(x, y) }) {
			return false
		}
	}
	return true
}

// profileDirs are the path segments under which sites keep their writers' profile pages.
var profileDirs = map[string]bool{"author": true, "authors": true, "profile": true, "profiles": true, "people": true, "by": true,
	"editors": true, "contributors": true, "contributor": true, "staff": true, "writers": true, "bio": true, "bios": true, "biography": true,
	"autor": true, "autoren": true, "autores": true, "auteur": true, "auteurs": true, "journalist": true, "journalists": true,
	"reporter": true, "reporters": true,
	// "profil": a profile in French, German, Polish, Czech and the Nordic languages.
	"profil": true}

// profileSlug is a profile page's last segment that spells a name: "jon-fingas", "Heike_Buchter".
var profileSlug = regexp.MustCompile(`^\p{L}{2,}(?:[-_]\p{L}{2,}){1,3}$`)

// profileNames reads the names in article:author given, as Open Graph defines it, as the
// addresses of profile pages ("https://www.example.com/editors/jon-fingas" → "Jon Fingas"): the
// last resort when the page prints no byline.
func profileNames(v string) []string {
	var out []string
	for _, u := range strings.Split(v, ",") {
		pu, err := url.Parse(strings.TrimSpace(u))
		if err != nil || pu.Host == "" {
			continue
		}
		parts := strings.FieldsFunc(pu.Path, func(r rune) bool { return r == '/' })
		if n := len(parts); n >= 2 && profileDirs[strings.ToLower(parts[n-2])] && profileSlug.MatchString(parts[n-1]) {
			out = append(out, splitAuthors(titleCase(strings.NewReplacer("-", " ", "_", " ").Replace(parts[n-1])))...)
		}
	}
	return out
}

// singleWords reports names that are each one word of a cased script; a Chinese or Korean
// name is written as one word.
func singleWords(names []string) bool {
	for _, n := range names {
		if r, _ := utf8.DecodeRuneInString(n); len(strings.Fields(n)) > 1 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// japaneseOrKorean reports a page in Japanese or Korean, whose bylines the Chinese credit
// rules do not read: a Japanese name is written with a space between family and given name.
func japaneseOrKorean(lang string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return primary == "ja" || primary == "ko"
}

// siteNameWhole reports a credit that is one of the site's names whole ("Example Herald" for
// og:site_name "Example Herald" or the host exampleherald.com), five letters at least.
func siteNameWhole(name string, sites []string) bool {
	k := squash(name)
	return len([]rune(k)) >= 5 && slices.Contains(sites, k)
}

// sectionCredit reports a one-word credit that is the page's own section (its article:section
// or JSON-LD articleSection, letter case and accents aside): a CMS that files agency copy
// under the desk's account credits the desk ("Domácí", "Sport") as an author, typed Person,
// and prints it in the byline beside the agency. A person's name is two words or more; a
// one-word pen name that is also the section's name is left to lose.
func sectionCredit(name string, sections []string) bool {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, " \t") {
		return false
	}
	for _, s := range sections {
		if s = strings.TrimSpace(s); s != "" && (strings.EqualFold(s, name) || foldedLatin(strings.ToLower(s)) == foldedLatin(strings.ToLower(name))) {
			return true
		}
	}
	return false
}

// openingCapsByRe is a print byline in capitals opening a story's text before a dash: "By JAMES
// KUNDA -", "BY JANE ROE –". Two to four words of capitals, initials allowed.
var openingCapsByRe = regexp.MustCompile(`^(?:By|BY)\s+(\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){1,3})\s*[-–—]`)

// openingCapsByline returns the name of a print byline in capitals on the first line of the
// reading's first paragraph (openingCapsByRe), title-cased, or nil.
func openingCapsByline(reading string) []string {
	first, _, _ := strings.Cut(strings.TrimSpace(reading), "\n")
	if len(first) > 4096 {
		first = first[:4096]
	}
	m := openingCapsByRe.FindStringSubmatch(normSpace(first))
	if m == nil || !isUpperWords(m[1]) || isOrgCredit(m[1]) || agencies[strings.ToLower(m[1])] {
		return nil
	}
	if name := cleanName(m[1]); name != "" && fullNames([]string{name}) {
		return []string{name}
	}
	return nil
}
