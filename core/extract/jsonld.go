package extract

import (
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle is what the JSON-LD on a page says about its article.
type ldArticle struct {
	headline, description, image, published, modified, section string
	lang, url, siteName, body                                  string
	authors, keywords                                          []string
	// places are the towns and regions the JSON-LD names as the story's (ldPlaces).
	places  []string
	credits []string // every author's name, organisations too
	// orgCredits are the author entries typed Organization: a publisher the meta author repeats.
	orgCredits []string
	// stateAuthors are the writers an Arc state credits (readArcState), asked after the meta tags.
	stateAuthors []string
	// altHeadline is the article's alternativeHeadline: where headline is the search-engine
	// wording, a newspaper states its printed headline there (see printedAlternative).
	altHeadline string
	// created is the item's dateCreated, read for NewsArticle and the other article types too
	// (published falls back to it only for other types): its seconds complete a publication
	// minute (see metaSecondsInMinute).
	created string
}

// articleTypes are the schema.org types that describe a news story; LiveBlogPosting and the
// NewsArticle subtypes are included because publishers use them for ordinary stories, HowTo
// and Recipe because guide and cooking pages carry their headline and dates there alone, and
// ClaimReview because fact-checkers describe the fact check itself with it (its datePublished is
// the check's; the claim's own date sits in itemReviewed, which is not collected).
// DiscussionForumPosting (a SocialMediaPosting subtype) is how forums and community blogs
// describe a post: without it such a page has no metadata date, and the day a visible date
// element was rendered in (the reader's zone) stands instead of the post's instant.
var articleTypes = map[string]int{
	"newsarticle": 3, "reportagenewsarticle": 3, "analysisnewsarticle": 3, "opinionnewsarticle": 3,
	"backgroundnewsarticle": 3, "reviewnewsarticle": 3, "article": 2, "blogposting": 2,
	"liveblogposting": 2, "socialmediaposting": 1, "discussionforumposting": 1, "report": 1, "scholarlyarticle": 1, "howto": 1, "recipe": 1,
	"claimreview": 1, "webpage": 0, "itempage": 0,
}

// parseJSONLD reads every JSON-LD block and picks the most article-like object.
// Broken blocks are skipped: one bad script must not hide the others.
func parseJSONLD(blocks []string) *ldArticle {
	var objs []map[string]any
	for _, raw := range blocks {
		v, err := decodeLD(raw)
		if err != nil {
			continue
		}
		collectObjects(v, &objs, 0)
	}
	if len(objs) == 0 {
		return nil
	}
	byID := map[string]map[string]any{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok && id != "" {
			if prev, seen := byID[id]; !seen || len(o) > len(prev) {
				byID[id] = o
			}
		}
	}
	var best map[string]any
	bestRank := -1
	for _, o := range objs {
		rank := -1
		for _, t := range typesOf(o) {
			if r, ok := articleTypes[strings.ToLower(t)]; ok && r > rank {
				rank = r
			}
		}
		if rank > bestRank {
			best, bestRank = o, rank
		}
	}
	if best == nil {
		return nil
	}
	a := &ldArticle{
		headline:    withoutInlineTags(str(best["headline"])),
		altHeadline: withoutInlineTags(str(best["alternativeHeadline"])),
		description: str(best["description"]),
		published:   str(best["datePublished"]),
		modified:    str(best["dateModified"]),
		created:     str(best["dateCreated"]),
		lang:        str(best["inLanguage"]),
		url:         firstNonEmpty(str(best["url"]), ldRefURL(best["mainEntityOfPage"])),
		image:       ldImage(best["image"], byID, 0),
		section:     str(best["articleSection"]),
		body:        str(best["articleBody"]),
	}
	if bestRank <= 0 && a.published == "" {
		a.published = str(best["dateCreated"])
	}
	if a.headline == "" && bestRank > 0 {
		a.headline = str(best["name"])
	}
	if a.image == "" {
		a.image = ldImage(best["thumbnailUrl"], byID, 0)
	}
	a.credits = ldCredits(firstNonNil(best["author"], best["creator"]), byID, 0)
	for _, c := range ldCreditList(best["author"], byID, 0) {
		if c.org && c.name != "" {
			a.orgCredits = append(a.orgCredits, c.name)
		}
	}
	a.authors = ldPeople(best["author"], byID, 0)
	if len(a.authors) == 0 {
		a.authors = ldPeople(best["creator"], byID, 0)
	}
	if pub := ldResolve(best["publisher"], byID); pub != nil {
		a.siteName = str(pub["name"])
	}
	a.keywords = ldKeywords(best["keywords"])
	a.places = ldPlaces(best, byID)
	return a
}

// maxLDPlaces bounds the places read from one article's JSON-LD.
const maxLDPlaces = 8

// ldPlaces returns the places an article's JSON-LD says it was written in or is about: its
// "dateline" ("NAPA COUNTY, Calif. (KGO)" gives "NAPA COUNTY"), "locationCreated" and
// "contentLocation" (a name, or a Place's "name"; a list of either).
func ldPlaces(best map[string]any, byID map[string]map[string]any) []string {
	var out []string
	if d := str(best["dateline"]); d != "" {
		out = append(out, placeHead(d))
	}
	var add func(v any, depth int)
	add = func(v any, depth int) {
		if depth > 2 || len(out) >= maxLDPlaces {
			return
		}
		switch t := v.(type) {
		case string:
			out = append(out, placeHead(t))
		case []any:
			for _, e := range t {
				add(e, depth+1)
			}
		case map[string]any:
			if o := ldResolve(t, byID); o != nil {
				if n := str(o["name"]); n != "" {
					out = append(out, placeHead(n))
				}
			}
		}
	}
	add(best["locationCreated"], 0)
	add(best["contentLocation"], 0)
	return slices.DeleteFunc(out, func(s string) bool { return s == "" })
}

// placeHead is a place's first part: the town of "Perth, AU", "NAPA COUNTY, Calif. (KGO)",
// "Ha Noi, Viet Nam".
func placeHead(s string) string {
	if i := strings.IndexAny(s, ",(|;"); i >= 0 {
		s = s[:i]
	}
	return normSpace(s)
}

// decodeLD tolerates the usual publisher mistakes: CDATA wrappers, HTML comments, raw
// control characters inside strings and trailing semicolons.
func decodeLD(raw string) (any, error) {
	s := strings.TrimSpace(raw)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(strings.TrimPrefix(s, "//<![CDATA["))
	s = strings.TrimSpace(strings.TrimPrefix(s, "<![CDATA["))
	s = strings.TrimSuffix(strings.TrimSuffix(s, "//]]>"), "]]>")
	s = strings.TrimRight(strings.TrimSpace(s), ";")
	var v any
	err := json.Unmarshal([]byte(s), &v)
	if err == nil {
		return v, nil
	}
	cleaned := strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	if err2 := json.Unmarshal([]byte(cleaned), &v); err2 == nil {
		return v, nil
	}
	if v, ok := leadingLD(cleaned); ok {
		return v, nil
	}
	if strings.Contains(s, "//") {
		// Templates annotated for their editors ("\"width\":300, // 최소 696px 권장"): the
		// browser's JSON.parse would refuse them too, but search engines read past the comments.
		if err2 := json.Unmarshal([]byte(stripLineComments(s)), &v); err2 == nil {
			return v, nil
		}
	}
	return nil, fmt.Errorf("extract: json-ld: %w", err)
}

// stripLineComments removes "//" comments that run to the end of a line outside JSON strings
// (so "https://…" inside a value stays), and turns control characters into spaces.
func stripLineComments(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	inString, escaped := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			case c == '\n' || c == '\r':
				inString = false // an unterminated string: a line ends it
			}
		case c == '"':
			inString = true
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
			c = '\n'
		}
		if c < 0x20 && (inString || c != '\n' && c != '\r' && c != '\t') {
			c = ' '
		}
		b.WriteByte(c)
	}
	return b.String()
}

// leadingLD reads a block whose first value is whole and what follows is not: a stray closing
// brace after the object ("{…}}"), or several objects written one after another with commas
// between them and no array around them ("{…}, {…}"), which it reads as that array.
func leadingLD(s string) (any, bool) {
	dec := json.NewDecoder(strings.NewReader(s))
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, false
	}
	if _, ok := v.(map[string]any); !ok {
		return nil, false
	}
	rest := strings.TrimSpace(s[dec.InputOffset():])
	if strings.HasPrefix(rest, ",") {
		var list []any
		if json.Unmarshal([]byte("["+s+"]"), &list) == nil {
			return list, true
		}
	}
	if strings.Trim(rest, "}] \t\r\n") == "" {
		return v, true
	}
	return nil, false
}

// collectObjects flattens arrays, @graph and nested objects into one list; depth bounds hostile input.
func collectObjects(v any, out *[]map[string]any, depth int) {
	if depth > 12 || len(*out) > 500 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			collectObjects(e, out, depth+1)
		}
	case map[string]any:
		*out = append(*out, t)
		for k, e := range t {
			if k == "@graph" || k == "mainEntity" || k == "itemListElement" || k == "author" || k == "publisher" {
				collectObjects(e, out, depth+1)
			}
		}
	}
}

// typesOf lists an object's @type values, trimmed: hand-filled templates write "Article ".
func typesOf(o map[string]any) []string {
	switch t := o["@type"].(type) {
	case string:
		return []string{strings.TrimSpace(t)}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, strings.TrimSpace(s))
			}
		}
		return out
	}
	return nil
}

func isType(o map[string]any, name string) bool {
	for _, t := range typesOf(o) {
		if strings.EqualFold(strings.TrimPrefix(strings.TrimPrefix(t, "http://schema.org/"), "https://schema.org/"), name) {
			return true
		}
	}
	return false
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case float64:
		// Unix times in datePublished; large integers print without an exponent.
		return strconv.FormatFloat(t, 'f', -1, 64)
	case []any:
		if len(t) > 0 {
			return str(t[0])
		}
	case map[string]any:
		return str(t["@value"])
	}
	return ""
}

// ldName is a JSON-LD name as the page shows it: the value is JSON, yet content systems write
// HTML entities into it ("La R&eacute;daction"), which would otherwise split the name at its
// ampersand ("La R") or keep "&amp;" between two writers.
func ldName(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return strings.TrimSpace(s)
}

// ldResolve turns an @id-only reference into the full object it points at.
func ldResolve(v any, byID map[string]map[string]any) map[string]any {
	o, ok := v.(map[string]any)
	if !ok {
		if arr, isArr := v.([]any); isArr && len(arr) > 0 {
			return ldResolve(arr[0], byID)
		}
		return nil
	}
	if id, ok := o["@id"].(string); ok && len(o) <= 2 {
		if full, found := byID[id]; found {
			return full
		}
	}
	return o
}

func ldRefURL(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	if o, ok := v.(map[string]any); ok {
		return firstNonEmpty(str(o["@id"]), str(o["url"]))
	}
	return ""
}

func ldImage(v any, byID map[string]map[string]any, depth int) string {
	if depth > 4 {
		return ""
	}
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldImage(e, byID, depth+1); s != "" {
				return s
			}
		}
	case map[string]any:
		o := ldResolve(t, byID)
		return firstNonEmpty(str(o["url"]), str(o["contentUrl"]))
	}
	return ""
}

// ldCredit is one entry of an author or creator list: its name as written, and whether it is an
// organisation; given names the person a "Person" object describes without a "name".
type ldCredit struct {
	name, given string
	org         bool
}

// ldCreditList walks an author value (a name, an object, a list of either, an @id reference)
// once for both readers below.
func ldCreditList(v any, byID map[string]map[string]any, depth int) []ldCredit {
	if depth > 4 {
		return nil
	}
	switch t := v.(type) {
	case string:
		return []ldCredit{{name: ldName(t)}}
	case []any:
		var out []ldCredit
		for _, e := range t {
			out = append(out, ldCreditList(e, byID, depth+1)...)
		}
		return out
	case map[string]any:
		o := ldResolve(t, byID)
		org := isType(o, "Organization") || isType(o, "NewsMediaOrganization") || isType(o, "Corporation")
		if names, ok := o["name"].([]any); ok && len(names) > 1 && !org {
			// {"@type":"Person","name":["Darian Woods","Sarah Gonzalez"]}: one object for the
			// byline's people, a name each. Plain strings only: language variants of one name
			// come as {"@value":…,"@language":…}.
			var out []ldCredit
			for _, n := range names {
				if s, ok := n.(string); ok && !isBlank(s) {
					out = append(out, ldCredit{name: ldName(s)})
				}
			}
			if len(out) == len(names) {
				return out
			}
		}
		return []ldCredit{{
			name:  ldName(str(o["name"])),
			given: ldName(str(o["givenName"]) + " " + str(o["familyName"])),
			org:   org,
		}}
	}
	return nil
}

// ldPeople returns the names of people among authors; organisations and bare URLs are not authors.
func ldPeople(v any, byID map[string]map[string]any, depth int) []string {
	var out []string
	credits := ldCreditList(v, byID, depth)
	// A writer named in mixed case beside a "Person" in capitals ("Engin Haupt", "MDR
	// SACHSEN-ANHALT"): the capitals are the desk or regional outlet, as in a byline line.
	mixed := false
	for _, c := range credits {
		n := firstNonEmpty(c.name, c.given)
		mixed = mixed || !c.org && len(strings.Fields(n)) > 1 && !isUpperWords(n) && !hasHanLead(n)
	}
	for _, c := range credits {
		if c.org || mixed && isUpperWords(firstNonEmpty(c.name, c.given)) {
			continue
		}
		// {"@type":"Person","givenName":"Birgit","familyName":"Baumann"} has no "name".
		out = append(out, splitAuthors(firstNonEmpty(c.name, c.given))...)
	}
	return out
}

// ldCredits returns the name of every author entry, person or organisation.
func ldCredits(v any, byID map[string]map[string]any, depth int) []string {
	var out []string
	for _, c := range ldCreditList(v, byID, depth) {
		out = append(out, c.name)
	}
	return out
}

// firstNonNil returns the first value present: "creator" stands in for a missing "author".
func firstNonNil(vs ...any) any {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

func ldKeywords(v any) []string {
	var out []string
	switch t := v.(type) {
	case string:
		for _, k := range strings.Split(t, ",") {
			if k = strings.TrimSpace(k); k != "" {
				out = append(out, k)
			}
		}
	case []any:
		for _, e := range t {
			out = append(out, ldKeywords(e)...)
		}
	}
	return out
}

// inlineTag is an inline element's opening or closing tag: some publishing systems copy the
// printed headline's markup ("Join <em>Dancing with the Stars</em>") into JSON-LD's headline.
var inlineTag = regexp.MustCompile(`(?i)</?(?:em|i|b|strong|span|a|u|sup|sub|small|mark|br)\b[^<>]*>`)

// withoutInlineTags is s without inline tags, so that a marked-up headline matches the <h1>
// whose text it copies.
func withoutInlineTags(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return inlineTag.ReplaceAllString(s, "")
}
