package redisstore

import (
	"time"

	"github.com/redis/go-redis/v9"
)

// The Lua scripts. Each runs atomically in Redis; times come from the
// server's clock (TIME), so that processes on machines with skewed clocks
// agree on lease expiry and host spacing.
//
// Keys of a crawl (prefix np:{ID}:):
//
//	q          ZSET  queued URL -> depth*1e9 + round (see addScript)
//	hostround  HASH  "HOST DEPTH" -> the host's last round at the depth
//	rounds     HASH  depth -> the highest round leased at it
//	hostseq    HASH  host -> URLs queued so far (crawls before 2026-12-02; read, no longer written)
//	meta       HASH  queued or leased URL -> "KIND DEPTH"
//	leases     ZSET  leased URL -> expiry (ms)
//	owner      HASH  leased URL -> holder (worker#session)
//	done       HASH  12-byte URL hash -> "status\tetag\tlast-modified\thash\trevision\tfetched-ms\treason"
//	listed     HASH  12-byte URL hash -> "source\tpublished": the publication date a sitemap or feed gave
//	art        ZSET  URL of an emitted article -> last fetch (ms), for revisits
//	failed     HASH  URL whose last fetch failed transiently -> ""
//	epoch      STRING a random name the crawl's first process gave its state (epochLua)
//	answered   STRING outcomes committed, by any process, that the site answered (answered.go)
//	bases      HASH  live session -> the answered count when its crawl run began (answered.go)
//	cp:W       HASH  worker W's output checkpoint: path, offset
//	claim:H    STRING "W\thash\tSESSION" with expiry: worker W is emitting URL hash H
//	alive:S    STRING with expiry LeaseTTL, renewed with the leases: session S (worker#id) is alive
//	claims:W   HASH  H -> URL: the claims worker W holds
//	host:H:slots ZSET request token -> expiry (ms); host:H:next: earliest next start (ms)
//	host:H:unsent STRING "token expiry-ms": a start granted whose request has
//	           not reached the wire yet; no other is granted meanwhile (limit.go)
//	host:H:crawl HASH delay: the Crawl-delay of H's robots.txt (ms) as a process last read it;
//	           start: H's last start (ms). Expires a day after the last request.
//	held:H     ZSET  queued URL of host H passed over behind its round -> its q score (nextScript)
//	heldhosts  ZSET  hosts with held URLs -> 0
//	robots:SITE HASH status, body: the robots.txt of SITE (scheme://host) a
//	           process read, kept RereadAfter (robots.go)
//	robotslock:SITE STRING the session reading SITE's robots.txt, for SlotTTL

// epochLua stops a script that finds the crawl's state gone: its epoch
// key (the last of KEYS) no longer holds the epoch the process read when
// it opened the Store (the last ARGV), because Redis restarted without
// persistence, was flushed, or lost the keys otherwise. nargs is the
// number of the script's own ARGV.
const epochLua = `if redis.call('GET', KEYS[#KEYS]) ~= ARGV[#ARGV] then return redis.error_reply('` + stateLostReply + `') end
local nargs = #ARGV - 1
`

// stateLostReply is epochLua's error.
const stateLostReply = "NEWSPRINT_STATE_LOST"

const nowLua = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`

const splitLua = `local function split(s)
  local f = {}
  for v in string.gmatch(s .. '\t', '([^\t]*)\t') do f[#f + 1] = v end
  return f
end
`

// requeueLua puts back an expired or released lease, at its depth.
const requeueLua = `local function requeue(q, meta, url)
  local m = redis.call('HGET', meta, url) or 'page 0'
  local d = tonumber(string.match(m, ' (%d+)$')) or 0
  redis.call('ZADD', q, 'NX', d * 1e9, url)
end
`

// KEYS q leases done meta hostround rounds hostseq epoch; ARGV reread-ms,
// then (url, hash, depth, kind, host)..., then the epoch (epochLua).
//
// A queued URL's score is depth*1e9 plus its round: one more than its
// host's last round at that depth, or than the depth's current round (the
// highest leased) if the host is behind it, as in start-time fair queueing.
// A lease thus takes one URL of every host with queued work before a second
// of any, shallowest first, and a host whose links are queued late joins
// the round the crawl has reached instead of taking a lease of turns ahead
// of the hosts waiting. A URL queued or done already takes no turn. Ties
// within a round go in the order of the URLs (ZPOPMIN).
//
// Seeds, sitemaps and feeds are queued again even when done, except while
// the crawl is running (some process holds leases) and they were fetched
// less than reread-ms ago: a process joining a running crawl does not read
// them again.
//
// A URL held (nextScript) is queued: a page is not queued again, a seed
// queued again moves back to q if it gets an earlier turn.
var addScript = redis.NewScript(epochLua + nowLua + splitLua + hostLua + `
local running = redis.call('ZCARD', KEYS[2]) > 0
local reread = tonumber(ARGV[1])
local function turn(host, depth)
  local f = host .. ' ' .. depth
  local last = tonumber(redis.call('HGET', KEYS[5], f) or redis.call('HGET', KEYS[7], host) or 0)
  local cur = tonumber(redis.call('HGET', KEYS[6], depth) or 0)
  return f, math.max(last, cur) + 1
end
for i = 2, nargs, 5 do
  local url, h, depth, kind, host = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2]), ARGV[i + 3], ARGV[i + 4]
  if redis.call('ZSCORE', KEYS[2], url) == false then
    local cur = redis.call('ZSCORE', KEYS[1], url)
    local hk = heldKey(KEYS[1], host)
    local inHeld = false
    if cur == false then
      cur = redis.call('ZSCORE', hk, url)
      inHeld = cur ~= false
    end
    if kind == 'page' then
      if cur == false and redis.call('HEXISTS', KEYS[3], h) == 0 then
        local f, r = turn(host, depth)
        redis.call('ZADD', KEYS[1], depth * 1e9 + r, url)
        redis.call('HSET', KEYS[5], f, r)
        redis.call('HSET', KEYS[4], url, kind .. ' ' .. depth)
      end
    elseif running and kind ~= 'revisit' and reread > 0 and cur == false and (function()
        local d = redis.call('HGET', KEYS[3], h)
        return d and now - (tonumber(split(d)[6]) or 0) < reread
      end)() then
      -- read moments ago by another process of this run
    else
      local f, r = turn(host, depth)
      local score = depth * 1e9 + r
      if cur == false or tonumber(cur) > score then
        if inHeld then redis.call('ZREM', hk, url) end
        redis.call('ZADD', KEYS[1], score, url)
        redis.call('HSET', KEYS[5], f, r)
      else
        depth = math.floor(tonumber(cur) / 1e9)
      end
      redis.call('HSET', KEYS[4], url, kind .. ' ' .. depth)
    end
  end
end
return 0`)

// hostLua is pipeline.HostOf, and the key of a host's held URLs.
const hostLua = `local function hostOf(url)
  local a = string.match(url, '://([^/?#]*)')
  if not a then return '' end
  return string.lower(string.match(a, '([^@]*)$'))
end
local function heldKey(q, host) return string.sub(q, 1, -2) .. 'held:' .. host end
`

// KEYS q leases meta owner rounds heldhosts epoch; ARGV ttl-ms n holder
// per-host, then (host room)... (pipeline.Lease), then the epoch
// (epochLua). Returns url, meta, ...
//
// It reads the queue in order and passes over the URLs of a host with no
// room left in the lease: they keep their score, and so their turn. One
// that is behind its depth's round (the host fell behind the others: a
// slow host, full on every lease) moves from q to held:HOST, and the host
// into heldhosts, so that the leases after it do not read it again and
// again, tens of thousands of them on a long crawl; a lease with room for
// the host merges the host's held URLs with the queue by score
// (BenchmarkNextPassesOver).
var nextScript = redis.NewScript(epochLua + nowLua + requeueLua + hostLua + `
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
for _, url in ipairs(expired) do
  redis.call('ZREM', KEYS[2], url)
  redis.call('HDEL', KEYS[4], url)
  requeue(KEYS[1], KEYS[3], url)
end
local want, per = tonumber(ARGV[2]), tonumber(ARGV[4])
local room = {}
for i = 5, nargs, 2 do room[ARGV[i]] = tonumber(ARGV[i + 1]) end
local function roomOf(h)
  local r = room[h]
  if r == nil then
    if per > 0 then r = per else r = -1 end
  end
  return r
end
local rounds = {}
local function behind(score)
  local d = math.floor(score / 1e9)
  if rounds[d] == nil then rounds[d] = tonumber(redis.call('HGET', KEYS[5], d) or 0) end
  return score - d * 1e9 <= rounds[d]
end
local items = {}
local function take(url, score, h)
  local r = roomOf(h)
  if r == 0 then return false end
  if r > 0 then room[h] = r - 1 end
  items[#items + 1] = url
  items[#items + 1] = score
  return true
end
-- The held URLs of the hosts with room, oldest first.
local held, touched = {}, {}
for _, h in ipairs(redis.call('ZRANGE', KEYS[6], 0, -1)) do
  local r = roomOf(h)
  if r ~= 0 then
    local n = want
    if r > 0 then n = math.min(r, want) end
    local rows = redis.call('ZRANGE', heldKey(KEYS[1], h), 0, n - 1, 'WITHSCORES')
    if #rows == 0 then redis.call('ZREM', KEYS[6], h) end
    for i = 1, #rows, 2 do held[#held + 1] = {rows[i], tonumber(rows[i + 1]), h} end
  end
end
table.sort(held, function(a, b)
  if a[2] ~= b[2] then return a[2] < b[2] end
  return a[1] < b[1]
end)
local hi = 1
local function takeHeld(upto) -- the held URLs before score upto (nil: all)
  while hi <= #held and #items < 2 * want and (upto == nil or held[hi][2] < upto) do
    local c = held[hi]
    if take(c[1], c[2], c[3]) then
      redis.call('ZREM', heldKey(KEYS[1], c[3]), c[1])
      touched[c[3]] = true
    end
    hi = hi + 1
  end
end
local off, chunk = 0, math.max(want, 64)
while #items < 2 * want do
  local page = redis.call('ZRANGE', KEYS[1], off, off + chunk - 1, 'WITHSCORES')
  local gone = {}
  for i = 1, #page, 2 do
    local url, score = page[i], tonumber(page[i + 1])
    takeHeld(score)
    if #items >= 2 * want then break end
    local h = hostOf(url)
    if take(url, score, h) then
      gone[#gone + 1] = url
    elseif behind(score) then
      redis.call('ZADD', heldKey(KEYS[1], h), score, url)
      redis.call('ZADD', KEYS[6], 0, h)
      gone[#gone + 1] = url
    else
      off = off + 1 -- passed over: stays queued, in its place
    end
  end
  if #gone > 0 then redis.call('ZREM', KEYS[1], unpack(gone)) end
  if #page < 2 * chunk then
    takeHeld(nil)
    break
  end
end
for h in pairs(touched) do
  if redis.call('ZCARD', heldKey(KEYS[1], h)) == 0 then redis.call('ZREM', KEYS[6], h) end
end
local out = {}
local top = {}
for i = 1, #items, 2 do
  local url, score = items[i], tonumber(items[i + 1])
  local d = math.floor(score / 1e9)
  top[d] = math.max(top[d] or 0, score - d * 1e9)
  redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), url)
  redis.call('HSET', KEYS[4], url, ARGV[3])
  out[#out + 1] = url
  out[#out + 1] = redis.call('HGET', KEYS[3], url) or 'page 0'
end
for d, r in pairs(top) do
  if r > tonumber(redis.call('HGET', KEYS[5], d) or 0) then redis.call('HSET', KEYS[5], d, r) end
end
return out`)

// KEYS done leases owner meta art failed cp claimsW q answered epoch
// ARGV holder worker cp-path cp-offset prefix, then (url hash status
// reason etag last-modified content-hash revision fetched-ms)..., then
// the epoch (epochLua).
var commitScript = redis.NewScript(epochLua + splitLua + hostLua + `
local holder, worker, prefix = ARGV[1], ARGV[2], ARGV[5]
local answered = 0
for i = 6, nargs, 9 do
  local url, h, status, reason, etag, lm, hash, rev, fetched =
    ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4], ARGV[i + 5], ARGV[i + 6], tonumber(ARGV[i + 7]), tonumber(ARGV[i + 8])
  local old = redis.call('HGET', KEYS[1], h)
  if old then
    local o = split(old)
    if etag == '' then etag = o[2] end
    if lm == '' then lm = o[3] end
    if hash == '' then hash = o[4] end
    rev = math.max(rev, tonumber(o[5]) or 0)
    if fetched == 0 then fetched = tonumber(o[6]) or 0 end
  end
  redis.call('HSET', KEYS[1], h, table.concat({status, etag, lm, hash, rev, fetched, reason}, '\t'))
  if redis.call('HGET', KEYS[3], url) == holder then
    redis.call('ZREM', KEYS[2], url)
    redis.call('HDEL', KEYS[3], url)
  end
  if redis.call('ZSCORE', KEYS[9], url) == false and redis.call('ZSCORE', KEYS[2], url) == false and
      redis.call('ZSCORE', heldKey(KEYS[9], hostOf(url)), url) == false then
    redis.call('HDEL', KEYS[4], url)
  end
  if hash ~= '' then redis.call('ZADD', KEYS[5], fetched, url) end
  if status ~= 'failed' and status ~= 'skipped' and reason ~= 'redirect' then answered = answered + 1 end
  if status == 'failed' and string.sub(reason, 1, 6) ~= 'HTTP 4' then
    redis.call('HSET', KEYS[6], url, '')
  else
    redis.call('HDEL', KEYS[6], url)
  end
  local ck = prefix .. 'claim:' .. h
  local c = redis.call('GET', ck)
  if c and string.sub(c, 1, #worker + 1) == worker .. '\t' then redis.call('DEL', ck) end
  redis.call('HDEL', KEYS[8], h)
end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[7], 'path', ARGV[3], 'offset', ARGV[4]) end
if answered > 0 then redis.call('INCRBY', KEYS[10], answered) end
return 0`)

// KEYS q leases done meta owner epoch; ARGV ttl-ms holder url hash depth
// kind, then the epoch (epochLua). Returns 1 when it leased the URL to
// holder: a redirect's target, unless it is queued, held or leased, or,
// for a page, done (what addScript would not queue again).
var leaseNewScript = redis.NewScript(epochLua + nowLua + hostLua + `
local url, h, depth, kind = ARGV[3], ARGV[4], ARGV[5], ARGV[6]
if redis.call('ZSCORE', KEYS[2], url) or redis.call('ZSCORE', KEYS[1], url) or
    redis.call('ZSCORE', heldKey(KEYS[1], hostOf(url)), url) then
  return 0
end
if kind == 'page' and redis.call('HEXISTS', KEYS[3], h) == 1 then return 0 end
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[1]), url)
redis.call('HSET', KEYS[5], url, ARGV[2])
redis.call('HSET', KEYS[4], url, kind .. ' ' .. depth)
return 1`)

// KEYS failed q leases meta. Returns how many were queued.
var retryScript = redis.NewScript(hostLua + `
local urls = redis.call('HKEYS', KEYS[1])
local n = 0
for _, url in ipairs(urls) do
  if redis.call('ZSCORE', KEYS[3], url) == false and redis.call('ZSCORE', heldKey(KEYS[2], hostOf(url)), url) == false then
    if redis.call('ZADD', KEYS[2], 'NX', 0, url) == 1 then
      redis.call('HSET', KEYS[4], url, 'page 0')
    end
    n = n + 1
  end
end
redis.call('DEL', KEYS[1])
return n`)

// KEYS done claim:H claimsW; ARGV H hash worker ttl-ms url session prefix.
//
// A claim held by another worker blocks the claim unless its session is
// dead (its alive key expired with its leases): a worker killed and
// replaced under another name (a replaced pod) does not keep the articles
// it claimed from the others until ClaimTTL.
var claimScript = redis.NewScript(splitLua + `
local d = redis.call('HGET', KEYS[1], ARGV[1])
if d and split(d)[4] == ARGV[2] then return 0 end
local c = redis.call('GET', KEYS[2])
if c and string.sub(c, 1, #ARGV[3] + 1) ~= ARGV[3] .. '\t' then
  local f = split(c)
  if not f[3] or redis.call('EXISTS', ARGV[7] .. 'alive:' .. f[3]) == 1 then return 0 end
  redis.call('HDEL', ARGV[7] .. 'claims:' .. f[1], ARGV[1])
end
redis.call('SET', KEYS[2], ARGV[3] .. '\t' .. ARGV[2] .. '\t' .. ARGV[6], 'PX', tonumber(ARGV[4]))
redis.call('HSET', KEYS[3], ARGV[1], ARGV[5])
return 1`)

// KEYS claimsW q meta leases; ARGV prefix worker. Returns how many.
var releaseClaimsScript = redis.NewScript(hostLua + `
local all = redis.call('HGETALL', KEYS[1])
local n = 0
for i = 1, #all, 2 do
  local h, url = all[i], all[i + 1]
  local ck = ARGV[1] .. 'claim:' .. h
  local c = redis.call('GET', ck)
  if c and string.sub(c, 1, #ARGV[2] + 1) == ARGV[2] .. '\t' then redis.call('DEL', ck) end
  if redis.call('ZSCORE', KEYS[4], url) == false and redis.call('ZSCORE', heldKey(KEYS[2], hostOf(url)), url) == false then
    redis.call('ZADD', KEYS[2], 0, url)
    redis.call('HSET', KEYS[3], url, 'revisit 0')
  end
  n = n + 1
end
redis.call('DEL', KEYS[1])
return n`)

// KEYS leases owner; ARGV holder ttl-ms url...
var renewScript = redis.NewScript(nowLua + `
for i = 3, #ARGV do
  if redis.call('HGET', KEYS[2], ARGV[i]) == ARGV[1] then
    redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[2]), ARGV[i])
  end
end
return 0`)

// KEYS q leases meta owner; ARGV holder url...: give leases back.
var releaseScript = redis.NewScript(requeueLua + `
for i = 2, #ARGV do
  local url = ARGV[i]
  if redis.call('HGET', KEYS[4], url) == ARGV[1] then
    redis.call('ZREM', KEYS[2], url)
    redis.call('HDEL', KEYS[4], url)
    requeue(KEYS[1], KEYS[3], url)
  end
end
return 0`)

// KEYS robots:SITE robotslock:SITE; ARGV holder lock-ttl-ms. Returns
// {1, status, body} when a process read the site's robots.txt lately, {2}
// when holder is to read it (it holds the lock, taken now or before), {0}
// when another process is reading it.
var robotsScript = redis.NewScript(`
local v = redis.call('HMGET', KEYS[1], 'status', 'body')
if v[1] then return {1, v[1], v[2] or ''} end
local l = redis.call('GET', KEYS[2])
if l and l ~= ARGV[1] then return {0} end
redis.call('SET', KEYS[2], ARGV[1], 'PX', tonumber(ARGV[2]))
return {2}`)

// KEYS robots:SITE robotslock:SITE; ARGV holder keep-ms status body: keeps
// the robots.txt holder read (none if status is empty) and ends its lock.
var putRobotsScript = redis.NewScript(`
if ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'status', ARGV[3], 'body', ARGV[4])
  redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
end
if redis.call('GET', KEYS[2]) == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 0`)

// crawlKeyTTL is how long a host's Crawl-delay and last start are kept
// after its last request: a later run's first requests, robots.txt
// included, keep the spacing the host asked for (each process reads
// robots.txt again and records what it says now).
const crawlKeyTTL = 24 * time.Hour

// limitClockLua is the host limits' clock: clock(arg) returns now in ms
// rounded down, to compare with a next start (a start granted at floor(now)
// >= next is not early), and rounded up, to mark one (a next start of
// ceil(now) + delay is not early either); Redis's TIME has microseconds.
// arg, if not empty, is now in microseconds instead (tests).
const limitClockLua = `local function clock(arg)
  local us
  if arg and arg ~= '' then
    us = tonumber(arg)
  else
    local t = redis.call('TIME')
    us = tonumber(t[1]) * 1000000 + tonumber(t[2])
  end
  return math.floor(us / 1000), math.ceil(us / 1000)
end
`

// KEYS slots next crawl unsent; ARGV slot-ttl-ms parallel delay-ms token
// crawl-ttl-ms test-now-us. Returns 0 when the slot is taken, -2 when it
// is taken and the host marked unsent (its next start waits for this
// start's send, sentScript, or release, releaseScript), the ms to wait for
// the next start, or -1 when all slots are busy or another start has not
// reached the wire. The delay is the longer of the caller's and the
// Crawl-delay another process read (setDelayScript). unsent holds "token
// expiry-ms": a process that died between grant and send holds the host
// for the slot TTL at most.
var acquireScript = redis.NewScript(limitClockLua + `
local now, up = clock(ARGV[6])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local u = redis.call('GET', KEYS[4])
if u and tonumber(string.match(u, ' (%d+)$')) > now then return -1 end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if now < nxt then return nxt - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[1]), ARGV[4])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
local delay = math.max(tonumber(ARGV[3]), tonumber(redis.call('HGET', KEYS[3], 'delay') or '0'))
redis.call('HSET', KEYS[3], 'start', up)
redis.call('PEXPIRE', KEYS[3], tonumber(ARGV[5]))
if delay <= 0 then return 0 end
redis.call('SET', KEYS[2], up + delay, 'PX', delay + 1000)
redis.call('SET', KEYS[4], ARGV[4] .. ' ' .. (now + tonumber(ARGV[1])), 'PX', tonumber(ARGV[1]))
return -2`)

// KEYS next crawl unsent; ARGV token delay-ms crawl-ttl-ms test-now-us: the
// request of the turn token reached the wire before now. The host's next
// start is the delay (or the Crawl-delay, if longer) after now, and the
// host is no longer held for this start.
var sentScript = redis.NewScript(limitClockLua + `
local now, up = clock(ARGV[4])
local u = redis.call('GET', KEYS[3])
if u and string.match(u, '^(%x+) ') == ARGV[1] then redis.call('DEL', KEYS[3]) end
local delay = math.max(tonumber(ARGV[2]), tonumber(redis.call('HGET', KEYS[2], 'delay') or '0'))
redis.call('HSET', KEYS[2], 'start', up)
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[3]))
if delay > 0 and up + delay > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], up + delay, 'PX', delay + 1000)
end
return 0`)

// KEYS slots unsent; ARGV token: the turn token ends. Its slot is free,
// and the host too if the turn never reached the wire.
var releaseTurnScript = redis.NewScript(`
redis.call('ZREM', KEYS[1], ARGV[1])
local u = redis.call('GET', KEYS[2])
if u and string.match(u, '^(%x+) ') == ARGV[1] then redis.call('DEL', KEYS[2]) end
return 0`)

// KEYS next crawl; ARGV delay-ms crawl-ttl-ms test-now-us: a process read
// the host's robots.txt. The host's next start moves to its last start
// plus the delay, if that is later: the requests granted before (robots.txt
// requests of processes that did not know it) were spaced by less.
var setDelayScript = redis.NewScript(limitClockLua + `
local now = clock(ARGV[3])
local d = tonumber(ARGV[1])
redis.call('HSET', KEYS[2], 'delay', d)
redis.call('PEXPIRE', KEYS[2], tonumber(ARGV[2]))
local at = tonumber(redis.call('HGET', KEYS[2], 'start') or '0') + d
if d > 0 and at > now and at > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], at, 'PX', at - now + 1000)
end
return 0`)
