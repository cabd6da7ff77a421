package extract

import (
	"net/url"
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
// readability's cleanConditionally judges (tidy31); bylines of a desk over its town and date, a
// writer beside a town the story's capital dateline prints, a role's clause, a closing "Por"
// line, a Chinese columnist's post, CJK photographers' credits (auth31); a list of "kicker:
// headline" links under a heading (body31); pictures linked to the story's own pages (new31).
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
		`<html lang="en"><head><title>` + eh + `</title></head><body><h1>` + eh + `</h1><div class="byline">By: <a href="/agency/x/">` + es + `</a><br>` + eh +
			` | March 22, 2023 10:50 IST</div><div class="byline">` + es + `, ` + eh + `</div><p class="byline">By Jane Roe. ` + es + `: ` + eh + `</p><p>` +
			strings.ToUpper(es) + `: ` + fuzz31Story + `</p><p>` + fuzz31Story + `</p><p>Por ` + es + `</p><p>` + eh + ` / ` + es + `</p></body></html>`,
		`<html lang="zh"><head><title>` + eh + `</title></head><body><h1>` + eh + `</h1><div class="author">` + es + `市場策略師 ` + eh + `（` + es + `）</div>` +
			`<div class="author">記者` + es + `／攝影` + eh + `</div><div class="author">文：` + es + `　写真：` + eh + `</div><div class="author">글 ` + es + ` 사진 ` + eh + `</div>` + story + `</body></html>`,
		`<html lang="de"><head><title>` + eh + `</title></head><body><h1>` + eh + `</h1>` + story + `<h3>` + eh + `</h3><ul><li><strong>` + es +
			`</strong><a href="/a/` + es + `.html">` + eh + `</a></li><li><strong><strong>` + eh + `: </strong></strong><a href="` + es + `">a b c ` + es +
			`</a></li><li> <b>` + es + `?</b> <a href="` + eh + `">` + es + `</a> </li></ul>` + story + `</body></html>`,
		`<html><body><table><tr><td><a href="` + es + `"><img src="` + eh + `" width="180"></a><a href="story12_` + es + `"><span><img src="/p/` + es + `.jpg"></span></a></td><td><h1>` +
			eh + `</h1>` + story + `</td></tr></table></body></html>`,
	}
}

// tehran31 is a zone whose summer and winter offsets have a one-digit hour (+04:30, +03:30).
var tehran31 = time.FixedZone("Tehran", 12600)

// checkRuneMemo31 asks one runeMemo about every node of page, outermost first, and checks each
// answer against textAndLinkRunes (tidy31).
func checkRuneMemo31(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return
	}
	var m runeMemo
	for n := range doc.Descendants() {
		gr, gl := m.textAndLinkRunes(n)
		if wr, wl := textAndLinkRunes(n); gr != wr || gl != wl {
			t.Fatalf("%q, <%s>: runeMemo gives %d runes, %d in links; textAndLinkRunes %d, %d", page, n.Data, gr, gl, wr, wl)
		}
	}
}

// FuzzRules31 feeds two strings to the thirty-first round's rules merged in fuzz31 (issue 20,
// branch fuzz31): labelledNamed reads what labelled reads and names a subset of its
// publications (date31); runeMemo counts as textAndLinkRunes (tidy31, checkRuneMemo31); the
// byline readings of auth31 read any text, foldPrefix and withoutRoleClause leave a tail and a
// head of it; otherPageLink takes no fragment; pubdate's Find reads the
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
		// auth31
		"New Delhi", "NEW DELHI: ", "Express News Service", "PTI", "Staff Writer, New Delhi", "Jane Roe New Delhi", "Traducción: Ana García",
		"translated by John Doe", "María del Carmen Ruiz de Alarcón", "Maria Silva / Estadão Conteúdo", "Juan Pérez, EFE", "por juan pérez",
		"盛寶金融大中華區市場策略師 黃永輝（上述僅為市場資訊提供）", "記者王小明／攝影李大同", "文：山田太郎　写真：鈴木一郎", "글 홍길동 사진 김철수", "JAMES KUNDA, Lusaka",
		"with files from The Canadian Press", "盛寶金融大中華區市場策略師 黃永輝", "By NBC News' Akbar Shinwari and Amna Nawaz", "+3:30", "-3:30", "Agathe Lambret avec Hugues Garnier", "Juan Pérez con Ana García", " con ", "2014-07-09T01:14:00.00+3:30", "Par Le Figaro avec AFP", "İSTANBUL", "ǅ", "ß",
		// body31
		"Warnung: ", "Lighthouse? ", "“Too little, too late”: ", "KI in der Schule？", "#top", "javascript:void(0)", "MAILTO:x@y.z",
		// new31
		"story12_image1.htm?Mode=1", "/20120517/story12-gallery_pos-1.html", "http://[::1", "//other.example.com/story12_x.htm", "%zz",
		"", " ", "\xff", "\xe3\x80", "a",
	} {
		f.Add(s, "Jane Roe")
	}
	f.Add("Datum:", "05.03.2024 14:22 Uhr")
	f.Add("星期二", "14:22")
	f.Add("Jane Roe New Delhi", "New Delhi")
	f.Add("Warnung:", "Ferry company says fares will rise")
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

		// tidy31's runeMemo counts as textAndLinkRunes on every node of pages around the strings
		// (raw, so their markup nests), asked outermost first as preclean asks.
		long := strings.Repeat("The council approved the tram line. ", 16)
		for _, page := range []string{s + h, `<div>` + s + `<div>` + long + h + `<a href="/x">` + s + `</a></div>2024<b>` + h + `</b>` + long + `</div>`,
			strings.Repeat(`<div class="banner">`+s, 6) + long + h + strings.Repeat(`</div>`+h, 6)} {
			checkRuneMemo31(t, page)
		}

		// auth31's byline readings.
		body := strings.ToUpper(s) + ": " + fuzz31Story
		for _, v := range []string{s, h, s + " " + h, strings.ToUpper(s), "Jane Roe " + s} {
			if rest, ok := foldPrefix(v, h); ok && !strings.HasSuffix(v, rest) {
				t.Fatalf("foldPrefix(%q, %q) = %q, no tail of it", v, h, rest)
			}
			capitalDateline(body, v)
			datelinePlace(body, v)
			datelineMark(v)
			if got := withoutDatelineTail(body, v); got != v && !strings.HasPrefix(strings.Join(strings.Fields(v), " "), got) {
				t.Fatalf("withoutDatelineTail(%q, %q) = %q", body, v, got)
			}
			labelledDeskLine(v)
			labelledDeskLine("By: " + v)
			if got := withoutRoleClause(v); got != v && !strings.HasPrefix(v, got) {
				t.Fatalf("withoutRoleClause(%q) = %q", v, got)
			}
			particleWords(strings.Fields(v))
			if got := zhPostName(v); len(got) > 1 || len(got) == 1 && !strings.Contains(v, got[0]) {
				t.Fatalf("zhPostName(%q) = %q", v, got)
			}
			for _, o := range []string{v, "2014-07-09T01:14:00.00" + v} {
				// literalWallClock (date32, over pubdate's Stamp.LiteralOffset) gives the stamp, or
				// its wall clock to the second in loc, zone-less.
				st, ok := pubdate.Parse(o, pubdate.Context{})
				if !ok {
					continue
				}
				for _, loc := range []*time.Location{nil, time.UTC, tehran31} {
					got := literalWallClock(st, loc)
					y, mo, d := st.Time.Date()
					h, mi, sec := st.Time.Clock()
					if got != st && (got.Zoned || got.Precision != st.Precision || got.Time.Location() != loc ||
						!got.Time.Equal(time.Date(y, mo, d, h, mi, sec, 0, loc))) {
						t.Fatalf("literalWallClock(%q, %v) = %+v", o, loc, got)
					}
				}
			}
			if got := coWriterWith(v); got != v {
				a, b, ok := strings.Cut(got, ", ")
				if !ok || !strings.HasPrefix(v, a) || !strings.HasSuffix(v, b) {
					t.Fatalf("coWriterWith(%q) = %q", v, got)
				}
			}
			datedNextLine([]string{"", v, h})
			bylineLine(v)
			bylineLine("By " + v + "; translated by " + h)
			splitAuthors(v)
			casedByline("por " + v)
		}
		closingPor(fuzz31Story+"\n\n"+s+"\n\nPor "+h, s+"\n\n"+h)
		closingPor(fuzz31Story + "\n\n" + h + " / " + s)

		// body31's kicker labels and links; new31's own-page link.
		for _, v := range []string{s, h, s + ":"} {
			kickerLabel(v)
			doc, err := html.Parse(strings.NewReader(`<a href="` + html.EscapeString(v) + `">x</a>`))
			if err == nil {
				if a := findElement(doc, func(n *html.Node) bool { return n.Data == "a" }); a != nil && otherPageLink(a) && (strings.TrimSpace(v) == "" || strings.TrimSpace(v)[0] == '#') {
					t.Fatalf("otherPageLink(%q)", v)
				}
			}
		}

		// Whole pages: no error, and every word of the body stands in the page; new31's
		// picture linked to the story's own page is read at an address of a file.
		for _, page := range fuzz31Pages(s, h) {
			checkFuzzPage(t, page, valid)
			if _, err := Extract("http://news.example.com/20120517/story12.htm", []byte(page)); err != nil {
				t.Fatalf("Extract on %q: %v", page, err)
			}
		}
		for _, u := range []string{"http://news.example.com/" + url.PathEscape(s) + ".htm", "http://news.example.com/" + s} {
			if base, err := url.Parse(u); err == nil {
				ownPageImage(base, []imgTag{{src: h, link: s, width: "180"}, {src: s, link: strings.TrimSuffix(s, ".htm") + "_" + h, width: "400"}})
			}
		}
	})
}
