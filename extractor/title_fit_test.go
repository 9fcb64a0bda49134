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
	"strings"
	"testing"

	"golang.org/x/net/html"
)

var (
	titleDump    = flag.String("titledump", "", "write the title candidates of -titleset's pages, with their features and whether each is the labelled title, to this JSONL file (for fitting titleWeights)")
	titleDumpSet = flag.String("titleset", "wcxb-dev", "the dataset TestTitleDump reads: wcxb-dev (labelled titles) or dragnet (a title is right when it is a line of the body)")
)

// titleTruth is one page of a dataset for the title dump: its URL and
// either a labelled title or the lines of a body that holds the headline.
type titleTruth struct {
	URL   string  `json:"url"`
	Title *string `json:"title"`
	Body  string  `json:"articleBody"`
	lines map[string]bool
}

// right reports whether text is the page's title: the label, or for a
// set without labels a line of the body.
func (tr *titleTruth) right(text string) bool {
	text = normSpace(text)
	if tr.Title != nil {
		return text == normSpace(*tr.Title)
	}
	return text != "" && tr.lines[text]
}

// TestTitleDump writes the rows the title ranking is fitted on, one per
// candidate. Fit only on rows whose half is "fit" (the bench's split:
// FNV-1a of the page id, upper 16 bits even).
//
//	go test ./extractor -run TestTitleDump -titledump /tmp/titles.jsonl
//	go test ./extractor -run TestTitleDump -titledump /tmp/dragnet.jsonl -titleset dragnet
func TestTitleDump(t *testing.T) {
	if *titleDump == "" {
		t.Skip("-titledump not set")
	}
	dir := filepath.Join("../../shared/benchmarks", *titleDumpSet)
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("%s is not there (%v)", dir, err)
	}
	var truth map[string]*titleTruth
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
			if tr.Body == "" {
				continue
			}
			tr.lines = map[string]bool{}
			for _, l := range strings.Split(tr.Body, "\n") {
				tr.lines[normSpace(l)] = true
			}
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
		tc := newTitleContext(m, doc, a.SiteName, base, &navSet{doc: doc})
		cands := titleCandidates(m, doc, tc)
		chosen := chooseTitle(cands)
		got := ""
		if chosen >= 0 {
			got = finishTitle(cands, chosen, doc).title
		}
		gold := ""
		if tr.Title != nil {
			gold = normSpace(*tr.Title)
		}
		hasStructured := false
		for _, c := range cands {
			hasStructured = hasStructured || !c.src.visible()
		}
		for i, c := range cands {
			enc.Encode(map[string]any{
				"id": id, "half": half(id), "i": i, "text": c.text, "gold": gold,
				"y": tr.right(c.text), "chosen": i == chosen, "got_ok": tr.right(got), "got": got,
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
