package archive_test

import (
	"fmt"
	"log"
	"strconv"
	"strings"

	"github.com/newsprint/newsprint/archive"
	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// warcFile builds an uncompressed WARC file of one response record, as a
// crawl with --warc (gzipped) or wget --warc-file would write.
func warcFile(target, page string) string {
	resp := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + strconv.Itoa(len(page)) + "\r\n\r\n" + page
	return "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:7f3c1b52-6d1e-4c1a-9a55-2b1f0c9e4d11>\r\n" +
		"WARC-Date: 2024-03-26T10:00:00Z\r\nWARC-Target-URI: " + target + "\r\n" +
		"Content-Type: application/http; msgtype=response\r\nContent-Length: " + strconv.Itoa(len(resp)) + "\r\n\r\n" + resp + "\r\n\r\n"
}

// Read a WARC file offline: Scan hands over each HTML response, and
// pipeline.Offline gives the article a crawl would have emitted for it
// (the same article test, canonical URL and revisions), as 'newsprint
// extract FILE.warc.gz' does.
func ExampleScan() {
	story := strings.Repeat("The harbour wall reopened on Tuesday after a winter of repairs. ", 20)
	warc := warcFile("https://coast.example/local/harbour-wall", `<html lang="en"><head><title>Harbour wall reopens</title>
<meta property="article:published_time" content="2024-03-26"></head><body><article><h1>Harbour wall reopens</h1><p>`+story+`</p></article></body></html>`)

	off := pipeline.NewOffline(extractor.Options{}, pipeline.NearMark)
	stats, err := archive.Scan(strings.NewReader(warc), "example.warc", extractor.DefaultMaxBytes, func(r archive.Response) error {
		a, skipped, err := off.Article(r.Body, r.URL, r.ContentType, r.Date)
		if err != nil || skipped != "" {
			return nil // not an article: a listing, too little text...
		}
		fmt.Println(a.URL)
		fmt.Println(a.Title, "|", a.FetchedAt, "|", a.WordCount, "words")
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(stats.Records, "record,", stats.HTML, "HTML response")
	// Output:
	// https://coast.example/local/harbour-wall
	// Harbour wall reopens | 2024-03-26T10:00:00Z | 220 words
	// 1 record, 1 HTML response
}
