package pipeline

import (
	"context"
	"fmt"
	"reflect"
	"testing"
)

// addCounter is a Store that counts what Add is given; it is good for
// nothing else.
type addCounter struct {
	Store
	adds, entries int
}

func (s *addCounter) Add(_ context.Context, entries []Entry) error {
	s.adds++
	s.entries += len(entries)
	return nil
}

// A page URL queued once in a run is not queued again (the Store would add
// it only once); revisits and seeds always are; a full memory forgets.
func TestQueueSkipsRepeatedPages(t *testing.T) {
	k := &crawler{recent: map[uint64]struct{}{}}
	k.queue([]Entry{{URL: "http://a/1", Kind: KindPage}, {URL: "http://a/1", Kind: KindPage}, {URL: "http://a/2", Kind: KindPage}})
	k.queue([]Entry{{URL: "http://a/1", Kind: KindPage}, {URL: "http://a/1", Kind: KindRevisit}, {URL: "http://a/1", Kind: KindSeed}})
	var got []string
	for _, e := range k.toAdd {
		got = append(got, e.URL+" "+e.Kind)
	}
	want := []string{"http://a/1 page", "http://a/2 page", "http://a/1 revisit", "http://a/1 seed"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("queued %q, want %q", got, want)
	}
	st := &addCounter{}
	k.cfg.Store, k.work = st, context.Background()
	for i := range maxRecent + 1 {
		k.queue([]Entry{{URL: fmt.Sprintf("http://b/%d", i), Kind: KindPage}})
	}
	if len(k.recent) > maxRecent {
		t.Errorf("recent holds %d, bound %d", len(k.recent), maxRecent)
	}
	// What waits for the next commit is bounded too: a full buffer goes to
	// the Store at once.
	if len(k.toAdd) > 8192 || st.entries+len(k.toAdd) != maxRecent+1+len(want) {
		t.Errorf("after %d URLs: %d waiting, %d Adds of %d URLs; want at most 8192 waiting and nothing lost",
			maxRecent+1, len(k.toAdd), st.adds, st.entries)
	}
}
