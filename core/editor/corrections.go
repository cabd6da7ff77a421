package editor

import (
	"context"
	"fmt"
	"strings"

	"paperboy/core/article"
	"paperboy/core/outbox"
)

// ctext is one language's strings for /correct, /retract and /posts.
type ctext struct {
	unsupported, notPosted, noChange, withdrawn, before, after, publishFix, confirmFix string
	confirmRetract, retractBtn, reasonLabel, queuedFix, queuedRetract, history, where  string
	sourceChanged                                                                      string
	outcomes                                                                           map[string]string
}

func ctexts(lang string) ctext {
	if lang == "ko" {
		return ctext{
			unsupported: "이 서버에서는 정정·삭제를 쓸 수 없습니다.", notPosted: "이 기사는 아직 어디에도 게시되지 않았습니다.",
			noChange: "바뀐 내용이 없습니다. 게시물은 이미 최신입니다.", withdrawn: "이 기사는 이미 모든 곳에서 삭제되었습니다.",
			before: "정정 전:", after: "정정 후:", publishFix: "정정 게시", confirmFix: "모든 게시물을 이렇게 고칠까요?",
			confirmRetract: "이 기사를 모든 곳에서 삭제할까요? (48시간이 지난 텔레그램 게시물은 삭제 안내로 바뀝니다)",
			retractBtn:     "삭제", reasonLabel: "사유:", queuedFix: "정정을 대기열에 넣었습니다:", queuedRetract: "삭제를 대기열에 넣었습니다:",
			history: "기록:", where: "게시된 곳:", sourceChanged: "출처에서 기사가 바뀌었습니다 — 정정 전 → 정정 후",
			outcomes: map[string]string{outbox.PlannedQueued: "대기 중", outbox.PlannedReplaced: "아직 전송 전: 새 내용으로 보냄",
				outbox.PlannedCancelled: "아직 전송 전: 취소함", outbox.PlannedUnchanged: "이미 최신", outbox.PlannedAlready: "이미 처리됨",
				outbox.PlannedWithdrawn: "이미 삭제됨", "posted": "게시됨", "updated": "정정됨"},
		}
	}
	return ctext{
		unsupported: "Corrections are not available on this server.", notPosted: "This article has not been posted anywhere yet.",
		noChange: "Nothing changed: every post already shows this version.", withdrawn: "This article was already withdrawn everywhere.",
		before: "Before:", after: "After:", publishFix: "Publish correction", confirmFix: "Update every post to this?",
		confirmRetract: "Withdraw this article everywhere? (Telegram posts older than 48 hours become a withdrawal notice)",
		retractBtn:     "Withdraw", reasonLabel: "Reason:", queuedFix: "Correction queued:", queuedRetract: "Withdrawal queued:",
		history: "History:", where: "Posted to:", sourceChanged: "the source changed it — before → after",
		outcomes: map[string]string{outbox.PlannedQueued: "queued", outbox.PlannedReplaced: "not sent yet: goes out corrected",
			outbox.PlannedCancelled: "not sent yet: cancelled", outbox.PlannedUnchanged: "already up to date", outbox.PlannedAlready: "already done",
			outbox.PlannedWithdrawn: "withdrawn", "posted": "posted", "updated": "corrected"},
	}
}

// corrections runs /correct <url>, /retract <url> [reason…] and /posts <url>.
func (s *Service) corrections(ctx context.Context, r Request, cmd string, args []string) Reply {
	t, ct := texts(r.Lang), ctexts(r.Lang)
	c, ok := s.b.(Corrector)
	if !ok {
		return Reply{Text: ct.unsupported}
	}
	if len(args) == 0 {
		usage := "/" + cmd + " <url>"
		if cmd == "retract" {
			usage += " [reason]"
		}
		return Reply{Text: fmt.Sprintf(t.usage, usage)}
	}
	ps, err := c.Posts(ctx, args[0])
	if err != nil {
		s.log.Warn("editor: posts lookup failed", "url", args[0], "err", err)
		return Reply{Text: t.failed + err.Error()}
	}
	if len(ps.Posts) == 0 {
		return Reply{Text: ct.notPosted}
	}
	switch cmd {
	case "posts":
		return Reply{Text: describePosts(ct, ps)}
	case "retract":
		if !ps.Live() {
			return Reply{Text: ct.withdrawn}
		}
		reason := strings.TrimSpace(strings.Join(args[1:], " "))
		if len(reason) > 500 {
			reason = reason[:500]
		}
		h := heldPreview{art: shownArticle(ps), user: r.UserID, expires: s.now().Add(previewTTL), kind: "ret", target: ps.ArticleID, reason: reason}
		return s.ask(ctx, t, h, ct.confirmRetract+"\n"+describePosts(ct, ps), ct.retractBtn)
	}
	if !ps.Live() {
		return Reply{Text: ct.withdrawn}
	}
	a, err := s.b.Preview(ctx, args[0])
	if err != nil {
		s.log.Warn("editor: correct: re-reading the article failed", "url", args[0], "err", err)
		return Reply{Text: t.failed + err.Error()}
	}
	after := a.Post()
	if after.Revision() == ps.Shown.Revision() {
		return Reply{Text: ct.noChange}
	}
	text := fmt.Sprintf("%s\n%s\n%s\n\n%s\n%s\n%s\n\n%s", ct.before, ps.Shown.Title, ps.Shown.Summary, ct.after, after.Title, after.Summary, ct.confirmFix)
	h := heldPreview{art: a, user: r.UserID, expires: s.now().Add(previewTTL), kind: "cor", target: ps.ArticleID}
	return s.ask(ctx, t, h, text, ct.publishFix)
}

// ask holds h and answers text with a confirm and a Cancel button.
func (s *Service) ask(ctx context.Context, t text, h heldPreview, body, confirm string) Reply {
	token := newToken()
	if err := s.hold(ctx, token, h); err != nil {
		s.log.Error("editor confirmation could not be kept", "err", err)
		return Reply{Text: t.failed + "the store is unavailable"}
	}
	return Reply{Text: body, Actions: []Action{{Label: confirm, Data: h.kind + ":" + token}, {Label: t.cancelBtn, Data: "cancel:" + token}}}
}

// confirmed publishes a held correction or withdrawal once its button was pressed.
func (s *Service) confirmed(ctx context.Context, r Request, h heldPreview) Reply {
	t, ct := texts(r.Lang), ctexts(r.Lang)
	c, ok := s.b.(Corrector)
	if !ok {
		return Reply{Text: ct.unsupported}
	}
	by := r.Platform + ":" + r.UserName
	var (
		out  []outbox.Planned
		err  error
		head string
	)
	if h.kind == "ret" {
		out, err = c.Retract(ctx, h.target, h.reason, by)
		head = ct.queuedRetract
	} else {
		out, err = c.Correct(ctx, h.target, h.art.Post(), "", by)
		head = ct.queuedFix
	}
	if err != nil {
		return Reply{Text: t.failed + err.Error()}
	}
	var b strings.Builder
	b.WriteString(head + "\n")
	for _, o := range out {
		fmt.Fprintf(&b, "• %s: %s\n", o.Channel, ct.label(o.Outcome))
	}
	return Reply{Text: strings.TrimSpace(b.String())}
}

func (ct ctext) label(o string) string {
	if l, ok := ct.outcomes[o]; ok {
		return l
	}
	return o
}

// describePosts lists where an article went, with links, and its last audit lines.
func describePosts(ct ctext, ps Posts) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n%s\n", ps.Shown.Title, ps.URL, ct.where)
	for _, p := range ps.Posts {
		fmt.Fprintf(&b, "• %s [%s] — %s, %s, rev %s", p.Channel, p.Type, ct.label(p.State), p.SentAt.Format("2006-01-02 15:04"), p.Revision)
		for _, l := range p.Links {
			fmt.Fprintf(&b, "\n  %s", l)
		}
		b.WriteString("\n")
	}
	if n := len(ps.Audit); n > 0 {
		b.WriteString(ct.history + "\n")
		for _, a := range ps.Audit[max(0, n-5):] {
			line := fmt.Sprintf("• %s %s %s", a.At.Format("01-02 15:04"), a.Who, a.Action)
			if a.Channel != "" {
				line += " " + a.Channel
			}
			if a.Reason != "" {
				line += " — " + a.Reason
			}
			b.WriteString(line + "\n")
		}
	}
	return strings.TrimSpace(b.String())
}

// shownArticle is the post as it stands, as an article to hold with a withdrawal.
func shownArticle(ps Posts) *article.Article {
	p := ps.Shown
	return &article.Article{ID: ps.ArticleID, URL: ps.URL, Title: p.Title, Summary: p.Summary, ImageURL: p.ImageURL}
}
