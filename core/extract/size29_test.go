package extract_test

import (
	"strings"
	"testing"
)

// size29Pages are synthetic pages built of n repeats of the markup the twenty-ninth round's
// rules merged in fuzz29 read (issue 20, branch fuzz29): style attributes spelling their hiding
// words in mixed case, long class lists, divs of one paragraph, long texts in several
// languages, scripts full of "pub" keys (speed29); the presses' words between a date and its
// time and the half-day markers, Baltic, Indic and Catalan dates, hour-only ISO offsets, the new
// publication labels (date29); picture and translation credits, agencies after "with", Czech
// "a", brackets in lower case, "The" outlets, the new "by" words, Japanese "文・" (auth29);
// appeal boxes headed by the outlet's name, closing appeals, German entry meta, toasts (body29);
// stacked bylines, "par X et Y" lines, a byline under a nest of sidebars that hold the
// headline (new29). Extracted at growing n by TestSizes29Linear and TestSizes29Time.
func size29Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	each := repeatEach(n)
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	langHead := func(lang string) string {
		return `<html lang=` + lang + `><title>` + title + `</title><body><h1>` + title + `</h1>`
	}
	pages := map[string]string{}

	// speed29: hiding styles, class lists, single-child divs, language words, script keys.
	pages["styles"] = head + story + rep(`<div style="COLOR:red;DiSpLaY : NoNe;visibility:HIDDEN"><p>Hidden words here.</p></div><span style="`+rep("nonE hiddeN ", 8)+`">x</span>`, n)
	pages["classlists"] = head + story + rep(`<div class="a b c d e f g h i j k l m n o p q r s t u v w x y z tag-news category-world hljs-x share-bar">x</div>`, n)
	pages["singlediv"] = head + rep(`<div><p>`+sentence+`</p></div><div> <span>x</span> </div>`, n)
	pages["langwords"] = `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>` +
		rep(`<p>Il consiglio della città ha approvato la linea del tram del porto mercoledì dopo un anno di ritardi e di polemiche.</p>`, n)
	pages["scriptpub"] = head + `<script>var s = {` + rep(`pubDate: pubDate= pub pubpub publish publication_date: `, n) + `};</script>` + story
	pages["scriptpubs"] = head + rep(`<script>var s = {pubDate: "x", publishedAt = 1, pubDat: 2};</script>`, n) + story

	// date29: time words, half-day markers, Baltic, Indic and Catalan dates, ISO hour offsets.
	pages["timewords"] = langHead("it") + story + rep(`<p>5 marzo 2024 - ore 14:22</p><p>5.3.2024 klo 14.22</p><p>12 d'octubre de 2024 a les 10:30</p>`+
		`<p>5 Μαρτίου 2024 στις 2:22 μ.μ.</p><p>5 Mac 2024 pukul 2:22 petang</p><p>ore ore ore 1:11 pagi 1:11:11 π.μ.</p>`, n)
	pages["timewordline"] = langHead("it") + story + `<p>5 marzo 2024` + rep(` - ore 14:22 kl. 1.11 les 10h30 a les 9:99`, n) + `</p>`
	pages["clockspaces"] = langHead("fi") + story + `<p>5.3.2024` + rep(rep(" ", 40)+"klo 14.22", n) + `</p>`
	pages["baltic"] = langHead("lv") + story + rep(`<p>2024. gada 5. marts 14:22</p><p>2024 m. kovo 5 d. 14:22</p><p>gada m. gada 1. </p>`, n)
	pages["balticline"] = langHead("lt") + story + `<p>` + rep(`2024 m. kovo 5 d. gada `, n) + `</p>`
	pages["indic"] = langHead("ta") + story + rep(`<p>5 மார்ச் 2024, 2:22 PM IST</p><p>ਮਾਰਚ 05, 2024 14:22 IST</p><p>ജനുവരി ജനുവരി 5</p>`, n)
	pages["houroffsets"] = `<html lang=en><head><title>` + title + `</title>` +
		rep(`<meta property="article:published_time" content="2024-03-05T14:22:00+03"><meta name="date" content="2024-03-05T14:22+3">`, n) +
		`</head><body><h1>` + title + `</h1>` + story
	pages["datelabels"] = langHead("es") + story + rep(`<span class="date">Publicada: 5 de marzo de 2024 14:22</span><span>Last update 5 March 2024</span>`+
		`<span>Data publikacji 05.03.2024</span><span>更新時間 2024年3月5日</span><span>نُشر في 5 مارس 2024</span>`, n)

	// auth29: bylines.
	pages["picturecredits"] = head + rep(`<p class="byline">Photo: Jane Roe</p><p class="byline">Photos by Tom Example</p><p class="byline">Additional reporting by Ann Lee</p>`+
		`<p class="byline">Reporting contributed by Ann Lee</p><p class="byline">Фото: Иван Петров</p>`, n) + story
	pages["agencytails"] = head + rep(`<p class="byline">By Jane Roe with Reuters</p><p class="byline">Jean Dupont (avec AFP)</p><p class="byline">Anna Weber mit Material von dpa, AFP</p>`, n) + story
	pages["agencytailline"] = head + `<p class="byline">By Jane Roe with ` + rep(`Reuters and AFP, `, n) + `dpa</p>` + story
	pages["agencymeta"] = `<html lang=en><head><title>` + title + `</title><meta name="author" content="Jane Roe` + rep(` with Reuters and`, n) + ` AFP"></head><body><h1>` + title + `</h1>` + story
	pages["czechand"] = langHead("cs") + rep(`<p class="byline">Jan Novák a Petr Svoboda</p><p class="byline">Jan Novák a Petr Svoboda a Eva Malá</p>`, n) + story
	pages["czechandline"] = langHead("cs") + `<p class="byline">Jan Novák` + rep(` a Petr Svoboda`, n) + `</p>` + story
	pages["bracketposts"] = langHead("fr") + rep(`<p class="byline">Jean Dupont (correspondant à Bruxelles)</p><p class="byline">de Ion Popescu</p>`, n) + story
	pages["theoutlets"] = head + rep(`<p class="byline">By Jane Roe, The Guardian</p><p class="author">The Conversation</p>`, n) + story
	pages["theoutletline"] = head + `<p class="byline">By Jane Roe, The` + rep(` Guardian`, n) + `</p>` + story
	pages["byverbs"] = langHead("de") + rep(`<p class="byline">Ein Beitrag von Anna Weber</p><p class="byline">Von unserer Korrespondentin Anna Weber</p><p class="byline">oprac. Anna Kowalska</p>`, n) + story
	pages["jalabels"] = `<html lang=ja><title>港の桟橋を再建へ</title><body><h1>港の桟橋を再建へ</h1>` + rep(`<p>文・山田太郎</p><p class="byline">文・写真 山田太郎</p><p class="author">글 홍길동</p><p class="author">山田太郎記者</p>`, n) +
		`<p>` + rep("港湾委員会は火曜日、長い議論の末に古い桟橋を再建することを決めた。", 6) + `</p>`

	// body29: appeals and furniture.
	appealBox := `<div class="box"><h3>Support The Harbour News</h3><p>We ask you to make a contribution – no matter how small.</p></div>`
	pages["appealboxes"] = head + story + rep(appealBox, n)
	pages["appealheads"] = head + story + `<div class="box">` + rep(`<h3>Support The Harbour News</h3><span></span>`, n) + `<p>Make a donation.</p></div>`
	pages["appealempty"] = head + story + `<div class="box"><h3>Support The Harbour News</h3>` + rep(`<span></span>`, n) + `<p>Make a donation.</p></div>`
	appeals := `<p>Donate to Harbour Times now.</p><p>This article was made possible by the support of readers like you.</p>` +
		`<p>Contribute as little as $2 to keep our news free for all.</p><p>Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.</p>`
	pages["appeals"] = head + story + story + rep(appeals, n)
	pages["appealsbetween"] = head + rep(story+appeals, n)
	pages["entrymeta"] = langHead("de") + story + rep(`<p>Von Anna am 21/02/2021. Abgelegt unter Hafen. Sie können alle Antworten zu diesem Eintrag verfolgen.</p>`, n)
	pages["toasts"] = head + story + rep(`<div class="toast snackbar">Story Saved. You can find this story in My Bookmarks.</div><div class="donation">Give</div>`, n)

	// new29: stacked bylines, joined names, bylines under sidebars holding the headline.
	pages["stacked"] = `<html lang=es><title>` + title + `</title><body><h1>` + title + `</h1><div class="byline">` +
		each(func(i int) string {
			return `<div class="byline-author">Por <a rel="author" href="/autor/ml">Mauricio Luna</a> 1 de diciembre de 2017</div><div class="mail">mluna@example.com</div>`
		}) + `</div>` + story
	pages["stackedblocks"] = `<html lang=es><title>` + title + `</title><body><h1>` + title + `</h1>` +
		rep(`<div class="byline">Por Mauricio Luna<br>mluna@example.com<br>Por Gisele Sousa Dias<br>@gsousa<br>Por Ana Roe</div>`, n) + story
	pages["joinednames"] = langHead("fr") + rep(`<p class="byline">par Alexandria Sage et Lisa Girion</p>`, n) + story
	sideHead := `<html lang=en><head><title>` + title + `</title><meta property="og:title" content="` + title + `"></head><body>`
	cand := `<figure><figcaption><span class="byline">By Jane Roe</span></figcaption></figure>`
	pages["sidebarnest"] = sideHead + rep(`<div class="theiaStickySidebar">`, 200) + `<h1>` + title + `</h1>` + story + rep(cand, n/4)
	pages["sidebarrows"] = sideHead + rep(`<div class="row large-gray-sidebar"><h1>`+title+`</h1><p class="byline">By Jane Roe</p>`+cand+`</div>`, n)
	return pages
}

// TestSizes29Linear: doubling the repeats of each of size29Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizes29Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, size29Pages(2500), size29Pages(5000), 2500)
}

// TestSizes29Time: doubling the repeats of each of size29Pages at most triples the processor
// time Extract spends on it (judged above 150 ms at the larger size). SIZES29TIME=name times one
// page.
func TestSizes29Time(t *testing.T) {
	if testing.Short() || raceBuild {
		t.Skip("extracts pages of megabytes, timed")
	}
	timeDoublings(t, "SIZES29TIME", size29Pages(2500), size29Pages(5000), 2500)
}
