package extract

import (
	"strings"
	"testing"
)

func TestTrimEdges(t *testing.T) {
	body := "옥천군, 내년 예산 편성\n\n홍길동 기자\n\n승인 2019.11.18 10:15\n\n댓글 0\n\n" +
		"[서울=뉴시스]김철수 기자 = 정부가 18일 새 대책을 발표했다.\n\n대책은 다음 달 시행된다.\n\n홍길동 기자 다른기사 보기"
	want := "[서울=뉴시스]김철수 기자 = 정부가 18일 새 대책을 발표했다.\n\n대책은 다음 달 시행된다."
	if got := trimEdges(body, "옥천군, 내년 예산 편성"); got != want {
		t.Errorf("trimEdges =\n%q\nwant\n%q", got, want)
	}
	only := "Headline\n\nBy Jane Roe"
	if got := trimEdges(only, "Headline"); got != only {
		t.Errorf("a reading of header lines only must stay: %q", got)
	}
	stamp := "Council passes budget\n\nThe vote came after a long debate\n\nPublished May 02, 2024 • Last updated 1 hour ago • 4 minute read\n\nThe council approved the budget on Monday."
	if got, want := trimEdges(stamp, "Council passes budget"), "The vote came after a long debate\n\nThe council approved the budget on Monday."; got != want {
		t.Errorf("a time stamp under the standfirst must go:\n%q\nwant\n%q", got, want)
	}
	comments := "The council approved the budget on Monday.\n\nIt takes effect in May.\n\nThe mayor welcomed it.\n\nKommentare(2)\n\nGreat news for the town, finally someone listens.\n\nvor 2 Stunden"
	if got, want := trimEdges(comments, ""), "The council approved the budget on Monday.\n\nIt takes effect in May.\n\nThe mayor welcomed it."; got != want {
		t.Errorf("the comment thread after the story must go:\n%q\nwant\n%q", got, want)
	}
	story := "The council approved the budget on Monday.\n\nIt takes effect in May.\n\nThe mayor welcomed it."
	for _, head := range []string{"Comments (12)", "| 13 Comment(s)", "Opinie", "Σχόλια"} {
		if got := trimEdges(story+"\n\n"+head+"\n\nGreat news for the town, finally someone listens.", ""); got != story {
			t.Errorf("the thread under %q must go: %q", head, got)
		}
	}
	// A heading that says whose comments follow, or the form opening them, ends a short story
	// even when the thread is far longer than the story.
	short := "The council approved the budget on Monday after a debate of four hours in the old town hall, " +
		"with the mayor and every member of the finance committee present, and the new rates take effect in May. " +
		"Shops and families will pay a little more for water and waste from then on."
	thread := strings.Repeat("\n\nGreat news for the town, finally someone listens to the people who live here.", 12)
	for _, head := range []string{"Komentarze czytelników", "Комментарии к новости (8)", "Оставить комментарий *", "Dodaj komentarz", "网友评论",
		"*Submitted comments are subject to moderation before being displayed.", "Comments are now closed for this story",
		"Комментарии:Комментировать могут только зарегистрированные пользователи.", "Зарегистрируйтесь или войдите, чтобы оставить комментарий (сейчас комментариев: 0)",
		"You must be logged in to post a comment.", "To join the discussion, register by clicking here",
		"Comments are filtered for language and registration is required. The Times makes no guarantee of comments' factual accuracy."} {
		if got := trimEdges(short+"\n\n"+head+thread, ""); got != short {
			t.Errorf("the thread under %q must go: %q", head, got)
		}
	}
	table := story + "\n\nName\n\nScore\n\nComment\n\nAda\n\n79 %\n\nFast and short"
	if got := trimEdges(table, ""); got != table {
		t.Errorf("a table's \"Comment\" column is no thread: %q", got)
	}
	if got := trimEdges(short+"\n\nComments"+thread, ""); got == short {
		t.Error("a bare \"Comments\" under a short lede is no proof of a thread")
	}
}

func TestTrimEdgesListBeforeHeadline(t *testing.T) {
	list := "Ferry fares rise in spring\n\nSchool board elects chair\n\nLibrary hours extended\n\nRiver festival draws crowds\n\n" +
		"Bridge to reopen in June\n\nThe Northern Times\n\nThe old bridge over the river will reopen to traffic in June, the council said on Monday.\n\n" +
		"Repairs took two years."
	want := "The old bridge over the river will reopen to traffic in June, the council said on Monday.\n\nRepairs took two years."
	if got := trimEdges(list, "Bridge to reopen in June"); got != want {
		t.Errorf("the list of other headlines above the story's own must go:\n%q\nwant\n%q", got, want)
	}
	lede := "The old bridge over the river will reopen to traffic in June, the council said on Monday after a long review of the works.\n\n" +
		"Bridge to reopen in June\n\nRepairs took two years."
	if got := trimEdges(lede, "Bridge to reopen in June"); got != lede {
		t.Errorf("a paragraph before the headline line must keep the reading whole: %q", got)
	}
}

func TestTrimEdgesLongThreadUnderShortStory(t *testing.T) {
	para := "The council approved the new budget for the town on Monday after a debate that lasted most of the evening and drew a large crowd to the hall."
	var b strings.Builder
	for range 8 {
		b.WriteString(para + "\n\n")
	}
	story := strings.TrimSuffix(b.String(), "\n\n")
	body := story + "\n\nComments"
	for range 20 {
		body += "\n\nI think this is good news for everyone here.\n\nPosted by Reader on May 2, 2024"
	}
	if got := trimEdges(body, ""); got != story {
		t.Errorf("a thread longer than the story must go from its heading on; kept %d of %d bytes", len(got), len(body))
	}
	bar := "The council approved the budget on Monday.\n\nComments\n\nIt takes effect in May.\n\nThe mayor welcomed it.\n\nTaxes stay the same.\n\nThe vote was close."
	if got := trimEdges(bar, ""); got != bar {
		t.Errorf("a bare \"Comments\" under a short lede must not end the story: %q", got)
	}
}

func TestTrimEdgesKeepsFieldCard(t *testing.T) {
	// A talk's page states it as labelled fields: short lines that look like a header.
	card := "Session Name:\n\nRebuilding the River Engine\n\nSpeaker(s):\n\nJane Roe\n\nCompany Name(s):\n\nExample Works\n\n" +
		"Overview:\n\nThis talk walks through the engine changes that let the game run twice as fast on the same hardware."
	if got := trimEdges(card, "Rebuilding the River Engine"); got != card {
		t.Errorf("the labelled fields must stay:\n%q", got)
	}
	header := "Rebuilding the River Engine\n\nBy:\n\nJane Roe\n\nPublished:\n\nMay 2, 2024\n\nThe engine now runs twice as fast on the same hardware."
	if got, want := trimEdges(header, "Rebuilding the River Engine"), "The engine now runs twice as fast on the same hardware."; got != want {
		t.Errorf("a byline and time stamp with labels are still a header:\n%q\nwant\n%q", got, want)
	}
}

func TestGluedTimeStampIsHeader(t *testing.T) {
	// The author link and the <time> have no white space between them; the page's style sets
	// them apart. The header they make, above the story, must not stay in the body.
	page := `<html><head><title>Bridge to reopen in June</title></head><body><main class="page"><header><h1>Bridge to reopen in June</h1>` +
		`<address><a rel="author" href="/me">@roe</a><!-- --><time datetime="2023-03-24T09:52:08+0000">March 24, 2023</time></address></header>` +
		`<article><p>The old bridge over the river will reopen to traffic in June, the council said on Monday after two years of repairs.</p>` +
		`<p>Buses will use it again from the first week, and the ferry that replaced it will stop running at the end of the month.</p></article></main></body></html>`
	r, err := Extract("https://example.com/a", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.Body, "March 24") || !strings.HasPrefix(r.Body, "The old bridge") {
		t.Errorf("body = %q, want it to open with the story", r.Body)
	}
}

func TestTrimEdgesStampAndCreditUnderStandfirst(t *testing.T) {
	const title, standfirst, story = "Council passes budget", "The vote came after a long debate.", "The council approved the budget on Monday."
	for _, header := range []string{
		"28.04.2024 | 09:36 Uhr",
		"Publishing date: Jun 26, 2022 • 8 hours ago • 3 minute read",
		"Author of the article: • The Town Courier\n\nPublishing date: Jun 26, 2022 • 8 hours ago • 3 minute read",
		"By Jane Roe\n\nUpdated 12.05.2024, 10:30",
	} {
		body := title + "\n\n" + standfirst + "\n\n" + header + "\n\n" + story
		if got, want := trimEdges(body, title), standfirst+"\n\n"+story; got != want {
			t.Errorf("header %q under the standfirst must go:\n got %q\nwant %q", header, got, want)
		}
	}
	// A byline-like sentence of the story under the standfirst, with no stamp below it, stays.
	body := standfirst + "\n\nWritten by hand, the letters reached the council in May.\n\n" + story
	if got := trimEdges(body, title); got != body {
		t.Errorf("story lines without a stamp must stay: %q", got)
	}
}

func TestTrimEdgesKeepsQuotedLastLine(t *testing.T) {
	// German quotes close with "“": the last line of a dialogue is a sentence, not a trailer.
	body := "„Gehst du noch mit?“\n\n– „Nein.“"
	if got := trimEdges(body, ""); got != body {
		t.Errorf("trimEdges = %q, want %q", got, body)
	}
}

// A blog post's meta line ends in the theme's comment link and the post's title; categories
// can make it longer than any other header line.
func TestTrimEdgesCommentsOnTitle(t *testing.T) {
	title := "ALL HAIL THE KING OF KONGS: 2017 continues its streak of great flicks with ‘Kong: Skull Island’"
	story := "Last year was a particularly painful one for blockbuster cinema, painful for me anyway.\n\nThen 2017 arrived."
	for _, meta := range []string{
		"Mar 21 • ARTSY SMARTSY, FEATURE BOTTOM, Film, Reviews, Interviews and Features • No Comments on " + title,
		"March 21, 2017 · Film · Comments Off on " + title,
	} {
		if got := trimEdges(meta+"\n\n"+story, title); got != story {
			t.Errorf("the meta line must go:\n%q", got)
		}
	}
	// A sentence that mentions comments stays.
	lede := "Readers left no comments on the plan before the vote, the council said.\n\n" + story
	if got := trimEdges(lede, "Council plan"); got != lede {
		t.Errorf("a lede must stay:\n%q", got)
	}
}

func TestEditorCreditEndsStory(t *testing.T) {
	// A Chinese story closes with its editor's credit; the recommended stories under it, each a
	// headline and a blurb of prose, are the page's promotion, not more of the story.
	story := strings.Repeat("今年的6月16日是父亲节。每当诵读那些关于父亲的古诗词，许多人的心中都会涌起一种深沉而又温暖的情感。\n\n", 4)
	promo := "致敬改革开放四十年，文化大家讲述亲历 一个时代有一个时代的文艺，一个时代有一个时代的精神。《见证人》邀请当代中国最具代表性的文化艺术大家，分享其求艺之路的艺术探索与思想感悟。【详细】\n\n" +
		"文艺星青年|汉语盘点2018|明星读经典,为你做海报\n\n" +
		"文脉颂中华 人民网文化频道与媒体团一同实地走访六大书院，深入挖掘书院文化中蕴含的丰富哲学思想、人文精神、教化思想、道德理念。【详细】\n\n" +
		"文艺星青年|汉语盘点2018|明星读经典,为你做海报"
	for _, credit := range []string{"(责编：汤诗瑶、丁涛)", "责任编辑：孙重远", "【責任編輯：王小明】", "作者：未知 责任编辑：孙重远"} {
		got := trimEdges(story+credit+"\n\n"+promo, "女儿出嫁，郑板桥画了几笔兰花当嫁妆")
		if strings.Contains(got, "书院") || strings.Contains(got, "见证人") {
			t.Errorf("%s: the promotion after the editor's credit stays:\n%s", credit, got)
		}
		if !strings.HasPrefix(got, strings.TrimSpace(story)) {
			t.Errorf("%s: the story is cut:\n%s", credit, got)
		}
	}
	// Above a story's worth of text the credit ends nothing: a header may carry it.
	head := "责任编辑：孙重远\n\n" + story + "这是故事的最后一段，记者在现场看到了很多人。"
	if got := trimEdges(head, "标题"); !strings.Contains(got, "最后一段") {
		t.Errorf("a credit at the top cut the story:\n%s", got)
	}
}

// TestDatedSignoffEndsStory checks a short Japanese story that closes with its paper's dated
// sign-off, followed by the page's navigation: the story ends there.
func TestDatedSignoffEndsStory(t *testing.T) {
	story := "市内の公園で、チューリップが見頃を迎えている。２０日までは祭りが開かれており、大勢の人たちが多彩な色や形を鑑賞している。\n\n" +
		"大花壇を中心に植えられているのは、赤や黄色、ピンクのチューリップ約１２０種１７万球。川の流れをイメージしているという。"
	chrome := "\n\n（2011年4月10日 読売新聞）\n\nホーム>地域>岐阜\n\n新聞の購読申し込み\n\n県内の天気予報\n\n北海道 被災地へ つなぐ思い"
	if got := trimEdges(story+chrome, "色とりどりの花"); got != story {
		t.Errorf("the page after the sign-off stays:\n%s", got)
	}
	// The time of day in the sign-off of a story updated during the day.
	timed := "\n\n（2011年4月15日12時24分 読売新聞）\n\n最新主要ニュース8本 : YOMIURI ONLINE トップ\n\n人生案内 … 愛情示さない老母に嫌気\n\nホーム>科学"
	if got := trimEdges(story+timed, "色とりどりの花"); got != story {
		t.Errorf("the page after a timed sign-off stays:\n%s", got)
	}
}
