package extractor

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"hash/fnv"
	"maps"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsprint/newsprint/internal/sharedpages"
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
	truth, ids := readGroundTruth[*titleTruth](t, dir)
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
		b := datasetPage(t, dir, id)
		page, _ := decode(b, "")
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			continue
		}
		base, _ := url.Parse(tr.URL)
		m := collectMeta(doc, nil, false)
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
		hasStructured := statedOf(cands)
		nH1 := 0
		for _, c := range cands {
			if c.src == srcH1 {
				nH1++
			}
		}
		for i, c := range cands {
			inHeader := c.node != nil && hasAncestor(c.node, byTag(atom.Header))
			enc.Encode(map[string]any{
				"raw": c.raw, "n_h1": nH1, "in_header": inHeader,
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

// readGroundTruth reads a dataset's ground truth, or skips the test when
// the dataset is not there, and returns it with its page ids in order.
func readGroundTruth[T any](t *testing.T, dir string) (map[string]T, []string) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skipf("%s is not there (%v)", dir, err)
	}
	var truth map[string]T
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	return truth, slices.Sorted(maps.Keys(truth))
}

// datasetPage returns the HTML of a dataset's page.
func datasetPage(t *testing.T, dir, id string) []byte {
	t.Helper()
	b, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
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

var (
	titleFit       = flag.String("titlefit", "", "fit titleWeights on the fit half of these TestTitleDump files (comma-separated) and print them as Go code")
	titleFitLambda = flag.Float64("titlefit-lambda", 0.01, "the L2 pull of the fitted title weights towards the current ones")
)

// titlePage is one page's candidates for fitting: their features and
// which of them are the page's title.
type titlePage struct {
	x [][nTitleFeatures]float64
	y []bool
}

// TestTitleFit fits titleWeights: a conditional logit (each page's
// labelled candidates against its other candidates), by gradient descent
// on the mean log-loss per page with an L2 pull towards the current
// weights (which stand in for sources the data barely has), on the rows
// of the fit half only. It prints the weights as Go code and the share of
// pages where the top-scored candidate is a right one, for the current
// and the fitted weights, over the fit half and in a threefold
// cross-validation within it.
//
//	go test ./extractor -run TestTitleDump -titledump /tmp/wcxb.jsonl
//	go test ./extractor -run TestTitleFit -titlefit /tmp/wcxb.jsonl -v
func TestTitleFit(t *testing.T) {
	if *titleFit == "" {
		t.Skip("-titlefit not set")
	}
	var pages []titlePage
	for _, file := range strings.Split(*titleFit, ",") {
		p, err := readTitleRows(file)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, p...)
	}
	t.Logf("%d pages with a right candidate on the fit half", len(pages))
	w := fitTitleWeights(pages, titleWeights, *titleFitLambda)
	t.Logf("right on the fit half: current %.3f, fitted %.3f", titleTop(pages, titleWeights), titleTop(pages, w))
	var cvNow, cvFit float64
	for k := 0; k < 3; k++ {
		var train, test []titlePage
		for i, p := range pages {
			if i%3 == k {
				test = append(test, p)
			} else {
				train = append(train, p)
			}
		}
		cvNow += titleTop(test, titleWeights) / 3
		cvFit += titleTop(test, fitTitleWeights(train, titleWeights, *titleFitLambda)) / 3
	}
	t.Logf("threefold cross-validation: current %.3f, fitted %.3f", cvNow, cvFit)
	var b strings.Builder
	for i, v := range w {
		switch {
		case i == 0:
			b.WriteString("\t")
		case i < int(nTitleSources):
			b.WriteString(" ")
		default:
			b.WriteString("\n\t")
		}
		fmt.Fprintf(&b, "%.2f,", v)
	}
	t.Logf("titleWeights:\n%s", b.String())
}

// readTitleRows reads a TestTitleDump file's fit-half pages that have a
// right candidate, in the file's order.
func readTitleRows(file string) ([]titlePage, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var pages []titlePage
	index := map[string]int{}
	for _, line := range bytes.Split(raw, []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var r struct {
			ID   string                  `json:"id"`
			Half string                  `json:"half"`
			Y    bool                    `json:"y"`
			F    [nTitleFeatures]float64 `json:"f"`
		}
		if err := json.Unmarshal(line, &r); err != nil {
			return nil, fmt.Errorf("read %s: %w", file, err)
		}
		if r.Half != "fit" {
			continue
		}
		i, ok := index[r.ID]
		if !ok {
			i = len(pages)
			index[r.ID] = i
			pages = append(pages, titlePage{})
		}
		pages[i].x = append(pages[i].x, r.F)
		pages[i].y = append(pages[i].y, r.Y)
	}
	out := pages[:0]
	for _, p := range pages {
		if slices.Contains(p.y, true) {
			out = append(out, p)
		}
	}
	return out, nil
}

// fitTitleWeights minimises the mean over pages of -log(P(a right
// candidate)) + lambda/2 |w - prior|², starting from prior, by gradient
// descent with a step that halves when the loss rises.
func fitTitleWeights(pages []titlePage, prior [nTitleFeatures]float64, lambda float64) [nTitleFeatures]float64 {
	w := prior
	loss := func(w [nTitleFeatures]float64) (float64, [nTitleFeatures]float64) {
		var l float64
		var g [nTitleFeatures]float64
		for _, p := range pages {
			s := make([]float64, len(p.x))
			top := math.Inf(-1)
			for j, x := range p.x {
				for k, v := range x {
					s[j] += w[k] * v
				}
				top = max(top, s[j])
			}
			var all, right float64
			for j := range s {
				e := math.Exp(s[j] - top)
				all += e
				if p.y[j] {
					right += e
				}
			}
			l -= math.Log(right / all)
			for j, x := range p.x {
				e := math.Exp(s[j] - top)
				d := e / all
				if p.y[j] {
					d -= e / right
				}
				for k, v := range x {
					g[k] += d * v
				}
			}
		}
		n := float64(len(pages))
		l /= n
		for k := range g {
			g[k] = g[k]/n + lambda*(w[k]-prior[k])
			l += lambda / 2 * (w[k] - prior[k]) * (w[k] - prior[k])
		}
		return l, g
	}
	step := 1.0
	l, g := loss(w)
	for it := 0; it < 2000 && step > 1e-6; it++ {
		var next [nTitleFeatures]float64
		for k := range w {
			next[k] = w[k] - step*g[k]
		}
		nl, ng := loss(next)
		if nl > l {
			step /= 2
			continue
		}
		w, l, g = next, nl, ng
		step *= 1.1
	}
	return w
}

// titleTop is the share of pages whose top-scored candidate is a right
// one; ties go to the earlier candidate, as chooseTitle does.
func titleTop(pages []titlePage, w [nTitleFeatures]float64) float64 {
	right := 0
	for _, p := range pages {
		best, top := -1, 0.0
		for j, x := range p.x {
			s := 0.0
			for k, v := range x {
				s += w[k] * v
			}
			if best < 0 || s > top {
				best, top = j, s
			}
		}
		if p.y[best] {
			right++
		}
	}
	return float64(right) / float64(max(len(pages), 1))
}
