package extract_test

import (
	"strings"
	"testing"
)

// TestColumnCardTimesNotPublication: a Russian story dated by its printed <time
// itemprop="datePublished"> above the headline, with a dateModified equal to it to the second, followed by a rail of columnists' cards, each a link holding a <time> with
// its own stamp ("08:06" today, "02.07.2023, 07:57" the day before), is dated by its own stamp:
// an earlier card's date is another story's. Made-up page.
func TestColumnCardTimesNotPublication(t *testing.T) {
	para := "Министерство труда опубликовало проект постановления о повышении минимального размера оплаты труда со следующего года. "
	card := func(title, datetime, printed string) string {
		return `<a class="b_ear" href="/column/` + datetime[:10] + `.shtml"><div class="b_ear-textblock">
<div class="b_ear-author-name">Иван Петров</div><div class="b_ear-title">` + title + `</div>
<time class="b_ear-time" datetime="` + datetime + `">` + printed + `</time></div></a>`
	}
	page := `<html lang="ru"><head><title>Минимальный размер оплаты труда вырастет</title></head><body>
<article class="b_article" itemscope itemtype="https://schema.org/Article">
<div class="b_article-header"><time class="time" itemprop="datePublished" pubdate datetime="2023-07-03T18:10:16+03:00">03 июля 2023, 18:10</time>
<h1 itemprop="headline">Минимальный размер оплаты труда вырастет</h1>
<meta itemprop="dateModified" content="2023-07-03T18:10:16+03:00"></div>
<div class="b_article-text" itemprop="articleBody"><p>` + strings.Repeat(para, 6) + `</p></div></article>
<aside class="b_rightcol"><div class="b_slider">` + card("О чем будут новые сериалы", "2023-07-03T08:06:53+03:00", "08:06") +
		card("Почему взорвался батискаф", "2023-07-02T07:57:59+03:00", "02.07.2023, 07:57") +
		card("Лето без отпуска", "2023-07-01T08:01:55+03:00", "01.07.2023, 08:01") + `</div></aside></body></html>`
	checkPublishedClock(t, []struct{ name, url, html, want string }{
		{"columnists' cards after the story", "https://www.example.ru/social/2023/07/03/17227874.shtml", page, "2023-07-03T18:10:16+03:00"},
	})
}
