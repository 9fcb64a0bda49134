// trafilatura's real pages (go-trafilatura v1.12.2
// metadata-realworld_test.go, Copyright (C) 2021 Markus Mobius, ported
// from adbar/trafilatura; Apache License, Version 2.0): their titles,
// authors and dates, in testdata/trafsuite/realpages.json, the pages read
// from the module cache. Some of trafilatura's expectations are its own
// output rather than the page's truth (its comments say so: "actually
// 'Ben Knight'"); those cases carry what the page states, and diff says
// what trafilatura expects.

package extractor

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestTrafilaturaSuiteRealPages(t *testing.T) {
	dir := trafilaturaDir(t)
	b, err := os.ReadFile(filepath.Join("testdata", "trafsuite", "realpages.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rows []struct{ URL, File, Field, Want, Match, Diff, Miss string }
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatal(err)
	}
	misses := map[string]string{"": "", "real-author": missRealAuthor, "real-title": missRealTitle, "date": missDate}
	pages := map[string]string{}
	var cases []trafCase
	for _, r := range rows {
		if pages[r.File] == "" {
			pages[r.File] = trafFile(t, dir, filepath.Join("mock", r.File))
		}
		miss, ok := misses[r.Miss]
		if !ok {
			t.Fatalf("realpages.json: %s: no convention %q", r.URL, r.Miss)
		}
		cases = append(cases, trafCase{name: r.URL, page: pages[r.File], field: r.Field, want: r.Want, match: r.Match, diff: r.Diff, miss: miss})
	}
	pass, total := trafCheck(t, cases, "")
	t.Logf("trafilatura suite, real pages: %d/%d", pass, total)
}
