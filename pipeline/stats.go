package pipeline

import (
	"sort"
	"sync"
)

// Stats counts what a crawl did. Outcomes are keyed "status" or
// "status: reason".
type Stats struct {
	Fetched  int            `json:"fetched"`
	Articles int            `json:"articles"`
	Errors   int            `json:"errors"`
	Queued   int            `json:"queued"`
	Outcomes map[string]int `json:"outcomes"`
}

type counter struct {
	mu sync.Mutex
	s  Stats
}

func (c *counter) add(status, reason string, fetched bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.s.Outcomes == nil {
		c.s.Outcomes = map[string]int{}
	}
	key := status
	if reason != "" {
		key += ": " + reason
	}
	c.s.Outcomes[key]++
	if fetched {
		c.s.Fetched++
	}
	switch status {
	case StatusArticle:
		c.s.Articles++
	case StatusFailed:
		c.s.Errors++
	}
}

// snapshot returns a copy of the counts.
func (c *counter) snapshot() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.s
	s.Outcomes = make(map[string]int, len(c.s.Outcomes))
	for k, v := range c.s.Outcomes {
		s.Outcomes[k] = v
	}
	return s
}

// Keys returns the outcome keys in order, for printing.
func (s Stats) Keys() []string {
	keys := make([]string, 0, len(s.Outcomes))
	for k := range s.Outcomes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Add returns the sum of two runs' counts.
func (s Stats) Add(o Stats) Stats {
	out := Stats{Fetched: s.Fetched + o.Fetched, Articles: s.Articles + o.Articles, Errors: s.Errors + o.Errors, Outcomes: map[string]int{}}
	for k, v := range s.Outcomes {
		out.Outcomes[k] += v
	}
	for k, v := range o.Outcomes {
		out.Outcomes[k] += v
	}
	return out
}
