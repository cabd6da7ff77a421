package extract

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// briefPage is a station's news page: a short story in a named block under the headline, then
// the lists of other stories' headlines (labels, linked headlines, times) and teaser cards, as
// broadcasters' and wires' brief pages set them, read by readability as one column with it.
func briefPage(lang, title, storyOpen, storyClose string, story []string, lists string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/weather">Weather</a></nav></header>
<div class="l-wrap"><main class="l-main"><article><h1>%s</h1><div class="meta"><a href="/tag/a">tag</a> <time datetime="2023-01-15T15:00:00+09:00">2023-01-15 15:00</time></div>
%s`, lang, title, title, storyOpen)
	for _, p := range story {
		fmt.Fprintf(&b, "<p>%s</p>\n", p)
	}
	fmt.Fprintf(&b, "%s</article>\n%s</main></div><footer><p>© Station</p></footer></body></html>", storyClose, lists)
	return b.String()
}

// headlineList is a heading over cards of linked headlines, each with its time, as a grid of
// <article> elements: a link around a block named like a story's ("m-article-content").
func headlineList(tag, label, ago string, headlines []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="l-contents-wrap"><%s class="c-heading">%s</%s><div class="l-flex">`, tag, label, tag)
	for i, h := range headlines {
		fmt.Fprintf(&b, `<article class="m-article-4col"><a class="m-article-inner" href="/articles/%d"><div class="m-article-content"><h3>%s</h3><div class="l-flex"><time>`+ago+`</time></div></div></a></article>`, i, h, i+1)
	}
	b.WriteString("</div></div>\n")
	return b.String()
}

var jaBrief = []string{"鳥取県は１５日、新たに８３０人が新型コロナウイルスに感染したと発表。保健所別で、鳥取市３６６人、米子２９７人、倉吉１６７人です。県内の累計は、１２万７０６７人となりました。"}

var jaHeadlines = []string{
	"「ごっつんこ」両陛下の頭がぶつかり合い…笑顔見せられる場面も　天皇皇后両陛下と愛子さまが御料牧場に　4年ぶりの地方静養【最新映像】",
	"トランプ前大統領の裁判、傍聴した記者が見た“印象的な姿”「肩をすくめ」「おとなしくしていた」",
	"入江陵介、100m背泳ぎで10連覇の偉業！8度目の世界選手権代表決めるも「タイムは遅い、不甲斐ない」【競泳・日本選手権】",
	"善光寺本堂で「びんずる尊者像」盗難　像は無事発見　熊本県の34歳の男を盗みの疑いで逮捕　長野市",
	"「さぼってても注意されない」勤務中にゲームやYouTube…“血税で運営”のワクチンコールセンターで何が",
	"無免許・飲酒運転・ひき逃げ…「逃げ得」を許さない「警察官の目の前で缶ビールを飲む」50代の男を逮捕",
	"角栄節は“話芸”  笑わせるのが本当に抜群『ザ・スピーチ』田中角栄元総理の演説オペラに浪曲師・玉川太福さん",
	"道端ジェシカさんを釈放　MDMA所持の疑い容疑否認　夫のカオ・ケネス容疑者は密輸の疑いで再逮捕",
}

func TestShortStoryBesideHeadlineListsJa(t *testing.T) {
	// A one-paragraph brief under the headline, then "いま話題の記事" and "全国のトップニュース"
	// with eight linked headlines: the brief alone is the story.
	page := briefPage("ja", "鳥取県で新たに８３０人感染確認", `<div class="article-body">`, "</div>", jaBrief,
		headlineList("h2", "いま話題の記事", "%d時間前", jaHeadlines[:4])+headlineList("div", "全国のトップニュース", "%d時間前", jaHeadlines[4:]))
	r, err := Extract("https://news.example.jp/articles/bss/276175", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "１２万７０６７人") {
		t.Errorf("body lost the story: %q", r.Body)
	}
	for _, furniture := range []string{"いま話題の記事", "全国のトップニュース", "御料牧場", "時間前"} {
		if strings.Contains(r.Body, furniture) {
			t.Errorf("body keeps %q: %q", furniture, r.Body)
		}
	}
}

var enBrief = []string{
	"Firefighters put out a blaze at a vacant warehouse on Dock Road early on Sunday. No one was hurt, and the cause of the fire is under investigation. Dock Road was closed between Mill Street and the river for about three hours while crews worked.",
}

var enHeadlines = []string{
	"Council votes, 7-2, to rebuild the Harbor Street bridge after a decade of debate, delays and lawsuits",
	"School board names new superintendent, a former principal, for the coming year, ending a long search",
	"Storm knocks out power to thousands, closes roads, schools and offices across the county overnight",
	"High school team wins first state title in forty years, beating the champions, 3-2, in overtime",
	"Road work on Route 9, the county's busiest road, to start next month, officials say, lasting a year",
	"Local bakery, famous for its rye bread, celebrates one hundred years on Main Street with a party",
}

// teaserCards is a "Top Stories" box of cards: a linked headline over a line of summary.
func teaserCards(label string, cards [][2]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<section class="top-stories"><h2>%s</h2><ul>`, label)
	for i, c := range cards {
		fmt.Fprintf(&b, `<li class="card"><a href="/story/%d">%s</a><p class="card-summary">%s</p></li>`, i, c[0], c[1])
	}
	b.WriteString("</ul></section>\n")
	return b.String()
}

// columnStory reads page's <main> whole, as readability reads the column of a brief and the
// lists under it, and returns the short named story shortNamedStory finds in that reading.
func columnStory(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var column *html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Main {
			column = n
			break
		}
	}
	return shortNamedStory(doc, newCandidate(renderText(column))).text
}

func TestShortStoryBesideHeadlineListsEn(t *testing.T) {
	// A brief in a named block, read with the column around it: a "Most Read" list and "Top
	// Stories" cards whose summaries are sentences outside the links. The brief is the story.
	cards := teaserCards("Top Stories", [][2]string{
		{"Mayor unveils plan for new downtown library", "The three-story building, with a cafe, a theatre and a roof garden, would open in 2026 and replace the branch on Elm Street."},
		{"Ferry service to resume after winter break", "Boats will run hourly on weekends, and twice an hour in summer, starting in April, the operator said on Friday."},
		{"County fair adds a second weekend this summer", "Organizers, who sold out two days early last year, expect record crowds, longer lines and more rides."},
		{"Library extends its weekend hours", "Branches will open at nine on Saturdays, an hour earlier, and stay open until six, the director said."},
	})
	page := briefPage("en", "Fire destroys vacant Dock Road warehouse", `<div class="story-body">`, "</div>", enBrief,
		headlineList("h2", "Most Read", "%d hours ago", enHeadlines)+cards)
	body := columnStory(t, page)
	if !strings.Contains(body, "about three hours") || !strings.Contains(body, "No one was hurt") {
		t.Errorf("body lost the story: %q", body)
	}
	for _, furniture := range []string{"Most Read", "new superintendent", "Top Stories", "downtown library", "record crowds"} {
		if strings.Contains(body, furniture) {
			t.Errorf("body keeps %q: %q", furniture, body)
		}
	}
}

func TestShortStoryBesideHeadlineListsKo(t *testing.T) {
	// A Korean brief the page marks itemprop=articleBody, read with "많이 본 뉴스" and "실시간
	// 인기 기사" under it: the brief alone.
	story := []string{
		"서울시는 15일 한강 공원의 자전거 도로 12km 구간을 새로 포장한다고 밝혔다. 공사는 다음 달 1일부터 두 달 동안 진행되며 총 사업비는 35억 원이다. 노후한 포장 때문에 넘어지는 사고가 잇따르자 시민들의 요청이 많았다.",
		"시는 공사 기간 동안 우회 도로를 안내할 계획이다. 공사 구간은 잠실에서 반포까지이며 야간에는 통행을 허용한다.",
	}
	headlines := []string{
		"정부, 내년 예산안 국회 제출…총지출 650조원 규모",
		"프로야구 올스타전 팬 투표 시작…다음 달 5일까지",
		"기상청 \"주말 전국에 비…남부 지방 최대 80mm\"",
		"반도체 수출 석 달 연속 증가…무역수지 흑자 유지",
		"국립중앙박물관, 신라 금관 특별전 개막",
		"지하철 9호선 연장 구간 개통 일정 확정",
	}
	page := briefPage("ko", "한강 자전거 도로 12km 새로 포장", `<div itemprop="articleBody">`, "</div>", story,
		headlineList("h2", "많이 본 뉴스", "%d시간 전", headlines[:3])+headlineList("h2", "실시간 인기 기사", "%d시간 전", headlines[3:]))
	body := columnStory(t, page)
	if !strings.Contains(body, "우회 도로를 안내할") {
		t.Errorf("body lost the story: %q", body)
	}
	for _, furniture := range []string{"많이 본 뉴스", "실시간 인기", "예산안", "금관"} {
		if strings.Contains(body, furniture) {
			t.Errorf("body keeps %q: %q", furniture, body)
		}
	}
}

func TestLongStoryWithLinkListStays(t *testing.T) {
	// A long story whose named block holds a list of sources, each linked, among its paragraphs: the
	// list is the story's and nothing is cut.
	var paras []string
	for i := range 8 {
		paras = append(paras, fmt.Sprintf("Paragraph %d of the inquiry report says the harbour board ignored warnings from its own engineers about the state of the ferry pier for several years before it was closed.", i+1))
	}
	list := `<ul><li>The <a href="/r/1">inquiry report</a>, published on Monday, runs to three hundred pages</li><li>The <a href="/r/2">engineers' 2019 warning letter</a> asked for the pier to be closed</li><li>The <a href="/r/3">harbour board minutes</a> of March 2020 record no vote on it</li></ul>`
	page := briefPage("en", "Inquiry faults harbour board over pier", `<div class="article-body">`, list+"<p>The board said it would respond to the report next week.</p></div>", paras,
		headlineList("h2", "Most Read", "%d hours ago", enHeadlines))
	r, err := Extract("https://www.example.com/news/2023/01/15/pier-inquiry", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Paragraph 1 of", "Paragraph 8 of", "asked for the pier to be closed", "respond to the report next week"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("body lost %q: %q", want, r.Body)
		}
	}
}

func TestShortNamedStoryLeavesProseAndCardGrids(t *testing.T) {
	// Read as one column, a named opening followed by the story's own paragraphs, and a
	// section page whose every teaser names its summary like a story, keep their reading.
	more := `</div><p>The warehouse had stood empty since the shipping company that owned it moved to the new port in 2019, and neighbours had complained about trespassers for months.</p>`
	lead := briefPage("en", "Fire destroys vacant Dock Road warehouse", `<div class="story-body">`, more, enBrief,
		headlineList("h2", "Most Read", "%d hours ago", enHeadlines))
	if body := columnStory(t, lead); body != "" {
		t.Errorf("named opening of a longer story read alone: %q", body)
	}
	var grid strings.Builder
	grid.WriteString(`<html><body><main><h1>Local news</h1>`)
	for i, h := range enHeadlines {
		fmt.Fprintf(&grid, `<div class="teaser"><h2><a href="/s/%d">%s</a></h2><div class="story-text"><p>%s</p></div></div>`, i, h, enBrief[0])
	}
	grid.WriteString(`</main></body></html>`)
	if body := columnStory(t, grid.String()); body != "" {
		t.Errorf("one teaser of a section page read as the story: %q", body)
	}
}
