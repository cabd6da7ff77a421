package app

import (
	"context"
	"fmt"
	"io"

	"paperboy/core/outbox"
)

// Correct re-reads the article at rawURL, prints the post as shown and the new version, and
// queues the update of every post of it, by the command line.
func (s *Service) Correct(ctx context.Context, rawURL, reason string, stdout io.Writer) error {
	svc, err := s.pipeline()
	if err != nil {
		return err
	}
	ps, err := svc.Posts(ctx, rawURL)
	if err != nil {
		return err
	}
	if len(ps.Posts) == 0 {
		return fmt.Errorf("correct: %s was not posted anywhere", rawURL)
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
	svc, err := s.pipeline()
	if err != nil {
		return err
	}
	ps, err := svc.Posts(ctx, rawURL)
	if err != nil {
		return err
	}
	if len(ps.Posts) == 0 {
		return fmt.Errorf("retract: %s was not posted anywhere", rawURL)
	}
	fmt.Fprintf(stdout, "retract: %s — %s\n", ps.URL, ps.Shown.Title)
	res, err := svc.Retract(ctx, ps.ArticleID, reason, "cli")
	printPlanned(stdout, res)
	return err
}

func printPlanned(w io.Writer, res []outbox.Planned) {
	for _, r := range res {
		fmt.Fprintf(w, "  %s: %s\n", r.Channel, r.Outcome)
	}
}
