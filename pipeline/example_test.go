package pipeline_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/sqlitestore"
)

// titleSink is a Sink that keeps the titles of the articles it is given.
// Run calls Write from many goroutines.
type titleSink struct {
	mu     sync.Mutex
	titles []string
}

func (s *titleSink) Write(_ context.Context, a extractor.Article) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.titles = append(s.titles, a.Title)
	return nil
}

// Sync is where a real Sink makes what it was given durable: Run commits
// the crawl state only after it returns.
func (s *titleSink) Sync() error { return nil }

// Crawl the offline mirror in testdata/site (file:// URLs; http and https
// work the same) with the crawl state in SQLite and a Sink of your own.
func ExampleRun() {
	ctx := context.Background()
	stateDir, err := os.MkdirTemp("", "newsprint-state")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(stateDir)
	store, err := sqlitestore.Open(ctx, stateDir)
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()

	seed, err := filepath.Abs("../testdata/site/index.html")
	if err != nil {
		log.Fatal(err)
	}
	sink := &titleSink{}
	stats, err := pipeline.Run(ctx, pipeline.Config{
		Seeds: []string{"file://" + seed},
		Store: store,
		Sink:  sink,
		Delay: -1, // no pause between requests: the files are local
	})
	if err != nil {
		log.Fatal(err)
	}
	slices.Sort(sink.titles) // the crawl fetches in parallel
	fmt.Println(stats.Articles, "articles")
	for _, t := range sink.titles {
		fmt.Println(t)
	}
	// Output:
	// 5 articles
	// Chongqing, Dusseldorf Celebrate 20 Years of Sister City Friendship
	// City approves new bike lanes on Main Street
	// Harbour wall repairs to finish before summer, council says
	// Why We Moved Our Build Cache to Object Storage
	// 重庆中欧班列开行十三周年 累计开行超过一万六千列
}

// ExtractFile extracts a saved page keyed as a crawl keys it: the same
// bytes under the same URL give the crawl's record.
func ExampleExtractFile() {
	page, err := os.ReadFile("../testdata/site/local/harbour-wall.html")
	if err != nil {
		log.Fatal(err)
	}
	a, err := pipeline.ExtractFile(page, "https://Example.com/local/harbour-wall?utm_source=feed#top", extractor.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(a.URL)
	fmt.Println(a.Title)
	// Output:
	// https://example.com/local/harbour-wall
	// Harbour wall repairs to finish before summer, council says
}
