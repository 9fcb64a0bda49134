package pipeline_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/newsprint/newsprint/extractor"
	"github.com/newsprint/newsprint/pipeline"
)

// wireSite serves one wire story at several URLs, none naming a canonical:
// /a (the original), /copy (the same page), /wire (the story with an
// agency line added at the end), and a distinct story /b. The front page
// links /a, /b and those in paths; /a links /copy and /wire, so that with
// one request at a time /a, the shallower, is fetched first.
type wireSite struct {
	*httptest.Server
	mu    sync.Mutex
	paths []string
}

func wireStory(extra string) string {
	var b strings.Builder
	for i, s := range []string{"harbour", "railway", "library", "bridge", "school", "market"} {
		b.WriteString("<p>The council voted on Tuesday to rebuild the " + s + " after years of delay, and officials said the work on part ")
		b.WriteString(strings.Repeat("x", i+1) + " would start next spring, paid for by the regional fund and a loan from the national bank.</p>\n")
	}
	return b.String() + extra
}

func (s *wireSite) serve(w http.ResponseWriter, r *http.Request) {
	page := func(title, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html lang="en"><head><title>` + title + `</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T10:00:00Z"></head>
<body><article><h1>` + title + `</h1>` + body + `</article></body></html>`))
	}
	switch r.URL.Path {
	case "/":
		s.mu.Lock()
		links := ""
		for _, p := range s.paths {
			links += `<li><a href="` + p + `">` + p + `</a></li>`
		}
		s.mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(`<!DOCTYPE html><html><head><title>Wire</title></head><body><ul>` + links + `</ul></body></html>`))
	case "/robots.txt":
		http.NotFound(w, r)
	case "/a":
		page("Council rebuilds the harbour", wireStory(`<p>See also <a href="/copy">this</a> and <a href="/wire">that</a>.</p>`))
	case "/copy", "/copy2":
		page("Council rebuilds the harbour", wireStory(`<p>See also <a href="/copy">this</a> and <a href="/wire">that</a>.</p>`))
	case "/wire":
		page("Harbour to be rebuilt, council says", wireStory(`<p>See also <a href="/copy">this</a> and <a href="/wire">that</a>.</p><p>Reporting by the Regional Press Agency; editing by the wire desk.</p>`))
	case "/b":
		var b strings.Builder
		for range 8 {
			b.WriteString("<p>The home side scored twice before half time in a windy match at the old ground, and the visiting coach said his players had run out of ideas long before the final whistle.</p>")
		}
		page("Home side wins", b.String())
	default:
		http.NotFound(w, r)
	}
}

func TestCrawlDuplicates(t *testing.T) {
	for _, mode := range []string{pipeline.NearMark, pipeline.NearDrop, pipeline.NearOff} {
		t.Run(mode, func(t *testing.T) {
			s := &wireSite{paths: []string{"/a", "/b"}}
			s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
			defer s.Close()
			dir := t.TempDir()
			out := filepath.Join(dir, "out.jsonl")
			set := func(c *pipeline.Config) {
				c.NearDuplicates = mode
				c.Parallel = 1 // /a is fetched before its copies
			}
			crawlOnce(t, s.URL+"/", dir, out, set)
			arts := readOut(t, out)
			byPath := map[string]extractor.Article{}
			for _, a := range arts {
				byPath[strings.TrimPrefix(a.URL, s.URL)] = a
			}
			var got []string
			for p := range byPath {
				got = append(got, p)
			}
			slices.Sort(got)
			want := map[string][]string{
				pipeline.NearMark: {"/a", "/b", "/copy", "/wire"},
				pipeline.NearDrop: {"/a", "/b"},
				pipeline.NearOff:  {"/a", "/b", "/copy", "/wire"},
			}[mode]
			if !slices.Equal(got, want) {
				t.Fatalf("emitted %q, want %q", got, want)
			}
			a := byPath["/a"]
			if a.DuplicateOf != nil || a.Text == "" {
				t.Errorf("/a, the original: duplicate_of %+v, text %d bytes", a.DuplicateOf, len(a.Text))
			}
			switch mode {
			case pipeline.NearMark:
				cp := byPath["/copy"]
				if d := cp.DuplicateOf; d == nil || d.URL != a.URL || d.ID != a.ID || d.Distance != 0 || cp.Text != "" || cp.HTML != "" || cp.ContentHash != a.ContentHash {
					t.Errorf("/copy: duplicate_of %+v, text %q; want an alias of %s (distance 0, no body, the same content hash)", cp.DuplicateOf, cp.Text, a.URL)
				}
				w := byPath["/wire"]
				if d := w.DuplicateOf; d == nil || d.URL != a.URL || d.Distance == 0 && w.ContentHash == a.ContentHash || d.Distance > pipeline.NearDistance || w.Text == "" {
					t.Errorf("/wire: duplicate_of %+v, text %d bytes; want a near-duplicate of %s, with its body", w.DuplicateOf, len(w.Text), a.URL)
				}
				if b := byPath["/b"]; b.DuplicateOf != nil {
					t.Errorf("/b, a distinct story: duplicate_of %+v", b.DuplicateOf)
				}
				// A later run finds a copy of an article of the first run
				// through the fingerprints kept in the state.
				s.mu.Lock()
				s.paths = append(s.paths, "/copy2")
				s.mu.Unlock()
				out2 := filepath.Join(dir, "out2.jsonl")
				crawlOnce(t, s.URL+"/", dir, out2, set)
				second := readOut(t, out2)
				if len(second) != 1 || !strings.HasSuffix(second[0].URL, "/copy2") || second[0].DuplicateOf == nil || second[0].DuplicateOf.URL != a.URL {
					t.Errorf("second run emitted %+v, want /copy2 as an alias of %s", second, a.URL)
				}
			case pipeline.NearOff:
				for p, x := range byPath {
					if x.DuplicateOf != nil || x.Text == "" {
						t.Errorf("%s with duplicates off: duplicate_of %+v, text %d bytes", p, x.DuplicateOf, len(x.Text))
					}
				}
			}
		})
	}
}
