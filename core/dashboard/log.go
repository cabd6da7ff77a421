package dashboard

import (
	"sync"
	"time"

	"paperboy/core/channel"
	"paperboy/core/deliver"
	"paperboy/core/outbox"
)

// Outcome names what happened to one article on one channel, as the Articles page shows it.
type Outcome string

// Outcomes recorded in the delivery log.
const (
	OutcomeDelivered Outcome = "delivered" // the platform accepted it
	OutcomeRetrying  Outcome = "retrying"  // failed, scheduled again
	OutcomeDead      Outcome = "dead"      // failed for good: in the dead-letter list
	OutcomeSkipped   Outcome = "skipped"   // already sent, or skipped by the in-doubt policy
	OutcomeQueued    Outcome = "queued"    // pushed from the dashboard and queued
	OutcomeDuplicate Outcome = "duplicate" // pushed, but the channel had it already
)

// Record is one line of the delivery log.
type Record struct {
	Seq       uint64
	At        time.Time
	Channel   string
	ArticleID string
	Title     string
	URL       string
	Source    string
	By        string // editor who pushed it, if any
	Outcome   Outcome
	RemoteID  string // the platform's message id once delivered
	RemoteURL string // a link to the posted message when the platform gives one
	Reason    string // why not: the platform's error (redacted) or the earlier claim
}

// minutes is how many one-minute buckets a channel keeps: one day, for the counts and sparkline.
const minutes = 24 * 60

type counts struct {
	stamp [minutes]int64 // the minute (Unix/60) each bucket holds
	n     [minutes]uint32
	last  *Record // latest failure, for "last error"
}

// Log is the dashboard's in-memory delivery log: the latest records (a ring) and per-channel
// delivered counts by minute for a day. It lives in this process: it starts empty after a
// restart, and each replica sees the deliveries it made.
type Log struct {
	mu      sync.Mutex
	ring    []Record
	next    int
	seq     uint64
	per     map[string]*counts
	changed chan struct{} // closed and replaced on every append: wakes live pages
}

// NewLog returns a log keeping the latest size records.
func NewLog(size int) *Log {
	if size <= 0 {
		size = 10000
	}
	return &Log{ring: make([]Record, 0, size), per: map[string]*counts{}, changed: make(chan struct{})}
}

// Add appends r (its Seq is assigned) and counts deliveries.
func (l *Log) Add(r Record) {
	l.mu.Lock()
	l.seq++
	r.Seq = l.seq
	if len(l.ring) < cap(l.ring) {
		l.ring = append(l.ring, r)
	} else {
		l.ring[l.next] = r
		l.next = (l.next + 1) % len(l.ring)
	}
	c := l.per[r.Channel]
	if c == nil {
		c = &counts{}
		l.per[r.Channel] = c
	}
	switch r.Outcome {
	case OutcomeDelivered:
		m := r.At.Unix() / 60
		i := m % minutes
		if c.stamp[i] != m {
			c.stamp[i], c.n[i] = m, 0
		}
		c.n[i]++
	case OutcomeRetrying, OutcomeDead:
		rc := r
		c.last = &rc
	}
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
}

// Changed returns a channel closed at the next Add, and the current sequence number.
func (l *Log) Changed() (<-chan struct{}, uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.changed, l.seq
}

// Recent returns up to n records, newest first, accepted by keep (nil keeps all).
func (l *Log) Recent(n int, keep func(*Record) bool) []Record {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Record
	size := len(l.ring)
	for k := 0; k < size && len(out) < n; k++ {
		// newest is just before next (when full) or at the end (while filling)
		i := (l.next - 1 - k + 2*size) % size
		if len(l.ring) < cap(l.ring) {
			i = size - 1 - k
		}
		if keep == nil || keep(&l.ring[i]) {
			out = append(out, l.ring[i])
		}
	}
	return out
}

// ChannelCounts is a channel's delivery activity as the overview shows it.
type ChannelCounts struct {
	LastHour, LastDay int
	Hourly            [24]int // deliveries per hour, oldest first, the last ending now
	LastError         *Record // latest failure, nil if none
}

// Counts returns a channel's delivered counts as of now.
func (l *Log) Counts(name string, now time.Time) ChannelCounts {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out ChannelCounts
	c := l.per[name]
	if c == nil {
		return out
	}
	if c.last != nil {
		r := *c.last
		out.LastError = &r
	}
	cur := now.Unix() / 60
	for age := int64(0); age < minutes; age++ {
		m := cur - age
		i := m % minutes
		if i < 0 || c.stamp[i] != m {
			continue
		}
		n := int(c.n[i])
		out.LastDay += n
		if age < 60 {
			out.LastHour += n
		}
		out.Hourly[23-age/60] += n
	}
	return out
}

// observer turns delivery events into records.
func (l *Log) observer(now func() time.Time, secrets []string) deliver.Observer {
	return func(ev deliver.Event) {
		r := Record{At: now(), Channel: ev.Channel, ArticleID: ev.Entry.ArticleID}
		if p, err := outbox.Decode(ev.Entry); err == nil {
			r.Title, r.URL, r.Source, r.By = p.Post.Title, p.Post.URL, p.Source, p.PushedBy
			if p.Op != outbox.OpSend {
				// An update or withdrawal belongs to its article's row, not to a row of its own.
				r.ArticleID, r.By, r.Reason = p.Article, p.By, string(p.Op)
			}
		}
		switch ev.Outcome {
		case deliver.Delivered:
			r.Outcome, r.RemoteID, r.RemoteURL = OutcomeDelivered, ev.Receipt.RemoteID, ev.Receipt.URL
			if !ev.Receipt.SentAt.IsZero() {
				r.At = ev.Receipt.SentAt
			}
		case deliver.Retrying:
			r.Outcome = OutcomeRetrying
		case deliver.DeadLettered:
			r.Outcome = OutcomeDead
		default:
			r.Outcome = OutcomeSkipped
		}
		if ev.Err != nil {
			why := channel.RedactError(ev.Err, secrets...).Error()
			if r.Reason != "" {
				why = r.Reason + ": " + why
			}
			r.Reason = why
		}
		l.Add(r)
	}
}
