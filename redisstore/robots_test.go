package redisstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsprint/newsprint/pipeline"
	"github.com/newsprint/newsprint/redisstore"
	"github.com/newsprint/newsprint/redisstore/redistest"
)

// The processes of a crawl read a site's robots.txt once between them: the
// first to ask reads it, the others wait until it keeps what it read, then
// get that; one that got no answer to keep lets the next reader in; a
// reader that died holds the others back for SlotTTL only; a crawl that
// re-reads always (RereadAfter negative) shares nothing.
func TestRobotsReadOnce(t *testing.T) {
	srv := redistest.Start(t)
	ctx := context.Background()
	opt := redisstore.Options{SlotTTL: 300 * time.Millisecond}
	a := open(t, srv, "robots", "a", opt)
	defer a.Close()
	b := open(t, srv, "robots", "b", opt)
	defer b.Close()
	ask := func(s *redisstore.Store, name, site string, wantOK, wantMine bool) pipeline.RobotsFile {
		t.Helper()
		f, ok, mine, err := s.Robots(ctx, site)
		if ok != wantOK || mine != wantMine || err != nil {
			t.Fatalf("%s: Robots(%s) = ok %v, mine %v, %v; want ok %v, mine %v", name, site, ok, mine, err, wantOK, wantMine)
		}
		return f
	}
	const site = "https://x.example"
	ask(a, "a", site, false, true)
	ask(b, "b while a reads", site, false, false)
	ask(a, "a again", site, false, true)
	// No answer to keep (a 503): the next to ask reads it.
	if err := a.PutRobots(ctx, site, nil); err != nil {
		t.Fatal(err)
	}
	ask(b, "b after a got a 503", site, false, true)
	ask(a, "a while b reads", site, false, false)
	want := pipeline.RobotsFile{Status: 200, Body: []byte("User-agent: *\nDisallow: /private/\n")}
	if err := b.PutRobots(ctx, site, &want); err != nil {
		t.Fatal(err)
	}
	if f := ask(a, "a after b read it", site, true, false); f.Status != want.Status || string(f.Body) != string(want.Body) {
		t.Errorf("a got %d %q, want %d %q", f.Status, f.Body, want.Status, want.Body)
	}
	// Another site, another scheme: apart. A reader that dies holds the
	// others back for SlotTTL.
	ask(a, "a", "http://x.example", false, true)
	a.Abandon()
	ask(b, "b while dead a holds it", "http://x.example", false, false)
	time.Sleep(400 * time.Millisecond)
	ask(b, "b after SlotTTL", "http://x.example", false, true)

	always := open(t, srv, "robots", "c", redisstore.Options{RereadAfter: -1})
	defer always.Close()
	ask(always, "c, re-reading always", site, false, true)
}
