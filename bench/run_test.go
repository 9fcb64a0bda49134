package main

import (
	"strings"
	"testing"
	"time"
)

func TestParseTruthLabels(t *testing.T) {
	gt, err := parseTruth([]byte(`{
		"a": {"articleBody": "text", "url": "u", "title": "T", "author": null, "date": "2024-03-05"},
		"b": {"date": null},
		"c": {"articleBody": "only a body"}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	a, b, c := gt["a"], gt["b"], gt["c"]
	if !a.Title.has() || a.Title.String() != "T" || !a.Author.absent() || a.Author.has() {
		t.Errorf("page a: title %+v, author %+v; want title T, author annotated absent", a.Title, a.Author)
	}
	if !b.Date.absent() || b.ArticleBody.known {
		t.Errorf("page b: date %+v, body %+v; want date absent, body unknown", b.Date, b.ArticleBody)
	}
	if c.Date.known || c.Date.absent() || !c.ArticleBody.has() {
		t.Errorf("page c: date %+v; want unknown (not absent)", c.Date)
	}
	if _, err := parseTruth([]byte(`{"a": {"date": 5}}`)); err == nil {
		t.Error("parseTruth accepted a number as a date")
	}
}

func TestDateLabels(t *testing.T) {
	gt, err := parseTruth([]byte(`{
		"day": {"date": "2024-03-05"}, "month": {"date": "1998-3"}, "unpadded": {"date": "2003-5-7"},
		"year": {"date": "2018"}, "unknown": {"date": "UNKNWON"}, "none": {"date": null}
	}`))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"day": "2024-03-05", "month": "1998-03", "unpadded": "2003-05-07", "year": "2018"} {
		if d := gt[id].Date; !d.has() || d.String() != want {
			t.Errorf("label %s: date %+v (%q), want %q", id, d, d.String(), want)
		}
	}
	if d := gt["unknown"].Date; d.known {
		t.Errorf("label UNKNWON: %+v, want unlabelled", d)
	}
	if d := gt["none"].Date; !d.absent() {
		t.Errorf("label null: %+v, want annotated absent", d)
	}
	if !dateMatch("1998-03-15", gt["month"].Date.String()) {
		t.Error("a day in March 1998 does not match the label 1998-3")
	}
}

func TestJudgeDates(t *testing.T) {
	day := "2024-03-05"
	labelled := page{date: label{known: true, v: &day}}
	absent := page{date: label{known: true}}
	unknown := page{}
	for _, tc := range []struct {
		name      string
		p         page
		got       string
		date, non *bool
	}{
		{"same day", labelled, "2024-03-05T10:00:00+01:00", yes, nil},
		{"other day", labelled, "2024-03-06", no, nil},
		{"none for a dated page", labelled, "", no, nil},
		{"none for an undated page", absent, "", nil, yes},
		{"a date for an undated page", absent, "2024-03-05", nil, no},
		{"no label", unknown, "2024-03-05", nil, nil},
	} {
		o := judge(tc.p, result{date: tc.got}, cost{dur: time.Millisecond})
		if !sameVerdict(o.date, tc.date) || !sameVerdict(o.none, tc.non) {
			t.Errorf("%s: judge(%q) date=%v none=%v, want %v %v", tc.name, tc.got, show(o.date), show(o.none), show(tc.date), show(tc.non))
		}
	}
}

func TestAggregateRowHalves(t *testing.T) {
	body := "one two three four five"
	d := "2024-03-05"
	pages := []page{
		{id: "R1", body: label{known: true, v: &body}, date: label{known: true, v: &d}},
		{id: "a", date: label{known: true, v: &d}}, // no body label
		{id: "0001", body: label{known: true, v: &body}},
	}
	var outs []outcome
	for _, p := range pages {
		outs = append(outs, judge(p, result{text: body, date: d}, cost{dur: time.Second, alloc: 3 << 10}))
	}
	rw := aggregateRow("x", outs, []int{0, 1})
	if rw.bodies != 1 || rw.date != (rate{2, 2}) || rw.body.f1 != 1 {
		t.Errorf("aggregateRow over pages 0 and 1 = %+v; want 1 body (F1 1) and 2/2 dates", rw)
	}
	if rw.pagesPerSec != 1 {
		t.Errorf("pages/s = %v, want 1 (2 pages, 2 s)", rw.pagesPerSec)
	}
	if rw.allocPerPage != 3<<10 {
		t.Errorf("allocated per page = %v bytes, want 3 KiB (2 pages, 6 KiB)", rw.allocPerPage)
	}
	if rw := aggregateRow("x", outs, []int{1}); rw.bodies != 0 {
		t.Errorf("aggregateRow over a page without a body label scored %d bodies", rw.bodies)
	}
}

var (
	yes = func() *bool { b := true; return &b }()
	no  = func() *bool { b := false; return &b }()
)

func sameVerdict(a, b *bool) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func show(v *bool) string {
	if v == nil {
		return "unscored"
	}
	if *v {
		return "right"
	}
	return "wrong"
}

// The title is judged exactly (white space folded) and again with
// typographic quotes folded: "Don’t" against a label "Don't" is wrong by
// the first and right by the second; other differences stay wrong.
func TestJudgeTitleQuotes(t *testing.T) {
	want := `Don't say "never"`
	p := page{title: label{known: true, v: &want}}
	for _, tc := range []struct {
		got           string
		exact, folded *bool
	}{
		{`Don't say "never"`, yes, yes},
		{"Don’t  say “never”", no, yes},
		{"Don‘t say „never‟", no, yes},
		{`Do not say "never"`, no, no},
	} {
		o := judge(p, result{title: tc.got}, cost{dur: time.Millisecond})
		if !sameVerdict(o.title, tc.exact) || !sameVerdict(o.titleQ, tc.folded) {
			t.Errorf("judge(%q): title %v, quotes folded %v; want %v, %v", tc.got, show(o.title), show(o.titleQ), show(tc.exact), show(tc.folded))
		}
	}
}

// -worst ranks newsprint's bodies from the worst; with -lose-to it ranks
// the pages where the peer beats newsprint by the most and leaves out the
// pages where the peer does no better.
func TestWorstBodiesLoseTo(t *testing.T) {
	body := "one two three four five six seven eight"
	pages := []page{
		{id: "a", body: label{known: true, v: &body}},
		{id: "b", body: label{known: true, v: &body}},
		{id: "c", body: label{known: true, v: &body}},
		{id: "d"}, // no body label
	}
	ours := []string{"one two three four", body, "nothing of it here at all", body}
	theirs := []string{body, "one two three four", "one two three four five", body}
	var outs, peer []outcome
	for i, p := range pages {
		outs = append(outs, judge(p, result{text: ours[i]}, cost{dur: time.Millisecond}))
		peer = append(peer, judge(p, result{text: theirs[i]}, cost{dur: time.Millisecond}))
	}
	idx := []int{0, 1, 2, 3}
	worst := worstBodies("s", "fit", pages, idx, outs, nil, 2)
	if len(worst) != 2 || !strings.Contains(worst[0], " c P=") || !strings.Contains(worst[1], " a P=") {
		t.Errorf("worstBodies = %q, want c then a", worst)
	}
	loses := worstBodies("s", "fit", pages, idx, outs, peer, 10)
	if len(loses) != 2 || !strings.HasPrefix(loses[0], "loses s fit -0.667 peer 1.000 newsprint 0.333 a ") || !strings.Contains(loses[1], " c P=") {
		t.Errorf("worstBodies with a peer = %q, want a (by 0.667) then c (b: the peer does worse; d: no label)", loses)
	}
}
