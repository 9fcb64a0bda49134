package extractor

import (
	"bytes"
	"encoding/json"
	"flag"
	"hash/fnv"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"golang.org/x/net/html"
)

var titleDump = flag.String("titledump", "", "write the title candidates of wcxb-dev's pages, with their features and whether each is the labelled title, to this JSONL file (for fitting titleWeights)")

// TestTitleDump writes the rows the title ranking is fitted on. Fit only
// on rows whose half is "fit" (the bench's split: FNV-1a of the page id,
// upper 16 bits even).
//
//	go test ./extractor -run TestTitleDump -titledump /tmp/titles.jsonl
func TestTitleDump(t *testing.T) {
	if *titleDump == "" {
		t.Skip("-titledump not set")
	}
	dir := "../../shared/benchmarks/wcxb-dev"
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("%s is not there (%v)", dir, err)
	}
	var truth map[string]struct {
		URL   string  `json:"url"`
		Title *string `json:"title"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var out bytes.Buffer
	enc := json.NewEncoder(&out)
	for _, id := range ids {
		tr := truth[id]
		if tr.Title == nil {
			continue
		}
		b, err := readMaybeGzip(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			t.Fatal(err)
		}
		page, _ := decode(b, "")
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			continue
		}
		base, _ := url.Parse(tr.URL)
		m := collectMeta(doc)
		a := Article{}
		r := &resolved{a: &a, prov: map[string]string{}}
		resolveSiteName(m, r)
		tc := newTitleContext(m, a.SiteName, base, &navSet{doc: doc})
		cands := titleCandidates(m, doc, tc)
		chosen := chooseTitle(cands)
		got := ""
		if chosen >= 0 {
			got = finishTitle(cands, chosen, doc).title
		}
		hasStructured := false
		for _, c := range cands {
			hasStructured = hasStructured || !c.src.visible()
		}
		for i, c := range cands {
			enc.Encode(map[string]any{
				"id": id, "half": half(id), "i": i, "text": c.text, "gold": normSpace(*tr.Title),
				"y": normSpace(c.text) == normSpace(*tr.Title), "chosen": i == chosen, "got_ok": got == normSpace(*tr.Title),
				"src": int(c.src), "agree_meta": c.agreeMeta, "agree_vis": c.agreeVisible, "rank": c.rank, "in_title_tag": c.inTitleTag, "furniture": c.furniture,
				"in_link": c.inLink, "in_article": c.inArticle, "order": c.order, "at": c.at,
				"overlap_title": c.overlapTitle, "overlap_meta": c.overlapMeta, "site_name": c.siteName,
				"plausible": c.plausible, "has_structured": hasStructured, "words": len(c.text), "score": c.score(hasStructured), "f": c.features(hasStructured),
			})
		}
	}
	if err := os.WriteFile(*titleDump, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// half is the bench's split of a dataset (bench/split.go).
func half(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if (h.Sum32()>>16)%2 == 0 {
		return "fit"
	}
	return "held-out"
}
