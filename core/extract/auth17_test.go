package extract

import "testing"

// Chinese credits the rules did not read: "文/图" (the writers took the pictures too) before the
// names, the label and the name run together after the "|" of an information row (the two in
// elements of their own), a WeChat repost's "原创：" with the writer and "编译" run together.
func TestAuthorsZhCredits17(t *testing.T) {
	const h = "春季植树活动在城郊公园举行"
	for _, c := range []struct {
		name, top, lead, tail string
		want                  []string
	}{
		{"文/图 at the end", "", "", "(文/图 刘明东 易小楠)", []string{"刘明东", "易小楠"}},
		{"文/图： at the start", "", "文/图：王晓燕 ", "", []string{"王晓燕"}},
		{"作者 in an information row", `<div class="info">2019-07-30 10:30| 来源<span class="src">范例网</span>| <span>12</span> 条评论| 作者<span class="ago">魏小星</span></div>`, "", "", []string{"魏小星"}},
		{"作者简介 in a row", `<div class="info">来源 范例网 | 作者简介</div>`, "", "", nil},
		{"原创 and 编译", "", "原创： 路明远编译 范例交易与研究 ", "", []string{"路明远"}},
	} {
		checkAuthors(t, c.name, zhCreditPage(t, "zh-CN", h, "", c.top, c.lead, c.tail).Authors, c.want)
	}
}

// A byline box whose name and stamp are elements side by side with no space between: the text
// runs the date into the name ("谢小含2017-03-01 14:27:02").
func TestAuthorsGluedNumericDate(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<div class="author"><span class="name">谢小含</span><span class="date">2017-03-01 14:27:02</span></div>`)
	checkAuthors(t, "Han name and ISO stamp", got, []string{"谢小含"})
	got = authorsOf(t, "https://example.com/a", "", `<div class="author"><span class="name">Jane Roe</span><span class="date">2017/03/01</span></div>`)
	checkAuthors(t, "Latin name and slashed date", got, []string{"Jane Roe"})
}

// The label an author card prints over the name in an element of its own ("著者") is no name;
// when the name is the desk's, the card credits nobody.
func TestAuthorsCardRoleLabel(t *testing.T) {
	got := authorsOf(t, "https://example.jp/a", "", `<div class="credit_author"><div class="bio"><div class="label">著者</div><div class="name">範例編集部</div><p>モノづくりのヒントになるような記事をお届けします。</p></div></div>`)
	checkAuthors(t, "desk under 著者", got, nil)
	got = authorsOf(t, "https://example.jp/a", "", `<div class="credit_author"><div class="bio"><div class="label">著者</div><div class="name">山田 太郎</div></div></div>`)
	checkAuthors(t, "person under 著者", got, []string{"山田 太郎"})
}

// Scholarly pages repeat citation_author once per author (Dublin Core repeats dc.creator): every
// one is an author, in natural order or surname first.
func TestAuthorsRepeatedCitationAuthor(t *testing.T) {
	got := authorsOf(t, "https://example.org/a", `<meta name="citation_author" content="Jane Roe"><meta name="citation_author_institution" content="Example Institute"><meta name="citation_author" content="Juan Pérez"><meta name="citation_author" content="Anna B. Smith">`, "")
	checkAuthors(t, "natural order", got, []string{"Jane Roe", "Juan Pérez", "Anna B. Smith"})
	got = authorsOf(t, "https://example.org/a", `<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Pérez, Juan">`, "")
	checkAuthors(t, "surname first", got, []string{"Jane Roe", "Juan Pérez"})
	got = authorsOf(t, "https://example.org/a", `<meta name="DC.creator" content="Jane Roe"><meta name="DC.creator" content="Juan Pérez">`, "")
	checkAuthors(t, "dc.creator", got, []string{"Jane Roe", "Juan Pérez"})
}

// A JSON-LD author printed nowhere on the page (whoever filed the story in the system) gives way
// to the byline element the reader sees when that names someone else.
func TestAuthorsUnprintedJSONLDAuthor(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"春季植树活动在城郊公园举行","author":{"@type":"Person","name":"陳小光"}}</script>`
	r := zhCreditPage(t, "zh-TW", "春季植树活动在城郊公园举行", ld, `<div class="meta"><div class="source">範例報</div><div class="author"><a href="/reporter/1">謝小俊</a></div></div>`, "", "")
	checkAuthors(t, "byline over the unprinted JSON-LD author", r.Authors, []string{"謝小俊"})
	r = zhCreditPage(t, "zh-TW", "春季植树活动在城郊公园举行", ld, `<div class="meta"><div class="author"><a href="/reporter/1">陳小光</a></div></div>`, "", "")
	checkAuthors(t, "printed JSON-LD author", r.Authors, []string{"陳小光"})
	got := authorsOf(t, "https://example.com/a", `<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Roe"}}</script>`, `<div class="byline">By Jane M. Roe</div>`)
	checkAuthors(t, "the byline's fuller form of the same name", got, []string{"Jane Roe"})
}

// After a slash, a credit that ends with a post is the writers' paper and post ("/ Example
// Shimbun Staff Writers"), no co-author.
func TestAuthorsSlashOutletPost(t *testing.T) {
	got := authorsOf(t, "https://example.com/a", "", `<p class="byline">By Jane Roe and John Doe / Example Shimbun Staff Writers</p>`)
	checkAuthors(t, "plural post", got, []string{"Jane Roe", "John Doe"})
	got = authorsOf(t, "https://example.com/a", "", `<p class="byline">By Jane Roe / Example Shimbun Staff Writer</p>`)
	checkAuthors(t, "singular post", got, []string{"Jane Roe"})
}

// A Japanese writer's label and the name in a text of their own, in an element no byline class
// marks: "著者：山田太郎", "文● 岡本／範例編集部" (the desk after the slash).
func TestAuthorsJaWriterLabel(t *testing.T) {
	got := authorsOf(t, "https://example.jp/a", "", `<div class="articleHeader"><time>2019/02/22 17:23</time><a class="articleHeader_name" href="/author/180/">著者：山田太郎</a></div>`)
	checkAuthors(t, "著者：", got, []string{"山田太郎"})
	got = authorsOf(t, "https://example.jp/a", "", `<div class="artdata"><p class="date">2019年04月21日 12時00分更新</p><p><a>文● 岡本／範例編集部</a></p></div>`)
	checkAuthors(t, "文●", got, []string{"岡本"})
	got = authorsOf(t, "https://example.jp/a", "", `<p>著者：範例編集部</p>`)
	checkAuthors(t, "the desk", got, nil)
}

// An academic title before a name is no part of it; before one word it is a brand's.
func TestAuthorsAcademicTitle(t *testing.T) {
	got := authorsOf(t, "https://example.de/a", "", `<div class="author">Von Dr. Max Beispiel</div>`)
	checkAuthors(t, "Dr.", got, []string{"Max Beispiel"})
	got = authorsOf(t, "https://example.de/a", "", `<div class="author">Prof. Dr. med. Anna B. Muster</div>`)
	checkAuthors(t, "Prof. Dr. med.", got, []string{"Anna B. Muster"})
}
