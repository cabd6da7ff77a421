package extract_test

import (
	"fmt"
	"strings"
	"testing"
)

// size24Pages are synthetic pages built of n repeats of the markup the twenty-fourth round's
// rules read (issue 20, branch fuzz24): bylines in capitals with "Mc", apostrophes and hyphens,
// title-cased "And" between names, second credits after a byline, Chinese labels before a bar,
// a JSON-LD articleBody whose paragraphs run together (with and without the page's paragraphs
// to split it by), Thai and Persian dates, Persian digits, and Czech month names. Extracted at growing n by
// TestSizes24Linear and TestSizes24Time so that growth shows. (Extract takes UTF-8: the repair of
// pages decoded twice is sized in core/fetch, TestDoubleDecodingLinear24.)
func size24Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	pages := map[string]string{}
	each := repeatEach(n)

	// auth24: names in capitals, "And" between title-cased names, credit tails, Chinese bars.
	pages["capsbylines"] = head + rep(`<div class="byline">By ROD McGUIRK AND KATHLEEN O'TOOLE</div>`, n) + story
	pages["capsbylinelong"] = head + `<div class="byline">By ` + rep(`McGUIRK-PARKER O'TOOLE `, n) + `</div>` + story
	pages["titleands"] = `<html lang=en><head><title>T</title><meta name="author" content="Juliet Roe` + rep(` And Ian Doe`, n) + `"></head><body><h1>T</h1>` + story
	pages["credittails"] = head + rep(`<div class="byline">By Jane Roe. Edited by John Doe</div>`, n) + story
	pages["credittaillong"] = head + `<div class="byline">By Jane Roe` + rep(`. Edited by John Doe`, n) + `</div>` + story
	zhSentence := "公司今天召开年度大会，总结过去一年的工作并部署新一年的重点任务。"
	pages["zhbars"] = `<html lang=zh><title>公司召开年度大会</title><body><h1>公司召开年度大会</h1>` + rep(`<p>文 | 张三</p>`, n) + `<p>` + rep(zhSentence, 6) + `</p>`

	// body24: an articleBody run together, the page's paragraphs opening where it glues them.
	paras := make([]string, 0, n)
	for i := range n {
		paras = append(paras, fmt.Sprintf("Paragraph number %d of the story tells the council's vote on the tram.", i))
	}
	ld := func(body string) string {
		return `<html lang=en><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"` +
			title + `","articleBody":"` + body + `"}</script></head><body><h1>` + title + `</h1>`
	}
	pages["ldglued"] = ld(strings.Join(paras, "")) + `<div class="paywall">` + each(func(i int) string { return "<span>" + paras[i] + "</span>" }) + `</div>`
	pages["ldgluedbare"] = ld(strings.Join(paras, "")) + `<p>Subscribe to read.</p>`
	pages["ldgluedone"] = ld(rep("a.B", n)) + `<p>` + rep("a.B", n) + `</p>`

	// date24: Thai and Persian dates, Persian digits, Czech month names.
	pages["thaidates"] = `<html lang=th><title>T</title><body><h1>T</h1>` + rep(`<div class="date">วันที่ 12 มกราคม 2566 เวลา 10:30 น.</div>`, n) + story
	pages["persiandates"] = `<html lang=fa><title>T</title><body><h1>T</h1>` + rep(`<div class="date">تاریخ انتشار: ۱۳۹۹/۰۲/۲۱ - ۱۰:۳۰</div>`, n) + story
	pages["persiandigits"] = `<html lang=fa><title>T</title><body><h1>T</h1><p>` + rep(`۱۲۳۴ `, n) + `</p>` + story
	pages["czechdates"] = `<html lang=cs><title>T</title><body><h1>T</h1>` + rep(`<div class="date">28. března 2022 10:15</div>`, n) + story

	return pages
}

// TestSizes24Linear: doubling the repeats of each of size24Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes24Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size24Pages(4000), size24Pages(8000), 4000)
}

// TestSizes24Time: doubling the repeats of each of size24Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES24TIME=name times one page.
func TestSizes24Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES24TIME", size24Pages(4000), size24Pages(8000), 4000)
}
