package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// tgGate stands in front of telegramtest and adds the rules the fake has no setting for: the
// bot-wide 30 messages/s and the per-chat ~1/s with short bursts (the fake's own SetFlood
// carries the 20/minute group rule). Every call that changes a chat is metered — sends,
// editMessage* and deleteMessage — since Telegram's flood control counts a bot's requests,
// not only new messages. A refused call gets Telegram's 429 with retry_after; a call that
// comes back inside an announced retry_after is a violation.
type tgGate struct {
	next  http.Handler
	start time.Time

	mu         sync.Mutex
	bot        window
	chats      map[string]*window
	until      map[string]time.Time // announced retry_after windows, per chat
	posts      int
	refused    int
	byBot      int // refusals for the bot-wide rule (the rest: the per-chat rule)
	violation  int
	first      time.Time
	last       time.Time
	peak       int // most calls accepted in any enforced bot window
	refusedDel int // refusals of deleteMessage calls
	edits      int // editMessage* calls accepted
	deletes    int // deleteMessage calls accepted
	delFirst   time.Time
	delLast    time.Time
}

// metered says whether a Bot API method counts against the flood rules, and which kind it is.
func metered(path string) (kind string, ok bool) {
	p := strings.ToLower(path)
	switch {
	case strings.Contains(p, "/send"):
		return "send", true
	case strings.Contains(p, "/editmessage"):
		return "edit", true
	case strings.Contains(p, "/deletemessage"):
		return "delete", true
	}
	return "", false
}

func newTGGate(next http.Handler) *tgGate {
	return &tgGate{next: next, start: time.Now(), bot: window{rule: shrink(tgBotSecond)},
		chats: map[string]*window{}, until: map[string]time.Time{}}
}

// shrink applies the grace to an enforced window.
func shrink(r rule) rule {
	r.per = time.Duration(float64(r.per) * (1 - grace))
	return r
}

func (g *tgGate) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	kind, ok := metered(r.URL.Path)
	if !ok {
		g.next.ServeHTTP(w, r)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	var p struct {
		ChatID json.RawMessage `json:"chat_id"`
	}
	_ = json.Unmarshal(body, &p)
	chat := strings.Trim(string(p.ChatID), `"`)
	now := time.Now()
	at := now.Sub(g.start)
	g.mu.Lock()
	g.posts++
	if u, ok := g.until[chat]; ok && now.Before(u) {
		g.violation++
	}
	cw := g.chats[chat]
	if cw == nil {
		cw = &window{rule: shrink(tgChatBurst)}
		g.chats[chat] = cw
	}
	free := max(g.bot.earliest(at), cw.earliest(at))
	if free > at {
		g.refused++
		if g.bot.earliest(at) > at {
			g.byBot++
		}
		if kind == "delete" {
			g.refusedDel++
		}
		secs := max(int((free-at+time.Second-1)/time.Second), 1)
		g.until[chat] = now.Add(time.Duration(secs) * time.Second)
		g.mu.Unlock()
		writeJSON(w, http.StatusTooManyRequests, map[string]any{"ok": false, "error_code": 429,
			"description": fmt.Sprintf("Too Many Requests: retry after %d", secs), "parameters": map[string]any{"retry_after": secs}})
		return
	}
	g.bot.record(at)
	cw.record(at)
	switch kind {
	case "send":
		if g.first.IsZero() {
			g.first = now
		}
		g.last = now
	case "edit":
		g.edits++
	case "delete":
		g.deletes++
		if g.delFirst.IsZero() {
			g.delFirst = now
		}
		g.delLast = now
	}
	n := 0
	for i := len(g.bot.times) - 1; i >= 0 && at-g.bot.times[i] < g.bot.rule.per; i-- {
		n++
	}
	g.peak = max(g.peak, n)
	g.mu.Unlock()
	g.next.ServeHTTP(w, r)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
