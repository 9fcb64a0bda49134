package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// classKindsOf and hasClassWordOf must read a class and id as classKinds
// and hasClassWord read classID's string, on real class names and on
// random ones (upper case, bytes past ASCII, separators, long strings).
func TestClassWordsOfMatchClassID(t *testing.T) {
	pairs := [][2]string{
		{"", ""}, {"share", ""}, {"", "Share"}, {"Most", "Read"}, {"article-body has-share", "x"},
		{"entry-title", ""}, {"post", "Title"}, {"ÉLAN widget", "nav"}, {"sign", "up"},
		{"ad-slot", "Sidebar"}, {strings.Repeat("a", 130), "share"}, {"a b", strings.Repeat("x ", 70)},
	}
	words := []string{"share", "Share", "most", "READ", "read", "more", "sign", "up", "nav", "menu", "widget",
		"article", "body", "entry", "title", "head", "ad", "slot", "popover", "É", "ß", "K", "-", "_", " ", "  ", "1", "x"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var p [2]string
		for k := range p {
			for range rng.IntN(6) {
				p[k] += words[rng.IntN(len(words))]
				if rng.IntN(2) == 0 {
					p[k] += " "
				}
			}
		}
		pairs = append(pairs, p)
	}
	sets := []map[string]bool{strongTokens, weakTokens, keepTokens, navWords, headlineWords}
	for _, p := range pairs {
		cid := joinClassID(p[0], p[1])
		if got, want := classKindsOf(p[0], p[1]), classKinds(cid); got != want {
			t.Fatalf("classKindsOf(%q, %q) = %b, want %b", p[0], p[1], got, want)
		}
		for i, set := range sets {
			if got, want := hasClassWordOf(p[0], p[1], set), hasClassWord(cid, set); got != want {
				t.Fatalf("hasClassWordOf(%q, %q, set %d) = %v, want %v", p[0], p[1], i, got, want)
			}
		}
	}
}

// mayBeByAlone and mayBeByStart must hold for every text reByAlone and
// reByStart match.
func TestByGuardsHoldForMatches(t *testing.T) {
	words := []string{"By", "by", "BY", "ſtory", "Story", "article", "ARTICLE", "written", "Posted", "reported", "words",
		"text", "Authors", "author", "post", " ", "  ", "\t", ":", "：", "Jane", "Doe", "on", "x", "é", "K"}
	rng := rand.New(rand.NewPCG(5, 6))
	matched := 0
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(5) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(3) > 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if reByAlone.MatchString(s) {
			matched++
			if !mayBeByAlone(s) {
				t.Fatalf("mayBeByAlone(%q) = false, but reByAlone matches", s)
			}
		}
		if reByStart.MatchString(s) {
			matched++
			if !mayBeByStart(s) {
				t.Fatalf("mayBeByStart(%q) = false, but reByStart matches", s)
			}
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d matches: the strings do not exercise the regexps", matched)
	}
}
