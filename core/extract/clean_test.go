package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"paperboy/core/extract"
)

// storyPage wraps extra HTML between real-looking paragraphs, so readability picks the
// article and the furniture inside it is what is judged.
func storyPage(extra string) []byte {
	var b strings.Builder
	b.WriteString(`<html lang="en"><head><title>Council passes budget</title></head><body><header><nav><a href="/">Home</a></nav></header><article><div class="article-body">`)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: the city council approved the annual budget on Monday after a long debate about school funding, road repairs and the cost of public transport for residents.</p>", i)
	}
	b.WriteString(extra)
	for i := 4; i <= 6; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d: opponents said the plan ignores repairs that residents have asked for since 2019, and promised to bring the issue back before the next election.</p>", i)
	}
	b.WriteString(`</div></article><footer>© Example</footer></body></html>`)
	return []byte(b.String())
}

func TestFurnitureRemoved(t *testing.T) {
	tests := []struct {
		name  string
		extra string
		gone  []string // none of these may be in the body
		kept  []string // all of these must be

	}{
		{name: "code sample in a wrapper named for its header", extra: `<div class="codeblock"><div class="codeblock__header"><span>Python</span></div><div class="highlight highlight--with-header"><pre><code>total = budget_2025 + repairs
print("Hello, council")</code></pre></div></div>`,
			kept: []string{`print("Hello, council")`}},
		{name: "explore further pointer", extra: `<p><a href="#rel"><img src="/rel.gif" alt=""></a> <b>Explore further:</b> <a href="/news/reef-survey.html">Scientists mobilize as bleaching resumes on the reef</a></p>`,
			gone: []string{"Explore further", "Scientists mobilize"}},
		{name: "also on teaser link", extra: `<a class="read-more-big" href="/news/1/"><span><span>Also on rt.com</span><span>Journalists threatened with arrests as purge goes on</span></span></a>`,
			gone: []string{"Also on rt.com", "Journalists threatened"}},
		{name: "subscribe callout", extra: `<div class="callout"><div class="heading-h4">SUBSCRIBE</div><figure><img src="/w.png" alt=""></figure><p><a href="/subscribe">Subscribe to WIRED</a> and stay smart with more of your favorite writers.</p></div>`,
			gone: []string{"SUBSCRIBE", "stay smart"}},
		{name: "more stories list", extra: `<hr><div class="heading-h3">More Great WIRED Stories</div><ul><li>YouTubers must unionize, <a href="/a">no matter what Google says</a></li><li>Paid political ads are not the problem. <a href="/b">Our perceptions are</a></li><li><a href="/c">Prepare for the deepfake era</a></li></ul>`,
			gone: []string{"More Great", "YouTubers", "deepfake"}},
		{name: "subscribe paragraphs", extra: `<p><strong>SUBSCRIBE</strong></p><p><a href="/subscribe">Subscribe to WIRED</a> and stay smart with more of your favorite writers.</p><p>Sign up for our daily newsletter to get the news first.</p>`,
			gone: []string{"SUBSCRIBE", "stay smart", "Sign up"}},
		{name: "trending list", extra: `<div><h3>Trending</h3><ol><li><a href="/x">Actor's wife killed</a></li><li><a href="/y">Iowa man finds flooding basement</a></li></ol></div>`,
			gone: []string{"Trending", "Iowa man"}},
		{name: "promoted stories list", extra: `<div><div>Promoted Stories</div><ul><li><a href="https://ads.example/1">Doctors stunned by this one trick</a></li><li><a href="https://ads.example/2">The cars seniors love in 2017</a></li></ul></div>`,
			gone: []string{"Promoted Stories", "Doctors stunned", "seniors love"}},
		{name: "don't miss list", extra: `<section><h2>Don't Miss</h2><ul><li><a href="/d1">Stark Mars terrain awaits the rover</a></li><li><a href="/d2">Pilots wanted for giant robot</a></li></ul></section>`,
			gone: []string{"Don't Miss", "Stark Mars", "giant robot"}},
		{name: "around the web list", extra: `<h4>Around The Web</h4><ul><li><a href="https://ads.example/3">Homeowners rush to this new rule</a></li><li><a href="https://ads.example/4">Ten towns you must visit</a></li></ul>`,
			gone: []string{"Around The Web", "Homeowners rush", "Ten towns"}},
		{name: "share prompt", extra: `<p><strong><em>Like this story? Share it with a friend!</em></strong></p>`,
			gone: []string{"Like this story"}},
		{name: "korean related", extra: `<h4>관련기사</h4><ul><li><a href="/1">카카오 먹통 사태 원인은</a></li><li><a href="/2">데이터센터 화재 그 후</a></li></ul>`,
			gone: []string{"관련기사", "카카오 먹통"}},
		{name: "link-only paragraph", extra: `<p><a href="/other">READ MORE: Mayor resigns after budget row</a></p>`,
			gone: []string{"Mayor resigns"}},
		{name: "also on a weekday is prose", extra: `<p>Also on Tuesday, the council voted to raise parking fees by 10 percent.</p>`,
			kept: []string{"Also on Tuesday, the council voted"}},
		{name: "subscribers is prose", extra: `<p>Subscribers to the city's bus pass will pay $5 more a month under the plan.</p>`,
			kept: []string{"Subscribers to the city's bus pass"}},
		{name: "long subscribe paragraph is prose", extra: "<p>Subscribe, the mayor told reporters, was the word she heard most. " + strings.Repeat("Residents kept asking how to subscribe to alerts about closures. ", 5) + "</p>",
			kept: []string{"Subscribe, the mayor told reporters"}},
		{name: "inline link in prose", extra: `<p>The <a href="/report">full report</a> runs to 300 pages and lists every line of spending.</p>`,
			kept: []string{"full report runs to 300 pages"}},
		{name: "ruby annotations", extra: `<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>`,
			kept: []string{"子どもへの虐待をなくすための法律ができました。"}, gone: []string{"ぎゃくたい"}},
		{name: "link inside a list item's sentence, before a nested list", extra: `<ul><li>We have just landed <a href="/bug/1553982">Bug 1553982</a>, which stops an update from starting while another instance runs.<ul><li>Users of several profiles will see the error page less often.</li></ul></li></ul>`,
			kept: []string{"We have just landed Bug 1553982, which stops"}},
		{name: "paywall prompts", extra: `<p>Continue reading the main story</p><div class="box"><h2>Möchten Sie weiterlesen?</h2><p>Ja. Ich bin Abonnent.</p></div><p>この記事は会員限定です。電子版に登録すると続きをお読みいただけます。</p>`,
			gone: []string{"Continue reading", "weiterlesen", "Abonnent", "会員限定"}},
		{name: "german related heading", extra: `<h3>Das könnte Sie auch interessieren:</h3><ul><li><a href="/1">Gemeinderat streitet über Parkgebühren</a></li><li><a href="/2">Neue Buslinie ab Dezember</a></li></ul>`,
			gone: []string{"interessieren", "Parkgebühren", "Buslinie"}},
		{name: "related headings in Russian, Polish, Greek and Chinese", extra: `<h3>Другие новости по этой теме</h3><ul><li><a href="/r1">Минздрав подвел итоги года</a></li><li><a href="/r2">В больницах стало больше мест</a></li></ul>` +
			`<h4>Zobacz też</h4><ul><li><a href="/p1">Szpitale dostaną więcej pieniędzy</a></li><li><a href="/p2">Nowe zasady refundacji leków</a></li></ul>` +
			`<h4>Τελευταία νέα</h4><ul><li><a href="/g1">Νέα μέτρα για τα νοσοκομεία</a></li><li><a href="/g2">Αλλαγές στις συντάξεις</a></li></ul>` +
			`<h4>最熱門新聞</h4><ul><li><a href="/z1">港鐵新年加強列車服務</a></li><li><a href="/z2">機場快綫加密班次</a></li></ul>`,
			gone: []string{"Другие новости", "Минздрав", "Zobacz też", "Szpitale", "Τελευταία νέα", "νοσοκομεία", "最熱門新聞", "港鐵新年"}},
		{name: "german related articles heading", extra: `<h4>Verwandte Artikel</h4><ul><li><a href="/3">Schulen erhalten mehr Geld</a></li><li><a href="/4">Straßen bleiben gesperrt</a></li></ul>`,
			gone: []string{"Verwandte Artikel", "Schulen erhalten", "Straßen bleiben"}},
		{name: "read-also pointers", extra: `<p>Lesen Sie auch: <a href="/5">Spielabbruch in der Kreisliga</a></p><p><strong>Lea también:</strong> <a href="/6">Impiden ingreso a reportero</a></p><p>READ MORE: <a href="/7">Riot is considering changes to the format</a></p>`,
			gone: []string{"Lesen Sie auch", "Kreisliga", "Lea también", "Impiden", "READ MORE", "Riot is"}},
		{name: "see also in prose without a link", extra: `<p>See also: the council's budget tables, which list every line of spending for the coming year.</p>`,
			kept: []string{"See also: the council's budget tables"}},
		{name: "photo credit with a one-word class", extra: `<div><img src="/munn.jpg" alt=""><p><span class="photoCredit">Courtesy G4</span></p></div>`,
			gone: []string{"Courtesy G4"}},
		{name: "reprint notices", extra: `<p>This material may not be published, broadcast, rewritten or redistributed.</p><p>Перепечатка материалов без письменного разрешения редакции запрещена.</p><p>Nachdruck nur mit Genehmigung des Verlags.</p>`,
			gone: []string{"This material", "Перепечатка", "Nachdruck"}},
		{name: "bold related label and links in one paragraph", extra: `<p><strong>Related stories</strong><br><a href="/1">Mayor resigns after budget row</a><br><a href="/2">Bus fares to rise in January</a></p><p><b>เรื่องที่เกี่ยวข้อง</b><br><a href="/3">ลืออุ้ม อ.สุรชัย ผู้ลี้ภัยหายจากที่พัก 12 วันแล้ว</a></p>`,
			gone: []string{"Related stories", "Mayor resigns", "Bus fares", "เรื่องที่เกี่ยวข้อง", "ลืออุ้ม"}},
		{name: "bold label over prose stays", extra: `<p><strong>Related:</strong> the council also voted to <a href="/fees">raise parking fees</a> by 10 percent from January.</p>`,
			kept: []string{"the council also voted to raise parking fees"}},
		{name: "feedback and newsletter prompts", extra: `<p>War der Artikel nützlich?</p><p>Möchten Sie den Artikel teilen?</p><p>Mit unserem Newsletter bleiben Sie informiert</p><p>Never miss the latest news by signing up to our newsletter today!</p>`,
			gone: []string{"nützlich", "teilen?", "Newsletter", "Never miss"}},
		{name: "a newsletter in the news is prose", extra: `<p>Der Verlag stellte den Newsletter im März ein, nachdem die Zahl der Abonnenten um ein Drittel gesunken war.</p>`,
			kept: []string{"Der Verlag stellte den Newsletter im März ein"}},
		{name: "author box after the story", extra: `<div class="author-bio"><h2>ABOUT THE AUTHOR</h2><p>Jane Roe is a reporter covering city hall, with ten years of experience writing about budgets, zoning and the people who run them.</p></div>`,
			gone: []string{"ABOUT THE AUTHOR", "Jane Roe is a reporter"}},
		{name: "embed consent box", extra: `<div class="embed"><div class="info-box"><div class="h3">Externer Inhalt</div><p>Hier steht ein Video einer Drittplattform.<br>Du kannst es mit einem Klick laden.</p><label>Video-Inhalte erlauben</label></div></div><p>To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p>`,
			gone: []string{"Externer Inhalt", "Drittplattform", "einem Klick", "erlauben", "To view this video"}},
		{name: "read-also pointer behind a bold bar label", extra: `<p><strong>LEES OOK DIT |</strong> <a href="/8">Raad keurt nieuwe begroting goed</a></p>`,
			gone: []string{"LEES OOK", "Raad keurt"}},
		{name: "bold bar label over prose stays", extra: `<p><strong>UPDATE |</strong> the council also voted to <a href="/fees">raise parking fees</a> by 10 percent from January.</p>`,
			kept: []string{"the council also voted to raise parking fees"}},
		{name: "special offer dock", extra: `<div class="dock"><div><strong>Special offer:</strong> <span>Subscribe for</span> <div style="display: inline;"><span><s>$2</s> $0.50 a week for the first year.</span></div></div></div>`,
			gone: []string{"Special offer", "$0.50 a week"}},
		{name: "special offer in the news is prose", extra: `<p>Special offers on bus passes, the council said, will end in March for every resident of the city.</p>`,
			kept: []string{"Special offers on bus passes"}},
		{name: "recommended videos by their speakers", extra: `<section id="recommended"><div id="header"><h3>Recommended</h3></div><img src="/members.png">` +
			`<div id="recommended_body"><div class="recommended_videos_block">` +
			`<div class="rec_media_item"><a href="/play/1"><img src="/t1.png"></a><div><a class="recommended_video_name" href="/play/1">Streaming an open world city</a><br><br><em>by</em> Jane Roe</div></div>` +
			`<div class="rec_media_item"><a href="/play/2"><img src="/t2.png"></a><div><a class="recommended_video_name" href="/play/2">Procedural techniques for level design</a><br><br><em>by</em> John Doe</div></div>` +
			`<div class="rec_media_item"><a href="/play/3"><img src="/t3.png"></a><div><a class="recommended_video_name" href="/play/3">Lessons from a core engine architecture</a><br><br><em>by</em> Ann Poe</div></div>` +
			`</div></div></section>`,
			gone: []string{"Streaming an open world", "Jane Roe", "Lessons from a core"}},
		{name: "pull quote with spoken quote-mark labels", extra: `<div class="story-feature narrow"><a class="hidden" href="#c3">Continue reading the main story</a><h2 class="quote">&ldquo;<span>Start Quote</span></h2>` +
			`<blockquote><p>Budgets are choices about people&rdquo;</p></blockquote><span class="endquote">End Quote</span><span class="quote-credit">Ann Poe</span><span class="quote-credit-title">Council Treasurer</span></div>`,
			gone: []string{"Start Quote", "End Quote", "Council Treasurer", "Budgets are choices"}},
		{name: "promotional box", extra: `<div id="promotional-content" class="hyper-promotional-content"><h2>Elsewhere on Example</h2><ul><li><h3><a href="/p/1"><img src="/p1.jpg" alt="">Space</a></h3><p>Discover how science used in space helps us here</p></li></ul></div>`,
			gone: []string{"Elsewhere on Example", "Discover how science"}},
		{name: "quote labels in prose stay", extra: `<p>She read the letter aloud, saying "end quote" at the close of each passage, as the clerk had asked her to do for the record.</p>`,
			kept: []string{`saying "end quote" at the close`}},
		{name: "related heading over plain prose list", extra: `<h3>Related</h3><ul><li>Schools get 4 percent more.</li><li>Roads get nothing.</li></ul>`,
			gone: []string{"Related"}, kept: []string{"Schools get 4 percent more.", "Roads get nothing."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractKeeping(t, "https://example.com/story", storyPage(tt.extra), "Paragraph 1:", "Paragraph 6:")
			checkGoneKept(t, r.Body, tt.gone, tt.kept)
		})
	}
}

// A WordPress post's <article> carries its tags and categories as classes ("tag-share-prices",
// "category-ads"): words that name furniture elsewhere must not make a short story furniture.
func TestTaxonomyClassesAreNotFurniture(t *testing.T) {
	const story = "A senior official has said in a sworn affidavit that anyone with a will to escape from the prison on the island could do so, as the old fences have not been fixed in ten years and half of the guards on each shift are new to the job and to the men they watch."
	page := `<html lang="en"><head><title>Anyone could escape, official says</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/opinion">Opinion</a></div>
<article class="post type-post status-publish tag-social-media tag-share-prices category-ads">
<h1>Anyone could escape, official says</h1><div class="td-post-content"><p>` + story + `</p></div></article>
<form class="login"><p>Welcome! Log into your account</p><input name="user"><input name="password"></form></body></html>`
	r, err := extract.Extract("https://example.com/2022/05/04/escape/", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, story) {
		t.Errorf("story lost:\n%s", r.Body)
	}
	if strings.Contains(r.Body, "Opinion") {
		t.Errorf("menu in the body:\n%s", r.Body)
	}
}

// Line breaks between a bold heading, a photo block and the text after it must survive
// readability, which drops white-space text there: "㈜디지털이엠씨경기도 용인에…" glued a
// company name onto the story's first sentence.
func TestLineBreaksAroundPhotoBlock(t *testing.T) {
	para := "경기도 용인에 자리 잡은 민간 시험인증 전문기업이다. 14년째 세계 각국의 통신·안전·전파 규격 시험과 인증 한 우물만 파고 있다. "
	page := `<html lang="ko"><head><title>시험인증 한 우물</title></head><body><div id="contents"><div class="article_txt">` +
		`<strong>㈜디지털이엠씨</strong><br><br><div class="articlePhotoC"><img src="a.jpg" width="500"></div>` +
		strings.Repeat(para, 3) + `<br><br>` + strings.Repeat(para, 3) + `<br><br>` + strings.Repeat(para, 3) + `</div></div></body></html>`
	r, err := extract.Extract("https://news.example.kr/3/all/20131023/58406128/1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "디지털이엠씨경기도") || !strings.Contains(r.Body, "경기도 용인에") {
		t.Errorf("heading glued to the story or story lost:\n%s", r.Body)
	}
}

// A newline in the page's source is white space: a sentence wrapped in the HTML stays one
// paragraph, while <br> and <pre> keep their lines.
func TestSourceNewlinesAreSpaces(t *testing.T) {
	r, err := extract.Extract("https://example.com/story", storyPage(`<p>Normal wird bei einem <span style="font-weight:bold">Facelift</span>
 ein Fahrzeug optisch etwas aufgefrischt.</p><p>Erste Zeile<br>Zweite Zeile</p><pre>code line one
code line two</pre>`))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Normal wird bei einem Facelift ein Fahrzeug optisch etwas aufgefrischt.", "Erste Zeile\n\nZweite Zeile", "code line one\n\ncode line two"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, r.Body)
		}
	}
}

func TestSoftHyphensRemoved(t *testing.T) {
	r, err := extract.Extract("https://example.com/story", storyPage(`<p>Schon im Mit&shy;tel&shy;al&shy;ter war der St. Mag&shy;da&shy;le&shy;ner das Aus&shy;hän&shy;ge&shy;schild der Stadt.</p>`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.ContainsRune(r.Body, '\u00ad') || !strings.Contains(r.Body, "Schon im Mittelalter war der St. Magdalener das Aushängeschild") {
		t.Errorf("soft hyphens left in the body:\n%q", r.Body)
	}
}

// teaserPage is a short story with a block at its end under a heading no word list knows.
func teaserPage(after string) []byte {
	return []byte(`<html lang="en"><head><title>Council passes budget</title></head><body><div id="main"><h1>Council passes budget</h1><div class="text">` +
		`<p>The city council approved the annual budget on Monday after a long debate about school funding, road repairs and the cost of public transport for residents.</p>` +
		`<p>Opponents said the plan ignores repairs that residents have asked for since 2019, and promised to bring the issue back before the next election.</p>` +
		`<h3>From the region</h3>` + after + `</div></div></body></html>`)
}

func TestTeaserListIsFurniture(t *testing.T) {
	tests := []struct {
		name  string
		after string
		gone  []string
		kept  []string
	}{
		{name: "teasers cut short", after: `<div><a href="/n/4"><b>Mayor visits flooded district</b></a><br>The mayor spent the morning with residents whose homes were flooded last week, promising help from the city fund, new pumps for the district and a review of the river defences before...</div>` +
			`<div><a href="/n/5"><b>Schools to get new heating</b></a><br>Twelve schools will have their old boilers replaced before winter, the education office said, after parents complained about cold classrooms, broken radiators and...</div>` +
			`<div><a href="/n/6"><b>Market square to be repaved</b></a><br>Work on the square starts in June and will last until autumn, with stalls moving to the park, the bus stop moving north and traders asking for...</div>`,
			gone: []string{"Mayor visits", "Twelve schools", "Market square"}},
		{name: "teasers with time stamps", after: `<table><tr><td><a href="/n/1">Bridge closed for repairs until spring</a> <span>05/04, 12:30</span><div>Drivers will have to take the ring road while the deck is replaced, the roads office said on Friday, and buses will run every ten minutes instead of every five.</div></td></tr>` +
			`<tr><td><a href="/n/2">Library opens on Sundays</a> <span>03/04, 13:19</span><div>The central library will open its doors on Sundays from May, after a petition signed by more than two thousand readers, students and parents of young children.</div></td></tr>` +
			`<tr><td><a href="/n/3">New tram line approved</a> <span>25/03, 09:50</span><div>The line will link the station with the northern suburbs, where thousands of new flats are being built, and should carry its first passengers in three years.</div></td></tr></table>`,
			gone: []string{"Bridge closed", "Library opens", "northern suburbs"}},
		{name: "related stories dated by the month's name", after: `<article><h4><a href="/n/7">Scientists survey the bleached reef again</a></h4><p>March 15, 2017</p><p>Coral researchers are returning to the reef for a second year of aerial and underwater surveys, as the water warms again.</p></article>` +
			`<article><h4><a href="/n/8">Second year of bleaching on the reef</a></h4><p>March 10, 2017</p><p>The reef is bleaching for the second year in a row, scientists said on Friday, and many species will struggle to recover.</p></article>` +
			`<article><h4><a href="/n/9">Cutting pollution will not save the corals</a></h4><p>November 28, 2016</p><p>Reducing pollution and curbing overfishing will not prevent the bleaching that is killing the coral, a new study says.</p></article>`,
			gone: []string{"bleached reef again", "second year in a row", "curbing overfishing"}},
		{name: "forum posts under their authors' names and dates are the story's", after: `<div><a href="/members/1">Tiberius</a> Moderator Sep 18, 2020 #1 <p>The patch changes the colour of the spawn notices and raises the health of the caliphs, who now appear every twenty minutes.</p></div>` +
			`<div><a href="/members/2">Bibi Blocksberg</a> Hero Sep 20, 2020 #2 <p>A pity the light runes are gone, they were the only reason to fight the pharaoh on a quiet evening with friends.</p></div>` +
			`<div><a href="/members/3">Bluerider</a> Reader Sep 20, 2020 #3 <p>Fixed spawn times would make the pharaohs easier to plan for than announcements, which come too late for most of us.</p></div>`,
			kept: []string{"colour of the spawn notices", "only reason to fight", "Fixed spawn times"}},
		{name: "forum posts under their dated permalinks are the story's", after: `<div><a href="/post/1">Sep 18, 2020</a> #1 <p>The patch changes the colour of the spawn notices and raises the health of the caliphs, who now appear every twenty minutes.</p></div>` +
			`<div><a href="/post/2">Sep 20, 2020</a> #2 <p>A pity the light runes are gone, they were the only reason to fight the pharaoh on a quiet evening with friends.</p></div>` +
			`<div><a href="/post/3">Sep 20, 2020</a> #3 <p>Fixed spawn times would make the pharaohs easier to plan for than announcements, which come too late for most of us.</p></div>`,
			kept: []string{"colour of the spawn notices", "only reason to fight", "Fixed spawn times"}},
		{name: "names opening a list's items are the story's", after: `<ul><li><a href="/p/1">Anna Berg</a>, who chairs the finance committee, voted for the plan and said the schools would finally get the money they were promised.</li>` +
			`<li><a href="/p/2">Carl Dahl</a>, the opposition leader, voted against it and said the road repairs had been put off for the third year in a row.</li>` +
			`<li><a href="/p/3">Eva Fors</a> abstained, citing the transport budget, which she said was too small for a city that keeps growing every year.</li></ul>`,
			kept: []string{"Anna Berg", "Carl Dahl", "Eva Fors abstained"}},
		{name: "a table's linked records are the story's", after: `<table><tr><td><a href="/r/1">Release 4.2.3</a></td><td>April 2014, 08:00</td><td>78.57 %</td></tr>` +
			`<tr><td><a href="/r/2">Release 4.2.4</a></td><td>May 2014, 12:30</td><td>91.08 %</td></tr>` +
			`<tr><td><a href="/r/3">Release 4.2.5</a></td><td>June 2014, 09:15</td><td>90.89 %</td></tr></table>`,
			kept: []string{"Release 4.2.3", "May 2014, 12:30", "91.08 %"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractKeeping(t, "https://example.com/story", teaserPage(tt.after), "approved the annual budget", "before the next election")
			checkGoneKept(t, r.Body, tt.gone, tt.kept)
		})
	}
}

// extractKeeping extracts page from pageURL and fails the test unless the body kept each of
// ends: the story's first and last paragraphs, which a furniture test's rule must not cut.
func extractKeeping(t *testing.T, pageURL string, page []byte, ends ...string) *extract.Result {
	t.Helper()
	r, err := extract.Extract(pageURL, page)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ends {
		if !strings.Contains(r.Body, e) {
			t.Fatalf("story paragraphs lost (%q):\n%s", e, r.Body)
		}
	}
	return r
}

// checkGoneKept reports each of gone that body still holds and each of kept it lost.
func checkGoneKept(t *testing.T, body string, gone, kept []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(body, g) {
			t.Errorf("body still has %q:\n%s", g, body)
		}
	}
	for _, k := range kept {
		if !strings.Contains(body, k) {
			t.Errorf("body lost %q:\n%s", k, body)
		}
	}
}

// A market ticker in the story's column, under the headline: rows of a name, a price and a
// signed change, with no heading row. A story's own table of quotes heads its columns and stays.
func TestQuoteTickerBesideStory(t *testing.T) {
	story := councilStory(8, "\n")
	ticker := `<table><tr><td><b><a href="/q/1">Steel Index</a></b><br></td><td>4,235.91<br></td><td>-2.51%<br></td></tr>` +
		`<tr><td><b>Crude Oil</b></td><td>56.56</td><td>+0.30%</td></tr>` +
		`<tr><td><b>Copper</b></td><td>8245.00</td><td>+2.61%</td></tr>` +
		`<tr><td><b>Silverware</b></td><td>1085.50</td><td>−0.79%</td></tr>` +
		`<tr><td><b>Wheat</b></td><td>322.50</td><td>-0.92%</td></tr><tr><td><b>Nickel</b></td><td>32450.00</td><td>+2.61%</td></tr></table>`
	own := `<table><tr><th>Fund</th><th>Close</th><th>Change</th></tr><tr><td>Water fund</td><td>112.40</td><td>+1.20%</td></tr>` +
		`<tr><td>Waste fund</td><td>98.10</td><td>-0.40%</td></tr><tr><td>Roads fund</td><td>77.00</td><td>+0.10%</td></tr></table>`
	page := `<html><head><title>Council passes budget</title></head><body><table><tr><td>` +
		`<h1>Council passes budget</h1>` + ticker + story + own + `<p>The vote is due in March, the mayor said at the end of the meeting.</p></td></tr></table></body></html>`
	r := extractKeeping(t, "https://example.com/story", []byte(page), "point 0 of the agenda", "point 7 of the agenda")
	checkGoneKept(t, r.Body, []string{"Steel Index", "Crude Oil", "+0.30%", "Silverware", "Wheat", "32450.00"}, []string{"Water fund", "+1.20%", "due in March"})
}

// A page laid out with a table: the story's column goes on in a later row, under a heading row of
// its own ("addendum"), after the row whose other cells hold the menu. The second part is the
// story's, as a reader sees it in the same column.
func TestStoryGoesOnInLaterTableRow(t *testing.T) {
	part := func(tag string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "<p>%s paragraph %d: to travel is to step outside the rooms we know and to listen for a long while "+
				"to the streets and the markets and the voices of a city whose language we do not yet speak. Nothing there is explained "+
				"and nothing needs to be; the mind left without its usual answers begins at last to notice what it had taken for granted.</p>\n", tag, i)
		}
		return b.String()
	}
	menu := `<p><a href="/use">how to use this site</a><br><a href="/statement">artist's statement</a><br>on leaving</p>`
	page := `<html><head><title>on leaving</title></head><body><table><tr><td><table><tr><td><a href="/rec"><img src="/rec.gif"></a></td></tr>` +
		`<tr><td><a href="/proj"><img src="/proj.gif"></a></td></tr></table></td><td><table><tr><td><img src="/head.gif"></td></tr><tr><td><table>` +
		`<tr><td>on leaving</td><td>&nbsp;</td><td>&nbsp;</td></tr>` +
		`<tr><td>` + part("First", 20) + `</td><td>&nbsp;</td><td>` + menu + `</td></tr>` +
		`<tr><td>addendum</td><td>&nbsp;</td><td>&nbsp;</td></tr>` +
		`<tr><td>` + part("Second", 8) + `</td><td>&nbsp;</td><td>&nbsp;</td></tr>` +
		`</table></td></tr></table></td></tr></table></body></html>`
	r, err := extract.Extract("https://example.com/leaving", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkGoneKept(t, r.Body, []string{"artist's statement"}, []string{"First paragraph 0", "First paragraph 19", "Second paragraph 0", "Second paragraph 7"})
}
