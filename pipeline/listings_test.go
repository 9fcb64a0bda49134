package pipeline

import (
	"testing"
	"time"
)

func TestNextVisit(t *testing.T) {
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	first := nextVisit(Listing{}, false, "h1", now)
	if first.Interval != firstListingInterval || !first.Next.Equal(now.Add(firstListingInterval)) || first.LinksHash != "h1" {
		t.Fatalf("first visit: %+v", first)
	}
	// New links: visited twice as often, down to the floor.
	l := first
	for range 10 {
		l = nextVisit(l, true, l.LinksHash+"+", now)
	}
	if l.Interval != minListingInterval {
		t.Errorf("after ten changes the interval is %s, want the floor %s", l.Interval, minListingInterval)
	}
	if c := nextVisit(first, true, "h2", now); c.Interval != firstListingInterval/2 {
		t.Errorf("one change: interval %s, want %s", c.Interval, firstListingInterval/2)
	}
	// The same links: half as often, up to the ceiling.
	l = first
	for range 20 {
		l = nextVisit(l, true, "h1", now)
	}
	if l.Interval != maxListingInterval {
		t.Errorf("after twenty unchanged visits the interval is %s, want the ceiling %s", l.Interval, maxListingInterval)
	}
}

func TestLinksHash(t *testing.T) {
	a := linksHash([]string{"https://a.example/1", "https://a.example/2", "https://a.example/1"})
	if b := linksHash([]string{"https://a.example/2", "https://a.example/1"}); a != b {
		t.Errorf("order and repeats changed the hash: %s, %s", a, b)
	}
	if c := linksHash([]string{"https://a.example/2", "https://a.example/1", "https://a.example/3"}); a == c {
		t.Error("a new link left the hash unchanged")
	}
}
