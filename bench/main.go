// Command bench scores newsprint's article extraction against its peers on
// the shared benchmark data, on the same pages in the same run.
//
//	cd bench && go run . -data ../../shared/benchmarks
//
// Body text is scored with the scrapinghub article-extraction-benchmark
// metric (token 4-gram shingles; precision averaged over pages with output,
// recall over all pages; ± is the bootstrap standard deviation of F1).
// Chinese bodies are also scored on character 4-grams. Metadata is scored on
// the pages that carry a label. Speed is pages per second on one core.
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

func main() {
	data := flag.String("data", "../../shared/benchmarks", "the shared benchmarks folder")
	only := flag.String("only", "", "run only the extractors whose name contains this")
	sets := flag.String("sets", "scrapinghub,wcxb-dev,zh-cwced", "comma-separated datasets")
	worst := flag.Int("worst", 0, "list this many of newsprint's worst pages per dataset")
	rounds := flag.Int("speed-rounds", 0, "only time newsprint against readability, this many rounds, and print each round's ratio and the median")
	flag.Parse()
	if _, err := os.Stat(*data); err != nil {
		fmt.Fprintf(os.Stderr, "bench: the benchmark data is not there (%v); it lives in shared/benchmarks beside the checkout\n", err)
		os.Exit(1)
	}
	// One core, so pages/s compare extractors, not scheduling.
	runtime.GOMAXPROCS(1)
	fmt.Printf("bench: %s, GOMAXPROCS=1, %s\n\n", runtime.Version(), time.Now().UTC().Format(time.RFC3339))
	for _, set := range strings.Split(*sets, ",") {
		pages, err := loadDataset(filepath.Join(*data, set))
		if err != nil {
			fmt.Fprintf(os.Stderr, "bench: %v\n", err)
			os.Exit(1)
		}
		if *rounds > 0 {
			speedRounds(set, pages, *rounds)
			continue
		}
		runSet(set, pages, *only, *worst)
	}
}

type row struct {
	name                string
	body, chars         corpusScore
	title, author, date rate
	pagesPerSec         float64
	errors              int
}

// rate is a count of right answers out of labelled pages.
type rate struct{ ok, n int }

func (r rate) String() string {
	if r.n == 0 {
		return "—"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(r.ok)/float64(r.n), r.ok, r.n)
}

// runSet runs every extractor on every page. The extractors take turns page
// by page, so that a noisy neighbour on this shared machine slows all of
// them alike and the speed ratios stay meaningful.
func runSet(set string, pages []page, only string, worst int) {
	type acc struct {
		row
		scores, charScores []pageScore
		total              time.Duration
	}
	var accs []*acc
	var fns []extractorFunc
	for _, ex := range extractors {
		if only == "" || strings.Contains(ex.name, only) {
			accs = append(accs, &acc{row: row{name: ex.name}})
			fns = append(fns, ex.fn)
		}
	}
	type bad struct {
		id string
		f  float64
	}
	var worstPages []bad
	for _, p := range pages {
		for i, fn := range fns {
			a := accs[i]
			res, d := timed(fn, p)
			a.total += d
			if res.err != nil {
				a.errors++
			}
			s := scorePage(p.body, res.text, tokens)
			a.scores = append(a.scores, s)
			a.charScores = append(a.charScores, scorePage(p.body, res.text, charTokens))
			if p.title != nil {
				a.title.n++
				if normSpace(res.title) == normSpace(*p.title) {
					a.title.ok++
				}
			}
			if p.author != nil {
				a.author.n++
				if authorsMatch(res.authors, *p.author) {
					a.author.ok++
				}
			}
			if p.date != nil {
				a.date.n++
				if dateMatch(res.date, *p.date) {
					a.date.ok++
				}
			}
			if worst > 0 && a.name == "newsprint" {
				pr, rc := s.precision(), s.recall()
				f := 0.0
				if pr+rc > 0 {
					f = 2 * pr * rc / (pr + rc)
				}
				worstPages = append(worstPages, bad{fmt.Sprintf("%s P=%.2f R=%.2f %s", p.id, pr, rc, p.url), f})
			}
		}
	}
	sort.Slice(worstPages, func(i, j int) bool { return worstPages[i].f < worstPages[j].f })
	for i := 0; i < worst && i < len(worstPages); i++ {
		fmt.Printf("worst %s F1=%.3f %s\n", set, worstPages[i].f, worstPages[i].id)
	}
	var rows []row
	for _, a := range accs {
		a.body = corpus(a.scores)
		a.chars = corpus(a.charScores)
		a.pagesPerSec = float64(len(pages)) / a.total.Seconds()
		rows = append(rows, a.row)
	}
	printTable(set, len(pages), rows)
}

// speedRounds times newsprint and readability in turn on every page, round
// after round, and prints the ratio of their pages/s per round and the
// median: one round on this shared machine varies by several percent. A
// round goes over the pages as many times as it takes newsprint a second,
// so that a small set (zh-cwced's 35 pages) is not timed on a fraction of
// one.
func speedRounds(set string, pages []page, rounds int) {
	var ratios []float64
	for r := 0; r < rounds; r++ {
		var np, rd time.Duration
		for np < time.Second {
			for _, p := range pages {
				_, d := timed(runNewsprint, p)
				np += d
				_, d = timed(runReadability, p)
				rd += d
			}
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

func printTable(set string, n int, rows []row) {
	fmt.Printf("### %s (%d pages)\n\n", set, n)
	fmt.Println("| extractor | body P | body R | body F1 ± | exact | char-4gram F1 | title | author | date | pages/s (1 core) | vs readability | errors |")
	fmt.Println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
	var ref float64
	for _, rw := range rows {
		if strings.HasPrefix(rw.name, "readeck") {
			ref = rw.pagesPerSec
		}
	}
	for _, rw := range rows {
		ratio := "—"
		if ref > 0 {
			ratio = fmt.Sprintf("%.2fx", rw.pagesPerSec/ref)
		}
		fmt.Printf("| %s | %.3f | %.3f | %.3f ± %.3f | %.3f | %.3f | %s | %s | %s | %.0f | %s | %d |\n",
			rw.name, rw.body.p, rw.body.r, rw.body.f1, rw.body.f1std, rw.body.acc, rw.chars.f1,
			rw.title, rw.author, rw.date, rw.pagesPerSec, ratio, rw.errors)
	}
	fmt.Println()
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// authorsMatch compares an extractor's authors with a label such as
// "A, B and C": equal as a whole string, or the same set of names.
func authorsMatch(got []string, label string) bool {
	if len(got) == 0 {
		return false
	}
	if strings.EqualFold(normSpace(strings.Join(got, ", ")), normSpace(label)) {
		return true
	}
	want := map[string]bool{}
	for _, n := range splitLabel(label) {
		want[n] = true
	}
	have := map[string]bool{}
	for _, g := range got {
		for _, n := range splitLabel(g) {
			have[n] = true
		}
	}
	if len(want) != len(have) {
		return false
	}
	for n := range want {
		if !have[n] {
			return false
		}
	}
	return true
}

func splitLabel(s string) []string {
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",", "、", ",", "，", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.ToLower(normSpace(p)); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 1 && !strings.ContainsAny(s, ",") {
		// Chinese labels separate names with spaces: "王建宏 张文攀".
		if f := strings.Fields(out[0]); len(f) > 1 && allHan(out[0]) {
			return f
		}
	}
	return out
}

func allHan(s string) bool {
	for _, r := range s {
		if r != ' ' && (r < 0x4e00 || r > 0x9fff) {
			return false
		}
	}
	return true
}

// dateMatch compares a date with a label of day, month or year precision.
func dateMatch(got, label string) bool {
	return len(got) >= len(label) && got[:len(label)] == label
}
