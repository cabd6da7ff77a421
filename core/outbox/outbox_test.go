package outbox

import (
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/store"
)

func TestKeyStable(t *testing.T) {
	first, again := Key("tg", "a1"), Key("tg", "a1")
	if first != again || first == Key("dc", "a1") || first == Key("tg", "a2") {
		t.Fatal("key must be stable per (channel, article) and differ otherwise")
	}
	if len(Key("tg", "a1")) != 32 {
		t.Fatalf("key length %d", len(Key("tg", "a1")))
	}
}

func TestJobRoundTrip(t *testing.T) {
	a := &article.Article{ID: "id1", Source: "fn", Title: "제목", URL: "https://x/1"}
	p := Payload{Post: a.Post(), Source: "fn", Detected: time.Unix(100, 0).UTC()}
	j, err := NewJob("tg", a, p, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if j.Fingerprint == "" || j.Key != Key("tg", "id1") || j.TTL != time.Hour {
		t.Fatalf("job: %+v", j)
	}
	got, err := Decode(store.Entry{Payload: j.Payload})
	if err != nil || got.Post.Title != "제목" || !got.Detected.Equal(p.Detected) {
		t.Fatalf("decode: %+v %v", got, err)
	}
	if _, err := Decode(store.Entry{ID: "1-0", Payload: []byte("{")}); err == nil {
		t.Fatal("bad payload must error")
	}
}

func TestBackoffBounds(t *testing.T) {
	base, maxWait := 2*time.Second, time.Minute
	for attempt := 1; attempt < 12; attempt++ {
		ceil := base << (attempt - 1)
		if ceil > maxWait || ceil <= 0 {
			ceil = maxWait
		}
		for i := 0; i < 200; i++ {
			d := Backoff(attempt, base, maxWait)
			if d < base/2 || d > ceil {
				t.Fatalf("attempt %d: %v outside [%v, %v]", attempt, d, base/2, ceil)
			}
		}
	}
}
