package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/newsprint/newsprint/pipeline"
)

// exitNothingFetched is the exit status of a crawl that fetched nothing:
// every seed's host failed (DNS, refused, robots.txt unavailable) or
// robots.txt disallowed it, or every fetch it made failed (a site
// answering 503 to all). A scheduler can tell it from a failure (1) and a
// usage error (2).
const exitNothingFetched = 3

// errNothingFetched marks a crawl that ran without error but fetched
// nothing, or nothing but failures.
var (
	errNothingFetched = errors.New("nothing was fetched")
	errAllFailed      = fmt.Errorf("%w: every fetch failed", errNothingFetched)
)

// fetchedNothing reports whether a crawl with outcomes got nothing from
// them: no fetch, or every outcome a failure (a 503 is fetched, yet the
// run is as useless as one whose DNS failed, and a cron job must see it).
func fetchedNothing(s pipeline.Stats) bool {
	if len(s.Outcomes) == 0 || s.Articles > 0 {
		return false
	}
	outcomes := 0
	for _, n := range s.Outcomes {
		outcomes += n
	}
	return s.Fetched == 0 || s.Errors == outcomes // Errors counts the failed outcomes
}

// nothingFetched explains a crawl that fetched nothing: its outcomes, most
// frequent first, each with its count ("failed: robots.txt: DNS: no such
// host (2)").
func nothingFetched(s pipeline.Stats) error {
	type cause struct {
		key string
		n   int
	}
	var causes []cause
	for k, n := range s.Outcomes {
		causes = append(causes, cause{k, n})
	}
	sort.Slice(causes, func(i, j int) bool {
		if causes[i].n != causes[j].n {
			return causes[i].n > causes[j].n
		}
		return causes[i].key < causes[j].key
	})
	var parts []string
	for _, c := range causes {
		parts = append(parts, fmt.Sprintf("%s (%d)", c.key, c.n))
	}
	why := errNothingFetched
	if s.Fetched > 0 {
		why = errAllFailed
	}
	return fmt.Errorf("%w: %s", why, strings.Join(parts, "; "))
}
