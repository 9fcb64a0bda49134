package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"time"

	"github.com/markusmobius/go-dateparser"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/sharedpages"
)

// cost is what a pass over some calls took.
type cost struct {
	ns, allocs float64
}

// measure runs f and returns the time it took (wall time, on one
// thread: GOMAXPROCS=1) and its allocations.
func measure(f func()) cost {
	var a, b runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	start := time.Now()
	f()
	d := time.Since(start)
	runtime.ReadMemStats(&b)
	return cost{float64(d.Nanoseconds()), float64(b.Mallocs - a.Mallocs)}
}

// timeCalls times, round after round, parseDate on every call of the
// corpus, go-dateparser on the calls parseDate reads no date from (a
// fallback's calls) and on every call (a replacement's), and Extract on
// the fit-half pages of the shared dev sets, and prints each per call and
// per page. Medians over rounds.
func timeCalls(corpus []*item, pages, rounds int, data string) {
	type call struct {
		s        string
		dayFirst bool
		cfg      *dateparser.Configuration
		failed   bool
	}
	var all []call
	for _, it := range corpus {
		c := call{it.s, it.dayFirst, config(it.lang, it.dayFirst), it.ours == ""}
		for range it.calls {
			all = append(all, c)
		}
	}
	var fallback []call
	for _, c := range all {
		if c.failed {
			fallback = append(fallback, c)
		}
	}
	docs, err := fitPages(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dateparser: no Extract timing:", err)
	}
	var o, fb, rp, ex []cost
	for range rounds {
		o = append(o, measure(func() {
			for _, c := range all {
				parseDate(c.s, c.dayFirst)
			}
		}))
		fb = append(fb, measure(func() {
			for _, c := range fallback {
				theirs(c.cfg, c.s)
			}
		}))
		rp = append(rp, measure(func() {
			for _, c := range all {
				theirs(c.cfg, c.s)
			}
		}))
		if len(docs) > 0 {
			ex = append(ex, measure(func() {
				for _, d := range docs {
					extractor.Extract(d.html, d.url, extractor.Options{})
				}
			}))
		}
	}
	om, fm, rm := median(o), median(fb), median(rp)
	fmt.Printf("## Cost (median of %d rounds)\n\n", rounds)
	fmt.Printf("| reader | calls | ns/call | allocs/call | ns/page | x parseDate per call |\n| --- | --- | --- | --- | --- | --- |\n")
	row := func(name string, n int, c cost) {
		fmt.Printf("| %s | %d | %.0f | %.1f | %.0f | %.0fx |\n", name, n, c.ns/float64(n), c.allocs/float64(n),
			c.ns/float64(pages), (c.ns/float64(n))/(om.ns/float64(len(all))))
	}
	row("newsprint parseDate, every call", len(all), om)
	row("go-dateparser, every call (a replacement)", len(all), rm)
	row("go-dateparser, calls parseDate fails (a fallback)", len(fallback), fm)
	if len(ex) > 0 {
		em := median(ex)
		perPage := em.ns / float64(len(docs))
		fmt.Printf("\nExtract: %d pages, %.2f ms/page, %.0f allocs/page (same run)\n", len(docs), perPage/1e6, em.allocs/float64(len(docs)))
		fmt.Printf("parseDate, every call: %.2f%% of Extract\n", 100*om.ns/float64(pages)/perPage)
		fmt.Printf("go-dateparser as a fallback on every failed call: %.1f%% of Extract (budget 0.5%%)\n", 100*fm.ns/float64(pages)/perPage)
		fmt.Printf("go-dateparser replacing parseDate: %.1f%% of Extract\n", 100*rm.ns/float64(pages)/perPage)
	}
	oq, tq := quantiles(corpus)
	fmt.Printf("\nOne call per distinct string (%d): parseDate median %.1f µs, p90 %.1f µs; go-dateparser median %.0f µs, p90 %.0f µs\n",
		len(corpus), oq[0]/1e3, oq[1]/1e3, tq[0]/1e3, tq[1]/1e3)
	fmt.Println()
}

// quantiles times one call of each reader on each distinct string and
// returns the median and the 90th percentile of each, in ns.
func quantiles(corpus []*item) (o90, t90 [2]float64) {
	var o, t []float64
	for _, it := range corpus {
		cfg := config(it.lang, it.dayFirst)
		start := time.Now()
		parseDate(it.s, it.dayFirst)
		o = append(o, float64(time.Since(start).Nanoseconds()))
		start = time.Now()
		theirs(cfg, it.s)
		t = append(t, float64(time.Since(start).Nanoseconds()))
	}
	q := func(v []float64) [2]float64 {
		slices.Sort(v)
		return [2]float64{v[len(v)/2], v[len(v)*9/10]}
	}
	return q(o), q(t)
}

func median(cs []cost) cost {
	ns := make([]float64, len(cs))
	al := make([]float64, len(cs))
	for i, c := range cs {
		ns[i], al[i] = c.ns, c.allocs
	}
	slices.Sort(ns)
	slices.Sort(al)
	return cost{ns[len(ns)/2], al[len(al)/2]}
}

// doc is one page to extract.
type doc struct {
	url  string
	html []byte
}

// fitPages reads the fit-half pages of the shared dev sets whose strings
// corpus.tsv holds (trafilatura-eval's pages live in a module and are
// left out), split as ../split.go splits them.
func fitPages(data string) ([]doc, error) {
	var docs []doc
	for _, set := range []string{"htmldate-eval", "wcxb-dev", "zh-cwced"} {
		b, err := os.ReadFile(filepath.Join(data, set, "ground-truth.json"))
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", set, err)
		}
		var truth map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(b, &truth); err != nil {
			return nil, fmt.Errorf("read %s: %w", set, err)
		}
		ids := make([]string, 0, len(truth))
		for id := range truth {
			if fitHalf(id) {
				ids = append(ids, id)
			}
		}
		slices.Sort(ids)
		for _, id := range ids {
			html, err := sharedpages.ReadPage(filepath.Join(data, set, "html", id+".html"))
			if err != nil {
				return nil, err
			}
			docs = append(docs, doc{truth[id].URL, html})
		}
	}
	return docs, nil
}

// fitHalf is ../split.go's halfOf(id) == halfFit.
func fitHalf(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return (h.Sum32()>>16)%2 == 0
}
