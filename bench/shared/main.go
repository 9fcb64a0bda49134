// Command shared measures how a crawl shared through Redis scales with the
// number of worker processes, on an I/O-bound loopback site: many hosts
// (127.0.0.1, 127.0.0.2, ... all reach the same server) whose every answer
// takes 50 ms. It needs redis-server on PATH.
//
//	go run ./shared -hosts 64 -pages 100 -workers 1,2,4 -parallel 4 -concurrency 16
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
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
		runWorker(*worker, *redisURL, *crawlID, strings.Split(*seeds, ","), *out, *parallel, *concurrency)
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
	go http.Serve(ln, site(*pages, *latency))
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

	fmt.Printf("site: %d hosts x %d articles, every answer %s; --parallel %d per host across workers, --concurrency %d per worker; GOMAXPROCS=%d\n",
		*hosts, *pages, *latency, *parallel, *concurrency, runtimeCPUs())
	base := map[int]float64{}
	for r := 0; r < *rounds; r++ {
		for _, ws := range strings.Split(*workerList, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(ws))
			if err != nil || n < 1 {
				fail(fmt.Errorf("-workers: %q", ws))
			}
			id := fmt.Sprintf("bench-%d-%d", r, n)
			start := time.Now()
			var cmds []*exec.Cmd
			var outs []string
			for i := 0; i < n; i++ {
				o := filepath.Join(dir, fmt.Sprintf("%s-w%d.json", id, i))
				outs = append(outs, o)
				c := exec.Command(os.Args[0], "-worker", fmt.Sprint("w", i), "-redis", redis, "-crawl", id,
					"-seeds", strings.Join(seedList, ","), "-out", o, "-parallel", strconv.Itoa(*parallel), "-concurrency", strconv.Itoa(*concurrency))
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
			fmt.Printf("workers %d: %d fetched, %d articles in %s: %.0f pages/s, %.2fx one worker\n",
				n, fetched, articles, wall.Round(time.Millisecond), rate, rate/base[r])
		}
	}
}

func runtimeCPUs() int { return runtime.GOMAXPROCS(0) }

// runWorker is one process of the shared crawl; it writes its Stats as
// JSON to out (the articles go nowhere: only the counts matter here).
func runWorker(name, redisURL, crawlID string, seeds []string, out string, parallel, concurrency int) {
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
	stats, err := pipeline.Run(ctx, pipeline.Config{
		Seeds: seeds, Store: st, Limiter: st, Sink: discard{},
		Delay: -1, Parallel: parallel, Concurrency: concurrency, RevisitAfter: -1, Timeout: 10 * time.Second,
	})
	if err != nil {
		fail(err)
	}
	b, _ := json.Marshal(stats)
	if err := os.WriteFile(out, b, 0o644); err != nil {
		fail(err)
	}
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
