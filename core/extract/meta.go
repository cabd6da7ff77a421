package extract

import (
	"regexp"
	"time"
)

// publishedKeys are meta names and properties that date first publication, most trusted first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "og:published_time", "published_time",
	"datepublished", "article:published", "pubdate", "publishdate", "publish_date", "publish-date",
	"publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.created", "date", "article.published", "originalpublicationdate", "og:regdate",
	"cxenseparse:recs:publishtime", "citation_publication_date", "dc.date.created",
}

// modifiedKeys date the last update.
var modifiedKeys = []string{
	"article:modified_time", "og:updated_time", "datemodified", "article:modified", "dcterms.modified",
	"last-modified", "lastmod", "sailthru.lastmodified",
}

// pageDates reads publication and modification times, machine-readable sources first,
// then the visible Korean "기사입력/입력" line, then a visible English date. Values without
// an offset are read in loc, visible English dates in visibleLoc (see pageZones).
func pageDates(p *page, ld *ldArticle, text string, loc, visibleLoc *time.Location) (published, modified time.Time) {
	try := func(vals ...string) time.Time {
		for _, v := range vals {
			if t, ok := parseDate(v, loc); ok {
				return t
			}
		}
		return time.Time{}
	}
	cands := []string{ld.published}
	for _, k := range publishedKeys {
		cands = append(cands, p.meta[k])
	}
	cands = append(cands, p.itemprops["datepublished"])
	for _, t := range p.times {
		if t.pub {
			cands = append(cands, t.datetime)
		}
	}
	published = try(cands...)
	if published.IsZero() {
		published = try(p.dataDates...)
	}
	koPub, koMod := koreanPublished(text)
	if published.IsZero() {
		published = koPub
	}
	if published.IsZero() {
		var rest []string
		for _, t := range p.times {
			rest = append(rest, t.datetime)
		}
		published = try(rest...)
	}
	if published.IsZero() {
		// A visible date: the byline's first, then one labelled "Published", then any.
		for _, s := range append(append(p.strongBylines, p.byText...), labelledDate(text), text) {
			if t, ok := englishVisibleDate(s, visibleLoc); ok {
				published = t
				break
			}
		}
	}
	mc := []string{ld.modified}
	for _, k := range modifiedKeys {
		mc = append(mc, p.meta[k])
	}
	mc = append(mc, p.itemprops["datemodified"])
	modified = try(mc...)
	if modified.IsZero() {
		modified = koMod
	}
	return published, modified
}

// authorKeys are meta names that carry a byline; each value still passes the person filter.
var authorKeys = []string{"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author", "citation_author", "dcterms.creator"}

// pageAuthors prefers structured data, then meta tags, then visible bylines.
func pageAuthors(p *page, ld *ldArticle, body, text string) []string {
	if a := dedupe(ld.authors); len(a) > 0 {
		return a
	}
	if a := dedupe(splitAuthors(p.itemprops["author"])); len(a) > 0 {
		return a
	}
	for _, k := range authorKeys {
		if a := dedupe(splitAuthors(p.meta[k])); len(a) > 0 {
			return a
		}
	}
	visible := p.strongBylines
	if len(visible) == 0 {
		visible = append(p.bylines, p.byText...)
	}
	for _, b := range visible {
		if a := dedupe(bylineNames(b)); len(a) > 0 {
			return a
		}
	}
	for _, t := range []string{body, text} {
		if name := koreanByline(t); name != "" {
			return []string{name}
		}
	}
	return nil
}

var publishedLabel = regexp.MustCompile(`(?i)\b(?:published|posted|first published)\s*(?:on|:)?\s*`)

// labelledDate returns the text right after a "Published:" label, where the real date sits.
func labelledDate(text string) string {
	if loc := publishedLabel.FindStringIndex(text); loc != nil {
		end := loc[1] + 80
		if end > len(text) {
			end = len(text)
		}
		return text[loc[1]:end]
	}
	return ""
}
