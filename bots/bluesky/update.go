package bluesky

import (
	"context"
	"strings"

	"paperboy/core/channel"
)

// strongRef is com.atproto.repo.strongRef: a record by URI and content hash.
type strongRef struct {
	URI string `json:"uri"`
	CID string `json:"cid"`
}

// replyRef is app.bsky.feed.post#replyRef: the thread's first post and the post answered.
type replyRef struct {
	Root   strongRef `json:"root"`
	Parent strongRef `json:"parent"`
}

// replyRecord is a post that answers another.
type replyRecord struct {
	record
	Reply replyRef `json:"reply"`
}

// correctionLabel prefixes the title of a correction reply.
const correctionLabel = "정정 · Correction: "

// Update posts the correction as a reply to the original post (Bluesky has no edits): root is
// the original, parent the last post of the thread (an earlier correction, if any). The record
// key comes from u.Key, so a retried correction finds its first attempt instead of posting twice.
// The receipt it returns lists the reply after the original.
func (c *Channel) Update(ctx context.Context, u channel.Update) (channel.Receipt, error) {
	msgs := u.Receipt.AllMessages()
	if len(msgs) == 0 || u.Key == "" {
		return channel.Receipt{}, channel.Errorf(channel.Permanent, "bluesky: correction without original post or key")
	}
	root, err := c.ref(ctx, msgs[0])
	if err != nil {
		return channel.Receipt{}, err
	}
	parent := root
	if len(msgs) > 1 {
		if parent, err = c.ref(ctx, msgs[len(msgs)-1]); err != nil {
			return channel.Receipt{}, err
		}
	}
	p := u.Post
	p.Title = correctionLabel + p.Title
	rkey := TID(u.Key, u.Post.Published)
	rec := replyRecord{record: render(p, c.now()), Reply: replyRef{Root: root, Parent: parent}}
	uri, cid, err := c.create(ctx, rkey, rec)
	if err != nil {
		return channel.Receipt{}, err
	}
	out := u.Receipt
	out.Messages = append(append([]channel.Message(nil), msgs...),
		channel.Message{ID: uri, Ref: cid, Kind: channel.KindText, URL: c.postURL(rkey)})
	out.Revision = u.Revision
	return out, nil
}

// Retract deletes every post of the thread we made (the original and its corrections) with
// com.atproto.repo.deleteRecord; the PDS accepts deleting a record that is already gone.
func (c *Channel) Retract(ctx context.Context, x channel.Retraction) error {
	for _, m := range x.Receipt.AllMessages() {
		did, rkey, err := c.own(ctx, m.ID)
		if err != nil {
			return err
		}
		err = c.authed(ctx, func(s session) error {
			return c.do(ctx, call{method: "POST", nsid: "com.atproto.repo.deleteRecord", auth: s.AccessJwt,
				body: map[string]any{"repo": did, "collection": Collection, "rkey": rkey}}, nil)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// own splits an at:// URI of one of this account's posts into DID and record key; a post of
// another account is refused before any request.
func (c *Channel) own(ctx context.Context, uri string) (did, rkey string, err error) {
	s, err := c.session(ctx)
	if err != nil {
		return "", "", err
	}
	rest, ok := strings.CutPrefix(uri, "at://")
	parts := strings.Split(rest, "/")
	if !ok || len(parts) != 3 || parts[1] != Collection || parts[2] == "" {
		return "", "", channel.Errorf(channel.Permanent, "bluesky: %q is not a post URI", uri)
	}
	if parts[0] != s.DID {
		return "", "", channel.Errorf(channel.Permanent, "bluesky: post %s is not this account's", uri)
	}
	return parts[0], parts[2], nil
}

// ref is the strong reference of a stored post: URI and CID from the receipt, or the CID read
// back with getRecord when an older receipt kept none.
func (c *Channel) ref(ctx context.Context, m channel.Message) (strongRef, error) {
	_, rkey, err := c.own(ctx, m.ID)
	if err != nil {
		return strongRef{}, err
	}
	if m.Ref != "" {
		return strongRef{URI: m.ID, CID: m.Ref}, nil
	}
	uri, cid, ok := c.existing(ctx, rkey)
	if !ok || cid == "" {
		return strongRef{}, channel.Errorf(channel.Permanent, "bluesky: post %s no longer exists", m.ID)
	}
	return strongRef{URI: uri, CID: cid}, nil
}

var (
	_ channel.Updater   = (*Channel)(nil)
	_ channel.Retracter = (*Channel)(nil)
)
