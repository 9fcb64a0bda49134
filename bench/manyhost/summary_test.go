package main

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"
)

const ms = time.Millisecond

func TestSummarize(t *testing.T) {
	cfg := siteConfig{hosts: 3, pages: 2, slowHost: 0}
	hits := []hit{
		// The slow host: never done, and it does not hold the others back.
		{host: 0, kind: kindRobots, start: 0, end: 1 * ms},
		{host: 0, kind: kindArticle, article: 0, start: 10 * ms, end: 10000 * ms},
		// Host 1: done at 350 ms, its second article fetched twice, and
		// one 404; two starts only 50 ms apart.
		{host: 1, kind: kindRobots, start: 0, end: 1 * ms},
		{host: 1, kind: kindHome, start: 100 * ms, end: 101 * ms},
		{host: 1, kind: kindArticle, article: 1, start: 200 * ms, end: 210 * ms},
		{host: 1, kind: kindArticle, article: 1, start: 250 * ms, end: 260 * ms},
		{host: 1, kind: kindArticle, article: 0, start: 340 * ms, end: 350 * ms},
		{host: 1, kind: kindOther, start: 500 * ms, end: 501 * ms},
		// Host 2: its last article aborted at first, served whole at 900 ms.
		{host: 2, kind: kindArticle, article: 0, start: 100 * ms, end: 105 * ms},
		{host: 2, kind: kindArticle, article: 1, start: 200 * ms, end: 300 * ms, aborted: true},
		{host: 2, kind: kindArticle, article: 1, start: 895 * ms, end: 900 * ms},
	}
	sum := summarize(hits, cfg, 100*ms)
	if !sum.complete() || sum.normalArticles != 4 || sum.normalWant != 4 {
		t.Fatalf("summarize: normal articles %d of %d, want 4 of 4", sum.normalArticles, sum.normalWant)
	}
	if sum.normalDone != 900*ms {
		t.Errorf("summarize: normalDone = %v, want 900ms (the aborted request does not count)", sum.normalDone)
	}
	if want := []time.Duration{350 * ms, 900 * ms}; len(sum.hostDone) != 2 || sum.hostDone[0] != want[0] || sum.hostDone[1] != want[1] {
		t.Errorf("summarize: hostDone = %v, want %v", sum.hostDone, want)
	}
	if h := sum.hosts[1]; h.requests != 6 || h.articles != 2 || h.repeats != 1 || h.others != 1 {
		t.Errorf("summarize: host 1 = %+v, want 6 requests, 2 articles, 1 repeat, 1 other", h)
	}
	// Host 1's gaps: 100, 100, 50, 90, 160; host 2's: 100, 695. 50 ms
	// is close; 90 ms is within the tolerance.
	if sum.gaps != 7 || sum.close != 1 || sum.minGap != 50*ms {
		t.Errorf("summarize: %d close of %d gaps, min %v; want 1 of 7, min 50ms", sum.close, sum.gaps, sum.minGap)
	}
	if sum.hosts[0].articles != 1 || sum.hosts[0].done != 10000*ms {
		t.Errorf("summarize: slow host = %+v, want 1 article done at 10s", sum.hosts[0])
	}
}

func TestSummarizeIncomplete(t *testing.T) {
	cfg := siteConfig{hosts: 2, pages: 2, slowHost: -1}
	hits := []hit{
		{host: 0, kind: kindArticle, article: 0, end: 1 * ms},
		{host: 0, kind: kindArticle, article: 1, end: 2 * ms},
		{host: 1, kind: kindArticle, article: 1, end: 3 * ms},
		{host: 7, kind: kindArticle, article: 0, end: 4 * ms}, // not a host of the site
	}
	sum := summarize(hits, cfg, 0)
	if sum.complete() || sum.normalArticles != 3 || sum.normalDone != 0 {
		t.Errorf("summarize: complete %t, %d articles, done %v; want incomplete, 3, 0", sum.complete(), sum.normalArticles, sum.normalDone)
	}
	if len(sum.hostDone) != 1 {
		t.Errorf("summarize: hostDone = %v, want host 0's alone", sum.hostDone)
	}
	if sum.close != 0 {
		t.Errorf("summarize: %d close gaps with no delay to judge by, want 0", sum.close)
	}
}

func TestMedianSeconds(t *testing.T) {
	for _, tc := range []struct {
		xs   []float64
		want float64
	}{
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
		{[]float64{math.Inf(1), 1, 2}, 2},                     // one run of three did not finish
		{[]float64{math.Inf(1), 1, math.Inf(1)}, math.Inf(1)}, // most did not
	} {
		if got := medianSeconds(tc.xs); got != tc.want {
			t.Errorf("medianSeconds(%v) = %v, want %v", tc.xs, got, tc.want)
		}
	}
	if got := medianSeconds(nil); !math.IsNaN(got) {
		t.Errorf("medianSeconds(nil) = %v, want NaN", got)
	}
	if got := seconds(math.Inf(1), 120*time.Second); got != "> 120 s" {
		t.Errorf("seconds(+Inf) = %q, want %q", got, "> 120 s")
	}
	for _, tc := range []struct {
		a, b float64
		want string
	}{
		{11.5, 10, "1.15x"},
		{math.Inf(1), 10, "> 12.00x"}, // a was still crawling at the 120 s limit
		{10, math.Inf(1), "< 0.08x"},
		{math.Inf(1), math.Inf(1), "—"},
		{math.NaN(), 10, "—"},
	} {
		if got := ratio(tc.a, tc.b, 120*time.Second); got != tc.want {
			t.Errorf("ratio(%v, %v, 120s) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestCountArticles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.jsonl")
	data := `{"url":"http://127.0.0.2:1/a/1","title":"x"}
{"url":"http://127.0.0.2:1/a/1"}
{"url":"http://127.0.0.3:1/a/1"}
{"title":"no url"}
{"url":"http://127.0.0.3:1/a/2","te`
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	distinct, bad, err := countArticles(path)
	if err != nil || distinct != 2 || bad != 2 {
		t.Errorf("countArticles = %d, %d, %v; want 2 distinct, 2 bad (no url, torn)", distinct, bad, err)
	}
	if distinct, _, err := countArticles(filepath.Join(t.TempDir(), "none.jsonl")); err != nil || distinct != 0 {
		t.Errorf("countArticles(missing) = %d, %v; want 0, nil (a crawler killed before its first line)", distinct, err)
	}
}
