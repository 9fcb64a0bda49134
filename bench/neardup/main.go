// Command neardup measures newsprint's near-duplicate detection (SimHash of
// an article's text, pipeline.SimHash) on labelled pairs built from the
// shared benchmarks' pages, and its cost against extraction on the same
// pages in the same run.
//
// Every page is extracted with newsprint, as a crawl would see it. Pairs:
//   - near-duplicates (positives): a page's text against an edited copy of
//     it, edits of known size and kind, as syndicated wire copies and
//     republished stories differ (reformatted; a trailing paragraph; words
//     replaced; a sentence dropped; the intro rewritten);
//   - distinct articles (negatives): every pair of two pages of one host,
//     which share the site's leaked boilerplate, each with the same extra
//     block of about 50 words appended (a shared "related" or newsletter
//     box), and pairs of short texts (under 120 words) of different hosts.
//
// Usage: cd bench && go run ./neardup -data ../../shared/benchmarks
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/internal/sharedpages"
	"github.com/newsprint/newsprint/pipeline"
)

type doc struct {
	Set, ID, Host, Text string
	words               []string
}

// loadCached returns the texts cached in path, or those load gives, which
// it then caches in path.
func loadCached(path string, load func() ([]doc, time.Duration, error)) ([]doc, time.Duration, error) {
	type cached struct {
		Docs []doc
		Took time.Duration
	}
	if path != "" {
		if raw, err := os.ReadFile(path); err == nil {
			var c cached
			if err := json.Unmarshal(raw, &c); err != nil {
				return nil, 0, fmt.Errorf("read %s: %w", path, err)
			}
			for i := range c.Docs {
				c.Docs[i].words = strings.Fields(c.Docs[i].Text)
			}
			return c.Docs, c.Took, nil
		}
	}
	docs, took, err := load()
	if err != nil || path == "" {
		return docs, took, err
	}
	raw, err := json.Marshal(cached{docs, took})
	if err != nil {
		return nil, 0, err
	}
	return docs, took, os.WriteFile(path, raw, 0o644)
}

type pair struct {
	kind     string
	near     bool
	distance int
}

func main() {
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmarks folder")
	sets := flag.String("sets", "scrapinghub,wcxb-dev,dragnet,zh-cwced", "datasets to read pages from")
	maxNeg := flag.Int("max-negatives", 20000, "most same-host pairs used")
	cache := flag.String("texts", "", "a JSON file caching the extracted texts: read when it exists, written otherwise (the cost figures then come from the run that wrote it)")
	flag.Parse()
	if _, err := os.Stat(*data); err != nil {
		fmt.Fprintf(os.Stderr, "neardup: the shared benchmarks are not at %s (%v); pass -data\n", *data, err)
		os.Exit(2)
	}
	docs, extractDur, err := loadCached(*cache, func() ([]doc, time.Duration, error) { return load(*data, strings.Split(*sets, ",")) })
	if err != nil {
		fmt.Fprintln(os.Stderr, "neardup:", err)
		os.Exit(1)
	}
	// The cost: fingerprints of every text, timed over several passes
	// against the extraction of the same pages above.
	start := time.Now()
	const passes = 20
	for range passes {
		for _, d := range docs {
			pipeline.SimHash(d.Text)
		}
	}
	hashDur := time.Since(start) / passes
	fmt.Printf("pages: %d; extraction %.2f ms a page, SimHash %.1f µs a page (%.2f %% of extraction)\n\n",
		len(docs), ms(extractDur)/float64(len(docs)), float64(hashDur.Microseconds())/float64(len(docs)),
		100*float64(hashDur)/float64(extractDur))

	pairs := buildPairs(docs, *maxNeg)
	report(pairs)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// load extracts every page of the sets and keeps those with 50 words or
// more; it returns the time the extraction took.
func load(data string, sets []string) ([]doc, time.Duration, error) {
	var docs []doc
	var took time.Duration
	for _, set := range sets {
		dir := filepath.Join(data, set)
		raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			fmt.Fprintf(os.Stderr, "neardup: skipping %s: %v\n", set, err)
			continue
		}
		var gt map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(raw, &gt); err != nil {
			return nil, 0, fmt.Errorf("read %s: %w", dir, err)
		}
		ids := make([]string, 0, len(gt))
		for id := range gt {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			page, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				return nil, 0, err
			}
			t0 := time.Now()
			a, err := extractor.Extract(page, gt[id].URL, extractor.Options{})
			took += time.Since(t0)
			if err != nil {
				continue
			}
			words := strings.Fields(a.Text)
			if len(words) < 50 && a.WordCount < 50 {
				continue
			}
			host := ""
			if u, err := url.Parse(gt[id].URL); err == nil {
				host = u.Hostname()
			}
			docs = append(docs, doc{Set: set, ID: id, Host: host, Text: a.Text, words: words})
		}
	}
	return docs, took, nil
}

// edits are the near-duplicate kinds: each makes a copy of d's text, using
// other (a page of another host) for new words.
var edits = []struct {
	name string
	edit func(r *rand.Rand, d, other doc) string
}{
	{"reformatted (case, spacing)", func(_ *rand.Rand, d, _ doc) string {
		return strings.ToUpper(strings.Join(d.words, "  "))
	}},
	{"trailing paragraph, 5% of the length", func(_ *rand.Rand, d, o doc) string { return d.Text + "\n\n" + take(o.words, len(d.words)/20) }},
	{"trailing paragraph, 10%", func(_ *rand.Rand, d, o doc) string { return d.Text + "\n\n" + take(o.words, len(d.words)/10) }},
	{"words replaced, 1%", func(r *rand.Rand, d, o doc) string { return replaceWords(r, d.words, o.words, 0.01) }},
	{"words replaced, 3%", func(r *rand.Rand, d, o doc) string { return replaceWords(r, d.words, o.words, 0.03) }},
	{"words replaced, 5%", func(r *rand.Rand, d, o doc) string { return replaceWords(r, d.words, o.words, 0.05) }},
	{"one paragraph dropped", func(r *rand.Rand, d, _ doc) string {
		paras := strings.Split(d.Text, "\n\n")
		if len(paras) < 3 {
			return d.Text
		}
		i := r.IntN(len(paras))
		return strings.Join(append(paras[:i:i], paras[i+1:]...), "\n\n")
	}},
	{"intro rewritten (first paragraph)", func(_ *rand.Rand, d, o doc) string {
		paras := strings.Split(d.Text, "\n\n")
		if len(paras) < 3 {
			return d.Text
		}
		paras[0] = take(o.words, len(strings.Fields(paras[0])))
		return strings.Join(paras, "\n\n")
	}},
}

// take returns the first n words of ws, at least one.
func take(ws []string, n int) string {
	return strings.Join(ws[:min(max(n, 1), len(ws))], " ")
}

func replaceWords(r *rand.Rand, ws, other []string, share float64) string {
	out := append([]string(nil), ws...)
	for range max(1, int(share*float64(len(ws)))) {
		out[r.IntN(len(out))] = other[r.IntN(len(other))]
	}
	return strings.Join(out, " ")
}

func buildPairs(docs []doc, maxNeg int) []pair {
	r := rand.New(rand.NewPCG(1, 2))
	var pairs []pair
	for i, d := range docs {
		other := docs[(i+len(docs)/2)%len(docs)]
		fp := pipeline.SimHash(d.Text)
		for _, e := range edits {
			pairs = append(pairs, pair{kind: e.name, near: true, distance: pipeline.Distance(fp, pipeline.SimHash(e.edit(r, d, other)))})
		}
	}
	byHost := map[string][]int{}
	for i, d := range docs {
		if d.Host != "" {
			byHost[d.Host] = append(byHost[d.Host], i)
		}
	}
	hosts := make([]string, 0, len(byHost))
	for h := range byHost {
		hosts = append(hosts, h)
	}
	sort.Strings(hosts)
	neg, identical := 0, 0
	defer func() { fmt.Printf("same-host pairs left out because their texts are identical: %d\n\n", identical) }()
	for _, h := range hosts {
		ix := byHost[h]
		for a := 0; a < len(ix) && neg < maxNeg; a++ {
			for b := a + 1; b < len(ix) && neg < maxNeg; b++ {
				box := "\n\n" + take(docs[(ix[a]+7)%len(docs)].words, 50)
				da, db := docs[ix[a]], docs[ix[b]]
				if da.Text == db.Text {
					identical++ // the same article twice in the data: not distinct
					continue
				}
				pairs = append(pairs, pair{kind: "same host, shared 50-word box", distance: pipeline.Distance(pipeline.SimHash(da.Text+box), pipeline.SimHash(db.Text+box))})
				pairs = append(pairs, pair{kind: "same host", distance: pipeline.Distance(pipeline.SimHash(da.Text), pipeline.SimHash(db.Text))})
				neg++
			}
		}
	}
	var short []doc
	for _, d := range docs {
		if len(d.words) < 120 {
			short = append(short, d)
		}
	}
	for i := 0; i+1 < len(short); i += 2 {
		if short[i].Host != short[i+1].Host && short[i].Text != short[i+1].Text {
			pairs = append(pairs, pair{kind: "short texts (< 120 words), two hosts", distance: pipeline.Distance(pipeline.SimHash(short[i].Text), pipeline.SimHash(short[i+1].Text))})
		}
	}
	return pairs
}

func report(pairs []pair) {
	kinds := map[string][]int{}
	var order []string
	nearOf := map[string]bool{}
	for _, p := range pairs {
		if _, ok := kinds[p.kind]; !ok {
			order = append(order, p.kind)
		}
		kinds[p.kind] = append(kinds[p.kind], p.distance)
		nearOf[p.kind] = p.near
	}
	ks := []int{0, 3, 6, 8, 10, 12, 16}
	fmt.Printf("| pairs | n | median distance |")
	for _, k := range ks {
		fmt.Printf(" ≤ %d |", k)
	}
	fmt.Printf("\n| --- | --- | --- |%s\n", strings.Repeat(" --- |", len(ks)))
	for _, kind := range order {
		ds := kinds[kind]
		sort.Ints(ds)
		label := "near-duplicate"
		if !nearOf[kind] {
			label = "distinct"
		}
		fmt.Printf("| %s: %s | %d | %d |", label, kind, len(ds), ds[len(ds)/2])
		for _, k := range ks {
			fmt.Printf(" %.3f |", share(ds, k))
		}
		fmt.Println()
	}
	fmt.Printf("\n| threshold | precision | recall | false positives | false-positive rate | false negatives |\n| --- | --- | --- | --- | --- | --- |\n")
	for k := 0; k <= 16; k++ {
		var tp, fp, fn int
		for _, p := range pairs {
			switch {
			case p.near && p.distance <= k:
				tp++
			case p.near:
				fn++
			case p.distance <= k:
				fp++
			}
		}
		mark := ""
		if k == pipeline.NearDistance {
			mark = " (newsprint)"
		}
		neg := len(pairs) - tp - fn
		fmt.Printf("| ≤ %d%s | %.4f | %.4f | %d | %.4f | %d |\n", k, mark, float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1)), fp, float64(fp)/float64(max(neg, 1)), fn)
	}
}

// share is the share of the sorted distances ds that are at most k.
func share(ds []int, k int) float64 {
	return float64(sort.SearchInts(ds, k+1)) / float64(len(ds))
}
