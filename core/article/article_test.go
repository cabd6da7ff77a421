package article

import "testing"

func TestCanonical(t *testing.T) {
	cases := []struct{ in, want string }{
		{"http://Example.COM/news/1?utm_source=x&utm_medium=y", "https://example.com/news/1"},
		{"https://example.com/news/1/#comments", "https://example.com/news/1"},
		{"https://example.com", "https://example.com/"},
		{"https://example.com/?b=2&a=1&fbclid=zz&gclid=q", "https://example.com/?a=1&b=2"},
		{"https://example.com:443/a", "https://example.com/a"},
		{"https://example.com:8443/a", "https://example.com:8443/a"},
		{"https://www.fntimes.com/html/view.php?ud=2022101523035&UTM_CAMPAIGN=k", "https://www.fntimes.com/html/view.php?ud=2022101523035"},
		{"  https://user:pw@example.com/x  ", "https://example.com/x"},
		{"https://example.com/뉴스/기사", "https://example.com/%EB%89%B4%EC%8A%A4/%EA%B8%B0%EC%82%AC"},
	}
	for _, c := range cases {
		got, err := Canonical(c.in)
		if err != nil {
			t.Fatalf("Canonical(%q): %v", c.in, err)
		}
		if got != c.want {
			t.Errorf("Canonical(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"", "/relative", "ftp://example.com/x", "mailto:a@b.c", "http://%zz"} {
		if _, err := Canonical(bad); err == nil {
			t.Errorf("Canonical(%q): want error", bad)
		}
	}
}

func TestCleanKeepsScheme(t *testing.T) {
	got, err := Clean("http://Example.com:80/a/?utm_source=x#f")
	if err != nil || got != "http://example.com/a" {
		t.Fatalf("Clean = %q, %v", got, err)
	}
	if got, _ := Clean("http://example.com:443/a"); got != "http://example.com:443/a" {
		t.Fatalf("Clean kept a non-default port? %q", got)
	}
}

func TestIDStableAcrossVariants(t *testing.T) {
	a, _ := Canonical("http://example.com/a?utm_source=tw")
	b, _ := Canonical("https://EXAMPLE.com/a#top")
	if ID(a) != ID(b) || len(ID(a)) != 32 {
		t.Fatalf("ids differ: %s %s", ID(a), ID(b))
	}
}

func TestFingerprint(t *testing.T) {
	if Fingerprint("fn", "카톡·카카오T 먹통에…네이버") != Fingerprint("FN", " 카톡 카카오T 먹통에 네이버 ") {
		t.Error("punctuation and spacing must not change the fingerprint")
	}
	if Fingerprint("fn", "Hello World") == Fingerprint("other", "Hello World") {
		t.Error("source must be part of the fingerprint")
	}
	if Fingerprint("fn", "…!?") != "" {
		t.Error("a title without letters has no fingerprint")
	}
}

func FuzzCanonical(f *testing.F) {
	f.Add("http://example.com/a?utm_source=1#x")
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Canonical(s)
		if err != nil {
			return
		}
		c2, err := Canonical(c)
		if err != nil || c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q (%v)", s, c, c2, err)
		}
	})
}

func TestCanonicalDropsDefaultPortOfOriginalScheme(t *testing.T) {
	if got, _ := Canonical("http://example.com:80/a"); got != "https://example.com/a" {
		t.Fatalf("got %q", got)
	}
}

func TestShare(t *testing.T) {
	s := Share("https://www.fntimes.com/html/view.php?ud=1&x=2", "카톡 먹통 & 복구")
	if s.Facebook != "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.fntimes.com%2Fhtml%2Fview.php%3Fud%3D1%26x%3D2" {
		t.Errorf("facebook: %s", s.Facebook)
	}
	if s.Telegram != "https://t.me/share/url?url=https%3A%2F%2Fwww.fntimes.com%2Fhtml%2Fview.php%3Fud%3D1%26x%3D2&text=%EC%B9%B4%ED%86%A1+%EB%A8%B9%ED%86%B5+%26+%EB%B3%B5%EA%B5%AC" {
		t.Errorf("telegram: %s", s.Telegram)
	}
	if s.X == "" || s.Line == "" {
		t.Error("x and line links")
	}
}
