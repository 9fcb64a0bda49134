package extractor

import (
	"strings"
	"testing"
	"time"
)

// A UTC instant of a page's metadata or script data, on a country's
// domain, is dated in that country's zone, summer time included; a page on
// a generic domain keeps the UTC day.
func TestHostLocalDay(t *testing.T) {
	for _, c := range []struct{ host, stated, want string }{
		{"www.example.de", "2022-11-06T23:00:00.000Z", "2022-11-07"}, // a day entered as local midnight
		{"www.example.de", "2024-05-16T22:30:00Z", "2024-05-17"},     // CEST, UTC+2
		{"www.example.de", "2024-01-16T22:30:00Z", "2024-01-16"},     // CET, UTC+1: 23:30
		{"example.com.bo", "2022-05-04T02:41:00Z", "2022-05-03"},     // UTC-4
		{"news.example.jp", "2024-05-16T15:30:00Z", "2024-05-17"},    // UTC+9
		{"www.example.com", "2022-11-06T23:00:00Z", "2022-11-06"},
		{"example.com.bo", "2022-05-04T00:00:00Z", "2022-05-04"},      // midnight UTC: a day without its time
		{"www.example.de", "2022-11-06T23:00:00+01:00", "2022-11-06"}, // its own offset
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Headline</title>` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Headline","datePublished":"` + c.stated + `"}</script></head>` +
			`<body><article><h1>Headline</h1>` + strings.Repeat("<p>The council approved the extension of the bus network in the northern districts on Tuesday.</p>", 5) + `</article></body></html>`
		a := extractAt(t, page, "https://"+c.host+"/politics/bus-network", Options{})
		if a.PublishedDate != c.want {
			t.Errorf("%s %s: PublishedDate = %q, want %s", c.host, c.stated, a.PublishedDate, c.want)
		}
	}
	// The same in a page's script data.
	page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Headline</title>` +
		`<script>window.__DATA__={"article":{"publishedAt":"2022-11-06T23:00:00.000Z"}}</script></head>` +
		`<body><article><h1>Headline</h1>` + strings.Repeat("<p>The council approved the extension of the bus network in the northern districts on Tuesday.</p>", 5) + `</article></body></html>`
	for host, want := range map[string]string{"www.example.de": "2022-11-07", "www.example.com": "2022-11-06"} {
		if a := extractAt(t, page, "https://"+host+"/politics/bus-network", Options{}); a.PublishedDate != want {
			t.Errorf("%s, script data: PublishedDate = %q (%s), want %s", host, a.PublishedDate, a.Provenance["published_date"], want)
		}
	}
	// The European Union's summer time, 2024: 31 March to 27 October,
	// from 01:00 UTC.
	for _, c := range []struct {
		t    time.Time
		want bool
	}{
		{time.Date(2024, 3, 31, 0, 59, 0, 0, time.UTC), false},
		{time.Date(2024, 3, 31, 1, 0, 0, 0, time.UTC), true},
		{time.Date(2024, 10, 27, 0, 59, 0, 0, time.UTC), true},
		{time.Date(2024, 10, 27, 1, 0, 0, 0, time.UTC), false},
		{time.Date(2023, 3, 26, 1, 0, 0, 0, time.UTC), true},
	} {
		if got := euSummer(c.t); got != c.want {
			t.Errorf("euSummer(%s) = %v, want %v", c.t, got, c.want)
		}
	}
}

// A structured publication at midnight UTC, or at midnight in no zone, is
// a placeholder for a day (midnightUTC); another statement's instant on
// that day in some zone stands for it (placeholderInstant).
func TestMidnightPlaceholder(t *testing.T) {
	for s, want := range map[string]bool{
		"2024-03-04T00:00:00+00:00": true,
		"2024-03-04T00:00:00Z":      true,
		"2024-03-04T00:00:00":       true,
		"2024-03-04T00:00:00-05:00": false, // the writer's own midnight: an instant
		"2024-03-04T00:00:01Z":      false,
		"2024-03-04":                false, // no time at all
	} {
		w, ok := parseDate(s, false)
		if !ok {
			t.Fatalf("parseDate(%q) failed", s)
		}
		if got := midnightUTC(w); got != want {
			t.Errorf("midnightUTC(%q) = %v, want %v", s, got, want)
		}
	}
	cand := func(s string) dateCand {
		w, _ := parseDate(s, false)
		return dateCand{w: w, kind: kindPublished}
	}
	for _, c := range []struct {
		pub, other, want string
	}{
		{"2024-03-04T00:00:00Z", "2024-03-03T21:15:00-05:00", "2024-03-03T21:15:00-05:00"},
		{"2024-03-17T00:00:00Z", "2024-03-18T04:39:05Z", "2024-03-18T04:39:05Z"},
		{"2024-03-04T00:00:00Z", "2024-03-02T21:15:00-05:00", "2024-03-04T00:00:00Z"}, // two days: no zone's reading
		{"2024-03-04T00:00:00Z", "2024-03-04T10:00:00Z", "2024-03-04T00:00:00Z"},      // the same day: pub stands
		{"2024-03-04T00:00:00-05:00", "2024-03-03T23:15:00Z", "2024-03-04T00:00:00-05:00"},
	} {
		got := placeholderInstant([]dateCand{cand(c.pub), cand(c.other)}, cand(c.pub)).w.format(nil)
		if got != c.want {
			t.Errorf("placeholderInstant(%s beside %s) = %s, want %s", c.pub, c.other, got, c.want)
		}
	}
}
