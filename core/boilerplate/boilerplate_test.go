package boilerplate

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestIsCopyright(t *testing.T) {
	for _, s := range []string{
		"Copyright 로컬일보. 무단 전재 및 재배포 금지.",
		"저작권자 ⓒ '대중문화컨텐츠 전문가그룹' 엔터미디어(www.entermedia.co.kr), 무단전재 및 재배포금지",
		"데일리 금융경제뉴스 Copyright ⓒ 한국금융신문 & FNTIMES.com",
		"저작권법에 의거 상업적 목적의 무단 전재, 복사, 배포 금지",
		"<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
		"© 2019 Example Media. All rights reserved.",
		"Copyright © 2019 The Associated Press.",
		"ⓒ 한경닷컴, 무단전재 및 재배포 금지",
		"© Alle Rechte vorbehalten. Frankfurter Allgemeine Zeitung GmbH",
		"© 2019 ООО «Пример». Все права защищены.",
		"This material may not be published, broadcast, rewritten or redistributed.",
		"Перепечатка материалов без письменного разрешения редакции запрещена.",
		"При полном или частичном использовании материалов ссылка на «Пример» обязательна.",
		"Nachdruck nur mit Genehmigung des Verlags.",
		"Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.",
		"[게임과 게이머, 문화를 전합니다. 예시게임│무단 전재 및 재배포 금지]",
		"〈좋은 뉴스를 만듭니다. 예시일보, 무단전재 및 재배포금지〉",
		"声明： • 凡注明为其他媒体来源的信息，均为转载自其他媒体，转载并不代表本网赞同其观点，也不代表本网对其真实性负责。",
		"免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实。",
		"本新聞文字、照片、影片專供會員閱覽，版權所有，禁止任何媒體、社群網站、論壇，在紙本或網路部分引用、改寫、轉貼分享，違者必究。",
		"未經授權，不得轉載。",
		"Żadna część jak i całość utworów zawartych w dzienniku nie może być powielana i rozpowszechniana lub dalej rozpowszechniana " +
			"w jakiejkolwiek formie i w jakikolwiek sposób (w tym także elektroniczny lub mechaniczny lub inny albo na wszelkich polach " +
			"eksploatacji) włącznie z kopiowaniem, szeroko pojętą digitalizacją, fotokopiowaniem lub kopiowaniem, w tym także zamieszczaniem " +
			"w Internecie - bez pisemnej zgody wydawcy. Jakiekolwiek użycie lub wykorzystanie utworów w całości lub w części bez zgody " +
			"wydawcy lub autorów z naruszeniem prawa jest zabronione pod groźbą kary i może być ścigane prawnie.",
		"No part of this publication may be reproduced, stored in a retrieval system or transmitted in any form or by any means, " +
			"electronic, mechanical, photocopying, recording or otherwise, without the prior written permission of the publisher, " +
			"except as permitted by the law of the country in which the reader lives and works today.",
		"예시방송의 기사에 대해 반론·정정·추후 보도를 청구하실 분은 아래의 연락처로 연락주시길 바랍니다.",
		"고충처리인 : 콘텐츠총괄부장ombudsman@example.co.kr02)123-4567",
	} {
		if !IsCopyright(s) {
			t.Errorf("IsCopyright(%q) = false", s)
		}
	}
	for _, s := range []string{
		"The copyright office said on Monday that it would review the rules for artificial intelligence.",
		"저작권 분쟁은 계속될 전망이다.",
		"法院认定，该网站转载文章未注明出处，侵犯了作者的著作权，判令其赔偿损失。",
		"法院認定被告侵權，判決違者必究的條款有效，業者須賠償損失並公開道歉。",
		"Суд признал, что перепечатка статьи без согласия автора нарушила закон, и обязал издание выплатить компенсацию.",
		"Der Verlag erteilte die Genehmigung für den Nachdruck erst im März.",
		"No part of the city was spared, the mayor said, and the council may reproduce the old plan of the streets for the rebuilding " +
			"that starts in spring, once the money from the region arrives and the engineers have looked at every bridge and road again.",
		"15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 서비스 접속 장애를 일으키고 있다.",
		"김 의원은 언론중재위원회에 정정보도와 반론보도를 청구했다고 밝혔다.",
		"신문사 고충처리인 제도는 2005년 언론중재법으로 도입됐다.",
	} {
		if IsCopyright(s) {
			t.Errorf("IsCopyright(%q) = true", s)
		}
	}
}

func TestIsCaption(t *testing.T) {
	for _, s := range []string{
		"네이버가 자사 메신저인 '라인'을 홍보하고 있다. 사진=네이버 앱 화면 갈무리이미지 확대보기",
		"네이버가 자사 메신저인 '라인'을 홍보하고 있다. 사진=네이버 앱 화면 갈무리",
		"티맵모빌리티와 우버의 합작사인 우티가 택시 기사들을 상대로 프로모션을 안내하고 있다.이미지 확대보기",
		"18일 서울 종로구에서 시민들이 걷고 있다. /사진제공=종로구",
		"시민들이 우산을 쓰고 걷고 있다. (사진=연합뉴스)",
		"The minister arrives in Brussels. (Photo by Jane Roe/Getty Images)",
		"博物院供图",
		"图片来源：视觉中国",
		"△市长在发布会上讲话",
		"（原标题：全国确诊病例超过278万例）",
		"下月將法拍的房子位在萬大路一帶。（圖翻攝自google map）",
		"▲台南市永康分局報請檢察官相驗，認定死者係屬自殺行為。（圖／記者林悅翻攝）",
		"▲▼警消到場時男子已無生命跡象。（圖／翻攝畫面）",
		"市長在記者會上回應抗議團體的訴求。（資料照）",
		"議員在臉書上貼出當年的照片。（圖擷取自議員臉書）",
		// A picture box's captions read together as one line.
		"市長在記者會上回應抗議團體的訴求。（資料照） 議員在臉書上貼出當年的照片。（圖擷取自議員臉書）",
		// Past the length of a plain caption, the bracketed credit still closes one.
		"Carros autônomos da empresa se posicionam para uma demonstração do serviço no centro de pesquisa da companhia, em Pittsburgh, nos Estados Unidos, nesta quarta-feira (14) (Foto: Jane Roe/AP)",
	} {
		if !IsCaption(s) {
			t.Errorf("IsCaption(%q) = false", s)
		}
	}
	for _, s := range []string{
		"[사진=JTBC, 이매진아시아]",
		"군청은 18일 내년도 예산안을 편성했다고 밝혔다.",
		"He said the photo was taken in 2019.",
		"博物院表示，展览的图片由专家挑选。",
		"记者在现场拍摄了多张照片。",
		"警方調閱監視器畫面後，在住處逮捕嫌犯（圖中男子），全案依法送辦。",
		"（資料照）",
		// The photographer's credit closing a caption is left (references differ on it).
		"市長在記者會上回應抗議團體的訴求。（資料照，記者王小明攝）",
		"市長說，記者會的照片都由他本人拍攝（記者王小明攝）後來被截圖流傳，引發議論，而議員在臉書上貼出當年的照片，又說了許多關於這件事的話，表示他將保留法律追訴權並要求對方道歉，事情還沒有結束，雙方仍在協商，市府發言人也在下午的記者會上說明市府的立場，強調一切依法行政，不會因為外界的壓力而改變既定的政策方向。（圖擷取自議員臉書）",
		// A long line whose credit is no bracketed one is a story's paragraph.
		"Carros autônomos da empresa se posicionam para uma demonstração do serviço no centro de pesquisa da companhia, em Pittsburgh, nos Estados Unidos, nesta quarta-feira. 사진=연합뉴스",
	} {
		if IsCaption(s) {
			t.Errorf("IsCaption(%q) = true", s)
		}
	}
	if !IsCredit("[사진=JTBC, 이매진아시아]") || IsCredit("사진은 없다.") {
		t.Error("IsCredit")
	}
}

func TestIsContact(t *testing.T) {
	for _, s := range []string{"정은경 기자 ek7869@fntimes.com", "hong@example.com", "홍길동 기자(hong@example.co.kr)"} {
		if !IsContact(s) {
			t.Errorf("IsContact(%q) = false", s)
		}
	}
	if IsContact("자세한 내용은 help@example.com 으로 문의하면 된다고 회사는 밝혔다.") {
		t.Error("a sentence with an address is not a contact line")
	}
}

func TestClean(t *testing.T) {
	in := []string{
		"네이버가 라인을 홍보하고 있다. 사진=네이버 앱 화면 갈무리이미지 확대보기",
		"네이버가 라인을 홍보하고 있다. 사진=네이버 앱 화면 갈무리",
		"[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다.",
		"우티가 프로모션을 안내하고 있다.이미지 확대보기",
		"우티가 프로모션을 안내하고 있다.",
		"아울러 우티도 홍보에 나섰다.",
		"아울러 우티도 홍보에 나섰다.",
		"정은경 기자 ek7869@fntimes.com",
		"Copyright ⓒ 한국금융신문 & FNTIMES.com",
	}
	want := []string{"[한국금융신문=정은경 기자] 15일 카카오톡이 멈췄다.", "아울러 우티도 홍보에 나섰다.", "정은경 기자 ek7869@fntimes.com"}
	if got := Clean(in); !reflect.DeepEqual(got, want) {
		t.Errorf("Clean =\n%q\nwant\n%q", got, want)
	}
}

func FuzzClean(f *testing.F) {
	f.Add("네이버가 라인을 홍보하고 있다. 사진=네이버이미지 확대보기\nCopyright ⓒ 한국금융신문\n정은경 기자 ek@x.com")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		out := Clean(paras)
		if len(out) > len(paras) {
			t.Fatalf("Clean grew the text: %q", out)
		}
		for _, p := range paras {
			IsCaption(p)
			IsContact(p)
			IsCredit(p)
			MayHoldNotice(p)
		}
	})
}

func TestIsPaywall(t *testing.T) {
	for _, s := range []string{
		"Continue reading the main story",
		"Möchten Sie weiterlesen?",
		"Ja. Ich bin Abonnent.",
		"Bereits Abonnent?Einloggen",
		"Pour lire la suite",
		"［有料会員限定］ この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
		"If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.",
		"Чтобы продолжить чтение, оформите подписку.",
		"유료회원 전용 기사입니다.",
		"Il vous reste 42.5% de cet article à lire. La suite est réservée aux abonnés.",
		"Register to unlock this article",
		"有料会員になると会員限定の有料記事もお読みいただけます。",
		"春割ですべての記事が読み放題",
	} {
		if !IsPaywall(s) {
			t.Errorf("IsPaywall(%q) = false", s)
		}
	}
	for _, s := range []string{
		"The company said it would continue reading the contracts before deciding.",
		"Zum Weiterlesen: Claudia Duwe, Der Zukunft wieder vertrauen, Patmos Verlag",
		"Grok für Tesla und X-Abonnenten",
		"Die Zahl der Abonnenten stieg im dritten Quartal um zwölf Prozent, teilte der Verlag am Montag mit.",
		strings.Repeat("Subscribers to the plan already a subscriber said the rules were unclear. ", 4),
		"電子書籍の読み放題サービスは月額980円で、会員は200万冊以上を読める。",
	} {
		if IsPaywall(s) {
			t.Errorf("IsPaywall(%q) = true", s)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for _, s := range []string{
		"To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video",
		"To view this content, accept cookies.",
		"Video player loading",
		"Empfohlener redaktioneller Inhalt",
		"Ein Klick für den Datenschutz",
		"Video-Inhalte erlauben",
		"Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
		"Ad block users: Some site features may not work correctly while an ad blocker is enabled.",
		"It looks like you're using an ad blocker.",
		"Sie nutzen offenbar einen Adblocker",
		"Loaded: 0% Progress: 0% 0:00",
		"Press spacebar to pause and continue. Press esc to stop.",
		"Video LoadingVideo Unavailable",
		"Sorry, the video player failed to load.(Error Code: 100001)",
		"We apologize, but this video has failed to load.",
		"Sorry, this video isn't available any more.",
		"This is a modal window.",
		"Video playing bottom right... Click here to expand to full page",
		"+10",
		"Tweet may have been deleted",
	} {
		if !IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = false", s)
		}
	}
	for _, s := range []string{
		"The video player, which was loading slowly, froze twice during the hearing.",
		"Externe Gutachter sollen den Inhalt des Vertrags prüfen.",
		"Ad blockers cut the publisher's revenue by a third, the study found.",
		"+10 percent in a year, the council said.",
		"Loaded with debt, the club was sold in May.",
		"The video, playing on every screen in the hall, showed the bottom right corner of the map.",
		"The minister's tweet may have been deleted by his staff, the paper said.",
		"Sorry, the minister said, but the video will not be shown in court.",
		"Press the space bar twice, the manual says.",
	} {
		if IsPlaceholder(s) {
			t.Errorf("IsPlaceholder(%q) = true", s)
		}
	}
}

// A caption broken before its bracketed credit goes with the credit; a credit line under a
// sentence stays.
func TestCleanCaptionAboveCreditLine(t *testing.T) {
	in := []string{
		"O técnico chegou cedo ao centro de treinamento e conversou com os jogadores.",
		"Técnico cobra liderança do time",
		"(Foto: Jane Roe / Agência)",
		"Depois do treino, ele disse que o grupo está pronto para o clássico.",
		"(Foto: Jane Roe / Agência)",
	}
	want := []string{in[0], in[3], in[4]}
	if got := Clean(in); !reflect.DeepEqual(got, want) {
		t.Errorf("Clean =\n%q\nwant\n%q", got, want)
	}
}

func TestCleanPaywallPitch(t *testing.T) {
	in := []string{"The council met on Monday.", "It approved the budget.", "This article is for subscribers only.", "Unlimited access.", "Cancel anytime."}
	if got, want := Clean(in), []string{"The council met on Monday.", "It approved the budget."}; !reflect.DeepEqual(got, want) {
		t.Errorf("Clean =\n%q\nwant\n%q", got, want)
	}
	long := strings.Repeat("The story goes on after the notice, as some sites print it in the middle. ", 3)
	in = []string{"The council met on Monday.", "This article is for subscribers only.", "Unlimited access.", long}
	if got, want := Clean(in), []string{"The council met on Monday.", "Unlimited access.", long}; !reflect.DeepEqual(got, want) {
		t.Errorf("a prompt before more story keeps the story:\n%q\nwant\n%q", got, want)
	}
}

func TestCleanNoticeThenFooter(t *testing.T) {
	in := []string{"美联储宣布，11月美国的工业产出环比下降0.2%。", "11月的产能利用率降至77.8%。",
		"免责声明：本文仅代表作者个人观点，与本网无关。", "社会", "娱乐", "频道推荐", "48小时点击排行"}
	if got, want := Clean(in), in[:2]; !reflect.DeepEqual(got, want) {
		t.Errorf("Clean =\n%q\nwant\n%q", got, want)
	}
	long := strings.Repeat("The story goes on after the notice, as some sites print it between two parts. ", 3)
	in = []string{"The council met on Monday.", "© 2019 Example Media. All rights reserved.", "Photos", long}
	if got, want := Clean(in), []string{"The council met on Monday.", "Photos", long}; !reflect.DeepEqual(got, want) {
		t.Errorf("a notice before more story keeps the story:\n%q\nwant\n%q", got, want)
	}
	in = []string{"Abstract: this memo defines a protocol.", "Copyright (c) 2013 IETF Trust and the persons identified as the document authors. All rights reserved."}
	for i := 0; i < 200; i++ {
		in = append(in, fmt.Sprintf("   %d. This document describes the wire format of the messages that", i))
	}
	if got := Clean(in); len(got) != len(in)-1 {
		t.Errorf("a document in short lines keeps its text after its notice: %d of %d lines", len(got), len(in))
	}
}

func TestIsShortcode(t *testing.T) {
	for _, s := range []string{
		"[bacajuga:Baca Juga](5585404 5399762 5453904)",
		`[gallery ids="12,13,14"]`,
		`[embed width=600]`,
		"[/caption]",
	} {
		if !IsShortcode(s) {
			t.Errorf("IsShortcode(%q) = false", s)
		}
	}
	for _, s := range []string{
		"[sic]",
		"[Update]",
		"[1] Smith, J. (2020). A study.",
		"[Photo: Reuters](link)",
		"[gallery] of the town hall opened in May.",
	} {
		if IsShortcode(s) {
			t.Errorf("IsShortcode(%q) = true", s)
		}
	}
}

func TestWireCaptionAboveTheStoryGoes(t *testing.T) {
	// A news agency's photo caption over the story, dateline to address and notice: not the
	// story. The same caption alone is a photo story's text and stays.
	story := "항만공사는 7일 낡은 여객선 부두를 보수하기 위해 다음 달부터 폐쇄한다고 밝혔다."
	for _, caption := range []string{
		"【서울=예시통신】김민수 기자 = 7일 오후 부산 여객선 부두에서 승객들이 배에 오르고 있다. 2019.01.07. minsu@example.com <저작권자ⓒ 예시통신. 무단전재-재배포 금지.>",
		"(부산=예시1) 김민수 기자 = 7일 오후 부산 여객선 부두에서 승객들이 배에 오르고 있다. 2019.1.7/예시1",
	} {
		got := Clean([]string{caption, story})
		if len(got) != 1 || got[0] != story {
			t.Errorf("Clean(%q, story) = %q, want the story alone", caption, got)
		}
		if got := Clean([]string{caption}); len(got) != 1 {
			t.Errorf("Clean(%q) = %q, want the photo story's caption", caption, got)
		}
	}
	// The agency's story opens on the same dateline and is text.
	lede := "【서울=예시통신】김민수 기자 = 항만공사는 7일 낡은 여객선 부두를 보수하기 위해 다음 달부터 폐쇄한다고 밝혔다."
	if got := Clean([]string{lede, story}); len(got) != 2 {
		t.Errorf("Clean dropped the agency's lede: %q", got)
	}
}
