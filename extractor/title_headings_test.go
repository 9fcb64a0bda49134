package extractor

import "testing"

// TestMayNameHeadlineFold checks the one-pass prefilter against the
// searches it stands for, on attributes that hold the words in every case,
// at every place, cut short and not at all.
func TestMayNameHeadlineFold(t *testing.T) {
	slow := func(a string) bool {
		for _, w := range headlineNeedles {
			if hasFoldASCII(a, w) {
				return true
			}
		}
		return false
	}
	attrs := []string{"", "t", "ti", "TIT", "entry-Title", "post-HEADER", "he", "hed", "Hed-main", "xbaslikx", "BASLI",
		"judu", "JUDUL", "tytu", "tytul", "nasl", "NASLOV", "thth", "hhead", "nnaslov", "bbaslik", "jjudul", "main content", "article-body",
		"OTSIKKO", "otsikk", "Zagolovok", "artikel-ueberschrift", "kop", "KO", "manchete", "overskrift", "NADPIS", "t{t", "t@", "tI", "T\x7fit", "\x5bti"}
	found := 0
	for _, a := range attrs {
		got, want := mayNameHeadlineFold(a), slow(a)
		if got != want {
			t.Errorf("mayNameHeadlineFold(%q) = %v, want %v", a, got, want)
		}
		if want {
			found++
		}
	}
	if found < 10 || found == len(attrs) {
		t.Fatalf("the cases hold %d matches of %d: too few either way to compare", found, len(attrs))
	}
}
