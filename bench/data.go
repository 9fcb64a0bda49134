package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

// page is one benchmark page with its ground truth. A field the dataset
// does not label is unset (known false); a field it labels as absent
// (JSON null) is known with a nil value.
type page struct {
	id, url string
	html    []byte
	body    label
	title   label
	author  label
	date    label
	// with and without are snippets the body must and must not hold
	// (trafilatura's evaluation), where the set gives no whole body.
	with, without []string
}

// label is one ground-truth field: known when the dataset has the key, v
// nil when the key's value is null (annotated as absent).
type label struct {
	known bool
	v     *string
}

func (l *label) UnmarshalJSON(b []byte) error {
	l.known = true
	if string(b) == "null" {
		l.v = nil
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("label %s: %w", b, err)
	}
	l.v = &s
	return nil
}

// has reports whether the page carries a value for the field.
func (l label) has() bool { return l.known && l.v != nil }

// absent reports whether the dataset annotates the field as absent.
func (l label) absent() bool { return l.known && l.v == nil }

func (l label) String() string {
	if l.v == nil {
		return ""
	}
	return *l.v
}

type truth struct {
	ArticleBody label  `json:"articleBody"`
	URL         string `json:"url"`
	Title       label  `json:"title"`
	Author      label  `json:"author"`
	Date        label  `json:"date"`
}

// loadDataset reads dir/ground-truth.json and dir/html/<id>.html[.gz].
// Pages are in id order. A set without bodies (htmldate-eval) or without
// metadata (dragnet, scrapinghub) leaves those labels unknown.
func loadDataset(dir string) ([]page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load dataset: %w", err)
	}
	gt, err := parseTruth(raw)
	if err != nil {
		return nil, fmt.Errorf("load dataset %s: %w", dir, err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]page, 0, len(ids))
	for _, id := range ids {
		b, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
		if err != nil {
			return nil, fmt.Errorf("load dataset %s: %w", dir, err)
		}
		t := gt[id]
		pages = append(pages, page{id: id, url: t.URL, html: b, body: t.ArticleBody, title: t.Title, author: t.Author, date: t.Date})
	}
	return pages, nil
}

func parseTruth(raw []byte) (map[string]truth, error) {
	var gt map[string]truth
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	for id, t := range gt {
		t.Date = dateLabel(t.Date)
		gt[id] = t
	}
	return gt, nil
}

// reDateLabel is a date label of year, month or day precision, the month
// and day with or without a leading zero.
var reDateLabel = regexp.MustCompile(`^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$`)

// dateLabel writes a date label as dateMatch compares it: zh-cwced writes
// a month as "1998-3", which no YYYY-MM-DD answer has as a prefix. A label
// that is no date at all (zh-cwced's "UNKNWON": the annotator did not know)
// says nothing about the page: it is left unlabelled, neither a date nor
// "none".
func dateLabel(l label) label {
	if !l.has() {
		return l
	}
	m := reDateLabel.FindStringSubmatch(strings.TrimSpace(*l.v))
	if m == nil {
		return label{}
	}
	s := m[1]
	for _, part := range m[2:] {
		if part != "" {
			s += "-" + fmt.Sprintf("%02s", part)
		}
	}
	return label{known: true, v: &s}
}

// isHTML tells apart the few zh-cwced files that are not HTML at all.
func isHTML(b []byte) bool {
	head := strings.ToLower(string(b[:min(len(b), 2048)]))
	return strings.Contains(head, "<html") || strings.Contains(head, "<!doctype") || strings.Contains(head, "<body") || bytes.Contains(b[:min(len(b), 8192)], []byte("<p"))
}
