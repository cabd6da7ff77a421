package extract_test

import (
	"strconv"
	"strings"
	"testing"
)

// sizeFuzz32Pages are synthetic pages built of n repeats of the markup the thirty-second round's
// rules merged in fuzz32 read (issue 20, branch fuzz32): GitHub's time elements, pictures a
// country domain serves, one picture whose host is n·400 bytes, n literal offsets (date32);
// n sibling author cards and n runs of two, a byline of n towns over n date lines that open
// with them, one town over a date line of n·400 bytes, a JSON-LD of n places in nested lists,
// n numbered profile links below the story, n bylines linking a lower-case surname's profile,
// a byline nested n/12.5 levels over its link, n bio teasers, n site addresses as credits
// (auth32); n formula pictures, n with alt texts of 400 bytes, n withheld paragraphs with no
// shown one before them and n after one, n ad-sized pictures, n recirculation labels (body32);
// a title of n marks and n bars, n <h1>s (title32); a style sheet of n openings no hidden name
// has second and n hidden classes, a header nest n/12.5 levels deep beside a logo (speed32); n
// teasers' bylines in their headline's link, n stamps' labels run into a name, n staff posts,
// n Chinese signatures each before a rule (byline32); hover cards nested n/12.5 levels deep in
// a sentence over n links, n other stories' items with dates, and n dates under a nest of
// n/12.5 items (new32). Extracted at n and 2n by TestSizesFuzz32Linear.
func sizeFuzz32Pages(n int) map[string]string {
	title := `Council votes to rebuild the old ferry pier`
	sentence := "The city council approved the harbour tram line on Wednesday after a year of delays. "
	story := "<p>" + strings.Repeat(sentence, 6) + "</p>"
	rep := strings.Repeat
	each := repeatEach(n)
	depth := n * 2 / 25
	head := `<html lang=en><title>` + title + `</title><body><h1>` + title + `</h1>`
	ld := func(extra string) string {
		return `<html lang=en><head><title>` + title + `</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"` + title +
			`","author":{"@type":"Person","name":"Jane Roe"}` + extra + `}</script></head><body><h1>` + title + `</h1>`
	}
	pages := map[string]string{}

	// date32
	pages["relativetimes"] = head + story + rep(`<relative-time datetime="2020-07-07T12:10:51Z">4 years ago</relative-time><time-ago datetime="2020-07-07T12:10:51+3:30">now</time-ago> `, n)
	pages["cdnimages"] = head + story + rep(`<img src="https://cdn.24.co.za/files/a.jpg"><img src="//img.example.de/b.jpg">`, n)
	pages["longhost"] = head + story + `<img src="https://` + rep("a", n*400) + `.za/x.jpg">` + story
	pages["literaloffsets"] = head + story + rep(`<time datetime="2014-07-09T01:14:00.00+3:30">9 July 2014</time> <span class="date" datetime="2014-07-09T01:14+3:30">x</span>`, n)

	// auth32
	pages["authorcards"] = head + rep(`<div class="m-author">Jane Roe</div>`, n) + story
	pages["authorcardruns"] = head + rep(`<div class="m-author">Jane Roe</div><div class="m-author">John Doe</div><hr>`, n) + story
	pages["datedplaces"] = head + `<div class="byline">By Jane Roe` + each(func(i int) string { return ", Town" + strconv.Itoa(i) }) + `</div>` +
		each(func(i int) string {
			return `<div class="date">Town` + strconv.Itoa(i) + ` | March 22, 2023 10:50 IST</div>`
		}) + story
	pages["datedlongline"] = head + `<div class="byline">By Jane Roe, New Delhi</div><div class="date">New Delhi | ` + rep("March 2023 ", n*40) + `</div>` + story
	pages["ldplaces"] = ld(`,"contentLocation":[`+rep(`[{"@type":"Place","name":"Perth, AU"},"Ha Noi"],`, n)+`"x"],"dateline":"`+rep("NAPA ", n*80)+`"`) +
		`<div class="byline">By Jane Roe, Perth</div>` + story
	pages["profilenames"] = ld("") + story + rep(`<a href="/bios/jane-roe-1.5932045">Jane Roe</a> `, n)
	pages["lowersurnames"] = head + rep(`<div class="byline">Written by <a href="/author/jane-roe">Jane roe</a></div>`, n) + story
	pages["bylinenest"] = head + rep(`<div class="byline"><span>Written by</span>`, depth) + `<a href="/author/jane-roe">Jane roe</a>` + rep(`</div>`, depth) + story
	pages["bioteasers"] = head + rep(`<div class="bioTeaser"><img src="/j.jpg"><a href="/author/jane-roe">Jane Roe</a> Reporter</div>`, n) + story
	pages["sitecredits"] = ld("") + rep(`<p class="byline">By Le Point.fr, Example.com and Dailymail.co.uk</p>`, n) + story

	// body32
	pages["formulas"] = head + story + `<p>` + rep(`Let <img class="latex" src="https://s0.wp.com/latex.php?latex=%5Clambda" alt="\lambda \in \mathbb{R}"> hold. `, n) + `</p>`
	pages["formulaalts"] = head + story + rep(`<p><img src="https://latex.codecogs.com/a.png" alt="`+rep("x", 399)+`"></p>`, n)
	pages["withheld"] = head + `<div class="article">` + rep(`<p aria-hidden="true">`+strings.Repeat(sentence, 3)+`</p>`, n) + `</div>`
	pages["withheldafter"] = head + `<div class="article">` + story + rep(`<p aria-hidden="true">`+strings.Repeat(sentence, 3)+`</p>`, n) + `</div>`
	pages["adunits"] = head + story + rep(`<img src="/ad.gif" width="728" height="90"><img src="/b.gif" width="160px" height=" 600 ">`, n)
	pages["recirclabels"] = head + story + rep(`<h3>Read more on THE MISSING MUM</h3><ul><li><a href="/a">Other story</a></li></ul>`, n)

	// title32
	pages["titlemarks"] = `<html><title>` + title + rep(" • Example Herald › x", n) + rep("|", n) + `</title><body><h1>` + title + `</h1>` + story
	pages["headings"] = `<html><title>` + title + ` | Example Herald</title><meta property="og:title" content="Council votes"><body>` +
		rep(`<h1><a href="/x">Most read</a></h1>`, n) + `<h1>` + title + `</h1>` + story

	// speed32
	pages["stylesheet"] = `<html><head><title>` + title + `</title><style>` + rep(`.a{margin:0.5em .5em} .sr-only{position:absolute;width:1px;height:1px;overflow:hidden} #x.y{display:none} `, n) +
		`</style></head><body><h1>` + title + `</h1><div class="sr-only">x</div>` + story
	pages["headernest"] = `<html><title>` + title + `</title><body><header><a href="/"><img src="/logo.png"></a>` + rep(`<div><span>Council votes</span>`, depth) +
		rep(`<b>to rebuild the old ferry pier and more</b>`, n) + rep(`</div>`, depth) + `</header><h1>` + title + `</h1>` + story

	// byline32: teasers' bylines in their headline's link, stamps' labels run into names,
	// staff posts before a town, Chinese signatures before a rule.
	pages["headlinelinks"] = head + story + rep(`<a href="/other"><strong class="author">Grand Prix</strong> Vote for your favourite online advertising campaign</a> `, n)
	pages["gluedstamps"] = head + rep(`<div class="byline"><span>Dylan Scott</span><span>Published</span>July 15, 2014</div>`, n) + story
	pages["staffposts"] = `<html lang=bn><title>` + title + `</title><body><h1>` + title + `</h1>` + rep(`<p class="author">নিজস্ব প্রতিবেদক, ঢাকা</p>`, n) + story
	pages["zhrules"] = `<html lang=zh><title>` + title + `</title><body><h1>` + title + `</h1><p>` + strings.Repeat("市议会周三批准了港口电车线路。", 20) +
		rep(`(鄭婉英 黃翠婷)`+rep("-", 40), n) + ` 點擊連結</p>`

	// new32: hover cards nested in a sentence, other stories' dates in items.
	pages["hovernest"] = head + `<p>Said ` + rep(`<a href="/p/jane">Jane Roe</a><span><img src="/j.jpg"><a href="/p/jane">Jane Roe</a><a href="/x">MORE</a>`, depth) +
		rep(`<a href="/y">Jane Roe</a>`, n) + rep(`</span>`, depth) + ` on Tuesday.</p>` + story
	pages["itemdates"] = `<html><title>` + title + `</title><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1>` + title + `</h1>` + story + `</div>` +
		rep(`<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2024-03-05T14:22:00Z"><span itemprop="dateModified">2024-03-06</span></div>`, n)
	pages["itemnest"] = `<html><title>` + title + `</title><body><div itemscope itemtype="https://schema.org/NewsArticle"><h1>` + title + `</h1>` + story + `</div>` +
		rep(`<div itemscope itemtype="https://schema.org/Article">`, depth) + rep(`<time itemprop="datePublished" datetime="2024-03-05T14:22:00Z">5 March</time>`, n) + rep(`</div>`, depth)
	return pages
}

// TestSizesFuzz32Linear: doubling the repeats of each of sizeFuzz32Pages at most triples the bytes
// Extract allocates (linear work doubles them, quadratic quadruples).
func TestSizesFuzz32Linear(t *testing.T) {
	skipHeavySizes(t)
	linearSizes(t, sizeFuzz32Pages(2500), sizeFuzz32Pages(5000), 2500)
}
