// Package source holds the watchers that turn a site into new items: one file per kind,
// all behind the Watcher interface, so the pipeline polls every kind the same way.
package source

import (
	"context"
	"fmt"
	"time"

	"paperboy/core/fetch"
	"paperboy/core/store"
)

// Item is one entry a source found, before extraction.
type Item struct {
	URL       string    // absolute link to the article
	GUID      string    // the feed's own id, when any
	Title     string    // plain text (markup removed, entities decoded)
	Summary   string    // plain text description from the feed
	ImageURL  string    // absolute lead image URL from the feed (enclosure, media:*, image)
	Author    string    // author name
	Published time.Time // zero when the feed gives no usable date
	Tags      []string  // categories
	Lang      string    // language from the feed, if any
}

// Result is what one poll found.
type Result struct {
	Title        string        // the publication's own name (feed title)
	Items        []Item        // newest first as far as dates allow
	NotModified  bool          // the server answered 304: nothing to parse
	ETag         string        // validators to send next time
	LastModified string        // validators to send next time
	MinInterval  time.Duration // the feed's own <ttl>/updatePeriod: never poll more often than this
}

// Watcher polls one source.
type Watcher interface {
	// Name is the configured source name.
	Name() string
	// Poll fetches the source once, conditionally on the validators in st.
	Poll(ctx context.Context, st store.SourceState) (*Result, error)
}

// Fetcher is the part of fetch.Client that watchers use.
type Fetcher interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}

// getIfChanged fetches a watcher's document conditionally on the validators of its last poll.
// res carries the validators to keep; when the server answered 304, res.NotModified is set,
// resp is nil and there is nothing to parse.
func getIfChanged(ctx context.Context, f Fetcher, name, url, accept string, st store.SourceState) (resp *fetch.Response, res *Result, err error) {
	resp, err = f.Get(ctx, fetch.Request{URL: url, ETag: st.ETag, LastModified: st.LastModified, Accept: accept})
	if err != nil {
		return nil, nil, fmt.Errorf("source %s: %w", name, err)
	}
	res = &Result{ETag: resp.ETag, LastModified: resp.LastModified}
	if resp.NotModified {
		res.NotModified = true
		res.ETag = firstNonEmpty(res.ETag, st.ETag)
		res.LastModified = firstNonEmpty(res.LastModified, st.LastModified)
		return nil, res, nil
	}
	return resp, res, nil
}
