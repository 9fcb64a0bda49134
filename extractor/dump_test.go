package extractor

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

var dumpFlag = flag.String("dump", "", "write every field of every page of the five sets in ../../shared/benchmarks to this file, one JSON line per page and call (TestCorpusDump)")

// TestCorpusDump writes what Extract and ExtractPage make of every page of
// the five benchmark sets (dragnet, htmldate-eval, scrapinghub, wcxb-dev,
// zh-cwced): the whole Article with every body form, the page's links,
// feeds, type and link density, and the error if any. A change meant to
// make extraction cheaper and nothing else must leave this file
// byte-identical:
//
//	go test ./extractor -run TestCorpusDump -dump /tmp/before.jsonl
//	(change the code)
//	go test ./extractor -run TestCorpusDump -dump /tmp/after.jsonl
//	cmp /tmp/before.jsonl /tmp/after.jsonl
//
// FetchedAt is fixed, so that the dump does not depend on the day it is
// written.
func TestCorpusDump(t *testing.T) {
	if *dumpFlag == "" {
		t.Skip("-dump not set")
	}
	f, err := os.Create(*dumpFlag)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fetched := time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, set := range []string{"dragnet", "htmldate-eval", "scrapinghub", "wcxb-dev", "zh-cwced"} {
		dir := filepath.Join("../../shared/benchmarks", set)
		raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			t.Skipf("%s is not there: no real pages (%v)", dir, err)
		}
		var truth map[string]struct {
			URL string `json:"url"`
		}
		if err := json.Unmarshal(raw, &truth); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		ids := make([]string, 0, len(truth))
		for id := range truth {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			page, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				t.Fatalf("%s/%s: %v", set, id, err)
			}
			u := truth[id].URL
			// The crawl's call, every body form.
			p, perr := ExtractPage(page, u, Options{Body: BodyText | BodyHTML | BodyMarkdown, FetchedAt: fetched})
			// The plain call with the default forms.
			a, aerr := Extract(page, u, Options{FetchedAt: fetched})
			line := struct {
				Page        string   `json:"page"`
				Err         string   `json:"err,omitempty"`
				Article     Article  `json:"article"`
				Links       []string `json:"links"`
				Feeds       []string `json:"feeds"`
				Type        string   `json:"type"`
				LinkDensity string   `json:"link_density"`
				DefaultErr  string   `json:"default_err,omitempty"`
				Default     Article  `json:"default"`
			}{
				Page: set + "/" + id, Article: p.Article, Links: p.Links, Feeds: p.Feeds, Type: p.Type,
				LinkDensity: strconv.FormatFloat(p.LinkDensity, 'g', -1, 64), Default: a,
			}
			if perr != nil {
				line.Err = perr.Error()
			}
			if aerr != nil {
				line.DefaultErr = aerr.Error()
			}
			b, err := json.Marshal(line)
			if err != nil {
				t.Fatalf("%s/%s: %v", set, id, err)
			}
			w.Write(b)
			w.WriteByte('\n')
			n++
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d pages written to %s", n, *dumpFlag)
}
