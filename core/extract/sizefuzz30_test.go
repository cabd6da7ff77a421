package extract_test

import (
	"strings"
	"testing"
)

// sizeFuzz30Pages are synthetic pages built of n repeats of the markup the thirtieth round's rules
// merged in fuzz30 read (issue 20, branch fuzz30): dialog boxes by class, role, aria-modal and
// <dialog>, fact boxes, the outlet's own appeal box named after it, camel-case promo cards, video
// teaser cards with a length in minutes (also <article> cards), credits right after a picture
// (body30); clocks printed with a zone's abbreviation, Thai Buddhist Era dates (numeric, two-digit
// years), minus signs and en dashes in offsets, Turkish and Hungarian weekdays before a clock,
// dateCreated beside datePublished, printed clocks hours after the metadata (date30); date
// elements and byline boxes nested in each other, a sidebar layout's dated items, repeated date
// lines and credits (speed30). The nests are n/12.5 levels deep (200 and 400: the parser stops at
// 512 open elements). Extracted at growing n by TestSizesFuzz30Linear (bytes, not time: the dialog nests of
// n elements deep in n/12.5 levels stay ×4 in time through readability's own walks, older than
// this round).
func sizeFuzz30Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := func(s string, k int) string { return strings.Repeat(s, k) }
	depth := n * 2 / 25
	nest := func(open, inner, close string) string { return rep(open, depth) + inner + rep(close, depth) }
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	langHead := func(lang string) string {
		return `<html lang=` + lang + `><title>` + title + `</title><body><h1>` + title + `</h1>`
	}
	siteHead := `<html lang=en><head><title>` + title + `</title><meta property="og:site_name" content="The Harbour News"></head><body>`
	pages := map[string]string{}

	// body30: dialogs, fact boxes, appeal boxes, promo cards, video cards, credits.
	pages["dialogs"] = head + story + rep(`<div class="b-dialog x-dialog-login"><p>Log in to read on.</p><button>Close</button></div>`+
		`<div role="dialog"><p>Age check</p></div><div aria-modal="true">Logged out</div><dialog>Privacy</dialog>`, n)
	pages["dialognest"] = head + story + nest(`<div class="qa-dialog"><span>Q.</span>`, `<p>Answer.</p>`, `</div>`) + story
	pages["dialognestwide"] = head + story + nest(`<div class="qa-dialog">`, rep(`<span>Q.</span>`, n), `</div>`) + story
	pages["dialogstorynest"] = siteHead + nest(`<div role="dialog" class="support-theharbournews factbox qa-dialog"><i>x</i>`,
		`<article><h1>`+title+`</h1>`+story+`</article>`, `</div>`)
	pages["dialogstorywide"] = siteHead + nest(`<div role="dialog" class="support-theharbournews factbox qa-dialog">`,
		rep(`<span class="x">a</span>`, n)+`<div class="article-body">`+story+`</div>`, `</div>`)
	pages["dialogbig"] = head + story + `<div class="x-dialog">` + rep(`<span class="a b c d e f">x</span>`, n) + `<button>Close</button></div>`
	pages["factboxes"] = langHead("sv") + story + rep(`<div class="faktaruta"><h3>Fakta</h3><ul><li>Bron byggs 2025.</li></ul></div><div class="has-factbox">y</div>`, n)
	pages["factnest"] = head + story + nest(`<div class="fact-box"><b>Fact.</b>`, `<div class="entry-content">`+story+`</div>`, `</div>`)
	pages["appeals"] = siteHead + `<h1>` + title + `</h1>` + story + rep(`<div class="cli-support-theharbournews"><p>Support The Harbour News</p></div>`+
		`<div class="theharbournews-membership support x">z</div>`, n)
	pages["appealnest"] = siteHead + nest(`<div class="support-theharbournews"><b>Give.</b>`, `<h1>`+title+`</h1>`+story, `</div>`)
	pages["appealclass"] = siteHead + `<h1>` + title + `</h1>` + story + `<div class="` + rep(`support theharbournews-x `, n) + `">z</div>`
	pages["promos"] = head + story + rep(`<div class="PagePromo-description PromoSmall StoryPromoUl promotion">Other story</div>`, n)
	pages["promoclass"] = head + story + `<div class="` + rep(`aPromoB`, n) + ` ` + rep(`aB`, n) + `">x</div>`
	pages["videocards"] = langHead("de") + story + rep(`<article class="b-heute-video"><div class="player"></div><p>Clip.</p><dd>2 min</dd></article>`+
		`<div class="video-card"><span class="duration">5:14</span></div>`, n)
	pages["articlenest"] = head + nest(`<article class="story"><span>a</span>`, story, `</article>`)
	pages["videonest"] = head + story + nest(`<div class="video"><span>1</span>`, `<span>2 min</span>`, `</div>`)
	pages["videowsnest"] = head + story + nest(`<div class="video"><span>1</span>`, `<span>2 mix`+rep(" ", 2*n)+`</span>`, `</div>`)
	pages["videowide"] = head + story + `<div class="video">` + nest(`<span>`, ``, `</span>`) + rep(`<i></i>`, n) + `<span>2 min</span></div>`
	pages["credits"] = head + story + rep(`<figure><img src="a.jpg"></figure><div class="credit">AFP</div><img src="b.jpg"><!-- c --> <span class="photo-credit">Reuters</span>`, n)
	pages["creditgaps"] = head + story + `<img src="a.jpg">` + rep(`<!-- c --> `, n) + `<div class="credit">AFP</div>` + story

	// date30: zone names after clocks, Thai dates, minus signs, weekdays, dateCreated, releases.
	pages["zoneclocks"] = head + story + rep(`<p>Markets close 04:00 PM IST, 16:00:02 (IST) and 9:30 a.m. ET</p>`, n)
	pages["zoneclockline"] = head + story + `<p>` + rep(`1:11 `, n) + `04:00 PM IST</p>`
	pages["zonespaces"] = head + story + `<p>04:00` + rep(" ", 20*n) + `PM` + rep(" ", 20*n) + `IST</p>`
	pages["thai"] = langHead("th") + story + rep(`<p>5 มี.ค. 67 เวลา 14:22 น.</p><p>05/03/2567 เวลา 14:22 น.</p><p>5.3.2567</p><p>มี.ค. 45 คน</p>`, n)
	pages["thailine"] = langHead("th") + story + `<p>` + rep(`มี.ค. 67 2567/2567. 25 `, n) + `</p>`
	pages["minus"] = langHead("es") + story + rep(`<p>5 de marzo de 2024 14:22 (GMT−03:00) UTC–3 −5 –</p>`, n)
	pages["weekdays"] = langHead("tr") + story + rep(`<p>5 Mart 2024 Salı 14:22</p><p>2024. március 5., kedd 14:22</p>`, n)
	pages["created"] = `<html lang=de><head><title>` + title + `</title>` + rep(`<script type="application/ld+json">{"@type":"NewsArticle","headline":"`+title+
		`","datePublished":"2024-03-05T14:22+01:00","dateCreated":"2024-03-05T14:22:37+01:00"}</script>`, n) + `</head><body><h1>` + title + `</h1>` + story
	pages["releases"] = `<html lang=de><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + title +
		`","datePublished":"2023-03-27T14:31:08+02:00"}</script></head><body><h1>` + title + `</h1>` +
		rep(`<dl class="editorial-date"><dd class="postdate"><time datetime="2023-03-27T18:00:00+02:00">27.03.2023 18:00 Uhr</time></dd></dl>`, n) + story
	pages["naiveclock"] = `<html lang=en-IN><head><title>` + title + `</title>` + rep(`<meta property="article:published_time" content="2016-04-29T20:25:00">`, n) +
		`</head><body><h1>` + title + `</h1>` + story

	// speed30: nested date and byline boxes, sidebars of dated items, repeated lines.
	pages["datenest"] = head + nest(`<div class="date">`, `5 March 2024 14:22`+story, `</div>`)
	pages["datenestbroken"] = head + nest(`<div class="date">`, "5 March 2024 \xff\xfe 14:22"+story, `</div>`)
	pages["bylinenest"] = head + nest(`<div class="byline">By Jane Roe `, story, `</div>`)
	pages["sidebardates"] = `<html lang=en><title>` + title + `</title><body><div class="page-layout sidebar-right"><h1>` + title + `</h1>` + story +
		rep(`<div class="item"><time datetime="2024-03-05T14:22:00Z">5 March 2024</time><a rel="author" href="/a">Jane Roe</a></div>`, n) + `</div>`
	pages["samedates"] = head + rep(`<span class="date byline">By Jane Roe, 5 March 2024 14:22</span>`, n) + story
	pages["teasers"] = head + story + `<ul class="related">` + rep(`<li><a href="/x">5 things to know in 2019 about the pier</a></li>`, n) + `</ul>`

	// The fixers' later commits: captions in a picture's box, sign-up boxes, story headline
	// names, header-named story blocks, outlets named with "The", datelines, Japanese update
	// stamps and delivery lines, "By" and a figure, e-mail leftovers, profile addresses.
	pages["captionnest"] = head + story + nest(`<div class="caption"><img src="a.jpg"><span>Photo.</span>`, rep(`<i>x</i>`, n), `</div>`)
	pages["captions"] = head + story + rep(`<div class="pic"><img src="a.jpg"><div class="caption"><p>Matt Roe listens to an opening statement in the hearing on Thursday.</p></div></div>`, n)
	pages["signups"] = head + story + rep(`<div class="newsletter-signup"><h3>Sign up</h3><p>Thanks for signing up!</p><input type="email"></div>`, n)
	pages["storytitles"] = `<html lang=en><title>` + title + `</title><body><div class="story_heading2">` + title + rep(`<span class="date">5 March 2024</span>`, n) + `</div>` + story
	pages["headernest"] = head + nest(`<div class="block__header">`, rep(story, 4)+rep(`<h2 class="block__header2">Sub</h2>`, 40), `</div>`) + rep(`<div class="site-header"><h2 class="header2">Sub</h2></div>`, n)
	pages["headers"] = head + rep(`<div class="article-header"><p>`+strings.Repeat(sentence, 3)+`</p><p>`+strings.Repeat(sentence, 3)+`</p><h3 class="header">x</h3></div>`, n)
	names := rep(", Xavier Washington Post", n)
	pages["articleoutlets"] = head + `<p class="byline">By Jane Roe` + names + `</p>` + story + rep(`<p>© 2024, The Washington Posts and the Washington Post Institute.</p>`, n)
	pages["datelines"] = `<html lang=hi><title>` + title + `</title><body><h1>` + title + `</h1><p class="byline">राहुल शर्मा` + rep(`, नई दिल्ली`, n) + `</p><p>नई दिल्ली, 12 मार्च।` + story + `</p>`
	pages["jastamps"] = `<html lang=ja><title>港の桟橋を再建へ</title><body><h1>港の桟橋を再建へ</h1>` + rep(`<p>港湾委員会は火曜日、長い議論の末に古い桟橋を再建することを決めた。</p><p>最終更新:7月13日(水)22時6分 更新</p>`, n) +
		rep(`<p>7月13日(水)19時37分配信</p>`, n)
	pages["byfigures"] = head + rep(`<p>By 6:30 p.m., the council had voted.</p><p>By Jane Roe</p>`, n) + story
	pages["emails"] = langHead("ar") + rep(`<p class="byline">كتب - أحمد علي (البريد الإلكتروني: ahmed@example.com) ( : ) email: x@y.co</p>`, n) + story
	pages["profileauthors"] = `<html lang=en><head><title>` + title + `</title>` + rep(`<meta name="author" content="https://example.com/author/jane-roe">`, n) +
		`</head><body><h1>` + title + `</h1>` + rep(`<a class="author" href="/profil/12/jane-roe">jane roe</a>`, n) + story
	return pages
}

// TestSizesFuzz30Linear: doubling the repeats of each of sizeFuzz30Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizesFuzz30Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeFuzz30Pages(2500), sizeFuzz30Pages(5000), 2500)
}
