package pipeline_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// raceSite serves two near-duplicate stories: /a, and /b reached through
// the redirect /r. The front page links /r and /a, or only /a before
// both is set.
type raceSite struct {
	*httptest.Server
	mu   sync.Mutex
	both bool
	// holdA, if set, is waited for before /a is answered.
	holdA func()
	// fetches numbers the answers, in a comment of each page when vary is
	// set: the bytes of a page differ on every fetch, as a news site's do
	// (a timestamp, an ad slot), so that no capture is a revisit record.
	fetches int
	vary    bool
}

func newRaceSite() *raceSite {
	s := &raceSite{both: true}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

func (s *raceSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	both, holdA := s.both, s.holdA
	s.fetches++
	stamp := ""
	if s.vary {
		stamp = fmt.Sprintf("<!-- served %d -->", s.fetches)
	}
	s.mu.Unlock()
	page := func(title, extra string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(stamp + `<!DOCTYPE html><html lang="en"><head><title>` + title + `</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>` + title + `</h1>` + wireStory(extra) + `</article></body></html>`))
	}
	switch r.URL.Path {
	case "/":
		links := `<li><a href="/a">a</a></li>`
		if both {
			links = `<li><a href="/r">r</a></li>` + links
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html><head><title>Wire</title></head><body><ul>` + links + `</ul></body></html>`))
	case "/a":
		if holdA != nil {
			holdA()
		}
		page("Council rebuilds the harbour", "")
	case "/r":
		http.Redirect(w, r, "/b", http.StatusFound)
	case "/b":
		page("Harbour to be rebuilt, council says", "<p>Reporting by the Regional Press Agency; editing by the wire desk.</p>")
	default:
		http.NotFound(w, r)
	}
}

// hookStore calls hook on the Store lookup of a URL ending in suffix: a
// redirect's final URL, looked up after its capture, before its decision.
type hookStore struct {
	pipeline.Store
	suffix string
	hook   func()
}

func (h *hookStore) Lookup(ctx context.Context, url string) (pipeline.Known, bool, error) {
	if strings.HasSuffix(url, h.suffix) {
		h.hook()
	}
	return h.Store.Lookup(ctx, url)
}

// until waits for c to close, or a bound to pass.
func until(c chan struct{}) func() {
	return func() {
		select {
		case <-c:
		case <-time.After(10 * time.Second):
		}
	}
}

func (h *hookStore) Fingerprints(ctx context.Context, since int64, f func(pipeline.Fingerprint)) (int64, error) {
	return h.Store.(pipeline.Fingerprinted).Fingerprints(ctx, since, f)
}

// watchSink closes written (when not nil) and runs onWrite (when not
// nil) once an article whose URL ends in suffix has been written, before
// the Write returns.
type watchSink struct {
	pipeline.Sink
	suffix  string
	once    sync.Once
	written chan struct{}
	onWrite func()
}

func (w *watchSink) Write(ctx context.Context, a extractor.Article) error {
	err := w.Sink.Write(ctx, a)
	if strings.HasSuffix(a.URL, w.suffix) {
		w.once.Do(func() {
			if w.written != nil {
				close(w.written)
			}
			if w.onWrite != nil {
				w.onWrite()
			}
		})
	}
	return err
}

// indexed waits until the WARC index in dir lists a capture of url.
func indexed(dir, url string) {
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(5 * time.Millisecond) {
		b, _ := os.ReadFile(filepath.Join(dir, "index.jsonl"))
		if strings.Contains(string(b), `"url":"`+url+`"`) {
			return
		}
	}
}

// Two near-duplicates fetched at once are captured in one order and
// decided in the other: /b is captured first, but its decision waits
// (the Store lookup of a redirect's target) until /a, captured after it,
// was decided and written. The crawl marks /b, the later decided, as the
// duplicate of /a; re-extracting the WARC must mark the same, not /a, the
// later captured. Before the crawl recorded its decisions in the WARC, the
// re-extraction marked /a.
func TestCrawlWARCDecisionOrder(t *testing.T) {
	s := newRaceSite()
	defer s.Close()
	dir := t.TempDir()
	wdir := filepath.Join(dir, "warc")
	out := filepath.Join(dir, "out.jsonl")
	arc := openArchive(t, wdir)
	s.holdA = func() { indexed(wdir, s.URL+"/b") }
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) {
		c.Archive = arc
		ws := &watchSink{Sink: c.Sink, suffix: "/a", written: make(chan struct{})}
		c.Store = &hookStore{Store: c.Store, suffix: "/b", hook: until(ws.written)}
		c.Sink = ws
	})
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	arts := readOut(t, out)
	if got := urls(arts); len(got) != 2 || got[0] != s.URL+"/a" || got[1] != s.URL+"/b" {
		t.Fatalf("emitted %q, want /a then /b", got)
	}
	var order []string
	for _, e := range readIndex(t, wdir) {
		if p := strings.TrimPrefix(e.URL, s.URL); p == "/a" || p == "/b" {
			order = append(order, p)
		}
	}
	if len(order) != 2 || order[0] != "/b" {
		t.Fatalf("captured %q: the race was not forced (/b first)", order)
	}
	if d := arts[1].DuplicateOf; arts[0].DuplicateOf != nil || d == nil || d.URL != arts[0].URL {
		t.Fatalf("the crawl marked /a as the duplicate of %+v, /b of %+v; want /b of /a", arts[0].DuplicateOf, d)
	}
	extracted := offline(t, wdir)
	want, again := byURL(arts), byURL(extracted)
	for u, line := range want {
		if d := fieldDiff(line, again[u]); d != "" {
			t.Errorf("%s: the WARC's record differs from the crawl's: %s", u, d)
		}
	}
	if got := urls(extracted); !slices.Equal(got, urls(arts)) {
		t.Errorf("the WARC gives %q, in another order than the crawl", got)
	}
}

// fieldDiff names the fields in which two JSON records differ, with the
// values of each ("" if none).
func fieldDiff(crawl, warc string) string {
	var a, b map[string]any
	json.Unmarshal([]byte(crawl), &a)
	json.Unmarshal([]byte(warc), &b)
	if b == nil {
		return "no record from the WARC"
	}
	var d []string
	for k, v := range a {
		if !reflect.DeepEqual(v, b[k]) {
			d = append(d, fmt.Sprintf("%s: crawl %v, WARC %v", k, v, b[k]))
		}
	}
	slices.Sort(d)
	return strings.Join(d, "; ")
}

// A crawl marks an article as the duplicate of one an earlier run emitted
// without --warc: the WARC, which lacks that earlier article, still
// re-extracts as the crawl's record, duplicate_of included.
func TestCrawlWARCDuplicateOfEarlierRun(t *testing.T) {
	s := newRaceSite()
	defer s.Close()
	dir := t.TempDir()
	s.both = false
	crawlOnce(t, s.URL+"/", dir, filepath.Join(dir, "first.jsonl"), nil)
	s.mu.Lock()
	s.both = true
	s.mu.Unlock()
	wdir := filepath.Join(dir, "warc")
	out := filepath.Join(dir, "out.jsonl")
	arc := openArchive(t, wdir)
	crawlOnce(t, s.URL+"/", dir, out, func(c *pipeline.Config) { c.Archive, c.RevisitAfter = arc, -1 })
	if err := arc.Close(); err != nil {
		t.Fatal(err)
	}
	arts := readOut(t, out)
	if got := paths(t, s.URL, arts); len(got) != 1 || got[0] != "/b" || arts[0].DuplicateOf == nil {
		t.Fatalf("second run emitted %q (duplicate_of %+v), want /b marked as the duplicate of /a", got, arts)
	}
	want, again := byURL(arts), byURL(offline(t, wdir))
	if d := fieldDiff(want[arts[0].URL], again[arts[0].URL]); d != "" || len(again) != 1 {
		t.Errorf("the WARC gives %d records; /b's differs from the crawl's: %s", len(again), d)
	}
}

// Two workers share a crawl through Redis, each writing its own WARC: an
// article one marks as the duplicate of one the other emitted has no
// earlier article in its WARC, yet each WARC re-extracts as its worker's
// records.
func TestSharedCrawlWARCPerWorker(t *testing.T) {
	redis := redistest.Start(t)
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	var ws crew
	for i := range 2 {
		name := fmt.Sprint("w", i)
		ws = append(ws, startWorker(t, redis.URL(), "warcs", name, s.URL+"/", dir, "WARC="+filepath.Join(dir, "warc-"+name)))
	}
	ws.wait(t)
	checkExactlyOnce(t, s, ws.outs())
	emittedBy := map[string]string{}
	for i, w := range ws {
		for _, a := range readOut(t, w.out) {
			emittedBy[a.URL] = fmt.Sprint("w", i)
		}
	}
	across := 0
	for i, w := range ws {
		name := fmt.Sprint("w", i)
		arts := readOut(t, w.out)
		for _, a := range arts {
			if a.DuplicateOf != nil && emittedBy[a.DuplicateOf.URL] != name {
				across++
			}
		}
		want, again := byURL(arts), byURL(offline(t, filepath.Join(dir, "warc-"+name)))
		for u, line := range want {
			if d := fieldDiff(line, again[u]); d != "" {
				t.Errorf("%s %s: the WARC's record differs from the crawl's: %s", name, u, d)
			}
		}
		if len(again) != len(want) {
			t.Errorf("%s: its WARC gives %d articles, it emitted %d", name, len(again), len(want))
		}
	}
	t.Logf("%d articles marked as duplicates of the other worker's", across)
}
