package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"paperboy/core/article"
	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/store"
	"paperboy/core/summarize"
)

// pushSource names deliveries that editors pushed by hand; it is the manual source.
const pushSource = "push"

// Preview fetches and extracts rawURL and returns the article exactly as it would be posted.
// The fetch client's SSRF guard refuses private addresses unless fetch.allow_private is set.
func (s *Service) Preview(ctx context.Context, rawURL string) (*article.Article, error) {
	if len(rawURL) > article.MaxURL {
		return nil, fmt.Errorf("pipeline: preview: the link is %d bytes, more than %d", len(rawURL), article.MaxURL)
	}
	c, err := article.Canonical(rawURL)
	if err != nil {
		return nil, err
	}
	res, err := s.extractPage(ctx, rawURL)
	if err != nil {
		return nil, fmt.Errorf("pipeline: preview %s: %w", rawURL, err)
	}
	link, _ := article.Clean(rawURL)
	a := &article.Article{ID: article.ID(c), URL: link, Source: pushSource, SourceTitle: res.SiteName}
	merge(a, res, 300, true)
	if a.Summary == "" {
		a.Summary = summarize.Lead(res.Description, 300)
	}
	if a.SourceTitle == "" {
		a.SourceTitle = hostOf(a.URL)
	}
	if a.Title == "" {
		return nil, fmt.Errorf("pipeline: preview %s: the page has no title", rawURL)
	}
	a.Bound() // a pushed page is as untrusted as a feed
	return a, nil
}

// PushResult says what happened on one channel.
type PushResult = editor.Outcome

// Publish queues a previewed article on channels (all configured channels when empty), through
// the same claim-and-enqueue as every source, so dedup applies to editors' pushes too.
func (s *Service) Publish(ctx context.Context, a *article.Article, channels []string, by string) ([]PushResult, error) {
	if len(channels) == 0 {
		channels = s.order
	}
	var jobs []store.Job
	for _, ch := range channels {
		if _, ok := s.channels[ch]; !ok {
			return nil, fmt.Errorf("pipeline: no channel named %q", ch)
		}
		j, err := outbox.NewJob(ch, a, outbox.Payload{Post: a.Post(), Source: pushSource, PushedBy: by, Detected: s.now()}, s.cfg.Store.ClaimTTL)
		if err != nil {
			return nil, err
		}
		j.FingerprintTTL = s.cfg.Store.FingerprintWindow
		jobs = append(jobs, j)
	}
	ok, err := s.st.EnqueueMany(ctx, jobs)
	if err != nil {
		return nil, err
	}
	out := make([]PushResult, len(jobs))
	for i, j := range jobs {
		out[i] = PushResult{Channel: j.Channel, Queued: ok[i]}
		if !ok[i] {
			if c, err := s.st.Claim(ctx, j.Channel, a.ID); err == nil {
				out[i].Previous = c
			}
		} else {
			s.m.Enqueued.WithLabelValues(j.Channel).Inc()
		}
	}
	if err := s.st.MarkSeen(ctx, []string{a.ID}, s.cfg.Store.ClaimTTL); err != nil {
		return out, err
	}
	s.log.Info("article pushed by an editor", "article_id", a.ID, "by", by, "channels", channels)
	return out, nil
}

// Push is Preview then Publish.
func (s *Service) Push(ctx context.Context, rawURL string, channels []string, by string) (*article.Article, []PushResult, error) {
	a, err := s.Preview(ctx, rawURL)
	if err != nil {
		return nil, nil, err
	}
	res, err := s.Publish(ctx, a, channels, by)
	return a, res, err
}

func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil && p.Host != "" {
		return strings.TrimPrefix(p.Hostname(), "www.")
	}
	return u
}
