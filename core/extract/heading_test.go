package extract

import (
	"strings"
	"testing"
	"time"
)

// articleBody is enough story text for Extract to find a body in the test pages below.
var articleBody = strings.Repeat("<p>The players trained for two hours on Tuesday morning before the coach spoke to reporters about the match.</p>", 6)

// titlePage is a page made of a <head> and a <body> and the title Extract must give it.
type titlePage struct{ name, head, body, want string }

// checkTitles extracts every case's page and compares the titles.
func checkTitles(t *testing.T, cases []titlePage) {
	t.Helper()
	checkTitlesAt(t, "https://example.org/story", cases)
}

// checkTitlesAt is checkTitles for pages at address u, whose host may name the site.
func checkTitlesAt(t *testing.T, u string, cases []titlePage) {
	t.Helper()
	for _, c := range cases {
		res, err := Extract(u, []byte("<html><head>"+c.head+"</head><body>"+c.body+"</body></html>"))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if res.Title != c.want {
			t.Errorf("%s: title %q, want %q", c.name, res.Title, c.want)
		}
	}
}

func TestTitleFromHeadingInTitle(t *testing.T) {
	cases := []titlePage{
		{"site part no source names", `<title>Chelsea hoping to sign Anelka before weekend - Soccer - Sport - Breaking News - Belfast Telegraph</title>`,
			`<h1>Belfast Telegraph</h1><div><h2>Chelsea hoping to sign Anelka before weekend</h2>` + articleBody + `</div>`,
			"Chelsea hoping to sign Anelka before weekend"},
		{"separator without spaces", `<title>Philippine president orders evacuations owing to typhoon_English_Xinhua</title>`,
			`<h3>Philippine president orders evacuations owing to typhoon</h3>` + articleBody,
			"Philippine president orders evacuations owing to typhoon"},
		{"site prefix", `<title>GlossLip » Former American Idol Jessica Sierra Goes Directly To Rehab</title>`,
			`<h2>Former American Idol Jessica Sierra Goes Directly To Rehab</h2>` + articleBody,
			"Former American Idol Jessica Sierra Goes Directly To Rehab"},
		// A blog's name as its logo heading opens the title too: the longer part is the headline.
		{"logo heading", `<title>てくろぐ: 2019年のスマホ・DNSフィルタリング・スマホ政策</title>`,
			`<h1>てくろぐ</h1>` + articleBody,
			"てくろぐ: 2019年のスマホ・DNSフィルタリング・スマホ政策"},
		// A heading that only starts the title's sentence is no part of it.
		{"no separator", `<title>Lina Morgana on Twitter: "Now before you write me off"</title>`,
			`<h2>Lina Morgana</h2>` + articleBody,
			`Lina Morgana on Twitter: "Now before you write me off"`},
	}
	checkTitles(t, cases)
}

func TestTimeZonedByItsText(t *testing.T) {
	page := `<html><head><title>Student debt relief applications top 22 million</title></head><body>
		<h1>Student debt relief applications top 22 million</h1>
		<time datetime="2022-10-17 16:01:26">10/17/2022 04:01 PM EDT</time>` + articleBody + `</body></html>`
	res, err := Extract("https://example.org/news/2022/10/17/student-debt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2022, 10, 17, 20, 1, 26, 0, time.UTC); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v (16:01:26 EDT)", res.Published, want)
	}
	// A text naming another time says nothing about the value's zone.
	other := strings.Replace(page, "04:01 PM EDT", "06:30 PM EDT", 1)
	res, err = Extract("https://example.org/news/2022/10/17/student-debt", []byte(other))
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2022, 10, 17, 16, 1, 26, 0, time.UTC); !res.Published.Equal(want) {
		t.Errorf("published %v, want %v (value kept as stated)", res.Published, want)
	}
}

func TestRunawayTitleClosed(t *testing.T) {
	// A damaged closing tag leaves the title open: HTML would read the whole page as its text.
	page := `<html><head><title>Microsoft faces two new European antitrust cases</titavaScript" src="/js/site.js"></script>
		</head><body><h1>Microsoft faces two new European antitrust cases</h1>` + articleBody + `</body></html>`
	res, err := Extract("https://example.org/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Microsoft faces two new European antitrust cases"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
	if !strings.Contains(res.Body, "The players trained for two hours") {
		t.Errorf("body lost to the runaway title: %q", res.Body)
	}
	closed := []byte("<title>A &lt;b&gt; title</title ><p>x</p>")
	if got := closeRunawayTitle(closed); string(got) != string(closed) {
		t.Errorf("a closed title changed: %q", got)
	}
}

func TestTagLinksInSentenceKept(t *testing.T) {
	page := `<html><head><title>Trump offers Boeing branding advice</title></head><body><article>
		<h1>Trump offers Boeing branding advice</h1>
		<p><a href="/tag/twitter/" id="auto-tag_twitter_1" data-tag="twitter">Twitter</a> erupted Monday morning when President
		<a href="/tag/donald-trump/" id="auto-tag_donald-trump_1">Donald Trump</a> shared his branding expertise with
		<a href="/tag/boeing/" id="auto-tag_boeing_1">Boeing</a>, after American Airlines cancelled flights.</p>` + articleBody +
		`<div class="tags"><a href="/tag/twitter/">Twitter</a> <a href="/tag/boeing/">Boeing</a></div></article></body></html>`
	res, err := Extract("https://example.org/story", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Twitter erupted Monday morning when President Donald Trump shared his branding expertise with Boeing,"; !strings.Contains(res.Body, want) {
		t.Errorf("body lost the linked words:\n%s", res.Body)
	}
	if strings.Contains(res.Body, "Twitter Boeing") {
		t.Errorf("the tag list stayed:\n%s", res.Body)
	}
}

// Chinese portals link company names to their quote pages from inside the sentence, each link
// classed as a keyword and wrapped in a span of its own ("包括先锋领航、<span><a class="keyword">
// 摩根大通</a></span>等"); the sentence runs on without spaces between its words.
func TestKeywordLinksInChineseSentenceKept(t *testing.T) {
	para := `<p>英国《金融时报》对世界上最大的几个资管公司进行了调查，包括先锋领航、<span id="usstock_JPM"><a href="http://stock.example.cn/usstock/quotes/JPM.html" class="keyword">摩根大通</a></span>和<span id="usstock_BLK"><a href="http://stock.example.cn/usstock/quotes/BLK.html" class="keyword">贝莱德</a></span>等，询问它们对债券市场的看法。</p>` +
		`<p>　　<span id="usstock_PMTG"><a href="http://stock.example.cn/usstock/quotes/PMTG.html" class="keyword">太平洋投资管理公司</a></span><span id="quote_PMTG">(0, 0.00, 0.00%)</span>则表示，利率还会在低位停留很长时间。</p>`
	filler := `<p>随着低增长、低利率、低通胀成为新的常态，资金不断涌入避险资产，债券收益率不断下行，负利率债券的市场也不断扩大，那么当前的债市是否存在泡沫？</p>` +
		`<p>受访的资管公司大多认为，当前的债券价格虽然偏高，但并不构成泡沫，因为央行的政策和人口结构的变化支撑着低利率的环境。</p>`
	page := `<html><head><title>债市是否存在泡沫</title></head><body><div id="artibody" class="article">` + para + filler + filler +
		`<div class="keywords">关键词：<a href="/tag/1" class="keyword">债券</a> <a href="/tag/2" class="keyword">泡沫</a></div></div></body></html>`
	res, err := Extract("https://finance.example.cn/a.shtml", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "包括先锋领航、摩根大通和贝莱德等"; !strings.Contains(res.Body, want) {
		t.Errorf("body lost the linked names, want %q in:\n%s", want, res.Body)
	}
	if want := "太平洋投资管理公司"; !strings.Contains(res.Body, want) {
		t.Errorf("body lost the name opening a paragraph, want %q in:\n%s", want, res.Body)
	}
	if strings.Contains(res.Body, "关键词") {
		t.Errorf("the keyword list stayed:\n%s", res.Body)
	}
}

func TestTitleFromStyledElementInTitle(t *testing.T) {
	cases := []titlePage{
		{"table layout", `<title>Sonics | Veteran, rookie are tops in Sonics win | Seattle Times Newspaper</title>`,
			`<table><tr><td class="hed"><font size="4"><b>Veteran, rookie</b> are tops in Sonics win</font></td></tr></table>` + articleBody,
			"Veteran, rookie are tops in Sonics win"},
		{"site prefix", `<title>ContraCostaTimes.com - Shuttle's ambitious itinerary causes doubt</title>`,
			`<div class="articleTitle">Shuttle's ambitious itinerary causes doubt</div>` + articleBody,
			"Shuttle's ambitious itinerary causes doubt"},
		{"between section and site", `<title>Archive - Fiction - A Story About Three Friends - Author Name - Longer Fandom Name | Other Fandom Name [Archive of Stories]</title>`,
			`<h2>Longer Fandom Name | Other Fandom Name</h2>` + articleBody,
			"Archive - Fiction - A Story About Three Friends - Author Name - Longer Fandom Name | Other Fandom Name [Archive of Stories]"},
		{"site's own separator", `<title>The Bellingham Herald / Wire Elections / Obama picking up support in Harlem</title>`,
			`<h1>Obama picking up support in Harlem</h1>` + articleBody,
			"Obama picking up support in Harlem"},
		// A document number printed on the page is no headline, though it opens the title.
		{"one-word label", `<title>draft-dejong-remotestorage-04 - remoteStorage</title>`,
			`<div>draft-dejong-remotestorage-04</div>` + articleBody,
			"draft-dejong-remotestorage-04 - remoteStorage"},
		// A Chinese headline holds no spaces: its ideographs count as words.
		{"ideographs", `<title>吉林境内车祸致36名香港游客受伤_新闻中心_中国江门网</title>`,
			`<div class="title">吉林境内车祸致36名香港游客受伤</div>` + articleBody,
			"吉林境内车祸致36名香港游客受伤"},
		// <title> and og:title agree on the whole string; the page prints the story's part alone.
		{"agreed title with sections", `<title>過年看醫師 健保局告訴你上哪找 | 醫藥新聞 | 健康醫藥 | 聯合新聞網</title>` +
			`<meta property="og:title" content="過年看醫師 健保局告訴你上哪找 | 醫藥新聞 | 健康醫藥 | 聯合新聞網">`,
			`<div class="story_title">過年看醫師 健保局告訴你上哪找</div>` + articleBody,
			"過年看醫師 健保局告訴你上哪找"},
		// A kicker the page prints alone is no headline where the titles agree on "Kicker: Headline".
		{"kicker before a colon", `<title>Ausschuss zur Flut: Zwei Rücktritte - und viele offene Fragen</title>` +
			`<meta property="og:title" content="Ausschuss zur Flut: Zwei Rücktritte - und viele offene Fragen">`,
			`<span class="kicker">Ausschuss zur Flut</span>` + articleBody,
			"Ausschuss zur Flut: Zwei Rücktritte - und viele offene Fragen"},
		// Only an agreed title's opening counts, ahead of a trail of parts.
		{"second half of an agreed title", `<title>Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!</title>` +
			`<meta property="og:title" content="Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!">`,
			`<div class="teaser">Step Aside, I'm His Wife!</div>` + articleBody,
			"Prince -- Woman Warns Estate ... Step Aside, I'm His Wife!"},
		{"one part after the opening", `<title>ElixirConf 2016 - Keynote by José Valim</title>` +
			`<meta property="og:title" content="ElixirConf 2016 - Keynote by José Valim">`,
			`<div class="event">ElixirConf 2016 conference</div><div>ElixirConf 2016</div>` + articleBody,
			"ElixirConf 2016 - Keynote by José Valim"},
		// The <h1>'s own pieces are no evidence: "AFPBB News" printed in the footer.
		{"h1 parts", `<title>動画：自爆攻撃 写真1枚 国際ニュース：AFPBB News</title>`,
			`<h1><span>国際ニュース：AFPBB News</span></h1>` + articleBody + `<p>© AFPBB News all rights</p><div>AFPBB News</div>`,
			"動画：自爆攻撃 写真1枚 国際ニュース：AFPBB News"},
	}
	checkTitles(t, cases)
}

func TestHostNameCutFromTitle(t *testing.T) {
	for _, c := range []struct{ title, host, want string }{
		{"in.gr - Εμφυτεύματα σιλικόνης: Ασφαλή σύμφωνα με το πόρισμα", "health.in.gr", "Εμφυτεύματα σιλικόνης: Ασφαλή σύμφωνα με το πόρισμα"},
		{"Ученые определили возраст начала потери памяти » Vesti.kz", "vesti.kz", "Ученые определили возраст начала потери памяти"},
		{"Story of the day - www.example.com", "www.example.com", "Story of the day"},
		// A dotted name of another site is a source credit, not this site's name.
		{"Story of the day - other.com", "example.com", "Story of the day - other.com"},
	} {
		if got := cleanTitle(c.title, nil, c.host); got != c.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", c.title, c.host, got, c.want)
		}
	}
}

func TestH1CutsAgreedTitle(t *testing.T) {
	cases := []titlePage{
		{"section h1 before the story's", `<title>Organ transplant centre has no key staff - National News - example.org</title>`,
			`<h1 id="section">National News</h1><div><h1>Organ transplant centre has no key staff</h1>` + articleBody + `</div>`,
			"Organ transplant centre has no key staff"},
		{"section part", `<title>A Light Filled LA Loft — House Call</title><meta property="og:title" content="A Light Filled LA Loft — House Call">`,
			`<h1>A Light Filled LA Loft</h1>` + articleBody, "A Light Filled LA Loft"},
		{"page-type part", `<title>Changes in Circulating DNA in Lung Cancer - Full Text View - Trials Registry</title>` +
			`<meta property="og:title" content="Changes in Circulating DNA in Lung Cancer - Full Text View - Trials Registry">`,
			`<h1>Changes in Circulating DNA in Lung Cancer</h1>` + articleBody, "Changes in Circulating DNA in Lung Cancer"},
		// With no <h1> to print a part, a lesser heading that prints the agreed title's longest
		// part whole is the story's headline: the site's name after it is cut.
		{"h2 only", `<title>Friday Facts #282 - 0.17 in sight | Factorio</title><meta property="og:title" content="Friday Facts #282 - 0.17 in sight | Factorio">`,
			`<h2>Friday Facts #282 - 0.17 in sight</h2>` + articleBody, "Friday Facts #282 - 0.17 in sight"},
	}
	checkTitles(t, cases)
}

func TestDublinCoreTitleConfirms(t *testing.T) {
	res, err := Extract("https://example.org/story", []byte(`<html><head><title>Aussies need doubles win at Hopman Cup - National Broadcaster (Public Radio and Television)</title>`+
		`<meta name="DC.title" content="Aussies need doubles win at Hopman Cup"></head><body><div class="hed">Aussies need doubles win</div>`+articleBody+`</body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Aussies need doubles win at Hopman Cup"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
}

func TestStatedSiteNameCutAtUnspacedSeparator(t *testing.T) {
	cases := []struct{ title, site, want string }{
		{"マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌", "phpspot開発日誌", "マインドマップ風のツリーを描画できる「Treeviz」"},
		{"メディア芸術祭賞が受賞：朝日新聞デジタル", "朝日新聞デジタル", "メディア芸術祭賞が受賞"},
		// The site named inside the headline's sentence stays.
		{"The Guardian view on Hong Kong: a city on the brink", "The Guardian", "The Guardian view on Hong Kong: a city on the brink"},
		{"Lina Morgana on Twitter", "Twitter", "Lina Morgana on Twitter"},
	}
	for _, c := range cases {
		if got := cleanTitle(c.title, []string{c.site}, "example.org"); got != c.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
		}
	}
}

func TestTypographicQuotesPreferred(t *testing.T) {
	res, err := Extract("https://example.org/story", []byte(`<html><head><title>For Holiday Parties, Let's Get Behind The Tee</title>`+
		`<meta property="og:title" content="For Holiday Parties, Let's Get Behind The Tee"></head><body><h1>For Holiday Parties, Let’s Get Behind The Tee</h1>`+articleBody+`</body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if want := "For Holiday Parties, Let’s Get Behind The Tee"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
}

func TestTitleFromHeadingUnderSectionTitle(t *testing.T) {
	nav := `<ul><li><a href="/">Home</a></li><li><a href="/news/">Latest News</a></li></ul>`
	cases := []titlePage{
		{"section title", `<title>Latest News</title>`,
			nav + `<div class="post"><h2>Anand draws with Aronian in the fifth round</h2>` + articleBody + `</div>`,
			"Anand draws with Aronian in the fifth round"},
		// A short <title> no link repeats is the story's own short headline.
		{"short headline", `<title>Battery power</title>`,
			`<h2>The latest from our newsroom today</h2>` + articleBody,
			"Battery power"},
		{"no title at all", ``,
			nav + `<h3>Editor's pick</h3><h3>Reports: opposition surges to big lead</h3>` + articleBody,
			"Reports: opposition surges to big lead"},
		{"no title, a named headline", ``,
			`<div class="nav"><a href="/">Home</a></div><p class="headline">Peterson eyes NFC rushing title, playoffs</p>` + articleBody,
			"Peterson eyes NFC rushing title, playoffs"},
		{"headline longer than a section", `<title>Wrong-way driver halted on the motorway</title>`,
			nav + `<h2>The latest from our newsroom today</h2>` + articleBody,
			"Wrong-way driver halted on the motorway"},
	}
	checkTitles(t, cases)
}

// TestHeadingInTitleAfterHostCut: the live service always knows the page's address, and a host
// label that cuts the site part ("- Example Telegraph" on examplenews.example) must not settle a
// title that still carries section parts around the headline.
func TestHeadingInTitleAfterHostCut(t *testing.T) {
	page := `<html><head><title>Chelsea hoping to sign Anelka before weekend - Soccer - Sport - Breaking News - Exampletelegraph</title></head>
		<body><div><h2>Chelsea hoping to sign Anelka before weekend</h2>` + articleBody + `</div></body></html>`
	res, err := Extract("https://www.exampletelegraph.co.uk/sport/soccer/story-1.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Chelsea hoping to sign Anelka before weekend"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
}

// TestSiteNameEndingInHostLabelCut: a paper's full name is cut off its title when its last word
// is the host's label; a phrase that only ends in that word is not a name.
func TestSiteNameEndingInHostLabelCut(t *testing.T) {
	cases := []struct{ title, h1, want string }{
		{"„Ein langer Einsatz“ - Die Neue Bergische Morgenzeitung", "„Ein langer Einsatz“", "„Ein langer Einsatz“"},
		{"Schwere Unwetter - Warnung für die Morgenzeitung", "", "Schwere Unwetter - Warnung für die Morgenzeitung"},
	}
	for _, c := range cases {
		page := `<html><head><title>` + c.title + `</title><meta property="og:title" content="` + c.title + `"></head><body>`
		if c.h1 != "" {
			page += `<h1>` + c.h1 + `</h1>`
		}
		res, err := Extract("https://www.morgenzeitung.example/2025/04/01/einsatz/", []byte(page+articleBody+`</body></html>`))
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("%q: title %q, want %q", c.title, res.Title, c.want)
		}
	}
}

// JSON-LD and <title> may carry a longer headline written for search engines while the <h1>
// and og:title, what readers see and share, agree on the displayed one: the displayed one is
// the title. Where no social title backs the <h1>, the agreed metadata stands; where one repeats
// it whole, even as a different headline, the printed one wins (TestPrintedHeadlineRepeatedWins).
func TestDisplayedHeadlineOverSearchVariant(t *testing.T) {
	ld := func(h string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"` + h + `"}</script>`
	}
	cases := []titlePage{
		{"title extends the h1", ld("How the Harbour Will Change Under Its New Owners") +
			`<title>How the Harbour Will Change Under Its New Owners - The Daily Example</title><meta property="og:title" content="How the Harbour Will Change">`,
			`<h1>How the Harbour Will Change</h1>` + articleBody, "How the Harbour Will Change"},
		{"title rewords the h1", ld("As Drought and Price Woes Hit the Valley, Farmers Improvise") +
			`<title>As Drought and Price Woes Hit the Valley, Farmers Improvise - The Daily Example</title><meta property="og:title" content="As Heat and Price Woes Hit the Valley, Farmers Improvise">`,
			`<h1>As Heat and Price Woes Hit the Valley, Farmers Improvise</h1>` + articleBody, "As Heat and Price Woes Hit the Valley, Farmers Improvise"},
		{"no social title backs the h1", ld("How the Harbour Will Change Under Its New Owners") +
			`<title>How the Harbour Will Change Under Its New Owners - The Daily Example</title>`,
			`<h1>How the Harbour Will Change</h1>` + articleBody, "How the Harbour Will Change Under Its New Owners"},
		{"a different headline", ld("Harbour sold to a shipping group after long talks") +
			`<title>Harbour sold to a shipping group after long talks - The Daily Example</title><meta property="og:title" content="Big news for the town">`,
			`<h1>Big news for the town</h1>` + articleBody, "Big news for the town"},
	}
	checkTitles(t, cases)
}

// A section printed as the first <h1> ("Autoconsumo") over the headline's own <h1> leaves the
// agreed "Section - Story" title to the later <h1>.
func TestSectionH1LeavesHeadlineToLaterH1(t *testing.T) {
	checkTitles(t, []titlePage{{"section h1 first",
		`<title>Autoconsumo - Cómo montar paso a paso una instalación - Energía Ejemplar</title><meta property="og:title" content="Autoconsumo - Cómo montar paso a paso una instalación - Energía Ejemplar"><meta property="og:site_name" content="Energía Ejemplar">`,
		`<h1>autoconsumo</h1><h1>Cómo montar paso a paso una instalación</h1>` + articleBody,
		"Cómo montar paso a paso una instalación"}})
}

func TestLeadingSeparatorDropped(t *testing.T) {
	// A template whose blog-name part came out empty opens og:title with its separator: the
	// heading still ends the title's site part.
	checkTitles(t, []titlePage{
		{"leading separator", `<title>Walking eases back pain in older adults | Health Desk News</title>
			<meta property="og:title" content=" &raquo; Walking eases back pain in older adults - Health Desk News">`,
			`<h1>Walking eases back pain in older adults</h1>` + articleBody,
			"Walking eases back pain in older adults"},
		// A dash opening a Nordic headline quotes a speaker: it stays.
		{"quotation dash", `<title>- Angsten vil øke</title><meta property="og:title" content="- Angsten vil øke">`,
			articleBody, "- Angsten vil øke"},
	})
}

func TestSiteNameInAnotherScriptCut(t *testing.T) {
	// A Greek paper opens its titles with its name in capitals; the host spells it in Latin.
	// Consonants alone match, so the name must be the whole part: "ΚΑΘΗΜΕΡΙΝΟΣ ΤΥΠΟΣ : ΕΕ" is
	// no name however its vowels read.
	for _, c := range []struct{ title, want string }{
		{"ΚΑΘΗΜΕΡΙΝΟΣ ΤΥΠΟΣ : Νέοι κανόνες", "Νέοι κανόνες"},
		{"ΚΑΘΗΜΕΡΙΝΟΣ ΤΥΠΟΣ : ΕΕ - Νέοι κανόνες για όλους", "ΕΕ - Νέοι κανόνες για όλους"},
	} {
		page := `<html><head><title>` + c.title + `</title></head><body>` + articleBody + `</body></html>`
		res, err := Extract("https://www.kathimerinostypos.gr/story.do?id=1", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if res.Title != c.want {
			t.Errorf("title %q, want %q", res.Title, c.want)
		}
	}
}

func TestHostNameAndDatedHeadingCut(t *testing.T) {
	// The host's domain joined by unspaced punctuation opens the title, and a date and a
	// section trail the headline; the <h1> prints the headline with its date and time.
	page := `<html><head><title>EXAMPLE.ORG::: «Old bridge» closed for repairs / 06.01.12 / Regional news desk</title></head><body>
		<h1>«Old bridge» closed for repairs&nbsp;<span> 06.01.12&nbsp;08:49</span></h1>` + articleBody + `</body></html>`
	res, err := Extract("https://www.example.org/story/1.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "«Old bridge» closed for repairs"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
}

func TestHeadingLeadInTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		// The <h1> prints a subtitle under the headline and the title lists both: the lead
		// before the line break is the headline, however long the subtitle.
		{"subtitle under a line break", `<title>Old bridge closed for repairs / Drivers face a detour of twelve kilometres through the valley for a year / Regional desk</title>`,
			`<h1>Old bridge closed for repairs<br><small>Drivers face a detour of twelve kilometres through the valley for a year</small></h1>` + articleBody,
			"Old bridge closed for repairs"},
		// The <h1> ends in a link to its section, which the agreed title does not hold.
		{"section link in the heading", `<title>Parents turn down free vaccinations - Health Market</title>
			<meta property="og:title" content="Parents turn down free vaccinations - Health Market">`,
			`<h1>Parents turn down free vaccinations <a href="/infections/">Infectious diseases</a></h1>` + articleBody,
			"Parents turn down free vaccinations"},
		// A kicker printed in its own block before the headline is no lead.
		{"kicker block", `<title>City has it all: Town of records | example.org</title>
			<meta property="og:title" content="City has it all: Town of records">`,
			`<h1><!--[--><div><span>City has it all</span></div><span>: </span><span>Town of records</span></h1>` + articleBody,
			"City has it all: Town of records"},
	})
}

func TestLinkedTrailCut(t *testing.T) {
	nav := `<ul><li><a href="/local/">Local</a></li><li><a href="/sport/">Sport</a></li><li><a href="/tag/doctors/">doctors</a></li></ul>`
	checkTitles(t, []titlePage{
		// The section the navigation links to trails the headline.
		{"section link", `<title>Care home praised after inspection - Local</title>
			<meta property="og:title" content="Care home praised after inspection - Local">`,
			nav + articleBody, "Care home praised after inspection"},
		// A lower-case word after a dash is the headline's source, even when a tag links it.
		{"lower-case source", `<title>Winter makes skin look older - doctors</title>
			<meta property="og:title" content="Winter makes skin look older - doctors">`,
			nav + articleBody, "Winter makes skin look older - doctors"},
	})
}

func TestKeywordListBeforeHeadline(t *testing.T) {
	// A search-engine list of phrases opens the title, whose site part names the host in
	// another script: the title is settled, and only the <h1> agreeing with its rest leaves
	// the list out.
	page := `<html><head><title>City news, region news, Council votes to close the old market hall - Трибуна</title></head><body>
		<h1>Council votes to close the old market hall</h1>` + articleBody + `</body></html>`
	res, err := Extract("https://www.tribuna.example/story/1.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Council votes to close the old market hall"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
}

func TestTitleCutAtHostPart(t *testing.T) {
	// A part ending in the host's domain names the site; the tagline after it goes too, and
	// the short headline left stands though the post links its own heading.
	page := `<html><head><title>Benefits of teas | Healthy.example - live well and eat well every single day!</title></head><body>
		<nav><a href="/">Home</a></nav><h2><a href="/benefits-of-teas/">Benefits of teas</a></h2>` + articleBody +
		`<h3>One comment on “Benefits of teas”</h3></body></html>`
	res, err := Extract("https://www.healthy.example/benefits-of-teas/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Benefits of teas"; res.Title != want {
		t.Errorf("title %q, want %q", res.Title, want)
	}
	// With no <title>, a first <h1> the navigation links is a section's name still.
	checkTitles(t, []titlePage{{"section h1", ``,
		`<nav><a href="/latest/">Latest News</a></nav><h1>Latest News</h1><h2>Chess champion draws his third game</h2>` + articleBody,
		"Chess champion draws his third game"}})
}

func TestSiteNameSourceIsNoTitle(t *testing.T) {
	// The masthead's <h1> is the site's name, which is also the <title>'s site part: taken as a
	// source, it agreed with that part and won over the story's <h2>.
	checkTitlesAt(t, "https://www.slashgear.com/fit-pill-2012/", []titlePage{
		{"masthead h1", `<title>Fit pill could treat obesity and related disorders - SlashGear</title>`,
			`<h1>SlashGear</h1><div><h2>Fit pill could treat obesity and related disorders</h2>` + articleBody + `</div>`,
			"Fit pill could treat obesity and related disorders"},
	})
	// Every title source is the site's name and its domain: the cell styled as a title holds
	// the story's headline.
	checkTitlesAt(t, "http://www.kathimerini.com.cy/index.php?pageaction=kat&modid=1&artid=77", []titlePage{
		{"site name and domain", `<title>Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy</title><meta property="og:title" content="Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy">` +
			`<meta property="og:site_name" content="Η ΚΑΘΗΜΕΡΙΝΗ">`,
			`<table><tr><td class="menu_title">Ειδήσεις</td></tr><tr><td class="title_xbig">Πέθανε ο Αμερικανός σαξοφωνίστας Σαμ Ρίβερς</td></tr><tr><td>` + articleBody + `</td></tr></table>`,
			"Πέθανε ο Αμερικανός σαξοφωνίστας Σαμ Ρίβερς"},
		// With nothing styled as a headline, the site's name is still better than no title.
		{"nothing else", `<title>Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy</title><meta property="og:site_name" content="Η ΚΑΘΗΜΕΡΙΝΗ">`,
			articleBody, "Η ΚΑΘΗΜΕΡΙΝΗ, kathimerini.com.cy"},
	})
	// A page that copies its headline into og:site_name keeps it as its title.
	checkTitlesAt(t, "http://www.example.com.tw/news/1", []titlePage{
		{"headline as site name", `<title>當心選前症候群 醫師提醒健康為重</title><meta property="og:title" content="當心選前症候群 醫師提醒健康為重">` +
			`<meta property="og:site_name" content="當心選前症候群 醫師提醒健康為重">`,
			articleBody, "當心選前症候群 醫師提醒健康為重"},
	})
}

func TestShortChineseHeadingInTitle(t *testing.T) {
	checkTitles(t, []titlePage{
		// Six ideographs make a headline where six Latin letters make a label.
		{"six ideographs", `<title>新醫改未達標_新聞_鉅亨網</title><meta property="og:title" content="新醫改未達標_新聞_鉅亨網">`,
			`<div class="newsContent"><h1>新醫改未達標</h1>` + articleBody + `</div>`, "新醫改未達標"},
		// The template joins keywords, site and section with the unspaced separator that
		// follows the headline.
		{"unspaced separators", `<title>2015年陇药销售额要超100亿元 -亿元|销售|药品|企业|流通,-每日甘肃-医药卫生</title>`,
			`<div class="content"><h1>2015年陇药销售额要超100亿元 </h1>` + articleBody + `</div>`, "2015年陇药销售额要超100亿元"},
		// A doubled separator, and the same one single between the parts after it.
		{"doubled unspaced separator", `<title>柯达宣布重组 起诉苹果、HTC侵犯专利--跨国公司-上这里，懂跨国公司-外资 世界500强-外企-人民网--人民网</title>`,
			`<h1>柯达宣布重组 起诉苹果、HTC侵犯专利</h1>` + articleBody, "柯达宣布重组 起诉苹果、HTC侵犯专利"},
	})
	// A spaced separator keeps a hyphenated word after it whole: the heading is a section, no
	// longer than the part after it.
	if h := headingInTitle([]string{"Health and Science"}, nil, []string{"Health and Science - Anti-inflammatory drug slows decline"}); h != "" {
		t.Errorf("section heading taken as the headline: %q", h)
	}
}

func TestHeadlineUnderBreadcrumbTitle(t *testing.T) {
	crumbs := `<div class="path"><a href="/">Главная</a> <a href="/nw/news.asp">Новости</a> <a href="/nw/">Северо-Западный федеральный округ</a></div>`
	checkTitlesAt(t, "http://www.interfax-example.ru/nw/news.asp?id=276465", []titlePage{
		// Every part of the <title> is a link of the page's breadcrumb, or the site: the <h1>
		// prints the story.
		{"breadcrumb title", `<title>Новости - Северо-Западный федеральный округ - interfax-example.ru</title>`,
			crumbs + `<h1 class="bigblack">В капремонт псковского перинатального центра вложат 210 млн рублей</h1>` + articleBody,
			"В капремонт псковского перинатального центра вложат 210 млн рублей"},
		// A part no link holds may be the headline: the title stays.
		{"part no link holds", `<title>Новости - Перинатальный центр откроют весной - interfax-example.ru</title>`,
			crumbs + `<h1>Северо-Западный федеральный округ и его новости за неделю</h1>` + articleBody,
			"Новости - Перинатальный центр откроют весной"},
	})
}

func TestHeadlineTheReadingTells(t *testing.T) {
	lede := `<div class="story"><p>Jim McGovern, the former Greater Greenbrier champion, returns to the tour this week after a decade away, playing the opening event on a sponsor's exemption.</p>` + articleBody + `</div>`
	checkTitles(t, []titlePage{
		// The <title> names the paper on every page; the story's words are the <h1>'s.
		{"paper's name as title", `<title>Charleston Daily Mail</title>`,
			`<h1 class="ArticleHeadline">Former winner Jim McGovern back on tour after a decade</h1>` + lede,
			"Former winner Jim McGovern back on tour after a decade"},
		// A headline whose words the opening does not use is still the headline when no
		// heading says more.
		{"pun the heading does not tell", `<title>Fun returns</title>`,
			`<h1>Tour notebook</h1>` + lede, "Fun returns"},
		// An inflected word in the opening ("grypą") is the title's word ("Grypa").
		{"inflected title word", `<title>Grypa – co musisz o niej wiedzieć</title>`,
			`<div><p>Grypą można zarazić się przez cały rok, ale najwięcej zachorowań jest zimą, kiedy wirusy krążą najszybciej.</p>` +
				`<h2>Trzy wirusy, setki podtypów i nowe mutacje wirusa grypy zimą</h2>` + articleBody + `</div>`,
			"Grypa – co musisz o niej wiedzieć"},
	})
}

func TestMastheadHeadingIsNoHeadline(t *testing.T) {
	post := `<div class="entry"><h3 class="entry-header">city chic</h3>` + articleBody + `</div>`
	checkTitles(t, []titlePage{
		// A blog's name in an <h1> linked home (access key 1) is the title's site part, not
		// the headline: the post's own title is shorter.
		{"home access key", `<title>city chic - Ritzy Bee blog</title>`,
			`<h1 id="banner-header"><a href="http://ritzybee.example.com/my_weblog/" accesskey="1">Ritzy Bee blog</a></h1>` + post, "city chic"},
		{"rel home", `<title>city chic - Ritzy Bee blog</title>`,
			`<h1><a href="https://ritzybee.example.com/weblog/" rel="home">Ritzy Bee blog</a></h1>` + post, "city chic"},
		{"site root", `<title>city chic - Ritzy Bee blog</title>`,
			`<h1><a href="/">Ritzy Bee blog</a></h1>` + post, "city chic"},
		// A headline linked to its own page stays one.
		{"permalink", `<title>A walk through the autumn market stalls - Ritzy Bee blog</title>`,
			`<h1 class="entry-title"><a href="/2012/10/autumn-market/" rel="bookmark">A walk through the autumn market stalls</a></h1>` + articleBody,
			"A walk through the autumn market stalls"},
		// The masthead's name cut off, a section part may still stand before the headline.
		{"masthead then section", `<title>千龙网--千龙财富--洋化妆品关税下调逆市涨价 洋奶粉按兵不动</title>`,
			`<h1 class="logo"><a href="http://www.qianlong.example/" title="千龙网">千龙网</a></h1><h1>洋化妆品关税下调逆市涨价 洋奶粉按兵不动</h1>` + articleBody,
			"洋化妆品关税下调逆市涨价 洋奶粉按兵不动"},
		// A section's name as short as a label does not confirm a title it ends.
		{"section label", `<title>Cancer-Stricken Women Lobby For A Bald Barbie | News | Manufacturing.example</title>`,
			`<h1 id="site-name"><a href="/" rel="home">Manufacturing.example</a></h1><ul><li><a href="/news">News</a></li></ul><h1>News</h1>` + articleBody,
			"Cancer-Stricken Women Lobby For A Bald Barbie"},
	})
}

func TestPrintedHeadlineRepeatedWins(t *testing.T) {
	cases := []titlePage{
		// og:title and a meta headline agree on the wording written for sharing; <title> repeats
		// the printed <h1>.
		{"sharing pair", `<title>Daily Courier - Malt whisky breaks world record at Edinburgh auction</title>` +
			`<meta property="og:site_name" content="Daily Courier"><meta property="og:title" content="Single malt breaks auction record">` +
			`<meta name="Headline" content="Single malt breaks auction record">`,
			`<h1>Malt whisky breaks world record at Edinburgh auction</h1>` + articleBody,
			"Malt whisky breaks world record at Edinburgh auction"},
		// JSON-LD's headline is the search-engine <title>; og:title is the printed <h1>.
		{"search pair", `<title>NASA Picks Three Companies to Build Lunar Landers | Space News</title>` +
			`<meta property="og:site_name" content="Space News"><meta property="og:title" content="Back to the Moon: three firms chosen">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"NASA Picks Three Companies to Build Lunar Landers"}</script>`,
			`<h1>Back to the Moon: three firms chosen</h1>` + articleBody, "Back to the Moon: three firms chosen"},
		// A kicker in a span of its own: the source's colon stays.
		{"kicker", `<title>Flood inquiry: Two resign and many questions remain | Example News</title>` +
			`<meta property="og:site_name" content="Example News"><meta property="og:title" content="Flood inquiry: Two resign and many questions remain">`,
			`<h1><span class="kicker">Flood inquiry</span> <span>Two resign and many questions remain</span></h1>` + articleBody,
			"Flood inquiry: Two resign and many questions remain"},
		// A full stop hidden in the <h1> is not part of the headline.
		{"hidden stop", `<title>The new year was greeted around the world - News - Example</title>` +
			`<meta property="og:site_name" content="Example"><meta property="og:title" content="Welcome to the year as seen from the islands">`,
			`<h1>The new year was greeted around the world<span style="display:none">. </span></h1>` + articleBody,
			"The new year was greeted around the world"},
		// The first <h1> is the site's logo; the story's own <h1> is the one <title> repeats.
		{"second h1", `<title>Street Fighter-themed burger outlet opens in the city</title>` +
			`<meta property="og:title" content="Fighting burgers in town"><meta name="twitter:title" content="Fighting burgers in town">`,
			`<h1 class="logo">Good Food</h1><h1>Street Fighter-themed burger outlet opens in the city</h1>` + articleBody,
			"Street Fighter-themed burger outlet opens in the city"},
		// <title> opens with the <h1> before a site part no stated name cuts; three metadata titles
		// agree on another wording.
		{"title's first part", `<title>Suicide bombers target mosques, killing at least 72 people - ABC News (Example Broadcasting Corporation)</title>` +
			`<meta property="og:title" content="Suicide bombers kill at least 72 in mosque attacks"><meta name="DC.title" content="Suicide bombers kill at least 72 in mosque attacks">`,
			`<h1>Suicide bombers target mosques, killing at least 72 people</h1>` + articleBody,
			"Suicide bombers target mosques, killing at least 72 people"},
		// A site's tagline printed in the first <h1> closes <title>: no headline.
		{"tagline h1", `<title>Buryatia joins the Mongolian vector | Baikal Daily - News of Buryatia in real time</title>`,
			`<h1>News of Buryatia in real time</h1><h1 itemprop="headline">Buryatia joins the Mongolian vector</h1>` + articleBody,
			"Buryatia joins the Mongolian vector"},
		// An <h1> that prints the same template as an uncut <title> settles nothing.
		{"template h1", `<title>Dad, I ate my ice cream money | Bay News | Local News in the Bay</title>` +
			`<meta property="og:title" content="Dad, I ate my ice cream money">`,
			`<h1>Dad, I ate my ice cream money | Bay News | Local News in the Bay</h1>` + articleBody,
			"Dad, I ate my ice cream money"},
	}
	checkTitles(t, cases)
}

// An older layout names the section in its <h1>, prints the headline in an <h2> and states it in
// a "headline" meta, while <title> carries the search wording.
func TestPrintedMetaHeadline(t *testing.T) {
	checkTitles(t, []titlePage{{"meta headline printed in an h2",
		`<title>Peter Brown - The Fire Fiend and the Fashion Girls</title><meta name="Headline" content="Sex and the City: The Horror Movie">`,
		`<h1 id="page-type"><a href="/features">Feature</a></h1><h2 class="primary">Sex and the City: The Horror Movie</h2>` + articleBody,
		"Sex and the City: The Horror Movie"}})
}

// A metadata title that adds the outlet in brackets after the headline, however long the
// credit, leaves the printed <h1> the headline.
func TestBracketedCreditAfterHeadline(t *testing.T) {
	jaBody := strings.Repeat("<p>シーズン終了後に退任が決まった監督が、就任からの3年間を振り返って語った。</p>", 6)
	checkTitles(t, []titlePage{{"full-width brackets",
		`<title>中日の監督が語っていた退任真相（サンプルニュース オリジナル THE EXAMPLE）</title><meta property="og:title" content="中日の監督が語っていた退任真相（サンプルニュース オリジナル THE EXAMPLE）"><meta property="og:site_name" content="サンプルニュース">`,
		`<h1>サンプルニュース</h1><article><h1>中日の監督が語っていた退任真相</h1>` + jaBody + `</article>`,
		"中日の監督が語っていた退任真相"}})
}
