package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"paperboy/core/pubdate"
)

// fuzz30Story is a paragraph of story text for FuzzRules30's pages.
var fuzz30Story = strings.Repeat("The harbour authority said on Tuesday that the old ferry terminal will close at the end of the summer after sixty years. ", 3)

// storyDialogBefore is body30's storyDialog as it was merged: a search of the box's subtree for
// each box asked (fuzz30 keeps each element's answer for the walk: boxFacts).
func storyDialogBefore(n *html.Node) bool {
	if holdsStory(n) || namedStoryBlock(attr(n, "class")) {
		return true
	}
	return findElement(n, func(c *html.Node) bool { return c != n && namedStoryBlock(attr(c, "class")) }) != nil
}

// dialogBoxBefore is body30's dialogBox as it was merged.
func dialogBoxBefore(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head:
		return false
	case atom.Dialog:
		return !storyDialogBefore(n)
	}
	role := attr(n, "role")
	aria := strings.EqualFold(role, "dialog") || strings.EqualFold(role, "alertdialog") || strings.EqualFold(attr(n, "aria-modal"), "true")
	if !aria && !dialogNamed(attr(n, "class")) && !dialogNamed(attr(n, "id")) {
		return false
	}
	if storyDialogBefore(n) {
		return false
	}
	if aria {
		return true
	}
	return findElement(n, dialogControl) != nil // the leaf test is shared; the memo is what is checked
}

// factBoxBefore is body30's factBox as it was merged.
func factBoxBefore(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Head, atom.P:
		return false
	}
	if !factNamed(attr(n, "class")) && !factNamed(attr(n, "id")) {
		return false
	}
	return !textLonger(n, maxFactBox) && !storyDialogBefore(n)
}

// videoCardBoxBefore is body30's videoCardBox as it was merged: every element's whole text read
// for each video box around it.
func videoCardBoxBefore(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Figure, atom.Aside:
	case atom.Article:
		if holdsHeadline(n) {
			return false
		}
	default:
		return false
	}
	if !strings.Contains(attr(n, "class"), "ideo") || textLonger(n, maxMediaFallback) {
		return false
	}
	return findElement(n, func(d *html.Node) bool {
		return d != n && (strings.Contains(attr(d, "class"), "uration") && clipLength(textOf(d)) || clipMinutes(textOf(d)))
	}) != nil
}

// checkBoxFacts30 asks every element of page, in the walk's order and with one boxFacts as
// preclean does, whether it is a dialog, fact or video box, and storyDialog with another as
// dropOutletAppeals does: each answer is the search's. Every element's trimmedTextUpTo is
// TrimSpace(textOf) when that is short enough.
func checkBoxFacts30(t *testing.T, page string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return
	}
	var pre, appeal boxFacts
	forEachElement(doc, func(n *html.Node) {
		if got, want := dialogBox(n, &pre), dialogBoxBefore(n); got != want {
			t.Fatalf("dialogBox on %q, <%s class=%q>: %v, before %v", page, n.Data, attr(n, "class"), got, want)
		}
		if got, want := factBox(n, &pre), factBoxBefore(n); got != want {
			t.Fatalf("factBox on %q, <%s class=%q>: %v, before %v", page, n.Data, attr(n, "class"), got, want)
		}
		if got, want := videoCardBox(n, &pre), videoCardBoxBefore(n); got != want {
			t.Fatalf("videoCardBox on %q, <%s class=%q>: %v, before %v", page, n.Data, attr(n, "class"), got, want)
		}
		if got, want := storyDialog(n, &appeal), storyDialogBefore(n); got != want {
			t.Fatalf("storyDialog on %q, <%s class=%q>: %v, before %v", page, n.Data, attr(n, "class"), got, want)
		}
		whole := strings.TrimSpace(textOf(n))
		for _, limit := range []int{1, 5, 11, 40} {
			got, ok := trimmedTextUpTo(n, limit)
			if want := len(whole) <= limit; ok != want || ok && got != whole {
				t.Fatalf("trimmedTextUpTo(<%s class=%q>, %d) on %q = %q, %v; TrimSpace(textOf) %q", n.Data, attr(n, "class"), limit, page, got, ok, whole)
			}
		}
	})
}

// boxPages30 are pages of the boxes fuzz30's boxFacts answers for: dialogs by class, role and
// element, fact boxes, video cards and <article> cards, nested in each other, holding the story
// or not, with controls and clip lengths under white space.
func boxPages30(s, h string) []string {
	es, eh := html.EscapeString(s), html.EscapeString(h)
	head := `<html><head><title>` + eh + `</title><meta property="og:site_name" content="The Harbour News"></head><body>`
	return []string{
		head + `<div class="x-dialog ` + es + `"><div class="fact-box"><div role="dialog"><h1>` + eh + `</h1><div class="article-body"><p>` + fuzz30Story +
			`</p></div></div><button>Close</button></div><dialog><p>` + es + `</p><input type="hidden"><span role=BUTTON>x</span></dialog></div>` +
			`<article class="b-heute-video"><div class="` + es + `"><dd>2 min</dd></div></article><article class="video"><h1>` + eh + `</h1><dd>3 Min.</dd></article>`,
		head + strings.Repeat(`<div class="qa-dialog `+es+`"><span>`+eh+`</span>`, 6) + `<template><button>x</button></template><div class="entry-content">` +
			es + `</div>` + strings.Repeat(`</div>`, 6) + `<section class="video-card"><span class="duration">` + "\n   5:14 \u00a0" + `</span><span>` + es + `</span></section>`,
		head + `<div class="Video ` + es + `"><span>` + "  \t" + es + "\u2003" + `<b>` + eh + `</b><br>min</span><i>12 mins</i></div>` +
			`<div class="factbox"><div class="fakta-box"><p>` + es + `</p><noscript><h1>x</h1></noscript><main>` + eh + `</main></div></div>` +
			`<div aria-modal="true"><div itemprop="articleBody">` + es + `</div></div><div class="cli-support-theharbournews">` + es + `<input></div>`,
	}
}

// TestBoxFactsMatchSearch30: preclean's and dropOutletAppeals' boxes asked with boxFacts answer
// as the subtree searches body30 merged did, for every element of pages of such boxes nested in
// each other (issue 20, fuzz30).
func TestBoxFactsMatchSearch30(t *testing.T) {
	for _, sh := range [][2]string{{"", ""}, {"story", "Council votes"}, {"2 min", "5:14"}, {"dialog", "article-body"}, {"  ", "\u00a0"}} {
		for _, page := range boxPages30(sh[0], sh[1]) {
			checkBoxFacts30(t, page)
		}
	}
}

// TestBoxFactsWorkBounded30: the boxes of a nest asked in the walk's order read each element
// below them once, not once for each box around it. Counted on a nest of 300 dialog boxes over
// 2,000 elements: body30's searches asked the test of an element once for every box around it
// (300 × 2,000); boxFacts asks it at most once an element.
func TestBoxFactsWorkBounded30(t *testing.T) {
	const depth, width = 300, 2000
	page := `<html><body>` + strings.Repeat(`<div class="x-dialog">`, depth) + strings.Repeat(`<span>a</span>`, width) +
		`<div class="article-body">x</div>` + strings.Repeat(`</div>`, depth) + `</body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	elements := 0
	forEachElement(doc, func(*html.Node) { elements++ })
	asked, searched := 0, 0
	var memo map[*html.Node]bool
	forEachElement(doc, func(n *html.Node) {
		if !dialogNamed(attr(n, "class")) {
			return
		}
		below(&memo, n, true, func(c *html.Node) bool { asked++; return namedStoryBlock(attr(c, "class")) })
		findElement(n, func(c *html.Node) bool { searched++; return c != n && namedStoryBlock(attr(c, "class")) })
	})
	t.Logf("%d elements: %d tests with boxFacts, %d by the searches", elements, asked, searched)
	if asked > elements {
		t.Errorf("boxFacts tested %d elements of %d", asked, elements)
	}
	if searched < depth*width {
		t.Errorf("the searches tested %d elements: the nest is not what this test means", searched)
	}
	var f boxFacts
	forEachElement(doc, func(n *html.Node) { dialogBox(n, &f); factBox(n, &f); videoCardBox(n, &f) })
	for name, m := range map[string]map[*html.Node]bool{"story": f.story, "named": f.named, "control": f.control, "h1": f.h1, "clip": f.clip} {
		if len(m) > elements {
			t.Errorf("boxFacts kept %d %s answers for %d elements", len(m), name, elements)
		}
	}
}

// FuzzRules30 feeds two strings to the thirtieth round's rules merged in fuzz30 (issue 20,
// branch fuzz30): dialog, fact, appeal and video boxes, camel-case promo names, clip lengths in
// minutes, credits beside pictures (body30); zones printed after clocks, Thai dates, minus signs,
// weekdays before a clock, dateCreated's seconds (date30); the bounded texts and shared counts
// of speed30. None may panic; fuzz30's boxFacts and trimmedTextUpTo answer as the searches
// and texts before them, speed30's teaserMarked as its expression; outletKey keeps ASCII letters
// and digits of its input. Then Extract reads pages built around the strings with every rule's
// markup (checkFuzzPage).
func FuzzRules30(f *testing.F) {
	fuzzPairs(f, "Jane Roe", []string{
		// body30
		"b-dialog x-dialog-login", "login-dialog", "interview-dialog", "dialog", "alertdialog", "factbox", "fact-box", "faktaruta", "Faktenbox",
		"has-factbox", "with-fact-box", "cli-support-huffpost", "huffpost-membership", "support-huffpost-entry", "HuffPost", "The Portugal News",
		"PagePromo", "PagePromo-description", "PromoSmall", "promoBox", "promotion", "b-heute-video", "2 min", "3 Min.", "12 mins", "5:14", "credit",
		"photo-credit", "FRANCK FIFE / AFP",
		// date30
		"Last Updated: Apr 29, 2016 08:25 PM IST", "Markets close 16:00:02 (IST)", "9:30 a.m. ET", "10:00 ET 19:30 IST", "14:00 GMT",
		"5 มี.ค. 67 เวลา 14:22 น.", "05/03/2567 14:22", "5.3.2567", "5 มีนาคม 45 คน", "14:22 (GMT−03:00)", "UTC–3", "−5", "5 Mart 2024 Salı 14:22",
		"2024. március 5., kedd 14:22", "2024-03-05T14:22:37+01:00", "2016-04-29T20:25:00", "27.03.2023 18:00 Uhr",
		// speed30
		"5 things to know in 2019", "12 hours ago", "2017年", "...", "\n    Jane Roe\n  ", "By Jane Roe, 5 March 2024 14:22",
		"", " ", "\xff", "\xe2\x88", "\u00a0", "\u2003", "İ", "1:11", "a", " a ",
	}, [][2]string{{"dialog", "article-body"}, {"2 min", "\u00a0 \t"}}, func(t *testing.T, s, h string, valid bool) {

		// body30's names and lengths.
		for _, cls := range []string{s, s + " " + h, "cli-support-" + s, s + "-membership", "Page" + s, s + "Promo"} {
			junkClass(cls)
			camelPromo(cls)
			dialogNamed(cls)
			factNamed(cls)
			for _, site := range []string{s, h, "The Harbour News"} {
				key := outletKey(site)
				for i := 0; i < len(key); i++ {
					if c := key[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') || !strings.Contains(strings.ToLower(site), string(c)) {
						t.Fatalf("outletKey(%q) = %q", site, key)
					}
				}
				if key != "" {
					appealNamed(cls, key)
				}
			}
		}
		if clipMinutes(s) && len(strings.TrimSpace(s)) > 11 || clipLength(s) && len(strings.TrimSpace(s)) > 8 {
			t.Fatalf("clip length %q longer than trimmedTextUpTo reads", s)
		}

		// date30 and speed30: stamps, zones, teaser marks.
		for _, v := range []string{s, s + " " + h, "5 มี.ค. " + s, s + "/2567 เวลา " + h, "14:22 (GMT" + s + ")", "5 Mart 2024 " + s + " 14:22", h + " 04:00 PM " + s} {
			if _, start, end, ok := pubdate.Find(v, pubdate.Context{}); ok && (start < 0 || start > end || end > len(v)) {
				t.Fatalf("pubdate.Find(%q) = [%d, %d)", v, start, end)
			}
			pubdate.Parse(v, pubdate.Context{})
			printedClockZone(v)
			if got, want := teaserMarked(v), strings.Contains(v, "...") || strings.Contains(v, "…") || teaserMarkRe.MatchString(v); got != want {
				t.Fatalf("teaserMarked(%q) = %v, the expression %v", v, got, want)
			}
		}

		// fuzz30's boxFacts and trimmedTextUpTo answer as before, on text Extract would parse.
		if valid {
			for _, page := range boxPages30(s, h) {
				checkBoxFacts30(t, page)
			}
		}

		// Whole pages: no error, and every word of the body stands in the page.
		es, eh := html.EscapeString(s), html.EscapeString(h)
		for _, page := range append(boxPages30(s, h),
			`<html lang="th"><head><title>`+eh+`</title><meta property="og:site_name" content="`+es+`"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T14:22+01:00","dateCreated":"`+
				strings.ReplaceAll(es, `"`, ``)+`"}</script></head><body><article><h1>`+eh+`</h1><div class="date">`+es+`</div><p>`+fuzz30Story+
				`</p><figure><img src="a.jpg"></figure><div class="credit">`+es+`</div><div class="PagePromo">`+eh+`</div><p>`+eh+` 04:00 PM IST</p><p>`+fuzz30Story+`</p></article></body></html>`,
		) {
			checkFuzzPage(t, page, valid)
		}
	})
}
