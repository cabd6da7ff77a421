package pubdate

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A stamp paragraph is the page's publication line that extraction may keep between the standfirst
// and the story: "Publiziert: 01.07.2023, 11:16", "28.04.2024 | 09:36 Uhr", "Aktualisiert am
// 07.01.2026 - 18:50 UhrLesedauer: 4 Min.", "January 28, 2025 11:30 am (Updated 11:54 am)". It is
// recognised by what is left once dates, times and the words that label them are removed: nothing.
// No date library helps here: those parse a date, they don't say that a line holds nothing else.
var (
	stampDateRe = regexp.MustCompile(`(?i)\b\d{1,4}\s?[./-]\s?\d{1,2}\s?[./-]\s?\d{2,4}\.?|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\.\d{2}\s*(?:uhr|h)\b|\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.m\.|[ap]m)|\d{1,2}:\d{2}h|\b\d{1,2}h\d{2}\b`)
	stampWordRe = regexp.MustCompile(`(?i)\b(?:` +
		`published|publishing|publication|date|updated|last|modified|posted|on|at|the|today|yesterday|read|reading|time|min|mins|minutes?|` +
		`ago|hours?|hrs?|days?|` +
		`publiziert|veröffentlicht|aktualisiert|zuletzt|stand|am|um|heute|gestern|uhr|lesedauer|lesezeit|etwa|ca|min|vor|stunden?|tagen?|` +
		`publicado|actualizado|a|las|el|publié|mis|à|jour|le|pubblicato|aggiornato|alle|il|publikacja|aktualizacja|` +
		`jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|june?|juni|july?|juli|aug(?:ust)?|` +
		`sep(?:t|tember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|` +
		`mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|` +
		`montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|[ap]m|h|gmt|utc|[ecmp][sd]t|cet|cest|mez|mesz|` +
		// Portuguese and Spanish: "quinta-feira, 27 de outubro de 2016 - 17h58 Atualizado em …",
		// "27 out 2016, 15h42", "25 de outubro de 2016 às 23:20".
		`atualizad[oa]|atualização|publicad[oa]|postado|em|de|do|del|` +
		`janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|fev|abr|ago|set|out|` +
		`enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|ene|dic|` +
		`(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo|lunes|martes|miércoles|jueves|viernes|` +
		// The names of icon-font glyphs printed as ligatures before the date ("access_time 27 out
		// 2016"): the text a reader without the font sees, and a reading takes.
		`access_time|calendar_today|query_builder|schedule|event|update|` +
		// Romanian: "Joi, 12.05.2016, ora: 18:40", "Actualizat: …" (the weekdays with
		// diacritics are in stampWordUncased).
		`ora|actualizat|publicat|azi|luni|miercuri|joi|vineri|` +
		// Dutch: "16 mei 2019 16:34 Aangepast: 16 mei 2019 18:36", "Gepubliceerd op …".
		`gepubliceerd|geplaatst|bijgewerkt|aangepast|gewijzigd|laatst|op|om|vandaag|gisteren` +
		`)\b|(?:^|\s)(?:às|à)(?:\s|$)|\b\d{1,4}\b`)
	// stampWordUncased are the labels in Hebrew, Arabic and Turkish ("פורסם:" published,
	// "עודכן" updated, "نشر" published, "آخر تحديث" last update, "Son Güncelleme"), whose
	// letters \b, which knows only ASCII word characters, cannot bound.
	// Vietnamese: the weekdays ("Thứ Hai", "Chủ nhật"), "Cập nhật" (updated), "ngày" (day),
	// "lúc" (at) and the parts of the day after a 12-hour clock; Romanian weekdays and "astăzi".
	stampWordUncased = regexp.MustCompile(`(?i)(?:פורסם|עודכן|עדכון|תאריך|יום|نشر في|نشر|تاريخ النشر|آخر تحديث|تحديث|` +
		`yayınlanma|yayın|tarihi|son güncelleme|güncelleme|güncellendi|oluşturulma|` +
		`thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật|cập\s+nhật|ngày|lúc|sáng|chiều|tối|` +
		`marți|marţi|sâmbătă|duminică|astăzi)`)
)

// maxStamp bounds a stamp line: a date, a time and a label or two, or the publication and the
// update written out with their weekdays ("quinta-feira, 27 de outubro de 2016 - 17h58 Atualizado
// em quinta-feira, 27 de outubro de 2016 - 17h59").
const maxStamp = 140

// IsStamp reports a paragraph that holds nothing but a publication date or time and its labels.
func IsStamp(p string) bool {
	if utf8.RuneCountInString(p) > maxStamp || !stampDateRe.MatchString(p) {
		return false
	}
	// "UhrLesedauer": two labels run together where the page had them in separate elements.
	return labelsOnly(strings.NewReplacer("Uhr", " Uhr ", "uhr", " uhr ").Replace(stampDateRe.ReplaceAllString(p, " ")))
}

// labelsOnly reports text in which nothing is left but dates, times and their labels once
// stampDateRe and stampWordRe have taken theirs out.
func labelsOnly(rest string) bool {
	rest = stampDateRe.ReplaceAllString(rest, " ")
	if rest != "" && !isASCII(rest) {
		// First: stampWordRe's ASCII \b would find French "à" inside Vietnamese "ngày".
		rest = stampWordUncased.ReplaceAllString(rest, " ")
	}
	rest = stampWordRe.ReplaceAllString(rest, " ")
	for _, r := range rest {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			// Words the expressions do not know may still be a month's name in another
			// language ("12:35 30. prosince 2014") or a Czech or Slovak label.
			return stampWordsOnly(rest)
		}
	}
	return true
}

// maxStampWords bounds the words stampWordsOnly looks up: a stamp has a few.
const maxStampWords = 12

// csStampWords are the Czech and Slovak weekdays and the labels of a stamp line ("Aktualizováno
// pondělí 5. ledna 2015", "Publikované: …", "Dnes 11:35", "Včera o 9:05").
var csStampWords = map[string]bool{
	"pondělí": true, "úterý": true, "středa": true, "čtvrtek": true, "pátek": true, "sobota": true, "neděle": true,
	"pondelok": true, "utorok": true, "streda": true, "štvrtok": true, "piatok": true, "nedeľa": true,
	"aktualizováno": true, "publikováno": true, "aktualizované": true, "publikované": true, "aktualizace": true,
	"dnes": true, "včera": true, "o": true, "v": true, "vo": true,
}

// stampWordsOnly reports text whose every word is a month's name monthNames knows or one of
// csStampWords.
func stampWordsOnly(rest string) bool {
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(words) > maxStampWords {
		return false
	}
	for _, w := range words {
		w = strings.ToLower(w)
		if _, ok := monthNames[w]; !ok && !csStampWords[w] {
			return false
		}
	}
	return true
}

// IsDateLine reports a short paragraph that holds a date Find reads and otherwise only what
// IsStamp allows: "January 18, 2020", "Mittwoch, 20. November 2019 · 08:02 Uhr".
func IsDateLine(p string, c Context) bool {
	if utf8.RuneCountInString(p) > maxStamp {
		return false
	}
	_, start, end, ok := Find(p, c)
	if !ok {
		return false
	}
	return labelsOnly(p[:start] + " " + p[end:])
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
