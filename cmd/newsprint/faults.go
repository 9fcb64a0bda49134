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
// robots.txt disallowed it. A scheduler can tell it from a failure (1) and
// a usage error (2).
const exitNothingFetched = 3

// errNothingFetched marks a crawl that ran without error but fetched
// nothing.
var errNothingFetched = errors.New("nothing was fetched")

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
	return fmt.Errorf("%w: %s", errNothingFetched, strings.Join(parts, "; "))
}
