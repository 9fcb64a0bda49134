package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// page is one benchmark page with its ground truth.
type page struct {
	id, url string
	html    []byte
	body    string
	title   *string
	author  *string
	date    *string
}

type truth struct {
	ArticleBody string  `json:"articleBody"`
	URL         string  `json:"url"`
	Title       *string `json:"title"`
	Author      *string `json:"author"`
	Date        *string `json:"date"`
}

// loadDataset reads dir/ground-truth.json and dir/html/<id>.html[.gz].
func loadDataset(dir string) ([]page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]page, 0, len(ids))
	for _, id := range ids {
		b, err := readPage(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			return nil, err
		}
		t := gt[id]
		pages = append(pages, page{id: id, url: t.URL, html: b, body: t.ArticleBody, title: t.Title, author: t.Author, date: t.Date})
	}
	return pages, nil
}

func readPage(path string) ([]byte, error) {
	if b, err := os.ReadFile(path); err == nil {
		return b, nil
	}
	f, err := os.Open(path + ".gz")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s.gz: %w", path, err)
	}
	return io.ReadAll(zr)
}

// isHTML tells apart the few zh-cwced files that are not HTML at all.
func isHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 2048)]))
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") || strings.Contains(head, "<body") || bytes.Contains(b[:min(len(b), 8192)], []byte("<p"))
}
