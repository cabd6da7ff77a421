package pipeline

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"paperboy/config"
	"paperboy/core/article"
	"paperboy/core/editor"
	"paperboy/core/source"
)

// pushSource names deliveries that editors pushed by hand; it is the manual source.
const pushSource = config.ManualSource

// manualSource is the manual source's configuration: every push is extracted, summarized
// (with the LLM when one is configured) within the default budget, and its lead image checked.
func manualSource() *watched {
	return &watched{cfg: &config.Source{Name: pushSource, Type: "push", Extract: true, Summary: 300}}
}

// Preview fetches and extracts rawURL and returns the article exactly as it would be posted:
// it takes the same enrich step as a polled article. The fetch client's SSRF guard refuses
// private addresses unless fetch.allow_private is set.
func (s *Service) Preview(ctx context.Context, rawURL string) (*article.Article, error) {
	if len(rawURL) > article.MaxURL {
		return nil, fmt.Errorf("pipeline: preview: the link is %d bytes, more than %d", len(rawURL), article.MaxURL)
	}
	c, err := article.Canonical(rawURL)
	if err != nil {
		return nil, err
	}
	link, _ := article.Clean(rawURL)
	cand := &candidate{item: source.Item{URL: rawURL}, link: link, id: article.ID(c)}
	cand.art = fromItem(s.manual, "", cand)
	if err := s.enrich(ctx, s.manual, cand); err != nil {
		return nil, fmt.Errorf("pipeline: preview %s: %w", rawURL, err)
	}
	a := cand.art
	if a.SourceTitle == "" {
		a.SourceTitle = hostOf(a.URL)
	}
	if a.Title == "" {
		return nil, fmt.Errorf("pipeline: preview %s: the page has no title", rawURL)
	}
	s.noteCut(s.manual, cand) // a pushed page is as untrusted as a feed
	return a, nil
}

// PushResult says what happened on one channel.
type PushResult = editor.Outcome

// Publish queues a previewed article on channels (where the routes send the manual source
// when empty) through the same enqueue step as every source, so dedup applies to editors'
// pushes too.
func (s *Service) Publish(ctx context.Context, a *article.Article, channels []string, by string) ([]PushResult, error) {
	done, err := s.enqueue(ctx, []order{{art: a, source: pushSource, by: by, asked: channels}})
	if err != nil {
		return nil, err
	}
	p := done[0]
	if p.err != nil {
		return nil, p.err
	}
	if len(p.route.Channels) == 0 {
		return nil, fmt.Errorf("pipeline: the routes keep this article from every channel: %s", describeFiltered(p.route.Filtered))
	}
	out := make([]PushResult, len(p.route.Channels))
	for i, ch := range p.route.Channels {
		out[i] = PushResult{Channel: ch, Queued: p.queued[i]}
		if !p.queued[i] {
			if c, err := s.st.Claim(ctx, ch, a.ID); err == nil {
				out[i].Previous = c
			}
		}
	}
	if err := s.st.MarkSeen(ctx, []string{a.ID}, s.cfg.Store.ClaimTTL); err != nil {
		return out, err
	}
	s.log.Info("article pushed by an editor", "article_id", a.ID, "by", by, "channels", p.route.Channels)
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
