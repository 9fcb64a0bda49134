package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// arrivals is a transport that notes when each request arrives, by host.
type arrivals struct {
	base http.RoundTripper
	mu   sync.Mutex
	at   map[string][]time.Time
	path map[string][]string
}

func (a *arrivals) RoundTrip(r *http.Request) (*http.Response, error) {
	a.mu.Lock()
	a.at[r.URL.Host] = append(a.at[r.URL.Host], time.Now())
	a.path[r.URL.Host] = append(a.path[r.URL.Host], r.URL.Path)
	a.mu.Unlock()
	return a.base.RoundTrip(r)
}

// Each hop of a redirected robots.txt is a start of its host, spaced like
// any other: a's robots.txt moves to another path of a, then to b's
// robots.txt, and no two requests of a host arrive at the transport less
// than the delay apart. A request arrives before it reaches the wire, and
// the host's next start is granted the delay after that, so the check
// cannot fail by the machine's lag. Before, the hops went out within the
// robots.txt task, a round trip after the request before them.
func TestCrawlRobotsRedirectKeepsTheDelay(t *testing.T) {
	const delay = 200 * time.Millisecond
	page := func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, articleHTML("Story "+r.Host, "A story of a host whose robots.txt moved.", "2024-03-26T10:00:00Z"))
	}
	bMux := http.NewServeMux()
	bMux.HandleFunc("/robots.txt", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	bMux.HandleFunc("/", page)
	b := httptest.NewServer(bMux)
	defer b.Close()
	aMux := http.NewServeMux()
	aMux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/moved/robots.txt", http.StatusFound)
	})
	aMux.HandleFunc("/moved/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, b.URL+"/robots.txt", http.StatusMovedPermanently)
	})
	aMux.HandleFunc("/", page)
	a := httptest.NewServer(aMux)
	defer a.Close()
	tr := &arrivals{base: http.DefaultTransport, at: map[string][]time.Time{}, path: map[string][]string{}}
	dir := t.TempDir()
	crawlOnce(t, a.URL+"/", dir, filepath.Join(dir, "out.jsonl"), func(c *pipeline.Config) {
		c.Seeds = append(c.Seeds, b.URL+"/")
		c.Transport, c.Delay, c.Parallel, c.MaxDepth = tr, delay, 2, -1
	})
	tr.mu.Lock()
	defer tr.mu.Unlock()
	for _, host := range []string{a.Listener.Addr().String(), b.Listener.Addr().String()} {
		at, paths := tr.at[host], tr.path[host]
		for i := 1; i < len(at); i++ {
			if gap := at[i].Sub(at[i-1]); gap < delay {
				t.Errorf("%s: %s arrived %s after %s; want at least %s (requests %v)", host, paths[i], gap, paths[i-1], delay, paths)
			}
		}
	}
	if n, m := len(tr.at[a.Listener.Addr().String()]), len(tr.at[b.Listener.Addr().String()]); n != 3 || m < 3 {
		t.Errorf("%d requests to a, %d to b; want a's robots.txt, its hop and seed, and b's robots.txt twice and seed (a %v, b %v)",
			n, m, tr.path[a.Listener.Addr().String()], tr.path[b.Listener.Addr().String()])
	}
}
