// Command collycrawl is the plain crawler the many-host bench measures
// newsprint against: colly v2 and readeck's go-readability, set up as a
// colly user would, with no scheduling of its own.
//
//	collycrawl -seeds http://127.0.0.2:8080/,http://127.0.0.3:8080/ -include '^http://[^/]+/(a/[0-9]+)?$' -out out.jsonl
//
// Each seed's host gets its own LimitRule (Parallelism -parallel, Delay
// -delay): colly holds one semaphore per rule, so a single rule with
// DomainGlob "*" would bound the whole crawl, not each host. colly sleeps
// Delay after each response while holding the slot, so with Parallelism 2
// a host sees up to two request starts per Delay plus response time.
// robots.txt is obeyed (colly ignores it unless told). Each article is
// written as one JSON line as soon as it is extracted.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"regexp"
	"strings"
	"sync"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/gocolly/colly/v2"
	"golang.org/x/net/html"
)

func main() {
	seeds := flag.String("seeds", "", "comma-separated seed URLs; their hosts are the crawl's scope")
	include := flag.String("include", "", "only follow links whose absolute URL matches this regexp")
	article := flag.String("article", `/a/[0-9]+$`, "pages whose URL matches this regexp are extracted")
	out := flag.String("out", "", "JSONL output file")
	parallel := flag.Int("parallel", 2, "requests in flight per host (LimitRule.Parallelism)")
	delay := flag.Duration("delay", 100*time.Millisecond, "LimitRule.Delay of each host")
	timeout := flag.Duration("timeout", 30*time.Second, "time limit of one request (colly's default is 10s)")
	depth := flag.Int("max-depth", 5, "colly MaxDepth")
	maxRequests := flag.Uint("max-requests", 0, "colly MaxRequests: stop after this many requests (0: no limit)")
	flag.Parse()
	if err := run(strings.Split(*seeds, ","), *include, *article, *out, *parallel, *delay, *timeout, *depth, uint32(*maxRequests)); err != nil {
		fmt.Fprintln(os.Stderr, "collycrawl:", err)
		os.Exit(1)
	}
}

func run(seeds []string, include, article, out string, parallel int, delay, timeout time.Duration, depth int, maxRequests uint32) error {
	inc, err := regexp.Compile(include)
	if err != nil {
		return fmt.Errorf("-include: %w", err)
	}
	art, err := regexp.Compile(article)
	if err != nil {
		return fmt.Errorf("-article: %w", err)
	}
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("-out: %w", err)
	}
	defer f.Close()
	var hosts []string
	for _, s := range seeds {
		u, err := url.Parse(s)
		if err != nil || u.Host == "" {
			return fmt.Errorf("seed %q: not an absolute URL", s)
		}
		hosts = append(hosts, u.Hostname())
	}
	c := colly.NewCollector(colly.Async(true), colly.AllowedDomains(hosts...), colly.MaxDepth(depth), colly.MaxRequests(maxRequests))
	c.IgnoreRobotsTxt = false
	c.SetRequestTimeout(timeout)
	for _, s := range seeds {
		u, _ := url.Parse(s)
		if err := c.Limit(&colly.LimitRule{DomainGlob: u.Host, Parallelism: parallel, Delay: delay}); err != nil {
			return fmt.Errorf("limit %s: %w", u.Host, err)
		}
	}
	var mu sync.Mutex
	w := bufio.NewWriter(f)
	articles := 0
	c.OnHTML("a[href]", func(e *colly.HTMLElement) {
		if link := e.Request.AbsoluteURL(e.Attr("href")); link != "" && inc.MatchString(link) {
			e.Request.Visit(link)
		}
	})
	c.OnResponse(func(r *colly.Response) {
		if !art.MatchString(r.Request.URL.String()) {
			return
		}
		line, err := extract(r.Body, r.Request.URL)
		if err != nil {
			slog.Warn("extract", "url", r.Request.URL.String(), "err", err)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		w.Write(line)
		w.Flush() // the bench may kill the crawl: every line counts once written
		articles++
	})
	c.OnError(func(r *colly.Response, err error) {
		slog.Warn("fetch", "url", r.Request.URL.String(), "status", r.StatusCode, "err", err)
	})
	for _, s := range seeds {
		if err := c.Visit(s); err != nil {
			slog.Warn("seed", "url", s, "err", err)
		}
	}
	c.Wait()
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	slog.Info("done", "articles", articles)
	return nil
}

// extract is one JSON line of the page's readable content.
func extract(body []byte, u *url.URL) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	parser := readability.NewParser()
	a, err := parser.ParseAndMutate(doc, u)
	if err != nil {
		return nil, fmt.Errorf("readability: %w", err)
	}
	text := ""
	if a.Node != nil {
		text = render.InnerText(a.Node)
	}
	line, err := json.Marshal(map[string]string{"url": u.String(), "title": a.Title(), "text": text})
	if err != nil {
		return nil, fmt.Errorf("encode: %w", err)
	}
	return append(line, '\n'), nil
}
