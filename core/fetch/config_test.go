package fetch

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestConfigValidate(t *testing.T) {
	var empty Config
	if err := empty.Validate(); err != nil {
		t.Fatalf("empty config: %v", err)
	}
	if empty != DefaultConfig() {
		t.Errorf("defaults = %+v, want %+v", empty, DefaultConfig())
	}
	if empty.Timeout != 15*time.Second || empty.MaxBody != 10<<20 || empty.AllowPrivate || empty.PerHost != 4 ||
		empty.UserAgent != "paperboy/dev (+https://github.com/paperboy)" {
		t.Errorf("defaults = %+v", empty)
	}

	set := Config{Timeout: time.Second, MaxBody: 5, AllowPrivate: true, UserAgent: "x", PerHost: 1}
	want := set
	if err := set.Validate(); err != nil || set != want {
		t.Errorf("explicit values changed or rejected: %+v, %v", set, err)
	}

	bad := Config{Timeout: -time.Second, MaxBody: -1, PerHost: -2, UserAgent: "a\r\nX-Evil: 1"}
	err := bad.Validate()
	if err == nil {
		t.Fatal("negative values accepted")
	}
	for _, field := range []string{"fetch: timeout", "fetch: max_body", "fetch: per_host", "fetch: user_agent"} {
		if !strings.Contains(err.Error(), field) {
			t.Errorf("error %q does not mention %s", err, field)
		}
	}
}

func TestNewReplacesInvalidValues(t *testing.T) {
	got := New(Config{Timeout: -1, MaxBody: -1, PerHost: -1, UserAgent: "a\nb"}).cfg
	if want := DefaultConfig(); got != want {
		t.Errorf("New kept invalid values: %+v", got)
	}
}

func TestDefaultUserAgentSent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, r.UserAgent())
	}))
	defer srv.Close()
	resp, err := New(Config{AllowPrivate: true}).Get(t.Context(), Request{URL: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	if string(resp.Body) != DefaultUserAgent {
		t.Errorf("User-Agent = %q, want %q", resp.Body, DefaultUserAgent)
	}
}
