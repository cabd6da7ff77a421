package extract

import (
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
)

// Options adjust Extract for one source.
type Options struct {
	// Now is the reference time for relative dates ("3시간 전", "3 hours ago"): the time the
	// page was fetched. Zero ignores relative dates.
	Now time.Time
	// Zone is where the source's times without an offset are taken (a source's configured
	// timezone). It yields to an offset the page itself states elsewhere; nil means the page's
	// region decides visible times and UTC the rest.
	Zone *time.Location
}

// regionZones maps a country (from a language tag's region or a country-code domain) to the
// zone its newsrooms print local times in. Only countries with one dominant zone are listed.
var regionZones = map[string]string{
	"us": "America/New_York", "gb": "Europe/London", "uk": "Europe/London", "ie": "Europe/Dublin",
	"ca": "America/Toronto", "au": "Australia/Sydney", "nz": "Pacific/Auckland", "in": "Asia/Kolkata",
	"jp": "Asia/Tokyo", "kr": "Asia/Seoul", "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "hk": "Asia/Hong_Kong",
	"sg": "Asia/Singapore", "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich",
	"fr": "Europe/Paris", "es": "Europe/Madrid", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
	"be": "Europe/Brussels", "pl": "Europe/Warsaw", "se": "Europe/Stockholm", "ru": "Europe/Moscow",
	"ua": "Europe/Kyiv", "gr": "Europe/Athens", "cy": "Asia/Nicosia", "br": "America/Sao_Paulo", "mx": "America/Mexico_City", "ar": "America/Argentina/Buenos_Aires", "ir": "Asia/Tehran",
	"pt": "Europe/Lisbon", "ao": "Africa/Luanda", "mz": "Africa/Maputo", "mt": "Europe/Malta",
	"id": "Asia/Jakarta", // Western Indonesia Time (WIB), which the national newsrooms print
	"cz": "Europe/Prague", "sk": "Europe/Bratislava", "si": "Europe/Ljubljana", "hr": "Europe/Zagreb",
	"hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "rs": "Europe/Belgrade",
	"dk": "Europe/Copenhagen", "no": "Europe/Oslo", "fi": "Europe/Helsinki",
	"il": "Asia/Jerusalem", "tr": "Europe/Istanbul",
	"vn": "Asia/Ho_Chi_Minh", // Vietnam keeps one zone, +07:00 all year
	// The Baltic states and the rest of the Balkans, each one zone (.me and .md left out: the
	// web uses them for everything but Montenegro and Moldova).
	"lt": "Europe/Vilnius", "lv": "Europe/Riga", "ee": "Europe/Tallinn", "ba": "Europe/Sarajevo",
	"mk": "Europe/Skopje", "al": "Europe/Tirane", "lu": "Europe/Luxembourg",
	// Africa, the Gulf and South and South-East Asia: countries of one zone without daylight
	// saving, whose English-language outlets print their clocks with no zone (South Africa's
	// SAST, the Emirates' GST, Pakistan's PKT, the Philippines' PHT …).
	"za": "Africa/Johannesburg", "ke": "Africa/Nairobi", "ng": "Africa/Lagos", "gh": "Africa/Accra",
	"ae": "Asia/Dubai", "qa": "Asia/Qatar", "sa": "Asia/Riyadh", "kw": "Asia/Kuwait", "bh": "Asia/Bahrain", "om": "Asia/Muscat",
	"pk": "Asia/Karachi", "lk": "Asia/Colombo", "bd": "Asia/Dhaka", "np": "Asia/Kathmandu",
	"ph": "Asia/Manila", "my": "Asia/Kuala_Lumpur", "th": "Asia/Bangkok",
	// More countries of one zone (issue 20, twenty-second round): the Caucasus, Belarus and
	// Central Asia (Kazakhstan kept a western zone until 2024; Asia/Almaty is its newsrooms'
	// clock, +06:00 then and the country's one zone, +05:00, since), the Arab states of one
	// zone, Iceland, Macau and the rest of South-East Asia, East and West Africa's larger
	// presses, and the Latin American countries of one zone (Chile and Ecuador keep islands
	// of another zone and are left out). Country domains the web uses for anything (.co, .me,
	// .md, .la, .ly, .tv, .fm, .io) are not listed; tagRegionZones has .co's Colombia.
	"by": "Europe/Minsk", "ge": "Asia/Tbilisi", "am": "Asia/Yerevan", "az": "Asia/Baku", "kz": "Asia/Almaty",
	"uz": "Asia/Tashkent", "kg": "Asia/Bishkek", "tj": "Asia/Dushanbe", "tm": "Asia/Ashgabat",
	"eg": "Africa/Cairo", "ma": "Africa/Casablanca", "dz": "Africa/Algiers", "tn": "Africa/Tunis",
	"lb": "Asia/Beirut", "jo": "Asia/Amman", "iq": "Asia/Baghdad", "sy": "Asia/Damascus", "ye": "Asia/Aden",
	"is": "Atlantic/Reykjavik", "mo": "Asia/Macau", "kh": "Asia/Phnom_Penh", "mm": "Asia/Yangon", "af": "Asia/Kabul",
	"tz": "Africa/Dar_es_Salaam", "ug": "Africa/Kampala", "et": "Africa/Addis_Ababa", "rw": "Africa/Kigali",
	"zm": "Africa/Lusaka", "zw": "Africa/Harare", "sn": "Africa/Dakar", "ci": "Africa/Abidjan", "cm": "Africa/Douala",
	"pe": "America/Lima", "uy": "America/Montevideo", "py": "America/Asuncion", "bo": "America/La_Paz",
	"ve": "America/Caracas", "gt": "America/Guatemala", "sv": "America/El_Salvador", "hn": "America/Tegucigalpa",
	"ni": "America/Managua", "cr": "America/Costa_Rica", "pa": "America/Panama", "do": "America/Santo_Domingo",
	"cu": "America/Havana",
	// The rest of the countries of one zone whose presses print clocks without one (issue 20,
	// twenty-ninth round): Chile and Ecuador by their mainland newsrooms (Easter Island and
	// the Galápagos keep their own clocks, their presses are few), Puerto Rico and the
	// English-speaking Caribbean, southern Africa, the Sahel and Central Africa's one-zone
	// states, Sudan, Mauritius, Madagascar, Palestine, Mongolia's capital, Brunei, the
	// Maldives, Bhutan, Papua New Guinea and Fiji. Each zone keeps its daylight saving (Chile,
	// Palestine, Fiji's past seasons) through the tz database.
	"cl": "America/Santiago", "ec": "America/Guayaquil", "pr": "America/Puerto_Rico", "jm": "America/Jamaica",
	"tt": "America/Port_of_Spain", "bb": "America/Barbados", "bs": "America/Nassau", "gy": "America/Guyana",
	"na": "Africa/Windhoek", "bw": "Africa/Gaborone", "mw": "Africa/Blantyre", "ls": "Africa/Maseru",
	"sz": "Africa/Mbabane", "mg": "Indian/Antananarivo", "sd": "Africa/Khartoum",
	"ss": "Africa/Juba", "er": "Africa/Asmara",
	"bj": "Africa/Porto-Novo", "bf": "Africa/Ouagadougou", "ne": "Africa/Niamey", "gn": "Africa/Conakry",
	"sl": "Africa/Freetown", "lr": "Africa/Monrovia", "gm": "Africa/Banjul", "mr": "Africa/Nouakchott",
	"cg": "Africa/Brazzaville", "td": "Africa/Ndjamena", "bi": "Africa/Bujumbura",
	"ps": "Asia/Hebron", "bn": "Asia/Brunei", "mv": "Indian/Maldives",
	"bt": "Asia/Thimphu", "pg": "Pacific/Port_Moresby", "fj": "Pacific/Fiji",
}

// tagRegionZones are countries of one zone whose country domain the web uses for anything
// (.co for companies, .me for personal pages, .md for medicine), so they place a page only as
// the region of its language tag or og:locale ("es-CO", "sr-ME", "ro-MD"), never by its host.
var tagRegionZones = map[string]string{"co": "America/Bogota", "me": "Europe/Podgorica", "md": "Europe/Chisinau"}

// languageZones covers language tags without a region whose speakers are (nearly) all in one zone.
var languageZones = map[string]string{"ja": "Asia/Tokyo", "ko": "Asia/Seoul", "de": "Europe/Berlin",
	"it": "Europe/Rome", "pl": "Europe/Warsaw", "nl": "Europe/Amsterdam", "uk": "Europe/Kyiv", "fa": "Asia/Tehran",
	"el": "Europe/Athens", // Greece and Cyprus keep the same clock
	"cs": "Europe/Prague", "sk": "Europe/Bratislava", "sl": "Europe/Ljubljana", "hr": "Europe/Zagreb",
	"hu": "Europe/Budapest", "ro": "Europe/Bucharest", "bg": "Europe/Sofia", "da": "Europe/Copenhagen",
	"nb": "Europe/Oslo", "nn": "Europe/Oslo", "fi": "Europe/Helsinki",
	// Serbian, Bosnian, Macedonian and Albanian are written in countries that all keep Central
	// European Time; Lithuanian, Latvian and Estonian each in one country.
	"sr": "Europe/Belgrade", "bs": "Europe/Sarajevo", "mk": "Europe/Skopje", "sq": "Europe/Tirane",
	"lt": "Europe/Vilnius", "lv": "Europe/Riga", "et": "Europe/Tallinn",
	"zh": "Asia/Shanghai", // every Chinese-writing region keeps UTC+8
	// Most Portuguese news on the web is Brazilian, and Brazil's national newsrooms keep
	// Brasília time; Portugal's, Angola's and Mozambique's stand on their own country domains
	// (listed in regionZones, which a host is looked up in first) or tag pt-PT.
	"pt": "America/Sao_Paulo",
	// Indonesian: most of Indonesia's people and its national newsrooms keep WIB (+07:00).
	"id": "Asia/Jakarta",
	// Hebrew news is Israel's (Israel time, +02:00/+03:00; "iw" is the tag's old code), Turkish
	// news Turkey's (+03:00 all year since 2016).
	"he": "Asia/Jerusalem", "iw": "Asia/Jerusalem", "tr": "Europe/Istanbul",
	// Vietnamese news is Vietnam's (+07:00); the diaspora's outlets write English more often.
	"vi": "Asia/Ho_Chi_Minh",
	// Languages written (nearly) only in one country of one zone: Thai, Georgian, Armenian,
	// Azerbaijani, Belarusian, Kazakh, Icelandic, Burmese, Khmer, Sinhala, Amharic, and India's
	// languages written nowhere else (Hindi, Marathi, Gujarati, Telugu, Kannada, Malayalam, Odia,
	// Assamese; not Bengali, Tamil, Urdu or Punjabi, written across a border too).
	"th": "Asia/Bangkok", "ka": "Asia/Tbilisi", "hy": "Asia/Yerevan", "az": "Asia/Baku", "be": "Europe/Minsk",
	"kk": "Asia/Almaty", "is": "Atlantic/Reykjavik", "my": "Asia/Yangon", "km": "Asia/Phnom_Penh",
	"si": "Asia/Colombo", "am": "Africa/Addis_Ababa", "hi": "Asia/Kolkata", "mr": "Asia/Kolkata",
	"gu": "Asia/Kolkata", "te": "Asia/Kolkata", "kn": "Asia/Kolkata", "ml": "Asia/Kolkata", "or": "Asia/Kolkata",
	"as": "Asia/Kolkata",
	// More languages written (nearly) only in one zone (issue 20, twenty-ninth round): Swedish
	// and generic Norwegian; Malay (Malaysia, Brunei and Singapore all keep +08:00); Filipino
	// and Tagalog; Swahili and Somali (East Africa keeps +03:00); Nepali; the Central Asian
	// languages and Mongolian, Lao; Catalan, Basque and Galician (Spain's and Andorra's CET);
	// Irish and Welsh; Maltese and Luxembourgish; Afrikaans, Zulu and Xhosa (South Africa and
	// Namibia keep +02:00); Hausa, Yoruba and Igbo (Nigeria and Niger keep +01:00);
	// Kinyarwanda and Malagasy; Dhivehi; Tamil.
	"sv": "Europe/Stockholm", "no": "Europe/Oslo", "ms": "Asia/Kuala_Lumpur", "fil": "Asia/Manila", "tl": "Asia/Manila",
	"sw": "Africa/Nairobi", "so": "Africa/Mogadishu", "ne": "Asia/Kathmandu", "uz": "Asia/Tashkent",
	"ky": "Asia/Bishkek", "tg": "Asia/Dushanbe", "tk": "Asia/Ashgabat", "mn": "Asia/Ulaanbaatar", "lo": "Asia/Vientiane",
	"ca": "Europe/Madrid", "eu": "Europe/Madrid", "gl": "Europe/Madrid", "ga": "Europe/Dublin", "cy": "Europe/London",
	"mt": "Europe/Malta", "lb": "Europe/Luxembourg", "af": "Africa/Johannesburg", "zu": "Africa/Johannesburg",
	"xh": "Africa/Johannesburg", "ha": "Africa/Lagos", "yo": "Africa/Lagos", "ig": "Africa/Lagos",
	"rw": "Africa/Kigali", "mg": "Indian/Antananarivo", "dv": "Indian/Maldives",
	// Tamil is written in India and Sri Lanka, which keep the same +05:30.
	"ta": "Asia/Kolkata"}

// pageZones decides where times without an offset are read: machine for meta, JSON-LD and
// <time> values, visible for dates printed in the text. In order: a Korean page is KST; an
// offset the page states on another timestamp; the configured zone; for visible dates, the
// zone of the page's region; UTC.
func pageZones(p *page, ld *ldArticle, lang, host, text string, opt *time.Location) (machine, visible *time.Location) {
	if isKorean(lang, host, text) {
		// The Korean-language services of Chinese outlets (Xinhua, China National Radio, the
		// Korean-Chinese papers of the northeast) print Beijing time: a Chinese domain or a
		// stated +08:00 says so; any other Korean page is KST.
		if off, _, _, ok := statedOffset(p, ld); ok && off == 8*3600 || strings.HasSuffix(strings.ToLower(host), ".cn") {
			if z := loadZone("Asia/Shanghai"); z != nil {
				return z, z
			}
		}
		return kst, kst
	}
	// A template's tag over a text in another language (WordPress's "en-US" on a Salvadoran
	// page) names the content system's default, not the newsroom: the text's language stands
	// for it here, so the tag's region does not put the page's clocks in New York.
	// The text's first 12,000 bytes, the zone guess's language readings' share of it, with
	// their words counted once for all three of them.
	head := &textWords{text: text[:min(len(text), 12000)]}
	lang = textOverTemplateTag(lang, text, head)
	region := regionZone(lang, sameLangLocale(lang, p.meta["og:locale"]), host)
	name := firstNonEmpty(p.meta["og:site_name"], ld.siteName)
	z := siteNamePlace(name, region == nil)
	// Asked once: the text is the page's, and the answer is wanted below too.
	usStyle := z == nil && region == nil && apStyle(lang, text)
	if z == nil && (name == "" || region == nil && !usStyle) {
		// The title's last part names the outlet where no site name is declared, or the one
		// declared is only its brand or address ("www.JPost.com" over a title ending "| JPost
		// | Israel News"); a subject country only on a page printing no American clocks, where
		// it may name a US outlet's subject.
		z = siteNamePlace(titleSiteName(p.title), region == nil && !usStyle)
	}
	if z != nil && !countryHost(host) {
		region = z
	}
	var printed *time.Location
	if region == nil {
		// No tag, domain or outlet's name places the page: the zone its own printed clocks
		// name does (printedClockZone), before the order of its dates guesses one.
		printed = printedClockZone(text)
	}
	switch {
	case region != nil:
	case printed != nil:
		region = printed
	case usStyle:
		region = loadZone("America/New_York")
	case !japaneseOrKorean(lang) && isChinese(text):
		// Also under a template's wrong lang="en": the text's script outweighs the attribute.
		region = loadZone("Asia/Shanghai")
	default:
		switch latinLangOf(head.words()) {
		case "id":
			// An Indonesian text under a template's lang="en" on a .com site (Okezone): its
			// words outweigh the attribute, and Indonesian news prints WIB.
			region = loadZone("Asia/Jakarta")
		case "ro":
			// A Romanian text under lang="en": Moldova's on a .md host (.md stays out of
			// regionZones, the web uses it for anything), else Romania's; both keep EET/EEST.
			if strings.HasSuffix(strings.ToLower(host), ".md") {
				region = loadZone("Europe/Chisinau")
			} else {
				region = loadZone("Europe/Bucharest")
			}
		}
		if region == nil && !countryHost(host) {
			region = copyrightPlace(text)
		}
		if region == nil && !countryHost(host) {
			// A generic domain whose pictures a country domain serves is that country's.
			region = imageHostPlace(p.images)
		}
		if region == nil && strings.HasPrefix(strings.ToLower(lang), "es") {
			region = spanishCountryZone(p)
		}
	}
	if region == nil || region.String() == "America/New_York" {
		// A US page: the newsroom's own name may place it outside the East ("The Salt Lake
		// Tribune", a publisher meta "San Francisco Chronicle", a copyright meta "Los Angeles
		// Times"); its clocks printed without a zone are that place's.
		if z := usNewsroomZone(p, ld, host); z != nil {
			region = z
		}
	}
	if z := geoRegionZone(p.meta["geo.region"], host); z != nil {
		// The page's own ISO 3166-2 code ("BR-PI", "US-TX") places the newsroom more surely
		// than its language or its outlet's name, and in the zone of its state where the
		// country keeps several (Piauí keeps -03:00 all year, São Paulo kept summer time).
		region = z
	}
	if off, at, literal, ok := statedOffset(p, ld); ok {
		if literal && region != nil && isDSTOf(region, off) {
			// The stated offset is a fixed string a template appended (pubdate's
			// Stamp.LiteralOffset, "+3:30") and one of the region's own offsets, winter or
			// summer: the metadata clocks are the region's wall clock, in summer time when it
			// was in force, whatever the string says (see literalWallClock).
			return region, region
		}
		// A named zone that agrees at that instant also gets daylight saving right.
		for _, z := range []*time.Location{opt, region} {
			if z != nil {
				if _, o := at.In(z).Zone(); o == off {
					return z, z
				}
			}
		}
		z := time.FixedZone("", off)
		return z, z
	}
	if opt != nil {
		return opt, opt
	}
	if off, ok := printedMachineOffset(p, ld); ok {
		// The page prints one of its zone-less metadata times with a zone ("7:41 p.m. EDT"
		// beside a dateModified of 19:41:54): its metadata is written in that zone.
		if region != nil && isDSTOf(region, off) {
			return region, region // the region's zone also gets the other season right
		}
		z := time.FixedZone("", off)
		if region == nil {
			return z, z
		}
		return z, region
	}
	if region != nil && !japaneseOrKorean(lang) && (chineseLang(lang) || isChinese(text)) {
		if _, off := time.Date(2020, 1, 1, 0, 0, 0, 0, region).Zone(); off == 8*3600 {
			// A Chinese page's machine stamps without an offset are local too ("pubdate
			// 2018-02-21T18:03:00" on a Taiwanese page is 18:03 in Taipei): the generators of
			// these sites write the newsroom's clock, and no place that writes Chinese news
			// uses UTC.
			return region, region
		}
	}
	if region != nil {
		return time.UTC, region
	}
	return time.UTC, time.UTC
}

// apTimeRe matches a time in AP style, "11:08 a.m.", which US newsrooms print and British
// ones ("11.08am", "11:08 GMT") do not; also with the last dot left off at the end of a line or
// before a bar ("December 12, 2004 | 7:00 p.m").
var apTimeRe = regexp.MustCompile(`\b\d{1,2}:\d{2}\s?[ap]\.m(?:\.|\b)`)

// clockRe matches a 12-hour time, "7:00 AM", "1:01PM", "2:24 pm"; usDateBeforeRe then checks
// for a month-first date right before it ("December 12, 2016 7:00 AM", "Dec 1st 2016 1:01PM"),
// the American order: British pages print "12 December 2016 7.00am". The cheap case-sensitive
// search runs over the page and the case-insensitive one only over the few bytes before a hit.
var (
	clockRe        = regexp.MustCompile(`\b\d{1,2}:\d{2}\s?[AaPp][Mm]\b`)
	usDateBeforeRe = regexp.MustCompile(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b[\s,|•·@-]*(?:at\s+)?$`)
	// usDateAfterRe is the same date after the clock, as US bylines print it time first
	// ("12:49 AM, June 7, 2013", "7:00 PM ET, Dec. 1, 2016"); British pages write the day first.
	// usNumericAfterRe is a month-first numeric date after the clock, "1:04 PM on 05/07/2010",
	// the American byline numericOrder reads month first, also with a two-digit year ("9:45 AM
	// 11/06/10").
	usNumericAfterRe = regexp.MustCompile(`^,?\s+(?:on\s+)?(?:0?[1-9]|1[0-2])/\d{1,2}/(?:19|20)?\d{2}\b`)
	usDateAfterRe    = regexp.MustCompile(`^(?:\s*(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST)\b)?[\s,|•·@-]*(?:on\s+)?(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`)
)

// mayHoldClock reports whether text has what every clockRe match holds: a colon between a digit
// and two, then "am" or "pm" in any case, right after them or after one \s byte. A page without
// one is spared the expression, which has no literal to search for and ran over its whole text.
func mayHoldClock(text string) bool {
	for i := range digitColons(text) {
		if rest := text[i+1:]; len(rest) >= 4 && isDigitByte(rest[1]) {
			m := rest[2:]
			if m[0] == ' ' || m[0] == '\t' || m[0] == '\n' || m[0] == '\f' || m[0] == '\r' {
				m = m[1:]
			}
			if len(m) >= 2 && strings.IndexByte("AaPp", m[0]) >= 0 && (m[1] == 'M' || m[1] == 'm') {
				return true
			}
		}
	}
	return false
}

// apStyle reports an English page without a region that prints times the American way, in AP
// style or as a 12-hour clock after or before a month-first date; its visible times are read as US
// Eastern, where most such newsrooms are.
func apStyle(lang, text string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if primary != "en" && primary != "" {
		return false
	}
	if strings.Contains(text, ".m") && apTimeRe.MatchString(text) { // a.m. and p.m. hold ".m"
		return true
	}
	if !mayHoldClock(text) {
		return false
	}
	for _, m := range clockRe.FindAllStringIndex(text, 20) {
		after := text[m[1]:min(len(text), m[1]+40)]
		if usDateBeforeRe.MatchString(text[max(0, m[0]-40):m[0]]) || usDateAfterRe.MatchString(after) || usNumericAfterRe.MatchString(after) {
			return true
		}
	}
	return false
}

// statedOffset finds the first date on the page that carries an explicit non-zero offset and
// returns that offset (seconds east of UTC), the instant, and whether the offset was a literal
// (pubdate's Stamp.LiteralOffset, a fixed string a template appended).
func statedOffset(p *page, ld *ldArticle) (int, time.Time, bool, bool) {
	vals := []string{ld.published, ld.modified}
	for _, k := range append(append([]string{}, publishedKeys...), modifiedKeys...) {
		vals = append(vals, p.meta[k])
	}
	vals = append(vals, p.itemprops["datepublished"], p.itemprops["datemodified"])
	for _, t := range p.times {
		vals = append(vals, t.datetime)
	}
	// hAtom's machine titles ("<abbr class=updated title=2010-01-15T15:36:00-08:00>") state
	// the server's offset as surely as a <time> does.
	vals = append(append(vals, p.dataDates...), p.updatedTitles...)
	for _, v := range vals {
		st, ok := pubdate.Parse(v, pubdate.Context{})
		if !ok || !st.Zoned {
			continue // unparsable, or no offset stated
		}
		if _, off := st.Time.Zone(); off != 0 {
			return off, st.Time, st.LiteralOffset, true
		}
		// A zero offset is no evidence: generators normalise to UTC ("Z", Unix times) while
		// the page prints local times.
	}
	return otherMetaOffset(p.meta)
}

// printedMachineOffset finds a zone-less metadata time of minute precision (JSON-LD, meta,
// microdata) whose wall clock a date element prints with a non-zero zone, and returns that
// zone's offset.
func printedMachineOffset(p *page, ld *ldArticle) (int, bool) {
	if len(p.dateTexts)+len(p.earlyDateTexts) == 0 {
		return 0, false
	}
	var machine []time.Time
	vals := []string{ld.published, ld.modified}
	for _, k := range append(append([]string{}, publishedKeys...), modifiedKeys...) {
		vals = append(vals, p.meta[k])
	}
	vals = append(vals, p.itemprops["datepublished"], p.itemprops["datemodified"])
	for _, v := range vals {
		if v == "" {
			continue
		}
		if st, ok := pubdate.Parse(v, pubdate.Context{}); ok && !st.Zoned && st.Precision >= pubdate.Minute {
			machine = append(machine, st.Time)
		}
	}
	if len(machine) == 0 {
		return 0, false
	}
	for _, t := range append(append([]string{}, p.dateTexts...), p.earlyDateTexts...) {
		st, ok := pubdate.Parse(t, pubdate.Context{MonthFirst: true})
		if !ok || !st.Zoned || st.Precision < pubdate.Minute {
			continue
		}
		_, off := st.Time.Zone()
		if off == 0 {
			continue
		}
		y, mo, d := st.Time.Date()
		for _, m := range machine {
			my, mmo, md := m.Date()
			if y == my && mo == mmo && d == md && st.Time.Hour() == m.Hour() && st.Time.Minute() == m.Minute() {
				return off, true
			}
		}
	}
	return 0, false
}

// isDSTOf reports whether off is the offset zone keeps in summer or winter.
func isDSTOf(zone *time.Location, off int) bool {
	for _, m := range []time.Month{time.January, time.July} {
		if _, o := time.Date(2020, m, 1, 12, 0, 0, 0, zone).Zone(); o == off {
			return true
		}
	}
	return false
}

// otherMetaOffset finds a non-zero offset stated by a meta value under a key no date rule
// knows: a search engine's or a CMS's own stamp ("busca:issued" 2014-10-08T22:05:12-0300 on a
// Globo page whose article keys state no zone) gives the server's zone all the same. Only
// values shaped like an ISO 8601 timestamp are parsed; of several, the one under the first key
// in byte order counts, so the answer does not depend on map order. literal is as in
// statedOffset.
func otherMetaOffset(meta map[string]string) (off int, at time.Time, literal, ok bool) {
	bestKey := ""
	for k, v := range meta {
		if len(v) < 20 || len(v) > 40 || v[4] != '-' || v[10] != 'T' || bestKey != "" && k > bestKey {
			continue
		}
		st, ok := pubdate.Parse(v, pubdate.Context{})
		if !ok || !st.Zoned || st.Precision < pubdate.Minute {
			continue
		}
		if _, o := st.Time.Zone(); o != 0 {
			bestKey, off, at, literal = k, o, st.Time, st.LiteralOffset
		}
	}
	return off, at, literal, bestKey != ""
}

// isChinese reports text in Chinese script without Japanese kana, from a page that names no
// language or one without a region that its text belies (lang="en" on a Chinese template). Every place that writes Chinese news (mainland China, Taiwan, Hong Kong, Macau,
// Singapore, Malaysia) keeps UTC+8 without daylight saving, so the zone is right whichever it is.
func isChinese(text string) bool {
	han, kana, letters := 0, 0, 0
	for i, r := range text {
		if i > 4000 {
			break
		}
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case r >= 0x3040 && r <= 0x30FF:
			kana++
		}
		if r > ' ' {
			letters++
		}
	}
	return letters > 0 && han*3 > letters && kana*20 < han
}

// chineseLang reports a language tag for Chinese ("zh", "zh-TW", "zh-Hant", "zh_CN").
func chineseLang(lang string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(lang, "_", "-")), "-")
	return primary == "zh"
}

// regionZone reads the country from a country-code domain, else the language tag or og:locale.
// The domain goes first: it says where the site is, while a template's tag often names its
// content system's default (WordPress writes "en-US" on Greek, Irish and Australian sites
// alike, whose printed clocks would otherwise be read in New York).
func regionZone(lang, locale, host string) *time.Location {
	if cc := countryCode(host); cc != "" {
		return loadZone(regionZones[cc])
	}
	for _, tag := range []string{lang, locale} {
		parts := strings.FieldsFunc(strings.ToLower(tag), func(r rune) bool { return r == '-' || r == '_' })
		if len(parts) >= 2 && len(parts[len(parts)-1]) == 2 {
			k := parts[len(parts)-1]
			if name, ok := regionZones[k]; ok {
				return loadZone(name)
			}
			if name, ok := tagRegionZones[k]; ok {
				return loadZone(name)
			}
		}
	}
	primary, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(lang, "_", "-")), "-")
	if name, ok := languageZones[primary]; ok && primary == strings.ToLower(lang) {
		return loadZone(name)
	}
	return nil
}

// sitePlaces are places whose name in an outlet's name says where it is ("Times of Malta",
// "The Sydney Morning Herald", "The Irish Times"), with their regionZones country. Only places
// of one zone, and only names no outlet abroad takes (no "China": The China Post is Taiwanese).
var sitePlaces = map[string]string{"malta": "mt", "india": "in", "sydney": "au", "melbourne": "au", "ireland": "ie",
	"irish": "ie", "zealand": "nz", "japan": "jp", "korea": "kr", "taipei": "tw", "singapore": "sg", "brasil": "br",
	"brazil": "br", "london": "gb", "toronto": "ca", "montreal": "ca", "ottawa": "ca",
	// Capitals and great cities of the one-zone countries regionZones lists ("The Jakarta Post",
	// "Manila Bulletin", "Bangkok Post", "Dhaka Tribune"), whose outlets sit on .com as often as not.
	"jakarta": "id", "manila": "ph", "bangkok": "th", "karachi": "pk", "lahore": "pk", "dhaka": "bd",
	"colombo": "lk", "kathmandu": "np", "nairobi": "ke", "lagos": "ng", "johannesburg": "za", "dubai": "ae",
	"mumbai": "in", "delhi": "in", "jerusalem": "il"}

// subjectPlaces are countries whose name an outlet's tagline gives as its subject as often as
// its seat ("Israel News" closes the titles of The Jerusalem Post and Ynetnews, and of JTA in New
// York): they place the outlet only on a page that has no region of its own.
var subjectPlaces = map[string]string{"israel": "il"}

// titleSiteName returns the last part of a title tag after a bar or a spaced dash, where
// pages without og:site_name name their outlet ("Airliner found | The Jakarta Post"); "" when
// the title has no such part or it is too long to be a name.
func titleSiteName(title string) string {
	title = normSpace(title)
	if name, _, ok := strings.Cut(title, " » Blog Archive » "); ok && len(name) <= 60 {
		// WordPress's classic theme titles a post "Blog name » Blog Archive » Post title".
		return strings.TrimSpace(name)
	}
	i := max(strings.LastIndex(title, " | "), strings.LastIndex(title, " - "), strings.LastIndex(title, " – "))
	if i <= 0 {
		return ""
	}
	name := strings.TrimLeft(title[i+1:], "|-– ")
	if name == "" || len(name) > 40 {
		return ""
	}
	return name
}

// siteNamePlace returns the zone of a place the site's name names as a whole word; nil when it
// names none or several. subjects admits subjectPlaces too.
func siteNamePlace(name string, subjects bool) *time.Location {
	if name == "" || len(name) > 60 {
		return nil
	}
	code := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) }) {
		c, ok := sitePlaces[w]
		if !ok && subjects {
			c, ok = subjectPlaces[w]
		}
		if ok {
			if code != "" && c != code {
				return nil
			}
			code = c
		}
	}
	if code == "" {
		return nil
	}
	return loadZone(regionZones[code])
}

// usPlaces are US cities and states of one zone whose name in an outlet's name places its
// newsroom there ("Los Angeles Times", "The Salt Lake Tribune", "Star Tribune of Minneapolis"),
// matched as whole words. Eastern places are not listed: US pages default to Eastern. Names
// shared with places elsewhere or with common words (Portland, Austin, Phoenix as a word,
// Washington) are left out, as are states split between zones (but Texas, whose Mountain
// corner's outlets name El Paso).
var usPlaces = map[string]string{
	"los angeles": "America/Los_Angeles", "san francisco": "America/Los_Angeles", "san diego": "America/Los_Angeles",
	"san jose": "America/Los_Angeles", "sacramento": "America/Los_Angeles", "oakland": "America/Los_Angeles",
	"orange county": "America/Los_Angeles", "california": "America/Los_Angeles", "seattle": "America/Los_Angeles",
	"tacoma": "America/Los_Angeles", "spokane": "America/Los_Angeles", "oregonian": "America/Los_Angeles",
	"las vegas": "America/Los_Angeles", "reno": "America/Los_Angeles", "fresno": "America/Los_Angeles",
	"salt lake": "America/Denver", "utah": "America/Denver", "deseret": "America/Denver", "denver": "America/Denver",
	"colorado": "America/Denver", "albuquerque": "America/Denver", "santa fe": "America/Denver",
	"new mexico": "America/Denver", "wyoming": "America/Denver", "montana": "America/Denver",
	"arizona": "America/Phoenix", "tucson": "America/Phoenix",
	"chicago": "America/Chicago", "minneapolis": "America/Chicago", "minnesota": "America/Chicago",
	"st paul": "America/Chicago", "milwaukee": "America/Chicago", "wisconsin": "America/Chicago",
	"houston": "America/Chicago", "dallas": "America/Chicago", "fort worth": "America/Chicago",
	"san antonio": "America/Chicago", "st louis": "America/Chicago", "kansas city": "America/Chicago",
	"oklahoma": "America/Chicago", "oklahoman": "America/Chicago", "tulsa": "America/Chicago", "omaha": "America/Chicago",
	"des moines": "America/Chicago", "iowa": "America/Chicago", "new orleans": "America/Chicago",
	"louisiana": "America/Chicago", "memphis": "America/Chicago", "nashville": "America/Chicago",
	"arkansas": "America/Chicago", "alabama": "America/Chicago", "birmingham": "America/Chicago",
	"mississippi": "America/Chicago", "missouri": "America/Chicago",
	// A state's demonym names it as surely ("North County Times - Californian", "The Bakersfield
	// Californian"); Texas keeps Central time but for El Paso's corner, whose outlets name El
	// Paso (a name giving both is left to the default).
	"californian": "America/Los_Angeles", "texas": "America/Chicago", "el paso": "America/Denver",
	"honolulu": "Pacific/Honolulu", "hawaii": "Pacific/Honolulu", "anchorage": "America/Anchorage", "alaska": "America/Anchorage",
}

// usNewsroomZone returns the zone of a usPlaces place the outlet's own name states: its
// og:site_name, JSON-LD publisher, publisher meta or copyright meta (a dateline, which says
// where the story happened, is not one). Nil when none names a place, or they name places of
// different zones, or the host is on a country domain other than the US.
func usNewsroomZone(p *page, ld *ldArticle, host string) *time.Location {
	if countryHost(host) {
		return nil
	}
	zone := ""
	for _, name := range []string{p.meta["og:site_name"], ld.siteName, p.meta["publisher"], p.meta["copyright"], p.meta["application-name"], titleSiteName(p.title)} {
		if name == "" || len(name) > 80 {
			continue
		}
		var ok bool
		if zone, ok = usPlaceZone(letterWords(unglueCamel(name)), zone); !ok {
			return nil
		}
	}
	if zone == "" {
		return nil
	}
	return loadZone(zone)
}

// letterWords is s lower-cased with every run of non-letters made one space, padded with a
// space each side, so a place is found as " "+place+" " ("St. Paul" → " st paul ").
func letterWords(s string) string {
	return " " + strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r)
	}), " ") + " "
}

// usPlaceZone adds to zone (a zone found so far, or "") the zone of every usPlaces place words
// (from letterWords) names; ok is false when two places of different zones are named, so no
// zone can be trusted.
func usPlaceZone(words, zone string) (string, bool) {
	for place, z := range usPlaces {
		if !strings.Contains(words, " "+place+" ") {
			continue
		}
		if zone != "" && zone != z {
			return "", false
		}
		zone = z
	}
	return zone, true
}

// easternPlaces are US places of the Eastern zone whose name in an outlet's copyright holder
// places its newsroom there ("Copyright © 2012, New York Media LLC"); usPlaces has the others.
var easternPlaces = map[string]bool{"new york": true, "new jersey": true, "boston": true, "philadelphia": true,
	"pittsburgh": true, "baltimore": true, "atlanta": true, "detroit": true, "cleveland": true, "massachusetts": true,
	"connecticut": true, "maryland": true}

// copyrightReach is how many bytes after the page's last "©" or "Copyright" its holder is read in.
const copyrightReach = 72

// copyrightPlace returns the zone of a US place that the holder of the page's last copyright
// line names ("Copyright © 2012, New York Media LLC", "Copyright © 2011 | Colorado Springs
// Business Journal"): the footer states the outlet's seat on a page that gives no region. Nil
// when the line names no such place, or places of two zones.
func copyrightPlace(text string) *time.Location {
	i := max(strings.LastIndex(text, "©"), strings.LastIndex(text, "Copyright"))
	if i < 0 {
		return nil
	}
	_, hi := pubdate.Window(text, i, i+copyrightReach)
	words := letterWords(text[i:hi])
	zone := ""
	for place := range easternPlaces {
		if strings.Contains(words, " "+place+" ") {
			zone = "America/New_York"
		}
	}
	zone, ok := usPlaceZone(words, zone)
	if !ok || zone == "" {
		return nil
	}
	return loadZone(zone)
}

// countryHost reports a host on a country-code domain regionZones knows: its country
// outweighs a place the site's name gives.
func countryHost(host string) bool { return countryCode(host) != "" }

// countryCode is the lower-case country-code domain ("za" of "cdn.24.co.za") of a host when
// regionZones knows it, else "": the one reading of a host's country that the page's address,
// its links' and its pictures' hosts and its numeric date order share.
func countryCode(host string) string {
	i := strings.LastIndexByte(host, '.')
	if i < 0 || len(host)-i != 3 {
		return ""
	}
	cc := strings.ToLower(host[i+1:])
	if _, ok := regionZones[cc]; !ok {
		return ""
	}
	return cc
}

// zoneHost is the host whose country domain dates a page: the page's address, else its
// canonical address, else, for a page saved without either, the country domain nearly all of
// its links lead to (minLinkedHosts or more absolute links, nine in ten on one country domain
// regionZones knows: The Sydney Morning Herald's 229 of 232 on .au). Links are only counted
// for a page without an address, which a fetched page always has.
func zoneHost(base *url.URL, canonical string, doc *html.Node) string {
	if h := hostOf(base); h != "" {
		return h
	}
	if u, err := url.Parse(canonical); err == nil && u.IsAbs() {
		return u.Hostname()
	}
	counts := map[string]int{}
	total, host := 0, map[string]string{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if u, err := url.Parse(strings.TrimSpace(attr(n, "href"))); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				total++
				h := strings.ToLower(u.Hostname())
				if cc := countryCode(h); cc != "" {
					counts[cc]++
					host[cc] = h
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if total < minLinkedHosts {
		return ""
	}
	for cc, n := range counts {
		if n*10 >= total*9 {
			return host[cc]
		}
	}
	return ""
}

// minLinkedHosts is how many absolute links a page without an address must hold before the
// country domain they lead to stands for its own.
const minLinkedHosts = 20

// loadZone returns nil when the system has no tz database; the caller then keeps UTC.
func loadZone(name string) *time.Location {
	z, err := time.LoadLocation(name)
	if err != nil {
		return nil
	}
	return z
}

// subdivisionZones maps the ISO 3166-2 subdivisions of countries that keep several zones to the
// zone their newsrooms print clocks in: US states, Brazilian states, Canadian provinces and
// Australian states that lie wholly (or for their newsrooms) in one zone. A subdivision not
// listed (a US state split between zones) falls back to its country's zone in regionZones.
var subdivisionZones = map[string]string{
	"us-ca": "America/Los_Angeles", "us-wa": "America/Los_Angeles", "us-or": "America/Los_Angeles", "us-nv": "America/Los_Angeles",
	"us-co": "America/Denver", "us-mt": "America/Denver", "us-nm": "America/Denver", "us-ut": "America/Denver",
	"us-wy": "America/Denver", "us-id": "America/Boise", "us-az": "America/Phoenix",
	"us-al": "America/Chicago", "us-ar": "America/Chicago", "us-il": "America/Chicago", "us-ia": "America/Chicago",
	"us-la": "America/Chicago", "us-mn": "America/Chicago", "us-ms": "America/Chicago", "us-mo": "America/Chicago",
	"us-ok": "America/Chicago", "us-wi": "America/Chicago", "us-tx": "America/Chicago", "us-ks": "America/Chicago",
	"us-ne": "America/Chicago", "us-nd": "America/Chicago", "us-sd": "America/Chicago",
	"us-ak": "America/Anchorage", "us-hi": "Pacific/Honolulu",
	"br-ma": "America/Fortaleza", "br-pi": "America/Fortaleza", "br-ce": "America/Fortaleza", "br-rn": "America/Fortaleza",
	"br-pb": "America/Fortaleza", "br-pe": "America/Recife", "br-al": "America/Maceio", "br-se": "America/Maceio",
	"br-ba": "America/Bahia", "br-pa": "America/Belem", "br-ap": "America/Belem", "br-to": "America/Araguaina",
	"br-mt": "America/Cuiaba", "br-ms": "America/Campo_Grande", "br-am": "America/Manaus", "br-rr": "America/Boa_Vista",
	"br-ro": "America/Porto_Velho", "br-ac": "America/Rio_Branco",
	"ca-bc": "America/Vancouver", "ca-ab": "America/Edmonton", "ca-sk": "America/Regina", "ca-mb": "America/Winnipeg",
	"ca-ns": "America/Halifax", "ca-nb": "America/Moncton", "ca-pe": "America/Halifax", "ca-nl": "America/St_Johns",
	"au-qld": "Australia/Brisbane", "au-sa": "Australia/Adelaide", "au-wa": "Australia/Perth", "au-nt": "Australia/Darwin",
	"au-tas": "Australia/Hobart", "au-vic": "Australia/Melbourne",
}

// geoRegionZone is the zone of a geo.region meta value, an ISO 3166-2 code ("BR-PI", "US-TX",
// "DE-BY") or a bare country ("DE"): its subdivision's zone where subdivisionZones lists it,
// else its country's. Nil for any other value ("United States (US)", "vi", a country regionZones
// does not know) and when the host is on another country's domain, whose country outweighs it.
// The code is split by hand: two letters, a hyphen and one to three letters or digits.
func geoRegionZone(v, host string) *time.Location {
	v = strings.ToLower(strings.TrimSpace(v))
	cc, sub, _ := strings.Cut(v, "-")
	if len(cc) != 2 || len(sub) > 3 || strings.Contains(v, "-") && sub == "" {
		return nil
	}
	for _, r := range cc + sub {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') {
			return nil
		}
	}
	country, ok := regionZones[cc]
	if !ok {
		return nil
	}
	if i := strings.LastIndexByte(host, '.'); countryHost(host) && strings.ToLower(host[i+1:]) != cc {
		return nil
	}
	if z, ok := subdivisionZones[v]; ok {
		return loadZone(z)
	}
	return loadZone(country)
}

// unglueCamel puts a space where a lower-case letter meets an upper-case one, as outlets glue
// their names into a domain-like brand ("LasVegasSun.com", "ChicagoTribune") and content systems
// their user names ("CarmenParedes", see unglued): the place or the name it holds is then found
// as words. A name written all in capitals or lower case is left as it is.
func unglueCamel(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// textOverTemplateTag returns the language the text is clearly written in where the declared tag
// lang is English and the text is not (a Spanish story under a template's "en-US": content
// systems write English as their default), else lang. Only the zone guess reads the result; the
// page's stated language is left as it is. Another tag over an English text stays (a Thai or
// Persian outlet's English pages keep its country's tag and clock), and so does an English tag on
// a page that prints American clocks (apStyle). Scripts are told by detectLang; the Latin-script
// languages by the function words only one of them writes (Spanish's "de", which Dutch lists
// too, leaves detectLang unsure of a Spanish page), the leader counting 15 and thrice the next.
// Both are read from head, the text's first 12,000 bytes.
func textOverTemplateTag(lang, text string, head *textWords) string {
	primary, _, _ := strings.Cut(strings.ToLower(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-")), "-")
	if primary != "en" {
		return lang
	}
	found := detectLangOf(head)
	if found == "" || found == primary {
		words := head.words()
		best, bestScore, second := "", 0, 0
		for l, score := range ownWordScores(words) {
			switch {
			case score > bestScore:
				best, bestScore, second = l, score, bestScore
			case score > second:
				second = score
			}
		}
		if best == primary || bestScore < 15 || bestScore < 3*second {
			return lang
		}
		found = best
	}
	if found == primary || apStyle(lang, text) {
		return lang
	}
	return found
}

// sharedFunctionWords are words of the functionWords lists that other languages write at every
// turn too, outside the lists: Dutch "de" and "en" are Spanish's "of" and "in", Portuguese "o"
// Spanish's "or".
var sharedFunctionWords = map[string]bool{"de": true, "en": true, "o": true}

// ownFunctionWords are, per language of functionWords, the words of its list no other list has
// and no other language writes often (sharedFunctionWords): derived once, since the lists are
// fixed and textOverTemplateTag asks on every English-tagged page.
var ownFunctionWords = sync.OnceValue(func() map[string][]string {
	own := make(map[string][]string, len(functionWords))
	for l, fw := range functionWords {
		for _, w := range fw {
			shared := sharedFunctionWords[w]
			for o, ofw := range functionWords {
				if o != l && slices.Contains(ofw, w) {
					shared = true
					break
				}
			}
			if !shared {
				own[l] = append(own[l], w)
			}
		}
	}
	return own
})

// ownWordScores counts, per language of functionWords, its own words (ownFunctionWords) in words.
func ownWordScores(words map[string]int) map[string]int {
	scores := make(map[string]int, len(functionWords))
	for l, ow := range ownFunctionWords() {
		for _, w := range ow {
			scores[l] += words[w]
		}
	}
	return scores
}

// spanishCountries are the Spanish-speaking countries of one zone (Mexico's newsrooms keep its
// capital's clock), by their name as the outlets write it, with their regionZones or
// tagRegionZones code.
var spanishCountries = map[string]string{"el salvador": "sv", "guatemala": "gt", "honduras": "hn",
	"nicaragua": "ni", "costa rica": "cr", "panamá": "pa", "panama": "pa", "república dominicana": "do",
	"republica dominicana": "do", "cuba": "cu", "perú": "pe", "peru": "pe", "uruguay": "uy", "paraguay": "py",
	"bolivia": "bo", "venezuela": "ve", "colombia": "co", "argentina": "ar", "españa": "es", "méxico": "mx"}

// spanishCountryZone is the zone of the one Spanish-speaking country a Spanish page without a
// region names where an outlet describes itself: its meta description and keywords ("Las
// noticias de última hora de El Salvador"), its site name. Spanish is written in a score of
// zones, and every one is nearer than UTC. Nil when none or several countries are named.
func spanishCountryZone(p *page) *time.Location {
	words := letterWords(p.meta["description"] + " " + p.meta["keywords"] + " " + p.meta["og:site_name"] + " " + titleSiteName(p.title))
	code := ""
	for name, c := range spanishCountries {
		if !strings.Contains(words, " "+name+" ") {
			continue
		}
		if code != "" && code != c {
			return nil
		}
		code = c
	}
	if name, ok := regionZones[code]; ok {
		return loadZone(name)
	}
	if name, ok := tagRegionZones[code]; ok {
		return loadZone(name)
	}
	return nil
}
