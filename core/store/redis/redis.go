// Package redis is the store.Store shared by replicas: claims are strings with a TTL, each
// channel's outbox is a Redis stream read through the consumer group "deliver", retries wait in a
// sorted set, and every multi-key change of one channel is a single Lua script. It takes a go-redis
// UniversalClient, so standalone, sentinel and cluster deployments share one code path.
package redis

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// DefaultPrefix is put before every key when no prefix is configured.
const DefaultPrefix = "paperboy:"

// group is the consumer group every replica's workers read the outboxes through.
const group = "deliver"

// Store is the Redis implementation of store.Store.
type Store struct {
	rdb      goredis.UniversalClient
	prefix   string
	claimTTL time.Duration
	closed   *atomic.Bool // set by Close; closedGuard fails commands after it
}

// Option changes a Store built by New or Open.
type Option func(*Store)

// WithClaimTTL sets how long a claim is remembered when Job.TTL is zero (default store.DefaultClaimTTL).
func WithClaimTTL(d time.Duration) Option {
	return func(s *Store) {
		if d > 0 {
			s.claimTTL = d
		}
	}
}

// Options selects a Redis deployment for Open.
type Options struct {
	URL        string   // redis:// or rediss:// URL of a standalone server; wins over Addrs
	Addrs      []string // host:port list: one address = standalone, several = cluster, with MasterName = sentinels
	MasterName string   // sentinel master name; set it to use sentinel
	Username   string   // ACL user, when not in URL
	Password   string   // password, when not in URL
	DB         int      // database number (standalone and sentinel only)
	Prefix     string   // key prefix; "" = DefaultPrefix
	// MinPool is the least number of pooled connections: each channel's worker holds one while it
	// waits for new deliveries (XREADGROUP BLOCK), so the pool must outgrow the channel count or
	// busy channels queue behind idle ones. A pool_size in the URL wins.
	MinPool int
}

// PoolFor is the connection pool a service with this many channels needs: one connection per
// channel worker (each blocks on its outbox) plus room for polls, claims and editors. go-redis's
// default, 10 per CPU, starves a thousand chats.
func PoolFor(channels int) int {
	return max(10*runtime.GOMAXPROCS(0), channels+64)
}

// New returns a Store over client using prefix ("" = DefaultPrefix). The Store owns client: Close closes it.
func New(client goredis.UniversalClient, prefix string, opts ...Option) *Store {
	if prefix == "" {
		prefix = DefaultPrefix
	}
	s := &Store{rdb: client, prefix: prefix, claimTTL: store.DefaultClaimTTL, closed: &atomic.Bool{}}
	cc, _ := client.(*goredis.ClusterClient)
	client.AddHook(closedGuard{closed: s.closed, cluster: cc})
	for _, o := range opts {
		o(s)
	}
	return s
}

// Open connects to the deployment o describes and checks it answers.
func Open(ctx context.Context, o Options, opts ...Option) (*Store, error) {
	var client goredis.UniversalClient
	switch {
	case o.URL != "":
		ro, err := goredis.ParseURL(o.URL)
		if err != nil {
			// The URL may hold a password: do not echo it.
			return nil, errors.New("redis: invalid url")
		}
		if o.Username != "" {
			ro.Username = o.Username
		}
		if o.Password != "" {
			ro.Password = o.Password
		}
		if !strings.Contains(o.URL, "pool_size=") && ro.PoolSize < o.MinPool {
			ro.PoolSize = o.MinPool
		}
		client = goredis.NewClient(ro)
	case len(o.Addrs) > 0:
		client = goredis.NewUniversalClient(&goredis.UniversalOptions{
			Addrs:      o.Addrs,
			MasterName: o.MasterName,
			Username:   o.Username,
			Password:   o.Password,
			DB:         o.DB,
			PoolSize:   o.MinPool,
		})
	default:
		return nil, errors.New("redis: open: no url or addrs")
	}
	if err := client.Ping(ctx).Err(); err != nil {
		_ = client.Close()
		return nil, fmt.Errorf("redis: open: %w", err)
	}
	return New(client, o.Prefix, opts...), nil
}

// Ping checks the server answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.rdb.Ping(ctx).Err(); err != nil {
		return fmt.Errorf("redis: ping: %w", err)
	}
	return nil
}

// Close closes the client.
func (s *Store) Close() error {
	s.closed.Store(true)
	if err := s.rdb.Close(); err != nil {
		return fmt.Errorf("redis: close: %w", err)
	}
	return nil
}

// Key layout (DESIGN.md). The {channel} hash tag keeps one channel's keys in one cluster slot.
func (s *Store) claimKey(ch, id string) string { return s.prefix + "claim:{" + ch + "}:" + id }
func (s *Store) fpKey(ch, fp string) string    { return s.prefix + "fp:{" + ch + "}:" + fp }
func (s *Store) outboxKey(ch string) string    { return s.prefix + "outbox:{" + ch + "}" }
func (s *Store) retryKey(ch string) string     { return s.prefix + "retry:{" + ch + "}" }
func (s *Store) deadKey() string               { return s.prefix + "dead" }
func (s *Store) articleKey(id string) string   { return s.prefix + "article:" + id }
func (s *Store) sourceKey(name string) string  { return s.prefix + "source:" + name }
func (s *Store) leaseKey(name string) string   { return s.prefix + "lease:" + name }
func (s *Store) pausedKey(kind, name string) string {
	return s.prefix + "paused:" + kind + ":" + name
}

// checkChannel refuses names that would break the hash tag (and so cluster slot placement).
func checkChannel(ch string) error {
	if ch == "" {
		return errors.New("redis: empty channel name")
	}
	if strings.ContainsAny(ch, "{}") {
		return fmt.Errorf("redis: channel name %q contains a brace", ch)
	}
	return nil
}

func checkKind(kind string) error {
	if kind != "source" && kind != "channel" {
		return fmt.Errorf("redis: pause kind %q is not source or channel", kind)
	}
	return nil
}

// claimValue encodes a claim as "state:unixms:remoteid".
func claimValue(st store.ClaimState, at time.Time, remote string) string {
	return string(st) + ":" + strconv.FormatInt(at.UnixMilli(), 10) + ":" + remote
}

func parseClaim(v string) store.Claim {
	parts := strings.SplitN(v, ":", 3)
	c := store.Claim{State: store.ClaimState(parts[0])}
	if len(parts) > 1 {
		if ms, err := strconv.ParseInt(parts[1], 10, 64); err == nil {
			c.At = time.UnixMilli(ms)
		}
	}
	if len(parts) > 2 {
		c.RemoteID = parts[2]
	}
	return c
}

// ms renders a duration in whole milliseconds, at least 1 so PX never sees 0.
func ms(d time.Duration) int64 {
	if n := d.Milliseconds(); n > 0 {
		return n
	}
	return 1
}

// dueMs rounds up, so an entry is never promoted before its due time.
func dueMs(t time.Time) int64 {
	n := t.UnixNano()
	m := n / int64(time.Millisecond)
	if n%int64(time.Millisecond) > 0 {
		m++
	}
	return m
}

// Claim reads the recorded state of (channel, articleID).
func (s *Store) Claim(ctx context.Context, channel, articleID string) (store.Claim, error) {
	if err := checkChannel(channel); err != nil {
		return store.Claim{}, err
	}
	v, err := s.rdb.Get(ctx, s.claimKey(channel, articleID)).Result()
	if errors.Is(err, goredis.Nil) {
		return store.Claim{}, nil
	}
	if err != nil {
		return store.Claim{}, fmt.Errorf("redis: claim: %w", err)
	}
	return parseClaim(v), nil
}

var _ store.Store = (*Store)(nil)
