package extract

import (
	"strings"
	"testing"
)

// auth26Story is a paragraph of story text for the handmade pages below.
var auth26Story = strings.Repeat("The council met on Monday to debate the new budget and passed it after a long session. ", 5)

// auth26Run extracts a handmade page at pageURL and checks its authors.
func auth26Run(t *testing.T, name, pageURL, head, body string, want []string) {
	t.Helper()
	page := "<html><head><title>Council passes the budget after a long night</title>" + head + "</head><body>" + body + "</body></html>"
	r, err := Extract(pageURL, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	checkAuthors(t, name, r.Authors, want)
}

// TestAuthorsSiteDigitalDesk26: the account a content system credits a site's online desk copy
// to, the site's name and "Digital" ("Example Now Digital" on examplenownews.com, whose publisher
// is "Example Now"), is no person; a writer's name on the same site stays.
func TestAuthorsSiteDigitalDesk26(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council passes the budget after a long night","author":[{"@type":"Person","name":"` +
			author + `"}],"publisher":{"@type":"Organization","name":"Example Now"}}</script>`
	}
	body := func(author string) string {
		return `<article><h1>Council passes the budget after a long night</h1><div class="byline">Authored by: <a href="/author/x">` + author + `</a></div><p>` + auth26Story + `</p><p>` + auth26Story + `</p></article>`
	}
	const u = "https://www.examplenownews.com/india/council-passes-the-budget-article-123"
	auth26Run(t, "site and Digital", u, ld("Example Now Digital"), body("Example Now Digital"), nil)
	auth26Run(t, "site and Bureau", u, ld("Example Now Bureau"), body("Example Now Bureau"), nil)
	auth26Run(t, "a writer", u, ld("Jane Roeburn"), body("Jane Roeburn"), []string{"Jane Roeburn"})
}

// TestAuthorsClosingPostSignOff26: a story that closes with the writer's name and post after a
// comma, on a line of its own ("ज्योतिका ग्रोवर, संवाददाता", Hindi for correspondent; "Jane
// Roeburn, Special Correspondent"), names its writer; a Devanagari name spells its vowels with
// spacing marks.
func TestAuthorsClosingPostSignOff26(t *testing.T) {
	hi := strings.Repeat("नगर परिषद ने सोमवार को नए बजट पर लंबी बहस के बाद उसे पारित कर दिया. ", 5)
	body := `<h1>परिषद ने बजट पारित किया</h1><div class="news_content"><p>` + hi + `</p><p>` + hi + `</p><p><em><strong>सुनीता वर्मा, संवाददाता</strong></em></p></div>`
	auth26Run(t, "Hindi correspondent", "https://example.in/hi/news/budget", `<meta http-equiv="content-language" content="hi">`, body, []string{"सुनीता वर्मा"})
	body = `<h1>Council passes the budget after a long night</h1><div class="content"><p>` + auth26Story + `</p><p>` + auth26Story + `</p><p>Jane Roeburn, Special Correspondent</p></div>`
	auth26Run(t, "English correspondent", "https://example.com/news/budget", "", body, []string{"Jane Roeburn"})
	// A quoted person's name and trade closing the story is no sign-off.
	body = `<h1>Council passes the budget after a long night</h1><div class="content"><p>` + auth26Story + `</p><p>` + auth26Story + `</p><p>Jane Roeburn, Treasurer</p></div>`
	auth26Run(t, "another trade", "https://example.com/news/budget", "", body, nil)
}

// TestAuthorsCapitalsBylineJoined26: the JSON-LD names the first two of three writers whom the
// byline prints in capitals, the last joined with "and" ("By JANE ROEBURN, TOM EXAMPLE and ANA
// SAMPLEZ"): all three write the story.
func TestAuthorsCapitalsBylineJoined26(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council passes the budget after a long night","author":[{"@type":"Person","name":"Jane Roeburn"},{"@type":"Person","name":"Tom Example"}]}</script>`
	body := `<article><h1>Council passes the budget after a long night</h1><span class="Component-bylines">By JANE ROEBURN, TOM EXAMPLE and ANA SAMPLEZ</span><p>` + auth26Story + `</p><p>` + auth26Story + `</p></article>`
	auth26Run(t, "capitals byline", "https://example.com/article/council-budget-0123", ld, body, []string{"Jane Roeburn", "Tom Example", "Ana Samplez"})
}

// TestAuthorsRoleInitialAccount26: a posting account named for a role and an initial ("Editor
// M") is no person; the bold "By …" line opening the story names the writer.
func TestAuthorsRoleInitialAccount26(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Council passes the budget after a long night","author":{"@type":"Person","name":"Editor M"}}</script>`
	body := `<article><h1 class="entry-title">Council passes the budget after a long night</h1><p class="entry-meta">by <span class="entry-author">Editor M</span></p><div class="entry-content"><p><strong><a href="https://social.example.com/janeroeburn">By Jane Roeburn</a></strong><br>` + auth26Story + `</p><p>` + auth26Story + `</p></div></article>`
	auth26Run(t, "role and initial", "https://www.example.com/council-budget/", ld, body, []string{"Jane Roeburn"})
}

// TestAuthorsColumnBoldByline26: a column whose content system credits the publication prints
// its byline in bold under the headline after the column's name ("Tuesday Column By JANE
// ROEBURN"), above the writer's address the body drops.
func TestAuthorsColumnBoldByline26(t *testing.T) {
	ld := `<meta property="og:site_name" content="Example Daily Newspaper"><script type="application/ld+json">{"@type":"BlogPosting","headline":"Letters on last week's columns","author":{"@type":"Person","name":"Example Daily"}}</script>`
	body := `<article><h1>Letters on last week's columns</h1><div class="entry-content"><p><strong>Tuesday Column By JANE ROEBURN </strong></p><p>roeburn@example.com | 0800 000 000</p><p>&nbsp;</p><p>` + auth26Story + `</p><p>` + auth26Story + `</p></div></article>`
	auth26Run(t, "column byline", "https://www.exampledailyng.com/letters-on-last-weeks-columns/", ld, body, []string{"Jane Roeburn"})
	// "Photo By …" in bold is a picture's credit, not a column's byline.
	body = `<article><h1>Letters on last week's columns</h1><div class="entry-content"><p><strong>Photo By JANE ROEBURN</strong></p><p>` + auth26Story + `</p><p>` + auth26Story + `</p></div></article>`
	r, err := Extract("https://www.exampledailyng.com/letters-on-last-weeks-columns/", []byte("<html><head>"+ld+"</head><body>"+body+"</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range r.Authors {
		if a == "Jane Roeburn" {
			t.Errorf("photo credit: authors = %q, the photographer taken for the writer", r.Authors)
		}
	}
}

// TestAuthorsKoScreenCaptureSignOff26: an entertainment story that closes with the writer's name
// and, after a slash, a screen capture as its pictures' source ("홍길동 / 화면캡처 유튜브") names
// its writer, as "… / 사진제공 …" does.
func TestAuthorsKoScreenCaptureSignOff26(t *testing.T) {
	ko := strings.Repeat("시의회는 월요일 새 예산안을 놓고 긴 토론을 벌인 끝에 통과시켰다. ", 5)
	body := `<h2 class="art_title">시의회, 긴 밤 끝에 예산안 통과</h2><div class="news_txt">` + ko + `<br><br>` + ko + `<br><br>홍길동 / 화면캡처 유튜브</div>`
	auth26Run(t, "screen capture", "https://enews.example.co.kr/article/12345", `<meta name="author" content="iXTV 연예">`, body, []string{"홍길동"})
}

// TestAuthorsHindiDesk26: a Hindi desk credited as a person in the JSON-LD ("वाराणसी ब्यूरो",
// the Varanasi bureau) is no writer, now that Devanagari names read as names.
func TestAuthorsHindiDesk26(t *testing.T) {
	ld := func(author string) string {
		return `<script type="application/ld+json">{"@type":"NewsArticle","headline":"परिषद ने बजट पारित किया","author":{"@type":"Person","name":"` + author + `"}}</script>`
	}
	hi := strings.Repeat("नगर परिषद ने सोमवार को नए बजट पर लंबी बहस के बाद उसे पारित कर दिया. ", 5)
	body := `<h1>परिषद ने बजट पारित किया</h1><div class="content"><p>` + hi + `</p><p>` + hi + `</p></div>`
	auth26Run(t, "bureau", "https://example.in/hi/news/budget", ld("लखनऊ ब्यूरो"), body, nil)
	auth26Run(t, "digital desk", "https://example.in/hi/news/budget", ld("डिजिटल डेस्क"), body, nil)
	auth26Run(t, "a writer", "https://example.in/hi/news/budget", ld("सुनीता वर्मा"), body, []string{"सुनीता वर्मा"})
}
