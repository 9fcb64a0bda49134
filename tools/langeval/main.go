// Command langeval measures language detectors on the shared benchmarks'
// pages: the rules newsprint used before (oldrules.go), whatlanggo and
// lingua-go, on the text newsprint extracts from each page, with accuracy
// against labels built as labels.go says and the cost per page.
//
//	cd tools/langeval && go run . -root ../../../shared/benchmarks
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
	"github.com/newsprint/newsprint/extractor"
	"github.com/pemistahl/lingua-go"
)

type detector struct {
	name  string
	setup func() // builds models; its heap is reported
	fn    func(string) string
}

func main() {
	root := flag.String("root", "../../../shared/benchmarks", "benchmarks folder")
	maxLen := flag.Int("sample", 1000, "bytes of text given to whatlanggo and lingua-go (the old rules read 4,000)")
	verbose := flag.String("show", "", "print the pages this detector gets wrong")
	lingua_ := flag.Bool("lingua", true, "measure lingua-go too")
	flag.Parse()
	var all []page
	for _, set := range []string{"wcxb-dev", "scrapinghub", "htmldate-eval", "zh-cwced"} {
		ps, err := loadSet(*root, set)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		all = append(all, ps...)
	}
	type item struct {
		p      page
		sample string
	}
	var items []item
	counts := map[string]int{}
	var extractDur time.Duration
	for _, p := range all {
		t0 := time.Now()
		a, err := extractor.Extract(p.html, p.url, extractor.Options{})
		extractDur += time.Since(t0)
		if err != nil {
			continue
		}
		_, declared, _ := strings.Cut(a.Provenance["language_declared"], " ")
		buildLabel(&p, declared)
		if p.label == "" {
			continue
		}
		s := a.Text
		if s == "" {
			s = a.Title + " " + a.Description
		}
		items = append(items, item{p, s})
		counts[p.label]++
	}
	fmt.Printf("labelled pages: %d of %d; by label: %v\n", len(items), len(all), sortedCounts(counts))
	fmt.Printf("extractor.Extract: %.1f us/page\n", float64(extractDur.Microseconds())/float64(len(all)))

	var wl *whatlanggo.Options
	var lowAll lingua.LanguageDetector
	dets := []detector{
		{"old rules", func() {}, func(s string) string { l, _ := oldRules(s); return l }},
		{"whatlanggo", func() { wl = &whatlanggo.Options{} }, func(s string) string {
			info := whatlanggo.DetectWithOptions(cut(s, *maxLen), *wl)
			if info.Lang < 0 {
				return ""
			}
			return norm(info.Lang.Iso6391())
		}},
	}
	if *lingua_ {
		dets = append(dets,
			detector{"lingua low, all languages", func() {
				lowAll = lingua.NewLanguageDetectorBuilder().FromAllLanguages().WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
			}, func(s string) string { return linguaCode(lowAll, cut(s, *maxLen)) }},
		)
	}
	fmt.Printf("\n%-28s %8s %8s %10s %12s\n", "detector", "correct", "acc", "us/page", "heap MiB")
	for _, d := range dets {
		heap0 := heapMiB()
		d.setup()
		heap := heapMiB() - heap0
		correct := 0
		wrong := map[string]int{}
		start := time.Now()
		got := make([]string, len(items))
		for i, it := range items {
			got[i] = d.fn(it.sample)
		}
		dur := time.Since(start)
		for i, it := range items {
			if got[i] == it.p.label {
				correct++
				continue
			}
			wrong[it.p.label+"->"+got[i]]++
			if d.name == *verbose {
				fmt.Printf("  %s/%s %s label=%s got=%q %q\n", it.p.set, it.p.id, it.p.url, it.p.label, got[i], cut(strings.Join(strings.Fields(it.sample), " "), 160))
			}
		}
		fmt.Printf("%-28s %4d/%-4d %7.3f %10.1f %12.1f  errors: %v\n", d.name, correct, len(items),
			float64(correct)/float64(len(items)), float64(dur.Microseconds())/float64(len(items)), heap, sortedCounts(wrong))
	}
	runtime.KeepAlive(lowAll)
}

func linguaCode(d lingua.LanguageDetector, s string) string {
	l, ok := d.DetectLanguageOf(s)
	if !ok {
		return ""
	}
	return norm(strings.ToLower(l.IsoCode639_1().String()))
}

// norm maps macrolanguage members to the tag the labels use.
func norm(l string) string {
	switch l {
	case "nb", "nn":
		return "no"
	}
	return l
}

func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func heapMiB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

func sortedCounts(m map[string]int) string {
	type kv struct {
		k string
		v int
	}
	var s []kv
	for k, v := range m {
		s = append(s, kv{k, v})
	}
	sort.Slice(s, func(i, j int) bool { return s[i].v > s[j].v || s[i].v == s[j].v && s[i].k < s[j].k })
	var b strings.Builder
	for _, e := range s {
		fmt.Fprintf(&b, "%s:%d ", e.k, e.v)
	}
	return b.String()
}
