// Command manyhost measures crawls bound by politeness, not by CPU:
// newsprint, Scrapy (with readability-lxml) and a plain colly crawler
// (with go-readability) on the same loopback site in the same run, with
// the same politeness.
//
// The site is -hosts hosts, each on its own loopback address (127.0.0.2,
// 127.0.0.3, ...; one port), each a home page linking -pages articles, the
// real news pages of the shared extraction benchmarks. One of them (the
// slow host) answers every article after -slow-delay, its robots.txt too
// with -slow-robots. The server records when each request started and
// ended, so the bench knows when the last article of the normal hosts was
// served, whatever the crawler does after. Their floor is -pages requests
// at -delay between starts (10 s at the defaults).
//
//	cd bench && go run ./manyhost -rounds 3
//	cd bench && go run ./manyhost -stop            # stop latency after SIGINT and SIGTERM
//	cd bench && go run ./manyhost -newsprint /tmp/np-other -crawlers newsprint
//
// Each crawler runs against a fresh state of the site, in an order that
// rotates from round to round; the medians over rounds are reported. A
// crawler gets SIGINT at -limit, or -linger after the normal hosts are
// done, and SIGKILL -grace after that.
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/newsprint/newsprint/bench/internal/corpus"
	"github.com/newsprint/newsprint/bench/internal/proc"
)

var inf = math.Inf(1)

func main() {
	var cfg siteConfig
	flag.IntVar(&cfg.hosts, "hosts", 20, "hosts of the site (127.0.0.2 upwards)")
	flag.IntVar(&cfg.pages, "pages", 100, "articles per host")
	flag.IntVar(&cfg.slowHost, "slow-host", 0, "which host is slow (0 is 127.0.0.2, the first seed; -1 for none)")
	flag.DurationVar(&cfg.slowDelay, "slow-delay", 10*time.Second, "how long the slow host takes to answer each article")
	flag.BoolVar(&cfg.slowRobots, "slow-robots", false, "the slow host's robots.txt takes -slow-delay too")
	var pol politeness
	flag.DurationVar(&pol.delay, "delay", 100*time.Millisecond, "politeness: time between the starts of two requests to one host")
	flag.IntVar(&pol.parallel, "parallel", 2, "politeness: requests in flight per host")
	flag.IntVar(&pol.concurrency, "concurrency", 64, "requests in flight in all (newsprint --concurrency, Scrapy CONCURRENT_REQUESTS; colly has no such bound)")
	flag.DurationVar(&pol.timeout, "timeout", 30*time.Second, "time limit of one request (newsprint's default; colly's is 10s, Scrapy's 180s)")
	var lim limits
	flag.DurationVar(&lim.limit, "limit", 120*time.Second, "stop a crawler this long after its start")
	flag.DurationVar(&lim.linger, "linger", 5*time.Second, "stop a crawler this long after the normal hosts are done")
	flag.DurationVar(&lim.grace, "grace", 10*time.Second, "kill a crawler this long after it was asked to stop")
	rounds := flag.Int("rounds", 3, "rounds; the crawlers' order rotates")
	names := flag.String("crawlers", "newsprint,scrapy,colly", "comma-separated crawlers to measure: newsprint, scrapy, scrapy-broad (Scrapy with the DownloaderAwarePriorityQueue its broad-crawl docs recommend), colly")
	newsprintBin := flag.String("newsprint", "", "newsprint binary to measure (default: built from -repo), or several as NAME=BIN,NAME=BIN, each measured as newsprint-NAME in the same rounds")
	repo := flag.String("repo", "..", "newsprint checkout to build the binary from")
	python := flag.String("python", "/usr/bin/python3", "Python with Debian's python3-scrapy and python3-readability")
	var sopt scrapyOptions
	flag.BoolVar(&sopt.extract, "scrapy-extract", true, "Scrapy extracts each article with readability-lxml (false: fetch and follow only, to see its scheduling apart from its CPU)")
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmark datasets (the articles' pages)")
	flag.StringVar(&logDir, "logs", "", "keep each run's crawler log (stderr) in this folder")
	stopMode := flag.Bool("stop", false, "instead: measure the stop latency after SIGINT and SIGTERM at default flags")
	stopAt := flag.Duration("stop-at", 5*time.Second, "with -stop: send the signal this long after the start")
	crawlDelay := flag.Int("crawl-delay", 1, "with -stop: robots.txt Crawl-delay of every host, in seconds")
	flag.Parse()
	if cfg.slowHost >= cfg.hosts {
		fail(fmt.Errorf("-slow-host %d: the site has hosts 0 to %d", cfg.slowHost, cfg.hosts-1))
	}

	if _, err := os.Stat(*data); err != nil {
		fail(fmt.Errorf("the shared benchmark pages are not there: %w (they live in shared/benchmarks beside the checkout; pass -data DIR)", err))
	}
	tmp, err := os.MkdirTemp("", "manyhost-bin")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	crawlers, err := prepare(strings.Split(*names, ","), tmp, *newsprintBin, *repo, *python, sopt)
	if err != nil {
		os.RemoveAll(tmp)
		fail(err)
	}
	pages, err := corpus.LoadFirst(*data, cfg.hosts*cfg.pages)
	if err != nil {
		os.RemoveAll(tmp)
		fail(err)
	}
	s, err := startSite(cfg, pages.Article)
	if err != nil {
		fail(err)
	}
	defer s.close()
	fmt.Printf("manyhost: %s, %d cores, %s\n", runtime.Version(), runtime.NumCPU(), time.Now().UTC().Format(time.RFC3339))
	if *stopMode {
		stopCfg := cfg
		stopCfg.crawlDelay = *crawlDelay
		d := time.Duration(*crawlDelay) * time.Second
		measureStops(s, stopCfg, crawlers, politeness{delay: d, parallel: 2, concurrency: 64, timeout: 30 * time.Second, defaults: true}, *stopAt, lim.limit)
		return
	}
	fmt.Printf("site: %d hosts × %d articles (%d distinct real pages) on port %d; slow host %s\n",
		cfg.hosts, cfg.pages, pages.Len(), s.port, describeSlow(cfg))
	fmt.Printf("politeness: %s between request starts per host, %d in flight per host, %d in all, %s request timeout; SIGINT at %s or %s after the normal hosts are done, SIGKILL %s later\n\n",
		pol.delay, pol.parallel, pol.concurrency, pol.timeout, lim.limit, lim.linger, lim.grace)
	results := map[string][]result{}
	for round := 0; round < *rounds; round++ {
		for i := range crawlers {
			c := crawlers[(i+round)%len(crawlers)]
			r, err := runOne(s, cfg, c, pol, lim)
			if err != nil {
				fail(err)
			}
			printRun(round+1, r, pol.delay, cfg.pages)
			results[c.name] = append(results[c.name], r)
		}
	}
	printTable(crawlers, results, cfg, pol, lim)
}

// prepare builds or checks each named crawler.
func prepare(names []string, tmp, newsprintBin, repo, python string, sopt scrapyOptions) ([]crawler, error) {
	var out []crawler
	for _, name := range names {
		name = strings.TrimSpace(name)
		switch name {
		case "newsprint":
			if newsprintBin != "" {
				bins, err := newsprintBins(newsprintBin)
				if err != nil {
					return nil, err
				}
				out = append(out, bins...)
				continue
			}
			bin := filepath.Join(tmp, "newsprint")
			if err := proc.GoBuild(repo, "./cmd/newsprint", bin); err != nil {
				return nil, fmt.Errorf("build newsprint (-repo): %w", err)
			}
			fmt.Printf("newsprint: built from %s at %s\n", repo, proc.Revision(repo))
			out = append(out, newsprintCrawler(bin))
		case "scrapy", "scrapy-broad":
			if err := checkScrapy(python); err != nil {
				return nil, err
			}
			opt := sopt
			opt.broad = opt.broad || name == "scrapy-broad"
			fmt.Printf("%s: %s (Scrapy %s, %s)\n", name, python, scrapyVersion(python), opt)
			c := scrapyCrawler(python, opt)
			c.name = name
			out = append(out, c)
		case "colly":
			if _, err := os.Stat(filepath.Join("manyhost", "collycrawl")); err != nil {
				return nil, fmt.Errorf("colly: run the bench from the bench folder (cd bench && go run ./manyhost): %w", err)
			}
			bin := filepath.Join(tmp, "collycrawl")
			if err := proc.GoBuild(".", "./manyhost/collycrawl", bin); err != nil {
				return nil, err
			}
			fmt.Printf("colly: colly v2 + go-readability (bench/manyhost/collycrawl)\n")
			out = append(out, collyCrawler(bin))
		default:
			return nil, fmt.Errorf("-crawlers: unknown crawler %q (want newsprint, scrapy, scrapy-broad or colly)", name)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-crawlers: none given")
	}
	return out, nil
}

// newsprintBins reads -newsprint: one binary, or NAME=BIN pairs.
func newsprintBins(list string) ([]crawler, error) {
	var out []crawler
	seen := map[string]bool{}
	for _, item := range strings.Split(list, ",") {
		name, bin, named := strings.Cut(strings.TrimSpace(item), "=")
		if !named {
			name, bin = "", name
		}
		if _, err := os.Stat(bin); err != nil {
			return nil, fmt.Errorf("-newsprint: %w", err)
		}
		c := newsprintCrawler(bin)
		if named {
			c.name += "-" + name
		}
		if seen[c.name] {
			return nil, fmt.Errorf("-newsprint %q: %s named twice", list, c.name)
		}
		seen[c.name] = true
		fmt.Printf("%s: %s\n", c.name, bin)
		out = append(out, c)
	}
	return out, nil
}

func describeSlow(cfg siteConfig) string {
	if cfg.slowHost < 0 {
		return "none"
	}
	what := "articles"
	if cfg.slowRobots {
		what = "articles and robots.txt"
	}
	return fmt.Sprintf("%s (its %s answer after %s)", hostIP(cfg.slowHost), what, cfg.slowDelay)
}

func printRun(round int, r result, delay time.Duration, pages int) {
	sum := r.sum
	normal := fmt.Sprintf("%d/%d normal-host articles by the stop", sum.normalArticles, sum.normalWant)
	if sum.complete() {
		normal = fmt.Sprintf("normal hosts done at %.1f s (hosts done %.1f–%.1f s, median %.1f s)", sum.normalDone.Seconds(),
			sum.hostDone[0].Seconds(), sum.hostDone[len(sum.hostDone)-1].Seconds(), percentile(sum.hostDone, 0.5).Seconds())
	}
	end := fmt.Sprintf("exited by itself at %.1f s", r.wall.Seconds())
	if r.stopped != "" {
		how := "exited"
		if r.killed {
			how = "killed"
		}
		end = fmt.Sprintf("SIGINT at %.1f s (%s), %s %.1f s later", r.wall.Seconds(), r.stopped, how, r.exitAfter.Seconds())
	}
	fmt.Printf("round %d %-9s %s; %s; %d articles emitted", round, r.crawler, normal, end, r.emitted)
	if r.badLines > 0 {
		fmt.Printf(" (+%d bad lines)", r.badLines)
	}
	slow := "-"
	if sum.slowHost >= 0 {
		slow = fmt.Sprint(sum.hosts[sum.slowHost].articles)
	}
	fmt.Printf("; slow host %s articles; %d other requests; starts closer than %s (%.0f%% of %s, at the server): %d of %d gaps (min %s); CPU %.1f s; peak RSS %d MiB\n",
		slow, sum.others, time.Duration(closeTolerance*float64(delay)), 100*closeTolerance, delay, sum.close, sum.gaps, sum.minGap.Round(time.Millisecond), r.cpu.Seconds(), r.maxRSS/1024)
	if r.exitErr != nil && r.stopped == "" {
		fmt.Printf("    %s exited with %v:\n    %s\n", r.crawler, r.exitErr, strings.ReplaceAll(r.logTail, "\n", "\n    "))
	}
}

// printTable prints the medians as a Markdown table, against the floor and
// against each other.
func printTable(crawlers []crawler, results map[string][]result, cfg siteConfig, pol politeness, lim limits) {
	floor := float64(cfg.pages) * pol.delay.Seconds()
	med := map[string]float64{}
	for _, c := range crawlers {
		var xs []float64
		for _, r := range results[c.name] {
			xs = append(xs, r.normalSeconds())
		}
		med[c.name] = medianSeconds(xs)
	}
	fmt.Printf("\nmedians of %d rounds; floor of the normal hosts: %d articles × %s = %.0f s\n\n", len(results[crawlers[0].name]), cfg.pages, pol.delay, floor)
	header := "| crawler | normal hosts done | × floor |"
	for _, c := range crawlers {
		header += " × " + c.name + " |"
	}
	fmt.Println(header + " range | runs complete | normal-host articles by the stop | articles emitted | starts closer than 90% of the delay, at the server | CPU | peak RSS |")
	fmt.Println("|" + strings.Repeat("---|", 10+len(crawlers)))
	for _, c := range crawlers {
		rs := results[c.name]
		var xs, got, emitted, rss, cpu []float64
		complete, close, gaps := 0, 0, 0
		for _, r := range rs {
			xs = append(xs, r.normalSeconds())
			emitted = append(emitted, float64(r.emitted))
			got = append(got, float64(r.sum.normalArticles))
			rss = append(rss, float64(r.maxRSS)/1024)
			cpu = append(cpu, r.cpu.Seconds())
			if r.sum.complete() {
				complete++
			}
			close, gaps = close+r.sum.close, gaps+r.sum.gaps
		}
		row := fmt.Sprintf("| %s | %s | %s |", c.name, seconds(med[c.name], lim.limit), ratio(med[c.name], floor, lim.limit))
		for _, o := range crawlers {
			row += " " + ratio(med[c.name], med[o.name], lim.limit) + " |"
		}
		fmt.Printf("%s %s – %s | %d/%d | %.0f of %d | %.0f | %.1f%% | %.1f s | %.0f MiB |\n", row,
			seconds(slices.Min(xs), lim.limit), seconds(slices.Max(xs), lim.limit), complete, len(rs),
			medianSeconds(got), rs[0].sum.normalWant, medianSeconds(emitted), 100*float64(close)/float64(max(gaps, 1)), medianSeconds(cpu), medianSeconds(rss))
	}
}

// measureStops measures, for each crawler, the time from SIGINT and from
// SIGTERM to its exit.
func measureStops(s *site, cfg siteConfig, crawlers []crawler, pol politeness, at, limit time.Duration) {
	fmt.Printf("stop latency: %d hosts, robots.txt Crawl-delay %d s, slow host %s; newsprint at default flags, Scrapy with DOWNLOAD_DELAY %s and %d per host in its place; signal at %s, SIGKILL %s after it\n\n",
		cfg.hosts, cfg.crawlDelay, describeSlow(cfg), pol.delay, pol.parallel, at, limit)
	fmt.Println("| crawler | signal | exit after the signal | requests started after it (articles) | articles emitted |")
	fmt.Println("|---|---|---|---|---|")
	for _, c := range crawlers {
		if c.name == "colly" {
			continue // no signal handling: Go's default, an immediate exit
		}
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
			r, err := stopOne(s, cfg, c, pol, sig, at, limit)
			if err != nil {
				fail(err)
			}
			exit := fmt.Sprintf("%.2f s", r.exitAfter.Seconds())
			switch {
			case r.exitedEarly:
				exit = fmt.Sprintf("exited before the signal (%v)", r.exitErr)
			case r.killed:
				exit = fmt.Sprintf("> %.0f s (killed)", limit.Seconds())
			}
			fmt.Printf("| %s | %s | %s | %d (%d) | %d |\n", c.name, strings.ToUpper(unixName(sig)), exit, r.startedAfter, r.articlesAfter, r.emitted)
		}
	}
}

func unixName(sig syscall.Signal) string {
	if sig == syscall.SIGINT {
		return "sigint"
	}
	return "sigterm"
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "manyhost:", err)
	os.Exit(1)
}
