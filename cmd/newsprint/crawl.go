package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/redact"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/sqlitestore"
)

// DefaultStateDir is where the crawl state lives unless --state says.
const defaultStateDir = ".newsprint-state"

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// runCrawl implements 'newsprint crawl'.
func runCrawl(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var (
		out       = fs.String("out", "-", "JSONL output file; '-' is stdout; a .gz suffix compresses")
		state     = fs.String("state", defaultStateDir, "directory of the embedded crawl state (SQLite)")
		maxPages  = fs.Int("max-pages", 0, "stop after this many fetches (0: no limit)")
		maxDepth  = fs.Int("max-depth", 5, "follow links this many steps from a seed (0: the seeds only, no links, sitemap or feed entries)")
		delay     = fs.Duration("delay", time.Second, "least time between the starts of two requests to one host, across its --parallel slots (0s: none; a longer robots.txt Crawl-delay wins)")
		parallel  = fs.Int("parallel", 2, "requests in flight per host (their starts still --delay apart)")
		conc      = fs.Int("concurrency", 64, "requests in flight in this process, across all hosts")
		userAgent = fs.String("user-agent", pipeline.DefaultUserAgent, "User-Agent header")
		timeout   = fs.Duration("timeout", 30*time.Second, "time limit of one request")
		maxBytes  = byteSize(10 << 20)
		retries   = fs.Int("retries", 3, "retries of a timeout, reset, 5xx or 429 (0: none)")
		revisit   = fs.Duration("revisit-after", 24*time.Hour, "revalidate known articles older than this with a conditional GET (0s: on every run; negative: never)")
		nearDups  = fs.String("near-duplicates", pipeline.NearMark, "articles whose text is, or is close to, that of one emitted before under another URL: mark (an alias record without the body for the same text; duplicate_of set for a near copy), drop, or off")
		listings  = fs.Int("max-listings", pipeline.DefaultMaxListings, "listing pages (home, section, tag pages seen before) revisited per run on their adaptive schedule (0: none)")
		statsFile = fs.String("stats", "", "also write the summary as JSON to this file")
		logFormat = fs.String("log-format", "text", "log format on stderr: text or json")
		verbose   = fs.Bool("v", false, "log every skipped and failed page")
		warcDir   = fs.String("warc", "", "write a WARC 1.1 archive of every fetch (.warc.gz files and index.jsonl) into this directory")
		warcSize  = byteSize(archive.DefaultMaxSize)
		redisURL  = fs.String("redis", "", "share the crawl with other processes through this Redis (redis://HOST:PORT/DB) instead of --state")
		crawlID   = fs.String("crawl-id", "", "with --redis: the name of the shared crawl (the same in every process)")
		workerID  = fs.String("worker", "", "with --redis: this process's name, stable across its restarts (default: host name and --out path)")
		leaseTTL  = fs.Duration("lease-ttl", 2*time.Minute, "with --redis: URLs held by a process that died are fetched by others after this")
		allow     listFlag
		include   listFlag
		exclude   listFlag
	)
	fs.Var(&allow, "allow-host", "host whose pages may be fetched (repeatable; default: the seeds' hosts, with and without www.)")
	fs.Var(&maxBytes, "max-bytes", "read at most this many decompressed bytes of a page or feed (bytes, or with a K, M or G suffix): a larger page yields only its links, a larger feed is skipped")
	fs.Var(&warcSize, "warc-max-size", "start a new WARC file once one reaches this size (bytes, or with a K, M or G suffix)")
	fs.Var(&include, "include", "only follow pages whose URL matches this regexp (repeatable; sitemaps and feeds are still read, their entries filtered)")
	fs.Var(&exclude, "exclude", "never fetch URLs matching this regexp, sitemaps and feeds included (repeatable)")
	body := extractor.DefaultBody
	fs.Var(&body, "body", "forms of the article body to emit, comma-separated: text, html, markdown")
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: newsprint crawl [flags] SEED_URL...\n\n"+
			"Crawls news sites from the seed URLs (http, https or file) and writes each\n"+
			"new or changed article as one JSON line. Re-runs with the same --state fetch\n"+
			"and emit only what is new or changed.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	configPath := fs.String("config", "", "YAML file of sites, each with its own seeds, limits and selector overrides (flags given explicitly win)")
	seeds, done, err := parseArgs(fs, args, stdout)
	if done {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	flagSite := siteConfig{
		Name: "command line", Seeds: seeds, AllowHosts: allow, Include: include, Exclude: exclude,
		MaxPages: number{*maxPages, true}, MaxDepth: number{*maxDepth, true}, Delay: duration{*delay, true},
		Parallel: number{*parallel, true}, Timeout: duration{*timeout, true}, UserAgent: *userAgent,
	}
	if err := checkCrawlFlags(&flagSite, *conc, *retries, *leaseTTL); err != nil {
		fmt.Fprintf(stderr, "newsprint crawl: %v\n", err)
		return errUsage
	}
	if err := checkNearDuplicates(*nearDups); err != nil {
		fmt.Fprintf(stderr, "newsprint crawl: %v\n", err)
		return errUsage
	}
	if *listings < 0 {
		fmt.Fprintf(stderr, "newsprint crawl: --max-listings %d: want 0 (none) or more\n", *listings)
		return errUsage
	}
	var sites []siteConfig
	if *configPath != "" {
		cf, err := loadConfig(*configPath)
		if err != nil {
			fmt.Fprintf(stderr, "newsprint crawl: --config %v\n", err)
			return errUsage
		}
		for _, site := range cf.Sites {
			site.fill(flagSite)
			site.override(flagSite, set)
			sites = append(sites, site)
		}
	}
	if len(seeds) > 0 {
		sites = append(sites, flagSite)
	}
	if len(sites) == 0 {
		fmt.Fprintln(stderr, "newsprint crawl: no seed URL given")
		fs.Usage()
		return errUsage
	}
	type prepared struct {
		site     siteConfig
		inc, exc []*regexp.Regexp
	}
	var runs []prepared
	for _, site := range sites {
		inc, err := compileAll("include", site.Include, stderr)
		if err != nil {
			return err
		}
		exc, err := compileAll("exclude", site.Exclude, stderr)
		if err != nil {
			return err
		}
		for _, s := range site.Seeds {
			if _, err := pipeline.Normalize(s); err != nil {
				fmt.Fprintf(stderr, "newsprint crawl: %s: seed %q: %v%s\n", site.Name, redact.URL(s), redact.Error(err), seedHint(s))
				return errUsage
			}
		}
		runs = append(runs, prepared{site, inc, exc})
	}
	var handler slog.Handler
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	switch *logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})
	case "json":
		handler = slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level})
	default:
		fmt.Fprintf(stderr, "newsprint crawl: --log-format %q: want text or json\n", *logFormat)
		return errUsage
	}
	logger := slog.New(handler)

	var st interface {
		pipeline.Store
		Close() error
	}
	var limiter pipeline.HostLimiter
	if *redisURL != "" {
		if *crawlID == "" {
			fmt.Fprintln(stderr, "newsprint crawl: --redis needs --crawl-id NAME")
			return errUsage
		}
		if set["state"] {
			fmt.Fprintln(stderr, "newsprint crawl: --state and --redis exclude each other")
			return errUsage
		}
		if err := redisstore.Check(*redisURL, *crawlID); err != nil {
			fmt.Fprintf(stderr, "newsprint crawl: --redis: %v\n", err)
			return errUsage
		}
		w := *workerID
		if w == "" {
			w = defaultWorker(*out)
		}
		rs, err := redisstore.Open(ctx, *redisURL, *crawlID, redisstore.Options{
			Worker: w, LeaseTTL: *leaseTTL, SlotTTL: max(2*time.Minute, 3*(*timeout)), Logger: logger,
		})
		if err != nil {
			return fmt.Errorf("--redis: %w", err)
		}
		st, limiter = rs, rs
	} else {
		ss, err := sqlitestore.Open(ctx, *state)
		if err != nil {
			return err
		}
		st = ss
	}
	defer st.Close()
	var arc *archive.Archive
	if *warcDir != "" {
		arc, err = archive.Open(archive.Options{Dir: *warcDir, MaxSize: int64(warcSize), Software: extractor.Version, UserAgent: *userAgent})
		if err != nil {
			return fmt.Errorf("--warc %s: %w", *warcDir, err)
		}
		for _, f := range arc.Repaired() {
			logger.Warn("closed a WARC file a killed run left open, cut to its last complete record", "file", f)
		}
	}
	sink, err := pipeline.OpenJSONL(*out, stdout)
	if err != nil {
		if arc != nil {
			arc.Close()
		}
		return err
	}
	// The checkpoint records the output's size, which only a plain
	// regular file has: not a .gz, /dev/null or a named pipe.
	outPath := ""
	if *out != "-" && *out != "" && !strings.HasSuffix(*out, ".gz") {
		if fi, err := os.Stat(*out); err == nil && fi.Mode().IsRegular() {
			outPath = *out
		}
	}
	progress := newProgress(stderr)
	start := time.Now()
	var stats pipeline.Stats
	var runErr error
	for _, r := range runs {
		if ctx.Err() != nil {
			break
		}
		// The library reads 0 as "the default"; here 0 means none.
		d := r.site.Delay.Duration
		if d == 0 {
			d = -1
		}
		depth := r.site.MaxDepth.N
		if depth == 0 {
			depth = -1 // the seeds only
		}
		retryCount := *retries
		if retryCount == 0 {
			retryCount = -1 // none
		}
		revisitAfter := *revisit
		if revisitAfter == 0 {
			revisitAfter = time.Nanosecond // every run
		}
		if len(runs) > 1 {
			logger.Info("crawling site", "site", r.site.Name, "seeds", len(r.site.Seeds))
		}
		s, err := pipeline.Run(ctx, pipeline.Config{
			Seeds: r.site.Seeds, Store: st, Sink: sink, OutPath: outPath,
			MaxPages: r.site.MaxPages.N, MaxDepth: depth, Delay: d, Parallel: r.site.Parallel.N,
			Concurrency: *conc, UserAgent: r.site.UserAgent, AllowHosts: r.site.AllowHosts, Include: r.inc, Exclude: r.exc,
			Timeout: r.site.Timeout.Duration, MaxBodyBytes: int(maxBytes), Retries: retryCount, RevisitAfter: revisitAfter,
			NearDuplicates: *nearDups, MaxListings: maxListings(*listings),
			Extract: extractor.Options{Selectors: r.site.Selectors, Body: body}, Archive: arc, Limiter: limiter,
			Logger: logger.With("site", r.site.Name), Progress: progress.update,
		})
		stats = stats.Add(s)
		if err != nil {
			runErr = err
			if len(runs) > 1 { // which of the config's sites
				runErr = fmt.Errorf("%s: %w", r.site.Name, err)
			}
			break
		}
	}
	progress.done()
	if err := sink.Close(); err != nil && runErr == nil {
		runErr = err
	}
	// A crawl shared through Redis may find its work done by the others:
	// no outcome at all is not a failure; nor are failures only, while the
	// other processes fetched pages.
	if runErr == nil && ctx.Err() == nil {
		runErr = verdict(ctx, stats, st, logger) // faults.go: exit 3, saying why
	}
	if arc != nil {
		if err := arc.Close(); err != nil && runErr == nil {
			runErr = fmt.Errorf("--warc: %w", err)
		}
	}
	failed := runErr != nil && !errors.Is(runErr, errNothingFetched)
	if *logFormat == "json" {
		summaryJSON(logger, stats, time.Since(start), ctx.Err() != nil, failed, arc, *warcDir)
	} else {
		summary(stderr, stats, time.Since(start), ctx.Err() != nil, failed, *redisURL != "")
		if arc != nil {
			fmt.Fprintf(stderr, "  WARC: %d records written to %s, besides the warcinfo record that opens each file\n", arc.Records(), *warcDir)
		}
	}
	if *statsFile != "" {
		b, _ := json.MarshalIndent(stats, "", "  ")
		if err := os.WriteFile(*statsFile, append(b, '\n'), 0o644); err != nil && runErr == nil {
			runErr = fmt.Errorf("write stats: %w", err)
		}
	}
	return runErr
}

// defaultWorker names this process in a shared crawl: the host and the
// absolute output path, which stay the same when it is restarted.
func defaultWorker(out string) string {
	host, _ := os.Hostname()
	if out == "" || out == "-" {
		return host + ":stdout"
	}
	if abs, err := filepath.Abs(out); err == nil {
		out = abs
	}
	return host + ":" + out
}

// byteSize is a size flag: bytes, or a number with a K, M or G suffix
// (powers of 1024).
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(v string) error {
	s := strings.ToUpper(strings.TrimSpace(v))
	s = strings.TrimSuffix(s, "B")
	mult := int64(1)
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'K':
			mult, s = 1<<10, s[:n-1]
		case 'M':
			mult, s = 1<<20, s[:n-1]
		case 'G':
			mult, s = 1<<30, s[:n-1]
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n <= 0 || n*float64(mult) > 1<<50 {
		return fmt.Errorf("want a positive size such as 1G, 500M or 1048576")
	}
	*b = byteSize(n * float64(mult))
	return nil
}

// compileAll compiles the patterns of a repeatable regexp flag.
func compileAll(flagName string, patterns []string, stderr io.Writer) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, pat := range patterns {
		re, err := regexp.Compile(pat)
		if err != nil {
			fmt.Fprintf(stderr, "newsprint crawl: --%s %q: %v\n", flagName, pat, err)
			return nil, errUsage
		}
		out = append(out, re)
	}
	return out, nil
}

// summary writes the run's counts. A run that failed (the output or the
// state failing) says so: its articles were extracted, yet those after the
// last commit are not recorded and the next run fetches them again. A
// process of a crawl shared through Redis (shared) is resumed with the
// same --redis and --crawl-id, and the others take over its URLs at once
// when it stops cleanly (redisstore.Store.Close).
func summary(w io.Writer, s pipeline.Stats, d time.Duration, interrupted, failed, shared bool) {
	how, articles := "finished", "articles"
	again, stopped := "the same --state", "re-run with the same --state to resume"
	if shared {
		again, stopped = "the same --redis and --crawl-id", "its unfinished URLs are queued again, for the crawl's other processes or a re-run with the same --redis and --crawl-id"
	}
	switch {
	case failed:
		how, articles = "failed (the error follows; re-run with "+again+": what was not committed is fetched again)", "articles extracted"
	case interrupted:
		how = "interrupted (" + stopped + ")"
	}
	fmt.Fprintf(w, "newsprint crawl %s in %s: %d fetched, %d %s, %d errors\n", how, d.Round(time.Millisecond), s.Fetched, s.Articles, articles, s.Errors)
	for _, k := range s.Keys() {
		fmt.Fprintf(w, "  %-40s %d\n", k, s.Outcomes[k])
	}
}

// summaryJSON logs the run's summary as one JSON object, for --log-format
// json: the counts of summary, the outcomes by reason and the WARC records.
// failed is the text summary's "crawl failed": the output or the state
// failed, so the articles after the last commit are not recorded.
func summaryJSON(logger *slog.Logger, s pipeline.Stats, d time.Duration, interrupted, failed bool, arc *archive.Archive, warcDir string) {
	attrs := []any{"interrupted", interrupted, "failed", failed, "dur", d.Round(time.Millisecond).String(),
		"fetched", s.Fetched, "articles", s.Articles, "errors", s.Errors, "outcomes", s.Outcomes}
	if arc != nil {
		attrs = append(attrs, "warc_records", arc.Records(), "warc_dir", warcDir)
	}
	logger.Info("crawl summary", attrs...)
}

// progress draws a live line on a terminal, at most a few times a second.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	last  time.Time
	start time.Time
	drawn bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.tty = true
		}
	}
	return p
}

func (p *progress) update(s pipeline.Stats) {
	if !p.tty {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if time.Since(p.last) < 200*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(s.Fetched) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r\033[Kfetched %d  articles %d  errors %d  %.1f pages/s", s.Fetched, s.Articles, s.Errors, rate)
	p.drawn = true
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// maxListings maps --max-listings to Config.MaxListings, where 0 means the
// default and a negative number none.
func maxListings(n int) int {
	if n == 0 {
		return -1
	}
	return n
}

// checkNearDuplicates checks a --near-duplicates value, for crawl and
// extract alike.
func checkNearDuplicates(v string) error {
	switch v {
	case pipeline.NearMark, pipeline.NearDrop, pipeline.NearOff:
		return nil
	}
	return fmt.Errorf("--near-duplicates %q: want mark, drop or off", v)
}
