package extractor

import (
	"bytes"
	"flag"
	"net/url"
	"runtime"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// BenchmarkExtractCorpus extracts the pages of the shared benchmarks
// (scrapinghub, wcxb-dev, zh-cwced) in turn; BenchmarkReadabilityCorpus
// parses the same pages and runs readability alone on them, the peer the
// speed target is set against. Compare the two in one run:
//
//	go test ./extractor -run '^$' -bench Corpus -benchtime 1009x -count 10 -cpu 1
//
// The pages come in a fixed order, so that -benchtime Nx reads the same
// pages in every run.
func BenchmarkExtractCorpus(b *testing.B) {
	pages := corpusPages(b)
	setCorpusBytes(b, pages)
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		p := pages[i%len(pages)]
		if _, err := Extract(p.page, p.url, Options{}); err != nil && len(p.page) > 0 {
			_ = err // pages that are not HTML fail, as they should
		}
		i++
	}
	reportCPU(b, cpu0)
}

func BenchmarkReadabilityCorpus(b *testing.B) {
	pages := corpusPages(b)
	setCorpusBytes(b, pages)
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		readabilityAlone(pages[i%len(pages)])
		i++
	}
	reportCPU(b, cpu0)
}

// readabilityAlone is what the peer does with a page: decode, parse, run
// readability.
func readabilityAlone(p corpusPage) {
	u, _ := decode(p.page, "")
	doc, err := html.Parse(bytes.NewReader(u))
	if err != nil {
		return
	}
	base, _ := url.Parse(p.url)
	rp := readability.NewParser()
	_, _ = rp.ParseAndMutate(doc, base)
}

// BenchmarkRatioCorpus runs Extract and readability alone on each page in
// turn, on one OS thread, and reports the CPU time of that thread spent in
// each (extract-cpu-ns/op, readability-cpu-ns/op, per page) and their ratio
// (readability/extract: the speed target is 0.8 or more). Turn by turn, a
// load that comes and goes on a shared machine falls on both alike; CPU
// time leaves out the time other processes hold the core. Its pages are
// corpusPages' three sets, most of them wcxb-dev's: BenchmarkRatioSets
// gives the ratio of each set, dragnet and htmldate-eval too.
//
//	go test ./extractor -run '^$' -bench RatioCorpus -benchtime 1009x -count 10 -cpu 1
func BenchmarkRatioCorpus(b *testing.B) {
	pages := corpusPages(b)
	setCorpusBytes(b, pages)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var ext, rd int64
	i := 0
	for b.Loop() {
		p := pages[i%len(pages)]
		i++
		t0 := threadCPU()
		_, _ = Extract(p.page, p.url, Options{})
		t1 := threadCPU()
		readabilityAlone(p)
		t2 := threadCPU()
		ext += t1 - t0
		rd += t2 - t1
	}
	b.ReportMetric(float64(ext)/float64(b.N), "extract-cpu-ns/op")
	b.ReportMetric(float64(rd)/float64(b.N), "readability-cpu-ns/op")
	if ext > 0 {
		b.ReportMetric(float64(rd)/float64(ext), "ratio")
	}
}

// BenchmarkRatioSets is the bench program's speed measure (bench
// -speed-rounds) in go test: on each set of ../../shared/benchmarks, one op
// runs Extract and readability alone in turn on every page of the set, and
// reports readability's time over Extract's three ways:
//
//   - wall-ratio: the wall clock, what bench -speed-rounds reports;
//   - process-ratio: the process's CPU time, every thread: with one P the
//     collector's background mark worker runs on another OS thread than
//     the locked one, so only this and the wall clock count it;
//   - thread-ratio: the locked thread's CPU time (as BenchmarkRatioCorpus),
//     which leaves that background work out but not mark assists.
//
// The collector's work is charged to whichever of the two runs when it
// happens, as in the bench program. One op is one round of the bench:
//
//	go test ./extractor -run '^$' -bench RatioSets -benchtime 1x -count 5 -cpu 1
func BenchmarkRatioSets(b *testing.B) {
	for _, set := range []string{"dragnet", "htmldate-eval", "scrapinghub", "wcxb-dev", "zh-cwced"} {
		b.Run(set, func(b *testing.B) {
			pages := setPages(b, set)
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var ext, rd [3]int64 // wall, process CPU, thread CPU, in ns
			now := func() [3]int64 {
				return [3]int64{time.Now().UnixNano(), processCPU(), threadCPU()}
			}
			for b.Loop() {
				for _, p := range pages {
					t0 := now()
					_, _ = Extract(p.page, p.url, Options{})
					t1 := now()
					readabilityAlone(p)
					t2 := now()
					for k := range 3 {
						ext[k] += t1[k] - t0[k]
						rd[k] += t2[k] - t1[k]
					}
				}
			}
			n := float64(b.N * len(pages))
			for k, name := range []string{"wall", "process", "thread"} {
				b.ReportMetric(float64(ext[k])/n, "extract-"+name+"-ns/page")
				b.ReportMetric(float64(rd[k])/n, "readability-"+name+"-ns/page")
				if ext[k] > 0 {
					b.ReportMetric(float64(rd[k])/float64(ext[k]), name+"-ratio")
				}
			}
		})
	}
}

func setCorpusBytes(b *testing.B, pages []corpusPage) {
	var size int64
	for _, p := range pages {
		size += int64(len(p.page))
	}
	b.SetBytes(size / int64(len(pages)))
	b.ReportAllocs()
}

// reportCPU reports the process's CPU time per page since cpu0, GC
// included: on a machine shared with other work it varies far less than
// the wall clock. Run with -cpu 1 so that it is one core's.
func reportCPU(b *testing.B, cpu0 int64) {
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

var speedWork = flag.String("speed-work", "", "TestSpeedWork: run `extract`, `readability` (alone) or `none` over the first -speed-pages corpus pages, for an instruction count under valgrind")
var speedPages = flag.Int("speed-pages", 250, "TestSpeedWork: how many corpus pages, in BenchmarkRatioCorpus's order")

// TestSpeedWork does one kind of work over the pages BenchmarkRatioCorpus
// reads first, so that an instruction count, which the load of a shared
// machine does not change, can stand beside the CPU times. The count of
// -speed-work none (loading the pages) is subtracted from the other two:
//
//	go test -c -o x.test ./extractor && cd extractor
//	for w in none extract readability; do GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 \
//	  valgrind --tool=callgrind --callgrind-out-file=/tmp/$w.cg ../x.test \
//	  -test.run TestSpeedWork -speed-work $w 2>&1 | grep refs; done
//
// ratio = (readability - none) / (extract - none). Callgrind stops on Go's
// preemption signals without asyncpreemptoff. GOGC=off keeps the collector
// out of the count: with it on, totals move by some 50M instructions from
// run to run, more than a small change saves; compare per-function counts
// (callgrind_annotate) for those.
func TestSpeedWork(t *testing.T) {
	if *speedWork == "" {
		t.Skip("-speed-work not set")
	}
	pages := corpusPages(t)
	pages = pages[:min(*speedPages, len(pages))]
	for _, p := range pages {
		switch *speedWork {
		case "extract":
			_, _ = Extract(p.page, p.url, Options{})
		case "readability":
			readabilityAlone(p)
		case "none":
		default:
			t.Fatalf("-speed-work %q: want extract, readability or none", *speedWork)
		}
	}
}
