package extractor_test

import (
	"fmt"
	"log"

	"github.com/newsprint/newsprint/extractor"
)

// Extract turns the bytes of one page and its URL into an Article.
func ExampleExtract() {
	page := []byte(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbour wall reopens | The Coast Times</title>
<meta property="og:site_name" content="The Coast Times">
<meta property="article:published_time" content="2024-03-26T09:30:00Z">
</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>Harbour wall reopens</h1><p class="byline">By Ada Reporter</p>
<p>The harbour wall reopened on Tuesday after a winter of repairs by the council's crews, who replaced the stones the January storms had torn away.</p>
<figure><img src="/img/wall.jpg" alt="The wall at dawn"><figcaption>The rebuilt wall at dawn. Photo: Ben Lens</figcaption></figure>
<p>Fishing boats can moor along the whole length of the wall again, the harbour master said, and the walkway on top opens to the public next week.</p>
</article><footer>Copyright 2024 The Coast Times</footer></body></html>`)

	a, err := extractor.Extract(page, "https://coast.example/local/harbour-wall", extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.Title)
	fmt.Println(a.Authors, a.PublishedAt, a.Language, a.SiteName)
	fmt.Println(a.Images[0].URL, "|", a.Images[0].Caption, "|", a.Images[0].Credit)
	fmt.Println(a.WordCount, "words:", a.Text[:42]+"...")
	// Output:
	// Harbour wall reopens
	// [Ada Reporter] 2024-03-26T09:30:00Z en The Coast Times
	// https://coast.example/img/wall.jpg | The rebuilt wall at dawn. | Ben Lens
	// 52 words: The harbour wall reopened on Tuesday after...
}
