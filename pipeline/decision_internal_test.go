package pipeline

import (
	"reflect"
	"testing"

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
