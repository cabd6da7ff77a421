package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// fuzz31Story is a paragraph of story text for FuzzRules31's pages.
var fuzz31Story = strings.Repeat("The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after sixty years. ", 3)

// fuzz31Pages are pages built around two strings with the markup the thirty-first round's rules
// read: a description list's bare "Datum:" term before a printed release clock under JSON-LD
// dates, CJK weekdays between a date and its clock, Bengali half-days, a French "H" clock, a
// Persian-digit Solar Hijri stamp (date31); nests of divs, lists, tables, anchors and embeds that
// readability's cleanConditionally judges (tidy31).
func fuzz31Pages(s, h string) []string {
	es, eh := html.EscapeString(s), html.EscapeString(h)
	story := `<p>` + fuzz31Story + `</p>`
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + strings.ReplaceAll(eh, `"`, ``) +
		`","datePublished":"2024-03-05T09:12:44+01:00","dateModified":"2024-03-06T08:40:02+01:00"}</script>`
	return []string{
		`<html lang="de"><head><title>` + eh + `</title>` + ld + `</head><body><article><h1>` + eh + `</h1><dl class="article-date"><dt class="visually-hidden">` +
			es + `</dt><dd class="postdate"><time datetime="2024-03-05T14:22:00+01:00">` + eh + `</time></dd></dl>` + story +
			`<dl><dt>Datum:</dt><dd>` + es + ` 14:22 Uhr</dd><dt>Date:</dt><dd>` + eh + `</dd></dl>` + story + `</article></body></html>`,
		`<html lang="zh"><head><title>` + eh + `</title></head><body><h1>` + eh + `</h1><div class="date">2024年3月5日 ` + es + ` 14:22</div>` +
			`<span class="time">2024/03/05 (` + es + `) ` + eh + `</span>` + story + `<p class="byline">` + eh + ` 星期二 下午2:22</p>` + story + `</body></html>`,
		`<html lang="bn"><head><title>` + eh + `</title></head><body><h1>` + eh + `</h1><div class="date">প্রকাশ: ৫ মার্চ ২০২৪, ০২:২২ ` + es + `</div>` + story +
			`<div class="time">۱۴۰۲/۱۲/` + es + ` ۱۴:۲۲</div><div class="date">05 mars 2024 - ` + es + `H22</div>` + story + `</body></html>`,
		`<html><head><title>` + eh + `</title></head><body><div class="article">` + strings.Repeat(`<div><ul><li>`+es+`</li></ul><table><tr><td>`, 3) + story +
			`<a href="#` + es + `">` + eh + `</a><iframe src="` + es + `"></iframe>` + strings.Repeat(`</td></tr></table></div>`, 3) + story +
			`<form><input><p>` + es + `, ` + eh + `</p></form></div></body></html>`,
	}
}

// FuzzRules31 feeds two strings to the thirty-first round's rules merged in fuzz31 (issue 20,
// branch fuzz31): labelledNamed reads what labelled reads and names a subset of its
// publications (date31); pubdate's Find reads the
// round's stamp forms around the strings with its span in the text. Then Extract reads pages
// built around the strings with every rule's markup (checkFuzzPage).
func FuzzRules31(f *testing.F) {
	for _, s := range []string{
		// date31
		"Datum:", "Date:", "Дата:", "Veröffentlicht:", "Aktualisiert:", "Published", "05.03.2024 14:22 Uhr", "Datum: 05.03.2024 14:22",
		"星期二", "週二", "周二", "(週二)", "（星期二）", "화요일", "火曜日", "周末", "下午2:22", "오후 2:22", "পিএম", "এএম", "14H22", "۱۴۰۲/۱۲/۱۵",
		"05 مارس ,2024: 02:22 م", "1402/12/15",
		// tidy31
		"#top", " #a", "https://www.youtube.com/embed/x", "a, b, c, d, e, f, g, h, i, j, k", "\u00a0", "\u3000", "\v",
		"", " ", "\xff", "\xe3\x80", "a",
	} {
		f.Add(s, "Jane Roe")
	}
	f.Add("Datum:", "05.03.2024 14:22 Uhr")
	f.Add("星期二", "14:22")
	f.Fuzz(func(t *testing.T, s, h string) {
		if len(s) > 2048 || len(h) > 2048 {
			return
		}
		valid := utf8.ValidString(s) && utf8.ValidString(h)

		// date31's labelledNamed.
		d := dateReader{visible: pubdate.Context{Loc: time.UTC}}
		for _, v := range []string{s, s + " " + h, "Datum: " + s, "Date: " + s + " " + h, "Veröffentlicht: " + s, s + " Datum: 05.03.2024 14:22 Uhr"} {
			pub, mod := d.labelled(v)
			pub2, mod2, named := d.labelledNamed(v)
			if !slices.Equal(pub, pub2) || !slices.Equal(mod, mod2) {
				t.Fatalf("labelledNamed(%q) reads %v %v, labelled %v %v", v, pub2, mod2, pub, mod)
			}
			for _, c := range named {
				if !slices.Contains(pub, c) {
					t.Fatalf("labelledNamed(%q) names %v, no publication of %v", v, c, pub)
				}
			}
		}
		for _, v := range []string{"2024年3月5日 " + s + " 14:22", "2024/03/05 (" + s + ") " + h, "৫ মার্চ ২০২৪, ০২:২২ " + s, "۱۴۰۲/۱۲/" + s, s + "H" + h} {
			if _, start, end, ok := pubdate.Find(v, pubdate.Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("pubdate.Find(%q) = [%d, %d)", v, start, end)
			}
		}

		// Whole pages: no error, and every word of the body stands in the page.
		for _, page := range fuzz31Pages(s, h) {
			checkFuzzPage(t, page, valid)
		}
	})
}
