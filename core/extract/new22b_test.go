package extract

import (
	"strings"
	"testing"
)

// new22bStory is a Korean story's paragraphs, long enough for the body rules to take them.
var new22bStory = strings.Repeat("<p>시는 올해 예산안을 의회에 제출했으며 의회는 오는 다음 달 본회의에서 이를 심사할 예정이라고 밝혔다.</p>", 5)

// new22bRun extracts a synthetic Korean page with the given head and body.
func new22bRun(t *testing.T, head, body string) *Result {
	t.Helper()
	return new22bPage(t, "시, 내년 예산안 의회 제출", head, body)
}

// new22bPage is new22bRun with the page's title.
func new22bPage(t *testing.T, title, head, body string) *Result {
	t.Helper()
	page := `<html lang="ko"><head><meta charset="utf-8"><title>` + title + `</title>` + head + `</head><body>` + body + `</body></html>`
	r, err := Extract("https://www.example.co.kr/news/articleView.html?idxno=1", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A desk credits a wire story to the agency by its short name ("연합 기자"): Yonhap is no
// person; Korea's agencies join the table of agencies.
func TestAuthorsNew22bKoreanAgency(t *testing.T) {
	r := new22bRun(t, `<meta property="dable:author" content="연합"><meta name="author" content="연합">`,
		`<h3>시, 내년 예산안 의회 제출</h3><span class="byline"><a href="/search?w=연합">연합</a></span><div class="news_bm">`+new22bStory+`</div><div class="byline_wrap">연합 기자</div>`)
	checkAuthors(t, "연합 기자", r.Authors, nil)
}

// A package's header lists every reporter, each a name and a title, in elements no byline
// class names; the sign-offs inside the package name only its sections' writers.
func TestAuthorsNew22bHeaderList(t *testing.T) {
	r := new22bRun(t, "",
		`<h1 class="subject">시, 내년 예산안 의회 제출</h1><div class="info"><strong>머니신문</strong>
<ul class="list"><li class="name">조성훈 기자</li><li class="name">김은령 기자</li><li class="name">세종=박경담 기자</li><li class="name">안채원 인턴기자</li></ul><span>2019.02.01 06:30</span></div>`+
			`<div id="textBody">`+new22bStory+`<br>김은령 기자<br><b>■ 둘째 이야기</b><br>`+new22bStory+`<br>안채원 인턴기자</div>`)
	checkAuthors(t, "header list", r.Authors, []string{"조성훈", "김은령", "박경담", "안채원"})
}

// A wire dateline lists several reporters with spaces alone between them, the credit closed by
// "=" as the wire closes it.
func TestAuthorsNew22bDatelineList(t *testing.T) {
	r := new22bRun(t, "",
		`<h2>시, 내년 예산안 의회 제출</h2><div class="article_body"><br> (세종=연합뉴스) 이세원 이대희 민경락 기자 = 시는 올해 예산안을 의회에 제출했다.<br><br>`+strings.Repeat("의회는 오는 다음 달 본회의에서 이를 심사할 예정이라고 밝혔다. ", 8)+`</div>`)
	checkAuthors(t, "dateline list", r.Authors, []string{"이세원", "이대희", "민경락"})
}

// A short story the page names whole (itemprop articleBody), which readability reads with the
// column around it: the headline twice (a sticky header's copy), the byline and stamp, a
// font-size picker's sample letters, a translation dialog's title. The named container is the
// story; nothing the reading adds to it is a sentence.
func TestBodyNew22bShortNamedStory(t *testing.T) {
	r := new22bPage(t, "가수와 배우 결혼 - 스포츠경제", "", `<div>
<div>
<section>
<div>
<div>
<div>
<div>가수와 배우 결혼</div>
<ul>
<li>
<ul>
<li>
<label>가나다라마바사</label>
</li>
</ul>
</li>
</ul>
</div>
</div>
<header>
<header>
<div>가수와 배우 결혼</div>
</header>
<section>
<div>
<ul>
<li> 정진영 기자</li>
<li> 승인 2017.12.18 17:34</li>
<li>
댓글
0					</li>
</ul>
</div>
<ul>
<li>
<ul>
<li>
<label>가나다라마바사</label>
</li>
<li>
<label>가나다라마바사</label>
</li>
<li>
<label>가나다라마바사</label>
</li>
<li>
<label>가나다라마바사</label>
</li>
<li>
<label>가나다라마바사</label>
</li>
<li>
<label>가나다라마바사</label>
</li>
</ul>
</li>
</ul>
</section>
<div data-reveal>
<header>
<div>이 기사를 번역합니다</div>
</header>
</div>
</header>
<div>
<section>
<div>
<article>
<div id="article-content-div">
<p>[스포츠경제 정진영] 그룹의 멤버와 배우가 결혼한다.</p>
<p>18일 소속사 관계자는 신문과의 통화에서 "두 사람이 내년 2월 결혼식을 올린다"며 결혼 사실을 공식 인정했다.</p>
<p>두 사람은 지난 2014년 가수의 솔로 곡 뮤직 비디오 촬영으로 처음 만나 2015년 5월부터 연예계 대표 공식 커플로 지내왔다.</p>
</div>
</article>
</div>
</section>
</div>
</div>
</section>
</div>
</div>`)
	if !strings.HasPrefix(r.Body, "[스포츠경제 정진영]") || strings.Contains(r.Body, "가나다라") || strings.Contains(r.Body, "번역") || !strings.Contains(r.Body, "커플로 지내왔다.") {
		t.Errorf("body:\n%s", r.Body)
	}
}

// A font-size picker's samples are the alphabet recited ("가나다라마바사"), never a sentence.
func TestFontSampleNew22b(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{{"가나다라마바사", true}, {"가나다라마 가나다라마 가나다라마", true}, {"가나다라", true}, {"가나다", false},
		{"가나다라마바사 순서로 정렬했다.", false}, {"가나다라순", false}} {
		if got := fontSample(c.line, len([]rune(c.line))); got != c.want {
			t.Errorf("fontSample(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
