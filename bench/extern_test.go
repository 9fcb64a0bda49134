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
