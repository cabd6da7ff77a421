package extract

import (
	"strings"
	"testing"
)

// fix22aZh is a Chinese story's text, long enough for the body to be found.
var fix22aZh = strings.Repeat(`<p>市政府周二宣布，新的地铁线路将于明年年底前建成通车，沿线居民出行时间预计缩短一半，附近的商业区也将随之扩建。</p>`, 5)

// fix22aFr is a French story's text, long enough for the body to be found.
var fix22aFr = strings.Repeat(`<p>Le conseil municipal a voté mardi la prolongation du bail du parc des expositions pour dix ans, après une séance qui s'est prolongée tard dans la soirée devant de nombreux habitants.</p>`, 4)

func fix22aExtract(t *testing.T, url, page string) *Result {
	t.Helper()
	r, err := Extract(url, []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestPostCommentAreaIsNoStory(t *testing.T) {
	// The readers' comments sit in a block named for the post's comments ("post_comment"),
	// beside the story's own block in the same column: they are no part of the story.
	comment := `<div class="tie-item"><p>这条评论说得很有道理，我完全同意作者的看法，希望早日建成，方便大家出行，也希望票价不要太贵，让更多的人都能坐得起。</p><span>网友甲 2019-11-25 11:05:23</span></div>`
	page := `<html><head><meta charset="utf-8"><title>地铁新线明年通车</title></head><body><h1>地铁新线明年通车</h1>
<div class="main"><div class="post_body"><div id="endText">` + fix22aZh + `</div></div>
<div id="post_comment_area" class="post_comment"><div class="tie-area">` + strings.Repeat(comment, 30) + `</div></div></div></body></html>`
	for _, name := range []string{"post_comment", "post-comments", "post_comment_area"} {
		if !threadName(name) {
			t.Errorf("threadName(%q) = false, want a comment thread's name", name)
		}
	}
	r := fix22aExtract(t, "https://news.example.com/19/1125/story.html", page)
	if strings.Contains(r.Body, "评论说得很有道理") {
		t.Errorf("body holds the readers' comments: %q", r.Body)
	}
	if !strings.Contains(r.Body, "新的地铁线路") {
		t.Errorf("body lost the story: %q", r.Body)
	}
}

func TestPictureBlockBetweenBareLinesSplitsThem(t *testing.T) {
	// A post in bare lines (<br>-separated text) with each picture in a block of its own: the
	// picture's block ends one line and starts the next, as the browser shows them, and the
	// story's sign-off ("编辑|…", "责编|…") closes it before the account's menu.
	var b strings.Builder
	for i := range 6 {
		b.WriteString(`新的地铁线路将于明年年底前建成通车，沿线居民出行时间预计缩短一半。<br>附近的商业区也将随之扩建，第` + string(rune('一'+i)) + `期工程已经开工。`)
		b.WriteString(`<div style="text-align:center;"><img src="https://img.example.com/` + string(rune('a'+i)) + `.jpg" width="600" height="400" alt=""></div>`)
	}
	page := `<html><head><meta charset="utf-8"><title>地铁新线明年通车</title></head><body><h1>地铁新线明年通车</h1>
<div class="news_txt">本文原标题：《地铁新线明年通车》<div style="text-align:center;"><img src="https://img.example.com/top.gif" width="630" height="295" alt=""></div>搭地铁去上班不是梦！<br>` +
		b.String() + `开始期待了！！！<div style="text-align:center;"><img src="https://img.example.com/end.gif" width="551" height="404" alt=""></div>编辑|王小明<br>责编|李小红<br>校对|张小华<br>扫描下方二维码解锁更多技能<br>1、回复【公租房】查看最新消息<br>点击菜单栏【便民服务】解锁更多服务！</div></body></html>`
	r := fix22aExtract(t, "https://www.example.com/newsDetail_forward_1", page)
	paras := strings.Split(r.Body, "\n\n")
	if len(paras) == 0 || paras[0] != "搭地铁去上班不是梦！" {
		t.Errorf("first line = %q, want the post's first line on its own", paras[0])
	}
	if !strings.Contains(r.Body, "开工。\n\n新的地铁线路") {
		t.Errorf("the lines a picture block parts run together: %q", r.Body)
	}
	if !strings.HasSuffix(r.Body, "开始期待了！！！") {
		t.Errorf("body does not end at the story's last line: %q", r.Body)
	}
}

func TestPointedAndAltCaptionLinesAreNoStory(t *testing.T) {
	// Captions printed as bare lines under their pictures: one pointing up at it ("▲…"), a
	// file-photo label ("资料图"), and one repeating the picture's alt in the picture's paragraph.
	page := `<html><head><meta charset="utf-8"><title>地铁新线明年通车</title></head><body><h1>地铁新线明年通车</h1><div class="content">` + fix22aZh +
		`<p><div><img src="https://img.example.com/a.jpg" width="600" height="400" alt=""></div>▲气宇非凡的车站建筑造型灵感来源于飞跃而起的鲸鱼。<br>新线全长三十公里。</p>` +
		`<p><div><img src="https://img.example.com/b.jpg" width="600" height="400" alt=""></div>资料图<br>沿线共设十二座车站。</p>` +
		`<p class="f_center"><img src="https://img.example.com/c.jpg" alt="市民在新车站前排队参观。市交通局供图" width="580">市民在新车站前排队参观。市交通局供图</p>` +
		fix22aZh + `</div></body></html>`
	r := fix22aExtract(t, "https://news.example.com/19/0909/story.html", page)
	for _, c := range []string{"▲气宇非凡", "资料图", "市交通局供图"} {
		if strings.Contains(r.Body, c) {
			t.Errorf("body holds the caption %q: %q", c, r.Body)
		}
	}
	for _, s := range []string{"新线全长三十公里。", "沿线共设十二座车站。"} {
		if !strings.Contains(r.Body, s) {
			t.Errorf("body lost the line %q: %q", s, r.Body)
		}
	}
}

func TestLostCharacterLinesDropped(t *testing.T) {
	if got := dropLostLines("一行。\n\n\uFFFD\uFFFD\uFFFD\n\n二行。"); got != "一行。\n\n二行。" {
		t.Errorf("dropLostLines = %q", got)
	}
	if got := dropLostLines("a \uFFFD b"); got != "a \uFFFD b" {
		t.Errorf("dropLostLines dropped a line of text: %q", got)
	}
}

func TestFrenchEntryFooterEndsPost(t *testing.T) {
	// A WordPress theme in French closes the post with its entry meta; the comments follow.
	page := `<html lang="fr"><head><meta charset="utf-8"><title>Le parc des expositions</title></head><body><div id="content"><div class="post hentry">
<h1 class="entry-title">Le parc des expositions</h1><div class="entry-content">` + fix22aFr + `</div>
<div class="entry-utility">Cette entrée a été publiée dans <a href="/category/actualite/">Actualité</a>. Vous pouvez la mettre en favoris avec <a href="/p/1">ce permalien</a>.</div>
</div></div></body></html>`
	r := fix22aExtract(t, "https://exemple.blog.example.fr/2016/02/05/parc/", page)
	if strings.Contains(r.Body, "Cette entrée") {
		t.Errorf("body holds the entry meta: %q", r.Body)
	}
}

func TestBracketedPlaceAndDeskAfterName(t *testing.T) {
	// "Propos recueillis par Jean Dupont (Bruxelles, bureau européen)": the place and the desk
	// the writer files from, with a comma inside the brackets.
	page := `<html lang="fr"><head><meta charset="utf-8"><title>Entretien avec le ministre</title></head><body><article>
<h1>Entretien avec le ministre</h1><p class="bloc_signature">Propos recueillis par <span itemprop="author" class="auteur"><a href="/journaliste/jean-dupont/">Jean Dupont</a> (Bruxelles, bureau européen)</span></p>
<div itemprop="articleBody">` + fix22aFr + `</div></article></body></html>`
	r := fix22aExtract(t, "https://www.exemple.fr/international/article/2016/02/01/entretien.html", page)
	checkAuthors(t, "bracketed desk", r.Authors, []string{"Jean Dupont"})
}

func TestRootFileImageMetaTakesPagePicture(t *testing.T) {
	// og:image holds only the file's name at the site's root; the story's picture of that file
	// is loaded from the image server (srcset only).
	page := `<html lang="fr"><head><meta charset="utf-8"><title>La tempête financière</title>
<meta property="og:image" content="/PHO4a2-cf4e-805x453.jpg"></head><body><article><h1>La tempête financière</h1>
<img srcset="http://img.example.net/805x/PHO4a2-cf4e-805x453.jpg 805w, http://img.example.net/664x/PHO4a2-cf4e-805x453.jpg 664w" itemprop="image" alt="La Bourse">` +
		fix22aFr + `</article></body></html>`
	r := fix22aExtract(t, "http://bourse.example.fr/actu/la-tempete-4922290", page)
	if want := "http://img.example.net/805x/PHO4a2-cf4e-805x453.jpg"; r.ImageURL != want {
		t.Errorf("image = %q, want %q", r.ImageURL, want)
	}
	// A root file the page itself loads so is the meta's own.
	page = strings.Replace(page, `<img srcset`, `<img src="/PHO4a2-cf4e-805x453.jpg" data-x`, 1)
	r = fix22aExtract(t, "http://bourse.example.fr/actu/la-tempete-4922290", page)
	if want := "http://bourse.example.fr/PHO4a2-cf4e-805x453.jpg"; r.ImageURL != want {
		t.Errorf("image = %q, want %q", r.ImageURL, want)
	}
}

func TestBlogNameNamesItsOwner(t *testing.T) {
	page := `<html lang="fr"><head><meta charset="utf-8"><title>Déchéance | Le blog de Jean Dupont</title>
<meta property="og:site_name" content="Le blog de Jean Dupont"></head><body><div class="post"><h1 class="entry-title">Déchéance</h1>
<div class="entry-content">` + fix22aFr + `</div></div></body></html>`
	r := fix22aExtract(t, "http://dupont.blog.example.fr/2016/02/05/decheance/", page)
	checkAuthors(t, "blog owner", r.Authors, []string{"Jean Dupont"})
	for _, name := range []string{"Big Browser", "Le blog de la rédaction", "Eco(lo)", "Le blog de Mediapart"} {
		if got := blogOwner(name); got != nil {
			t.Errorf("blogOwner(%q) = %q, want none", name, got)
		}
	}
	if got := blogOwner("Jane Roe's Blog"); len(got) != 1 || got[0] != "Jane Roe" {
		t.Errorf("blogOwner(Jane Roe's Blog) = %q", got)
	}
}
