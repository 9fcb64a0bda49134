package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"

	"github.com/newsprint/newsprint/pipeline"
)

// exitNothingFetched is the exit status of a crawl that fetched nothing:
// every seed's host failed (DNS, refused, robots.txt unavailable) or
// robots.txt disallowed it, or every fetch it made failed (a site
// answering 503 to all, a seed answering 404, or a seed redirecting to
// another site). A scheduler can tell it
// from a failure (1) and a usage error (2).
//
// The verdict is about the crawl, not about one process's share of it: a
// worker of a crawl shared through Redis leases whatever URLs come next,
// and a lot of dead links (404) or of one flaky host's 503s says nothing
// of the crawl, which may have fetched hundreds of pages meanwhile through
// the other workers. A cron job or a Kubernetes Job per worker needs the
// crawl's health, or it sees random failed Jobs. So a shared crawl's
// process exits 3 only when, besides its own outcomes being all failures,
// no process of the crawl got an answer (a page, an article, unchanged,
// not modified) in this crawl run (crawlProgress): the sites down, or
// every seed gone, fail every worker that had work; one worker's bad lot
// fails none.
const exitNothingFetched = 3

// errNothingFetched marks a crawl that ran without error but fetched
// nothing, or nothing but failures.
var (
	errNothingFetched = errors.New("nothing was fetched")
	errAllFailed      = fmt.Errorf("%w: every fetch failed", errNothingFetched)
)

// crawlProgress is implemented by Stores that several processes share
// (redisstore.Store): Progress is how many URLs the sites answered to the
// crawl (a page, an article, unchanged, not modified), counting every
// process, since the crawl run this process joined began: the earliest
// start among the processes that overlap it, so that a worker restarted
// late, whose lot is what the others left, is judged with them.
type crawlProgress interface {
	Progress(ctx context.Context) (int64, error)
}

// verdict is nil, or the error of a crawl that fetched nothing (exit 3,
// saying why), from this process's counts s and, if st is shared, what
// the crawl as a whole got (crawlProgress). If that cannot be read, the
// verdict rests on s alone, as for a crawl of its own.
func verdict(ctx context.Context, s pipeline.Stats, st any, logger *slog.Logger) error {
	var answered int64
	if c, shared := st.(crawlProgress); shared && fetchedNothing(s, 0) {
		n, err := c.Progress(ctx)
		if err != nil {
			logger.Warn("cannot read what the shared crawl fetched; the exit status counts this process only", "err", err)
		}
		answered = n
	}
	if fetchedNothing(s, answered) {
		return nothingFetched(s)
	}
	if answered > 0 {
		logger.Info("every fetch of this process failed, but the crawl's other processes fetched pages in this run: the crawl made progress", "count", answered)
	}
	return nil
}

// noSitemapOutcome is the Stats.Outcomes key of a guessed /sitemap.xml
// answering 404.
const noSitemapOutcome = pipeline.StatusSkipped + ": " + pipeline.ReasonNoSitemap

// fetchedNothing reports whether a crawl with outcomes got nothing from
// them: no fetch, or every outcome a failure (a 503 is fetched, yet the
// run is as useless as one whose DNS failed, and a cron job must see it).
// crawlAnswered is how many URLs the processes sharing the crawl got
// answered in this crawl run (crawlProgress; 0 for a crawl of its own):
// any is the crawl's progress, whatever this process's share
// (exitNothingFetched).
func fetchedNothing(s pipeline.Stats, crawlAnswered int64) bool {
	if len(s.Outcomes) == 0 || s.Articles > 0 || crawlAnswered > 0 {
		return false
	}
	outcomes := 0
	for _, n := range s.Outcomes {
		outcomes += n
	}
	// Errors counts the failed outcomes. The /sitemap.xml guessed for a
	// host whose robots.txt lists none answering 404 is recorded as a skip
	// (pipeline/page.go), yet says only that the site has no sitemap:
	// without this, a seed answering 404 exited 0 and one answering 410
	// or 403 exited 3.
	noSitemap := s.Outcomes[noSitemapOutcome]
	// A seed redirecting off the site (the site moved to another domain)
	// is a skip too, yet a crawl of nothing but that fetched nothing.
	moved := s.Outcomes[pipeline.StatusSkipped+": "+pipeline.ReasonSeedMoved]
	// A URL redirecting to another in scope got nothing itself: what the
	// crawl got is the target's outcome (a seed redirecting to a page
	// gone is a crawl of nothing).
	redirects := s.Outcomes[pipeline.StatusPage+": "+pipeline.ReasonRedirect]
	return s.Fetched == 0 || s.Errors+noSitemap+moved+redirects == outcomes
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
		// The guessed /sitemap.xml's 404 is no cause (fetchedNothing): named
		// first, being alphabetically first, it hid the seed's own outcome.
		if k != noSitemapOutcome || len(s.Outcomes) == 1 {
			causes = append(causes, cause{k, n})
		}
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
