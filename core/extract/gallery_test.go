package extract

import (
	"fmt"
	"strings"
	"testing"
)

// galleryPage builds a story of paragraphs with a gallery box of captions in its middle.
func galleryPage(storyParas int, galleryClass string) string {
	var story strings.Builder
	for i := range storyParas {
		fmt.Fprintf(&story, "<p>The council met on Monday to debate the budget for the coming year, point %d of the agenda, "+
			"and the members argued for hours about the rates that households and shops will pay for water and waste.</p>", i)
	}
	var slides strings.Builder
	things := []string{"A robot waves at visitors", "Engineers test a flying car", "A drone lifts a parcel", "Students race solar boats",
		"A printer builds a house", "Farmers watch a tractor steer itself", "A surgeon trains on a headset", "Children play with a talking dog",
		"A bus drives without a driver", "Divers film a submarine", "A chef cooks with a laser", "Pilots fly an electric plane"}
	for i, thing := range things {
		fmt.Fprintf(&slides, `<div class="slide"><span class="counter">%d/12</span><p>%s in hall %d of the fair, on a stand built by a company from the north, which hopes to sell the idea to cities, schools and shops.</p><p class="credits">Getty Images</p></div>`, i+1, thing, i+1)
	}
	half := strings.Index(story.String(), "<p>The council met on Monday to debate the budget for the coming year, point 3")
	if half < 0 {
		half = len(story.String())
	}
	gallery := `<div class="` + galleryClass + `"><h2>Tech news in pictures</h2><div class="captions">` + slides.String() + `</div></div>`
	return `<html><head><title>Council debates the budget</title></head><body><article><h1>Council debates the budget</h1>` +
		`<div class="text">` + story.String()[:half] + gallery + story.String()[half:] + `</div></article></body></html>`
}

func TestGalleryInStoryIsFurniture(t *testing.T) {
	for _, cls := range []string{"container grid-mod-gallery", "asset_gallery", "story-video-playlist", "photo-slideshow", "swiper-container", "story-carousel"} {
		r, err := Extract("https://example.com/news/budget", []byte(galleryPage(6, cls)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "in hall 3 of the fair") || strings.Contains(r.Body, "1/12") {
			t.Errorf("%s: the gallery's captions stay in the body:\n%s", cls, r.Body)
		}
		if !strings.Contains(r.Body, "point 0 of the agenda") || !strings.Contains(r.Body, "point 5 of the agenda") {
			t.Errorf("%s: the story is lost:\n%s", cls, r.Body)
		}
	}
}

func TestGalleryPageKeepsCaptions(t *testing.T) {
	// A page that is a gallery, one sentence of story beside it: the captions are its text.
	r, err := Extract("https://example.com/news/budget", []byte(galleryPage(1, "photo-gallery")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "in hall 7 of the fair") {
		t.Errorf("the gallery page lost its captions:\n%s", r.Body)
	}
}

// expiredPage builds a removed entry: the headline, a stamp and one line saying the entry has
// expired, then, in the entry's footer, an "Also on" slideshow of another story whose captions
// wait hidden for its script.
func expiredPage() string {
	var slides strings.Builder
	for i := range 20 {
		fmt.Fprintf(&slides, `<li class="slide-item"><img src="/s/%d.jpg" alt="深海生物 %d"><p style="display: none;">水深%d00メートルの深海で撮影された生物の一種。口のように見えるのは入水孔と呼ばれる部分で、ここを閉じることでプランクトンを海水ごと取り込んで捕食する。米国カリフォルニア州の近海で撮影された。</p></li>`, i, i, i+1)
	}
	return `<html><head><title>クロマグロ残り2匹 水族園の大量死は原因不明</title></head><body>` +
		`<nav><a href="/">トップ</a><a href="/news">ニュース</a><a href="/biz">経済</a></nav>` +
		`<article class="entry"><header><h1>クロマグロ残り2匹 水族園の大量死は原因不明</h1><p>投稿日: 2015年03月04日 11時13分 JST</p></header>` +
		`<div class="content"><p>このエントリは、期限切れになった</p></div>` +
		`<footer><section class="also-on"><h3>Also on Example:</h3><div class="slideshow-wrapper"><div class="slideshow-title">深海生物の世界へようこそ</div>` +
		`<ul class="slides">` + slides.String() + `</ul></div></section></footer></article></body></html>`
}

func TestExpiredEntryIsNotItsSlideshow(t *testing.T) {
	// Nothing reads as a story: the line the entry prints under its headline is its text, not the
	// slideshow of another story below it, nor the label announcing it.
	r, err := Extract("https://example.jp/2015/03/03/tuna.html", []byte(expiredPage()))
	if err != nil {
		t.Fatal(err)
	}
	if r.Body != "このエントリは、期限切れになった" {
		t.Errorf("body = %q, want the expiry notice alone", r.Body)
	}
}

// photoPage builds a Korean story whose photo box, between the deck and the first paragraph,
// holds the picture and a caption ending as given.
func photoPage(caption string) string {
	var story strings.Builder
	for i := range 9 {
		fmt.Fprintf(&story, "통합씨름협회가 이번 추석장사씨름대회에 내건 슬로건이다. 협회는 이번 대회의 홍보에만 예년의 10배 이상인 3억 원가량을 쏟아부었다. "+
			"장사 결정전에 출전하는 선수들의 사진과 주특기, 승률 등 다양한 정보가 진행 무대 뒤 대형 화면에 나왔다 %d.<br><br>", i)
	}
	return `<html><head><title>확 바뀐 추석장사씨름대회</title></head><body><h1>확 바뀐 추석장사씨름대회</h1><div class="article_txt">` +
		`<div class="articlePhotoC"><img src="/p/1.jpg" width="500"><span class="t">14일 서울 장충체육관에서 열린 태백장사 결정전에서 두 선수가 치열하게 기술을 겨루고 있다. ` +
		caption + `</span></div>‘씨름이 확 바뀝니다.’<br><br>` + story.String() + `</div></body></html>`
}

func TestCreditedPhotoCaptionIsFurniture(t *testing.T) {
	// A caption closing on its photographer's address or an agency's credit is the picture's,
	// not the story's first sentence.
	for _, credit := range []string{"최혁중 기자 sajinman@example.com", "경주=뉴스1"} {
		r, err := Extract("https://example.com/news/1", []byte(photoPage(credit)))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(r.Body, "치열하게") {
			t.Errorf("%s: the caption stays in the body:\n%s", credit, r.Body)
		}
		if !strings.Contains(r.Body, "씨름이 확 바뀝니다") || !strings.Contains(r.Body, "대형 화면에 나왔다 8") {
			t.Errorf("%s: the story is lost:\n%s", credit, r.Body)
		}
	}
	// Without a credit the box is left as it is: some references keep a story's captions.
	r, err := Extract("https://example.com/news/1", []byte(photoPage("문준석이 3-1로 이겼다.")))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Body, "치열하게") {
		t.Errorf("an uncredited caption went:\n%s", r.Body)
	}
}
