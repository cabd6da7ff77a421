package main

import (
	"context"
	"fmt"
	"io"
)

// cmdChats lists readers' and communities' chats, and suspends or removes one: ops' view of
// what chat users subscribed.
func cmdChats(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("chats")
	cfgPath := fs.String("config", "", "configuration `FILE` (required)")
	reason := fs.String("reason", "suspended by an operator", "with suspend: `TEXT` saying why (shown by chats list)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	switch {
	case len(pos) == 1 && pos[0] == "list":
	case len(pos) == 2 && (pos[0] == "suspend" || pos[0] == "remove"):
	case len(pos) == 0:
		return argsErr("chats", "needs a verb: list, suspend or remove")
	default:
		return argsErr("chats", fmt.Sprintf("use: chats list, chats suspend CHAT or chats remove CHAT (got %q)", pos))
	}
	svc, err := openCatalog(ctx, *cfgPath, "chats", stderr)
	if err != nil {
		return err
	}
	defer svc.Close()
	switch pos[0] {
	case "list":
		return svc.ChatsList(ctx, stdout)
	case "suspend":
		return svc.ChatsSuspend(ctx, pos[1], *reason, stdout)
	}
	return svc.ChatsRemove(ctx, pos[1], stdout)
}
