package app

import (
	"context"
	"fmt"
	"io"

	"paperboy/core/editor"
	"paperboy/core/outbox"
	"paperboy/core/pipeline"
)

// Correct re-reads the article at rawURL, prints the post as shown and the new version, and
// queues the update of every post of it, by the command line.
func (s *Service) Correct(ctx context.Context, rawURL, reason string, stdout io.Writer) error {
	svc, ps, err := s.posted(ctx, "correct", rawURL)
	if err != nil {
		return err
	}
	a, err := svc.Preview(ctx, rawURL)
	if err != nil {
		return err
	}
	after := a.Post()
	fmt.Fprintf(stdout, "correct: %s\n  before: %s — %s\n  after:  %s — %s\n", ps.URL, ps.Shown.Title, ps.Shown.Summary, after.Title, after.Summary)
	res, err := svc.Correct(ctx, ps.ArticleID, after, reason, "cli")
	printPlanned(stdout, res)
	return err
}

// Retract queues the withdrawal of every post of the article at rawURL, by the command line.
func (s *Service) Retract(ctx context.Context, rawURL, reason string, stdout io.Writer) error {
	svc, ps, err := s.posted(ctx, "retract", rawURL)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "retract: %s — %s\n", ps.URL, ps.Shown.Title)
	res, err := svc.Retract(ctx, ps.ArticleID, reason, "cli")
	printPlanned(stdout, res)
	return err
}

// posted finds where the article at rawURL went; an article posted nowhere is an error.
func (s *Service) posted(ctx context.Context, verb, rawURL string) (*pipeline.Service, editor.Posts, error) {
	svc, err := s.pipeline()
	if err != nil {
		return nil, editor.Posts{}, err
	}
	ps, err := svc.Posts(ctx, rawURL)
	if err == nil && len(ps.Posts) == 0 {
		err = fmt.Errorf("%s: %s was not posted anywhere", verb, rawURL)
	}
	return svc, ps, err
}

func printPlanned(w io.Writer, res []outbox.Planned) {
	for _, r := range res {
		fmt.Fprintf(w, "  %s: %s\n", r.Channel, r.Outcome)
	}
}
