// Package llm writes article summaries with an OpenAI-compatible chat completions API. It
// is optional and never in the way: any failure (timeout, HTTP error, rate limit, cost cap,
// an empty or garbled answer) yields the extractive summary the caller already has.
package llm

import (
	"context"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"paperboy/core/summarize"
)

// maxBodyRunes bounds the article text sent: the lead of a news story carries its summary,
// and a bounded prompt keeps the cost of one call predictable.
const maxBodyRunes = 6000

// Summarizer calls the API within the hourly cost cap. It is safe for concurrent use.
type Summarizer struct {
	cfg  Config
	http *http.Client
	log  *slog.Logger
	now  func() time.Time

	mu    sync.Mutex
	calls []time.Time // start times of the calls made in the last hour, oldest first
	until time.Time   // no calls before this instant (after a 429 with Retry-After)
}

// Option customises a Summarizer.
type Option func(*Summarizer)

// WithLogger sets the logger for fallback reasons; the default is slog.Default().
func WithLogger(l *slog.Logger) Option {
	return func(s *Summarizer) {
		if l != nil {
			s.log = l
		}
	}
}

// WithClock sets the clock the hourly cap and Retry-After pauses are measured with.
func WithClock(now func() time.Time) Option {
	return func(s *Summarizer) {
		if now != nil {
			s.now = now
		}
	}
}

// New returns a Summarizer for cfg (invalid fields take their defaults; call cfg.Validate
// first to report them). hc nil means a plain client; Config.Timeout applies per call either way.
func New(cfg Config, hc *http.Client, opts ...Option) *Summarizer {
	if hc == nil {
		hc = &http.Client{}
	}
	s := &Summarizer{cfg: cfg.withDefaults(), http: hc, log: slog.Default(), now: time.Now}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Enabled reports whether Summarize may call the API at all.
func (s *Summarizer) Enabled() bool { return s != nil && s.cfg.Enabled }

// Summarize asks the model for a summary of the article in lang. It returns the model's
// answer and true, or fallback and false when the LLM is off or anything goes wrong; the
// reason is logged. The answer never exceeds Config.MaxChars code points.
func (s *Summarizer) Summarize(ctx context.Context, title, body, lang, fallback string) (summary string, usedLLM bool) {
	if !s.Enabled() {
		return fallback, false
	}
	if strings.TrimSpace(title) == "" && strings.TrimSpace(body) == "" {
		return fallback, false
	}
	if reason := s.reserve(); reason != "" {
		s.log.WarnContext(ctx, "llm: using the extractive summary", "reason", reason, "lang", lang)
		return fallback, false
	}
	answer, err := s.complete(ctx, s.cfg.prompt(lang), userMessage(title, body))
	if err != nil {
		s.log.WarnContext(ctx, "llm: using the extractive summary", "reason", "request failed",
			"lang", lang, "model", s.cfg.Model, "err", err)
		return fallback, false
	}
	out, why := s.clean(answer, lang)
	if why != "" {
		s.log.WarnContext(ctx, "llm: using the extractive summary", "reason", why, "lang", lang,
			"model", s.cfg.Model, "answer_chars", utf8.RuneCountInString(answer))
		return fallback, false
	}
	return out, true
}

// reserve takes one call from the hourly budget, or says why it cannot.
func (s *Summarizer) reserve() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if now.Before(s.until) {
		return "rate limited by the api"
	}
	hourAgo := now.Add(-time.Hour)
	drop := 0
	for drop < len(s.calls) && !s.calls[drop].After(hourAgo) {
		drop++
	}
	s.calls = s.calls[drop:]
	if len(s.calls) >= s.cfg.MaxCallsPerHour {
		return "cost cap reached"
	}
	s.calls = append(s.calls, now)
	return ""
}

// pause stops calls for d, as a 429's Retry-After asks.
func (s *Summarizer) pause(d time.Duration) {
	if d <= 0 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if until := s.now().Add(min(d, time.Hour)); until.After(s.until) {
		s.until = until
	}
}

// userMessage is the article as the model sees it: the title and at most maxBodyRunes of
// body, cut at a paragraph end when one is near.
func userMessage(title, body string) string {
	body = strings.ToValidUTF8(strings.TrimSpace(body), "")
	if utf8.RuneCountInString(body) > maxBodyRunes {
		cut, n := len(body), 0
		for i := range body {
			if n == maxBodyRunes {
				cut = i
				break
			}
			n++
		}
		body = body[:cut]
		if p := strings.LastIndex(body, "\n"); p > len(body)*3/4 {
			body = body[:p]
		}
	}
	title = strings.ToValidUTF8(strings.TrimSpace(title), "")
	return "Title: " + title + "\n\n" + body
}

// clean turns the raw answer into the summary, or explains why it is unusable.
func (s *Summarizer) clean(answer, lang string) (string, string) {
	if !utf8.ValidString(answer) || strings.ContainsRune(answer, utf8.RuneError) {
		return "", "garbled answer"
	}
	answer = stripThinking(answer)
	answer = strings.TrimSpace(answer)
	answer = strings.Trim(answer, "\"“”'")
	answer = strings.TrimSpace(answer)
	if answer == "" {
		return "", "empty answer"
	}
	if !scriptMatches(answer, lang) {
		return "", "answer not in the article's language"
	}
	if utf8.RuneCountInString(answer) > s.cfg.MaxChars {
		answer = summarize.Lead(answer, s.cfg.MaxChars)
		if answer == "" {
			return "", "empty answer"
		}
	}
	return answer, ""
}

// stripThinking removes a reasoning model's <think>…</think> preamble.
func stripThinking(s string) string {
	start := strings.Index(s, "<think>")
	if start < 0 {
		return s
	}
	end := strings.Index(s[start:], "</think>")
	if end < 0 {
		return "" // the budget ran out while thinking: no summary at all
	}
	return s[:start] + s[start+end+len("</think>"):]
}

// scriptMatches rejects an answer for a Korean, Japanese or Chinese article that contains
// none of that script: a model that drifted into English or echoed markup is not a summary.
func scriptMatches(answer, lang string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(lang), "-")
	var want func(rune) bool
	switch primary {
	case "ko":
		want = func(r rune) bool { return r >= 0xAC00 && r <= 0xD7A3 }
	case "ja":
		want = func(r rune) bool { return (r >= 0x3040 && r <= 0x30FF) || (r >= 0x4E00 && r <= 0x9FFF) }
	case "zh":
		want = func(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF }
	default:
		return true
	}
	return strings.IndexFunc(answer, want) >= 0
}
