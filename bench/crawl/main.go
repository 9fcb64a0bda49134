// Command crawl measures newsprint's crawl on a news site served on
// loopback by a child process: pages/s, CPU per page against the
// extractor's own one-core cost on the same pages, and peak RSS. Each round
// measures the extractor alone, the crawl and net/http alone, in that order,
// and the medians over rounds are reported.
//
// The site's articles are either the real news pages of the shared
// extraction benchmarks, each served under many URLs (-site real, the
// default), or small synthetic pages (-site synthetic), whose cheap
// extraction makes the crawl's own costs stand out.
//
//	cd bench && go run ./crawl -pages 20000 -rounds 3
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/google/pprof/profile"
	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/bench/internal/corpus"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

const perIndex = 100 // articles linked from each index page

func main() {
	pages := flag.Int("pages", 20000, "articles on the synthetic site")
	serve := flag.String("serve", "", "internal: serve the site on this address")
	parallel := flag.Int("parallel", 8, "requests in flight")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the first round's crawl to this file")
	procs := flag.Int("procs", runtime.NumCPU(), "GOMAXPROCS of the crawl (the extractor alone always runs on one)")
	withWARC := flag.Bool("warc", false, "also write a WARC archive of every fetch (to measure its cost)")
	rounds := flag.Int("rounds", 3, "rounds of extractor alone, crawl and net/http alone; the medians are reported")
	flag.IntVar(&paras, "paras", paras, "paragraphs per article (fewer make extraction cheaper, so that the crawl's own costs stand out)")
	memprofile := flag.String("memprofile", "", "write a heap profile, taken as the first round's crawl ends, to this file")
	crawlOnly := flag.Bool("crawl-only", false, "run the crawl alone, without the reference measurements (for strace or perf)")
	site := flag.String("site", "real", "the articles: real (the shared benchmarks' news pages, from -data) or synthetic (about 12 KB each, see -paras)")
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmark datasets, for -site real")
	flag.BoolVar(&fromFiles, "alone-from-files", false, "time the extractor alone on pages read from files, not held in memory (a smaller heap: collections more frequent)")
	flag.Parse()
	if *site != "real" && *site != "synthetic" {
		fail(fmt.Errorf("-site %q: want real or synthetic", *site))
	}
	if *serve != "" {
		articles := synthetic
		if *site == "real" {
			pages, err := corpus.Load(*data)
			if err != nil {
				fail(err)
			}
			articles = pages.Article
		}
		serveSite(*serve, *pages, articles)
		return
	}
	if *site == "real" {
		// Said here, not in the child, so that a missing folder is reported
		// before anything is measured.
		if _, err := os.Stat(*data); err != nil {
			fail(fmt.Errorf("-site real needs the shared benchmark pages: %w (pass -data DIR, or -site synthetic)", err))
		}
	}
	addr := freeAddr()
	srv := exec.Command(os.Args[0], "-serve", addr, "-pages", strconv.Itoa(*pages), "-paras", strconv.Itoa(paras),
		"-site", *site, "-data", *data)
	srv.Stderr = os.Stderr
	if err := srv.Start(); err != nil {
		fail(err)
	}
	server = srv.Process
	defer srv.Process.Kill()
	waitUp(addr)
	fmt.Printf("site: %d %s articles (%.0f KiB on average) + %d index pages on loopback (served by a child process); crawl GOMAXPROCS=%d, --parallel %d\n",
		*pages, *site, meanSize(addr, min(*pages, 2000))/1024, *pages/perIndex+1, *procs, *parallel)

	// The extractor alone runs on one core over a sample of the same pages,
	// in each round right before and after the crawl: this shared machine's
	// speed drifts, so only figures taken close together are compared.
	sample := min(*pages, 2000)
	var overheads, floors, withins, busyOverheads []float64
	for round := 1; round <= *rounds; round++ {
		var alone time.Duration
		if !*crawlOnly {
			alone = extractAlone(addr, sample)
		}
		var profiles [2]string // CPU and heap, of the first round only
		if round == 1 {
			profiles = [2]string{*cpuprofile, *memprofile}
		}
		perPage, inCrawl := crawlOnce(addr, *pages, *parallel, *procs, *withWARC, profiles[0], profiles[1])
		rest := perPage - inCrawl
		within := 100 * float64(rest) / float64(inCrawl)
		fmt.Printf("round %d: in the crawl's CPU profile: extraction %s a page, everything else %s: crawl overhead %.0f%% of extraction\n",
			round, inCrawl.Round(time.Microsecond), rest.Round(time.Microsecond), within)
		withins = append(withins, within)
		if *crawlOnly {
			continue
		}
		prev := runtime.GOMAXPROCS(*procs)
		fetchCPU := fetchAlone(addr, *pages, *parallel)
		runtime.GOMAXPROCS(prev)
		alone = (alone + extractAlone(addr, sample)) / 2
		overhead := 100 * float64(perPage-alone) / float64(alone)
		floor := 100 * float64(fetchCPU) / float64(alone)
		overheads, floors = append(overheads, overhead), append(floors, floor)
		fmt.Printf("round %d: CPU per page: crawl %s, extractor alone %s (one core, %d pages, before and after): crawl overhead %s, %.0f%% of extraction; net/http alone %s a page (%.0f%%)\n",
			round, perPage.Round(time.Microsecond), alone.Round(time.Microsecond), sample, (perPage - alone).Round(time.Microsecond), overhead, fetchCPU.Round(time.Microsecond), floor)
		if *procs > 1 {
			busy := extractOn(addr, sample, *procs)
			busyOverheads = append(busyOverheads, 100*float64(perPage-busy)/float64(busy))
			fmt.Printf("round %d: extractor alone on %d busy cores %s a page (%.0f%% more than on one): crawl overhead %.0f%% of that\n",
				round, *procs, busy.Round(time.Microsecond), 100*float64(busy-alone)/float64(alone), busyOverheads[len(busyOverheads)-1])
		}
	}
	fmt.Printf("median of %d rounds: crawl overhead %.0f%% of the extraction in the same crawl (range %.0f–%.0f%%)\n",
		len(withins), median(withins), slices.Min(withins), slices.Max(withins))
	if len(overheads) > 0 {
		fmt.Printf("median of %d rounds: crawl overhead %.0f%% of the extractor alone (range %.0f–%.0f%%); net/http alone %.0f%% (the floor of any crawl that fetches with net/http)\n",
			len(overheads), median(overheads), slices.Min(overheads), slices.Max(overheads), median(floors))
	}
	if len(busyOverheads) > 0 {
		fmt.Printf("median of %d rounds: crawl overhead %.0f%% of the extractor alone on %d busy cores (range %.0f–%.0f%%)\n",
			len(busyOverheads), median(busyOverheads), *procs, slices.Min(busyOverheads), slices.Max(busyOverheads))
	}
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("peak RSS: %d MiB\n", ru.Maxrss/1024)
}

// extractAlone returns the CPU per page of extractor.Extract on one core
// over the first n articles.
func extractAlone(addr string, n int) time.Duration {
	return extractOn(addr, n, 1)
}

// fromFiles makes extractOn keep its pages in files (-alone-from-files).
var fromFiles bool

// extractOn is extractAlone on procs cores, one extraction on each at a
// time: the extractor's own CPU per page when the cores are all busy, as
// they are in a crawl on as many.
//
// The pages are fetched from the site first (untimed) and held in memory.
// 2,000 pages of 170 KiB make a live heap twenty times the crawl's, so
// garbage collection, which runs when the heap has doubled, is far rarer
// than in the crawl, and the extractor alone looks cheaper than it is.
// With fromFiles they are kept in files instead, each read just before it
// is extracted, and the CPU of reading them alone is taken off: then the
// live heap is smaller than the crawl's and collections more frequent. The
// crawl's own profile has neither bias.
func extractOn(addr string, n, procs int) time.Duration {
	bodies := fetchArticles(addr, n)
	page := func(i int) []byte { return bodies[i] }
	if fromFiles {
		dir, err := os.MkdirTemp("", "newsprint-crawlbench-pages")
		if err != nil {
			fail(err)
		}
		defer os.RemoveAll(dir)
		for i, b := range bodies {
			if err := os.WriteFile(filepath.Join(dir, strconv.Itoa(i)), b, 0o644); err != nil {
				fail(err)
			}
		}
		bodies = nil
		page = func(i int) []byte {
			b, err := os.ReadFile(filepath.Join(dir, strconv.Itoa(i)))
			if err != nil {
				fail(err)
			}
			return b
		}
	}
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	var reading time.Duration
	if fromFiles {
		reading = onEach(n, procs, func(i int) { page(i) })
	}
	both := onEach(n, procs, func(i int) {
		if _, err := extractor.Extract(page(i), fmt.Sprintf("http://%s/a/%d", addr, i), extractor.Options{}); err != nil {
			fail(err)
		}
	})
	return (both - reading) / time.Duration(n)
}

// onEach calls fn for 0 to n-1 on procs goroutines (fetches or
// extractions) and returns the process's CPU time meanwhile.
func onEach(n, procs int, fn func(int)) time.Duration {
	next := make(chan int)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	for w := 0; w < procs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fn(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	return cpuTime() - cpu0
}

// crawlOnce crawls the site from scratch (a new state and output) and
// returns the crawl's CPU per fetched page, and the part of it spent in
// extraction according to a CPU profile of the crawl (written to
// cpuprofile too, if set). If memprofile is set, a heap profile taken as
// the crawl ends is written there.
func crawlOnce(addr string, pages, parallel, procs int, withWARC bool, cpuprofile, memprofile string) (perPage, extraction time.Duration) {
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
	var arc *archive.Archive
	if withWARC {
		if arc, err = archive.Open(archive.Options{Dir: filepath.Join(dir, "warc")}); err != nil {
			fail(err)
		}
	}
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	var prof bytes.Buffer
	if err := pprof.StartCPUProfile(&prof); err != nil {
		fail(err)
	}
	cpu0, sys0 := cpuTime(), sysTime()
	start := time.Now()
	stats, err := pipeline.Run(ctx, pipeline.Config{
		Seeds: []string{"http://" + addr + "/"}, Store: st, Sink: sink, OutPath: out,
		Delay: -1, Parallel: parallel, RevisitAfter: -1, Archive: arc,
		// The real pages link to their own sites' paths, which resolve to
		// this host and would be fetched as 404s.
		Include: []*regexp.Regexp{regexp.MustCompile(`^http://[^/]+/(i/[0-9]+|a/[0-9]+)?$`)},
	})
	if err != nil {
		fail(err)
	}
	if memprofile != "" {
		f, err := os.Create(memprofile)
		if err != nil {
			fail(err)
		}
		runtime.GC() // the profile shows the heap as of the last GC
		if err := pprof.WriteHeapProfile(f); err != nil {
			fail(err)
		}
		f.Close()
	}
	if arc != nil {
		if err := arc.Close(); err != nil {
			fail(err)
		}
	}
	if err := sink.Close(); err != nil {
		fail(err)
	}
	if err := st.Close(); err != nil {
		fail(err)
	}
	wall := time.Since(start)
	cpu, sys := cpuTime()-cpu0, sysTime()-sys0
	pprof.StopCPUProfile()
	if cpuprofile != "" {
		if err := os.WriteFile(cpuprofile, prof.Bytes(), 0o644); err != nil {
			fail(err)
		}
	}
	share := extractionShare(prof.Bytes())
	runtime.ReadMemStats(&m1)
	fetched := max(stats.Fetched, 1)
	fmt.Printf("crawl: %d fetched, %d articles, %d errors in %s: %.0f pages/s; %s a page in the kernel; %d GCs, %.0f KiB allocated a page\n",
		stats.Fetched, stats.Articles, stats.Errors, wall.Round(time.Millisecond), float64(stats.Fetched)/wall.Seconds(),
		(sys / time.Duration(max(stats.Fetched, 1))).Round(time.Microsecond),
		m1.NumGC-m0.NumGC, float64(m1.TotalAlloc-m0.TotalAlloc)/1024/float64(fetched))
	if arc != nil {
		var size int64
		files, _ := archive.Files(filepath.Join(dir, "warc"))
		for _, f := range files {
			if fi, err := os.Stat(f); err == nil {
				size += fi.Size()
			}
		}
		fmt.Printf("warc: %d records in %d files, %.1f MiB\n", arc.Records(), len(files), float64(size)/(1<<20))
	}
	perPage = cpu / time.Duration(fetched)
	return perPage, time.Duration(share * float64(perPage))
}

// extractionShare is the fraction of a CPU profile's samples taken inside
// extractor.ExtractPage: the crawl's extraction, measured in the same
// seconds as the rest of the crawl, whatever this shared machine's speed
// does meanwhile.
func extractionShare(data []byte) float64 {
	p, err := profile.ParseData(data)
	if err != nil {
		fail(err)
	}
	var total, inside int64
	for _, s := range p.Sample {
		v := s.Value[len(s.Value)-1] // cpu nanoseconds
		total += v
	stack:
		for _, loc := range s.Location {
			for _, l := range loc.Line {
				if l.Function != nil && l.Function.Name == "github.com/newsprint/newsprint/extractor.ExtractPage" {
					inside += v
					break stack
				}
			}
		}
	}
	if total == 0 {
		return 0
	}
	return float64(inside) / float64(total)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// fetchAlone fetches every article with a plain net/http client, parallel
// at a time over kept-alive connections, and returns the CPU per page.
func fetchAlone(addr string, pages, parallel int) time.Duration {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: parallel}}
	cpu := onEach(pages, parallel, func(i int) {
		resp, err := client.Get(fmt.Sprintf("http://%s/a/%d", addr, i))
		if err != nil {
			fail(err)
		}
		if _, err := io.ReadAll(resp.Body); err != nil {
			fail(err)
		}
		resp.Body.Close()
	})
	return cpu / time.Duration(pages)
}

// server is the child process serving the site, killed by fail too (a
// deferred kill does not run on os.Exit).
var server *os.Process

func fail(err error) {
	fmt.Fprintln(os.Stderr, "crawlbench:", err)
	if server != nil {
		server.Kill()
	}
	os.Exit(1)
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sysTime is the CPU time spent in the kernel for this process.
func sysTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Stime.Nano())
}

func freeAddr() string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fail(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// waitUp waits for the site to answer; loading the real pages takes a
// few seconds.
func waitUp(addr string) {
	for i := 0; i < 1200; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	fail(fmt.Errorf("site did not start on %s", addr))
}

var words = strings.Fields("the council city river harbour railway station market school report minister budget plan voters police court museum festival weather traffic")

// paras is the number of paragraphs in an article.
var paras = 8

// synthetic is a news page of about 12 KB (with 8 paragraphs):
// navigation, a cookie banner, a headline, a byline, the paragraphs, related
// links and a footer.
func synthetic(i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story %d | Bench News</title>
<meta property="og:site_name" content="Bench News"><meta property="article:published_time" content="2024-03-%02dT10:00:00Z">
<link rel="canonical" href="/a/%d"></head><body><nav class="menu"><a href="/">Home</a><a href="/i/0">Latest</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept</button></div><article><h1>Story number %d about the %s</h1>
<p class="byline">By Bench Reporter</p>`, i, 1+i%28, i, i, words[i%len(words)])
	for p := 0; p < paras; p++ {
		b.WriteString("<p>")
		for w := 0; w < 60; w++ {
			b.WriteString(words[(i*7+p*13+w*3)%len(words)])
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "in story %d.</p>\n", i)
	}
	fmt.Fprintf(&b, `</article><div class="related"><h3>Related</h3><ul><li><a href="/a/%d">Previous</a></li></ul></div>
<footer>Copyright 2024 Bench News. All rights reserved.</footer></body></html>`, max(i-1, 0))
	return []byte(b.String())
}

// serveSite serves a news site of the given articles: a home page linking
// index pages /i/N, each linking perIndex articles /a/N.
func serveSite(addr string, pages int, article func(i int) []byte) {
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
			b := article(n)
			if !utf8.Valid(b) {
				// Found by the extractor in the page, as from a server
				// that does not say.
				w.Header().Set("Content-Type", "text/html")
			} else {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
			}
			w.Write(b)
		default:
			http.NotFound(w, r)
		}
	})
	if err := http.ListenAndServe(addr, h); err != nil {
		fail(err)
	}
}
