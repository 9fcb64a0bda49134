package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// siteConfig is the shape of the many-host site.
type siteConfig struct {
	hosts      int           // loopback hosts, 127.0.0.2 upwards
	pages      int           // articles per host
	slowHost   int           // index of the slow host; -1 for none
	slowDelay  time.Duration // how long the slow host takes to answer an article
	slowRobots bool          // the slow host's robots.txt is slow too
	crawlDelay int           // Crawl-delay of every robots.txt, in seconds; 0 for none
}

// normal reports whether host h answers at once.
func (c siteConfig) normal(h int) bool { return h != c.slowHost }

// hostIP is the loopback address of host h: Linux routes all of
// 127.0.0.0/8 to lo, so every host is a distinct address (and hostname)
// with no set-up.
func hostIP(h int) string { return fmt.Sprintf("127.0.0.%d", h+2) }

// site serves the hosts on one port of their addresses and records every
// request: which host, what, and when it started and ended, relative to
// the start of the run (reset). It is safe for concurrent use.
type site struct {
	cfg      siteConfig
	port     int
	articles func(i int) []byte
	srv      *http.Server

	mu    sync.Mutex
	start time.Time
	hits  []hit
	// have[h][a] is whether article a of host h was served whole in
	// this run; left counts the normal hosts' articles not yet served.
	have [][]bool
	left int
	// firstDone is when left reached 0.
	firstDone time.Duration
}

// startSite listens on the same free port of every host address and
// serves the site there until close.
func startSite(cfg siteConfig, articles func(int) []byte) (*site, error) {
	if cfg.hosts < 1 || cfg.hosts > 250 {
		return nil, fmt.Errorf("-hosts %d: want 1 to 250", cfg.hosts)
	}
	s := &site{cfg: cfg, articles: articles}
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	var lns []net.Listener
	for try := 0; try < 20 && len(lns) < cfg.hosts; try++ {
		for _, l := range lns {
			l.Close()
		}
		lns = lns[:0]
		first, err := net.Listen("tcp", hostIP(0)+":0")
		if err != nil {
			return nil, fmt.Errorf("listen on %s (Linux routes 127.0.0.0/8 to lo; elsewhere add the addresses): %w", hostIP(0), err)
		}
		lns = append(lns, first)
		s.port = first.Addr().(*net.TCPAddr).Port
		for h := 1; h < cfg.hosts; h++ {
			l, err := net.Listen("tcp", net.JoinHostPort(hostIP(h), strconv.Itoa(s.port)))
			if err != nil {
				break // the port is taken on this address: try another
			}
			lns = append(lns, l)
		}
	}
	if len(lns) < cfg.hosts {
		return nil, fmt.Errorf("found no port free on all %d host addresses", cfg.hosts)
	}
	for _, l := range lns {
		go func() {
			if err := s.srv.Serve(l); err != nil && !errors.Is(err, http.ErrServerClosed) {
				fail(fmt.Errorf("serve %s: %w", l.Addr(), err))
			}
		}()
	}
	s.reset(siteConfig{})
	return s, nil
}

func (s *site) close() { s.srv.Close() }

// seeds are the home pages of the hosts.
func (s *site) seeds() []string {
	var out []string
	for h := 0; h < s.cfg.hosts; h++ {
		out = append(out, fmt.Sprintf("http://%s:%d/", hostIP(h), s.port))
	}
	return out
}

// include matches the home pages and articles: the real pages link to
// their own sites' paths, which would resolve to these hosts and be
// fetched as 404s, spending the hosts' politeness on nothing.
func (s *site) include() string {
	return fmt.Sprintf(`^http://127\.0\.0\.[0-9]+:%d/(a/[0-9]+)?$`, s.port)
}

// reset starts a new run: the request log emptied, the clock at zero,
// and cfg's slow host, delays and Crawl-delay in force (its hosts and pages
// must be those the site was started with; a zero cfg keeps the current).
func (s *site) reset(cfg siteConfig) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if cfg.hosts != 0 {
		s.cfg = cfg
	}
	s.start = time.Now()
	s.hits = nil
	s.have = make([][]bool, s.cfg.hosts)
	s.left = 0
	for h := range s.have {
		s.have[h] = make([]bool, s.cfg.pages)
		if s.cfg.normal(h) {
			s.left += s.cfg.pages
		}
	}
	s.firstDone = 0
}

// log is a copy of the requests of the run so far.
func (s *site) log() []hit {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]hit(nil), s.hits...)
}

// normalDone is when every article of the normal hosts had been served in
// this run, and whether that happened yet.
func (s *site) normalDone() (time.Duration, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.firstDone, s.left == 0
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	cfg, start := s.cfg, s.start
	s.mu.Unlock()
	h := -1
	if a, ok := r.Context().Value(http.LocalAddrContextKey).(net.Addr); ok {
		if ta, ok := a.(*net.TCPAddr); ok {
			h = int(ta.IP.To4()[3]) - 2
		}
	}
	if h < 0 || h >= cfg.hosts {
		http.Error(w, "unknown host", http.StatusMisdirectedRequest)
		return
	}
	rec := hit{host: h, article: -1, start: time.Since(start)}
	defer func() {
		rec.end = time.Since(start)
		s.record(rec, start)
	}()
	slow := h == cfg.slowHost
	p := r.URL.Path
	switch {
	case p == "/robots.txt":
		rec.kind = kindRobots
		if slow && cfg.slowRobots && !wait(r.Context(), cfg.slowDelay) {
			rec.aborted = true
			return
		}
		fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		if cfg.crawlDelay > 0 {
			fmt.Fprintf(w, "Crawl-delay: %d\n", cfg.crawlDelay)
		}
	case p == "/":
		rec.kind = kindHome
		fmt.Fprintf(w, "<!DOCTYPE html><html><head><title>Host %d News</title></head><body><h1>Host %d News</h1><ul>\n", h, h)
		for a := 0; a < cfg.pages; a++ {
			fmt.Fprintf(w, "<li><a href=\"/a/%d\">Story %d of host %d</a></li>\n", a, a, h)
		}
		fmt.Fprint(w, "</ul></body></html>")
	case strings.HasPrefix(p, "/a/"):
		a, err := strconv.Atoi(strings.TrimPrefix(p, "/a/"))
		if err != nil || a < 0 || a >= cfg.pages {
			rec.kind = kindOther
			http.NotFound(w, r)
			break
		}
		rec.kind, rec.article = kindArticle, a
		if slow && !wait(r.Context(), cfg.slowDelay) {
			rec.aborted = true
			return
		}
		b := s.articles(h*cfg.pages + a)
		if utf8.Valid(b) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		} else {
			// Left for the crawler to find in the page, as from a server
			// that does not say.
			w.Header().Set("Content-Type", "text/html")
		}
		if _, err := w.Write(b); err != nil {
			rec.aborted = true
		}
	default:
		rec.kind = kindOther
		http.NotFound(w, r)
	}
}

// record adds a served request to the log of the run it started in.
func (s *site) record(rec hit, start time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.start.Equal(start) {
		return // from a crawler of an earlier run, still running down
	}
	s.hits = append(s.hits, rec)
	if rec.kind == kindArticle && !rec.aborted && !s.have[rec.host][rec.article] {
		s.have[rec.host][rec.article] = true
		if s.cfg.normal(rec.host) {
			if s.left--; s.left == 0 {
				s.firstDone = rec.end
			}
		}
	}
}

// wait sleeps for d unless the request goes away first.
func wait(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
