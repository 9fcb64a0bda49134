package pipeline

import (
	"net/url"
	"testing"
)

// A redirect hop waits in its target host's queue, ahead of the host's
// pages not started yet; once MaxPages is reached (hopsOnly), hops still
// start and pages do not.
func TestFrontierHops(t *testing.T) {
	f, _ := testFrontier(10, 1, 0)
	pushAll(t, f, "http://a/1", "http://a/2")
	u, _ := url.Parse("http://a/moved")
	f.pushJob(u, job{Entry: Entry{URL: "http://b/old", Kind: KindPage}, hop: u.String(), hops: 1})
	f.hopsOnly(true)
	if !f.holdsHops() {
		t.Fatal("holdsHops = false with a hop queued")
	}
	tk, ok, _ := f.take()
	if !ok || tk.job.target() != "http://a/moved" || tk.job.URL != "http://b/old" || tk.page() {
		t.Fatalf("take = %+v, %v; want the hop to a/moved of b/old, not counted as a page", tk, ok)
	}
	f.done(tk.host, answered, 0)
	f.finish()
	if got := takeURL(t, f); got != "" || f.holdsHops() {
		t.Fatalf("take with hops only = %q, holdsHops %v; want no page started", got, f.holdsHops())
	}
	f.hopsOnly(false)
	if got := takeURL(t, f); got != "http://a/1" {
		t.Errorf("take = %q, want a/1 once pages may start again", got)
	}
}
