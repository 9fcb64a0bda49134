package pipeline

import (
	"net/http"
	"net/http/httptrace"
	"time"
)

// A host's delay counts from when a request reaches the wire, not from
// when the frontier grants its start: between the two the request waits
// for its goroutine to run, for colly, for a connection, and on a busy
// machine that wait varies by tens of milliseconds. Counted from the
// grant, two starts 100 ms apart reached a server 22 ms apart in the
// many-host bench (bench/manyhost) while other processes held both cores.
// So the host is not ready while a start granted has not reached the wire
// (at most one such start per host), and its next start is then at least
// the delay after it: no two of the process's requests to a host reach
// the wire closer than the delay, on its clock, however late each goes out.
// (The server notes each a little later again, by its own varying lag.)
// The same report reaches the shared HostLimiter's turn, if any (Turn.Sent,
// limit.go), so that other processes count the host's next start from the
// wire too. WroteHeaders comes just before the transport flushes the
// headers; the limiter hears of it a goroutine and a round trip later.
//
// Scrapy counts the delay from when a request leaves its slot's queue (the
// grant: Downloader._process_queue sets slot.lastseen); Heritrix waits
// after each fetch completes (DispositionProcessor's minDelayMs, one
// request at a time per host). A transport that does not report
// httptrace's WroteHeaders, as net/http's does, leaves a host's next start
// waiting for its request's response instead.

// sent records that a request to the host key reached the wire at at (its
// headers are written): the host's next start is at least the host's delay
// after it, and the start waiting for it is free.
func (f *frontier) sent(key string, at time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	h := f.hosts[key]
	if h == nil {
		return // not a host of the crawl's (a robots.txt redirect's target)
	}
	h.unsent = 0
	if next := at.Add(h.delay); next.After(h.next) {
		h.next = next
	}
	f.signal()
}

// unsent ends the wait for t's request to reach the wire: it did, or it
// never will (refused, cut off, not made). Every task of a page ends with
// it, with unused, or with later; a robots.txt task with setRules or
// rulesLater.
func (f *frontier) unsent(t task) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.clearUnsent(f.host(t.host), t.id)
	f.signal()
}

// holdForWire gives a start of h its id and holds h until the start
// reaches the wire (sent) or clearUnsent ends the wait; 0, no hold, when
// the transport does not report sends or h has no delay.
func (f *frontier) holdForWire(h *hostQueue) uint64 {
	if !f.wire || h.delay <= 0 {
		return 0
	}
	f.seq++
	h.unsent = f.seq
	return f.seq
}

// clearUnsent ends h's wait for the start id, if h still waits for it.
func (f *frontier) clearUnsent(h *hostQueue, id uint64) {
	if id != 0 && h.unsent == id {
		h.unsent = 0
	}
}

// traceSent has sent called when req's headers are written, for its host.
func traceSent(req *http.Request, sent func(key string, at time.Time)) *http.Request {
	if sent == nil || req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return req
	}
	key := hostKey(req.URL)
	trace := &httptrace.ClientTrace{WroteHeaders: func() { sent(key, time.Now()) }}
	return req.WithContext(httptrace.WithClientTrace(req.Context(), trace))
}
