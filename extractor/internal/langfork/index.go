package langfork

import (
	"slices"
	"sync"
	"unicode/utf8"
)

// profileIndex is a script's profiles (langProfileList) turned inside
// out: for each trigram, the languages whose profile holds it and where.
// It is built on first use.
type profileIndex struct {
	list     langProfileList
	once     sync.Once
	langs    []Lang // the list's languages, in increasing order
	postings map[trigram][]posting
}

// posting is a trigram's place in one language's profile: lang indexes
// profileIndex.langs, pos is the index in the profile.
type posting struct {
	lang int32
	pos  int32
}

var (
	latinLangsIndex      = &profileIndex{list: latinLangs}
	cyrillicLangsIndex   = &profileIndex{list: cyrillicLangs}
	arabicLangsIndex     = &profileIndex{list: arabicLangs}
	devanagariLangsIndex = &profileIndex{list: devanagariLangs}
	ethiopicLangsIndex   = &profileIndex{list: ethiopicLangs}
	hebrewLangsIndex     = &profileIndex{list: hebrewLangs}
)

func (x *profileIndex) build() {
	for l := range x.list {
		x.langs = append(x.langs, l)
	}
	slices.Sort(x.langs)
	x.postings = map[trigram][]posting{}
	for k, l := range x.langs {
		for i, s := range x.list[l] {
			// A profile entry that is not three valid runes matches no
			// text trigram: it stays at the full distance.
			t, ok := asTrigram(s)
			if !ok {
				continue
			}
			x.postings[t] = append(x.postings[t], posting{int32(k), int32(i)})
		}
	}
}

// asTrigram reads s as three runes, and reports whether it is exactly
// three, none of them invalid UTF-8.
func asTrigram(s string) (trigram, bool) {
	var t trigram
	n := 0
	for i, r := range s {
		if n == 3 || (r == utf8.RuneError && !isRuneErrorAt(s, i)) {
			return t, false
		}
		t[n] = r
		n++
	}
	return t, n == 3
}

// isRuneErrorAt reports whether s holds U+FFFD itself at i, rather than
// a byte that is not UTF-8.
func isRuneErrorAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}
