package pipeline

import (
	"context"
	"strings"
	"testing"
)

// fingerprintLog is a Fingerprinted Store's log of fingerprints, shared by
// the processes of a test when shared is set.
type fingerprintLog struct {
	Store
	log []Fingerprint
}

func (l *fingerprintLog) Fingerprints(_ context.Context, since int64, f func(Fingerprint)) (int64, error) {
	for i := since; i < int64(len(l.log)); i++ {
		f(l.log[i])
	}
	return int64(len(l.log)), nil
}

type sharedLog struct{ *fingerprintLog }

func (sharedLog) Leased(context.Context) (int, error) { return 0, nil }

func TestDups(t *testing.T) {
	ctx := context.Background()
	a := story("harbour")
	nearA := a + "\n\nThis story was first published by the Harbour Gazette.\n"
	b := matchReport()
	log := &fingerprintLog{log: []Fingerprint{{URL: "https://old.example/a", Hash: "h-a", SimHash: SimHash(a)}}}
	d, err := newDups(ctx, log, 10)
	if err != nil {
		t.Fatal(err)
	}
	words := len(strings.Fields(a))
	// The same text under another URL, known from an earlier run.
	if m, ok, _ := d.check(ctx, "https://new.example/a", "id", "h-a", SimHash(a), words); !ok || !m.Exact("h-a") || m.URL != "https://old.example/a" {
		t.Errorf("check(same text) = %+v, %v; want the exact duplicate of old.example/a", m, ok)
	}
	// A revision of the same URL is not its own duplicate.
	if m, ok, _ := d.check(ctx, "https://old.example/a", "id", "h-a2", SimHash(nearA), words); ok {
		t.Errorf("check(revision of the same URL) = %+v, want none", m)
	}
	// A copy with a trailing line under another URL is a near-duplicate.
	m, ok, _ := d.check(ctx, "https://copy.example/a", "id", "h-a3", SimHash(nearA), words)
	if !ok || m.Exact("h-a3") || m.URL != "https://old.example/a" {
		t.Errorf("check(near copy) = %+v, %v; want a near-duplicate of old.example/a", m, ok)
	}
	// A new story is added, and its copy found in this same run.
	if m, ok, _ := d.check(ctx, "https://new.example/b", "id", "h-b", SimHash(b), words); ok {
		t.Errorf("check(new story) = %+v, want none", m)
	}
	if m, ok, _ := d.check(ctx, "https://mirror.example/b", "id", "h-b", SimHash(b), words); !ok || !m.Exact("h-b") {
		t.Errorf("check(copy of a story of this run) = %+v, %v; want exact", m, ok)
	}
	// Short texts are compared by hash only.
	if m, ok, _ := d.check(ctx, "https://short.example/", "id", "h-short", SimHash(a), 20); ok {
		t.Errorf("check(short text, same fingerprint, other hash) = %+v, want none", m)
	}
}

func TestDupsWindow(t *testing.T) {
	ctx := context.Background()
	d, _ := newDups(ctx, nil, 2)
	for i, u := range []string{"https://a.example/1", "https://a.example/2", "https://a.example/3"} {
		d.check(ctx, u, "id", "h"+string(rune('1'+i)), uint64(i+1)<<40, 10)
	}
	if len(d.ring) != 2 {
		t.Fatalf("the window holds %d fingerprints, want 2", len(d.ring))
	}
	if _, ok, _ := d.check(ctx, "https://b.example/", "id", "h1", 0, 10); ok {
		t.Error("the oldest fingerprint is still matched after the window moved on")
	}
	if _, ok, _ := d.check(ctx, "https://b.example/", "id", "h3", 0, 10); !ok {
		t.Error("the newest fingerprint is not matched")
	}
}

func TestDupsShared(t *testing.T) {
	ctx := context.Background()
	log := &fingerprintLog{}
	d, _ := newDups(ctx, sharedLog{log}, 10)
	a := story("harbour")
	if _, ok, _ := d.check(ctx, "https://a.example/1", "id", "h1", SimHash(a), 300); ok {
		t.Fatal("a first article is a duplicate")
	}
	// Its commit comes back through the shared log: held once.
	log.log = append(log.log, Fingerprint{URL: "https://a.example/1", ID: "id", Hash: "h1", SimHash: SimHash(a)})
	// Another process commits an article.
	log.log = append(log.log, Fingerprint{URL: "https://b.example/2", Hash: "h2", SimHash: SimHash(matchReport())})
	if m, ok, _ := d.check(ctx, "https://c.example/2", "id", "h2", SimHash(matchReport()), 300); !ok || m.URL != "https://b.example/2" {
		t.Errorf("check(copy of another process's article) = %+v, %v", m, ok)
	}
	if len(d.ring) != 2 {
		t.Errorf("the index holds %d fingerprints, want 2 (this process's own once)", len(d.ring))
	}
}

// BenchmarkDupsCheck is the cost of comparing a new article with a full
// window of DefaultFingerprintWindow fingerprints.
func BenchmarkDupsCheck(b *testing.B) {
	ctx := context.Background()
	d, _ := newDups(ctx, nil, DefaultFingerprintWindow)
	x := uint64(0x9e3779b97f4a7c15)
	for i := range DefaultFingerprintWindow {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		d.push(Fingerprint{URL: "https://a.example/" + string(rune('a'+i%26)), Hash: "sha256:x", SimHash: x})
	}
	b.ReportAllocs()
	for b.Loop() {
		// Not a duplicate: check scans the whole window, then adds it in
		// the place of the oldest.
		d.check(ctx, "https://b.example/new", "id", "sha256:new", 0x0123456789abcdef, 300)
	}
}
