package app

import (
	"context"
	"fmt"
	"io"
	"time"
)

// DeadList prints the newest n dead letters (id, time, channel, article, reason) and a count.
func (s *Service) DeadList(ctx context.Context, n int, stdout io.Writer) error {
	dl, err := s.st.DeadList(ctx, n)
	if err != nil {
		return err
	}
	for _, d := range dl {
		fmt.Fprintf(stdout, "%s\t%s\t%s\t%s\t%s\n", d.ID, d.At.Format(time.RFC3339), d.Entry.Channel, d.Entry.ArticleID, d.Reason)
	}
	fmt.Fprintf(stdout, "dead: %d letters\n", len(dl))
	return nil
}

// DeadRetry queues the dead letter id again ("all": every one) and prints how many.
func (s *Service) DeadRetry(ctx context.Context, id string, stdout io.Writer) error {
	return s.deadEach(ctx, "retry", id, s.st.DeadRetry, stdout)
}

// DeadDrop deletes the dead letter id ("all": every one) and prints how many.
func (s *Service) DeadDrop(ctx context.Context, id string, stdout io.Writer) error {
	return s.deadEach(ctx, "drop", id, s.st.DeadDrop, stdout)
}

func (s *Service) deadEach(ctx context.Context, verb, id string, op func(context.Context, string) error, stdout io.Writer) error {
	ids := []string{id}
	if id == "all" {
		dl, err := s.st.DeadList(ctx, 10000)
		if err != nil {
			return err
		}
		ids = ids[:0]
		for _, d := range dl {
			ids = append(ids, d.ID)
		}
	}
	for _, id := range ids {
		if err := op(ctx, id); err != nil {
			return fmt.Errorf("dead %s %s: %w", verb, id, err)
		}
	}
	fmt.Fprintf(stdout, "dead: %s %d letters\n", verb, len(ids))
	return nil
}
