// Command crawl measures newsprint's crawl on a synthetic news site served on
// loopback by a child process: pages/s, CPU per page against the
// extractor's own one-core cost on the same pages, and peak RSS.
//
//	cd bench && go run ./crawl -pages 20000
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

const perIndex = 100 // articles linked from each index page

func main() {
	pages := flag.Int("pages", 20000, "articles on the synthetic site")
	serve := flag.String("serve", "", "internal: serve the site on this address")
	parallel := flag.Int("parallel", 8, "requests in flight")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the crawl to this file")
	procs := flag.Int("procs", runtime.NumCPU(), "GOMAXPROCS of the crawl (the extractor alone always runs on one)")
	withWARC := flag.Bool("warc", false, "also write a WARC archive of every fetch (to measure its cost)")
	flag.Parse()
	if *serve != "" {
		serveSite(*serve, *pages)
		return
	}
	addr := freeAddr()
	srv := exec.Command(os.Args[0], "-serve", addr, "-pages", strconv.Itoa(*pages))
	srv.Stderr = os.Stderr
	if err := srv.Start(); err != nil {
		fail(err)
	}
	defer srv.Process.Kill()
	waitUp(addr)

	// The extractor alone, one core, on a sample of the same pages: before
	// and after the crawl, as this shared machine's speed drifts.
	sample := min(*pages, 2000)
	var bodies [][]byte
	for i := 0; i < sample; i++ {
		bodies = append(bodies, []byte(articleHTML(i)))
	}
	extractAlone := func() time.Duration {
		runtime.GOMAXPROCS(1)
		defer runtime.GOMAXPROCS(runtime.NumCPU())
		cpu0 := cpuTime()
		for i, b := range bodies {
			if _, err := extractor.Extract(b, fmt.Sprintf("http://%s/a/%d", addr, i), extractor.Options{}); err != nil {
				fail(err)
			}
		}
		return (cpuTime() - cpu0) / time.Duration(sample)
	}
	before := extractAlone()
	// The same on every core at once, as the crawl runs it: the cores of
	// a virtual machine share caches and often a physical core.
	extractParallel := func() time.Duration {
		cpu0 := cpuTime()
		var wg sync.WaitGroup
		for w := 0; w < runtime.NumCPU(); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(bodies); i += runtime.NumCPU() {
					if _, err := extractor.Extract(bodies[i], fmt.Sprintf("http://%s/a/%d", addr, i), extractor.Options{}); err != nil {
						fail(err)
					}
				}
			}()
		}
		wg.Wait()
		return (cpuTime() - cpu0) / time.Duration(sample)
	}
	parBefore := extractParallel()

	dir, err := os.MkdirTemp("", "newsprint-crawlbench")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	st, err := sqlitestore.Open(ctx, filepath.Join(dir, "state"))
	if err != nil {
		fail(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	sink, err := pipeline.OpenJSONL(out, nil)
	if err != nil {
		fail(err)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	var arc *archive.Archive
	if *withWARC {
		if arc, err = archive.Open(archive.Options{Dir: filepath.Join(dir, "warc")}); err != nil {
			fail(err)
		}
	}
	prevProcs := runtime.GOMAXPROCS(*procs)
	cpu1 := cpuTime()
	start := time.Now()
	stats, err := pipeline.Run(ctx, pipeline.Config{
		Seeds: []string{"http://" + addr + "/"}, Store: st, Sink: sink, OutPath: out,
		Delay: -1, Parallel: *parallel, RevisitAfter: -1, Archive: arc,
	})
	if err != nil {
		fail(err)
	}
	if arc != nil {
		if err := arc.Close(); err != nil {
			fail(err)
		}
		var size int64
		files, _ := archive.Files(filepath.Join(dir, "warc"))
		for _, f := range files {
			if fi, err := os.Stat(f); err == nil {
				size += fi.Size()
			}
		}
		fmt.Printf("warc: %d records in %d files, %.1f MiB\n", arc.Records(), len(files), float64(size)/(1<<20))
	}
	sink.Close()
	st.Close()
	wall := time.Since(start)
	crawlCPU := cpuTime() - cpu1
	runtime.GOMAXPROCS(prevProcs)
	perPage := crawlCPU / time.Duration(max(stats.Fetched, 1))
	runtime.GOMAXPROCS(*procs)
	fetchCPU := fetchAlone(addr, *pages, *parallel)
	runtime.GOMAXPROCS(prevProcs)
	after := extractAlone()
	extractCPU := (before + after) / 2
	parCPU := (parBefore + extractParallel()) / 2
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("site: %d articles + %d index pages on loopback (served by a child process)\n", *pages, *pages/perIndex+1)
	fmt.Printf("crawl: %d fetched, %d articles, %d errors in %s: %.0f pages/s (GOMAXPROCS=%d, --parallel %d)\n",
		stats.Fetched, stats.Articles, stats.Errors, wall.Round(time.Millisecond), float64(stats.Fetched)/wall.Seconds(), *procs, *parallel)
	fmt.Printf("cpu per page: crawl %s, extractor alone %s (one core, %d pages; %s before the crawl, %s after): crawl overhead %.0f%% of extraction\n",
		perPage.Round(time.Microsecond), extractCPU.Round(time.Microsecond), sample, before.Round(time.Microsecond), after.Round(time.Microsecond),
		100*float64(perPage-extractCPU)/float64(extractCPU))
	fmt.Printf("extractor alone on all %d cores at once: %s per page; crawl overhead against that %.0f%%\n",
		runtime.NumCPU(), parCPU.Round(time.Microsecond), 100*float64(perPage-parCPU)/float64(parCPU))
	fmt.Printf("net/http alone, the same %d articles, %d at a time, bodies read and dropped: %s per page, %.0f%% of extraction (the floor of any crawl that fetches with net/http)\n",
		*pages, *parallel, fetchCPU.Round(time.Microsecond), 100*float64(fetchCPU)/float64(extractCPU))
	fmt.Printf("peak RSS: %d MiB\n", ru.Maxrss/1024)
}

// fetchAlone fetches every article with a plain net/http client, parallel
// at a time over kept-alive connections, and returns the CPU per page.
func fetchAlone(addr string, pages, parallel int) time.Duration {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: parallel}}
	next := make(chan int)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	for w := 0; w < parallel; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				resp, err := client.Get(fmt.Sprintf("http://%s/a/%d", addr, i))
				if err != nil {
					fail(err)
				}
				if _, err := io.ReadAll(resp.Body); err != nil {
					fail(err)
				}
				resp.Body.Close()
			}
		}()
	}
	for i := 0; i < pages; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return (cpuTime() - cpu0) / time.Duration(pages)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "crawlbench:", err)
	os.Exit(1)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	defer l.Close()
	return l.Addr().String()
}

func waitUp(addr string) {
	for i := 0; i < 100; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	fail(fmt.Errorf("site did not start on %s", addr))
}

var words = strings.Fields("the council city river harbour railway station market school report minister budget plan voters police court museum festival weather traffic")

// articleHTML is a news page of about 12 KB: navigation, a cookie banner,
// a headline, a byline, eight paragraphs, related links and a footer.
func articleHTML(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story %d | Bench News</title>
<meta property="og:site_name" content="Bench News"><meta property="article:published_time" content="2024-03-%02dT10:00:00Z">
<link rel="canonical" href="/a/%d"></head><body><nav class="menu"><a href="/">Home</a><a href="/i/0">Latest</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div><article><h1>Story number %d about the %s</h1>
<p class="byline">By Bench Reporter</p>`, i, 1+i%28, i, i, words[i%len(words)])
	for p := 0; p < 8; p++ {
		b.WriteString("<p>")
		for w := 0; w < 60; w++ {
			b.WriteString(words[(i*7+p*13+w*3)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "in story %d.</p>\n", i)
	}
	fmt.Fprintf(&b, `</article><div class="related"><h3>Related</h3><ul><li><a href="/a/%d">Previous</a></li></ul></div>
<footer>Copyright 2024 Bench News. All rights reserved.</footer></body></html>`, max(i-1, 0))
	return b.String()
}

func serveSite(addr string, pages int) {
	indexes := pages/perIndex + 1
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p := r.URL.Path
		switch {
		case p == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case p == "/":
			fmt.Fprint(w, `<html><body><h1>Bench News</h1>`)
			for i := 0; i < indexes; i++ {
				fmt.Fprintf(w, `<a href="/i/%d">page %d</a> `, i, i)
			}
			fmt.Fprint(w, `</body></html>`)
		case strings.HasPrefix(p, "/i/"):
			n, _ := strconv.Atoi(strings.TrimPrefix(p, "/i/"))
			fmt.Fprint(w, `<html><body><h1>Latest</h1><ul>`)
			for i := n * perIndex; i < min((n+1)*perIndex, pages); i++ {
				fmt.Fprintf(w, `<li><a href="/a/%d">Story %d</a></li>`, i, i)
			}
			fmt.Fprint(w, `</ul></body></html>`)
		case strings.HasPrefix(p, "/a/"):
			n, err := strconv.Atoi(strings.TrimPrefix(p, "/a/"))
			if err != nil || n >= pages {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, articleHTML(n))
		default:
			http.NotFound(w, r)
		}
	})
	if err := http.ListenAndServe(addr, h); err != nil {
		fail(err)
	}
}
