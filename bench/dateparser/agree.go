package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
)

// tally counts the strings of one language by how the two readers read
// them.
type tally struct {
	n, bothNone, same, oursOnly, theirsOnly, differ int
	oursRight, theirsRight, wanted                  int // probes
}

// agreement prints, per language, how often parseDate and go-dateparser
// agree on items; with probes, how often each gives the right day.
func agreement(title string, items []*item, probes bool) {
	by := map[string]*tally{}
	total := &tally{}
	for _, it := range items {
		t := by[it.lang]
		if t == nil {
			t = &tally{}
			by[it.lang] = t
		}
		for _, t := range []*tally{t, total} {
			t.n++
			switch {
			case it.ours == "" && it.theirs == "":
				t.bothNone++
			case it.ours == it.theirs:
				t.same++
			case it.theirs == "":
				t.oursOnly++
			case it.ours == "":
				t.theirsOnly++
			default:
				t.differ++
			}
			if probes {
				if it.want != "" {
					t.wanted++
				}
				if it.ours == it.want {
					t.oursRight++
				}
				if it.theirs == it.want {
					t.theirsRight++
				}
			}
		}
	}
	langs := make([]string, 0, len(by))
	for l := range by {
		langs = append(langs, l)
	}
	sort.Slice(langs, func(i, j int) bool {
		return by[langs[i]].n > by[langs[j]].n || by[langs[i]].n == by[langs[j]].n && langs[i] < langs[j]
	})
	fmt.Printf("## %s\n\n| language | strings | agree (both none) | agree (same day) | ours only | go-dateparser only | different days |", title)
	if probes {
		fmt.Printf(" with a date | ours right | go-dateparser right |")
	}
	fmt.Print("\n| --- | --- | --- | --- | --- | --- | --- |")
	if probes {
		fmt.Print(" --- | --- | --- |")
	}
	fmt.Println()
	row := func(l string, t *tally) {
		fmt.Printf("| %s | %d | %d | %d | %d | %d | %d |", l, t.n, t.bothNone, t.same, t.oursOnly, t.theirsOnly, t.differ)
		if probes {
			fmt.Printf(" %d | %d | %d |", t.wanted, t.oursRight, t.theirsRight)
		}
		fmt.Println()
	}
	for _, l := range langs {
		row(l, by[l])
	}
	row("all", total)
	fmt.Println()
}

// writeDiffs writes the strings the readers read differently: set,
// language, order, ours, theirs (with its locale), the right day for a
// probe, the string.
func writeDiffs(name string, corpus, probes []*item) error {
	f, err := os.Create(name)
	if err != nil {
		return fmt.Errorf("write diffs: %w", err)
	}
	w := bufio.NewWriter(f)
	for _, set := range []struct {
		name  string
		items []*item
	}{{"corpus", corpus}, {"probes", probes}} {
		for _, it := range set.items {
			if it.ours == it.theirs {
				continue
			}
			order := "m"
			if it.dayFirst {
				order = "d"
			}
			fmt.Fprintf(w, "%s\t%s\t%s\tours=%s\ttheirs=%s(%s)\twant=%s\t%q\n", set.name, it.lang, order, it.ours, it.theirs, it.locale, it.want, it.s)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write diffs: %w", err)
	}
	return f.Close()
}
