package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf8"
)

const testKey = "sk-test-SECRET-0123456789"

// fakeOpenAI is an httptest server speaking the chat completions protocol. reply decides
// each answer; requests records what arrived.
type fakeOpenAI struct {
	srv      *httptest.Server
	mu       sync.Mutex
	requests []chatRequest
	reply    func(w http.ResponseWriter, r *http.Request, req chatRequest)
}

func newFake(t *testing.T, reply func(w http.ResponseWriter, r *http.Request, req chatRequest)) *fakeOpenAI {
	f := &fakeOpenAI{reply: reply}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
			http.Error(w, `{"error":{"message":"not found","type":"invalid_request_error"}}`, http.StatusNotFound)
			return
		}
		if r.Header.Get("Authorization") != "Bearer "+testKey {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprintf(w, `{"error":{"message":"Incorrect API key provided: %s.","type":"invalid_request_error","code":"invalid_api_key"}}`,
				strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
			return
		}
		var req chatRequest
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":{"message":"bad json"}}`, http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.requests = append(f.requests, req)
		f.mu.Unlock()
		f.reply(w, r, req)
	}))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeOpenAI) count() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.requests)
}

func (f *fakeOpenAI) last() chatRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.requests[len(f.requests)-1]
}

// answer writes a successful completion with content.
func answer(content string) func(http.ResponseWriter, *http.Request, chatRequest) {
	return func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-1", "object": "chat.completion", "model": "test-model",
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop",
				"message": map[string]string{"role": "assistant", "content": content}}},
		})
	}
}

// clock is a manual clock for the hourly cap.
type clock struct{ t time.Time }

func (c *clock) now() time.Time          { return c.t }
func (c *clock) advance(d time.Duration) { c.t = c.t.Add(d) }

type harness struct {
	fake *fakeOpenAI
	sum  *Summarizer
	logs *bytes.Buffer
	clk  *clock
}

func newHarness(t *testing.T, cfg Config, reply func(http.ResponseWriter, *http.Request, chatRequest)) *harness {
	h := &harness{fake: newFake(t, reply), logs: &bytes.Buffer{}, clk: &clock{t: time.Date(2024, 4, 26, 9, 0, 0, 0, time.UTC)}}
	cfg.Enabled = true
	cfg.BaseURL = h.fake.srv.URL + "/v1"
	cfg.Model = "test-model"
	if cfg.APIKey == "" {
		cfg.APIKey = testKey
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.sum = New(cfg, h.fake.srv.Client(), WithLogger(log), WithClock(h.clk.now))
	t.Cleanup(func() {
		if strings.Contains(h.logs.String(), testKey) || strings.Contains(h.logs.String(), "SECRET") {
			t.Errorf("api key in logs:\n%s", h.logs)
		}
	})
	return h
}

const fallback = "추출 요약입니다."

func TestSummarize(t *testing.T) {
	longAnswer := "The council approved the budget on Monday. It raises school spending by 4 percent. " +
		"Critics said the plan ignores road repairs that residents have asked for since 2019."
	tests := []struct {
		name     string
		cfg      Config
		lang     string
		reply    func(http.ResponseWriter, *http.Request, chatRequest)
		want     string
		wantLLM  bool
		wantLog  string
		requests int
	}{
		{"success", Config{}, "en", answer("  The council approved the budget.  "), "The council approved the budget.", true, "", 1},
		{"korean", Config{}, "ko", answer("시의회가 예산안을 통과시켰다."), "시의회가 예산안을 통과시켰다.", true, "", 1},
		{"server error", Config{}, "en", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			w.WriteHeader(http.StatusInternalServerError)
			_, _ = w.Write([]byte(`{"error":{"message":"The server had an error while processing your request.","type":"server_error"}}`))
		}, fallback, false, "http status 500: The server had an error", 1},
		{"rate limited", Config{}, "en", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			w.Header().Set("Retry-After", "20")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}}`))
		}, fallback, false, "http status 429", 1},
		{"invalid json", Config{}, "en", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"choices": [{"message": {"content": "unterminated`))
		}, fallback, false, "decode answer", 1},
		{"no choices", Config{}, "en", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			_, _ = w.Write([]byte(`{"id":"x","choices":[]}`))
		}, fallback, false, "no choices", 1},
		{"empty answer", Config{}, "en", answer("   "), fallback, false, "empty answer", 1},
		{"garbled answer", Config{}, "en", answer("The c\uFFFDuncil \uFFFD\uFFFD"), fallback, false, "garbled answer", 1},
		{"wrong script for korean", Config{}, "ko", answer("The council approved the budget."), fallback, false, "not in the article's language", 1},
		{"thinking stripped", Config{}, "en", answer("<think>The user wants a summary.</think>\nThe council approved it."), "The council approved it.", true, "", 1},
		{"only thinking", Config{}, "en", answer("<think>Let me consider the article carefully"), fallback, false, "empty answer", 1},
		{"over-long answer cut at a sentence end", Config{MaxChars: 90}, "en", answer(longAnswer),
			"The council approved the budget on Monday. It raises school spending by 4 percent.", true, "", 1},
		{"wrong key", Config{APIKey: "sk-wrong-SECRET-key"}, "en", answer("unused"), fallback, false, "http status 401", 0},
		{"disabled", Config{}, "en", answer("unused"), fallback, false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t, tt.cfg, tt.reply)
			if tt.name == "disabled" {
				h.sum.cfg.Enabled = false
			}
			got, used := h.sum.Summarize(context.Background(), "Council budget", "The council met on Monday.", tt.lang, fallback)
			if got != tt.want || used != tt.wantLLM {
				t.Errorf("Summarize = %q, %v; want %q, %v", got, used, tt.want, tt.wantLLM)
			}
			if n := utf8.RuneCountInString(got); n > h.sum.cfg.MaxChars {
				t.Errorf("summary has %d code points, max %d", n, h.sum.cfg.MaxChars)
			}
			if tt.wantLog != "" && !strings.Contains(h.logs.String(), tt.wantLog) {
				t.Errorf("log lacks %q:\n%s", tt.wantLog, h.logs)
			}
			if tt.wantLLM && h.logs.Len() > 0 {
				t.Errorf("success logged a fallback:\n%s", h.logs)
			}
			if got := h.fake.count(); got != tt.requests {
				t.Errorf("server saw %d requests, want %d", got, tt.requests)
			}
			if strings.Contains(h.logs.String(), "sk-wrong") {
				t.Errorf("rejected key echoed into logs:\n%s", h.logs)
			}
		})
	}
}

func TestTimeoutFallsBack(t *testing.T) {
	release := make(chan struct{})
	h := newHarness(t, Config{Timeout: 50 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request, _ chatRequest) {
		// Answer only after the client gave up (or the test ended), like a stalled upstream.
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	defer close(release)
	got, used := h.sum.Summarize(context.Background(), "t", "body.", "en", fallback)
	if got != fallback || used {
		t.Fatalf("Summarize = %q, %v; want the fallback", got, used)
	}
	if !strings.Contains(h.logs.String(), "no answer within 50ms") {
		t.Errorf("log does not give the timeout:\n%s", h.logs)
	}
}

func TestCallerCancellationFallsBack(t *testing.T) {
	h := newHarness(t, Config{}, answer("unused."))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got, used := h.sum.Summarize(ctx, "t", "body.", "en", fallback); got != fallback || used {
		t.Fatalf("Summarize = %q, %v; want the fallback", got, used)
	}
}

func TestCostCap(t *testing.T) {
	h := newHarness(t, Config{MaxCallsPerHour: 2}, answer("Summary."))
	call := func() bool {
		_, used := h.sum.Summarize(context.Background(), "t", "body.", "en", fallback)
		return used
	}
	for i := 0; i < 2; i++ {
		if !call() {
			t.Fatalf("call %d within the cap fell back", i+1)
		}
	}
	if call() {
		t.Fatal("third call in the hour used the LLM")
	}
	if h.fake.count() != 2 {
		t.Errorf("server saw %d requests, want 2", h.fake.count())
	}
	if !strings.Contains(h.logs.String(), "cost cap reached") {
		t.Errorf("log lacks the cap reason:\n%s", h.logs)
	}
	h.clk.advance(59 * time.Minute)
	if call() {
		t.Fatal("the cap reopened before an hour passed")
	}
	h.clk.advance(time.Minute + time.Second)
	if !call() {
		t.Fatal("the cap did not reopen after an hour")
	}
}

func TestRetryAfterPausesCalls(t *testing.T) {
	var limited atomic.Bool
	limited.Store(true)
	h := newHarness(t, Config{}, func(w http.ResponseWriter, r *http.Request, req chatRequest) {
		if limited.Load() {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"error":{"message":"Rate limit reached","code":"rate_limit_exceeded"}}`))
			return
		}
		answer("Fine.")(w, r, req)
	})
	h.sum.Summarize(context.Background(), "t", "b.", "en", fallback)
	limited.Store(false)
	if _, used := h.sum.Summarize(context.Background(), "t", "b.", "en", fallback); used || h.fake.count() != 1 {
		t.Fatalf("a call went out during Retry-After (used=%v, requests=%d)", used, h.fake.count())
	}
	h.clk.advance(31 * time.Second)
	if _, used := h.sum.Summarize(context.Background(), "t", "b.", "en", fallback); !used {
		t.Fatal("calls did not resume after Retry-After")
	}
}

func TestRequestShape(t *testing.T) {
	h := newHarness(t, Config{MaxChars: 200}, answer("요약이다."))
	body := strings.Repeat("가나다라마바사아자차. ", 1000) // 11,000 runes
	h.sum.Summarize(context.Background(), "제목", body, "ko-KR", fallback)
	req := h.fake.last()
	if req.Model != "test-model" || len(req.Messages) != 2 || req.MaxTokens <= 0 {
		t.Fatalf("request = %+v", req)
	}
	sys, user := req.Messages[0], req.Messages[1]
	if sys.Role != "system" || user.Role != "user" {
		t.Errorf("roles = %q, %q", sys.Role, user.Role)
	}
	wantPrompt := strings.ReplaceAll(DefaultPrompts["ko"], "{max_chars}", "200")
	if sys.Content != wantPrompt {
		t.Errorf("system prompt for ko-KR = %q, want the Korean default", sys.Content)
	}
	if !strings.HasPrefix(user.Content, "Title: 제목\n\n") {
		t.Errorf("user message starts %q", user.Content[:40])
	}
	if n := utf8.RuneCountInString(user.Content); n > maxBodyRunes+40 {
		t.Errorf("user message has %d runes, the body must be bounded to %d", n, maxBodyRunes)
	}
}
