package pipeline

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
)

// A decision written as fields reads back the same; a record that is not
// a whole decision reads as none.
func TestDecisionFields(t *testing.T) {
	for _, d := range []decision{
		{outcome: decidedArticle, url: "https://a.example/x", id: "1f", hash: "sha256:aa", revision: 2, previous: "sha256:bb", mode: NearMark,
			dup: &extractor.DuplicateRef{ID: "2e", URL: "https://a.example/y", Distance: 3}, dupHash: "sha256:cc"},
		{outcome: decidedUnchanged, url: "https://a.example/x", id: "1f", hash: "sha256:aa", mode: NearOff},
		{outcome: "near-duplicate", url: "https://a.example/x", id: "1f", hash: "sha256:aa", mode: NearDrop,
			dup: &extractor.DuplicateRef{ID: "2e", URL: "https://a.example/y", Distance: 8}, dupHash: "sha256:cc"},
	} {
		m := archive.Metadata{Type: "metadata", RefersTo: "<urn:uuid:r>", Fields: d.fields()}
		got, ok := decisionOf(m)
		if !ok || !reflect.DeepEqual(got, d) {
			t.Errorf("decisionOf(%v) = %+v, %v; want %+v", m.Fields, got, ok, d)
		}
	}
	f := func(name, value string) archive.Field { return archive.Field{Name: name, Value: value} }
	whole := []archive.Field{f(fieldDecision, decidedArticle), f(fieldURL, "https://a.example/x"), f(fieldHash, "sha256:aa")}
	for name, m := range map[string]archive.Metadata{
		"no WARC-Refers-To": {Fields: whole},
		"no hash":           {RefersTo: "r", Fields: whole[:2]},
		"revision 0":        {RefersTo: "r", Fields: append(whole[:3:3], f(fieldRevision, "0"))},
		"distance 9":        {RefersTo: "r", Fields: append(whole[:3:3], f(fieldDupID, "2e"), f(fieldDupDistance, "9"))},
		"no distance":       {RefersTo: "r", Fields: append(whole[:3:3], f(fieldDupID, "2e"))},
		"Heritrix's":        {RefersTo: "r", Fields: []archive.Field{f("via", "https://a.example/"), f("hopsFromSeed", "L")}},
	} {
		if d, ok := decisionOf(m); ok {
			t.Errorf("%s: decisionOf read %+v", name, d)
		}
	}
}

// Past its bound, Offline stops waiting for the oldest article's decision:
// it is given, in capture order, and its decision, if it comes, changes
// nothing.
func TestOfflineHeldBound(t *testing.T) {
	off := NewOffline(extractor.Options{}, NearMark)
	off.maxHeld = 2
	off.Metadata(archive.Metadata{Type: "warcinfo", Fields: []archive.Field{{Name: DecisionsInfoField, Value: "metadata"}}})
	var given []string
	var first extractor.Article
	for i, topic := range []string{"harbour", "railway", "library"} {
		var b strings.Builder
		for j := range 6 {
			fmt.Fprintf(&b, "<p>The %s board met for the %d time this year; members spoke of the %s of %d, unlike any other town's.</p>", topic, j, topic, i*7+j)
		}
		page := `<!DOCTYPE html><html lang="en"><head><title>` + topic + `</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head><body><article><h1>The ` + topic + `</h1>` + b.String() + `</article></body></html>`
		r := archive.Response{URL: "https://a.example/" + topic, Body: []byte(page), ContentType: "text/html", Date: time.Now(),
			Capture: archive.Capture{File: "f", RecordID: "<urn:uuid:" + topic + ">", Offset: int64(i)}}
		for _, e := range off.Response(r) {
			if e.Err != nil || e.Skipped != "" {
				t.Fatalf("%s: %v %s", e.Article.URL, e.Err, e.Skipped)
			}
			given = append(given, e.Article.URL)
			first = e.Article
		}
	}
	if len(given) != 1 || given[0] != "https://a.example/harbour" {
		t.Fatalf("gave %q with three held and a bound of two; want the first", given)
	}
	d := decision{outcome: decidedArticle, url: first.URL, id: first.ID, hash: first.ContentHash, revision: 5, mode: NearMark}
	if res := off.Metadata(archive.Metadata{Type: "metadata", RefersTo: "<urn:uuid:harbour>", Fields: d.fields()}); len(res) != 0 {
		t.Errorf("a decision on an article already given gave %+v", res)
	}
	if res := off.Flush(); len(res) != 2 || res[0].Article.URL != "https://a.example/railway" || res[1].Article.URL != "https://a.example/library" {
		t.Errorf("Flush gave %d, want the two others in capture order", len(res))
	}
}
