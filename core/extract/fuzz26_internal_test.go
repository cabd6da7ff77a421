package extract

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"

	"paperboy/core/pubdate"
)

// FuzzRules26 feeds two strings to the twenty-sixth round's rules merged in lead26 (issue 20,
// branch fuzz26): a site's online desk account, the closing "Name, post" sign-off, Devanagari
// names with spacing marks, a capitals byline's joined co-author, role-and-initial accounts,
// column bylines, Korean screen-capture sign-offs, co-authored closing credits and lower-case
// given names (authors26, new26a); a caption's <p> in a <figcaption> (byline26); a heading near
// the title, breadcrumb lines, a marked <h1> (title26); the stamp-pair labels of seventeen
// languages and the printed release (dates26); reader polls, print notes and spaced picture
// credits, merged later (body26, new26b). None may panic, and each keeps to what it
// promises: lowerGivenName only capitalises the given name's first letter, headingNearTitle
// returns one of the headings, a writtenByRe line passes writtenByLead's cheap test, the names
// read from valid text are valid text, cutPrintNote keeps a head of the body, a poll's box
// holds a radio.
func FuzzRules26(f *testing.F) {
	fuzzPairs(f, "Council rebuilds the old ferry pier", []string{
		// authors26, new26a: bylines and sign-offs.
		"Example Now Digital", "Example Now Bureau", "Jane Roeburn", "सुनीता वर्मा, संवाददाता", "Jane Roeburn, Special Correspondent",
		"Jane Roeburn, Treasurer", "By JANE ROEBURN, TOM EXAMPLE and ANA SAMPLEZ", "Editor M", "Admin K", "Tuesday Column By JANE ROEBURN ",
		"Photo By JANE ROEBURN", "홍길동 / 화면캡처 유튜브", "백아영 / 캡처 유튜브", "लखनऊ ब्यूरो", "डिजिटल डेस्क", "ज्योतिका ग्रोवर",
		"Von Jana Rosenthal", "This article was co-authored by Jana Rosenthal and Milo Dragan.", "This article was co-authored by Jana Rosenthal & Milo Dragan.",
		"This piece was written by Jana Rosenthal.", "Co-written by Jana Rosenthal", "This column is written by Jana Rosenthal",
		"Von: jana Rosenthal und Milo Dragan", "By Milo Dragan and jana Rosenthal", "Von: von Rosenthal und Milo Dragan", "Von: mit Rosenthal und Milo Dragan",
		"ıstanbul Roe and Jane Roe", "ǆane Roe & Jane Roe", "ß Roe and A B", "jana Rosenthal", "jana", " und ", "&",
		// title26
		"Home > Headlines > Council rebuilds the old ferry pier", "Harbour ferry pier finally reopens", "Harbour ferry pier reopens", "Courier",
		"Lions lock sidelined for half a year", "You are here: Home", "首页 - 新闻",
		// dates26
		"अपडेटेड: 06 मार्च 2024, 09:00 IST | प्रकाशित: 05 मार्च 2024, 10:00 IST", "আপডেট: ০৬ মার্চ ২০২৪, ০৯:০০ | প্রকাশিত: ০৫ মার্চ ২০২৪, ১০:০০",
		"עודכן: 06.03.2024 09:00 | פורסם: 05.03.2024 10:00", "Cập nhật: 06/03/2024 09:00 | Đăng: 05/03/2024 10:00",
		"Güncelleme: 06.03.2024 09:00 | Yayınlanma: 05.03.2024 10:00", "更新：2024-03-06 09:00 | 发布：2024-03-05 10:00",
		"به\u200cروزرسانی: ۱۴۰۲/۱۲/۱۶ - ۰۹:۰۰ | تاریخ انتشار: ۱۴۰۲/۱۲/۱۵ - ۱۰:۰۰", "อัปเดต 6 มี.ค. 2567 09:00 น. | เผยแพร่ 5 มี.ค. 2567 10:00 น.",
		"Frissítve: 2024. 03. 06. 09:00 | Közzétéve: 2024. 03. 05. 10:00", "投稿日: 2015年03月04日 11時13分 JST", "２０２２年１１月３日 １８：４５",
		"", " ", "\xff", "\xe0\xa5", "\xef\xbc\x99", "İ", "ǅ",
	}, [][2]string{{"jana Rosenthal", "Milo Dragan"}, {"Milo Dragan", "jana Rosenthal"}}, func(t *testing.T, s, h string, valid bool) {
		story := strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 2)

		// authors26, new26a: the lower-case given name is the only change lowerGivenName makes.
		for _, sep := range []string{" and ", " und ", " & ", ", ", s} {
			for _, pair := range [][2]string{{s, h}, {h, s}, {strings.ToLower(s), h}} {
				raw, next := pair[0], pair[1]
				out := lowerGivenName(raw, next, sep, "part")
				if out == "part" {
					continue
				}
				words := strings.Fields(raw)
				r, size := utf8.DecodeRuneInString(words[0])
				if len(words) != 2 || !unicode.IsLower(r) || out != string(unicode.ToUpper(r))+words[0][size:]+" "+words[1] {
					t.Fatalf("lowerGivenName(%q, %q, %q) = %q", raw, next, sep, out)
				}
			}
		}
		for _, b := range []string{s, "Von: " + strings.ToLower(s) + " und " + h, "By " + h + " and " + strings.ToLower(s), s + ", Special Correspondent",
			"By " + strings.ToUpper(s) + ", " + strings.ToUpper(h) + " and ANA SAMPLEZ", "Editor " + s, s + " Digital"} {
			for _, name := range splitAuthors(b) {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("splitAuthors(%q) holds %q", b, name)
				}
			}
			cleanName(b)
			looksLikeName(strings.Fields(b))
			isPublisherCredit(b, []string{squash(s), squash(h), "examplenow", "examplenownews"})
			joinedName(strings.ToLower(b), strings.ToLower(s))
		}
		isCapitalisedName(s)
		lowerLetters(s)
		if m := koNamePictureLine.FindStringSubmatch(s); m != nil && !strings.HasPrefix(s, m[1]) {
			t.Fatalf("koNamePictureLine on %q: %q", s, m)
		}
		// A column's byline and a closing sign-off among bold paragraphs and paragraphs.
		bold := []boldPara{{text: s, opening: true}, {text: "Tuesday Column By " + s, opening: true, prev: h},
			{text: h, closing: true, prev: story}, {text: s + " Opinion by " + h, opening: true}}
		body := story + "\n\n" + h + "\n\n" + story + "\n\n" + s
		for _, names := range [][]string{signature(body, bold), postSignOff(body, h+"\n\n"+s), postSignOff(story+"\n\n"+s+"\n\n"+h, story+"\n\n"+s),
			writtenBySignOff(body, story+"\n\n"+s+"\n\n"+h), writtenBySignOff(story + "\n\nThis article was co-authored by " + s + " and " + h + ".")} {
			for _, name := range names {
				if valid && !utf8.ValidString(name) {
					t.Fatalf("sign-off from %q, %q holds %q", s, h, name)
				}
			}
		}
		for _, line := range []string{s, normSpace(s), "This article was co-" + s, "The story was " + s, s + " " + h} {
			p := normSpace(line)
			if len(p) <= 120 && writtenByRe.MatchString(p) && !writtenByLead(strings.ToLower(p)) {
				t.Fatalf("writtenByRe matches %q, which writtenByLead turns away", p)
			}
		}
		if m := columnByRe().FindStringSubmatch(s); m != nil && !strings.HasSuffix(s, m[1]) {
			t.Fatalf("columnByRe on %q: %q", s, m)
		}

		// byline26: a paragraph in a figcaption, however deep.
		page := "<body><h1>" + html.EscapeString(h) + "</h1><figure><figcaption>" + strings.Repeat("<div>", len(s)%12) + "<p>" +
			html.EscapeString(s) + "</p></figcaption></figure><p>" + html.EscapeString(s) + "</p></body>"
		if doc, err := html.Parse(strings.NewReader(page)); err == nil {
			forEachElement(doc, func(n *html.Node) { inFigcaption(n) })
		}

		// title26: the heading near the title is one of the headings.
		headings := []string{s, h, s + " " + h, h + " " + s, strings.ToLower(h), "Harbour ferry pier finally reopens"}
		titles := []string{h, s + " | " + h, h + " - Site", "Harbour ferry pier reopens | ktv7.example"}
		if got := headingNearTitle(headings, titles); got != "" && !slices.Contains(headings, got) {
			t.Fatalf("headingNearTitle(%q, %q) = %q", headings, titles, got)
		}
		youAreHereLine(s)
		youAreHereLine("Home > " + s)
		lines := []pageLine{{text: s}, {text: h}, {text: "Home > Headlines > " + h}}
		reading := "Home > Headlines > " + h + "\n\n" + h + "\n\n" + s + "\n\n" + story
		if got := headlineOpeningReading(lines, reading, s, headings); valid && !utf8.ValidString(got) {
			t.Fatalf("headlineOpeningReading on %q, %q = %q", s, h, got)
		}

		// body26, new26b (merged into lead26 after f8e7b36): the print edition's note is cut off a
		// body's tail, the spaced picture credits and the captions above them, a reader poll's
		// box holds a radio of the page.
		for _, body := range []string{s, story + "\n\n" + s, story + "\n\nThis article appeared in the " + s + " section of the print edition\n\n" + h,
			story + "\n\n" + h + "\n\nPhoto : " + s + "\n\n" + story} {
			if out := cutPrintNote(body); !strings.HasPrefix(body, out) {
				t.Fatalf("cutPrintNote(%q) = %q", body, out)
			}
			dropPictureCreditLines(body)
		}
		for _, line := range []string{s, "Photo : " + s, s + " : " + h} {
			labelledCredit(line)
			captionCredit(line)
			captionAbove(line)
		}
		poll := "<body><article><div><p>" + html.EscapeString(h) + "</p>" + strings.Repeat(`<label><input type="radio" name="`+html.EscapeString(s)+`">`+html.EscapeString(s)+`</label>`, 1+len(h)%4) +
			`</div><input type="radio" name="` + html.EscapeString(h) + `"></article></body>`
		if doc, err := html.Parse(strings.NewReader(poll)); err == nil {
			var radios []*html.Node
			forEachElement(doc, func(n *html.Node) {
				if pollRadio(n) {
					radios = append(radios, n)
				}
			})
			for _, box := range pollBoxes(radios) {
				if pollStop(box) || !slices.ContainsFunc(radios, func(r *html.Node) bool { return isAncestor(box, r) }) {
					t.Fatalf("pollBoxes on %q: a box %v that holds no radio", poll, box.Data)
				}
			}
		}

		// dates26: the labels of stamp pairs around the strings; printedRelease keeps one of
		// its stamps.
		var d dateReader
		for _, text := range []string{s, s + " " + h, "प्रकाशित: " + s, "আপডেট: " + s + " | প্রকাশিত: " + h, "更新：" + s, "Publicat " + s} {
			pub, mod := d.labelled(text)
			for _, c := range slices.Concat(pub, mod) {
				if c.st.Time.IsZero() {
					t.Fatalf("labelled(%q): a zero stamp", text)
				}
			}
		}
		meta, _, _, okm := pubdate.Find("5 March 2024 10:00 +0100", pubdate.Context{})
		if st, _, _, ok := pubdate.Find(s, pubdate.Context{}); ok && okm {
			cands := []dateCand{{meta, rankMeta}}
			shown := []dateCand{{st, rankVisible}}
			got := printedRelease(meta, cands, shown, shown)
			if d := got.Time.Sub(meta.Time); !got.Time.Equal(meta.Time) && (!got.Zoned || d < 2*time.Minute-time.Second || d >= releaseAfterSave+time.Minute) {
				t.Fatalf("printedRelease(%v, printed %v) = %v", meta, st, got)
			}
			if got := printedRelease(meta, cands, []dateCand{{st, rankMeta}}, shown); !got.Time.Equal(meta.Time) && got.Time.Truncate(time.Minute).Equal(st.Time.Truncate(time.Minute)) && st.Zoned {
				t.Fatalf("printedRelease(%v, printed %v) = %v over a modification value at the printed minute", meta, st, got)
			}
		}
	})
}

// TestWrittenByLeadCoWritten26: writtenByLead, the cheap test before writtenByRe, turned away
// lines the expression reads: "Co-written by …" and "This column is written by …" (found by
// FuzzRules26), so a guest piece closing with such a credit named no writer.
func TestWrittenByLeadCoWritten26(t *testing.T) {
	para := strings.Repeat(`<p>Open networks only stay open when the code that runs them treats every participant the same way, whoever they are and whatever they build.</p>`, 4)
	for closing, want := range map[string][]string{
		"Co-written by Jana Rosenthal and Milo Dragan.":  {"Jana Rosenthal", "Milo Dragan"},
		"This column is written by Jana Rosenthal.":      {"Jana Rosenthal"},
		"This article was co-written by Jana Rosenthal.": {"Jana Rosenthal"},
	} {
		doc := `<html><head><title>Why open networks need neutral code</title></head><body><article><h1>Why open networks need neutral code</h1>` +
			para + `<p>` + closing + `</p></article></body></html>`
		r, err := Extract("https://example.com/op-ed", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		checkAuthors(t, closing, r.Authors, want)
	}
}
