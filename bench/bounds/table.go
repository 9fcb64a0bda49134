package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func printRun(r run) {
	end := "exited by itself"
	switch r.res.Stopped {
	case "memory":
		end = "KILLED at the resident-set limit"
	case "time":
		end = "stopped at the time limit"
		if r.res.Killed {
			end += " (killed)"
		}
	}
	if r.res.ExitErr != nil && r.res.Stopped == "" {
		end += fmt.Sprintf(" (%v)", r.res.ExitErr)
	}
	fmt.Printf("round %d %-20s %-9s peak RSS %4d MiB, CPU %5.1f s, wall %5.1f s, %s; %d articles emitted; %d requests (%d of URLs over 2,083 characters), %s sent for the input (at most %d of its requests at once)",
		r.round, r.input, r.crawler, r.res.PeakRSS>>10, r.res.CPU.Seconds(), r.res.Wall.Seconds(), end, r.emitted, r.requests, r.long, size(r.sent), r.inflight)
	if o := notable(r.outcomes); o != "" {
		fmt.Printf("; %s", o)
	}
	fmt.Println()
	if r.res.ExitErr != nil && r.res.Stopped == "" && r.logTail != "" {
		fmt.Printf("    %s\n", strings.ReplaceAll(r.logTail, "\n", "\n    "))
	}
}

// notable is newsprint's outcomes other than articles and pages, which say
// what it did with the input.
func notable(outcomes map[string]int) string {
	var keys []string
	for k := range outcomes {
		if k != "article" && !strings.HasPrefix(k, "page") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, outcomes[k]))
	}
	return strings.Join(parts, ", ")
}

// stat is the medians of one crawler's runs of one input.
type stat struct {
	n                int
	rss, cpu, wall   float64 // MiB, s, s
	minRSS, maxRSS   float64
	emitted          float64
	sent             float64
	killed, timedOut int
	outcomes         string // of the last run
}

func stats(runs []run, input, crawler string) (stat, bool) {
	var rss, cpu, wall, emitted, sent []float64
	var s stat
	for _, r := range runs {
		if r.input != input || r.crawler != crawler {
			continue
		}
		rss = append(rss, float64(r.res.PeakRSS)/1024)
		cpu = append(cpu, r.res.CPU.Seconds())
		wall = append(wall, r.res.Wall.Seconds())
		emitted = append(emitted, float64(r.emitted))
		sent = append(sent, float64(r.sent))
		switch r.res.Stopped {
		case "memory":
			s.killed++
		case "time":
			s.timedOut++
		}
		s.outcomes = notable(r.outcomes)
	}
	if len(rss) == 0 {
		return s, false
	}
	s.n = len(rss)
	s.rss, s.cpu, s.wall, s.emitted, s.sent = median(rss), median(cpu), median(wall), median(emitted), median(sent)
	s.minRSS, s.maxRSS = slices.Min(rss), slices.Max(rss)
	return s, true
}

// printTable prints the medians of the rounds as a Markdown table: each
// input's peak RSS against the baseline's of the same crawler, and
// newsprint's against colly's.
func printTable(ins []input, cs []crawler, runs []run) {
	base := map[string]stat{}
	for _, c := range cs {
		base[c.name], _ = stats(runs, ins[0].name, c.name)
	}
	fmt.Printf("\nmedians of the rounds; \"×base\" is the peak RSS against the same crawler's baseline crawl\n\n")
	fmt.Println("| input | sent to newsprint / colly | newsprint peak RSS | ×base | CPU | wall | emitted | colly peak RSS | ×base | CPU | wall | emitted | newsprint / colly RSS | newsprint outcomes |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
	for _, in := range ins {
		np, okNP := stats(runs, in.name, "newsprint")
		co, okCo := stats(runs, in.name, "colly")
		sent := size(int64(np.sent)) + " / —"
		if okCo {
			sent = size(int64(np.sent)) + " / " + size(int64(co.sent))
		}
		row := fmt.Sprintf("| %s | %s |", in.name, sent)
		row += cells(np, okNP, base["newsprint"])
		row += cells(co, okCo, base["colly"])
		ratio := "—"
		if okNP && okCo {
			ratio = fmt.Sprintf("%.2fx", np.rss/co.rss)
			if co.killed > 0 {
				ratio = fmt.Sprintf("< %.2fx", np.rss/co.rss)
			}
		}
		fmt.Printf("%s %s | %s |\n", row, ratio, np.outcomes)
	}
	printBase(ins, runs)
	fmt.Println()
	for _, in := range ins {
		fmt.Printf("- %s: %s\n", in.name, in.what)
	}
}

// printBase prints newsprint against the base binary (-base), measured in
// the same rounds, if it was.
func printBase(ins []input, runs []run) {
	if _, ok := stats(runs, ins[0].name, "base"); !ok {
		return
	}
	fmt.Printf("\nnewsprint against -base, same rounds (medians; range in brackets)\n\n")
	fmt.Println("| input | base peak RSS | newsprint peak RSS | newsprint / base | base CPU | newsprint CPU | emitted base / newsprint | outcomes base ; newsprint |")
	fmt.Println("|---|---|---|---|---|---|---|---|")
	for _, in := range ins {
		b, okB := stats(runs, in.name, "base")
		n, okN := stats(runs, in.name, "newsprint")
		if !okB || !okN {
			continue
		}
		fmt.Printf("| %s | %s | %s | %.2fx | %.1f s | %.1f s | %.0f / %.0f | %s ; %s |\n", in.name, rssCell(b), rssCell(n), n.rss/b.rss,
			b.cpu, n.cpu, b.emitted, n.emitted, b.outcomes, n.outcomes)
	}
}

func rssCell(s stat) string {
	switch {
	case s.killed > 0:
		return fmt.Sprintf("> %.0f MiB (killed %d/%d)", s.rss, s.killed, s.n)
	case s.maxRSS-s.minRSS >= 1:
		return fmt.Sprintf("%.0f MiB (%.0f–%.0f)", s.rss, s.minRSS, s.maxRSS)
	}
	return fmt.Sprintf("%.0f MiB", s.rss)
}

func cells(s stat, ok bool, base stat) string {
	if !ok {
		return " — | — | — | — | — |"
	}
	rss := fmt.Sprintf("%.0f MiB", s.rss)
	if s.maxRSS-s.minRSS >= 1 {
		rss = fmt.Sprintf("%.0f MiB (%.0f–%.0f)", s.rss, s.minRSS, s.maxRSS)
	}
	if s.killed > 0 {
		rss = fmt.Sprintf("> %.0f MiB (killed %d/%d)", s.rss, s.killed, s.n)
	}
	wall := fmt.Sprintf("%.1f s", s.wall)
	if s.timedOut > 0 {
		wall = fmt.Sprintf("> %.0f s (stopped %d/%d)", s.wall, s.timedOut, s.n)
	}
	x := "—"
	if base.rss > 0 {
		x = fmt.Sprintf("%.2fx", s.rss/base.rss)
		if s.killed > 0 {
			x = "> " + x
		}
	}
	return fmt.Sprintf(" %s | %s | %.1f s | %s | %.0f |", rss, x, s.cpu, wall, s.emitted)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// size is n bytes in a short human form.
func size(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
