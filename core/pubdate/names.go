package pubdate

import (
	"strings"
	"time"
)

// monthNames maps month names and abbreviations, lower-cased and without a trailing dot, in
// the languages of the sites paperboy reads: English, German, French, Spanish, Italian,
// Portuguese, Dutch, Russian and Ukrainian (nominative and genitive), Polish, Czech and Slovak, Greek, Hungarian, Romanian, Turkish, and
// Arabic in both its naming systems (Egyptian/Gulf يناير…, Levantine/Iraqi كانون الثاني…;
// the two-word Levantine names are matched by their second word where it is unambiguous).
var monthNames = map[string]time.Month{}

func init() {
	for _, table := range [][12]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"", "", "", "", "", "", "", "", "sept", "", "", ""},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "feber", "mär", "", "", "", "", "", "", "okt", "", "dez"},
		{"", "", "mrz", "", "", "", "", "", "", "", "", ""},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"janv", "févr", "", "avr", "", "", "juil", "aout", "", "", "", "déc"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		{"янв", "фев", "мар", "апр", "", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"},
		{"", "февр", "", "", "", "", "", "", "сент", "", "нояб", ""},
		{"січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"},
		{"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
		// Czech, genitive (the form a date prints: "pondělí 5. ledna 2015") and nominative, and
		// Slovak, genitive and nominative (the names Hungarian and Czech share are above).
		{"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
		{"leden", "únor", "březen", "duben", "květen", "červen", "červenec", "srpen", "", "říjen", "listopad", "prosinec"},
		{"januára", "februára", "", "apríla", "mája", "júna", "júla", "", "septembra", "októbra", "novembra", "decembra"},
		{"", "", "marec", "apríl", "", "", "", "", "", "", "", ""},
		// Greek: genitive (the form dates print), nominative, abbreviations, and the genitive
		// without accents as capitals lose them ("9 ΙΑΝΟΥΑΡΙΟΥ 2020").
		{"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου"},
		{"ιανουαριου", "φεβρουαριου", "μαρτιου", "απριλιου", "μαιου", "ιουνιου", "ιουλιου", "αυγουστου", "σεπτεμβριου", "οκτωβριου", "νοεμβριου", "δεκεμβριου"},
		{"ιανουάριος", "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος", "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος"},
		{"ιαν", "φεβ", "μαρ", "απρ", "μαΐ", "ιουν", "ιουλ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"},
		{"", "", "", "", "μαϊ", "", "", "", "σεπτ", "", "", ""},
		// Hungarian, and its abbreviations ("2015. aug. 20."; jan, aug, okt, nov, dec are above).
		{"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
		{"", "febr", "márc", "ápr", "máj", "jún", "júl", "", "szept", "", "", ""},
		// Romanian (Romania and Moldova), and its abbreviations ("09 iun 2013"; feb, mar, apr, mai,
		// aug, sep, oct and dec are above).
		{"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
		{"ian", "", "", "", "", "iun", "iul", "", "", "", "noi", ""},
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
		{"", "", "", "ابريل", "", "يونية", "يولية", "اغسطس", "", "اكتوبر", "", ""},
		{"", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "", "", ""},
	} {
		for i, name := range table {
			if name != "" {
				monthNames[name] = time.Month(i + 1)
			}
		}
	}
}

// persianMonths are the months of the Solar Hijri calendar Iranian and Afghan sites date
// their stories in, with the Arabic letters some keyboards type for ی and ک folded first.
var persianMonths = map[string]int{"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "شهریور": 6,
	"مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}

var persianFold = strings.NewReplacer("ي", "ی", "ك", "ک")

// persianMonth looks a Solar Hijri month name up.
func persianMonth(word string) (int, bool) {
	m, ok := persianMonths[persianFold.Replace(word)]
	return m, ok
}

// month looks a month word up, ignoring case and a trailing dot.
func month(word string) (time.Month, bool) {
	m, ok := monthNames[strings.TrimSuffix(strings.ToLower(word), ".")]
	return m, ok
}

// zoneOffsets are the zone abbreviations news pages print, as fixed offsets. Abbreviations
// that mean different zones in different places (IST, CST) take the reading news sites use
// most: India, US Central.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "UT": 0, "Z": 0, "WET": 0,
	"BST": 1, "CET": 1, "MEZ": 1, "WEST": 1, "CEST": 2, "MESZ": 2, "EET": 2, "EEST": 3,
	// ECT is Eastern Caribbean Time, which the English-language Caribbean papers print
	// ("11:45 PM ECT" in Trinidad); Ecuador's Spanish-language press does not use it.
	"ECT": -4,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
	"KST": 9, "JST": 9, "HKT": 8, "SGT": 8, "AWST": 8, "WIB": 7, "WITA": 8, "WIT": 9, "ICT": 7, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
}

// zoneHalf are offsets that are not whole hours.
var zoneHalf = map[string]int{"IST": 5*3600 + 1800, "ACST": 9*3600 + 1800, "NPT": 5*3600 + 2700}

// zoneNames are the generic US zone names ("8:02 a.m. ET"), whose offset depends on the date.
// "UK" after a clock ("Sunday, 10 October 2010 02:30 UK") is UK time, GMT or BST by the date.
var zoneNames = map[string]string{"ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver", "PT": "America/Los_Angeles",
	"UK": "Europe/London",
	// Moscow time was +04:00 from March 2011 to October 2014 and +03:00 before and since.
	"MSK": "Europe/Moscow"}

// seasonZones are European abbreviations that name a season of one zone's clock. Templates
// often print one of them all year ("16:24:00CEST" in February): the wall clock is the
// newsroom's, so the abbreviation is read as that zone's local time, whose offset the date
// decides, as "ET" is.
var seasonZones = map[string]string{
	"CET": "Europe/Berlin", "CEST": "Europe/Berlin", "MEZ": "Europe/Berlin", "MESZ": "Europe/Berlin",
	"EET": "Europe/Athens", "EEST": "Europe/Athens", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon",
}

// zoneFor resolves a zone abbreviation; ok is false for words that are no zone.
func zoneFor(abbr string) (*time.Location, bool) {
	if name, ok := seasonZones[abbr]; ok {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc, true
		}
	}
	if h, ok := zoneOffsets[abbr]; ok {
		if h == 0 {
			return time.UTC, true
		}
		return time.FixedZone(abbr, h*3600), true
	}
	if s, ok := zoneHalf[abbr]; ok {
		return time.FixedZone(abbr, s), true
	}
	if name, ok := zoneNames[abbr]; ok {
		if loc, err := time.LoadLocation(name); err == nil {
			return loc, true
		}
	}
	return nil, false
}
