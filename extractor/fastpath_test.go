package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// randomPieces builds random strings from pieces: ASCII in both cases,
// the runes whose case folds reach into ASCII (K, İ, ſ), Latin, CJK,
// kana and Hangul letters, punctuation and invalid bytes.
func randomPieces(seed uint64, pieces []string, most int) func() string {
	rng := rand.New(rand.NewPCG(seed, 29))
	return func() string {
		var b strings.Builder
		for range rng.IntN(most) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
}

var fastPathPieces = []string{"a", "B", "z", "0", " ", "\n", "author", "AUTHOR", "Author", "nofollow", "NoFollow",
	"é", "É", "\u212a", "İ", "ſ", "’", "—", "日", "中", "〇", "の", "カ", "한", "\u2e80", "\u2e7f", "\U00020000",
	"\xff", "\xe4", "\xe4\xb8", "\xc3", "\xe2\x80", "<", "/", ":", "/author/", "/staff/", "/people"}

// TestHoldsCJK pins holdsCJK to strings.IndexFunc(s, isCJK) >= 0.
func TestHoldsCJK(t *testing.T) {
	gen := randomPieces(1, fastPathPieces, 24)
	for range 100000 {
		s := gen()
		if got, want := holdsCJK(s), strings.IndexFunc(s, isCJK) >= 0; got != want {
			t.Fatalf("holdsCJK(%q) = %v, want %v", s, got, want)
		}
	}
	for r := rune(0); r <= utf8.MaxRune; r += 7 {
		s := "abcdefghij" + string(r)
		if got, want := holdsCJK(s), isCJK(r); got != want {
			t.Fatalf("holdsCJK(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFoldWords pins hasFoldASCII to strings.Contains of strings.ToLower
// for the words it replaced that test: rel="author", rel="nofollow".
func TestFoldWords(t *testing.T) {
	gen := randomPieces(2, fastPathPieces, 10)
	for range 100000 {
		s := gen()
		for _, w := range []string{"author", "nofollow"} {
			if got, want := hasFoldASCII(s, w), strings.Contains(strings.ToLower(s), w); got != want {
				t.Fatalf("hasFoldASCII(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestAuthorSegments keeps isAuthorSegment in step with authorPaths.
func TestAuthorSegments(t *testing.T) {
	for _, p := range authorPaths {
		if seg := strings.Trim(p, "/"); !isAuthorSegment(seg) {
			t.Errorf("isAuthorSegment(%q) = false", seg)
		}
	}
	for _, seg := range []string{"", "news", "Author", "authorx", "staffs", "writ"} {
		if isAuthorSegment(seg) {
			t.Errorf("isAuthorSegment(%q) = true", seg)
		}
	}
}

// TestLowerASCII pins lowerASCII to strings.ToLower and joinClassID to
// the lower-cased join it builds in one copy.
func TestLowerASCII(t *testing.T) {
	gen := randomPieces(3, append(fastPathPieces, "Main-Content", "ARTICLE", "post_body", "xY"), 12)
	for range 100000 {
		c, id := gen(), gen()
		if got, want := lowerASCII(c), strings.ToLower(c); got != want {
			t.Fatalf("lowerASCII(%q) = %q, want %q", c, got, want)
		}
		want := strings.ToLower(c + " " + id)
		switch {
		case c == "":
			want = strings.ToLower(id)
		case id == "":
			want = strings.ToLower(c)
		}
		if got := joinClassID(c, id); got != want {
			t.Fatalf("joinClassID(%q, %q) = %q, want %q", c, id, got, want)
		}
	}
}

// TestIsSidebarLabelAsBefore pins isSidebarLabel to the copies it made
// before: normSpace, strings.ToLower, strings.TrimRight.
func TestIsSidebarLabelAsBefore(t *testing.T) {
	old := func(t string) bool {
		if len(t) > maxSidebarHeading {
			return false
		}
		s := strings.TrimRight(strings.ToLower(normSpace(t)), sidebarLabelEnd)
		if sidebarLabels[s] {
			return true
		}
		for _, p := range sidebarPrefixes {
			if strings.HasPrefix(s, p) && len(s) <= len(p)+40 {
				return true
			}
		}
		return false
	}
	var texts []string
	for l := range sidebarLabels {
		texts = append(texts, l, strings.ToUpper(l), " "+l+" »", l+"：", l+" x")
	}
	for _, p := range sidebarPrefixes {
		texts = append(texts, p+"Sport", strings.ToUpper(p)+"Sport  News", p+strings.Repeat("x", 41))
	}
	gen := randomPieces(4, append(fastPathPieces, "Latest", "NEWS", "more from ", "Most  read", "相关", "新闻", " »", "：", "\t", "\u00a0", "\u200b"), 8)
	for range 100000 {
		texts = append(texts, gen())
	}
	for _, s := range texts {
		if got, want := isSidebarLabel(s), old(s); got != want {
			t.Fatalf("isSidebarLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
