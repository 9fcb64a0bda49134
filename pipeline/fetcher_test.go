package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/extractor"
)

// The fetcher hands back what the server sent: a body only for 2xx, an
// HTTP error as a response, the headers' verdict as a *skipError, the
// redirect unfollowed with its Location, and the bytes untranscoded.
func TestFetcher(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page":
			w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
			fmt.Fprint(w, "<p>café</p>") // UTF-8 under a wrong label
		case "/moved":
			http.Redirect(w, r, "/page", http.StatusFound)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF")
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Repeat("x", 200))
		case "/big-streamed":
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, strings.Repeat("x", 100))
			w.(http.Flusher).Flush() // no Content-Length
			fmt.Fprint(w, strings.Repeat("x", 100))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cfg := Config{Seeds: []string{srv.URL}, Store: addCounterStore(), Sink: nopSink{}, MaxBodyBytes: 150, Timeout: 5 * time.Second}
	cfg, err := cfg.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	f := newFetcher(context.Background(), &cfg, wanted, func(*response, io.Reader) string { return "none" })
	get := func(path string) (*response, error) {
		return f.fetch(Entry{URL: srv.URL + path, Kind: KindPage}, nil)
	}
	res, err := get("/page")
	if err != nil || res.Status != 200 || res.URL.Path != "/page" || string(res.Body) != "<p>café</p>" || res.ContentType != "text/html; charset=iso-8859-1" {
		t.Errorf("fetch(/page) = %+v, %v; want its bytes as sent, its URL and Content-Type", res, err)
	}
	// A redirect is handed back, not followed: the crawl queues its target
	// on the target's host (scope.go).
	if res, err := get("/moved"); err != nil || res.Status != http.StatusFound || res.Header.Get("Location") != "/page" || res.Body != nil {
		t.Errorf("fetch(/moved) = %+v, %v; want the 302 with its Location, not followed", res, err)
	}
	if res, err := get("/missing"); err != nil || res.Status != 404 || res.Body != nil {
		t.Errorf("fetch(/missing) = %+v, %v; want a 404 response without a body", res, err)
	}
	var skip *skipError
	if _, err := get("/pdf"); !errors.As(err, &skip) || skip.reason != "not HTML" {
		t.Errorf("fetch(/pdf) error = %v, want skipped: not HTML", err)
	}
	// A page over the cap is read to it, with or without a Content-Length.
	for _, path := range []string{"/big", "/big-streamed"} {
		if res, err := get(path); err != nil || !res.Truncated || len(res.Body) != 150 {
			t.Errorf("fetch(%s) = %+v, %v; want its first 150 bytes, truncated", path, res, err)
		}
	}
	srv.Close()
	if res, err := get("/page"); err == nil {
		t.Errorf("fetch from a closed server = %+v, want an error", res)
	}
}

type nopSink struct{}

func (nopSink) Write(context.Context, extractor.Article) error { return nil }
func (nopSink) Sync() error                                    { return nil }

func addCounterStore() Store { return &addCounter{} }
