// Command bench scores newsprint's article extraction against its peers on
// the shared benchmark data, on the same pages in the same run.
//
//	cd bench && go run . -data ../../shared/benchmarks
//	cd bench && go run . -sets wcxb-dev -half fit -only newsprint -misses date
//	cd bench && go run . -sets dragnet -half fit -only newsprint -lose-to trafilatura -worst 30
//
// Every dataset is split in two by a hash of the page id (split.go): rules
// are fitted on the "fit" half and checked on the "held-out" half, and both
// are printed. Body text is scored with the scrapinghub
// article-extraction-benchmark metric (token 4-gram shingles; precision
// averaged over pages with output, recall over all pages; ± is the bootstrap
// standard deviation of F1). Chinese bodies are also scored on character
// 4-grams. Metadata is scored on the pages that carry a label; "date none"
// is the share of pages annotated as having no date where the extractor
// gave none. trafilatura-eval (extern.go) is a dev set read from the
// go-trafilatura module, less the pages the shared sets hold: its bodies
// are scored as trafilatura's evaluation scores them, by snippets the text
// must and must not hold. After the dev sets come the check sets
// (extern.go): public annotated pages nothing was written against, scored
// whole and never listed. -worst lists newsprint's worst bodies of a
// half; with -lose-to, the fit-half pages where a peer's body beats
// newsprint's by the most. Speed is pages per second on one core. A field no page of a
// set labels is left out of its table.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

// allSets are the dev sets of ../shared/benchmarks, then the check sets
// (extern.go).
const allSets = "scrapinghub,wcxb-dev,zh-cwced,htmldate-eval,dragnet," + setMediacloud + "," + setTrafEval

func main() {
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmarks folder")
	only := flag.String("only", "", "run only the extractors whose name contains this (speed ratios need readeck)")
	sets := flag.String("sets", allSets, "comma-separated datasets")
	half := flag.String("half", "both", "which half of each dataset: fit, held-out or both")
	worst := flag.Int("worst", 0, "list this many of newsprint's worst pages (body F1) per dataset and half")
	misses := flag.String("misses", "", "list newsprint's wrong answers for this field (title, author, date) per dataset and half")
	peerRight := flag.String("peer-right", "", "with -misses, list only the fit-half misses that the extractor whose name contains this gets right")
	loseTo := flag.String("lose-to", "", "with -worst and -half fit, list instead the pages where the extractor whose name contains this beats newsprint's body by the most")
	rounds := flag.Int("speed-rounds", 0, "only time newsprint against readability, this many rounds, and print each round's ratio and the median")
	flag.Parse()
	halves, err := parseHalves(*half)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(2)
	}
	switch *misses {
	case "", "title", "author", "date":
	default:
		fmt.Fprintf(os.Stderr, "bench: -misses %q: want title, author or date\n", *misses)
		os.Exit(2)
	}
	if *peerRight != "" && (*misses == "" || len(halves) != 1 || halves[0] != halfFit) {
		// Held-out misses stay unread, whoever gets them right.
		fmt.Fprintln(os.Stderr, "bench: -peer-right needs -misses and -half fit")
		os.Exit(2)
	}
	if *loseTo != "" && (*worst == 0 || len(halves) != 1 || halves[0] != halfFit) {
		fmt.Fprintln(os.Stderr, "bench: -lose-to needs -worst and -half fit")
		os.Exit(2)
	}
	if _, err := os.Stat(*data); err != nil {
		fmt.Fprintf(os.Stderr, "bench: the benchmark data is not there (%v); it lives in shared/benchmarks beside the checkout\n", err)
		os.Exit(1)
	}
	// One core, so pages/s compare extractors, not scheduling.
	runtime.GOMAXPROCS(1)
	fmt.Printf("bench: %s, GOMAXPROCS=1, %s\n\n", runtime.Version(), time.Now().UTC().Format(time.RFC3339))
	for _, set := range strings.Split(*sets, ",") {
		if isCheckSet(set) && (*misses != "" || *worst > 0) {
			// Nothing is fitted on a check set: its pages are never listed.
			fmt.Printf("### %s: a check set, scored only; -misses and -worst skip it\n\n", set)
			continue
		}
		var pages []page
		setHalves := halves
		switch {
		case isCheckSet(set):
			pages, err = loadModuleSet(set, *data)
			setHalves = []string{halfAll}
		case isModuleSet(set):
			pages, err = loadModuleSet(set, *data)
		default:
			pages, err = loadDataset(filepath.Join(*data, set))
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench: %v\n", err)
			os.Exit(1)
		}
		pages = selectHalves(pages, setHalves)
		if *rounds > 0 {
			speedRounds(set, pages, *rounds)
			continue
		}
		runSet(set, pages, setHalves, options{only: *only, worst: *worst, misses: *misses, peerRight: *peerRight, loseTo: *loseTo})
	}
}

// selectHalves keeps the pages of the given halves.
func selectHalves(pages []page, halves []string) []page {
	if len(halves) == 2 || halves[0] == halfAll {
		return pages
	}
	var out []page
	for _, p := range pages {
		if halfOf(p.id) == halves[0] {
			out = append(out, p)
		}
	}
	return out
}

// speedRounds times newsprint and readability in turn, a pass over every
// page each, round after round, and prints the ratio of their pages/s per
// round and the median: one round on this shared machine varies by several
// percent. A round goes over the pages as many times as it takes newsprint
// a second, so that a small set (zh-cwced's 35 pages) is not timed on a
// fraction of one. The heap is collected, untimed, before every pass: with
// GOMAXPROCS=1 a collection runs in the time of whichever engine is
// running when the heap grows enough, and with the engines interleaved page
// by page one engine's garbage was collected in the other's time, so the
// ratio moved with how much the other allocated. Each engine now pays for
// the garbage of its own pass, and the passes still alternate, so machine
// noise falls on both.
func speedRounds(set string, pages []page, rounds int) {
	var ratios []float64
	pass := func(fn extractorFunc) (d time.Duration) {
		runtime.GC()
		for _, p := range pages {
			_, c := timed(fn, p)
			d += c.dur
		}
		return d
	}
	for r := 0; r < rounds; r++ {
		var np, rd time.Duration
		for np < time.Second {
			np += pass(runNewsprint)
			rd += pass(runReadability)
		}
		ratios = append(ratios, rd.Seconds()/np.Seconds())
	}
	sorted := append([]float64(nil), ratios...)
	sort.Float64s(sorted)
	fmt.Printf("%s: newsprint pages/s as a multiple of readability's, %d rounds:", set, rounds)
	for _, x := range ratios {
		fmt.Printf(" %.2fx", x)
	}
	fmt.Printf("; median %.2fx\n", sorted[len(sorted)/2])
}
