package app

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"paperboy/core/subscribe"
)

// ChatsList prints every reader's and community's chat: key, kind, state, title and what it
// follows or subscribes to.
func (s *Service) ChatsList(ctx context.Context, stdout io.Writer) error {
	chats, err := subscribe.New(s.st, s.cfg).Chats(ctx)
	if err != nil {
		return err
	}
	if len(chats) == 0 {
		fmt.Fprintln(stdout, "no reader or community chats")
		return nil
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CHAT\tKIND\tSTATE\tTITLE\tFOLLOWS / SUBSCRIPTIONS")
	for _, c := range chats {
		state := "active"
		if c.Suspended {
			state = "suspended " + c.SuspendedAt.UTC().Format("2006-01-02") + ": " + c.SuspendedWhy
		}
		var what []string
		for _, f := range c.Follows {
			what = append(what, f.String())
		}
		for _, sub := range c.Subs {
			what = append(what, sub.Name)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", c.Key, c.Kind, state, c.Title, strings.Join(what, ", "))
	}
	return tw.Flush()
}

// ChatsSuspend suspends a chat by hand (abuse, a request to stop): nothing more is queued for it
// until it subscribes again; running replicas stop its deliveries within seconds.
func (s *Service) ChatsSuspend(ctx context.Context, key, why string, stdout io.Writer) error {
	found, err := subscribe.New(s.st, s.cfg).SuspendChat(ctx, key, why)
	if err != nil {
		return err
	}
	if !found {
		return fmt.Errorf("no chat %q (paperboy chats list shows them)", key)
	}
	fmt.Fprintf(stdout, "%s suspended; running replicas stop its deliveries within seconds\n", key)
	return nil
}

// ChatsRemove deletes a chat with its follows and subscriptions.
func (s *Service) ChatsRemove(ctx context.Context, key string, stdout io.Writer) error {
	if err := subscribe.New(s.st, s.cfg).RemoveChat(ctx, key); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s removed with its follows and subscriptions\n", key)
	return nil
}
