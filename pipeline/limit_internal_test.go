package pipeline

import (
	"testing"
	"time"
)

// A task whose host's turn another process holds goes back to the front of
// its host's queue; the host is not ready before the time given, and its
// slots are free for other hosts meanwhile.
func TestFrontierLater(t *testing.T) {
	f, clk := testFrontier(1, 1, 0)
	pushAll(t, f, "http://a/1", "http://a/2", "http://b/1")
	tk, ok, _ := f.take()
	if !ok || tk.job.URL != "http://a/1" {
		t.Fatalf("take = %+v, want a/1", tk)
	}
	f.later(tk, clk.now().Add(2*time.Second))
	if got := takeURL(t, f); got != "http://b/1" {
		t.Fatalf("take after later = %q, want b/1 (a is held back, the process slot free)", got)
	}
	f.done("http://b", answered, 0)
	f.finish()
	if tk, ok, at := f.take(); ok || !at.Equal(clk.now().Add(2*time.Second)) {
		t.Fatalf("take = %+v, %v, %s; want none before a's turn in 2s", tk, ok, at)
	}
	clk.advance(2 * time.Second)
	if got := takeURL(t, f); got != "http://a/1" {
		t.Errorf("take at a's turn = %q, want a/1 first again", got)
	}
}
