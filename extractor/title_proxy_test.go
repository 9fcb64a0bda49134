package extractor

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var titleProxy = flag.String("titleproxy", "", "check the titles of dragnet's pages against the headline its bodies hold, and write the pages whose title is not in the body to this file")

// TestTitleProxy scores titles on dragnet, which labels no title but whose
// bodies, copied from the page by a person, mostly begin with the
// headline: a title counts as right when it is a line of the body (after
// white-space folding, case kept). The pages are from 2012, many from
// CMSs without OpenGraph or JSON-LD, so the figure checks the <title>
// cleaning and the visible headings that wcxb-dev's 2025 pages seldom
// need. It is a proxy (a body may lack its headline), read per half as a
// before/after comparison only.
//
//	go test ./extractor -run TestTitleProxy -titleproxy /tmp/proxy.txt -v
func TestTitleProxy(t *testing.T) {
	if *titleProxy == "" {
		t.Skip("-titleproxy not set")
	}
	dir := "../../shared/benchmarks/dragnet"
	truth, ids := readGroundTruth[struct {
		URL  string `json:"url"`
		Body string `json:"articleBody"`
	}](t, dir)
	type tally struct{ pages, inBody, headed int }
	counts := map[string]*tally{"fit": {}, "held-out": {}}
	var misses strings.Builder
	for _, id := range ids {
		tr := truth[id]
		b := datasetPage(t, dir, id)
		a, err := Extract(b, tr.URL, Options{})
		if err != nil {
			continue
		}
		lines := map[string]bool{}
		for _, l := range strings.Split(tr.Body, "\n") {
			lines[normSpace(l)] = true
		}
		h := half(id)
		c := counts[h]
		c.pages++
		title := normSpace(a.Title)
		if title != "" && lines[title] {
			c.inBody++
			continue
		}
		fmt.Fprintf(&misses, "%s %s %s got %q body starts %q\n", h, id, tr.URL, title, firstLines(tr.Body, 3))
	}
	for _, h := range []string{"fit", "held-out"} {
		c := counts[h]
		t.Logf("dragnet %s: title is a line of the body on %d of %d pages (%.3f)", h, c.inBody, c.pages, float64(c.inBody)/float64(max(c.pages, 1)))
	}
	if err := os.WriteFile(*titleProxy, []byte(misses.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func firstLines(s string, n int) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = normSpace(l); l != "" {
			out = append(out, l)
			if len(out) == n {
				break
			}
		}
	}
	return strings.Join(out, " / ")
}
