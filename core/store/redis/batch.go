package redis

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	goredis "github.com/redis/go-redis/v9"

	"paperboy/core/store"
)

// batchSource claims and enqueues many (article, channel) pairs in one call. Each pair is the
// enqueue script's step — fingerprint and claim taken with SET NX (a fingerprint taken for a
// pair whose claim then proves taken is deleted again: it was free a moment before), then the
// XADD. The whole script is atomic, so each pair is too, and a pair refused writes nothing.
// KEYS come in triples (claim, outbox, fingerprint — the claim again when the job has none).
// What every pair of a call shares is sent once: ARGV[1] the claim value, ARGV[2] now ms,
// ARGV[3] the wake-up Pub/Sub channel (told once per outbox that got an entry); then 5 per pair:
// claim ttl ms, fingerprint ttl ms ("" = no fingerprint), article, key, payload. The entry
// leaves out n (attempt 0) and e (no error yet): readers take a missing field as those. Fewer
// arguments per pair is less to encode, send and copy into Lua (bench: BenchmarkEnqueueMany*).
const batchSource = `
local out, woken = {}, {}
local value, now, wake = ARGV[1], ARGV[2], ARGV[3]
for i = 0, #KEYS / 3 - 1 do
  local claim, outbox, fp = KEYS[3*i+1], KEYS[3*i+2], KEYS[3*i+3]
  local a = 3 + 5*i
  local fpttl, article = ARGV[a+2], ARGV[a+3]
  local ok = true
  if fpttl ~= '' then ok = redis.call('SET', fp, article, 'PX', fpttl, 'NX') end
  if ok then
    ok = redis.call('SET', claim, value, 'PX', ARGV[a+1], 'NX')
    if not ok and fpttl ~= '' then redis.call('DEL', fp) end
  end
  if ok then
    redis.call('XADD', outbox, '*', 'a', article, 'k', ARGV[a+4], 'p', ARGV[a+5], 't', now)
    out[i+1] = 1
    if not woken[outbox] then
      woken[outbox] = true
      redis.call('PUBLISH', wake, string.match(outbox, '{([^}]*)}$'))
    end
  else
    out[i+1] = 0
  end
end
return out
`

var batchScript = goredis.NewScript(batchSource)

// BatchScript is the claim-and-enqueue script's Lua source (argument layout above), so a
// benchmark can run the very same script under redis-benchmark beside EnqueueMany.
func BatchScript() string { return batchSource }

// maxBatch bounds one script call: Redis runs nothing else meanwhile, so a poll of thousands of
// pairs is cut into calls of a few milliseconds each.
const maxBatch = 256

// batchArgs appends j's keys and per-pair arguments to a batch script call.
func (s *Store) batchArgs(keys []string, args []any, j store.Job) ([]string, []any) {
	ttl := j.TTL
	if ttl <= 0 {
		ttl = s.claimTTL
	}
	claim := s.claimKey(j.Channel, j.ArticleID)
	fp, fpTTL := claim, ""
	if j.Fingerprint != "" {
		fp = s.fpKey(j.Channel, j.Fingerprint)
		if j.FingerprintTTL > 0 {
			fpTTL = strconv.FormatInt(ms(j.FingerprintTTL), 10)
		} else {
			fpTTL = strconv.FormatInt(ms(ttl), 10)
		}
	}
	keys = append(keys, claim, s.outboxKey(j.Channel), fp)
	args = append(args, ms(ttl), fpTTL, j.ArticleID, j.Key, j.Payload)
	return keys, args
}

// groups splits jobs into script calls: in a cluster every key of one call must live in one
// slot, so a call holds one channel's jobs (they share the {channel} hash tag); elsewhere any
// jobs may share a call. Each call holds at most maxBatch jobs.
func (s *Store) groups(jobs []store.Job) [][]int {
	_, cluster := s.rdb.(*goredis.ClusterClient)
	var out [][]int
	open := map[string]int{} // group key → index in out of its open call
	for i, j := range jobs {
		g := ""
		if cluster {
			g = j.Channel
		}
		k, ok := open[g]
		if !ok || len(out[k]) == maxBatch {
			out = append(out, nil)
			k = len(out) - 1
			open[g] = k
		}
		out[k] = append(out[k], i)
	}
	return out
}

// enqueueBatch claims and enqueues jobs with one script call per group, all pipelined. A call
// that met an empty script cache (a Redis restart, a failover) did not run; it is sent again
// after the script is loaded.
func (s *Store) enqueueBatch(ctx context.Context, jobs []store.Job) ([]bool, error) {
	out := make([]bool, len(jobs))
	todo := s.groups(jobs)
	now := time.Now()
	value := claimValue(store.StateQueued, now, "")
	for round := 0; len(todo) > 0; round++ {
		if round == 2 {
			return nil, errors.New("redis: enqueue many: script cache keeps losing the batch script")
		}
		if round > 0 {
			if err := batchScript.Load(ctx, s.rdb).Err(); err != nil {
				return nil, fmt.Errorf("redis: enqueue many: load script: %w", err)
			}
		}
		cmds := make([]*goredis.Cmd, len(todo))
		_, _ = s.rdb.Pipelined(ctx, func(p goredis.Pipeliner) error {
			for k, g := range todo {
				keys := make([]string, 0, 3*len(g))
				args := make([]any, 0, 3+5*len(g))
				args = append(args, value, now.UnixMilli(), s.wakeKey())
				for _, i := range g {
					keys, args = s.batchArgs(keys, args, jobs[i])
				}
				cmds[k] = batchScript.EvalSha(ctx, p, keys, args...)
			}
			return nil
		})
		var again [][]int
		for k, g := range todo {
			res, err := cmds[k].Int64Slice()
			switch {
			case err != nil && goredis.HasErrorPrefix(err, "NOSCRIPT"):
				again = append(again, g)
			case err != nil:
				return nil, fmt.Errorf("redis: enqueue many: %w", err)
			case len(res) != len(g):
				return nil, fmt.Errorf("redis: enqueue many: %d results for %d jobs", len(res), len(g))
			default:
				for n, i := range g {
					out[i] = res[n] == 1
				}
			}
		}
		todo = again
	}
	return out, nil
}
