package pubdate

import (
	"testing"
	"time"
)

// worldStamp is one row of a stamp table: a line as a press prints it (lang "meta" for a metadata
// value's form, read by Parse only), the instant it stands for in RFC 3339 ("" for none) and the
// precision it gives.
type worldStamp struct {
	lang, in, want string
	prec           Precision
}

// worldStamps are publication stamps as newsrooms in the languages with the most online news
// print them (made-up lines in each press's house forms): month names and their abbreviations,
// with and without dots, in the case dates print (genitive, partitive, locative); weekdays
// before the day; numeric orders; the words that join a date to its time ("ore", "klo",
// "pukul", "saat", "о", "v", "στις"…); 12-hour markers; zones as newsrooms print them; ISO
// values with odd separators ("meta" rows are metadata values' forms, read by Parse only). want is the instant in RFC 3339 (UTC read where no zone is
// printed), or "" for text that holds no stamp.
var worldStamps = []worldStamp{
	// English: US, UK, India, Australia, Africa, Asia.
	{"en", "March 5, 2024 2:22 p.m. EST", "2024-03-05T19:22:00Z", Minute},
	{"en", "Tue 5 Mar 2024 14.22 GMT", "2024-03-05T14:22:00Z", Minute},
	{"en", "Updated: Mar 05, 2024, 14:22 IST", "2024-03-05T08:52:00Z", Minute},
	{"en", "5 March 2024, 2:22pm AEDT", "2024-03-05T03:22:00Z", Minute},
	{"en", "March 5, 2024 | 2:22 PM SAST", "2024-03-05T12:22:00Z", Minute},
	{"en", "Tuesday, March 5, 2024 - 14:22 WAT", "2024-03-05T13:22:00Z", Minute},
	{"en", "05 Mar 2024 14:22 EAT", "2024-03-05T11:22:00Z", Minute},
	{"en", "March 05, 2024 02:22 PM PKT", "2024-03-05T09:22:00Z", Minute},
	{"en", "Mar 5, 2024 2:22 PM HKT", "2024-03-05T06:22:00Z", Minute},
	{"en", "5 Mar 2024 14:22 SGT", "2024-03-05T06:22:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM NZDT", "2024-03-05T01:22:00Z", Minute},
	{"en", "July 5, 2024 2:22 PM NZST", "2024-07-05T02:22:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM ACDT", "2024-03-05T03:52:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM AWST", "2024-03-05T06:22:00Z", Minute},
	{"en", "March 5, 2024 2:22 PM GST", "2024-03-05T10:22:00Z", Minute},  // Gulf
	{"en", "March 5, 2024 2:22 PM BDT", "2024-03-05T08:22:00Z", Minute},  // Bangladesh
	{"en", "March 5, 2024 2:22 PM NST", "2024-03-05T17:52:00Z", Minute},  // Newfoundland
	{"en", "July 5, 2024 2:22 PM ADT", "2024-07-05T17:22:00Z", Minute},   // Atlantic
	{"en", "March 5, 2024 2:22 PM IRST", "2024-03-05T10:52:00Z", Minute}, // Iran
	{"en", "March 5, 2024 2:22 PM TRT", "2024-03-05T11:22:00Z", Minute},  // Turkey
	{"en", "July 5, 2024 14:22 BST", "2024-07-05T13:22:00Z", Minute},
	{"en", "2024-03-05 14:22:00 UTC+3", "2024-03-05T11:22:00Z", Second},
	// ISO and RFC values with odd separators and offsets.
	{"meta", "2024-03-05T14:22:00+03", "2024-03-05T11:22:00Z", Second},
	{"iso", "2024-03-05T14:22:00.000+0300", "2024-03-05T11:22:00Z", Second},
	{"iso", "2024-03-05 14:22:00 +03:00", "2024-03-05T11:22:00Z", Second},
	{"iso", "2024-03-05T14:22:00.123456789Z", "2024-03-05T14:22:00Z", Second},
	{"iso", "2024-03-05T14:22", "2024-03-05T14:22:00Z", Minute},
	{"iso", "2024/03/05 14:22:00", "2024-03-05T14:22:00Z", Second},
	{"iso", "2024.03.05 14:22", "2024-03-05T14:22:00Z", Minute},
	{"iso", "2024-03-05 at 14:22", "2024-03-05T14:22:00Z", Minute},
	{"rfc", "Tue, 05 Mar 2024 14:22:00 +0300", "2024-03-05T11:22:00Z", Second},
	{"rfc", "Tue Mar 05 2024 14:22:00 GMT+0300 (Moscow Standard Time)", "2024-03-05T11:22:00Z", Second},
	{"rfc", "Tue, 5 Mar 2024 14:22:00 GMT", "2024-03-05T14:22:00Z", Second},
	// German.
	{"de", "Veröffentlicht am Dienstag, 5. März 2024, 14:22 Uhr", "2024-03-05T14:22:00Z", Minute},
	{"de", "05.03.2024, 14:22 Uhr MEZ", "2024-03-05T13:22:00Z", Minute},
	{"de", "5. Mrz. 2024 um 14.22 Uhr", "2024-03-05T14:22:00Z", Minute},
	{"de", "5. Jan. 2024", "2024-01-05T00:00:00Z", Day},
	{"de", "05.07.2024, 14:22 Uhr MESZ", "2024-07-05T12:22:00Z", Minute},
	// French.
	{"fr", "Publié le 5 mars 2024 à 14h22", "2024-03-05T14:22:00Z", Minute},
	{"fr", "mardi 5 févr. 2024 à 14 h 22", "2024-02-05T14:22:00Z", Minute},
	{"fr", "Publié le 05/03/2024 à 14:22", "2024-03-05T14:22:00Z", Minute},
	{"fr", "1er mars 2024", "2024-03-01T00:00:00Z", Day},
	{"fr", "5 fevr. 2024", "2024-02-05T00:00:00Z", Day},
	{"fr", "5 mars 2024 à 14h22 HNE", "2024-03-05T19:22:00Z", Minute}, // Canadian French
	// Spanish.
	{"es", "Publicado el martes, 5 de marzo de 2024 a las 14:22 h", "2024-03-05T14:22:00Z", Minute},
	{"es", "05 mar. 2024 - 02:22 p. m.", "2024-03-05T14:22:00Z", Minute},
	{"es", "5 de marzo de 2024, 2:22 p.m.", "2024-03-05T14:22:00Z", Minute},
	{"es", "05/03/2024 14:22 hs", "2024-03-05T14:22:00Z", Minute},
	{"es", "5 sept. 2024", "2024-09-05T00:00:00Z", Day},
	// Portuguese.
	{"pt", "05/03/2024 às 14h22", "2024-03-05T14:22:00Z", Minute},
	{"pt", "5 de março de 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"pt", "05 fev 2024", "2024-02-05T00:00:00Z", Day},
	{"pt", "12 set 2024", "2024-09-12T00:00:00Z", Day},
	{"pt", "12 out. 2024 14h22", "2024-10-12T14:22:00Z", Minute},
	{"pt", "12 dez 2024", "2024-12-12T00:00:00Z", Day},
	// Italian.
	{"it", "Pubblicato il 5 marzo 2024 alle 14:22", "2024-03-05T14:22:00Z", Minute},
	{"it", "05 marzo 2024 - ore 14:22", "2024-03-05T14:22:00Z", Minute},
	{"it", "5 mar 2024, ore 14:22", "2024-03-05T14:22:00Z", Minute},
	{"it", "12 gen 2024", "2024-01-12T00:00:00Z", Day},
	{"it", "12 mag 2024", "2024-05-12T00:00:00Z", Day},
	{"it", "12 giu 2024", "2024-06-12T00:00:00Z", Day},
	{"it", "12 lug 2024", "2024-07-12T00:00:00Z", Day},
	{"it", "12 ott 2024", "2024-10-12T00:00:00Z", Day},
	// Dutch.
	{"nl", "5 mrt 2024 om 14:22", "2024-03-05T14:22:00Z", Minute},
	{"nl", "5 mrt. 2024", "2024-03-05T00:00:00Z", Day},
	{"nl", "di 5 maart 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	// Russian, Ukrainian, Belarusian, Bulgarian, Serbian.
	{"ru", "Опубликовано 5 марта 2024 в 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ru", "5 марта 2024, 14:22 МСК", "2024-03-05T11:22:00Z", Minute},
	{"ru", "05.03.2024 14:22", "2024-03-05T14:22:00Z", Minute},
	{"uk", "5 березня 2024 о 14:22", "2024-03-05T14:22:00Z", Minute},
	{"uk", "5 бер. 2024", "2024-03-05T00:00:00Z", Day},
	{"uk", "12 жовт. 2024, 14:22", "2024-10-12T14:22:00Z", Minute},
	{"uk", "12 лист. 2024", "2024-11-12T00:00:00Z", Day},
	{"uk", "12 квіт. 2024", "2024-04-12T00:00:00Z", Day},
	{"be", "5 сакавіка 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"be", "12 кастрычніка 2024", "2024-10-12T00:00:00Z", Day},
	{"bg", "5 март 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"bg", "12 октомври 2024 в 14:22", "2024-10-12T14:22:00Z", Minute},
	{"sr", "5. март 2024. у 14:22", "2024-03-05T14:22:00Z", Minute},
	// Polish, Czech, Slovak.
	{"pl", "Opublikowano: 5 marca 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"pl", "5 marca 2024 o 14:22", "2024-03-05T14:22:00Z", Minute},
	{"pl", "12 paź 2024", "2024-10-12T00:00:00Z", Day},
	{"pl", "12 lis 2024", "2024-11-12T00:00:00Z", Day},
	{"pl", "12 wrz 2024", "2024-09-12T00:00:00Z", Day},
	{"cs", "5. března 2024 v 14:22", "2024-03-05T14:22:00Z", Minute},
	{"cs", "5. 3. 2024 14:22", "2024-03-05T14:22:00Z", Minute},
	{"sk", "5. marca 2024 o 14:22", "2024-03-05T14:22:00Z", Minute},
	// Hungarian, Romanian, Croatian, Slovenian.
	{"hu", "2024. március 5. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"hu", "2024.03.05. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ro", "5 martie 2024, ora 14:22", "2024-03-05T14:22:00Z", Minute},
	{"hr", "5. ožujka 2024. u 14:22", "2024-03-05T14:22:00Z", Minute},
	{"sl", "5. marec 2024 ob 14.22", "2024-03-05T14:22:00Z", Minute},
	// Greek.
	{"el", "5 Μαρτίου 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"el", "05.03.2024 • 14:22", "2024-03-05T14:22:00Z", Minute},
	{"el", "5 Μαρτίου 2024 στις 2:22 μ.μ.", "2024-03-05T14:22:00Z", Minute},
	{"el", "5 Μαρτίου 2024, 10:22 π.μ.", "2024-03-05T10:22:00Z", Minute},
	// Turkish.
	{"tr", "Yayınlanma: 05.03.2024 14:22", "2024-03-05T14:22:00Z", Minute},
	{"tr", "5 Mart 2024 saat 14:22", "2024-03-05T14:22:00Z", Minute},
	{"tr", "12 Eki 2024", "2024-10-12T00:00:00Z", Day},
	{"tr", "12 Kas 2024 14:22", "2024-11-12T14:22:00Z", Minute},
	{"tr", "12 Ağu 2024", "2024-08-12T00:00:00Z", Day},
	{"tr", "12 MAYIS 2024", "2024-05-12T00:00:00Z", Day},
	{"tr", "12 ARALIK 2024", "2024-12-12T00:00:00Z", Day},
	// Nordic and Baltic.
	{"sv", "Publicerad 5 mars 2024 kl. 14.22", "2024-03-05T14:22:00Z", Minute},
	{"da", "5. marts 2024 kl. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"no", "Publisert 5. mars 2024 kl. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"fi", "Julkaistu 5.3.2024 klo 14.22", "2024-03-05T14:22:00Z", Minute},
	{"fi", "5. maaliskuuta 2024 klo 14:22", "2024-03-05T14:22:00Z", Minute},
	{"et", "5. märts 2024 kell 14:22", "2024-03-05T14:22:00Z", Minute},
	{"lv", "2024. gada 5. marts 14:22", "2024-03-05T14:22:00Z", Minute},
	{"lv", "5. marts, 2024", "2024-03-05T00:00:00Z", Day},
	{"lv", "2024. gada 5. martā 14:22", "2024-03-05T14:22:00Z", Minute},
	{"lt", "2024 m. kovo 5 d. 14:22", "2024-03-05T14:22:00Z", Minute},
	{"lt", "2024-03-05 14:22", "2024-03-05T14:22:00Z", Minute},
	// Catalan, Basque, Galician, Albanian.
	{"ca", "5 de març de 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"ca", "12 d'octubre de 2024", "2024-10-12T00:00:00Z", Day},
	{"ca", "12 de gener de 2024", "2024-01-12T00:00:00Z", Day},
	{"gl", "12 de xaneiro de 2024", "2024-01-12T00:00:00Z", Day},
	{"sq", "12 tetor 2024, 14:22", "2024-10-12T14:22:00Z", Minute},
	{"sq", "5 mars 2024 ora 14:22", "2024-03-05T14:22:00Z", Minute},
	// Indonesian, Malay, Filipino, Vietnamese, Thai.
	{"id", "Selasa, 05 Mar 2024 14:22 WIB", "2024-03-05T07:22:00Z", Minute},
	{"id", "5 Maret 2024 pukul 14.22 WIB", "2024-03-05T07:22:00Z", Minute},
	{"id", "12 Agu 2024", "2024-08-12T00:00:00Z", Day},
	{"id", "12 Des 2024", "2024-12-12T00:00:00Z", Day},
	{"ms", "5 Mac 2024 2:22 petang", "2024-03-05T14:22:00Z", Minute},
	{"tl", "Marso 5, 2024", "2024-03-05T00:00:00Z", Day},
	{"tl", "Hunyo 12, 2024", "2024-06-12T00:00:00Z", Day},
	{"vi", "Thứ ba, 5/3/2024, 14:22 (GMT+7)", "2024-03-05T07:22:00Z", Minute},
	{"vi", "05/03/2024 lúc 14:22", "2024-03-05T14:22:00Z", Minute},
	{"th", "5 มี.ค. 2567 14:22 น.", "2024-03-05T14:22:00Z", Minute},
	// Arabic, Persian, Urdu, Hebrew.
	{"ar", "5 مارس 2024 - 02:22 م", "2024-03-05T14:22:00Z", Minute},
	{"ar", "الثلاثاء 05 مارس 2024 الساعة 14:22", "2024-03-05T14:22:00Z", Minute},
	{"fa", "۱۵ اسفند ۱۴۰۲ ساعت ۱۴:۲۲", "2024-03-05T14:22:00Z", Minute},
	{"fa", "۵ مارس ۲۰۲۴", "2024-03-05T00:00:00Z", Day},
	{"ur", "5 مارچ 2024", "2024-03-05T00:00:00Z", Day},
	{"ur", "12 اکتوبر 2024", "2024-10-12T00:00:00Z", Day},
	{"he", "5 במרץ 2024 בשעה 14:22", "2024-03-05T14:22:00Z", Minute},
	// Hindi, Bengali.
	{"hi", "5 मार्च 2024, 02:22 PM IST", "2024-03-05T08:52:00Z", Minute},
	{"bn", "৫ মার্চ ২০২৪, ১৪:২২", "2024-03-05T14:22:00Z", Minute},
	{"ta", "5 மார்ச் 2024, 14:22", "2024-03-05T14:22:00Z", Minute},
	{"te", "12 అక్టోబర్ 2024", "2024-10-12T00:00:00Z", Day},
	{"gu", "5 માર્ચ 2024", "2024-03-05T00:00:00Z", Day},
	{"kn", "ಮಾರ್ಚ್ 05, 2024 14:22 IST", "2024-03-05T08:52:00Z", Minute},
	{"ml", "12 ഒക്ടോബർ 2024", "2024-10-12T00:00:00Z", Day},
	{"pa", "5 ਮਾਰਚ 2024", "2024-03-05T00:00:00Z", Day},
	// Chinese, Japanese, Korean.
	{"zh", "发布时间：2024-03-05 14:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年03月05日 下午2:22", "2024-03-05T14:22:00Z", Minute},
	{"zh", "2024年3月5日 14時22分", "2024-03-05T14:22:00Z", Minute},
	{"ja", "2024年3月5日 午後2時22分", "2024-03-05T14:22:00Z", Minute},
	{"ja", "2024/03/05 14:22 JST", "2024-03-05T05:22:00Z", Minute},
	{"ko", "입력 2024.03.05. 오후 2:22", "2024-03-05T14:22:00Z", Minute},
	{"ko", "2024년 3월 5일 14시 22분", "2024-03-05T14:22:00Z", Minute},
	// Swahili, Azerbaijani, Uzbek, Kazakh.
	{"sw", "5 Machi 2024", "2024-03-05T00:00:00Z", Day},
	{"sw", "12 Oktoba 2024", "2024-10-12T00:00:00Z", Day},
	{"az", "12 oktyabr 2024, 14:22", "2024-10-12T14:22:00Z", Minute},
	{"az", "5 mart 2024", "2024-03-05T00:00:00Z", Day},
	{"kk", "12 қазан 2024", "2024-10-12T00:00:00Z", Day},
}

// TestWorldStamps runs every line of worldStamps through Parse (a value read from metadata or a
// date element) and Find (the same words in a line of text).
func TestWorldStamps(t *testing.T) {
	checkWorldStamps(t, worldStamps)
}

// checkWorldStamps asks Parse, and Find inside a sentence, for every row of a stamp table.
func checkWorldStamps(t *testing.T, rows []worldStamp) {
	t.Helper()
	for _, tt := range rows {
		for _, how := range []string{"Parse", "Find"} {
			if how == "Find" && tt.lang == "meta" {
				continue // a metadata value's form, read by Parse only
			}
			var st Stamp
			var ok bool
			if how == "Parse" {
				st, ok = Parse(tt.in, Context{})
			} else {
				st, _, _, ok = Find("Story. "+tt.in+" Next", Context{})
			}
			if tt.want == "" {
				if ok {
					t.Errorf("%s %s(%q) = %v, want none", tt.lang, how, tt.in, st.Time)
				}
				continue
			}
			got := st.Time.UTC().Format(time.RFC3339)
			if !ok || got != tt.want || st.Precision != tt.prec {
				t.Errorf("%s %s(%q) = %s %v (%v), want %s %v", tt.lang, how, tt.in, got, st.Precision, ok, tt.want, tt.prec)
			}
		}
	}
}
