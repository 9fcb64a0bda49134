// Command bounds measures what hostile inputs cost a crawler (issue 14,
// item 4): an endless robots.txt, gzip bombs (a page, a sitemap, a sitemap
// index of them, a feed), an endless sitemap, a sitemap of a million URLs,
// pages of 500,000 and 1,000,000 links, URLs of 100,000 characters. Each
// input is a small news site served on loopback by the bench (20 real
// articles, a sitemap and a feed) with the hostile input in it; the
// baseline is the same site without it.
//
// newsprint (built from -repo, or -newsprint) and the plain colly crawler
// (bench/manyhost/collycrawl, for the inputs it reads: it reads no
// sitemaps or feeds) crawl each input in turn, each in a process of its
// own, and the bench reports their peak RSS (VmHWM polled from /proc), CPU,
// wall time and what they emitted. A crawler whose resident set reaches
// -max-rss is killed there: an unbounded input must not take the shared
// machine with it.
//
// With -base BIN an older newsprint build (main's, say) is measured too,
// alternating with the others in every round, and compared in a table of
// its own.
//
//	cd bench && go run ./bounds -rounds 2
//	cd bench && go run ./bounds -crawlers newsprint -base /tmp/newsprint-main
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsprint/newsprint/bench/internal/corpus"
	"github.com/newsprint/newsprint/bench/internal/proc"
)

// maxPages bounds every crawl: the hostile sitemaps and pages list up to a
// million article URLs (answered 404), and what is measured is what
// reading them costs, not fetching them all.
const maxPages = 300

func main() {
	rounds := flag.Int("rounds", 2, "rounds; each crawls every input with every crawler")
	only := flag.String("inputs", "", "comma-separated inputs to measure (default: all; the baseline is always measured)")
	crawlers := flag.String("crawlers", "newsprint,colly", "crawlers: newsprint, colly")
	newsprintBin := flag.String("newsprint", "", "newsprint binary to measure (default: built from -repo)")
	baseBin := flag.String("base", "", "also measure this newsprint binary (an older build, say main's) as crawler \"base\", alternating with the others in every round")
	repo := flag.String("repo", "..", "newsprint checkout to build the binary from")
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmark datasets (the articles' pages)")
	maxRSS := flag.Int64("max-rss", 2048, "kill a crawler whose resident set reaches this many MiB")
	limit := flag.Duration("limit", 120*time.Second, "stop a crawler (SIGINT) this long after its start")
	logDir := flag.String("logs", "", "keep each crawler's log (stderr) in this folder")
	serve := flag.String("serve", "", "instead: serve this input on loopback until interrupted, for a crawl by hand")
	flag.Parse()

	pages, err := corpus.LoadFirst(*data, normalArticles)
	if err != nil {
		fail(err)
	}
	if *serve != "" {
		ins, err := pick(inputs(), *serve)
		if err != nil {
			fail(err)
		}
		s, err := startSite(ins[len(ins)-1], pages.Article)
		if err != nil {
			fail(err)
		}
		fmt.Printf("serving %s at %s/\n", ins[len(ins)-1].name, s.base)
		select {}
	}
	tmp, err := os.MkdirTemp("", "bounds-bin")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	cs, err := prepare(strings.Split(*crawlers, ","), tmp, *newsprintBin, *repo)
	if err != nil {
		os.RemoveAll(tmp)
		fail(err)
	}
	if *baseBin != "" {
		if _, err := os.Stat(*baseBin); err != nil {
			os.RemoveAll(tmp)
			fail(fmt.Errorf("-base: %w", err))
		}
		cs = append(cs, crawler{name: "base", command: newsprintCommand(*baseBin)})
	}
	ins, err := pick(inputs(), *only)
	if err != nil {
		os.RemoveAll(tmp)
		fail(err)
	}
	lim := proc.Limits{Time: *limit, RSS: *maxRSS << 10}
	fmt.Printf("bounds: %s, %d cores, %s; every crawl --max-pages %d (colly -max-requests), killed at %d MiB resident, SIGINT at %s\n",
		runtime.Version(), runtime.NumCPU(), time.Now().UTC().Format(time.RFC3339), maxPages, *maxRSS, *limit)
	var runs []run
	for _, in := range ins {
		s, err := startSite(in, pages.Article)
		if err != nil {
			fail(err)
		}
		for round := 1; round <= *rounds; round++ {
			for i := range cs {
				c := cs[(i+round)%len(cs)]
				if c.name == "colly" && !in.colly {
					continue
				}
				r, err := runOne(s, c, lim, *logDir)
				if err != nil {
					s.close()
					fail(err)
				}
				r.round = round
				printRun(r)
				runs = append(runs, r)
			}
		}
		s.close()
	}
	printTable(ins, cs, runs)
}

// crawler is one measured crawler.
type crawler struct {
	name    string
	command func(seed, dir string, flags []string) *exec.Cmd
}

func prepare(names []string, tmp, newsprintBin, repo string) ([]crawler, error) {
	var out []crawler
	for _, name := range names {
		switch strings.TrimSpace(name) {
		case "newsprint":
			bin := newsprintBin
			if bin == "" {
				bin = filepath.Join(tmp, "newsprint")
				if err := proc.GoBuild(repo, "./cmd/newsprint", bin); err != nil {
					return nil, fmt.Errorf("build newsprint (-repo): %w", err)
				}
				fmt.Printf("newsprint: built from %s at %s\n", repo, proc.Revision(repo))
			} else if _, err := os.Stat(bin); err != nil {
				return nil, fmt.Errorf("-newsprint: %w", err)
			}
			out = append(out, crawler{name: "newsprint", command: newsprintCommand(bin)})
		case "colly":
			if _, err := os.Stat(filepath.Join("manyhost", "collycrawl")); err != nil {
				return nil, fmt.Errorf("colly: run the bench from the bench folder (cd bench && go run ./bounds): %w", err)
			}
			bin := filepath.Join(tmp, "collycrawl")
			if err := proc.GoBuild(".", "./manyhost/collycrawl", bin); err != nil {
				return nil, err
			}
			fmt.Println("colly: colly v2 + go-readability (bench/manyhost/collycrawl), 2 in flight, no delay, robots.txt obeyed")
			out = append(out, crawler{name: "colly", command: func(seed, dir string, _ []string) *exec.Cmd {
				return exec.Command(bin, "-seeds", seed, "-include", include(seed), "-article", `/a/[0-9]+$`,
					"-out", filepath.Join(dir, "out.jsonl"), "-parallel", "2", "-delay", "0s", "-max-requests", strconv.Itoa(maxPages))
			}})
		default:
			return nil, fmt.Errorf("-crawlers: unknown crawler %q (want newsprint or colly)", name)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("-crawlers: none given")
	}
	return out, nil
}

// newsprintCommand is the crawl of a newsprint binary: at its defaults but
// --delay 0s and --max-pages, plus the input's flags.
func newsprintCommand(bin string) func(seed, dir string, flags []string) *exec.Cmd {
	return func(seed, dir string, flags []string) *exec.Cmd {
		args := []string{"crawl", "--state", filepath.Join(dir, "state"), "--out", filepath.Join(dir, "out.jsonl"),
			"--stats", filepath.Join(dir, "stats.json"), "--delay", "0s", "--max-pages", strconv.Itoa(maxPages), "--include", include(seed)}
		return exec.Command(bin, append(append(args, flags...), seed)...)
	}
}

// include is the links both crawlers follow: the site's own pages. The
// real articles' relative links resolve to the bench site and would
// otherwise be fetched as 404s.
func include(seed string) string {
	return "^" + regexp.QuoteMeta(strings.TrimSuffix(seed, "/")) + "/(a/[^/]*|bomb|links|long)?$"
}

// pick keeps the inputs named in only (all if empty), the baseline first.
func pick(all []input, only string) ([]input, error) {
	if only == "" {
		return all, nil
	}
	out := []input{all[0]}
	for _, name := range strings.Split(only, ",") {
		name = strings.TrimSpace(name)
		i := slices.IndexFunc(all, func(in input) bool { return in.name == name })
		if i < 0 {
			var names []string
			for _, in := range all {
				names = append(names, in.name)
			}
			return nil, fmt.Errorf("-inputs: unknown input %q (want some of %s)", name, strings.Join(names, ", "))
		}
		if i > 0 {
			out = append(out, all[i])
		}
	}
	return out, nil
}

// run is one crawl of one input.
type run struct {
	input, crawler string
	round          int
	res            proc.Result
	emitted        int
	requests       int64
	long           int64          // requests for URLs over 2,083 characters
	inflight       int64          // the most requests for the input's paths at once
	sent           int64          // bytes written for the input's own paths
	outcomes       map[string]int // newsprint's summary (--stats)
	logTail        string
}

func runOne(s *site, c crawler, lim proc.Limits, logDir string) (run, error) {
	r := run{input: s.input.name, crawler: c.name}
	dir, err := os.MkdirTemp("", "bounds-"+c.name)
	if err != nil {
		return r, fmt.Errorf("scratch folder: %w", err)
	}
	defer os.RemoveAll(dir)
	logPath := filepath.Join(dir, "stderr.log")
	if logDir != "" {
		logPath = filepath.Join(logDir, fmt.Sprintf("%s-%s-%s.log", time.Now().Format("150405"), s.input.name, c.name))
	}
	s.reset()
	if r.res, err = proc.Run(c.command(s.base+"/", dir, s.input.flags), logPath, lim); err != nil {
		return r, err
	}
	r.requests, r.long, r.sent, r.inflight = s.requests.Load(), s.long.Load(), s.bytesSent(), s.peak.Load()
	if r.emitted, err = countLines(filepath.Join(dir, "out.jsonl")); err != nil {
		return r, err
	}
	if b, err := os.ReadFile(filepath.Join(dir, "stats.json")); err == nil {
		var st struct {
			Outcomes map[string]int `json:"outcomes"`
		}
		if json.Unmarshal(b, &st) == nil {
			r.outcomes = st.Outcomes
		}
	}
	r.logTail = proc.Tail(logPath, 3)
	return r, nil
}

// countLines is the number of non-empty lines of the file at path (0 if
// there is none).
func countLines(path string) (int, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read output: %w", err)
	}
	n := 0
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			n++
		}
	}
	return n, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "bounds:", err)
	os.Exit(1)
}
