// Package shard splits the sources between live replicas. Each replica announces itself in the
// store with a heartbeat that expires (membership), and every replica assigns each source to
// the live member with the highest rendezvous hash of (member, source): all replicas agree
// without talking to each other, a dead member's sources spread over the survivors, and a
// member that joins takes about 1/N of them, from every other member alike. Membership is only
// the split: the per-source lease stays the fence, so while two replicas briefly disagree about
// the members a source is still polled by one at a time.
package shard

import (
	"context"
	"log/slog"
	"slices"
	"sync"
	"time"
)

// Membership is what a store offers to keep the member list; a store without it (bbolt: one
// process) makes this replica the only member.
type Membership interface {
	// Heartbeat records id as alive for ttl, forgets members whose heartbeat expired, and
	// returns the live members.
	Heartbeat(ctx context.Context, id string, ttl time.Duration) ([]string, error)
	// Leave removes id at once (a clean exit), so its sources move without waiting for the ttl.
	Leave(ctx context.Context, id string) error
}

// DefaultPeriod is how long a silent member counts as alive: its sources move to the others
// within one period of its death.
const DefaultPeriod = 15 * time.Second

// Owner is the member that owns name: the highest rendezvous hash. "" when there is no member.
func Owner(name string, members []string) string {
	best, bestH := "", uint64(0)
	for _, m := range members {
		if h := weight(m, name); best == "" || h > bestH || (h == bestH && m < best) {
			best, bestH = m, h
		}
	}
	return best
}

// weight hashes (member, name) with FNV-1a over member, a 0 byte and name; the finaliser
// spreads FNV's weak low bits. It is hash/fnv's New64a written out over the strings: a re-split
// weighs every source against every member (300,000 hashes for 100,000 sources and 3
// replicas), and the hasher and []byte conversions were an allocation each.
func weight(member, name string) uint64 {
	const offset64, prime64 = 14695981039346656037, 1099511628211
	x := uint64(offset64)
	for i := 0; i < len(member); i++ {
		x ^= uint64(member[i])
		x *= prime64
	}
	x *= prime64 // the 0 separator: x ^= 0 changes nothing
	for i := 0; i < len(name); i++ {
		x ^= uint64(name[i])
		x *= prime64
	}
	return mix(x)
}

// mix is the 64-bit finaliser of MurmurHash3: every input bit reaches every output bit.
func mix(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	return x
}

// Tracker keeps this replica's heartbeat and the live member list.
type Tracker struct {
	store  Membership // nil: single member
	me     string
	period time.Duration
	log    *slog.Logger

	mu      sync.Mutex
	members []string
	changed chan struct{} // cap 1: the member list changed
}

// NewTracker returns a tracker for replica me on st (nil = this replica alone), with members
// expiring after period (0 = DefaultPeriod).
func NewTracker(st Membership, me string, period time.Duration, log *slog.Logger) *Tracker {
	if period <= 0 {
		period = DefaultPeriod
	}
	if log == nil {
		log = slog.Default()
	}
	return &Tracker{store: st, me: me, period: period, log: log, members: []string{me}, changed: make(chan struct{}, 1)}
}

// Members is the live member list as last seen (always holds this replica).
func (t *Tracker) Members() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.members
}

// Mine reports whether this replica owns name.
func (t *Tracker) Mine(name string) bool { return Owner(name, t.Members()) == t.me }

// Changed is signalled whenever the member list changes.
func (t *Tracker) Changed() <-chan struct{} { return t.changed }

// Beat sends one heartbeat and updates the member list; it reports whether the list changed.
func (t *Tracker) Beat(ctx context.Context) (bool, error) {
	if t.store == nil {
		return false, nil
	}
	// Expiry at 2/3 of the period and a beat every 1/6: a dead member is forgotten, and noticed
	// by the others, within one period; a live one misses three beats before it is forgotten.
	got, err := t.store.Heartbeat(ctx, t.me, t.period*2/3)
	if err != nil {
		return false, err
	}
	if !slices.Contains(got, t.me) {
		got = append(got, t.me)
	}
	slices.Sort(got)
	t.mu.Lock()
	same := slices.Equal(got, t.members)
	if !same {
		t.members = got
	}
	t.mu.Unlock()
	if !same {
		t.log.Info("replicas changed: sources re-split", "members", got)
		select {
		case t.changed <- struct{}{}:
		default:
		}
	}
	return !same, nil
}

// Run beats until ctx ends, then leaves.
func (t *Tracker) Run(ctx context.Context) {
	if t.store == nil {
		return
	}
	tick := time.NewTicker(t.period / 6)
	defer tick.Stop()
	for {
		if _, err := t.Beat(ctx); err != nil && ctx.Err() == nil {
			t.log.Warn("replica heartbeat failed: keeping the last member list", "err", err)
		}
		select {
		case <-ctx.Done():
			lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			if err := t.store.Leave(lctx, t.me); err != nil {
				t.log.Warn("could not leave the replica list: the others notice within the period", "err", err)
			}
			cancel()
			return
		case <-tick.C:
		}
	}
}
