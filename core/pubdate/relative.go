package pubdate

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// relativeRe finds "3시간 전", "3 hours ago", "vor 3 Stunden", "3 часа назад", "3小时前",
// "3時間前"; and today and yesterday, also Slovak and Czech "Dnes 11:35", "Včera o 9:05".
// Group 1 is the count, group 2 the unit (one of the two alternatives is set).
var relativeRe = regexp.MustCompile(`(\d{1,3})\s*(초|분|시간|일|주|개월|달)\s*전` +
	`|(?i:\b(\d{1,3}|an?|one)\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b)` +
	`|(?i:\bvor\s+(\d{1,3}|einer?|einem)\s+(Sekunden?|Minuten?|Stunden?|Tag(?:en)?|Wochen?)\b)` +
	`|(\d{1,3})\s+(секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*)\s+назад` +
	`|(\d{1,3})\s*(秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週間)\s*前` +
	`|(?i:\b(yesterday|gestern|today|heute|dnes|včera)\b)|(어제|昨天|昨日|오늘|今天|今日|(?i:вчера|сегодня))`)

// dayTimeRe is the time that may follow "today" or "yesterday": "Вчера, 08:02", "heute um 8:02 Uhr",
// "včera o 9:05".
var dayTimeRe = regexp.MustCompile(`^\s*,?\s*(?:(?i:at|um|в|à|o)\s*)?(\d{1,2})[:.](\d{2})\b`)

// unitOf maps a unit word to its duration; days and weeks give a calendar date only.
func unitOf(u string) (time.Duration, Precision) {
	u = strings.ToLower(u)
	switch {
	case u == "초" || u == "秒" || strings.HasPrefix(u, "sec") || strings.HasPrefix(u, "sek") || strings.HasPrefix(u, "секунд"):
		return time.Second, Minute
	case u == "분" || strings.HasPrefix(u, "分") || strings.HasPrefix(u, "min") || strings.HasPrefix(u, "минут"):
		return time.Minute, Minute
	case u == "시간" || u == "小时" || u == "小時" || u == "時間" || strings.HasPrefix(u, "h") || strings.HasPrefix(u, "stunde") || strings.HasPrefix(u, "час"):
		return time.Hour, Minute
	case u == "주" || u == "周" || u == "週間" || strings.HasPrefix(u, "week") || strings.HasPrefix(u, "woche") || strings.HasPrefix(u, "недел"):
		return 7 * 24 * time.Hour, Day
	case u == "일" || u == "天" || u == "日" || strings.HasPrefix(u, "day") || strings.HasPrefix(u, "tag") || strings.HasPrefix(u, "дн") || u == "день":
		return 24 * time.Hour, Day
	}
	return 0, None // months are too coarse to date a news story
}

// findRelative reads the first relative expression against c.Now.
func findRelative(text string, c Context) (Stamp, int, int, bool) {
	for _, m := range relativeRe.FindAllStringSubmatchIndex(text, -1) {
		var count, unit string
		for g := 1; g+1 < len(m)/2; g += 2 {
			if m[2*g] >= 0 && m[2*g+2] >= 0 {
				count, unit = text[m[2*g]:m[2*g+1]], text[m[2*g+2]:m[2*g+3]]
				break
			}
		}
		if count == "" { // yesterday, 어제, today
			word := strings.ToLower(text[m[0]:m[1]])
			d := c.Now.In(c.loc())
			switch word {
			case "yesterday", "gestern", "včera", "вчера", "어제", "昨天", "昨日":
				d = d.AddDate(0, 0, -1)
			}
			st := Stamp{Time: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, d.Location()), Precision: Day}
			end := m[1]
			if t := dayTimeRe.FindStringSubmatchIndex(text[end:]); t != nil {
				h, _ := strconv.Atoi(text[end+t[2] : end+t[3]])
				mi, _ := strconv.Atoi(text[end+t[4] : end+t[5]])
				if h <= 23 && mi <= 59 {
					st.Time, st.Precision = st.Time.Add(time.Duration(h)*time.Hour+time.Duration(mi)*time.Minute), Minute
					end += t[1]
				}
			}
			return st, m[0], end, true
		}
		n, err := strconv.Atoi(count)
		if err != nil {
			n = 1 // "an hour ago", "vor einer Stunde"
		}
		step, prec := unitOf(unit)
		if prec == None {
			continue
		}
		t := c.Now.In(c.loc()).Add(-time.Duration(n) * step)
		if prec == Day {
			t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
		} else {
			t = t.Truncate(time.Minute)
		}
		return Stamp{Time: t, Precision: prec, Zoned: true}, m[0], m[1], true
	}
	return Stamp{}, 0, 0, false
}
