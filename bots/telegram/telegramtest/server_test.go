package telegramtest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"
)

type answer struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// call posts a JSON body to method with the default token.
func call(t *testing.T, s *Server, method string, fields map[string]any) (int, answer) {
	t.Helper()
	body, _ := json.Marshal(fields)
	return do(t, s.URL+"/bot"+DefaultToken+"/"+method, "application/json", body)
}

func do(t *testing.T, u, ctype string, body []byte) (int, answer) {
	t.Helper()
	resp, err := http.Post(u, ctype, bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST: %v", err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var a answer
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatalf("answer %q is not JSON: %v", raw, err)
	}
	if a.ErrorCode != 0 && a.ErrorCode != resp.StatusCode {
		t.Errorf("error_code %d differs from HTTP status %d", a.ErrorCode, resp.StatusCode)
	}
	return resp.StatusCode, a
}

func TestWrongTokenIsUnauthorized(t *testing.T) {
	s := New()
	defer s.Close()
	resp, err := http.Post(s.URL+"/bot123:wrong/getMe", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	want := `{"description":"Unauthorized","error_code":401,"ok":false}`
	if resp.StatusCode != 401 || strings.TrimSpace(string(raw)) != want {
		t.Errorf("got %d %s, want 401 %s", resp.StatusCode, raw, want)
	}
	if code, a := call(t, s, "getMe", nil); code != 200 || !a.OK {
		t.Errorf("getMe with the right token: %d %+v", code, a)
	}
}

func TestEncodings(t *testing.T) {
	s := New()
	defer s.Close()
	base := s.URL + "/bot" + DefaultToken + "/"
	form := url.Values{"chat_id": {"-1001"}, "text": {"<b>폼</b>"}, "parse_mode": {"HTML"}}
	if code, a := do(t, base+"sendMessage", "application/x-www-form-urlencoded", []byte(form.Encode())); code != 200 {
		t.Fatalf("form: %d %s", code, a.Description)
	}
	if code, a := call(t, s, "sendMessage", map[string]any{"chat_id": -1001, "text": "json", "disable_notification": true,
		"link_preview_options": map[string]any{"is_disabled": true}}); code != 200 {
		t.Fatalf("json: %d %s", code, a.Description)
	}
	// Multipart with a file upload, the way go-telegram/bot sends every request.
	b, err := bot.New(DefaultToken, bot.WithServerURL(s.URL), bot.WithSkipGetMe())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.SendPhoto(context.Background(), &bot.SendPhotoParams{ChatID: -1001, Caption: "<i>사진</i>", ParseMode: models.ParseModeHTML,
		Photo: &models.InputFileUpload{Filename: "lead.jpg", Data: strings.NewReader("jpegbytes")}}); err != nil {
		t.Fatalf("library sendPhoto: %v", err)
	}
	msgs := s.Messages()
	if len(msgs) != 3 {
		t.Fatalf("%d messages logged, want 3", len(msgs))
	}
	if msgs[0].Text != "폼" || msgs[1].Text != "json" || !msgs[1].Silent || msgs[1].LinkPreview != `{"is_disabled":true}` {
		t.Errorf("form/json messages: %+v %+v", msgs[0], msgs[1])
	}
	if msgs[2].Photo != "upload:lead.jpg" || msgs[2].Text != "사진" || msgs[2].HTML != "<i>사진</i>" {
		t.Errorf("multipart photo: %+v", msgs[2])
	}
	reqs := s.Requests()
	if got := []string{reqs[0].Encoding, reqs[1].Encoding, reqs[2].Encoding}; strings.Join(got, ",") != "form,json,multipart" {
		t.Errorf("encodings %v", got)
	}
	if len(reqs[2].Uploads) != 1 || reqs[2].Uploads[0].Size != len("jpegbytes") {
		t.Errorf("uploads %+v", reqs[2].Uploads)
	}
}

func TestValidation(t *testing.T) {
	s := New()
	defer s.Close()
	s.AddChat(Chat{ID: -1002, Type: "supergroup", Title: "plain group"})
	s.AddChat(Chat{ID: -1003, Type: "supergroup", Title: "forum", IsForum: true})
	tests := []struct {
		name   string
		method string
		fields map[string]any
		desc   string // "" = accepted
	}{
		{"4096 units", "sendMessage", map[string]any{"chat_id": 1, "text": strings.Repeat("😀", 2048)}, ""},
		{"4097 units", "sendMessage", map[string]any{"chat_id": 1, "text": strings.Repeat("😀", 2048) + "a"}, "Bad Request: message is too long"},
		{"markup not counted", "sendMessage", map[string]any{"chat_id": 1, "parse_mode": "HTML", "text": "<b>" + strings.Repeat("&amp;", 4096) + "</b>"}, ""},
		{"caption 1025", "sendPhoto", map[string]any{"chat_id": 1, "photo": "https://e.com/a.jpg", "caption": strings.Repeat("가", 1025)}, "Bad Request: message caption is too long"},
		{"bad html", "sendMessage", map[string]any{"chat_id": 1, "parse_mode": "HTML", "text": "1 < 2"}, `Bad Request: can't parse entities: Unsupported start tag "" at byte offset 2`},
		{"html ignored without parse_mode", "sendMessage", map[string]any{"chat_id": 1, "text": "1 < 2"}, ""},
		{"empty text", "sendMessage", map[string]any{"chat_id": 1, "parse_mode": "HTML", "text": "<b> </b>"}, "Bad Request: message text is empty"},
		{"no chat", "sendMessage", map[string]any{"text": "x"}, "Bad Request: chat_id is empty"},
		{"topic in plain group", "sendMessage", map[string]any{"chat_id": -1002, "message_thread_id": 7, "text": "x"}, "Bad Request: message thread not found"},
		{"topic in forum", "sendMessage", map[string]any{"chat_id": -1003, "message_thread_id": 7, "text": "x"}, ""},
		{"photo missing", "sendPhoto", map[string]any{"chat_id": 1}, "Bad Request: there is no photo in the request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, a := call(t, s, tt.method, tt.fields)
			if tt.desc == "" {
				if code != 200 || !a.OK {
					t.Fatalf("rejected: %d %s", code, a.Description)
				}
				return
			}
			if code != 400 || a.Description != tt.desc {
				t.Errorf("got %d %q, want 400 %q", code, a.Description, tt.desc)
			}
		})
	}
	for _, m := range s.Messages() {
		if m.ChatID == -1003 && m.ThreadID != 7 {
			t.Errorf("forum message thread %d, want 7", m.ThreadID)
		}
	}
}

func TestChats(t *testing.T) {
	s := New()
	defer s.Close()
	s.AddChat(Chat{ID: -1001234, Type: "channel", Title: "News", Username: "news_kr"})
	s.SetStrictChats(true)
	if code, a := call(t, s, "sendMessage", map[string]any{"chat_id": "@nobody_here", "text": "x"}); code != 400 || a.Description != "Bad Request: chat not found" {
		t.Errorf("unknown chat: %d %q", code, a.Description)
	}
	code, a := call(t, s, "sendMessage", map[string]any{"chat_id": "@NEWS_kr", "text": "x"})
	if code != 200 {
		t.Fatalf("known channel by username: %d %q", code, a.Description)
	}
	var m struct {
		ID   int `json:"message_id"`
		Chat struct {
			ID       int64  `json:"id"`
			Username string `json:"username"`
		} `json:"chat"`
	}
	_ = json.Unmarshal(a.Result, &m)
	if m.ID != 1 || m.Chat.ID != -1001234 || m.Chat.Username != "news_kr" {
		t.Errorf("result %+v", m)
	}
	s.SetChatError("-1001234", Failure{Status: 403, Description: "Forbidden: bot was kicked from the channel chat"})
	if code, a := call(t, s, "sendMessage", map[string]any{"chat_id": -1001234, "text": "x"}); code != 403 || a.Description != "Forbidden: bot was kicked from the channel chat" {
		t.Errorf("kicked: %d %q", code, a.Description)
	}
	s.SetChatError("-1001234", Failure{})
	if code, _ := call(t, s, "sendMessage", map[string]any{"chat_id": -1001234, "text": "y"}); code != 200 {
		t.Errorf("after clearing the error: %d", code)
	}
}

// clock is a manual test clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestFloodControlRecordsViolations(t *testing.T) {
	clk := &clock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := New(WithClock(clk.now))
	defer s.Close()
	s.SetFlood(Flood{Max: 2, Per: time.Minute, RetryAfter: 30})
	send := func(chat int64) (int, answer) {
		return call(t, s, "sendMessage", map[string]any{"chat_id": chat, "text": "x"})
	}
	for i := range 2 {
		if code, a := send(-1001); code != 200 {
			t.Fatalf("message %d: %d %s", i, code, a.Description)
		}
	}
	code, a := send(-1001)
	if code != 429 || a.Parameters.RetryAfter != 30 || a.Description != "Too Many Requests: retry after 30" {
		t.Fatalf("third message: %d %+v", code, a)
	}
	if len(s.Violations()) != 0 {
		t.Fatalf("the request that hit the limit is not a violation: %+v", s.Violations())
	}
	if code, _ := send(-1002); code != 200 {
		t.Errorf("another chat is not limited: %d", code)
	}
	clk.add(20 * time.Second)
	code, a = send(-1001)
	if code != 429 || a.Parameters.RetryAfter != 10 {
		t.Errorf("inside the window: %d retry_after %d, want 429 and 10", code, a.Parameters.RetryAfter)
	}
	v := s.Violations()
	if len(v) != 1 || v[0].ChatID != -1001 || v[0].Remaining != 10*time.Second {
		t.Errorf("violations %+v", v)
	}
	clk.add(40 * time.Second) // the window closed and the minute passed
	if code, a := send(-1001); code != 200 {
		t.Errorf("after the window: %d %s", code, a.Description)
	}
}

func TestInjectedFailures(t *testing.T) {
	clk := &clock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	s := New(WithClock(clk.now))
	defer s.Close()
	s.FailNext(1, Failure{Status: 502, Body: "<html><body>502 Bad Gateway</body></html>"})
	s.FailNext(1, Failure{Status: 500})
	s.FailNext(1, Failure{Status: 429, RetryAfter: 5})
	resp, err := http.Post(s.URL+"/bot"+DefaultToken+"/sendMessage", "application/json", strings.NewReader(`{"chat_id":1,"text":"x"}`))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 502 || !strings.Contains(string(raw), "502 Bad Gateway") {
		t.Errorf("raw failure: %d %s", resp.StatusCode, raw)
	}
	if code, a := call(t, s, "sendMessage", map[string]any{"chat_id": 1, "text": "x"}); code != 500 || a.Description != "Internal Server Error" {
		t.Errorf("500: %d %q", code, a.Description)
	}
	if code, a := call(t, s, "sendMessage", map[string]any{"chat_id": 1, "text": "x"}); code != 429 || a.Parameters.RetryAfter != 5 {
		t.Errorf("429: %d %+v", code, a)
	}
	// The injected 429 opened chat 1's window: an immediate resend is a violation.
	if code, _ := call(t, s, "sendMessage", map[string]any{"chat_id": 1, "text": "x"}); code != 429 {
		t.Errorf("resend inside the window: %d", code)
	}
	if len(s.Violations()) != 1 {
		t.Errorf("violations %+v", s.Violations())
	}
	clk.add(5 * time.Second)
	if code, _ := call(t, s, "sendMessage", map[string]any{"chat_id": 1, "text": "x"}); code != 200 {
		t.Errorf("after retry_after: %d", code)
	}
	if n := len(s.Messages()); n != 1 {
		t.Errorf("%d messages accepted, want 1", n)
	}
}
