package dashboard

import (
	"net/http"

	"golang.org/x/text/language"
)

// langs are the UI languages, English first (the fallback).
var langs = []language.Tag{language.English, language.Korean}

var matcher = language.NewMatcher(langs)

// pickLang chooses the UI language: the lang cookie (set by the switcher), then the browser's
// Accept-Language, then the configured default.
func pickLang(r *http.Request, def string) string {
	if c, err := r.Cookie(langCookie); err == nil && (c.Value == "en" || c.Value == "ko") {
		return c.Value
	}
	if al := r.Header.Get("Accept-Language"); al != "" {
		tags, _, err := language.ParseAcceptLanguage(al)
		if err == nil && len(tags) > 0 {
			_, i, conf := matcher.Match(tags...)
			if conf != language.No {
				return []string{"en", "ko"}[i]
			}
		}
	}
	return def
}

// text returns the UI string key in lang (English when a Korean string is missing).
func text(lang, key string) string {
	if lang == "ko" {
		if s, ok := ko[key]; ok {
			return s
		}
	}
	if s, ok := en[key]; ok {
		return s
	}
	return key
}

var en = map[string]string{
	"manage": "Manage sources", "addsource": "Add a source", "feedurl": "Feed, sitemap or page URL", "name": "Name", "interval": "Interval",
	"selector": "CSS selector (pages without a feed)", "add": "Add this source", "cancel": "Cancel", "origin": "Origin", "hidden": "hidden by the file",
	"disabled": "disabled", "remove": "Remove", "routes": "Runtime routes", "include": "Only with", "exclude": "Never with", "addroute": "Add route",
	"done.added": "Source added: every replica polls it within seconds.", "done.removed": "Removed.", "done.routed": "Route saved.",
	"title": "paperboy", "skip": "Skip to content", "overview": "Overview", "articles": "Articles", "dead": "Dead letters",
	"push": "Push", "sources": "Sources", "signout": "Sign out", "signin": "Sign in", "theme": "Dark / light",
	"user": "User", "password": "Password", "signin.fail": "Wrong user or password.", "signin.slow": "Too many attempts. Wait a minute and try again.",
	"signin.tg": "Or get a one-time sign-in link in Telegram", "tg.id": "Your Telegram user id", "tg.send": "Send me a link",
	"tg.sent":    "If that Telegram account may sign in, a link is on its way. It works once, for 10 minutes.",
	"link.title": "Sign in with this link", "link.bad": "This link is used or expired. Ask for a new one.", "link.go": "Sign me in",
	"channels": "Channels", "channel": "Channel", "type": "Type", "hour": "Last hour", "day": "Last day", "queue": "Queue",
	"breaker": "Breaker", "lasterr": "Last error", "trend": "24 h", "source": "Source", "lastpoll": "Last poll", "nextpoll": "Next poll",
	"share304": "304 share", "failures": "Failures", "paused": "paused", "running": "running", "pause": "Pause", "resume": "Resume",
	"state": "State", "when": "When", "where": "Where", "article": "Article", "remote": "Message", "why": "Why not",
	"none": "Nothing yet.", "retry": "Retry", "drop": "Drop", "reason": "Platform message", "attempts": "Attempts",
	"dead.count": "dead letters", "url": "Article URL", "preview": "Preview", "publish": "Publish to the chosen channels",
	"count": "characters", "limit": "limit", "toolong": "too long: will be shortened", "pushed": "Publish results",
	"o.delivered": "delivered", "o.retrying": "retrying", "o.skipped": "skipped", "o.queued": "queued", "o.duplicate": "already there",
	"o.dead": "dead letter", "queued": "queued", "duplicate": "already there",
	"refused": "Your role may not do this.", "refused.title": "Refused", "csrf": "The form expired. Reload the page and try again.",
	"posts": "Posts and corrections", "revision": "Revision", "links": "Links", "history": "History", "who": "Who", "action": "Action",
	"update": "Update everywhere (re-read the article)", "retract": "Withdraw everywhere", "retract.reason": "Reason (shown in withdrawal notices)",
	"retract.note": "Telegram deletes posts only within 48 hours of sending; older ones become a withdrawal notice.",
	"done.updated": "Correction queued", "done.retracted": "Withdrawal queued", "p.posted": "posted", "p.updated": "corrected",
	"p.withdrawn": "withdrawn", "p.cancelled": "cancelled before sending",
	"live": "Updates live", "notfound": "Not found.", "role": "Role", "viewer": "viewer", "editor": "editor",
	"preview.expired": "The preview expired. Preview the URL again.", "choose": "Channels", "retried": "Queued again.", "dropped": "Dropped.",
	"by": "by", "lang": "한국어", "never": "never", "embed": "embed", "desc": "description", "nochan": "Choose at least one channel.",
	"total": "total", "log.note": "Deliveries made by this process since it started.", "text": "text",
	"unit.codepoints": "code points", "unit.utf16": "UTF-16 units", "unit.graphemes": "graphemes", "unit.bytes": "bytes", "unit.weighted": "weighted characters",
}

var ko = map[string]string{
	"manage": "소스 관리", "addsource": "소스 추가", "feedurl": "피드·사이트맵·페이지 URL", "name": "이름", "interval": "간격",
	"selector": "CSS 선택자 (피드 없는 페이지)", "add": "이 소스 추가", "cancel": "취소", "origin": "출처", "hidden": "설정 파일이 우선",
	"disabled": "중지됨", "remove": "삭제", "routes": "추가한 경로", "include": "포함 단어", "exclude": "제외 단어", "addroute": "경로 추가",
	"done.added": "소스를 추가했습니다. 몇 초 안에 모든 복제본이 가져오기 시작합니다.", "done.removed": "삭제했습니다.", "done.routed": "경로를 저장했습니다.",
	"title": "paperboy", "skip": "본문으로 건너뛰기", "overview": "개요", "articles": "기사", "dead": "실패한 전송",
	"push": "직접 보내기", "sources": "소스", "signout": "로그아웃", "signin": "로그인", "theme": "다크 / 라이트",
	"user": "사용자", "password": "비밀번호", "signin.fail": "사용자 또는 비밀번호가 틀렸습니다.", "signin.slow": "시도가 너무 많습니다. 1분 뒤에 다시 해 보세요.",
	"signin.tg": "또는 텔레그램으로 일회용 로그인 링크 받기", "tg.id": "텔레그램 사용자 ID", "tg.send": "링크 보내기",
	"tg.sent":    "로그인할 수 있는 텔레그램 계정이면 링크를 보냈습니다. 10분 동안 한 번만 쓸 수 있습니다.",
	"link.title": "이 링크로 로그인", "link.bad": "이미 썼거나 만료된 링크입니다. 새 링크를 받으세요.", "link.go": "로그인",
	"channels": "채널", "channel": "채널", "type": "종류", "hour": "최근 1시간", "day": "최근 하루", "queue": "대기열",
	"breaker": "차단기", "lasterr": "마지막 오류", "trend": "24시간", "source": "소스", "lastpoll": "마지막 확인", "nextpoll": "다음 확인",
	"share304": "304 비율", "failures": "실패", "paused": "일시 정지", "running": "실행 중", "pause": "일시 정지", "resume": "다시 시작",
	"state": "상태", "when": "시각", "where": "채널", "article": "기사", "remote": "메시지", "why": "보내지 않은 이유",
	"none": "아직 없습니다.", "retry": "다시 보내기", "drop": "버리기", "reason": "플랫폼 메시지", "attempts": "시도",
	"dead.count": "실패한 전송", "url": "기사 URL", "preview": "미리 보기", "publish": "고른 채널로 보내기",
	"count": "글자", "limit": "한도", "toolong": "너무 깁니다: 줄여서 보냅니다", "pushed": "보낸 결과",
	"o.delivered": "전송됨", "o.retrying": "재시도 중", "o.skipped": "건너뜀", "o.queued": "대기열에 넣음", "o.duplicate": "이미 보냄",
	"o.dead": "실패", "queued": "대기열에 넣음", "duplicate": "이미 보냄",
	"refused": "이 역할로는 할 수 없습니다.", "refused.title": "거부됨", "csrf": "양식이 만료되었습니다. 페이지를 새로 고친 뒤 다시 해 보세요.",
	"posts": "게시물과 정정", "revision": "판", "links": "링크", "history": "기록", "who": "누가", "action": "작업",
	"update": "모든 곳 정정 (기사 다시 읽기)", "retract": "모든 곳에서 삭제", "retract.reason": "사유 (삭제 안내에 표시)",
	"retract.note": "텔레그램은 보낸 지 48시간 안에만 삭제할 수 있고, 그보다 오래된 게시물은 삭제 안내로 바뀝니다.",
	"done.updated": "정정을 대기열에 넣었습니다", "done.retracted": "삭제를 대기열에 넣었습니다", "p.posted": "게시됨", "p.updated": "정정됨",
	"p.withdrawn": "삭제됨", "p.cancelled": "전송 전 취소됨",
	"live": "실시간 갱신", "notfound": "찾을 수 없습니다.", "role": "역할", "viewer": "보기 전용", "editor": "편집자",
	"preview.expired": "미리 보기가 만료되었습니다. URL을 다시 미리 보세요.", "choose": "채널", "retried": "다시 대기열에 넣었습니다.", "dropped": "버렸습니다.",
	"by": "보낸 사람", "lang": "English", "never": "없음", "embed": "임베드", "desc": "설명", "nochan": "채널을 하나 이상 고르세요.",
	"total": "합계", "log.note": "이 프로세스가 시작된 뒤 보낸 전송입니다.", "text": "본문",
	"unit.codepoints": "코드 포인트", "unit.utf16": "UTF-16 단위", "unit.graphemes": "자소 묶음", "unit.bytes": "바이트", "unit.weighted": "가중 글자",
}
