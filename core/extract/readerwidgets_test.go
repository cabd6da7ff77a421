package extract

import (
	"strings"
	"testing"
)

// ruStory is a Russian story of n paragraphs, long enough to be the page's story.
func ruStory(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>Абзац " + string(rune('А'+i)) + ": в понедельник городской совет проголосовал за ремонт старого моста, " +
			"после того как жители пожаловались, что объезд добавляет полчаса к каждой поездке.</p>")
	}
	return b.String()
}

// widgetPage puts a Russian story and the markup after it in one column, the way a 2011 news
// site prints its reader widgets and link lists under the text, with no telling class.
func widgetPage(after string) string {
	return `<html><head><title>Мост отремонтируют</title></head><body><div id="content"><h1>Мост отремонтируют</h1>` +
		ruStory(5) + after + `</div></body></html>`
}

// TestReaderWidgetsEndStory checks the widgets a site prints under the story for its readers:
// the notice asking them to report a typo with Ctrl+Enter, the form rating the article. Nothing
// after them is the story: share codes, link lists, other stories' teasers follow.
func TestReaderWidgetsEndStory(t *testing.T) {
	cases := map[string]string{
		"typo": `<p>Нашли опечатку? Выделите ее и нажмите Ctrl+Enter</p><p>Код для блога:</p><p><a href="/lj">Livejournal</a></p>` +
			`<p><a href="/ya">Я.ру</a></p><p>Показать результат</p>`,
		"typo, long": `<p>Если вы заметили ошибку, выделите необходимый текст новости и нажмите Ctrl+Enter, чтобы сообщить об этом редакции.</p>` +
			`<p>Новости</p><p>Читают</p><p>Комментируют</p><p><a href="/1">Во Львовской области разрушили памятник 07 апреля</a></p>`,
		"typo, uk": `<p>Помітили помилку? Виділіть її мишкою та натисніть Ctrl+Enter</p><p><a href="/n">Новини України</a></p><p>завантаження...</p>`,
		"rating": `<div class="rate"><p>Спасибо! Ваша мнение учтено.</p><p>Оцените, пожалуйста, статью. Нам важно Ваше мнение.</p></div>` +
			`<h3>Как действовать при пожаре и взрыве</h3><p>Основными причинами пожара являются неисправности в электрических сетях, нарушение технологического режима и неосторожное обращение с огнём в быту.</p>`,
		"rating, en": `<p>Rate this article:</p><p>(Hover over the stars then click to rate)</p><p>Thanks, your rating has been counted!</p>` +
			`<p>Last Article</p><p>Generosity is key to a happy marriage, say researchers who followed two thousand couples for a decade. Read more...</p>`,
	}
	for name, after := range cases {
		r, err := Extract("https://example.ru/news/most", []byte(widgetPage(after)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Абзац А:") || !strings.Contains(r.Body, "Абзац Д:") {
			t.Errorf("%s: body lost the story: %.300q", name, r.Body)
			continue
		}
		if i := strings.Index(r.Body, "Абзац Д:"); strings.Contains(r.Body[i:], "\n") {
			t.Errorf("%s: body kept what follows the story: %q", name, r.Body[i:])
		}
	}
}

// TestReaderWidgetWordsInProseStay checks story sentences about typos, keyboards and ratings.
func TestReaderWidgetWordsInProseStay(t *testing.T) {
	for _, p := range []string{
		"<p>Редакция признала ошибку: в тексте закона, по словам депутатов, была опечатка, и её исправят до второго чтения.</p>",
		"<p>Сочетание клавиш Ctrl+Enter в новом редакторе отправляет письмо, объяснил разработчик, и многие пользователи жалуются на случайные отправки.</p>",
		"<p>Rate this article's claims against the record: the council voted twice on the bridge in 2010, and both times it chose to repair it.</p>",
	} {
		page := `<html><head><title>Мост отремонтируют</title></head><body><div id="content"><h1>Мост отремонтируют</h1>` +
			ruStory(3) + p + ruStory(2) + `</div></body></html>`
		r, err := Extract("https://example.ru/news/most", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSuffix(strings.TrimPrefix(p, "<p>"), "</p>")
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lost %q: %q", want, r.Body)
		}
	}
}

// TestRussianLinkListHeadingsEndStory checks the headings Russian sites print over the links to
// other stories under the text, inside the story's own paragraph markup ("Ссылки по теме:",
// "Больше по теме", "Читайте в разделе «Бизнес»:"), with each link's section and date under it.
func TestRussianLinkListHeadingsEndStory(t *testing.T) {
	item := `<span><b><a href="/r/1">Мэрия закрыла на ремонт второй мост через реку до весны</a></b><br>// <a href="/">Новости</a> // <a href="/r/">В России</a> // <a href="/a/">16 декабря 2011 г.</a></span><br>`
	for _, head := range []string{"<b>Ссылки&nbsp;по&nbsp;теме:</b>", "<b>Больше по теме</b>", "<b>Читайте в разделе «Бизнес/Финансы»:</b>"} {
		after := `<p style="clear: both">` + head + `<hr>` + item + item + item + `</p>`
		r, err := Extract("https://example.ru/news/most", []byte(widgetPage(after)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Абзац А:") || !strings.Contains(r.Body, "Абзац Д:") {
			t.Errorf("%s: body lost the story: %.300q", head, r.Body)
			continue
		}
		if i := strings.Index(r.Body, "Абзац Д:"); strings.Contains(r.Body[i:], "\n") {
			t.Errorf("%s: body kept what follows the story: %q", head, r.Body[i:])
		}
	}
}

// TestTagLineEndsStory checks the line of topic tags a site prints under the story ("Тэги:
// Зюганов, Жириновский", "TAGI: kangur, atak", "Теги: фильм, плагиат"): the comments, app
// promotions and weather boxes after it are the page's, not the story's.
func TestTagLineEndsStory(t *testing.T) {
	for _, tags := range []string{"Тэги: ремонт, мост, городской совет", "TAGI: most, remont, rada miasta", "Теги: мост, ремонт"} {
		after := `<p>` + tags + `</p><p>Скачай наше iPhone приложение</p><p>Будьте в курсе горячих новостей Украины и мира</p>` +
			`<p>GenghisHaim 5 Января 2012 01:08:57</p><p>Представьте, когда б незадачливый вендор ремонтировал мосты так же, как наш совет, мы бы давно плавали на лодках.</p>`
		r, err := Extract("https://example.ru/news/most", []byte(widgetPage(after)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Абзац А:") || !strings.Contains(r.Body, "Абзац Д:") {
			t.Errorf("%s: body lost the story: %.300q", tags, r.Body)
			continue
		}
		if i := strings.Index(r.Body, "Абзац Д:"); strings.Contains(r.Body[i:], "\n") {
			t.Errorf("%s: body kept what follows the story: %q", tags, r.Body[i:])
		}
	}
	// An empty "Tags:" label among a review's fields lists no tags: the review goes on under it.
	empty := `<html><head><title>Мост отремонтируют</title></head><body><div id="content"><h1>Мост отремонтируют</h1>` +
		ruStory(3) + `<p>Product: Bridge Paint</p><p>Tags:</p>` + `<p>Results: the paint held through the winter, and the council will order more of it for the second bridge next spring.</p></div></body></html>`
	if r, err := Extract("https://example.ru/news/most", []byte(empty)); err != nil {
		t.Fatal(err)
	} else if !strings.Contains(r.Body, "Results: the paint held") {
		t.Errorf("an empty tag label cut the story: %q", r.Body)
	}
	// A tag line over the story (the header's topics) leaves the story in place.
	page := `<html><head><title>Мост отремонтируют</title></head><body><div id="content"><h1>Мост отремонтируют</h1><p>Теги: мост, ремонт</p>` +
		ruStory(5) + `</div></body></html>`
	r, err := Extract("https://example.ru/news/most", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "Абзац А:") || !strings.Contains(r.Body, "Абзац Д:") {
		t.Errorf("a tag line above the story cut it: %.300q", r.Body)
	}
}

// TestParagraphCommentCounterGoes checks the comment counter a site sets at the start of every
// paragraph, a link to that paragraph's comments whose text is the count ("<a class="comments_count"
// title="Оставить комментарий">0</a>Жительница …"): read as text it glues the count to the
// paragraph's first word.
func TestParagraphCommentCounterGoes(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString(`<p id="p_` + string(rune('0'+i)) + `"><a class="article-commented-link comments_count" title="Оставить комментарий" href="#c">` +
			string(rune('0'+i)) + `</a>Жительница провинции намерена продать метеорит номер ` + string(rune('А'+i)) + `, упавший близ ее дома, сообщила в четверг радиостанция, и покупатели уже звонят.</p>`)
	}
	page := `<html><head><title>Метеорит</title></head><body><div class="article-text"><h1>Метеорит</h1>` + b.String() + `</div></body></html>`
	r, err := Extract("https://example.ru/news/meteor", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(r.Body, "Жительница провинции") != 5 {
		t.Fatalf("body lost the story: %q", r.Body)
	}
	for _, p := range strings.Split(r.Body, "\n\n") {
		if !strings.HasPrefix(p, "Жительница") {
			t.Errorf("a paragraph kept its comment counter: %q", p)
		}
	}
}

// TestLabelledAuthorBoxGoes checks the writer's box under a post that a label line opens with the
// writer's name ("Author: Richard Darell", "Written by Marie LeBaron") and the bio under it names
// again: the box goes, a bio closing the piece without the label stays (TestAuthorCardGoes).
func TestLabelledAuthorBoxGoes(t *testing.T) {
	for _, label := range []string{"Author: Cora Lintz", "Written by Cora Lintz"} {
		box := `<p>` + label + `</p><p>Cora Lintz is the founder and CEO of the Gazette, a news outlet that reports daily on bridges. She lives in Ohio.</p>`
		r, err := Extract("https://example.com/bridge", []byte(furnPage(box)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 5:") {
			t.Errorf("%s: body lost the story: %q", label, r.Body)
		}
		if strings.Contains(r.Body, "Cora Lintz") {
			t.Errorf("%s: body kept the author box: %q", label, r.Body)
		}
	}
}

// TestEntryFootersEndStory checks the lines a blog theme prints right under the post: a WordPress
// theme's entry meta, a comment system's label ("blog comments powered by Disqus", "No comments
// yet."). What follows them is the page's. A paper's print-edition note is left to the story.
func TestEntryFootersEndStory(t *testing.T) {
	for _, footer := range []string{
		"This entry was posted on Monday, October 15th, 2012 at 4:48 pm and posted in Life. You can follow any responses to this entry through the RSS 2.0 feed.",
		"You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
		"blog comments powered by Disqus",
		"No comments yet.",
	} {
		after := `<p>` + footer + `</p><p>NEWSLETTER SIGN UP</p><p>MOST POPULAR POSTS</p><p><a href="/x">Ferry fares rise in spring as the council votes on the budget</a></p>`
		r, err := Extract("https://example.com/bridge", []byte(furnPage(after)))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, "Bridge paragraph 0:") || !strings.Contains(r.Body, "Bridge paragraph 5:") {
			t.Errorf("%.30s: body lost the story: %q", footer, r.Body)
			continue
		}
		if i := strings.Index(r.Body, "Bridge paragraph 5:"); strings.Contains(r.Body[i:], "\n") {
			t.Errorf("%.30s: body kept what follows the story: %q", footer, r.Body[i:])
		}
	}
}

// TestPrintEditionNoteStays checks that a paper's note on its print edition closing the story is
// left to it: references disagree on whether it belongs to the story.
func TestPrintEditionNoteStays(t *testing.T) {
	note := "A version of this article appeared in print on July 24, 2012, on page A9 of the New York edition with the headline: Bridge Stays Open."
	r, err := Extract("https://example.com/bridge", []byte(furnPage(`<p>`+note+`</p>`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, note) {
		t.Errorf("body lost the print-edition note: %q", r.Body)
	}
}
