package pubdate

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// relForm is one language's "N units ago": an expression whose first group is the count (a
// number or the word for one; unset where the language writes none, "godzinę temu") and whose
// second is the unit, and the units it knows. Each form keeps its own units: Turkish "saat" is
// an hour, Malay "saat" a second.
type relForm struct {
	re    string
	units map[string]time.Duration
}

const (
	second = time.Second
	minute = time.Minute
	hour   = time.Hour
	day    = 24 * time.Hour
	week   = 7 * day
)

// relForms are the relative stamps news pages print under a headline or in a teaser: "3시간 전",
// "3 hours ago", "vor 3 Stunden", "3 часа назад", "3小时前", "3 時間前", "hace 3 horas", "il y a 3
// heures", "3 ore fa", "há 3 horas", "3 uur geleden", "3 timer siden", "3 tuntia sitten", "3 dakika
// önce", "3 godziny temu", "před 3 hodinami", "3 giờ trước", "3 jam yang lalu", "3 घंटे पहले".
// Months and years are left out: too coarse to date a news story.
var relForms = []relForm{
	{`(\d{1,3})\s*(초|분|시간|일|주)\s*전`, map[string]time.Duration{"초": second, "분": minute, "시간": hour, "일": day, "주": week}},
	{`(?i:\b(\d{1,3}|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b)`, nil},
	{`(?i:\bvor\s+(\d{1,3}|einer?|einem)\s+(Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?)\b)`, nil},
	{`(\d{1,3})\s+(секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*)\s+назад`, nil},
	{`(\d{1,3})\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間)\s*前`, map[string]time.Duration{
		"秒": second, "分钟": minute, "分鐘": minute, "分": minute, "小时": hour, "小時": hour, "時間": hour,
		"天": day, "日": day, "周": week, "週間": week}},
	// Spanish and Portuguese: "hace 3 horas", "há 3 horas", "3 horas atrás".
	{`(?i:\b(?:hace|h[áa])\s+(\d{1,3}|una?|uma?)\s+(segundos?|minutos?|mins?|horas?|hs?|d[íi]as?|semanas?)\b)`, iberian},
	{`(?i:\b(\d{1,3}|uma?)\s+(segundos?|minutos?|horas?|dias?|semanas?)\s+atr[áa]s)`, iberian},
	// French: "il y a 3 heures", "il y a 20 min", "il y a une heure".
	{`(?i:\bil\s+y\s+a\s+(\d{1,3}|une?)\s+(secondes?|minutes?|mins?|heures?|h|jours?|semaines?)\b)`, map[string]time.Duration{
		"seconde": second, "secondes": second, "minute": minute, "minutes": minute, "min": minute, "mins": minute,
		"heure": hour, "heures": hour, "h": hour, "jour": day, "jours": day, "semaine": week, "semaines": week}},
	// Italian: "3 ore fa", "un'ora fa".
	{`(?i:(?:\b(\d{1,3}|una?)\s+|\b(un['’]))(secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana)\s+fa\b)`, map[string]time.Duration{
		"secondi": second, "secondo": second, "minuti": minute, "minuto": minute, "ore": hour, "ora": hour,
		"giorni": day, "giorno": day, "settimane": week, "settimana": week}},
	// Dutch: "3 uur geleden", "een dag geleden".
	{`(?i:\b(\d{1,3}|een|één)\s+(seconden?|minuten?|minuut|uur|uren|dagen?|weken?)\s+geleden\b)`, map[string]time.Duration{
		"seconde": second, "seconden": second, "minuut": minute, "minuten": minute, "uur": hour, "uren": hour,
		"dag": day, "dagen": day, "week": week, "weken": week}},
	// Danish, Norwegian and Swedish: "3 timer siden", "for 3 timer siden", "3 timmar sedan".
	{`(?i:\b(\d{1,3}|en|et|ett)\s+(sekunder|sekund|minutter|minutt|minuter|minut|timer|time|timmar|timme|dage|dager|dagar|dag|døgn|døgn|uger|uge|uker|uke|veckor|vecka)\s+s(?:iden|edan)\b)`, map[string]time.Duration{
		"sekunder": second, "sekund": second, "minutter": minute, "minutt": minute, "minuter": minute, "minut": minute,
		"timer": hour, "time": hour, "timmar": hour, "timme": hour, "dage": day, "dager": day, "dagar": day, "dag": day,
		"døgn": day, "uger": week, "uge": week, "uker": week, "uke": week, "veckor": week, "vecka": week}},
	// Finnish: "3 tuntia sitten".
	{`(?i:\b(\d{1,3}|yksi)\s+(sekuntia|sekunti|minuuttia|minuutti|tuntia|tunti|päivää|päivä|viikkoa|viikko)\s+sitten\b)`, map[string]time.Duration{
		"sekuntia": second, "sekunti": second, "minuuttia": minute, "minuutti": minute, "tuntia": hour, "tunti": hour,
		"päivää": day, "päivä": day, "viikkoa": week, "viikko": week}},
	// Turkish: "3 dakika önce".
	{`(?i:\b(\d{1,3}|bir)\s+(saniye|dakika|saat|gün|hafta)\s+önce\b)`, map[string]time.Duration{
		"saniye": second, "dakika": minute, "saat": hour, "gün": day, "hafta": week}},
	// Polish: "3 godziny temu", "godzinę temu" (the count left out is one).
	{`(?i:(?:\b(\d{1,3})\s+)?\b(sekund[ęy]?|minut[ęy]?|godzin[ęy]?|dni|dzień|tygodnie|tygodni|tydzień)\s+temu\b)`, map[string]time.Duration{
		"sekund": second, "sekundę": second, "sekundy": second, "minut": minute, "minutę": minute, "minuty": minute,
		"godzin": hour, "godzinę": hour, "godziny": hour, "dni": day, "dzień": day, "tygodnie": week, "tygodni": week, "tydzień": week}},
	// Czech and Slovak: "před 3 hodinami", "pred 20 minútami".
	{`(?i:\bp(?:ř|r)ed\s+(\d{1,3})\s+(sekundami|minutami|minútami|hodinami|dny|dňami|týdny|týždňami))`, map[string]time.Duration{
		"sekundami": second, "minutami": minute, "minútami": minute, "hodinami": hour, "dny": day, "dňami": day,
		"týdny": week, "týždňami": week}},
	// Vietnamese: "3 giờ trước".
	{`(?i:\b(\d{1,3}|một)\s+(giây|phút|giờ|ngày|tuần)\s+trước)`, map[string]time.Duration{
		"giây": second, "phút": minute, "giờ": hour, "ngày": day, "tuần": week}},
	// Indonesian and Malay: "3 jam yang lalu", "20 minit lalu".
	{`(?i:\b(\d{1,3}|satu)\s+(detik|saat|menit|minit|jam|hari|minggu)\s+(?:yang\s+)?lalu\b)`, map[string]time.Duration{
		"detik": second, "saat": second, "menit": minute, "minit": minute, "jam": hour, "hari": day, "minggu": week}},
	// Hindi: "3 घंटे पहले" (Devanagari digits are folded before this runs).
	{`(\d{1,3}|एक)\s*(सेकंड|मिनट|घंटे|घंटा|घंटों|दिन|सप्ताह|हफ़्ते|हफ्ते)\s+पहले`, map[string]time.Duration{
		"सेकंड": second, "मिनट": minute, "घंटे": hour, "घंटा": hour, "घंटों": hour, "दिन": day, "सप्ताह": week,
		"हफ़्ते": week, "हफ्ते": week}},
}

// iberian are the Spanish and Portuguese units.
var iberian = map[string]time.Duration{
	"segundo": second, "segundos": second, "minuto": minute, "minutos": minute, "min": minute, "mins": minute,
	"hora": hour, "horas": hour, "h": hour, "hs": hour, "día": day, "días": day, "dia": day, "dias": day,
	"semana": week, "semanas": week}

// relCounts are the words for one that stand for the count.
var relCounts = map[string]bool{
	"a": true, "an": true, "one": true, "einer": true, "eine": true, "einem": true, "un": true, "una": true,
	"um": true, "uma": true, "une": true, "un'": true, "un’": true, "een": true, "één": true, "en": true, "et": true,
	"ett": true, "yksi": true, "bir": true, "một": true, "satu": true, "एक": true,
}

// dayWords are "yesterday" and "today" in the languages of relForms, with the days back they
// name. French "hier" counts only before a clock ("hier à 14h30"): alone it is Dutch "here".
var dayWords = map[string]int{
	"yesterday": 1, "gestern": 1, "včera": 1, "вчера": 1, "어제": 1, "昨天": 1, "昨日": 1,
	"ayer": 1, "ieri": 1, "ontem": 1, "gisteren": 1, "i går": 1, "igår": 1, "eilen": 1, "dün": 1,
	"wczoraj": 1, "hôm qua": 1, "kemarin": 1, "hier": 1,
	"today": 0, "heute": 0, "dnes": 0, "сегодня": 0, "오늘": 0, "今天": 0, "今日": 0,
	"hoy": 0, "aujourd'hui": 0, "aujourd’hui": 0, "oggi": 0, "hoje": 0, "vandaag": 0, "i dag": 0,
	"idag": 0, "tänään": 0, "bugün": 0, "dzisiaj": 0, "dziś": 0, "hôm nay": 0, "hari ini": 0,
}

// relative is relForms joined into one expression (a page's text is searched once), then the
// day words, which hold no group.
var relative = sync.OnceValue(func() *regexp.Regexp {
	var b strings.Builder
	for i, f := range relForms {
		if i > 0 {
			b.WriteByte('|')
		}
		b.WriteString(f.re)
	}
	b.WriteString(`|(?i:\b(?:yesterday|gestern|today|heute|dnes|včera|ayer|ieri|ontem|gisteren|eilen|wczoraj|dzisiaj|kemarin|` +
		`hoy|oggi|hoje|vandaag|i\s+går|igår|i\s+dag|idag|hôm\s+qua|hôm\s+nay|hari\s+ini|hier|aujourd['’]hui)\b)` +
		`|(?i:\b(?:dün|bugün|tänään|dziś))` +
		`|(어제|昨天|昨日|오늘|今天|今日|(?i:вчера|сегодня))`)
	return regexp.MustCompile(b.String())
})

// relFormGroups[i] is the number of groups relForms[i] holds, its count's and unit's among them.
var relFormGroups = sync.OnceValue(func() []int {
	out := make([]int, len(relForms))
	for i, f := range relForms {
		out[i] = regexp.MustCompile(f.re).NumSubexp()
	}
	return out
})

// dayTimeRe is the time that may follow "today" or "yesterday": "Вчера, 08:02", "heute um 8:02 Uhr",
// "včera o 9:05", "hier à 14h30", "ayer a las 9:05", "ieri alle 9:05", "i går kl. 9.05".
var dayTimeRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*,?\s*(?:(?i:at|um|в|à|o|a\s+las|alle|às|om|kl\.?|klo|saat|lúc|pukul)\s*)?(\d{1,2})[:.hH](\d{2})\b`)
})

// defaultUnits maps the unit words of the forms that keep no map of their own (English,
// German, Russian) by their stems.
func defaultUnits(u string) time.Duration {
	switch {
	case strings.HasPrefix(u, "sec") || strings.HasPrefix(u, "sek") || strings.HasPrefix(u, "секунд"):
		return second
	case strings.HasPrefix(u, "min") || strings.HasPrefix(u, "минут"):
		return minute
	case strings.HasPrefix(u, "h") || strings.HasPrefix(u, "stunde") || strings.HasPrefix(u, "час"):
		return hour
	case strings.HasPrefix(u, "week") || strings.HasPrefix(u, "woche") || strings.HasPrefix(u, "недел"):
		return week
	case strings.HasPrefix(u, "day") || strings.HasPrefix(u, "tag") || strings.HasPrefix(u, "дн") || u == "день":
		return day
	}
	return 0
}

// findRelative reads the first relative expression against c.Now.
func findRelative(text string, c Context) (Stamp, int, int, bool) {
	re := relative()
	sizes := relFormGroups()
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		g, form := 1, -1
		var count, unit string
		for i, n := range sizes {
			// A form's last group is its unit; any earlier one that matched is its count.
			if u := g + n - 1; m[2*u] >= 0 {
				form, unit = i, text[m[2*u]:m[2*u+1]]
				for k := g; k < u; k++ {
					if m[2*k] >= 0 {
						count = text[m[2*k]:m[2*k+1]]
					}
				}
				break
			}
			g += n
		}
		if form < 0 {
			if st, end, ok := dayWordStamp(text, m[0], m[1], c); ok {
				return st, m[0], end, true
			}
			continue
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			if count != "" && !relCounts[strings.ToLower(count)] {
				continue
			}
			n = 1 // "an hour ago", "vor einer Stunde", "godzinę temu"
		}
		lower := strings.ToLower(unit)
		step := relForms[form].units[lower]
		if relForms[form].units == nil {
			step = defaultUnits(lower)
		}
		if step == 0 {
			continue
		}
		t := c.Now.In(c.loc()).Add(-time.Duration(n) * step)
		if step >= day {
			t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
			return Stamp{Time: t, Precision: Day, Zoned: true, Relative: true}, m[0], m[1], true
		}
		return Stamp{Time: t.Truncate(time.Minute), Precision: Minute, Zoned: true, Relative: true}, m[0], m[1], true
	}
	return Stamp{}, 0, 0, false
}

// dayWordStamp reads "yesterday" or "today" at text[start:end], with the clock that may follow.
func dayWordStamp(text string, start, end int, c Context) (Stamp, int, bool) {
	word := strings.Join(strings.Fields(strings.ToLower(text[start:end])), " ")
	back, ok := dayWords[word]
	if !ok {
		return Stamp{}, 0, false
	}
	d := c.Now.In(c.loc()).AddDate(0, 0, -back)
	st := Stamp{Time: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, d.Location()), Precision: Day, Relative: true}
	if t := dayTimeRe().FindStringSubmatchIndex(text[end:]); t != nil {
		h, _ := strconv.Atoi(text[end+t[2] : end+t[3]])
		mi, _ := strconv.Atoi(text[end+t[4] : end+t[5]])
		if h <= 23 && mi <= 59 {
			st.Time, st.Precision = st.Time.Add(time.Duration(h)*time.Hour+time.Duration(mi)*time.Minute), Minute
			return st, end + t[1], true
		}
	}
	if word == "hier" {
		return Stamp{}, 0, false
	}
	return st, end, true
}
