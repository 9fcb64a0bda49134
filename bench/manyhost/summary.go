package main

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// kind is what a request asked for.
type kind int

const (
	kindRobots kind = iota
	kindHome
	kindArticle
	kindOther // anything else: a 404 the crawler went looking for
)

func (k kind) String() string {
	switch k {
	case kindRobots:
		return "robots"
	case kindHome:
		return "home"
	case kindArticle:
		return "article"
	}
	return "other"
}

// hit is one request the site received, timed from the start of the run.
type hit struct {
	host       int
	kind       kind
	article    int // for kindArticle, the article's number on its host
	start, end time.Duration
	aborted    bool // the client went away before the answer was whole
}

// hostSummary is what one host saw of a crawl.
type hostSummary struct {
	requests int
	articles int           // distinct articles served whole
	repeats  int           // article requests beyond the first whole one
	others   int           // requests for neither robots.txt, the home page nor an article
	done     time.Duration // when its last missing article was served; valid if articles == pages
	// gaps is the number of gaps between two consecutive request starts;
	// close those shorter than the politeness delay (less a tolerance for
	// the jitter between the crawler's clock and the server's).
	gaps, close int
	minGap      time.Duration
}

// runSummary is what the site saw of one crawl.
type runSummary struct {
	hosts []hostSummary
	// normalArticles of normalWant articles of the normal hosts were
	// served; if all were, normalDone is when the last one was.
	normalArticles, normalWant int
	normalDone                 time.Duration
	// hostDone is when each normal host that was crawled whole was done,
	// in order: how evenly the crawler spread its work across hosts.
	hostDone []time.Duration
	// gaps and close add up the normal hosts' (see hostSummary), and
	// minGap is their smallest.
	gaps, close int
	minGap      time.Duration
	others      int
	slowHost    int // as in siteConfig
}

// closeTolerance is how much shorter than the delay a gap between two
// request starts may look at the server and still count as polite: the
// server sees a start a little after the crawler makes it, by a varying
// amount on a busy machine. The gaps are the server's view: it notes a
// start when its handler runs, which on this shared machine came up to
// 15 ms after newsprint had written the request (75 ms under heavier
// load), so a gap under the tolerance can still be the server's lag.
// Telling the two apart needs the time the crawler wrote each request,
// which the bench does not get from the crawlers.
const closeTolerance = 0.9

// summarize reduces the request log of one run of a site of the given
// shape. delay is the politeness delay the crawlers were given (0: gaps
// are not judged).
func summarize(hits []hit, cfg siteConfig, delay time.Duration) runSummary {
	sum := runSummary{hosts: make([]hostSummary, cfg.hosts), minGap: -1, slowHost: cfg.slowHost}
	starts := make([][]time.Duration, cfg.hosts)
	seen := make([][]bool, cfg.hosts)
	for h := range seen {
		seen[h] = make([]bool, cfg.pages)
	}
	for _, r := range hits {
		if r.host < 0 || r.host >= cfg.hosts {
			continue
		}
		hs := &sum.hosts[r.host]
		hs.requests++
		starts[r.host] = append(starts[r.host], r.start)
		switch {
		case r.kind == kindOther:
			hs.others++
		case r.kind != kindArticle || r.aborted || r.article < 0 || r.article >= cfg.pages:
		case seen[r.host][r.article]:
			hs.repeats++
		default:
			seen[r.host][r.article] = true
			hs.articles++
			hs.done = max(hs.done, r.end)
		}
	}
	for h := range sum.hosts {
		hs := &sum.hosts[h]
		hs.minGap = -1
		s := starts[h]
		slices.Sort(s)
		for i := 1; i < len(s); i++ {
			gap := s[i] - s[i-1]
			hs.gaps++
			if delay > 0 && float64(gap) < closeTolerance*float64(delay) {
				hs.close++
			}
			if hs.minGap < 0 || gap < hs.minGap {
				hs.minGap = gap
			}
		}
		if !cfg.normal(h) {
			continue
		}
		sum.normalWant += cfg.pages
		sum.normalArticles += hs.articles
		sum.others += hs.others
		sum.gaps += hs.gaps
		sum.close += hs.close
		if hs.minGap >= 0 && (sum.minGap < 0 || hs.minGap < sum.minGap) {
			sum.minGap = hs.minGap
		}
		if hs.articles == cfg.pages {
			sum.hostDone = append(sum.hostDone, hs.done)
			sum.normalDone = max(sum.normalDone, hs.done)
		}
	}
	slices.Sort(sum.hostDone)
	if sum.normalArticles < sum.normalWant {
		sum.normalDone = 0
	}
	return sum
}

// complete reports whether every article of the normal hosts was served.
func (s runSummary) complete() bool { return s.normalArticles == s.normalWant }

// medianSeconds is the median of xs, in which +Inf stands for a run that
// did not get there (it sorts last, so the median is finite while more
// than half of the runs did).
func medianSeconds(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if n := len(s); n%2 == 1 {
		return s[n/2]
	} else {
		return (s[n/2-1] + s[n/2]) / 2
	}
}

// seconds formats a time in seconds; +Inf is a run that did not get there
// within limit.
func seconds(x float64, limit time.Duration) string {
	switch {
	case math.IsInf(x, 1):
		return fmt.Sprintf("> %.0f s", limit.Seconds())
	case math.IsNaN(x):
		return "—"
	}
	return fmt.Sprintf("%.1f s", x)
}

// ratio formats a/b as "1.23x". +Inf stands for a time over limit, so
// that the ratio is a bound ("> 2.30x"); "—" when there is none.
func ratio(a, b float64, limit time.Duration) string {
	l := limit.Seconds()
	switch {
	case math.IsNaN(a) || math.IsNaN(b) || b == 0 || math.IsInf(a, 1) && math.IsInf(b, 1):
		return "—"
	case math.IsInf(a, 1):
		return fmt.Sprintf("> %.2fx", l/b)
	case math.IsInf(b, 1):
		return fmt.Sprintf("< %.2fx", a/l)
	}
	return fmt.Sprintf("%.2fx", a/b)
}

// percentile is the p-th percentile (0 to 1) of sorted ds, nearest rank.
func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(ds)))) - 1
	return ds[min(max(i, 0), len(ds)-1)]
}
