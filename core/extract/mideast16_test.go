package extract

import (
	"strings"
	"testing"
	"time"
)

// Synthetic pages for the classes sixteenth-mideast's misses showed (issue 20, sixteenth round):
// Hebrew and Turkish news pages. The texts are written for these tests.

// heStory is a Hebrew story paragraph: "The city council approved the new budget today after a
// long debate, and the mayor said that it is an important day for the residents."
const heStory = "מועצת העיר אישרה היום את התקציב החדש לאחר דיון ארוך, וראש העיר אמר כי מדובר ביום חשוב לתושבים ולעסקים בעיר."

// heFlash builds a one-paragraph Hebrew news flash: JSON-LD whose author is the section
// ("חדשות", News) and whose datePublished is ld, a printed date line, the story and a closing
// line sign (empty: none).
func heFlash(ld, printed, sign string) string {
	closing := ""
	ldSign := ""
	if sign != "" {
		closing = "<p>&nbsp;</p><p>(" + sign + ")</p>"
		ldSign = "   (" + sign + ")"
	}
	return `<html lang="he"><head><meta charset="utf-8"><title>המועצה אישרה את התקציב</title>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"המועצה אישרה את התקציב",
"datePublished":"` + ld + `","author":{"@type":"Person","name":"חדשות"},"articleBody":"` + heStory + ldSign + `"}</script>
</head><body><div class="header"><h1 class="art_header_title">המועצה אישרה את התקציב</h1>
<div class="art_header_footer"><span class="art_header_footer_author">פורסם: ` + printed + `</span></div></div>
<div class="art_body"><div class="text14"><p>` + heStory + `</p>` + closing + `
<div class="findMistake"><a href="/mistake">מצאתם טעות? כתבו לנו</a></div></div></div>
<div class="contactAuthor"><span>פנייה לכתב/ת</span></div>
</body></html>`
}

// A JSON-LD time that is the local clock moved the wrong way and labelled UTC ("16:20:15z" for
// a flash printed at 14:20 in Israel, +02:00 in March): the printed clock is the local time, and
// the offset is Israel's, not the difference between the two turned negative.
func TestDateSignFlippedOffset(t *testing.T) {
	r := extract15(t, "https://www.example.co.il/articles/1", heFlash("2021-03-10T16:20:15z", "10.03.21 , 14:20", "דנה כהן"))
	if want := time.Date(2021, 3, 10, 14, 20, 15, 0, time.FixedZone("", 2*3600)); !r.Published.Equal(want) {
		t.Errorf("published = %v, want %v", r.Published, want)
	}
	if _, off := r.Published.Zone(); off != 2*3600 {
		t.Errorf("offset = %d, want +02:00", off)
	}
	// In summer (+03:00) the same.
	r = extract15(t, "https://www.example.co.il/articles/2", heFlash("2020-05-22T18:08:48z", "22.05.20 , 15:08", ""))
	if want := time.Date(2020, 5, 22, 15, 8, 48, 0, time.FixedZone("", 3*3600)); !r.Published.Equal(want) {
		t.Errorf("summer: published = %v, want %v", r.Published, want)
	}
}

// The section named as the JSON-LD author ("חדשות", News) is nobody; the story's closing
// parenthesised sign-off is its writer. Without a sign-off nobody is named, and the "contact
// the reporter" button is no byline.
func TestAuthorsClosingSignOff(t *testing.T) {
	r := extract15(t, "https://www.example.co.il/articles/1", heFlash("2021-03-10T16:20:15z", "10.03.21 , 14:20", "דנה כהן"))
	checkAuthors(t, "sign-off", r.Authors, []string{"דנה כהן"})
	r = extract15(t, "https://www.example.co.il/articles/1", heFlash("2021-03-10T16:20:15z", "10.03.21 , 14:20", ""))
	checkAuthors(t, "no sign-off", r.Authors, nil)
	for _, sign := range []string{"סוכנויות", "רויטרס", "example", "צילום: דנה כהן", "With AFP", "AP", "3 בינואר"} {
		r = extract15(t, "https://www.example.co.il/articles/1", heFlash("2021-03-10T16:20:15z", "10.03.21 , 14:20", sign))
		checkAuthors(t, "sign-off "+sign, r.Authors, nil)
	}
	// In another script the words must be capitalised like a name.
	body := storyText15 + "<p>(Anna Weber)</p>"
	checkAuthors(t, "German sign-off", pageAuthorsOf(t, "https://www.example.de/a", "", `<h1>Um título para o teste</h1>`+body), []string{"Anna Weber"})
	// Run into the last paragraph after a closing quotation mark, a character of three bytes.
	body = storyText15 + "<p>Der Minister sagte am Abend: „Wir werden es zu Ende bringen.“ (Anna Weber)</p>"
	checkAuthors(t, "sign-off after a quote", pageAuthorsOf(t, "https://www.example.de/a", "", `<h1>Um título para o teste</h1>`+body), []string{"Anna Weber"})
	body = storyText15 + "<p>(mit Material von dpa)</p>"
	checkAuthors(t, "German credit", pageAuthorsOf(t, "https://www.example.de/a", "", `<h1>Um título para o teste</h1>`+body), nil)
}

// A desk or an agency as the byline or the metadata author is nobody: walla's "מערכת" (the
// desk) and the agencies in Hebrew, Turkish ("Haber" news, DHA, İHA) and Arabic.
func TestAuthorsMideastDesks(t *testing.T) {
	for _, by := range []string{"רויטרס", "סוכנויות הידיעות", "מערכת האתר", "Örnek Ajansı", "DHA", "İHA", "وكالة الأنباء"} {
		got := pageAuthorsOf(t, "https://www.example.com/a", "", `<h1>Um título para o teste</h1><div class="author">`+by+`</div>`+storyText15)
		checkAuthors(t, "byline "+by, got, nil)
		got = pageAuthorsOf(t, "https://www.example.com/a", `<meta name="author" content="`+by+`">`, `<h1>Um título para o teste</h1>`+storyText15)
		checkAuthors(t, "meta "+by, got, nil)
	}
	got := pageAuthorsOf(t, "https://www.example.com/a", "", `<h1>Um título para o teste</h1><div class="author">דנה כהן</div>`+storyText15)
	checkAuthors(t, "a person", got, []string{"דנה כהן"})
	// The site's name and the Turkish word for news is the site's desk; "Haber" after another
	// name is a surname.
	site := `<meta property="og:site_name" content="Örnekgazete">`
	got = pageAuthorsOf(t, "https://www.ornekgazete.com.tr/a", site, `<h1>Um título para o teste</h1><div class="author">Örnekgazete Haber</div>`+storyText15)
	checkAuthors(t, "site desk", got, nil)
	got = pageAuthorsOf(t, "https://www.ornekgazete.com.tr/a", site, `<h1>Um título para o teste</h1><div class="author">Paul Haber</div>`+storyText15)
	checkAuthors(t, "surname", got, []string{"Paul Haber"})
}

// A one-paragraph flash whose block under the headline is only its date line: the story
// paragraph is the body, not the date line.
func TestBodyFlashOverDateLine(t *testing.T) {
	r := extract15(t, "https://www.example.co.il/articles/1", heFlash("2021-03-10T16:20:15z", "10.03.21 , 14:20", "דנה כהן"))
	if !strings.HasPrefix(r.Body, heStory) {
		t.Errorf("body = %.80q, want the story paragraph", r.Body)
	}
}

// heBreak builds a walla-style flash: the day in a date block, the time in a block of its own
// before the headline, a zone-less og:published_time (empty: none).
func heBreak(meta, day, clock string) string {
	head := ""
	if meta != "" {
		head = `<meta property="og:published_time" content="` + meta + `"/>`
	}
	return `<html lang="he"><head><meta charset="utf-8"><title>המועצה אישרה את התקציב - אתר</title>` + head + `</head><body>
<nav><ul><li><a href="/">חדשות</a></li></ul></nav>
<div class="dates"><div class="date-part-1">יום שישי ` + day + `</div><div class="date-part-2">תאריך עברי</div></div>
<section><div class="right-side"><div class="time">` + clock + `</div></div><div class="left-side"><div class="body">
<h1 class="title">המועצה אישרה את התקציב</h1><div class="author"><span>דנה כהן</span></div>
<div class="content"><p>` + heStory + `</p></div></div></div></section></body></html>`
}

// A day printed in one block and the time in another is one stamp, in Israel's time; a zone-less
// og:published_time on a Hebrew page is Israel's clock, not UTC.
func TestDateSeparateClockBlock(t *testing.T) {
	idt := time.FixedZone("", 3*3600)
	r := extract15(t, "https://news.example.co.il/break/1", heBreak("", "22.05.2020", "16:14"))
	if want := time.Date(2020, 5, 22, 16, 14, 0, 0, idt); !r.Published.Equal(want) || r.PublishedDateOnly {
		t.Errorf("joined: published = %v (day only %v), want %v", r.Published, r.PublishedDateOnly, want)
	}
	r = extract15(t, "https://news.example.com/break/1", heBreak("2021-06-23 16:49", "23.06.2021", "16:49"))
	if want := time.Date(2021, 6, 23, 16, 49, 0, 0, idt); !r.Published.Equal(want) {
		t.Errorf("zone-less meta: published = %v, want %v", r.Published, want)
	}
	// A time in a list of other stories beside the day is not the story's.
	page := strings.Replace(heBreak("", "22.05.2020", "16:14"), `<div class="right-side"><div class="time">16:14</div></div>`, ``, 1)
	page = strings.Replace(page, `<section>`, `<ul class="roll"><li><span class="time">10:09</span><a href="/other">כותרת של ידיעה אחרת באתר</a></li></ul><section>`, 1)
	r = extract15(t, "https://news.example.co.il/break/1", page)
	if !r.PublishedDateOnly {
		t.Errorf("roll: published = %v, want the day only", r.Published)
	}
	// A Turkish page's printed clock is Turkey's (+03:00 all year since 2016).
	page = `<html lang="tr"><head><title>Başlık</title></head><body><h1>Belediye meclisi yeni bütçeyi onayladı</h1>
<div class="date">Yayınlanma: 24.12.2016 14:06</div><p>` + strings.Repeat("Belediye meclisi uzun bir tartışmanın ardından yeni bütçeyi bu hafta onayladı ve başkan bunun kent için iyi bir gün olduğunu söyledi. ", 4) + `</p></body></html>`
	r = extract15(t, "https://www.example.com.tr/a", page)
	if want := time.Date(2016, 12, 24, 14, 6, 0, 0, idt); !r.Published.Equal(want) {
		t.Errorf("Turkish: published = %v, want %v", r.Published, want)
	}
}

func TestJoinSeparateClock(t *testing.T) {
	for _, tt := range []struct {
		in    []string
		clock string
		want  string
	}{
		{[]string{"Friday 22.05.2020", "other calendar", "16:14"}, "16:14", "Friday 22.05.2020 16:14"},
		{[]string{"9:10", "14.07.2021"}, "9:10", "14.07.2021 9:10"},
		{[]string{"22.05.2020 16:14", "17:00"}, "17:00", "22.05.2020 16:14"},   // the date holds its time
		{[]string{"22.05.2020", "23.05.2020", "16:14"}, "16:14", "22.05.2020"}, // another day between
		{[]string{"22.05.2020", "16:14:00 x"}, "", "22.05.2020"},
		{[]string{"22.05.2020", "25:14"}, "", "22.05.2020"},
		{[]string{"28.11.2011", "18:39", "18:13"}, "18:39", "28.11.2011"}, // a news roll's times
	} {
		if got := joinSeparateClock(tt.in, tt.clock); got[0] != tt.want && got[len(got)-1] != tt.want {
			t.Errorf("joinSeparateClock(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDetectLangMideast(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Belediye meclisi uzun bir tartışmanın ardından yeni bütçeyi onayladı ve başkan bunun kent için çok iyi bir gün olduğunu söyledi. Bu karar ile birlikte daha fazla yatırım yapılacak.", "tr"},
		{heStory, "he"},
		{"وافق مجلس المدينة اليوم على الميزانية الجديدة بعد نقاش طويل، وقال رئيس البلدية إنه يوم مهم للسكان.", "ar"},
		{"شورای شهر امروز پس از بحثی طولانی بودجه جدید را تصویب کرد و شهردار گفت که این روز مهمی برای ساکنان است.", "fa"},
		{"شہر کی کونسل نے آج طویل بحث کے بعد نیا بجٹ منظور کر لیا اور میئر نے کہا کہ یہ شہریوں کے لیے اہم دن ہے۔", "ur"},
	} {
		if got := detectLang(tt.text); got != tt.want {
			t.Errorf("detectLang(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
