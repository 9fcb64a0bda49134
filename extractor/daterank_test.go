package extractor

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// dayOptions gives one option per day, whichever sources state it, with
// the sources, their agreement and the cascade's choice as features, and
// none last with the page-level facts.
func TestDayOptionsFeatures(t *testing.T) {
	day := func(s string) when {
		tm, _ := time.Parse("2006-01-02", s)
		return when{t: tm}
	}
	d := pageDates{
		structured: []dateCand{
			{w: day("2024-03-05"), kind: kindPublished, src: "json-ld", pos: -1},
			{w: day("2024-03-05"), kind: kindPublished, src: "meta:article", pos: -1},
			{w: day("2024-04-01"), kind: kindModified, src: "json-ld", pos: -1},
		},
		vis: visible{h1Pos: 2, dates: []dateCand{
			{w: day("2024-03-05"), src: "visible-text", pos: 3},
			{w: day("2024-04-01"), kind: kindModified, src: "visible-text", pos: 5},
			{w: day("2019-01-01"), src: "visible-text", pos: 90},
		}},
		times:  []dateCand{{w: day("2024-03-05"), src: "time-element", pos: -1}},
		nTimes: 1,
		url:    []dateCand{{w: day("2024-03-05"), src: "url", pos: -1}},
		// Implausible: no option.
		script: []dateCand{{w: day("1990-01-01"), kind: kindPublished, src: "script-data", pos: -1}},
	}
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	opts := dayOptions(nil, d, now, nil, d.structured[0], true, "en")
	if len(opts) != 4 {
		t.Fatalf("%d options, want 3 days and none", len(opts))
	}
	pub, mod, far, none := opts[0], opts[1], opts[2], opts[3]
	if pub.day != 20240305 || mod.day != 20240401 || far.day != 20190101 || !none.none {
		t.Fatalf("options %d %d %d %v, want 20240305 20240401 20190101 and none", pub.day, mod.day, far.day, none.none)
	}
	want := func(o dayOption, name string, fs map[int]float32) {
		t.Helper()
		for k := range nDayFeatures {
			if o.f[k] != fs[k] {
				t.Errorf("%s: %s = %v, want %v", name, dayFeatureNames[k], o.f[k], fs[k])
			}
		}
	}
	want(pub, "2024-03-05", map[int]float32{fCascade: 1, fLDPub: 1, fMetaPub: 1, fStructPubFirst: 1, fVisPlain: 1, fVisPick: 1,
		fTime: 1, fOneTime: 1, fTimeShare: 1, fURL: 1, fAgree: 4, fFirstVisible: 1, fNearness: 0.5})
	want(mod, "2024-04-01", map[int]float32{fLDMod: 1, fStructModFirst: 1, fVisMod: 1, fNearness: 0.25, fLatest: 1, fAgree: 1})
	want(far, "2019-01-01", map[int]float32{fVisFar: 1, fEarliest: 1, fNearness: 1.0 / 89})
	want(none, "none", map[int]float32{fNone: 1, fNoneMany: 1, fNoneUpdateLabel: 1, fNoneEnglish: 1})
	if pub.cand.src != "json-ld" || mod.cand.src != "json-ld" || far.cand.src != "visible-text" {
		t.Errorf("the candidates kept are %s %s %s, want each day's most trusted", pub.cand.src, mod.cand.src, far.cand.src)
	}

	// A page without a candidate has none alone, the cascade's.
	opts = dayOptions(nil, pageDates{vis: visible{h1Pos: -1}}, now, nil, dateCand{}, false, "de")
	if len(opts) != 1 || !opts[0].none || opts[0].f[fCascade] != 1 || opts[0].f[fNoneNoStruct] != 1 || opts[0].f[fNoneEnglish] != 0 {
		t.Errorf("no candidates: %+v, want none alone, the cascade's", opts)
	}
}

// dayOptions keeps at most maxDayOptions days: a teaser list states many.
func TestDayOptionsBounded(t *testing.T) {
	var d pageDates
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 100 {
		d.times = append(d.times, dateCand{w: when{t: start.AddDate(0, 0, i)}, src: "time-element", pos: -1})
	}
	d.nTimes = 100
	if opts := dayOptions(nil, d, start.AddDate(1, 0, 0), nil, dateCand{}, false, ""); len(opts) != maxDayOptions+1 {
		t.Errorf("%d options, want %d days and none", len(opts), maxDayOptions)
	}
}

// harbourBody is the body text of the arbiter's test pages.
const harbourBody = "<p>The council met on Tuesday to discuss the harbour plan and the ferry timetable for the winter months ahead of the vote.</p><p>Residents asked for more frequent crossings, and the council agreed to study the cost of a second ferry before spring.</p>"

// harbourPage is an article page in lang whose structured data states a
// publication and an update, with head added to <head> and dateline under
// the headline.
func harbourPage(lang, head, dateline string) string {
	return `<html lang="` + lang + `"><head><title>Harbour plan</title>` + head +
		`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","datePublished":"2023-07-22T09:00:00Z","dateModified":"2024-09-05T10:00:00Z"}</script>` +
		`</head><body><article><h1>Harbour plan</h1>` + dateline + harbourBody + `</article></body></html>`
}

// extractRanked extracts page and returns the article and the day the
// cascade chose before the arbiter (0: none).
func extractRanked(t *testing.T, page string) (Article, int) {
	t.Helper()
	cascade := -1
	rankTrace = func(opts []dayOption) {
		for _, o := range opts {
			if o.f[fCascade] == 1 {
				cascade = o.day
			}
		}
	}
	defer func() { rankTrace = nil }()
	a := extractAt(t, page, "https://news.example/harbour-plan", Options{})
	return a, cascade
}

// A page that shows only its update under the headline, the update its
// structured data states too, while the publication day is nowhere to be
// seen, is dated by its readers on the day shown: the arbiter takes it
// over the cascade's hidden datePublished (wcxb-dev and htmldate-eval
// annotate such pages so).
func TestArbiterTakesTheOnlyDayShown(t *testing.T) {
	modMeta := `<meta property="article:modified_time" content="2024-09-05T10:00:00Z">`
	for _, page := range []string{
		harbourPage("en", modMeta, `<p class="byline">By Ada Reporter</p><p>Updated: September 5, 2024</p>`),
		harbourPage("en", "", `<p>Last updated on September 5, 2024</p>`),
		harbourPage("de", modMeta, `<p>Aktualisiert am 05.09.2024</p>`),
		harbourPage("fr", modMeta, `<div class="meta"><span>Mis à jour le 5 septembre 2024</span></div>`),
	} {
		a, cascade := extractRanked(t, page)
		if cascade != 20230722 {
			t.Errorf("the cascade chose %d, want the structured 20230722", cascade)
		}
		if a.PublishedDate != "2024-09-05" || a.ModifiedDate != "2024-09-05" {
			t.Errorf("published %q, modified %q, want the day shown, 2024-09-05, for both\n%s", a.PublishedDate, a.ModifiedDate, page)
		}
	}
}

// The arbiter leaves the cascade alone where the page shows its
// publication day, and where the cascade found none (arbitrate moves between days only).
func TestArbiterKeepsTheCascade(t *testing.T) {
	for _, tc := range []struct{ page, want string }{
		{harbourPage("en", "", `<p>Published July 22, 2023 · Updated September 5, 2024</p>`), "2023-07-22"},
		{harbourPage("en", "", `<p>July 22, 2023</p>`), "2023-07-22"},
		{harbourPage("de", "", `<p>22.07.2023, aktualisiert am 05.09.2024</p>`), "2023-07-22"},
		// Only an update, nothing structured: no publication date.
		{`<html lang="en"><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1><p>Updated: September 5, 2024</p>` + harbourBody + `</article></body></html>`, ""},
	} {
		a, _ := extractRanked(t, tc.page)
		if a.PublishedDate != tc.want {
			t.Errorf("published %q, want %q\n%s", a.PublishedDate, tc.want, tc.page)
		}
	}
}

// daterank_weights.go holds a weight for each feature, in order: a
// feature added or moved without fitting again would be weighed by
// another's weight, or not at all.
func TestDayWeightsMatchFeatures(t *testing.T) {
	src, err := os.ReadFile("daterank_weights.go")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(string(src), "\n") {
		if w, name, ok := strings.Cut(line, "//"); ok && strings.HasPrefix(line, "\t") && strings.HasSuffix(strings.TrimSpace(w), ",") {
			names = append(names, strings.TrimSpace(name))
		}
	}
	if !slices.Equal(names, dayFeatureNames[:]) {
		t.Errorf("daterank_weights.go weighs %q, want %q: fit again (TestLearnRank)", names, dayFeatureNames)
	}
}
