package extract_test

import (
	"strings"
	"testing"
	"time"

	"paperboy/core/extract"
)

// TestScriptDates26: stamps printed in scripts and digits the date forms did not read — Hindi
// and Marathi month names in Devanagari (whose vowel signs are marks, not letters), Bengali
// names and digits, Devanagari digits, full-width digits in a Japanese stamp, Hebrew month names
// with their prefix ב, and the Vietnamese long form "ngày 5 tháng 3 năm 2024". Each page's only
// date is the printed stamp under its headline. Made-up pages.
func TestScriptDates26(t *testing.T) {
	page := func(lang, title, stamp, para string) string {
		return `<html lang="` + lang + `"><head><title>` + title + `</title></head><body><article><h1>` + title +
			`</h1><div class="article-date">` + stamp + `</div><p>` + strings.Repeat(para+" ", 8) + `</p></article></body></html>`
	}
	hi := "नगर निगम ने बुधवार को नए बजट को मंजूरी दी, जिसमें सड़कों और पानी की आपूर्ति के लिए अधिक धन रखा गया है।"
	bn := "পৌরসভা বুধবার নতুন বাজেট অনুমোদন করেছে, যেখানে রাস্তা ও পানি সরবরাহের জন্য বেশি অর্থ রাখা হয়েছে।"
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"Hindi day-first stamp with IST", "https://www.example.in/news/budget-approved-123",
			page("hi", "नगर निगम ने बजट को मंजूरी दी", "प्रकाशित: 05 मार्च 2024, 14:22 IST", hi), "2024-03-05T14:22:00+05:30"},
		{"Hindi month-first stamp", "https://www.example.in/news/budget-approved-124",
			page("hi", "नगर निगम ने बजट को मंजूरी दी", "सितम्बर 12, 2023 09:05 IST", hi), "2023-09-12T09:05:00+05:30"},
		{"Hindi name with a precomposed nukta", "https://www.example.in/news/budget-approved-125",
			page("hi", "नगर निगम ने बजट को मंजूरी दी", "7 \u095eरवरी 2022", hi), "2022-02-07T00:00:00+05:30"},
		{"Devanagari digits", "https://www.example.in/news/budget-approved-126",
			page("mr", "महापालिकेने अर्थसंकल्प मंजूर केला", "५ ऑक्टोबर २०२१, १०:३० IST", hi), "2021-10-05T10:30:00+05:30"},
		{"Bengali name and digits", "https://www.example.com.bd/news/budget-approved-127",
			page("bn", "পৌরসভা বাজেট অনুমোদন করেছে", "প্রকাশ: ১৮ জানুয়ারি ২০২৩, ১১:৪০ GMT+6", bn), "2023-01-18T11:40:00+06:00"},
		{"Japanese stamp in full-width digits", "https://www.example.jp/news/article-128",
			page("ja", "市議会が予算案を可決", "２０２２年１１月３日 １８：４５ JST",
				"市議会は三日、道路と水道の整備に多くの予算を充てる来年度の予算案を賛成多数で可決した。"), "2022-11-03T18:45:00+09:00"},
		{"Hebrew month name with its prefix", "https://www.example.co.il/news/article-129",
			page("he", "מועצת העיר אישרה את התקציב", "פורסם: 5 במרץ 2024 14:22",
				"מועצת העיר אישרה ביום רביעי את התקציב החדש, שבו הוקצה יותר כסף לכבישים ולאספקת מים."), "2024-03-05T14:22:00+02:00"},
		{"Vietnamese long form", "https://www.example.vn/tin-tuc/hoi-dong-thong-qua-ngan-sach-130",
			page("vi", "Hội đồng thông qua ngân sách", "Ngày 5 tháng 3 năm 2024 14:22 (GMT+7)",
				"Hội đồng thành phố hôm thứ Tư đã thông qua ngân sách mới, dành nhiều tiền hơn cho đường sá và cấp nước."), "2024-03-05T14:22:00+07:00"},
	})
}

// TestStampPairLabels26: a page that prints its update first and its publication after it
// ("Updated … | Published …") in a language whose labels the date reader did not know gave the
// update as the publication; the labels of Hindi, Bengali, Hebrew, Vietnamese, Turkish,
// Indonesian, Arabic, Persian, Chinese (with a colon), Romanian, Ukrainian, Hungarian, Thai and
// the Nordic languages now mark each stamp. Made-up pages without metadata.
func TestStampPairLabels26(t *testing.T) {
	for _, c := range []struct{ lang, stamp, para string }{
		{"hi", "अपडेटेड: 06 मार्च 2024, 09:00 IST | प्रकाशित: 05 मार्च 2024, 10:00 IST", "नगर निगम ने बुधवार को नए बजट को मंजूरी दी, जिसमें सड़कों और पानी की आपूर्ति के लिए अधिक धन रखा गया है।"},
		{"bn", "আপডেট: ০৬ মার্চ ২০২৪, ০৯:০০ | প্রকাশিত: ০৫ মার্চ ২০২৪, ১০:০০", "পৌরসভা বুধবার নতুন বাজেট অনুমোদন করেছে, যেখানে রাস্তা ও পানি সরবরাহের জন্য বেশি অর্থ রাখা হয়েছে।"},
		{"he", "עודכן: 06.03.2024 09:00 | פורסם: 05.03.2024 10:00", "מועצת העיר אישרה ביום רביעי את התקציב החדש, שבו הוקצה יותר כסף לכבישים ולאספקת מים."},
		{"vi", "Cập nhật: 06/03/2024 09:00 | Đăng: 05/03/2024 10:00", "Hội đồng thành phố hôm thứ Tư đã thông qua ngân sách mới, dành nhiều tiền hơn cho đường sá và cấp nước."},
		{"tr", "Güncelleme: 06.03.2024 09:00 | Yayınlanma: 05.03.2024 10:00", "Belediye meclisi çarşamba günü yollar ve su için daha fazla para ayıran yeni bütçeyi onayladı."},
		{"id", "Diperbarui 06 Maret 2024, 09:00 WIB | Diterbitkan 05 Maret 2024, 10:00 WIB", "Dewan kota pada hari Rabu menyetujui anggaran baru yang menyediakan lebih banyak dana untuk jalan dan air."},
		{"ar", "آخر تحديث: 06/03/2024 09:00 | نشر في: 05/03/2024 10:00", "وافق مجلس المدينة يوم الأربعاء على الميزانية الجديدة التي خصصت المزيد من الأموال للطرق والمياه."},
		{"fa", "به\u200cروزرسانی: ۱۴۰۲/۱۲/۱۶ - ۰۹:۰۰ | تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۰:۰۰", "شورای شهر روز چهارشنبه بودجه جدید را تصویب کرد که پول بیشتری برای جاده\u200cها و آب در نظر گرفته است."},
		{"zh", "更新：2024-03-06 09:00 | 发布：2024-03-05 10:00", "市议会周三通过了新预算，为道路和供水安排了更多资金。"},
		{"ro", "Actualizat: 06.03.2024 09:00 | Publicat: 05.03.2024 10:00", "Consiliul a aprobat miercuri noul buget, care alocă mai mulți bani pentru drumuri și apă."},
		{"uk", "Оновлено: 06.03.2024 09:00 | Опубліковано: 05.03.2024 10:00", "Міська рада в середу ухвалила новий бюджет, який передбачає більше грошей на дороги та воду."},
		{"hu", "Frissítve: 2024. 03. 06. 09:00 | Közzétéve: 2024. 03. 05. 10:00", "A közgyűlés szerdán elfogadta az új költségvetést, amely több pénzt szán utakra és vízre."},
		{"sv", "Uppdaterad 6 mars 2024 09:00 | Publicerad 5 mars 2024 10:00", "Kommunfullmäktige antog på onsdagen den nya budgeten som ger mer pengar till vägar och vatten."},
		{"fi", "Päivitetty 6.3.2024 9:00 | Julkaistu 5.3.2024 10:00", "Valtuusto hyväksyi keskiviikkona uuden talousarvion, jossa teille ja vedelle on varattu enemmän rahaa."},
		{"da", "Opdateret 6. marts 2024 09:00 | Publiceret 5. marts 2024 10:00", "Byrådet vedtog onsdag det nye budget, som giver flere penge til veje og vand."},
		{"no", "Oppdatert 6. mars 2024 09:00 | Publisert 5. mars 2024 10:00", "Bystyret vedtok onsdag det nye budsjettet, som gir mer penger til veier og vann."},
		{"th", "อัปเดต 6 มี.ค. 2567 09:00 น. | เผยแพร่ 5 มี.ค. 2567 10:00 น.", "สภาเมืองอนุมัติงบประมาณใหม่เมื่อวันพุธ ซึ่งจัดสรรเงินมากขึ้นสำหรับถนนและน้ำประปา"},
	} {
		html := `<html lang="` + c.lang + `"><head><title>T</title></head><body><article><h1>T</h1><div class="article-date">` +
			c.stamp + `</div><p>` + strings.Repeat(c.para+" ", 8) + `</p></article></body></html>`
		r, err := extract.Extract("https://www.example.com/news/a-123", []byte(html))
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Published.Format("2006-01-02T15:04"); got != "2024-03-05T10:00" {
			t.Errorf("%s %q: Published = %s, want the publication 2024-03-05 10:00", c.lang, c.stamp, r.Published.Format(time.RFC3339))
		}
	}
}

// TestReleaseUnderSameUpdate26: a page that prints its release clock under a publication label
// and the same clock under an update label ("投稿日: … 11時13分 JST", "更新: … 11時13分 JST") was
// never updated; the release still wins over the metadata's earlier save stamp now that 更新:
// is read as an update label. Made-up page.
func TestReleaseUnderSameUpdate26(t *testing.T) {
	para := strings.Repeat("市議会は三日、道路と水道の整備に多くの予算を充てる来年度の予算案を賛成多数で可決した。", 8)
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"publication and update labels over one clock", "https://www.example.jp/2015/03/03/budget_n_123.html",
			`<html lang="ja"><head><title>予算案を可決</title><meta property="article:published_time" content="2015-03-03T20:42:10-05:00"></head><body>
<h1>予算案を可決</h1><div class="times"><span class="posted">投稿日: <time datetime="2015-03-03T21:13:15-05:00">2015年03月04日 11時13分 JST</time></span>
<span class="updated">更新: <time datetime="2015-03-03T21:13:15-05:00">2015年03月04日 11時13分 JST</time></span></div><p>` + para + `</p></body></html>`,
			"2015-03-04T11:13:00+09:00"},
	})
}
