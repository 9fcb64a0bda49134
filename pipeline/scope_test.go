package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/newsprint/newsprint/pipeline"
)

// countFile counts the file:// requests a crawl makes.
type countFile struct {
	base http.RoundTripper
	n    atomic.Int32
}

func (c *countFile) RoundTrip(r *http.Request) (*http.Response, error) {
	c.n.Add(1)
	return c.base.RoundTrip(r)
}

// Redirects are checked before they are followed: a 302 to another host
// (an internal address, say), to a file:// URL, or to a page robots.txt
// disallows is not requested, and its outcome names why; an in-scope
// redirect is followed as before. Before, the off-site target was fetched
// (and archived) without its robots.txt, and the file opened.
func TestCrawlRedirectScope(t *testing.T) {
	var internal atomic.Int32
	other := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			internal.Add(1)
		}
		fmt.Fprint(w, articleHTML("Internal", "An internal page that must not be fetched.", "2024-03-26T10:00:00Z"))
	}))
	defer other.Close()
	local := filepath.Join(t.TempDir(), "secret.html")
	os.WriteFile(local, []byte(articleHTML("Local file", "A local file that must not be opened.", "2024-03-26T10:00:00Z")), 0o644)
	var private atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n")
		case "/":
			fmt.Fprint(w, `<html><body><a href="/off">a</a><a href="/file">b</a><a href="/hidden">c</a><a href="/moved">d</a></body></html>`)
		case "/off":
			// localhost, not 127.0.0.1: another host.
			http.Redirect(w, r, strings.Replace(other.URL, "127.0.0.1", "localhost", 1)+"/admin", http.StatusFound)
		case "/file":
			http.Redirect(w, r, "file://"+local, http.StatusFound)
		case "/hidden":
			http.Redirect(w, r, "/private/x", http.StatusFound)
		case "/private/x":
			private.Add(1)
			fmt.Fprint(w, articleHTML("Private", "Disallowed by robots.txt.", "2024-03-26T10:00:00Z"))
		case "/moved":
			http.Redirect(w, r, "/news/here", http.StatusMovedPermanently)
		case "/news/here":
			fmt.Fprint(w, articleHTML("Moved story", "Reached through an in-scope redirect.", "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	files := &countFile{base: http.NewFileTransport(http.Dir("/"))}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.RegisterProtocol("file", files)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	stats := crawlOnce(t, srv.URL+"/", dir, out, func(c *pipeline.Config) { c.Transport = tr })
	if n := internal.Load(); n > 0 {
		t.Errorf("the off-site redirect target was fetched %d times", n)
	}
	if n := files.n.Load(); n > 0 {
		t.Errorf("the http -> file:// redirect opened the file %d times", n)
	}
	if n := private.Load(); n > 0 {
		t.Errorf("the redirect to a robots.txt-disallowed page was fetched %d times", n)
	}
	for _, want := range []string{"skipped: redirect: off site", "skipped: redirect: scheme file", "skipped: redirect: robots.txt"} {
		if stats.Outcomes[want] != 1 {
			t.Errorf("outcome %q counted %d times, want 1 (outcomes %v)", want, stats.Outcomes[want], stats.Outcomes)
		}
	}
	if got := paths(t, srv.URL, readOut(t, out)); len(got) != 1 || got[0] != "/news/here" {
		t.Errorf("emitted %q, want only the in-scope redirect's article", got)
	}
}

// A file:// crawl stays in its directory whatever its symbolic links point
// at: a link to a file outside, and a directory link to the parent.
// Before, both were followed.
func TestCrawlFileSymlinks(t *testing.T) {
	root := t.TempDir()
	mirror, outside := filepath.Join(root, "mirror"), filepath.Join(root, "outside")
	os.Mkdir(mirror, 0o755)
	os.Mkdir(outside, 0o755)
	write := func(p, title, body string) {
		if err := os.WriteFile(p, []byte(articleHTML(title, body, "2024-03-26T10:00:00Z")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(outside, "secret.html"), "Outside", "A page outside the mirror that must not be read.")
	write(filepath.Join(mirror, "story.html"), "Inside", "A page of the mirror, which the crawl reads.")
	os.Symlink(filepath.Join(outside, "secret.html"), filepath.Join(mirror, "escape.html"))
	os.Symlink(root, filepath.Join(mirror, "up"))
	os.WriteFile(filepath.Join(mirror, "index.html"), []byte(`<html><body><a href="story.html">in</a><a href="escape.html">out</a><a href="up/outside/secret.html">up</a></body></html>`), 0o644)
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	crawlOnce(t, "file://"+filepath.Join(mirror, "index.html"), dir, out, nil)
	arts := readOut(t, out)
	for _, a := range arts {
		if strings.Contains(a.Text, "outside the mirror") {
			t.Errorf("%s: read through a symbolic link out of the mirror", a.URL)
		}
	}
	if len(arts) != 1 {
		t.Errorf("emitted %d articles, want the mirror's one", len(arts))
	}
}
