package main

import "testing"

func TestParseMediacloud(t *testing.T) {
	src := []byte(`var mediacloudData = []comparisonEntry{
	{
		URL:       "https://b.example/news/2",
		File:      "2.html",
		Date:      "nan",
		Fast:      "",
		Extensive: "2020-01-01",
	}, {
		URL:       "https://a.example/2020/06/07/story",
		File:      "1.html",
		Date:      "2020-06-07",
		Fast:      "2020-06-07",
		Extensive: "2020-06-07",
	},
}`)
	pages, files := parseMediacloud(src)
	if len(pages) != 2 || len(files) != 2 {
		t.Fatalf("parseMediacloud: %d pages, %d files, want 2 and 2", len(pages), len(files))
	}
	if pages[0].id != "1" || files[0] != "1.html" || pages[0].url != "https://a.example/2020/06/07/story" || pages[0].date.String() != "2020-06-07" {
		t.Errorf("first page = %+v in %s, want id 1, its URL and 2020-06-07 in 1.html", pages[0], files[0])
	}
	if !pages[1].date.absent() {
		t.Errorf("a nan label = %+v, want annotated as no date", pages[1].date)
	}
	if pages[0].title.known || pages[0].author.known || pages[0].body.known {
		t.Errorf("mediacloud labels dates only, got %+v", pages[0])
	}
}

func TestParseTrafEval(t *testing.T) {
	src := []byte(`package main

var comparisonData = map[string]ComparisonEntry{
	"https://www.b.example/2019/08/02/post/": {
		File:    "b.example.post.html",
		Title:   " JSON parsing ",
		Date:    "2019-08-02",
		Authors: []string{"Daniel Lemire", "Jane Roe"},
		With:    []string{"I use a Skylake", "0.091 GB/s"},
		Without: []string{"Leave a Reply"},
	},
	"https://a.example/page": {
		File: "a.example.page.html",
		With: []string{"only this"},
	},
}
`)
	pages, files, err := parseTrafEval(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) != 2 || files[0] != "a.example.page.html" || files[1] != "b.example.post.html" {
		t.Fatalf("parseTrafEval: %d pages in %v, want two in file order", len(pages), files)
	}
	a, b := pages[0], pages[1]
	if a.id != "a.example.page" || a.url != "https://a.example/page" || a.title.known || a.author.known || a.date.known || len(a.with) != 1 || a.without != nil {
		t.Errorf("an entry with only snippets = %+v, want no title, author or date label", a)
	}
	if b.title.String() != "JSON parsing" || b.author.String() != "Daniel Lemire; Jane Roe" || b.date.String() != "2019-08-02" {
		t.Errorf("labels = %q, %q, %q, want the trimmed title, both authors and the day", b.title, b.author, b.date)
	}
	if len(b.with) != 2 || len(b.without) != 1 || b.without[0] != "Leave a Reply" {
		t.Errorf("snippets = %q / %q", b.with, b.without)
	}
	if _, _, err := parseTrafEval([]byte("package main\nvar other = 1\n")); err == nil {
		t.Error("a file without comparisonData parsed without error")
	}
	if _, _, err := parseTrafEval([]byte(`package main
var comparisonData = map[string]ComparisonEntry{"https://a.example/": {Title: "no file"}}`)); err == nil {
		t.Error("an entry without a file parsed without error")
	}
}

func TestAddressKey(t *testing.T) {
	same := [][2]string{
		{"https://www.Example.com/a/b/", "http://example.com/a/b"},
		{"https://example.com/a?x=1", "http://www.example.com/a?x=1"},
	}
	for _, c := range same {
		if addressKey(c[0]) != addressKey(c[1]) {
			t.Errorf("addressKey(%q) = %q, addressKey(%q) = %q, want the same page", c[0], addressKey(c[0]), c[1], addressKey(c[1]))
		}
	}
	differ := [][2]string{
		{"https://example.com/a", "https://example.com/b"},
		{"https://example.com/a?x=1", "https://example.com/a?x=2"},
		{"https://example.com/a", "https://example.org/a"},
	}
	for _, c := range differ {
		if addressKey(c[0]) == addressKey(c[1]) {
			t.Errorf("addressKey(%q) = addressKey(%q) = %q, want two pages", c[0], c[1], addressKey(c[0]))
		}
	}
}
