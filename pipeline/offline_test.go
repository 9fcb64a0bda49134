package pipeline_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// datedStory is a news article whose JSON-LD says it was published on
// published (RFC 3339).
func datedStory(published string) []byte {
	para := strings.Repeat("The harbour board met on Tuesday to weigh the new ferry timetable, and residents spoke for an hour about the late boats. ", 6)
	return []byte(fmt.Sprintf(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ferry timetable debated</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable debated","datePublished":%q,"author":{"@type":"Person","name":"Ada Reporter"}}</script>
</head><body><article><h1>Ferry timetable debated</h1><p>%s</p><p>%s</p><p>%s</p></article></body></html>`, published, para, para, para))
}

// TestOfflineFetchTime checks that re-extraction from a WARC judges dates
// against the record's WARC-Date, as the crawl that fetched the page did,
// not against the time of the re-extraction: a page archived in January
// 2020 cannot have been published in 2024.
func TestOfflineFetchTime(t *testing.T) {
	fetched := time.Date(2020, 1, 2, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name, published, want string
	}{
		{"before the fetch", "2019-12-30T10:00:00Z", "2019-12-30T10:00:00Z"},
		{"after the fetch", "2024-06-01T10:00:00Z", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			off := pipeline.NewOffline(extractor.Options{}, pipeline.NearOff)
			a, why, err := off.Article(datedStory(tc.published), "http://news.example/ferry", "text/html; charset=utf-8", fetched)
			if err != nil || why != "" {
				t.Fatalf("Offline.Article = error %v, not an article because %q", err, why)
			}
			if a.PublishedAt != tc.want {
				t.Errorf("Offline.Article(page dated %s, fetched %s).PublishedAt = %q, want %q", tc.published, fetched.Format(time.RFC3339), a.PublishedAt, tc.want)
			}
			if a.FetchedAt != fetched.Format(time.RFC3339) {
				t.Errorf("Offline.Article(...).FetchedAt = %q, want %q", a.FetchedAt, fetched.Format(time.RFC3339))
			}
		})
	}
}
