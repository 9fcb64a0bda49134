package pipeline_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
)

// killChild runs a crawl of seed in a child process writing to out, and
// kills it (SIGKILL) once out holds at least lines lines. Its state is in
// dir; it commits only every commitEvery.
func killChild(t *testing.T, seed, dir, out string, lines int, commitEvery time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "NEWSPRINT_CRAWL_CHILD=1", "STATE="+dir, "OUT="+out, "SEED="+seed, "COMMIT_EVERY="+commitEvery.String())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, _ := os.ReadFile(out); strings.Count(string(b), "\n") >= lines {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
}

// bulkySite serves n articles of about 20 KB each, linked from its home
// page: a few of them fill the JSONL writer's buffer, so that a crawl writes
// lines to its output between two commits.
func bulkySite(n int) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/":
			fmt.Fprint(w, "<html><body><h1>Bulky News</h1><ul>")
			for i := range n {
				fmt.Fprintf(w, `<li><a href="/news/%d">story %d</a></li>`, i, i)
			}
			fmt.Fprint(w, "</ul></body></html>")
		case strings.HasPrefix(r.URL.Path, "/news/") && strings.Trim(path.Base(r.URL.Path), "0123456789") == "":
			body := strings.Repeat("The council met again on Tuesday to discuss the plan in detail. ", 300)
			fmt.Fprint(w, articleHTML("Bulky story "+path.Base(r.URL.Path), body, "2024-03-26T10:00:00Z"))
		default:
			http.NotFound(w, r)
		}
	}))
}

// kill -9 with a new output file per run (one a day, as the README's cron
// line does): the killed run, which never reached its first checkpoint,
// left articles and a torn line in its own file. The next run, writing to
// a third file, emits none of them again and cuts the torn line. Before,
// reconcile read only the file of the last checkpoint (the first run's):
// the killed run's articles were emitted twice and its torn line stayed.
func TestReconcileNewOutputPerRun(t *testing.T) {
	const n = 30
	srv := bulkySite(n)
	defer srv.Close()
	dir := t.TempDir()
	seed := srv.URL + "/"
	day1, day2, day3 := filepath.Join(dir, "day1.jsonl"), filepath.Join(dir, "day2.jsonl"), filepath.Join(dir, "day3.jsonl")
	// Day 1 ends early but cleanly: the state's checkpoint is in day1.
	crawlOnce(t, seed, dir, day1, func(c *pipeline.Config) { c.MaxPages = 4 })
	// Day 2 is killed before it commits anything, mid-line.
	killChild(t, seed, dir, day2, 3, time.Hour)
	killed := readOutLines(t, day2) // the kill may have torn a line
	if len(killed) < 3 || len(readOut(t, day1))+len(killed) >= n {
		t.Fatalf("day 2 wrote %d articles before SIGKILL; the test needs a crawl cut mid-way", len(killed))
	}
	f, err := os.OpenFile(day2, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"schema_version":1,"url":"` + srv.URL + `/news/torn","title":"Torn`)
	f.Close()
	crawlOnce(t, seed, dir, day3, nil)
	seen := map[string]int{}
	for _, out := range []string{day1, day2, day3} {
		for _, a := range readOut(t, out) { // fails on a torn line
			seen[a.URL]++
		}
	}
	twice := 0
	for _, c := range seen {
		if c > 1 {
			twice++
		}
	}
	if len(seen) != n || twice > 0 {
		t.Errorf("three days, the second killed after %d articles: %d of %d articles emitted, %d of them twice; want each once", len(killed), len(seen), n, twice)
	}
}

// An output cut mid-line below the state's checkpoint (by hand, a full
// disk, a restored copy): the next run does not append onto the fragment.
func TestReconcileCutBelowCheckpoint(t *testing.T) {
	s := newSite(0)
	defer s.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	crawlOnce(t, s.URL+"/", dir, out, nil)
	fi, err := os.Stat(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(out, fi.Size()-40); err != nil {
		t.Fatal(err)
	}
	before := len(readOutLines(t, out))
	s.setArticle("/news/a4", "Fourth story body about the bridge.")
	crawlOnce(t, s.URL+"/", dir, out, nil)
	arts := readOut(t, out) // fails on a line glued to the fragment
	if len(arts) != before+1 || !strings.HasSuffix(arts[len(arts)-1].URL, "/news/a4") {
		t.Errorf("after the cut: %d whole lines, then %d articles; want the new article after them", before, len(arts))
	}
}

// readOutLines returns the whole lines of path (a partial last line left
// out).
func readOutLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(string(b), "\n")
	var whole []string
	for _, l := range lines {
		if strings.HasSuffix(l, "\n") {
			whole = append(whole, l)
		}
	}
	return whole
}
