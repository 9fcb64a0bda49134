package extractor

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

// splitAuthors turns a byline into one clean name per entry: "By A, B and
// C" gives three names; roles, e-mail addresses, dates and "By" are
// removed (splitAuthorsText).
//
// A page asks it of the same text from several rules (a byline of the
// visible scan, an author link, a JSON-LD author and the meta tag that
// repeats it): a third of its calls on the corpus repeat one of the same
// page, and each runs some fifty rules. The names of the texts read last
// are kept in splitMemo and handed out as copies.
func splitAuthors(s string) []string {
	if len(s) > maxMemoSplit {
		return splitAuthorsText(s)
	}
	if names, ok := splitMemo.get(s); ok {
		return names
	}
	names := splitAuthorsText(s)
	splitMemo.put(s, names)
	return names
}

// maxMemoSplit bounds the texts splitMemo keeps: longer ones are no
// byline (splitAuthorsText reads none over 400 bytes once normalised).
const maxMemoSplit = 512

// splitMemo holds the names splitAuthorsText found for recent texts,
// direct-mapped on a hash of the text: a bounded table, not a map that
// grows with a crawl. It is shared by concurrent Extracts, which is sound
// because splitAuthorsText depends on its text alone.
var splitMemo = &authorSplits{seed: maphash.MakeSeed()}

type authorSplits struct {
	mu    sync.Mutex
	seed  maphash.Seed
	slots [256]authorSplit
}

type authorSplit struct {
	text  string
	names []string
	set   bool
}

func (m *authorSplits) slot(s string) *authorSplit {
	return &m.slots[maphash.String(m.seed, s)%uint64(len(m.slots))]
}

// get returns a copy of the names kept for s, nil where they were nil.
func (m *authorSplits) get(s string) ([]string, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e := m.slot(s)
	if !e.set || e.text != s {
		return nil, false
	}
	return slices.Clone(e.names), true
}

// put keeps a copy of names for s, and of s and each name: a text cut
// from a page would keep all of the page in memory.
func (m *authorSplits) put(s string, names []string) {
	s, names = strings.Clone(s), slices.Clone(names)
	for i, n := range names {
		names[i] = strings.Clone(n)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	*m.slot(s) = authorSplit{text: s, names: names, set: true}
}
