// Command shared measures how a crawl shared through Redis scales with the
// number of worker processes, on an I/O-bound loopback site: many hosts
// (127.0.0.1, 127.0.0.2, ... all reach the same server) whose every answer
// takes 50 ms. It needs redis-server on PATH.
//
//	go run ./shared -hosts 64 -pages 100 -workers 1,2,4 -parallel 4 -concurrency 16
//
// With -delay, the server counts each host's requests that came closer
// than 90% of it; with SHARED_WIRELOG=PATH each worker logs when each
// request's headers were written (PATH.wN: "host unix-ns"), for the gaps
// on the wire across processes.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"net/http/httptrace"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
)

func main() {
	hosts := flag.Int("hosts", 64, "hosts of the site (127.0.0.1 to 127.0.0.N)")
	pages := flag.Int("pages", 40, "articles per host")
	latency := flag.Duration("latency", 50*time.Millisecond, "time every answer takes")
	workerList := flag.String("workers", "1,2,4", "worker counts to measure")
	parallel := flag.Int("parallel", 1, "requests in flight per host, across all workers")
	delay := flag.Duration("delay", -1, "time between the starts of two requests to one host, across all workers (crawl --delay; negative: none); the server counts the starts closer than 90% of it")
	concurrency := flag.Int("concurrency", 64, "requests in flight per worker process, across hosts (crawl --concurrency)")
	rounds := flag.Int("rounds", 1, "measure each worker count this many times")
	worker := flag.String("worker", "", "internal: run as this worker")
	redisURL := flag.String("redis", "", "internal: the Redis of the crawl")
	crawlID := flag.String("crawl", "", "internal: the crawl id")
	seeds := flag.String("seeds", "", "internal: comma-separated seeds")
	out := flag.String("out", "", "internal: output file")
	redisCPU := flag.Bool("redis-cpu", false, "print the Redis server's CPU and per-command counters (INFO all) after each worker count")
	memory := flag.Int("memory", 0, "instead: measure the Redis memory of this many done URLs and as many queued ones")
	flag.Parse()
	if *memory > 0 {
		measureMemory(*memory)
		return
	}
	if *worker != "" {
		runWorker(*worker, *redisURL, *crawlID, strings.Split(*seeds, ","), *out, *parallel, *concurrency, *delay)
		return
	}
	if *hosts > 250 {
		fail(fmt.Errorf("at most 250 hosts"))
	}
	ln, err := net.Listen("tcp", "0.0.0.0:0")
	if err != nil {
		fail(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	arrivals := &gaps{last: map[string]time.Time{}}
	go http.Serve(ln, arrivals.wrap(site(*pages, *latency)))
	var seedList []string
	for h := 1; h <= *hosts; h++ {
		seedList = append(seedList, fmt.Sprintf("http://127.0.0.%d:%d/", h, port))
	}
	dir, err := os.MkdirTemp("", "newsprint-shared-bench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	redis, stop := startRedis(dir)
	defer stop()

	fmt.Printf("site: %d hosts x %d articles, every answer %s; --parallel %d per host across workers, --delay %s, --concurrency %d per worker; GOMAXPROCS=%d\n",
		*hosts, *pages, *latency, *parallel, *delay, *concurrency, runtimeCPUs())
	base := map[int]float64{}
	for r := 0; r < *rounds; r++ {
		for _, ws := range strings.Split(*workerList, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(ws))
			if err != nil || n < 1 {
				fail(fmt.Errorf("-workers: %q", ws))
			}
			id := fmt.Sprintf("bench-%d-%d", r, n)
			start := time.Now()
			arrivals.reset()
			var cmds []*exec.Cmd
			var outs []string
			for i := 0; i < n; i++ {
				o := filepath.Join(dir, fmt.Sprintf("%s-w%d.json", id, i))
				outs = append(outs, o)
				c := exec.Command(os.Args[0], "-worker", fmt.Sprint("w", i), "-redis", redis, "-crawl", id,
					"-seeds", strings.Join(seedList, ","), "-out", o, "-parallel", strconv.Itoa(*parallel), "-concurrency", strconv.Itoa(*concurrency), "-delay", delay.String())
				c.Stderr = os.Stderr
				if err := c.Start(); err != nil {
					fail(err)
				}
				cmds = append(cmds, c)
			}
			for _, c := range cmds {
				if err := c.Wait(); err != nil {
					fail(fmt.Errorf("worker: %w", err))
				}
			}
			wall := time.Since(start)
			if *redisCPU {
				if out, err := exec.Command("redis-cli", "-u", redis, "info", "all").Output(); err == nil {
					fmt.Print(string(out))
				}
			}
			var fetched, articles int
			for _, o := range outs {
				var s pipeline.Stats
				b, err := os.ReadFile(o)
				if err == nil {
					err = json.Unmarshal(b, &s)
				}
				if err != nil {
					fail(err)
				}
				fetched += s.Fetched
				articles += s.Articles
			}
			rate := float64(fetched) / wall.Seconds()
			if r == 0 && n == 1 {
				base[r] = rate
			}
			if base[r] == 0 {
				base[r] = rate
			}
			fmt.Printf("workers %d: %d fetched, %d articles in %s: %.0f pages/s, %.2fx one worker",
				n, fetched, articles, wall.Round(time.Millisecond), rate, rate/base[r])
			if *delay > 0 {
				near, all, least := arrivals.closer(*delay * 9 / 10)
				fmt.Printf("; starts closer than 90%% of the delay, at the server: %d of %d gaps (min %s)", near, all, least.Round(100*time.Microsecond))
				if p := os.Getenv("SHARED_WIRELOG"); p != "" {
					near, all, least := wireGaps(p, "hdr", n, *delay)
					fmt.Printf("; closer than the delay, headers written: %d of %d (min %s)", near, all, least.Round(10*time.Microsecond))
					near, all, least = wireGaps(p, "sock", n, *delay)
					fmt.Printf(", on the socket: %d of %d (min %s)", near, all, least.Round(10*time.Microsecond))
				}
			}
			fmt.Println()
		}
	}
}

func runtimeCPUs() int { return runtime.GOMAXPROCS(0) }

// runWorker is one process of the shared crawl; it writes its Stats as
// JSON to out (the articles go nowhere: only the counts matter here).
func runWorker(name, redisURL, crawlID string, seeds []string, out string, parallel, concurrency int, delay time.Duration) {
	ctx := context.Background()
	// The workers are child processes: the profile path comes by the
	// environment, and only the first worker writes one.
	if p := os.Getenv("SHARED_CPUPROFILE"); p != "" && name == "w0" {
		f, err := os.Create(p)
		if err != nil {
			fail(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	st, err := redisstore.Open(ctx, redisURL, crawlID, redisstore.Options{Worker: name})
	if err != nil {
		fail(err)
	}
	defer st.Close()
	var tr http.RoundTripper
	if p := os.Getenv("SHARED_WIRELOG"); p != "" {
		f, err := os.Create(p + "." + name)
		if err != nil {
			fail(err)
		}
		defer f.Close()
		l := &wireLog{f: f}
		base := http.DefaultTransport.(*http.Transport).Clone()
		var d net.Dialer
		base.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := d.DialContext(ctx, network, addr)
			if err != nil {
				return nil, err
			}
			return &loggedConn{Conn: c, host: addr, l: l}, nil
		}
		l.base = base
		tr = l
	}
	stats, err := pipeline.Run(ctx, pipeline.Config{
		Seeds: seeds, Store: st, Limiter: st, Sink: discard{}, Transport: tr,
		Delay: delay, Parallel: parallel, Concurrency: concurrency, RevisitAfter: -1, Timeout: 10 * time.Second,
	})
	if err != nil {
		fail(err)
	}
	b, _ := json.Marshal(stats)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		fail(err)
	}
}

// gaps notes when each request reaches the server, by host, and the gaps
// between a host's consecutive requests.
type gaps struct {
	mu   sync.Mutex
	last map[string]time.Time
	gaps []time.Duration
}

func (g *gaps) wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		now := time.Now()
		g.mu.Lock()
		if t, ok := g.last[r.Host]; ok {
			g.gaps = append(g.gaps, now.Sub(t))
		}
		g.last[r.Host] = now
		g.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (g *gaps) reset() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.last, g.gaps = map[string]time.Time{}, nil
}

// closer counts the gaps under d, of all, and the least.
func (g *gaps) closer(d time.Duration) (n, all int, least time.Duration) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for i, x := range g.gaps {
		if x < d {
			n++
		}
		if i == 0 || x < least {
			least = x
		}
	}
	return n, len(g.gaps), least
}

// wireLog logs "hdr host unix-ns" when each request's headers are written
// (httptrace WroteHeaders) and "sock host unix-ns" when they are written
// to the socket (SHARED_WIRELOG=path: path.wN per worker), for the gaps on
// the wire.
type wireLog struct {
	base http.RoundTripper
	mu   sync.Mutex
	f    *os.File
}

func (l *wireLog) note(kind, host string) {
	t := time.Now().UnixNano()
	l.mu.Lock()
	fmt.Fprintf(l.f, "%s %s %d\n", kind, host, t)
	l.mu.Unlock()
}

func (l *wireLog) RoundTrip(r *http.Request) (*http.Response, error) {
	host := r.URL.Host
	trace := &httptrace.ClientTrace{WroteHeaders: func() { l.note("hdr", host) }}
	return l.base.RoundTrip(r.WithContext(httptrace.WithClientTrace(r.Context(), trace)))
}

// loggedConn notes each request's write to the socket.
type loggedConn struct {
	net.Conn
	host string
	l    *wireLog
}

func (c *loggedConn) Write(b []byte) (int, error) {
	if bytes.HasPrefix(b, []byte("GET ")) {
		c.l.note("sock", c.host)
	}
	return c.Conn.Write(b)
}

// wireGaps reads the wire logs of n workers and counts the gaps between a
// host's consecutive requests under d, of all, and the least.
func wireGaps(path, kind string, n int, d time.Duration) (near, all int, least time.Duration) {
	at := map[string][]int64{}
	for i := 0; i < n; i++ {
		b, err := os.ReadFile(fmt.Sprintf("%s.w%d", path, i))
		if err != nil {
			fail(err)
		}
		for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			f := strings.Fields(line)
			if len(f) != 3 || f[0] != kind {
				continue
			}
			host := f[1]
			t, err := strconv.ParseInt(f[2], 10, 64)
			if err != nil {
				fail(fmt.Errorf("wire log %s: %q", path, line))
			}
			at[host] = append(at[host], t)
		}
	}
	for _, ts := range at {
		slices.Sort(ts)
		for i := 1; i < len(ts); i++ {
			g := time.Duration(ts[i] - ts[i-1])
			if g < d {
				near++
			}
			if all == 0 || g < least {
				least = g
			}
			all++
		}
	}
	return near, all, least
}

type discard struct{}

func (discard) Write(context.Context, extractor.Article) error { return nil }
func (discard) Sync() error                                    { return nil }

func site(pages int, latency time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(latency)
		switch {
		case r.URL.Path == "/":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><head><title>Front</title></head><body><ul>")
			for i := 0; i < pages; i++ {
				fmt.Fprintf(w, `<li><a href="/news/%d">Story %d</a></li>`, i, i)
			}
			fmt.Fprint(w, "</ul></body></html>")
		case strings.HasPrefix(r.URL.Path, "/news/"):
			w.Header().Set("Content-Type", "text/html")
			n := strings.TrimPrefix(r.URL.Path, "/news/")
			fmt.Fprintf(w, `<html><head><title>Story %s</title><meta property="article:published_time" content="2024-03-26T10:00:00Z"></head><body><article><h1>Story %s on %s</h1><p>%s</p></article></body></html>`,
				n, n, r.Host, strings.Repeat("The council met on Tuesday to discuss the new harbour plan in detail. ", 15))
		default:
			http.NotFound(w, r)
		}
	})
}

func startRedis(dir string) (string, func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	addr := l.Addr().String()
	l.Close()
	_, port, _ := net.SplitHostPort(addr)
	cmd := exec.Command("redis-server", "--port", port, "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no")
	if err := cmd.Start(); err != nil {
		fail(fmt.Errorf("redis-server: %w", err))
	}
	for i := 0; i < 200; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return "redis://" + addr + "/0", func() { cmd.Process.Kill(); cmd.Wait() }
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "shared:", err)
	os.Exit(1)
}

// measureMemory reports the Redis memory that n fetched (done) URLs take,
// then n queued ones, with URLs of a typical news-site length (~70 bytes).
func measureMemory(n int) {
	dir, err := os.MkdirTemp("", "newsprint-shared-mem")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	redisURL, stop := startRedis(dir)
	defer stop()
	ctx := context.Background()
	st, err := redisstore.Open(ctx, redisURL, "mem", redisstore.Options{Worker: "w"})
	if err != nil {
		fail(err)
	}
	defer st.Close()
	used := func() int64 {
		out, err := exec.Command("redis-cli", "-u", redisURL, "info", "memory").Output()
		if err != nil {
			fail(fmt.Errorf("redis-cli: %w", err))
		}
		for _, line := range strings.Split(string(out), "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "used_memory:"); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				return n
			}
		}
		return 0
	}
	u := func(i int) string {
		return fmt.Sprintf("https://www.example-news-site.com/world/2024/03/26/story-number-%09d.html", i)
	}
	before := used()
	const batch = 5000
	for i := 0; i < n; i += batch {
		var os []pipeline.Outcome
		for j := i; j < min(i+batch, n); j++ {
			os = append(os, pipeline.Outcome{URL: u(j), Status: pipeline.StatusPage, Fetched: time.Now()})
		}
		if err := st.Commit(ctx, os, pipeline.Checkpoint{}); err != nil {
			fail(err)
		}
	}
	done := used()
	for i := 0; i < n; i += batch {
		var es []pipeline.Entry
		for j := i; j < min(i+batch, n); j++ {
			es = append(es, pipeline.Entry{URL: u(n + j), Kind: pipeline.KindPage, Depth: 2})
		}
		if err := st.Add(ctx, es); err != nil {
			fail(err)
		}
	}
	queued := used()
	fmt.Printf("%d done URLs (pages, not articles): %.1f MiB, %.0f bytes per URL\n", n, float64(done-before)/(1<<20), float64(done-before)/float64(n))
	fmt.Printf("%d queued URLs (%d bytes each): %.1f MiB, %.0f bytes per URL\n", n, len(u(0)), float64(queued-done)/(1<<20), float64(queued-done)/float64(n))
}
