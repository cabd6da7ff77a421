package redis

import goredis "github.com/redis/go-redis/v9"

// The scripts keep every multi-key change of one channel atomic. Their keys all carry the
// channel's hash tag, so each script runs in one cluster slot. Entry fields in the outbox stream:
// a article id, k delivery key, p payload, n attempt, t first-enqueued unix ms, e last error.
// A retry-schedule member is cmsgpack of {entry id, a, k, p, n, t, e}: binary-safe, unlike JSON.

// luaClaim holds the helpers shared by the scripts: a claim is "state:unixms:remoteid".
const luaClaim = `
local function claimState(key)
  local v = redis.call('GET', key)
  if not v then return '' end
  return string.match(v, '^([^:]*)')
end
local function setClaim(key, value, defaultTTL)
  if not redis.call('SET', key, value, 'XX', 'KEEPTTL') then
    redis.call('SET', key, value, 'PX', defaultTTL)
  end
end
`

// enqueueScript: KEYS claim, outbox[, fp]; ARGV claim value, ttl ms, article, key, payload, now ms,
// fingerprint ttl ms.
var enqueueScript = goredis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
if KEYS[3] and redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
if KEYS[3] then redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[7]) end
redis.call('XADD', KEYS[2], '*', 'a', ARGV[3], 'k', ARGV[4], 'p', ARGV[5], 'n', '0', 't', ARGV[6], 'e', '')
return 1
`)

// markSendingScript: KEYS claim; ARGV claim value. A sent claim is never downgraded, and an
// expired claim is not revived.
var markSendingScript = goredis.NewScript(luaClaim + `
local st = claimState(KEYS[1])
if st == '' or st == 'sent' then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'XX', 'KEEPTTL')
return 1
`)

// ackScript: KEYS claim, outbox; ARGV entry id, claim value, default ttl ms.
var ackScript = goredis.NewScript(luaClaim + `
redis.call('XACK', KEYS[2], 'deliver', ARGV[1])
redis.call('XDEL', KEYS[2], ARGV[1])
setClaim(KEYS[1], ARGV[2], ARGV[3])
return 1
`)

// retryScript: KEYS claim, outbox, retry; ARGV entry id, due ms, a, k, p, n, t, e, claim value,
// default ttl ms. An entry no longer pending (a stale worker's) or already sent is left alone.
var retryScript = goredis.NewScript(luaClaim + `
local acked = redis.call('XACK', KEYS[2], 'deliver', ARGV[1])
redis.call('XDEL', KEYS[2], ARGV[1])
if acked == 0 or claimState(KEYS[1]) == 'sent' then return 0 end
redis.call('ZADD', KEYS[3], ARGV[2], cmsgpack.pack({ARGV[1], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8]}))
setClaim(KEYS[1], ARGV[9], ARGV[10])
return 1
`)

// promoteScript: KEYS retry, outbox; ARGV now ms, max. Due entries go back in due order.
var promoteScript = goredis.NewScript(`
local ms = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, ARGV[2])
for _, m in ipairs(ms) do
  local f = cmsgpack.unpack(m)
  redis.call('ZREM', KEYS[1], m)
  redis.call('XADD', KEYS[2], '*', 'a', f[2], 'k', f[3], 'p', f[4], 'n', f[5], 't', f[6], 'e', f[7])
end
return #ms
`)

// deadScript: KEYS claim, outbox; ARGV entry id, claim value, default ttl ms. It returns 0 when
// the entry was no longer pending or already sent, so the caller withdraws its dead letter.
var deadScript = goredis.NewScript(luaClaim + `
local acked = redis.call('XACK', KEYS[2], 'deliver', ARGV[1])
redis.call('XDEL', KEYS[2], ARGV[1])
if acked == 0 or claimState(KEYS[1]) == 'sent' then return 0 end
setClaim(KEYS[1], ARGV[2], ARGV[3])
return 1
`)

// deadRetryScript: KEYS claim, outbox; ARGV a, k, p, t, e, claim value, default ttl ms. A claim
// that is live again (queued, sending, sent) means an earlier DeadRetry already ran: do nothing.
var deadRetryScript = goredis.NewScript(luaClaim + `
local st = claimState(KEYS[1])
if st == 'queued' or st == 'sending' or st == 'sent' then return 0 end
setClaim(KEYS[1], ARGV[6], ARGV[7])
redis.call('XADD', KEYS[2], '*', 'a', ARGV[1], 'k', ARGV[2], 'p', ARGV[3], 'n', '0', 't', ARGV[4], 'e', ARGV[5])
return 1
`)

// A lease's value is "<owner>\n<ms>": the owner and the store's time (TIME) when it was last
// taken or renewed, so a process can tell a holder that stopped renewing from one that renews.
// A value without "\n" (written by an older version) is an owner alone, renewed just now.
const luaLease = `
local function leaseOwner(v) return string.match(v, '^([^\n]*)') end
local function nowMs()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function leaseAge(v, now)
  local at = tonumber(string.match(v, '\n(%d+)$') or '')
  if not at or at > now then return 0 end
  return now - at
end
local function setLease(key, owner, ttl, now)
  redis.call('SET', key, owner .. '\n' .. string.format('%.0f', now), 'PX', ttl)
end
`

// acquireLeaseScript: KEYS lease; ARGV owner, ttl ms.
var acquireLeaseScript = goredis.NewScript(luaLease + `
local cur = redis.call('GET', KEYS[1])
if cur and leaseOwner(cur) ~= ARGV[1] then return 0 end
setLease(KEYS[1], ARGV[1], ARGV[2], nowMs())
return 1
`)

// takeLeaseScript: KEYS lease; ARGV owner, from, idle ms, ttl ms.
var takeLeaseScript = goredis.NewScript(luaLease + `
local cur = redis.call('GET', KEYS[1])
local now = nowMs()
if cur then
  local holder = leaseOwner(cur)
  if holder ~= ARGV[1] and (holder ~= ARGV[2] or leaseAge(cur, now) < tonumber(ARGV[3])) then return 0 end
end
setLease(KEYS[1], ARGV[1], ARGV[4], now)
return 1
`)

// peekLeaseScript: KEYS lease. Returns {owner, age ms, left ms}, or false when free.
var peekLeaseScript = goredis.NewScript(luaLease + `
local cur = redis.call('GET', KEYS[1])
if not cur then return false end
return {leaseOwner(cur), leaseAge(cur, nowMs()), redis.call('PTTL', KEYS[1])}
`)

// releaseLeaseScript: KEYS lease; ARGV owner.
var releaseLeaseScript = goredis.NewScript(luaLease + `
local cur = redis.call('GET', KEYS[1])
if cur and leaseOwner(cur) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`)
