package extract_test

import (
	"strings"
	"testing"

	"paperboy/core/extract"
)

// Korean pages whose story is short beside the page's other text, or followed by lines of the
// page's own: a teaser card's excerpt, a blog skin's sidebar, a wire desk's footer, a paywall.
func TestBodyKoreanShortStories(t *testing.T) {
	p1 := "김정은 북한 국무위원장이 수술 후 심각한 위험에 빠진 상태라는 정보를 미국 정부가 주시하고 있다고 미국 방송이 관리를 인용해 보도했다."
	p2 := "보도에 따르면 김 위원장은 지난 15일 주석의 생일 행사에 불참했으며 이에 따라 그의 건강을 둘러싸고 추측이 제기됐다."
	card := "<li><a href=\"/news/2\">다른 기사 제목</a><p class=\"art_txt\">" +
		strings.Repeat("최근 제약업계에서 자사의 경영활동에 대한 전반적인 내용을 홍보하기 위해 언론에 배포하는 보도자료에 대한 남발 행태가 도마 위에 올랐다. ", 4) + "</p></li>"
	for _, c := range []struct {
		name, html, want, not string
	}{
		{"itemprop=articleBody over a longer teaser card", `<html lang="ko"><body><h1>김정은 수술 후 중태</h1>
<div id="news_body_area" class="smartOutput" itemprop="articleBody"><p>&nbsp;</p><div><script>document.write("ad")</script></div><p>` + p1 + `</p><p>&nbsp;</p><p>` + p2 + `</p></div>
<div class="side"><ul>` + card + `</ul></div></body></html>`, p2, "보도자료"},
		{"a blog skin's sidebar after Posted by and the counts", `<html lang="ko"><body><table><tr><td><h2>김정은 수술 후 중태</h2>
<p>` + p1 + `</p><p>` + p2 + `</p><p>` + p1 + `</p>
<p>Posted by 블랙칼라</p><p>트랙백 0개, 댓글 0개가 달렸습니다</p>
<p>블로그는 제 삶의 일부를 기록을 한 곳으로 블로그가 제 인생 모두를 포함하고 있지는 않습니다.</p><p>카테고리</p><p>분류 전체보기 (99)</p><p>주식 (26)</p>
<p>Total : 26,244</p><p>Today : 3</p></td></tr></table></body></html>`, p2, "카테고리"},
		{"a wire desk's source line and what follows it", `<html lang="ko"><body><h1>김정은 수술 후 중태</h1><div class="article-body">
<p>` + p1 + `</p><p>` + p2 + `</p><p>원문 출처: 신화사</p><p>기사 오류를 발견시 하기 연락처로 의견을 보내주시면 감사하겠습니다.</p><p>전화：0086-10-8805-0795</p></div></body></html>`, p2, "연락처"},
		{"a paywall's notice under the teaser", `<html lang="ko"><body><h1>김정은 수술 후 중태</h1><div class="article-body">
<p>` + p1 + `</p><p>` + p2 + `</p><p>＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊</p><p>※로그인을 하면 계속 열람하실수 있습니다.</p><p>회원이신 경우, 오른쪽 또는 아래에 있는 「로그인」항목에서 로그인해주세요.</p></div></body></html>`, p2, "로그인"},
	} {
		r, err := extract.Extract("https://www.example.co.kr/news/article.html?no=1", []byte(c.html))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(r.Body, c.want) || strings.Contains(r.Body, c.not) || strings.Contains(r.Body, "＊＊") {
			t.Errorf("%s: body = %q", c.name, r.Body)
		}
	}
}
