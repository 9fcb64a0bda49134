package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Check sets are public annotated pages that come with a module the bench
// already depends on, outside ../shared/benchmarks: nothing in the
// extractor was written or fitted against them, so they are read as a
// score only. The bench refuses to list their pages (-misses, -worst).
const (
	// mediacloud: 200 news pages in some thirty languages, each annotated
	// with its publication day or "nan" (none known), which htmldate's
	// authors use as their second evaluation set (go-htmldate
	// scripts/comparison/data-mediacloud.go, pages in
	// test-files/mediacloud).
	setMediacloud  = "mediacloud"
	htmldateModule = "github.com/markusmobius/go-htmldate"
)

// halfAll stands for every page of a check set, which is not split: it is
// all held out.
const halfAll = "all"

// isCheckSet reports whether set is a check set rather than a dev set.
func isCheckSet(set string) bool { return set == setMediacloud }

// reMediacloudEntry is one comparisonEntry of data-mediacloud.go.
var reMediacloudEntry = regexp.MustCompile(`URL:\s*"([^"]*)",\s*File:\s*"([^"]*)",\s*Date:\s*"([^"]*)"`)

// loadCheckSet reads a check set from the module cache. A "nan" label is
// read as "the page has no publication date", as htmldate's evaluation
// counts it (a true negative when nothing is found).
func loadCheckSet(set string) ([]page, error) {
	dir, err := moduleDir(htmldateModule)
	if err != nil {
		return nil, fmt.Errorf("load check set %s: %w", set, err)
	}
	src := filepath.Join(dir, "scripts", "comparison", "data-mediacloud.go")
	raw, err := os.ReadFile(src)
	if err != nil {
		return nil, fmt.Errorf("load check set %s: %w", set, err)
	}
	pages, files := parseMediacloud(raw)
	if len(pages) == 0 {
		return nil, fmt.Errorf("load check set %s: %s holds no entries", set, src)
	}
	for i := range pages {
		b, err := os.ReadFile(filepath.Join(dir, "test-files", "mediacloud", files[i]))
		if err != nil {
			return nil, fmt.Errorf("load check set %s: %w", set, err)
		}
		pages[i].html = b
	}
	return pages, nil
}

// parseMediacloud reads the entries of data-mediacloud.go as pages without
// their HTML, in id order, and the file each page is in.
func parseMediacloud(src []byte) ([]page, []string) {
	entries := reMediacloudEntry.FindAllSubmatch(src, -1)
	sort.Slice(entries, func(i, j int) bool { return string(entries[i][2]) < string(entries[j][2]) })
	pages := make([]page, 0, len(entries))
	files := make([]string, 0, len(entries))
	for _, e := range entries {
		file := string(e[2])
		date := label{known: true}
		if d := string(e[3]); d != "nan" {
			date = dateLabel(label{known: true, v: &d})
		}
		pages = append(pages, page{id: strings.TrimSuffix(file, ".html"), url: string(e[1]), date: date})
		files = append(files, file)
	}
	return pages, files
}

// moduleDir is where the go command keeps module mod, as this module's
// go.mod resolves it (downloading it when needed).
func moduleDir(mod string) (string, error) {
	cmd := exec.Command("go", "mod", "download", "-json", mod)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go mod download %s: %v: %s", mod, err, strings.TrimSpace(errb.String()))
	}
	var info struct{ Dir string }
	if err := json.Unmarshal(out.Bytes(), &info); err != nil || info.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no module directory in %q", mod, out.String())
	}
	return info.Dir, nil
}
