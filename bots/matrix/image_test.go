package matrix

import (
	"context"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

// images serves a 1200×800 PNG at /photos/lead.png and HTML elsewhere, counting requests.
func images(t *testing.T) (*httptest.Server, *atomic.Int32) {
	var hits atomic.Int32
	png := channeltest.PNG(1200, 800)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		if r.URL.Path == "/photos/lead.png" {
			w.Header().Set("Content-Type", "application/octet-stream") // the bytes decide
			_, _ = w.Write(png)
			return
		}
		_, _ = w.Write([]byte("<!doctype html><p>not an image</p>"))
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func formatted(t *testing.T, body json.RawMessage) string {
	t.Helper()
	var c content
	if err := json.Unmarshal(body, &c); err != nil {
		t.Fatal(err)
	}
	return c.FormattedBody
}

func TestLeadImageUploadedAndShownInline(t *testing.T) {
	img, hits := images(t)
	ch, srv, _ := fake(t, Config{}, channeltest.MediaFrom(img))
	p := channeltest.SamplePost()
	p.ImageURL = img.URL + "/photos/lead.png"
	d := channel.Delivery{Key: "pb-image-1", Post: p}
	srv.RateLimitNext(time.Second)
	ctx := context.Background()
	// A rate-limited upload fails the attempt (the outbox retries it after retry_after_ms).
	if _, err := ch.Send(ctx, d); channel.Classify(err).Reason != channel.RateLimited {
		t.Fatalf("rate-limited upload: %v", err)
	}
	r1, err := ch.Send(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	// An in-doubt resend of the same delivery reuses the upload and the transaction id.
	r2, err := ch.Send(ctx, d)
	if err != nil || r2.RemoteID != r1.RemoteID {
		t.Fatalf("resend: %v %s vs %s", err, r2.RemoteID, r1.RemoteID)
	}
	ups := srv.Uploads()
	if len(ups) != 1 || ups[0].ContentType != "image/png" || ups[0].FileName != "lead.png" || len(ups[0].Data) < 100 {
		t.Fatalf("uploads %+v: want the one PNG, reused by the retry", ups)
	}
	if hits.Load() != 2 {
		t.Errorf("image fetched %d times, want 2 (the rate-limited upload, then once)", hits.Load())
	}
	evs := srv.Events()
	if len(evs) != 1 {
		t.Fatalf("%d events", len(evs))
	}
	fb := formatted(t, evs[0].Body)
	want := `<p><img src="` + ups[0].URI + `" alt="` + html.EscapeString(p.Title) + `" width="640" height="426"></p><p><a href=`
	if !strings.HasPrefix(fb, want) {
		t.Errorf("formatted_body\n%s\nwant prefix\n%s", fb, want)
	}
}

func TestLeadImageSkippedWhenUnusable(t *testing.T) {
	img, _ := images(t)
	for _, tc := range []struct {
		name  string
		path  string
		cfg   Config
		limit int64
	}{
		{"not an image", "/page.png", Config{}, 0},
		{"homeserver refuses the size", "/photos/lead.png", Config{}, 100},
		{"media off", "/photos/lead.png", Config{Media: new(bool)}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch, srv, _ := fake(t, tc.cfg, channeltest.MediaFrom(img))
			if tc.limit > 0 {
				srv.SetMaxUpload(tc.limit)
			}
			p := channeltest.SamplePost()
			p.ImageURL = img.URL + tc.path
			if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: p}); err != nil {
				t.Fatal(err)
			}
			evs := srv.Events()
			if len(evs) != 1 || strings.Contains(formatted(t, evs[0].Body), "<img") || len(srv.Uploads()) != 0 {
				t.Fatalf("events %d, uploads %d, body %s", len(evs), len(srv.Uploads()), evs[0].Body)
			}
		})
	}
}

func TestFakeRefusesForeignImages(t *testing.T) {
	_, srv, room := fake(t, Config{})
	for _, src := range []string{"https://evil.example/x.png", "mxc://example.org/never-uploaded"} {
		body := `{"msgtype":"m.text","body":"x","format":"org.matrix.custom.html","formatted_body":"<img src=\"` + src + `\">"}`
		req, _ := http.NewRequest(http.MethodPut, srv.URL+sendPath(room, "t-"+time.Now().String()), strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+testToken)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("img %s accepted: %d", src, resp.StatusCode)
		}
	}
}
