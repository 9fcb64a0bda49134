package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// options are runSet's flags.
type options struct {
	only   string
	worst  int
	misses string
	// peerRight narrows the misses to pages the first extractor whose name
	// contains it gets right: what a peer already knows how to do.
	peerRight string
	// loseTo makes -worst list the pages where the first extractor whose
	// name contains it beats newsprint's body by the most.
	loseTo string
}

// outcome is what one extractor scored on one page. A nil verdict means the
// page has no such label.
type outcome struct {
	body, chars               pageScore
	hasBody                   bool
	snips                     snippetScore
	title, author, date, none *bool
	// titleQ is the title judged with typographic quotes folded to
	// straight ones on both sides: the labels write them either way.
	titleQ *bool
	cost
	err bool
}

type row struct {
	name                      string
	body, chars               corpusScore
	title, author, date, none rate
	titleQ                    rate
	snips                     snippetScore
	bodies                    int // pages with a body label
	pagesPerSec               float64
	allocPerPage              float64 // bytes
	errors                    int
}

// rate is a count of right answers out of labelled pages.
type rate struct{ ok, n int }

func (r *rate) add(v *bool) {
	if v == nil {
		return
	}
	r.n++
	if *v {
		r.ok++
	}
}

func (r rate) String() string {
	if r.n == 0 {
		return "—"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(r.ok)/float64(r.n), r.ok, r.n)
}

// quoteFolder writes typographic quotes as the straight ones they stand
// for: ‘’‚‛ and the prime as ', “”„‟ and the double prime as ".
var quoteFolder = strings.NewReplacer("‘", "'", "’", "'", "‚", "'", "‛", "'", "′", "'", "“", `"`, "”", `"`, "„", `"`, "‟", `"`, "″", `"`)

func foldQuotes(s string) string { return quoteFolder.Replace(s) }

// judge scores one extractor's result on one page.
func judge(p page, res result, c cost) outcome {
	o := outcome{cost: c, err: res.err != nil}
	if p.body.has() {
		o.hasBody = true
		o.body = scorePage(p.body.String(), res.text, tokens)
		o.chars = scorePage(p.body.String(), res.text, charTokens)
	}
	o.snips = scoreSnippets(p.with, p.without, res.text)
	verdict := func(ok bool) *bool { return &ok }
	if p.title.has() {
		o.title = verdict(normSpace(res.title) == normSpace(p.title.String()))
		o.titleQ = verdict(foldQuotes(normSpace(res.title)) == foldQuotes(normSpace(p.title.String())))
	}
	if p.author.has() {
		o.author = verdict(authorsMatch(res.authors, p.author.String()))
	}
	switch {
	case p.date.has():
		o.date = verdict(dateMatch(res.date, p.date.String()))
	case p.date.absent():
		o.none = verdict(res.date == "")
	}
	return o
}

// runSet runs every extractor on every page, then prints a table for each
// half. The extractors take turns page by page, so that a noisy neighbour
// on this shared machine slows all of them alike and the speed ratios stay
// meaningful.
func runSet(set string, pages []page, halves []string, opt options) {
	type ex struct {
		name string
		fn   extractorFunc
	}
	var exs []ex
	loser := -1 // the extractor of opt.loseTo
	for _, e := range extractors {
		peer := opt.loseTo != "" && loser < 0 && strings.Contains(e.name, opt.loseTo)
		if opt.only == "" || strings.Contains(e.name, opt.only) || peer {
			if peer {
				loser = len(exs)
			}
			exs = append(exs, ex{e.name, e.fn})
		}
	}
	outs := make([][]outcome, len(exs)) // [extractor][page]
	missed := map[int]string{}          // newsprint's misses by page index
	peer := -1                          // the extractor of opt.peerRight
	for i, e := range exs {
		if opt.peerRight != "" && peer < 0 && strings.Contains(e.name, opt.peerRight) {
			peer = i
		}
	}
	for pi, p := range pages {
		for i, e := range exs {
			res, c := timed(e.fn, p)
			o := judge(p, res, c)
			outs[i] = append(outs[i], o)
			if e.name == "newsprint" && opt.misses != "" {
				if m := miss(p, res, o, opt.misses); m != "" {
					missed[pi] = m
				}
			}
		}
	}
	for _, h := range halves {
		var idx []int
		for i, p := range pages {
			if h == halfAll || halfOf(p.id) == h {
				idx = append(idx, i)
			}
		}
		for _, i := range idx {
			m, ok := missed[i]
			if !ok || (peer >= 0 && !right(outs[peer][i], opt.misses)) {
				continue
			}
			fmt.Printf("miss %s %s %s %s\n", set, h, opt.misses, m)
		}
		if opt.worst > 0 && exs[0].name == "newsprint" {
			var peerOuts []outcome
			if loser >= 0 {
				peerOuts = outs[loser]
			}
			for _, line := range worstBodies(set, h, pages, idx, outs[0], peerOuts, opt.worst) {
				fmt.Println(line)
			}
		}
		var rows []row
		for i, e := range exs {
			rows = append(rows, aggregateRow(e.name, outs[i], idx))
		}
		title := fmt.Sprintf("%s, %s half", set, h)
		if h == halfAll {
			title = set + ", a check set: every page, nothing fitted on it"
		}
		printTable(title, len(idx), rows)
	}
}

// right reports whether o holds a right answer for field.
func right(o outcome, field string) bool {
	ok := func(v *bool) bool { return v != nil && *v }
	switch field {
	case "title":
		return ok(o.title)
	case "author":
		return ok(o.author)
	case "date":
		return ok(o.date) || ok(o.none)
	}
	return false
}

// miss describes newsprint's wrong answer for field on p, or is "".
func miss(p page, res result, o outcome, field string) string {
	wrong := func(v *bool) bool { return v != nil && !*v }
	switch {
	case field == "title" && wrong(o.title):
		return fmt.Sprintf("%s %s got %q want %q", p.id, p.url, res.title, p.title)
	case field == "author" && wrong(o.author):
		return fmt.Sprintf("%s %s got %q want %q", p.id, p.url, strings.Join(res.authors, "; "), p.author)
	case field == "date" && (wrong(o.date) || wrong(o.none)):
		return fmt.Sprintf("%s %s got %q want %q", p.id, p.url, res.date, p.date)
	}
	return ""
}

// bodyMark is newsprint's (or a peer's) body on one page, as -worst ranks
// it: token F1 against a body label, or the share of snippets right on a
// snippet set; ok is false when the page has neither.
func bodyMark(p page, o outcome) (f float64, line string, ok bool) {
	if sn := o.snips; !p.body.has() && sn.n() > 0 {
		return sn.accuracy(), fmt.Sprintf("%s snippets: missed %d of %d wanted, kept %d of %d unwanted %s", p.id, sn.fn, sn.tp+sn.fn, sn.fp, sn.fp+sn.tn, p.url), true
	}
	if !p.body.has() {
		return 0, "", false
	}
	pr, rc := o.body.precision(), o.body.recall()
	if pr+rc > 0 {
		f = 2 * pr * rc / (pr + rc)
	}
	return f, fmt.Sprintf("%s P=%.2f R=%.2f %s", p.id, pr, rc, p.url), true
}

// worstBodies lists newsprint's n worst bodies of the pages idx, or with a
// peer's outcomes the n pages where the peer's body beats newsprint's by
// the most (the peer's mark, then newsprint's line).
func worstBodies(set, half string, pages []page, idx []int, outs, peer []outcome, n int) []string {
	type bad struct {
		line string
		f    float64
	}
	var worst []bad
	for _, i := range idx {
		f, line, ok := bodyMark(pages[i], outs[i])
		if !ok {
			continue
		}
		if peer != nil {
			pf, _, _ := bodyMark(pages[i], peer[i])
			if pf <= f {
				continue
			}
			line = fmt.Sprintf("peer %.3f newsprint %.3f %s", pf, f, line)
			f -= pf
		}
		worst = append(worst, bad{line, f})
	}
	sort.SliceStable(worst, func(i, j int) bool { return worst[i].f < worst[j].f })
	what := "worst"
	if peer != nil {
		what = "loses"
	}
	var lines []string
	for i := 0; i < n && i < len(worst); i++ {
		lines = append(lines, fmt.Sprintf("%s %s %s %.3f %s", what, set, half, worst[i].f, worst[i].line))
	}
	return lines
}

// aggregateRow sums one extractor's outcomes over the pages idx.
func aggregateRow(name string, outs []outcome, idx []int) row {
	rw := row{name: name}
	var scores, chars []pageScore
	var total time.Duration
	var alloc uint64
	for _, i := range idx {
		o := outs[i]
		total += o.dur
		alloc += o.alloc
		if o.err {
			rw.errors++
		}
		if o.hasBody {
			scores = append(scores, o.body)
			chars = append(chars, o.chars)
		}
		rw.snips = rw.snips.plus(o.snips)
		rw.title.add(o.title)
		rw.titleQ.add(o.titleQ)
		rw.author.add(o.author)
		rw.date.add(o.date)
		rw.none.add(o.none)
	}
	rw.bodies = len(scores)
	if len(scores) > 0 {
		rw.body = corpus(scores)
		rw.chars = corpus(chars)
	}
	if total > 0 {
		rw.pagesPerSec = float64(len(idx)) / total.Seconds()
	}
	if len(idx) > 0 {
		rw.allocPerPage = float64(alloc) / float64(len(idx))
	}
	return rw
}
