// Package channeltest is the conformance suite every platform package runs against its own
// httptest fake: status → Reason table, 429 → RetryAfter, no secret in any error, context
// cancellation honoured, and the delivery key reaching the platform's idempotency slot.
package channeltest

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"paperboy/core/article"
	"paperboy/core/channel"
)

// Case is one scripted platform answer and how the channel must classify it.
type Case struct {
	Name       string         // short label for the subtest
	Status     int            // HTTP status the fake answers
	Header     http.Header    // extra response headers (Retry-After, rate-limit headers)
	Body       string         // the platform's real error body
	Want       channel.Reason // the Reason Send must return
	RetryAfter time.Duration  // the RetryAfter Send must return (exact)
}

// Suite describes the platform under test.
type Suite struct {
	// New builds the channel under test with its API base URL set to baseURL.
	New func(t *testing.T, baseURL string) channel.Channel
	// Success answers a valid request the way the platform does when it accepts a message.
	Success http.HandlerFunc
	// Cases are the platform's documented failures.
	Cases []Case
	// Secrets are credentials the channel was built with; none may appear in any error text.
	Secrets []string
	// KeyOf returns the idempotency key the platform saw in r (body already read into body);
	// nil when the platform has no idempotency slot.
	KeyOf func(r *http.Request, body []byte) string
}

// SamplePost is a post with Korean, emoji and markup-significant characters.
func SamplePost() article.Post {
	return article.Post{
		Title:     `카톡·카카오T 먹통에…네이버·우티 <사용자> 모시기 & "경쟁"`,
		Summary:   "15일 카카오톡, 카카오T, 카카오내비까지 카카오의 주요 서비스들이 접속 장애를 일으키고 있다. 👍🏽 @everyone <b>not bold</b>",
		URL:       "https://www.fntimes.com/html/view.php?ud=2022101523035",
		ImageURL:  "https://www.fntimes.com/data/photos/20221042/art_1.jpg",
		Source:    "한국금융신문",
		Author:    "정은경",
		Published: time.Date(2022, 10, 15, 23, 3, 0, 0, time.FixedZone("KST", 9*3600)),
		Tags:      []string{"카카오", "IT"},
		Lang:      "ko",
	}
}

// Run runs the conformance suite.
func Run(t *testing.T, s Suite) {
	t.Helper()
	d := channel.Delivery{Key: "pb-test-key-0123456789abcdef", Post: SamplePost(), Attempt: 1}

	t.Run("success", func(t *testing.T) {
		var (
			mu   sync.Mutex
			keys []string
		)
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			if s.KeyOf != nil {
				mu.Lock()
				keys = append(keys, s.KeyOf(r, body))
				mu.Unlock()
			}
			r.Body = io.NopCloser(strings.NewReader(string(body)))
			s.Success(w, r)
		}))
		defer srv.Close()
		ch := s.New(t, srv.URL)
		rc, err := ch.Send(context.Background(), d)
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		if rc.RemoteID == "" {
			t.Errorf("Send succeeded without a remote id")
		}
		if ch.Limits().Idempotent {
			if s.KeyOf == nil {
				t.Fatalf("channel says Idempotent but the suite has no KeyOf")
			}
			// A retry of the same delivery must carry the same key; another delivery another key.
			// Platforms may map the key into their own format (a nonce, a TID), so compare what they saw.
			if _, err := ch.Send(context.Background(), d); err != nil {
				t.Fatalf("second Send: %v", err)
			}
			other := d
			other.Key = "pb-other-key-fedcba9876543210"
			if _, err := ch.Send(context.Background(), other); err != nil {
				t.Fatalf("third Send: %v", err)
			}
			mu.Lock()
			defer mu.Unlock()
			n := len(keys)
			if n < 3 || keys[n-3] == "" || keys[n-3] != keys[n-2] || keys[n-2] == keys[n-1] {
				t.Errorf("idempotency keys not stable per delivery: %q", keys)
			}
		}
	})

	for _, c := range s.Cases {
		t.Run(c.Name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				_, _ = io.Copy(io.Discard, r.Body)
				for k, vs := range c.Header {
					for _, v := range vs {
						w.Header().Add(k, v)
					}
				}
				if w.Header().Get("Content-Type") == "" {
					w.Header().Set("Content-Type", "application/json")
				}
				w.WriteHeader(c.Status)
				_, _ = io.WriteString(w, c.Body)
			}))
			defer srv.Close()
			ch := s.New(t, srv.URL)
			_, err := ch.Send(context.Background(), d)
			if err == nil {
				t.Fatalf("status %d: Send returned no error", c.Status)
			}
			ce := channel.Classify(err)
			if ce.Reason != c.Want {
				t.Errorf("status %d: reason %v, want %v (%v)", c.Status, ce.Reason, c.Want, err)
			}
			if ce.RetryAfter != c.RetryAfter {
				t.Errorf("status %d: retry after %v, want %v", c.Status, ce.RetryAfter, c.RetryAfter)
			}
			assertNoSecret(t, err.Error(), s.Secrets)
		})
	}

	t.Run("network error hides secrets", func(t *testing.T) {
		srv := httptest.NewServer(http.NotFoundHandler())
		url := srv.URL
		srv.Close() // connection refused: the client library's error names the URL
		ch := s.New(t, url)
		_, err := ch.Send(context.Background(), d)
		if err == nil {
			t.Fatal("Send to a closed server returned no error")
		}
		if r := channel.Classify(err).Reason; r != channel.Transient {
			t.Errorf("network error classified %v, want transient", r)
		}
		assertNoSecret(t, err.Error(), s.Secrets)
	})

	t.Run("context cancellation", func(t *testing.T) {
		release := make(chan struct{})
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			select {
			case <-r.Context().Done():
			case <-release:
			}
		}))
		defer srv.Close()
		defer close(release)
		ch := s.New(t, srv.URL)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() {
			_, err := ch.Send(ctx, d)
			done <- err
		}()
		cancel()
		// If Send ignored ctx it would block on the handler until the test binary's timeout.
		if err := <-done; err == nil {
			t.Fatal("Send with a cancelled context returned no error")
		}
	})
}

func assertNoSecret(t *testing.T, text string, secrets []string) {
	t.Helper()
	for _, sec := range secrets {
		if sec != "" && strings.Contains(text, sec) {
			t.Errorf("error text leaks a secret: %q", text)
		}
	}
}
