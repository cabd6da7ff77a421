package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand/v2"
	"net/http"
	"strings"
	"testing"
	"time"

	"paperboy/core/channel"
	"paperboy/core/channel/channeltest"
)

func smallJPEG(t testing.TB) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 64, 32))
	for x := range 64 {
		for y := range 32 {
			img.Set(x, y, color.RGBA{uint8(x * 4), uint8(y * 8), 128, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// noisyPNG is a 1600×1000 image of random pixels: it cannot compress, so it is > 1 MB.
func noisyPNG(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 1600, 1000))
	r := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = uint8(r.UintN(256))
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func jpegHandler(data []byte) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/jpeg")
		_, _ = w.Write(data)
	})
}

// thumbOf returns the blob the stored post's card points at.
func thumbOf(t *testing.T, value json.RawMessage) (cid string, size int) {
	t.Helper()
	var p struct {
		Embed struct {
			External struct {
				Thumb struct {
					Ref struct {
						Link string `json:"$link"`
					} `json:"ref"`
					Size int `json:"size"`
				} `json:"thumb"`
			} `json:"external"`
		} `json:"embed"`
	}
	if err := json.Unmarshal(value, &p); err != nil {
		t.Fatal(err)
	}
	return p.Embed.External.Thumb.Ref.Link, p.Embed.External.Thumb.Size
}

func TestThumbnails(t *testing.T) {
	small, big := smallJPEG(t), noisyPNG(t)
	if len(big) <= maxThumbBytes {
		t.Fatalf("test image is only %d bytes", len(big))
	}
	tests := []struct {
		name     string
		images   http.Handler
		wantMime string
		same     []byte // the upload must be exactly this
	}{
		{"small jpeg unchanged", jpegHandler(small), "image/jpeg", small},
		{"big png re-encoded", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write(big) }), "image/jpeg", nil},
		{"missing image skipped", http.NotFoundHandler(), "", nil},
		{"html instead of image skipped", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("<html>login</html>")) }), "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, srv := fake(t, tt.images)
			if _, err := ch.Send(context.Background(), channel.Delivery{Key: "k", Post: channeltest.SamplePost()}); err != nil {
				t.Fatal(err)
			}
			recs := srv.Records()
			if len(recs) != 1 {
				t.Fatalf("%d records", len(recs))
			}
			cid, size := thumbOf(t, recs[0].Value)
			if tt.wantMime == "" {
				if cid != "" {
					t.Errorf("thumb %s attached for an unusable image", cid)
				}
				return
			}
			blob, ok := srv.Blob(cid)
			if !ok || blob.MimeType != tt.wantMime || size != len(blob.Data) || len(blob.Data) > maxThumbBytes {
				t.Fatalf("blob %v %s size %d/%d", ok, blob.MimeType, size, len(blob.Data))
			}
			if tt.same != nil && !bytes.Equal(blob.Data, tt.same) {
				t.Errorf("a small image was re-encoded")
			}
			if tt.same == nil {
				cfg, err := jpeg.DecodeConfig(bytes.NewReader(blob.Data))
				if err != nil || cfg.Width > thumbWidth || cfg.Width*10 != cfg.Height*16 {
					t.Errorf("re-encoded thumb %dx%d: %v", cfg.Width, cfg.Height, err)
				}
			}
		})
	}
}

func TestTID(t *testing.T) {
	pub := channeltest.SamplePost().Published
	a, b := TID("pb-key-1", pub), TID("pb-key-2", pub)
	if a != TID("pb-key-1", pub) || a == b {
		t.Errorf("TIDs %s %s: not stable per key or not distinct", a, b)
	}
	for _, tid := range []string{a, b, TID("x", time.Time{}), TID("y", time.Date(2199, 1, 1, 0, 0, 0, 0, time.UTC))} {
		if len(tid) != 13 || !strings.ContainsRune("234567abcdefghij", rune(tid[0])) || strings.Trim(tid, tidAlphabet) != "" {
			t.Errorf("%q is not TID syntax", tid)
		}
	}
	// The timestamp part sorts by published time: a later article gets a later key.
	if TID("z", pub) >= TID("z", pub.Add(time.Hour)) {
		t.Errorf("TIDs do not sort by published time")
	}
}

func TestRenderLimitsAndFacet(t *testing.T) {
	long := channeltest.SamplePost()
	long.Title = strings.Repeat("카카오 먹통 👨‍👩‍👧‍👦 ", 40)
	long.Summary = strings.Repeat("15일 카카오톡 장애가 이어졌다. ", 100)
	for name, p := range map[string]struct{ title, summary string }{
		"sample": {channeltest.SamplePost().Title, channeltest.SamplePost().Summary},
		"long":   {long.Title, long.Summary},
		"emoji":  {strings.Repeat("👨‍👩‍👧‍👦", 400), strings.Repeat("🇰🇷", 400)},
	} {
		post := channeltest.SamplePost()
		post.Title, post.Summary = p.title, p.summary
		r := render(post, testNow)
		if n := channel.Count(r.Text, channel.Graphemes); n > maxGraphemes || len(r.Text) > maxTextBytes {
			t.Errorf("%s: text %d graphemes, %d bytes", name, n, len(r.Text))
		}
		if len(r.Facets) != 1 {
			t.Fatalf("%s: %d facets", name, len(r.Facets))
		}
		f := r.Facets[0]
		if got := r.Text[f.Index.ByteStart:f.Index.ByteEnd]; got != shortLink(post.URL) || f.Features[0].URI != post.URL {
			t.Errorf("%s: facet covers %q → %s", name, got, f.Features[0].URI)
		}
		if len(r.Langs) != 1 || r.Langs[0] != "ko" || r.Embed == nil || r.Embed.External.URI != post.URL {
			t.Errorf("%s: langs %v embed %+v", name, r.Langs, r.Embed)
		}
	}
	if got := shortLink("https://www.fntimes.com/html/view.php?ud=2022101523035"); got != "fntimes.com/html/view.php?ud=…" {
		t.Errorf("short link %q", got)
	}
}

func TestGoldenRecord(t *testing.T) {
	ch, srv := fake(t, nil)
	if _, err := ch.Send(context.Background(), channel.Delivery{Key: "golden", Post: channeltest.SamplePost()}); err != nil {
		t.Fatal(err)
	}
	recs := srv.Records()
	if len(recs) != 1 {
		t.Fatalf("%d records", len(recs))
	}
	channeltest.GoldenJSON(t, "post.json", recs[0].Value)
}

func TestPreview(t *testing.T) {
	ch := mustNew(t, Config{Identifier: testHandle, AppPassword: testPassword}, opts(nil))
	req, err := ch.Preview(channel.Delivery{Key: "pbkey", Post: channeltest.SamplePost()})
	if err != nil {
		t.Fatal(err)
	}
	if req.URL != DefaultService+"/xrpc/com.atproto.repo.createRecord" || req.Fields["rkey"] != TID("pbkey", channeltest.SamplePost().Published) {
		t.Errorf("preview %s %v", req.URL, req.Fields["rkey"])
	}
	b, _ := json.Marshal(req)
	if strings.Contains(string(b), testPassword) || !strings.Contains(string(b), "app.bsky.embed.external") {
		t.Errorf("preview %s", b)
	}
}

func FuzzRenderAccepted(f *testing.F) {
	f.Add("카톡·카카오T 먹통에…네이버 <사용자> & \"경쟁\"", "15일 카카오톡 장애. **굵게** [링크](x)", "ko")
	f.Add(strings.Repeat("👨‍👩‍👧‍👦", 300), strings.Repeat("다.", 5000), "en-US")
	f.Add("", "", "")
	f.Add("\x00\xff\xfe bad utf8", "line\nbreak\r\n\ttab \u200b", "zz_ZZ")
	srv := newFuzzFake(f)
	f.Fuzz(func(t *testing.T, title, summary, lang string) {
		p := channeltest.SamplePost()
		p.Title, p.Summary, p.Lang, p.ImageURL = title, summary, lang, ""
		if _, err := srv.ch.Send(context.Background(), channel.Delivery{Key: "fuzz-" + title + summary + lang, Post: p}); err != nil {
			t.Fatalf("the fake refused the rendered post: %v", err)
		}
	})
}
