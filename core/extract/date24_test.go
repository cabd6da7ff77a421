package extract_test

import (
	"strings"
	"testing"
)

// TestPrintedDates24: a page whose only date is printed under its headline in Thai with a
// Buddhist Era year, in Persian digits (by name or in numbers, Solar Hijri), in Arabic-Indic
// digits, or with a Czech, Finnish, Croatian, Bulgarian or Indonesian month name is dated by
// it. Before, none of these was read and the page had no date. Made-up pages.
func TestPrintedDates24(t *testing.T) {
	page := func(lang, title, date, para string) string {
		return `<html lang="` + lang + `"><head><title>` + title + `</title></head><body><h1>` + title + `</h1>
<div class="date">` + date + `</div><div class="article"><p>` + strings.Repeat(para, 5) + `</p></div></body></html>`
	}
	th := "คณะรัฐมนตรีมีมติเห็นชอบมาตรการช่วยเหลือเกษตรกรผู้ปลูกข้าวในฤดูกาลนี้ โดยจะเริ่มจ่ายเงินภายในสิ้นเดือน "
	fa := "وزیر اقتصاد در نشست خبری امروز از برنامههای جدید دولت برای کنترل تورم و حمایت از تولید داخلی خبر داد. "
	ar := "أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية جديدة للتطعيم تشمل جميع المحافظات خلال الأسابيع المقبلة. "
	cs := "Vláda ve středu schválila návrh zákona, který má zjednodušit stavební řízení a zkrátit lhůty úřadů. "
	fi := "Hallitus esitti keskiviikkona uutta lakia, jonka tarkoitus on nopeuttaa rakennuslupien käsittelyä kunnissa. "
	hr := "Vlada je u srijedu usvojila prijedlog zakona kojim se pojednostavljuje postupak izdavanja građevinskih dozvola. "
	bg := "Правителството одобри в сряда законопроект, който трябва да опрости процедурите по издаване на разрешения. "
	id := "Pemerintah menyetujui rancangan undang-undang baru yang bertujuan mempercepat proses perizinan bangunan. "
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"Thai, Buddhist Era, abbreviation touching its year", "https://www.example.co.th/news/123456",
			page("th", "ครม.เห็นชอบมาตรการช่วยชาวนา", "เผยแพร่: 21 ม.ค.2561 14:05 น.", th), "2018-01-21T14:05:00+07:00"},
		{"Thai, full month name and เวลา", "https://www.example.co.th/news/123457",
			page("th", "ครม.เห็นชอบมาตรการช่วยชาวนา", "วันที่ 12 มกราคม 2566 เวลา 10:30 น.", th), "2023-01-12T10:30:00+07:00"},
		{"Persian digits, Solar Hijri in numbers", "https://www.example.ir/news/98765",
			page("fa", "برنامه جدید دولت برای کنترل تورم", "تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۴:۳۰", fa), "2020-05-10T14:30:00+04:30"},
		{"Persian digits, Solar Hijri by name", "https://www.example.ir/news/98766",
			page("fa", "برنامه جدید دولت برای کنترل تورم", "دوشنبه ۲ تیر ۱۳۹۹", fa), "2020-06-22T00:00:00+04:30"},
		{"Arabic-Indic digits", "https://www.example.com.eg/news/4321",
			page("ar", "حملة وطنية جديدة للتطعيم", "الثلاثاء ١ / ١٢ / ٢٠٢٠", ar), "2020-12-01T00:00:00+02:00"},
		{"Czech genitive month", "https://www.example.cz/zpravy/vlada-schvalila-zakon",
			page("cs", "Vláda schválila stavební zákon", "28. března 2022 14:05", cs), "2022-03-28T14:05:00+02:00"},
		{"Finnish partitive month", "https://www.example.fi/uutiset/hallitus-esitti-lain",
			page("fi", "Hallitus esitti lain", "10. helmikuuta 2020", fi), "2020-02-10T00:00:00+02:00"},
		{"Croatian genitive month", "https://www.example.hr/vijesti/vlada-usvojila-zakon",
			page("hr", "Vlada usvojila zakon", "5. svibnja 2019. u 12:40", hr), "2019-05-05T12:40:00+02:00"},
		{"Bulgarian month", "https://www.example.bg/novini/pravitelstvoto-odobri",
			page("bg", "Правителството одобри законопроект", "12 септември 2017, 09:15", bg), "2017-09-12T09:15:00+03:00"},
		{"Indonesian month", "https://www.example.co.id/berita/pemerintah-setujui-ruu",
			page("id", "Pemerintah setujui RUU perizinan", "Selasa, 5 Maret 2019 14:30 WIB", id), "2019-03-05T14:30:00+07:00"},
	})
}
