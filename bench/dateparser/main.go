// Command dateparser measures github.com/markusmobius/go-dateparser against
// newsprint's own date reader (extractor.parseDate) on the same strings, in
// the same process: the cost of a call, the cost of a fallback called where
// ours reads no date, as a share of Extract on the same pages, and where
// the two disagree. Its strings are testdata/corpus.tsv, those parseDate was
// given on the fit halves of the dev sets, and testdata/probes.tsv, date
// lines in the twenty languages of issue 13 with their right day. See
// README.md.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/markusmobius/go-dateparser"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "dateparser:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fl := flag.NewFlagSet("dateparser", flag.ExitOnError)
	data := fl.String("data", "../../../shared/benchmarks", "the shared benchmarks folder, for Extract's cost on the same fit-half pages")
	probeFile := fl.String("probes", "testdata/probes.tsv", "the probes file")
	rounds := fl.Int("rounds", 3, "timed rounds, alternating ours and go-dateparser (0: agreement only)")
	diffs := fl.String("diffs", "", "write every string the two read differently to this file")
	fl.BoolVar(&ignoreSurrounding, "ignore-surrounding", false, "set go-dateparser's IgnoreSurroundingText: retry a failed parse without the words around the date")
	fl.Parse(args)
	runtime.GOMAXPROCS(1)
	if !checkOurs() {
		return errors.New("extractor.parseDate's result no longer has the layout of ours.go's when")
	}
	corpus, pages, err := readStrings("testdata/corpus.tsv", false)
	if err != nil {
		return err
	}
	probes, _, err := readStrings(*probeFile, true)
	if err != nil {
		return err
	}
	fmt.Printf("dateparser: %s, GOMAXPROCS=1, go-dateparser v1.4.7, %d corpus strings (%d calls on %d pages), %d probes\n\n",
		runtime.Version(), len(corpus), calls(corpus), pages, len(probes))

	read(corpus)
	read(probes)
	if *rounds > 0 {
		timeCalls(corpus, pages, *rounds, *data)
	}
	agreement("corpus (fit halves), by page language", corpus, false)
	agreement("probes, by language: right answers", probes, true)
	if *diffs != "" {
		return writeDiffs(*diffs, corpus, probes)
	}
	return nil
}

// item is one string a date reader is given.
type item struct {
	calls    int // how many times parseDate was given it on the pages
	lang     string
	dayFirst bool
	s        string
	want     string // the right day, for a probe
	ours     string // parseDate's day, "" for none
	theirs   string // go-dateparser's day, "" for none
	locale   string // the locale go-dateparser read it in
}

// readStrings reads corpus.tsv (calls, language, order, string) or, with
// probes, probes.tsv (language, order, right day, string). pages is the
// number of pages corpus.tsv was harvested from, read from its header.
func readStrings(name string, probes bool) (items []*item, pages int, err error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, fmt.Errorf("read strings: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "#"); ok {
			if i := strings.Index(rest, " pages"); i > 0 {
				fs := strings.Fields(rest[:i])
				pages, _ = strconv.Atoi(fs[len(fs)-1])
			}
			continue
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) != 4 {
			return nil, 0, fmt.Errorf("read strings %s: bad line %q", name, line)
		}
		it := &item{calls: 1}
		if probes {
			it.lang, it.dayFirst, it.want, it.s = f[0], f[1] == "d", f[2], f[3]
		} else {
			it.calls, _ = strconv.Atoi(f[0])
			it.lang, it.dayFirst, it.s = f[1], f[2] == "d", f[3]
		}
		items = append(items, it)
	}
	return items, pages, sc.Err()
}

func calls(items []*item) int {
	n := 0
	for _, it := range items {
		n += it.calls
	}
	return n
}

// ignoreSurrounding is the -ignore-surrounding flag.
var ignoreSurrounding bool

// config is go-dateparser's configuration for a page in lang, as a
// fallback for publication dates would set it: the page's language when
// the library knows it, a fixed "now", dates in the past, and a day, a
// month and a year required (a page's date is a day; "May 2024" or "16
// May" alone is not one). The order of day and month is the locale's:
// an explicit DateOrder (DMY for a day-first page) is applied to ISO
// dates too, "2023-10-12" read as 10 December, so dayFirst is not passed.
func config(lang string, dayFirst bool) *dateparser.Configuration {
	cfg := &dateparser.Configuration{
		CurrentTime:           time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC),
		PreferredDateSource:   dateparser.Past,
		RequiredParts:         []string{"day", "month", "year"},
		IgnoreSurroundingText: ignoreSurrounding,
	}
	if l := dateLang(lang); l != "" {
		cfg.Languages = []string{l}
	}
	return cfg
}

// dateLang is lang as go-dateparser names it, or "" when it knows no such
// language (it then detects one).
func dateLang(lang string) string {
	if lang == "zh-Hans" || lang == "zh-Hant" {
		lang = "zh"
	}
	if lang == "" || lang == "-" || !dateparser.IsKnownLocale(lang) {
		return ""
	}
	return lang
}

// theirs is the day go-dateparser reads in s, as YYYY-MM-DD, or "", with
// the locale it read it in. A panic counts as no date.
func theirs(cfg *dateparser.Configuration, s string) (day, locale string) {
	defer func() {
		if recover() != nil {
			day, locale = "", "panic"
		}
	}()
	d, err := dateparser.Parse(cfg, s)
	if err != nil || d.IsZero() {
		return "", ""
	}
	return d.Time.Format(time.DateOnly), d.Locale
}

// read fills in both readers' answers.
func read(items []*item) {
	for _, it := range items {
		it.ours = ours(it.s, it.dayFirst)
		it.theirs, it.locale = theirs(config(it.lang, it.dayFirst), it.s)
	}
}
