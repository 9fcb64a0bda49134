package main

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

)

// spiderPy is the Scrapy crawler, written into each run's folder.
//
//go:embed spider.py
var spiderPy []byte

// politeness is what every crawler is told, in its own terms.
type politeness struct {
	delay       time.Duration // between the starts of two requests to a host
	parallel    int           // requests in flight per host
	concurrency int           // requests in flight in all
	timeout     time.Duration // of one request
	// defaults runs newsprint at its default flags (the stop-latency
	// measurement); the others still get delay and parallel, standing in
	// for the robots.txt Crawl-delay they do not read.
	defaults bool
}

// job is one crawl: the seeds, the links to follow, where the articles
// go, and a scratch folder of its own (state, logs).
type job struct {
	seeds   []string
	include string
	out     string
	dir     string
	pol     politeness
}

// crawler is one of the measured crawlers.
type crawler struct {
	name    string
	command func(j job) (*exec.Cmd, error)
}

// articlePattern is the path of an article on the site.
const articlePattern = `/a/[0-9]+$`

func newsprintCrawler(bin string) crawler {
	return crawler{name: "newsprint", command: func(j job) (*exec.Cmd, error) {
		args := []string{"crawl", "--state", filepath.Join(j.dir, "state"), "--out", j.out, "--include", j.include}
		if !j.pol.defaults {
			args = append(args, "--delay", j.pol.delay.String(), "--parallel", strconv.Itoa(j.pol.parallel),
				"--concurrency", strconv.Itoa(j.pol.concurrency), "--timeout", j.pol.timeout.String())
		}
		return exec.Command(bin, append(args, j.seeds...)...), nil
	}}
}

// scrapyOptions are the Scrapy crawler's own switches.
type scrapyOptions struct {
	broad   bool // DownloaderAwarePriorityQueue
	extract bool // readability-lxml on each article
}

func (o scrapyOptions) String() string {
	s := "readability-lxml"
	if !o.extract {
		s = "no extraction"
	}
	if o.broad {
		s += ", DownloaderAwarePriorityQueue"
	}
	return s
}

func scrapyCrawler(python string, opt scrapyOptions) crawler {
	return crawler{name: "scrapy", command: func(j job) (*exec.Cmd, error) {
		var hosts []string
		for _, s := range j.seeds {
			u, err := url.Parse(s)
			if err != nil {
				return nil, fmt.Errorf("seed %q: %w", s, err)
			}
			hosts = append(hosts, u.Hostname())
		}
		cfg, err := json.Marshal(map[string]any{
			"seeds": j.seeds, "hosts": hosts, "include": j.include, "article": articlePattern, "out": j.out,
			"delay": j.pol.delay.Seconds(), "parallel": j.pol.parallel, "concurrency": j.pol.concurrency,
			"timeout": j.pol.timeout.Seconds(), "broad": opt.broad, "extract": opt.extract,
		})
		if err != nil {
			return nil, fmt.Errorf("encode spider settings: %w", err)
		}
		script, settings := filepath.Join(j.dir, "spider.py"), filepath.Join(j.dir, "spider.json")
		if err := os.WriteFile(script, spiderPy, 0o644); err != nil {
			return nil, fmt.Errorf("write spider: %w", err)
		}
		if err := os.WriteFile(settings, cfg, 0o644); err != nil {
			return nil, fmt.Errorf("write spider settings: %w", err)
		}
		return exec.Command(python, script, settings), nil
	}}
}

func collyCrawler(bin string) crawler {
	return crawler{name: "colly", command: func(j job) (*exec.Cmd, error) {
		return exec.Command(bin, "-seeds", strings.Join(j.seeds, ","), "-include", j.include, "-article", articlePattern,
			"-out", j.out, "-parallel", strconv.Itoa(j.pol.parallel), "-delay", j.pol.delay.String(),
			"-timeout", j.pol.timeout.String()), nil
	}}
}

// checkScrapy says plainly when Scrapy or readability-lxml is missing.
func checkScrapy(python string) error {
	out, err := exec.Command(python, "-c", "import scrapy, readability, lxml.html; print(scrapy.__version__)").CombinedOutput()
	if err != nil {
		if msg := strings.TrimSpace(lastLine(out)); msg != "" {
			err = fmt.Errorf("%w: %s", err, msg)
		}
		return fmt.Errorf("scrapy is not usable with %s (%w); install Debian's python3-scrapy and python3-readability, pass -python, or leave scrapy out of -crawlers",
			python, err)
	}
	return nil
}

// scrapyVersion is Scrapy's version, for the report.
func scrapyVersion(python string) string {
	out, err := exec.Command(python, "-c", "import scrapy; print(scrapy.__version__)").Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(out))
}

// countArticles is the number of distinct URLs among the JSON lines of
// the file at path, and of lines that are not a JSON object with a url.
func countArticles(path string) (distinct, bad int, err error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("read output: %w", err)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var a struct {
			URL string `json:"url"`
		}
		if json.Unmarshal([]byte(line), &a) != nil || a.URL == "" {
			bad++
			continue
		}
		seen[a.URL] = true
	}
	return len(seen), bad, nil
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}
