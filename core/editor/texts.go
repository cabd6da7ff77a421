package editor

import (
	"fmt"
	"strings"
)

// text is one language's reply strings.
type text struct {
	refused, usage, unknown, failed, confirm, publishBtn, cancelBtn, expired, cancelled string
	published, queued, alreadySent, alreadyDead, alreadyQueued                          string
	sources, channels, paused, queue, dead, none, retryHint, retried                    string
	readers, communities, suspended                                                     string
	pausedFmt                                                                           map[string]string
}

func texts(lang string) text {
	if lang == "ko" {
		return text{
			refused: "죄송합니다. 이 명령을 쓸 권한이 없습니다. 관리자에게 편집자 등록을 요청하세요.",
			usage:   "사용법: %s", unknown: "모르는 명령입니다: /%s — /help 를 보세요.", failed: "실패: ",
			confirm: "이대로 게시할까요?", publishBtn: "게시", cancelBtn: "취소",
			expired: "미리 보기가 만료되었습니다. 다시 /push 하세요.", cancelled: "취소했습니다.",
			published: "게시 대기열에 넣었습니다:", queued: "대기 중",
			alreadySent: "이미 %s에 게시됨 (%s)", alreadyDead: "이전에 실패해 실패 목록에 있음 (/retry)", alreadyQueued: "이미 대기 중",
			sources: "소스:", channels: "채널:", paused: "일시 중지", queue: "대기", dead: "실패 목록:", none: "없습니다.",
			retryHint: "다시 시도: /retry <id> 또는 /retry all", retried: "%d건을 다시 대기열에 넣었습니다.",
			pausedFmt: map[string]string{"pause": "%s %s 일시 중지했습니다.", "resume": "%s %s 재개했습니다."},
			readers:   "구독자:", communities: "커뮤니티:", suspended: "중지됨",
		}
	}
	return text{
		refused: "Sorry, you are not allowed to use this command. Ask an admin to add you as an editor.",
		usage:   "Usage: %s", unknown: "Unknown command /%s — see /help.", failed: "Failed: ",
		confirm: "Publish this?", publishBtn: "Publish", cancelBtn: "Cancel",
		expired: "This preview has expired. /push it again.", cancelled: "Cancelled.",
		published: "Queued for publishing:", queued: "queued",
		alreadySent: "already posted at %s (%s)", alreadyDead: "failed before and is in the dead letters (/retry)", alreadyQueued: "already queued",
		sources: "Sources:", channels: "Channels:", paused: "paused", queue: "queue", dead: "Dead letters:", none: "Nothing.",
		retryHint: "Retry with /retry <id> or /retry all", retried: "Re-queued %d deliveries.",
		pausedFmt: map[string]string{"pause": "Paused %s %s.", "resume": "Resumed %s %s."},
		readers:   "Readers:", communities: "Communities:", suspended: "suspended",
	}
}

func help(lang string) string {
	var b strings.Builder
	if lang == "ko" {
		b.WriteString("paperboy 편집자 명령:\n")
	} else {
		b.WriteString("paperboy editor commands:\n")
	}
	for _, c := range Commands(lang) {
		fmt.Fprintf(&b, "/%s — %s\n", c.Name, c.Description)
	}
	return strings.TrimSpace(b.String())
}
