package discordtest

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"
)

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *clock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

type answer struct {
	status int
	header http.Header
	body   map[string]any
}

func do(t *testing.T, method, url, auth, contentType string, body []byte) answer {
	t.Helper()
	req, err := http.NewRequest(method, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	a := answer{status: resp.StatusCode, header: resp.Header}
	if len(raw) > 0 {
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		if err := dec.Decode(&a.body); err != nil {
			t.Fatalf("answer is not JSON: %q", raw)
		}
	}
	return a
}

func postJSON(t *testing.T, url, auth, body string) answer {
	t.Helper()
	return do(t, "POST", url, auth, "application/json", []byte(body))
}

func newFake(t *testing.T, o Options) (*Server, *clock) {
	clk := &clock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	o.Now = clk.Now
	s := NewServer(o)
	t.Cleanup(s.Close)
	return s, clk
}

const okBody = `{"content":"hi","allowed_mentions":{"parse":[]}}`

func TestWebhookExecute(t *testing.T) {
	s, _ := newFake(t, Options{})
	wh := s.AddWebhook()
	a := postJSON(t, s.WebhookURL(wh)+"?wait=true", "", okBody)
	if a.status != 200 || a.body["id"] == "" || a.body["webhook_id"] != wh.ID || a.body["channel_id"] != wh.ChannelID {
		t.Fatalf("wait=true: %d %v", a.status, a.body)
	}
	if a := postJSON(t, s.WebhookURL(wh), "", okBody); a.status != 204 {
		t.Errorf("without wait: %d, want 204", a.status)
	}
	// Unversioned and /api-less paths reach the same routes.
	base := strings.TrimSuffix(s.URL, "/api/v10")
	if a := postJSON(t, base+"/api"+wh.URL+"?wait=true&thread_id=77", "", okBody); a.status != 200 || a.body["channel_id"] != "77" {
		t.Errorf("/api prefix with thread: %d %v", a.status, a.body)
	}
	if a := do(t, "GET", base+wh.URL, "", "", nil); a.status != 200 || a.body["token"] != wh.Token {
		t.Errorf("GET webhook: %d %v", a.status, a.body)
	}
	if a := postJSON(t, s.URL+"/webhooks/"+wh.ID+"/wrong?wait=true", "", okBody); a.status != 401 || a.body["code"] != json.Number("50027") {
		t.Errorf("wrong token: %d %v", a.status, a.body)
	}
	if a := postJSON(t, s.URL+"/webhooks/1/"+wh.Token, "", okBody); a.status != 404 || a.body["code"] != json.Number("10015") {
		t.Errorf("unknown webhook: %d %v", a.status, a.body)
	}
	msgs := s.Messages()
	if len(msgs) != 3 || msgs[2].ThreadID != "77" || msgs[0].Content != "hi" || msgs[0].Multipart {
		t.Errorf("messages %+v", msgs)
	}
}

func TestMultipartPayloadJSON(t *testing.T) {
	s, _ := newFake(t, Options{})
	wh := s.AddWebhook()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	_ = mw.WriteField("payload_json", `{"embeds":[{"title":"사진","image":{"url":"attachment://a.png"}}],"allowed_mentions":{"parse":[]}}`)
	fw, _ := mw.CreateFormFile("files[0]", "a.png")
	_, _ = fw.Write([]byte("\x89PNG"))
	_ = mw.Close()
	a := do(t, "POST", s.WebhookURL(wh)+"?wait=true", "", mw.FormDataContentType(), buf.Bytes())
	if a.status != 200 {
		t.Fatalf("multipart: %d %v", a.status, a.body)
	}
	m := s.Messages()[0]
	if !m.Multipart || len(m.Files) != 1 || m.Files[0] != "a.png" || m.Embeds[0].Title != "사진" {
		t.Errorf("message %+v", m)
	}
}

func TestLimitsAnswer50035(t *testing.T) {
	r := strings.Repeat
	embed := func(fields string) string {
		return `{"embeds":[{` + fields + `}],"allowed_mentions":{"parse":[]}}`
	}
	tests := []struct {
		name, body, path string // path: dotted error path expected in "errors"
		ok               bool
	}{
		{name: "2000 korean code points", body: `{"content":"` + r("가", 2000) + `","allowed_mentions":{"parse":[]}}`, ok: true},
		{name: "content 2001", body: `{"content":"` + r("가", 2001) + `","allowed_mentions":{"parse":[]}}`, path: "content"},
		{name: "title 257", body: embed(`"title":"` + r("👍", 257) + `"`), path: "embeds.0.title"},
		{name: "description 4097", body: embed(`"description":"` + r("a", 4097) + `"`), path: "embeds.0.description"},
		{name: "footer 2049", body: embed(`"footer":{"text":"` + r("a", 2049) + `"}`), path: "embeds.0.footer.text"},
		{name: "author 257", body: embed(`"author":{"name":"` + r("a", 257) + `"}`), path: "embeds.0.author.name"},
		{name: "total 6001", body: embed(`"title":"` + r("a", 256) + `","description":"` + r("b", 4096) + `","footer":{"text":"` + r("c", 1649) + `"}`), path: "embeds"},
		{name: "total 6000", body: embed(`"title":"` + r("a", 256) + `","description":"` + r("b", 4096) + `","footer":{"text":"` + r("c", 1648) + `"}`), ok: true},
		{name: "11 embeds", body: `{"embeds":[` + strings.TrimSuffix(r(`{"title":"x"},`, 11), ",") + `],"allowed_mentions":{"parse":[]}}`, path: "embeds"},
		{name: "no allowed_mentions", body: `{"content":"@everyone"}`, path: "allowed_mentions"},
		{name: "bad parse value", body: `{"content":"x","allowed_mentions":{"parse":["all"]}}`, path: "allowed_mentions.parse.0"},
		{name: "long nonce", body: `{"content":"x","nonce":"` + r("n", 26) + `","allowed_mentions":{"parse":[]}}`, path: "nonce"},
		{name: "bad url scheme", body: embed(`"title":"x","url":"javascript:alert(1)"`), path: "embeds.0.url"},
		{name: "bad timestamp", body: embed(`"title":"x","timestamp":"yesterday"`), path: "embeds.0.timestamp"},
		{name: "clyde username", body: `{"content":"x","username":"Clyde","allowed_mentions":{"parse":[]}}`, path: "username"},
	}
	s, _ := newFake(t, Options{BucketLimit: 1000})
	wh := s.AddWebhook()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := postJSON(t, s.WebhookURL(wh)+"?wait=true", "", tt.body)
			if tt.ok {
				if a.status != 200 {
					t.Fatalf("refused: %d %v", a.status, a.body)
				}
				return
			}
			if a.status != 400 || a.body["code"] != json.Number("50035") || a.body["message"] != "Invalid Form Body" {
				t.Fatalf("got %d %v, want 400 50035", a.status, a.body)
			}
			node, _ := a.body["errors"].(map[string]any)
			for _, part := range strings.Split(tt.path, ".") {
				node, _ = node[part].(map[string]any)
			}
			if list, _ := node["_errors"].([]any); len(list) == 0 {
				t.Errorf("no _errors at %s in %v", tt.path, a.body["errors"])
			}
		})
	}
	if a := postJSON(t, s.WebhookURL(wh), "", `{"allowed_mentions":{"parse":[]}}`); a.status != 400 || a.body["code"] != json.Number("50006") {
		t.Errorf("empty message: %d %v", a.status, a.body)
	}
	if a := postJSON(t, s.WebhookURL(wh), "", `{"content":`); a.status != 400 || a.body["code"] != json.Number("50109") {
		t.Errorf("invalid json: %d %v", a.status, a.body)
	}
}

func TestBotRoutes(t *testing.T) {
	s, clk := newFake(t, Options{})
	userID := s.AddBot("good")
	ch := s.AddChannel()
	url := s.URL + "/channels/" + ch + "/messages"
	if a := postJSON(t, url, "Bot bad", okBody); a.status != 401 || a.body["message"] != "401: Unauthorized" || a.body["code"] != json.Number("0") {
		t.Errorf("bad token: %d %v", a.status, a.body)
	}
	if a := postJSON(t, url, "", okBody); a.status != 401 {
		t.Errorf("no auth: %d", a.status)
	}
	if a := postJSON(t, s.URL+"/channels/5/messages", "Bot good", okBody); a.status != 404 || a.body["code"] != json.Number("10003") {
		t.Errorf("unknown channel: %d %v", a.status, a.body)
	}
	if a := do(t, "GET", s.URL+"/users/@me", "Bot good", "", nil); a.status != 200 || a.body["id"] != userID {
		t.Errorf("users/@me: %d %v", a.status, a.body)
	}
	nonced := `{"content":"x","nonce":"n1","enforce_nonce":true,"allowed_mentions":{"parse":[]}}`
	first := postJSON(t, url, "Bot good", nonced)
	again := postJSON(t, url, "Bot good", nonced)
	if first.status != 200 || again.body["id"] != first.body["id"] {
		t.Errorf("enforced nonce: %v then %v", first.body["id"], again.body["id"])
	}
	if a := postJSON(t, url, "Bot good", strings.Replace(nonced, `"enforce_nonce":true`, `"enforce_nonce":false`, 1)); a.body["id"] == first.body["id"] {
		t.Errorf("a nonce without enforce_nonce de-duplicated")
	}
	clk.Advance(6 * time.Minute)
	if a := postJSON(t, url, "Bot good", nonced); a.body["id"] == first.body["id"] {
		t.Errorf("nonce de-duplicated after its window")
	}
	if n := len(s.Messages()); n != 3 {
		t.Errorf("%d messages, want 3", n)
	}
	s.Forbid(ch)
	if a := postJSON(t, url, "Bot good", okBody); a.status != 403 || a.body["code"] != json.Number("50013") {
		t.Errorf("forbidden: %d %v", a.status, a.body)
	}
	if n := s.InvalidRequests(); n != 3 {
		t.Errorf("invalid requests %d, want 3 (two 401, one 403)", n)
	}
}

func TestBucketsAndViolations(t *testing.T) {
	s, clk := newFake(t, Options{})
	wh := s.AddWebhook()
	url := s.WebhookURL(wh) + "?wait=true"
	for i := range 5 {
		a := postJSON(t, url, "", okBody)
		if a.status != 200 || a.header.Get("X-RateLimit-Limit") != "5" || a.header.Get("X-RateLimit-Remaining") != string(rune('4'-i)) {
			t.Fatalf("request %d: %d %v", i, a.status, a.header)
		}
		if a.header.Get("X-RateLimit-Bucket") == "" || a.header.Get("X-RateLimit-Reset-After") != "2" {
			t.Errorf("request %d headers %v", i, a.header)
		}
	}
	clk.Advance(500 * time.Millisecond)
	a := postJSON(t, url, "", okBody)
	if a.status != 429 || a.body["retry_after"] != json.Number("1.5") || a.body["global"] != false || a.header.Get("Retry-After") != "2" {
		t.Fatalf("exhausted bucket: %d %v %v", a.status, a.body, a.header)
	}
	if len(s.Violations()) != 0 {
		t.Errorf("the first 429 is not a violation")
	}
	clk.Advance(time.Second) // 0.5 s before the announced end
	if a := postJSON(t, url, "", okBody); a.status != 429 {
		t.Errorf("early request: %d", a.status)
	}
	if v := s.Violations(); len(v) != 1 || v[0].Early != 500*time.Millisecond || v[0].Major != wh.ID {
		t.Errorf("violations %+v", v)
	}
	clk.Advance(500 * time.Millisecond)
	if a := postJSON(t, url, "", okBody); a.status != 200 {
		t.Errorf("after the window: %d %v", a.status, a.body)
	}
	// Another webhook has its own bucket.
	if a := postJSON(t, s.WebhookURL(s.AddWebhook()), "", okBody); a.status != 204 {
		t.Errorf("other bucket: %d", a.status)
	}
}

func TestInjectedFailuresAndGlobal(t *testing.T) {
	s, clk := newFake(t, Options{GlobalLimit: 3, BucketLimit: 100})
	s.AddBot("tok")
	chA, chB := s.AddChannel(), s.AddChannel()
	post := func(ch string) answer {
		return postJSON(t, s.URL+"/channels/"+ch+"/messages", "Bot tok", okBody)
	}
	s.FailNext(2, 503)
	if a, b, c := post(chA), post(chA), post(chA); a.status != 503 || b.status != 503 || c.status != 200 {
		t.Errorf("FailNext: %d %d %d", a.status, b.status, c.status)
	}
	// The global limit spans channels of one token.
	clk.Advance(time.Second)
	post(chA)
	post(chB)
	post(chA)
	a := post(chB)
	if a.status != 429 || a.body["global"] != true || a.header.Get("X-RateLimit-Global") != "true" {
		t.Errorf("global limit: %d %v", a.status, a.body)
	}
	clk.Advance(time.Second)
	s.RateLimitNext(1234*time.Millisecond, true)
	if a := post(chA); a.status != 429 || a.body["retry_after"] != json.Number("1.234") || a.body["global"] != true {
		t.Errorf("RateLimitNext: %d %v", a.status, a.body)
	}
	if a := post(chB); a.status != 429 || len(s.Violations()) != 1 || !s.Violations()[0].Global {
		t.Errorf("request in the global window: %d %+v", a.status, s.Violations())
	}
	if reqs := s.Requests(); len(reqs) != 9 || reqs[0].Route != "POST /channels/{id}/messages" || reqs[0].Status != 503 {
		t.Errorf("requests %+v", reqs)
	}
}

func TestSeconds(t *testing.T) {
	for d, want := range map[time.Duration]string{1234 * time.Millisecond: "1.234", 2 * time.Second: "2", time.Nanosecond: "0.000000001", 0: "0", 61 * time.Millisecond: "0.061"} {
		if got := seconds(d); got != want {
			t.Errorf("seconds(%v) = %q, want %q", d, got, want)
		}
	}
}
