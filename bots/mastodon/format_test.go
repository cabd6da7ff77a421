package mastodon

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"paperboy/bots/mastodon/mastodontest"
	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func TestGoldenStatuses(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
	}{
		{name: "status.json"},
		{name: "status_cw_unlisted.json", cfg: Config{Visibility: "unlisted", Language: "en", Spoiler: "{{.Source}} · 뉴스"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fake(t, mastodontest.Options{})
			tt.cfg.Server = srv.URL
			if _, err := mustNew(t, tt.cfg).Send(context.Background(), channel.Delivery{Key: "golden", Post: channeltest.SamplePost()}); err != nil {
				t.Fatal(err)
			}
			channeltest.GoldenJSON(t, tt.name, srv.Statuses()[0].Body)
		})
	}
}

func TestStatusFields(t *testing.T) {
	p := channeltest.SamplePost()
	p.Lang = "ko-KR"
	p.Summary = "@alice@mastodon.social 와 (@bob) 그리고 mail@example.com 과 https://x.kr/@carol"
	p.Tags = []string{"카카오", "Kakao T", "kakaot", "2022", "IT", "#IT", "a-b"}
	srv := fake(t, mastodontest.Options{})
	if _, err := mustNew(t, Config{Server: srv.URL, Visibility: "private", Spoiler: "{{.Source}}"}).Send(context.Background(),
		channel.Delivery{Key: "k", Post: p}); err != nil {
		t.Fatal(err)
	}
	st := srv.Statuses()[0]
	if st.Language != "ko" || st.Visibility != "private" || st.SpoilerText != "한국금융신문" {
		t.Errorf("language %q visibility %q spoiler %q", st.Language, st.Visibility, st.SpoilerText)
	}
	if len(st.Mentions) != 0 {
		t.Errorf("mentions %q", st.Mentions)
	}
	if got := strings.Join(st.Tags, " "); got != "카카오 KakaoT IT ab" {
		t.Errorf("hashtags %q", got)
	}
	want := p.Title + "\n\n" + "＠alice@mastodon.social 와 (＠bob) 그리고 mail@example.com 과 https://x.kr/@carol" + "\n\n" + p.URL + "\n\n#카카오 #KakaoT #IT #ab"
	if st.Text != want {
		t.Errorf("status\n%q\nwant\n%q", st.Text, want)
	}
}

func TestTightLimitKeepsLink(t *testing.T) {
	p := channeltest.SamplePost()
	p.Title = strings.Repeat("제목이 매우 길다 ", 40)
	p.Tags = []string{"하나", "둘", "셋", "넷"}
	srv := fake(t, mastodontest.Options{MaxCharacters: 100})
	ch := mustNew(t, Config{Server: srv.URL, Spoiler: "{{.Source}}", MaxCharacters: 100})
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: p}); err != nil {
		t.Fatal(err)
	}
	st := srv.Statuses()[0]
	if st.Length > 100 || !strings.HasSuffix(st.Text, "\n\n"+p.URL) || strings.Contains(st.Text, "#") {
		t.Errorf("status (%d) %q", st.Length, st.Text)
	}
}

// images serves a PNG at /lead.png, HTML at /page.png and 404 elsewhere.
func images(t *testing.T) *httptest.Server {
	img := image.NewRGBA(image.Rect(0, 0, 4, 4))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/lead.png":
			w.Header().Set("Content-Type", "application/octet-stream") // sites get this wrong; bytes decide
			w.Write(buf.Bytes())
		case "/page.png":
			w.Write([]byte("<!doctype html><html><body>not an image</body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestMedia(t *testing.T) {
	img := images(t)
	ctx := context.Background()
	post := func(path string) channel.Delivery {
		p := channeltest.SamplePost()
		p.ImageURL = img.URL + path
		return channel.Delivery{Key: "k" + path, Post: p}
	}

	srv := fake(t, mastodontest.Options{})
	ch := mustNew(t, Config{Server: srv.URL, Media: true}, channeltest.MediaFrom(img))
	if _, err := ch.Send(ctx, post("/lead.png")); err != nil {
		t.Fatal(err)
	}
	st := srv.Statuses()[0]
	m, ok := srv.MediaByID(strings.Join(st.MediaIDs, ""))
	if len(st.MediaIDs) != 1 || !ok || m.Description != channeltest.SamplePost().Title || m.ContentType != "image/png" || m.FileName != "lead.png" {
		t.Errorf("status media %v, attachment %+v", st.MediaIDs, m)
	}
	// A missing image or a page instead of an image: the status goes out without media.
	for _, path := range []string{"/gone.png", "/page.png"} {
		if _, err := ch.Send(ctx, post(path)); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if st := srv.Statuses(); len(st[len(st)-1].MediaIDs) != 0 {
			t.Errorf("%s: media attached", path)
		}
	}
	if n := srv.Requests("POST /api/v2/media"); n != 1 {
		t.Errorf("%d uploads, want 1", n)
	}

	// Still processing: the status is refused as transient; after processing the retry posts.
	async := fake(t, mastodontest.Options{AsyncMedia: true})
	ch = mustNew(t, Config{Server: async.URL, Media: true}, channeltest.MediaFrom(img))
	d := post("/lead.png")
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.Transient {
		t.Fatalf("unprocessed media: %v, want transient", err)
	}
	async.FinishProcessing()
	if _, err := ch.Send(ctx, d); err != nil {
		t.Fatalf("retry after processing: %v", err)
	}
	if st := async.Statuses(); len(st) != 1 || len(st[0].MediaIDs) != 1 {
		t.Errorf("statuses %+v", st)
	}

	// A revoked token fails the upload: that is the delivery's error, not a silent text-only post.
	revoked := fake(t, mastodontest.Options{})
	revoked.RevokeToken(testToken)
	ch = mustNew(t, Config{Server: revoked.URL, Media: true}, channeltest.MediaFrom(img))
	if _, err := ch.Send(ctx, post("/lead.png")); channel.Classify(err).Reason != channel.Unauthorized {
		t.Errorf("upload with revoked token: %v", err)
	}
}

func TestPreview(t *testing.T) {
	ch := mustNew(t, Config{Server: "https://mastodon.example", Media: true})
	req, err := ch.Preview(channel.Delivery{Key: "k", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(req)
	if strings.Contains(string(b), testToken) || req.URL != "https://mastodon.example/api/v1/statuses" ||
		req.Fields["_idempotency_key"] != "k" || req.Fields["visibility"] != "public" || req.Fields["language"] != "ko" {
		t.Errorf("preview %s", b)
	}
}

func FuzzStatusAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…", "15일 카카오톡 장애. @everyone <b>x</b> http://a http://b", "한국금융신문", "카카오,IT")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), strings.Repeat("🇰🇷", 200), strings.Repeat("태그,", 100))
	f.Add("", "", "", "")
	f.Add("http://a http://b http://c http://d http://e http://f http://g http://h http://i http://j", "\x00\xff", "src\u200b", "#,##")
	srv := fake(f, mastodontest.Options{})
	ch := mustNew(f, Config{Server: srv.URL, Spoiler: "{{.Source}}"})
	n := 0
	f.Fuzz(func(t *testing.T, title, summary, source, tags string) {
		n++
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Source, p.Tags = title, summary, source, strings.Split(tags, ",")
		before := len(srv.Statuses())
		if _, err := ch.Send(context.Background(), channel.Delivery{Key: "fuzz-" + strconv.Itoa(n), Post: p}); err != nil {
			t.Fatalf("the fake refused the status: %v", err)
		}
		st := srv.Statuses()
		if len(st) != before+1 || !strings.Contains(st[len(st)-1].Text, p.URL) {
			t.Fatalf("no new status with the link: %+v", st[len(st)-1])
		}
		if m := st[len(st)-1].Mentions; len(m) != 0 {
			t.Fatalf("status mentions %q", m)
		}
	})
}
