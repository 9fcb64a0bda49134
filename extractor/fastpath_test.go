package extractor

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
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
	for range draws(100000) {
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
	for range draws(100000) {
		s := gen()
		for _, w := range []string{"author", "nofollow"} {
			if got, want := hasFoldASCII(s, w), strings.Contains(strings.ToLower(s), w); got != want {
				t.Fatalf("hasFoldASCII(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

// TestCrumbFold pins isBreadcrumb's hasFoldASCII(v, "crumb") to the
// strings.Contains(asciiLower(v), "crumb") it replaced.
func TestCrumbFold(t *testing.T) {
	gen := randomPieces(8, append(fastPathPieces, "crumb", "CRUMB", "Crumbs", "bread", "crum", "b", "C"), 10)
	for range draws(100000) {
		s := gen()
		if got, want := hasFoldASCII(s, "crumb"), strings.Contains(asciiLower(s), "crumb"); got != want {
			t.Fatalf("hasFoldASCII(%q, \"crumb\") = %v, want %v", s, got, want)
		}
	}
}

// TestAuthorSegments keeps isAuthorSegment in step with authorPaths.
func TestAuthorSegments(t *testing.T) {
	for _, p := range authorPaths {
		if seg := strings.Trim(p, "/"); !isAuthorSegment(seg) {
			t.Errorf("isAuthorSegment(%q) = false", seg)
		}
		if seg := strings.Trim(p, "/"); len(seg) < minAuthorSegment || len(seg) > maxAuthorSegment {
			t.Errorf("%q is outside minAuthorSegment..maxAuthorSegment: isAuthorSegmentLowered passes over it", seg)
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
	for range draws(100000) {
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
// before: normSpace, strings.ToLower, strings.TrimRight (then
// undecorateLabel).
func TestIsSidebarLabelAsBefore(t *testing.T) {
	old := func(t string) bool {
		if len(t) > maxSidebarHeading {
			return false
		}
		s := strings.TrimRight(strings.ToLower(normSpace(t)), sidebarLabelEnd)
		if sidebarLabels[s] || sidebarLabels[string(undecorateLabel([]byte(s)))] {
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
	for range draws(100000) {
		texts = append(texts, gen())
	}
	for _, s := range texts {
		if got, want := isSidebarLabel(s), old(s); got != want {
			t.Fatalf("isSidebarLabel(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMonthRegexpsBacktrack keeps the date regexps that read month names
// small enough for the regexp package's backtracker (500 instructions):
// past it they run on its NFA, several times slower (monthRe).
func TestMonthRegexpsBacktrack(t *testing.T) {
	for _, re := range []*regexp.Regexp{reMDY, reDMY, reYMonD} {
		r, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		p, err := syntax.Compile(r.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if n := len(p.Inst); n > 500 {
			t.Errorf("%.40q… compiles to %d instructions, over 500", re.String(), n)
		}
	}
}

// TestMonthRegexpsAsBefore pins the date regexps built on the reordered
// monthRe to those built on its old order, on random texts of month
// names, their prefixes, digits and separators.
func TestMonthRegexpsAsBefore(t *testing.T) {
	const old = `(jan(?:uary|vier|uar|uari)?|jänner|enero|ene|gennaio|janeiro|feb(?:ruary|ruar|rero|braio|ruari)?|février|fevrier|févr|fevereiro|mar(?:ch|s|zo|ço)?|märz|mär|maart|apr(?:il|ile)?|avril|avr|abril|abr|may|mai|mayo|maggio|maio|mei|jun(?:e|i|io|ho)?|juin|giugno|jul(?:y|i|io|ho)?|juillet|luglio|aug(?:ust|ustus)?|août|aout|agosto|sept?(?:ember|embre|iembre)?|settembre|setembro|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember|embre)?|décembre|dezember|dez|diciembre|dicembre|dezembro)`
	pairs := [][2]*regexp.Regexp{
		{reMDY, regexp.MustCompile(strings.Replace(reMDY.String(), monthRe, old, 1))},
		{reDMY, regexp.MustCompile(strings.Replace(strings.Replace(reDMY.String(), monthRe, old, 1), `(?:(?:of|de)\s+)?`, `(?:of\s+|de\s+)?`, 1))},
		{reYMonD, regexp.MustCompile(strings.Replace(reYMonD.String(), monthRe, old, 1))},
		{reNoteMonth, regexp.MustCompile(strings.Replace(reNoteMonth.String(), monthRe, old, 1))},
		{reDigitWord, regexp.MustCompile(strings.Replace(reDigitWord.String(), monthRe, old, 1))},
		{reNotAName, regexp.MustCompile(strings.Replace(reNotAName.String(), monthRe, old, 1))},
	}
	for _, p := range pairs {
		if p[0].String() == p[1].String() {
			t.Fatalf("%.40q…: the old form was not rebuilt", p[0].String())
		}
	}
	var pieces []string
	for _, alt := range strings.Split(strings.Trim(strings.NewReplacer("(?:", "|", ")?", "|", ")", "|").Replace(old), "(|"), "|") {
		if alt != "" {
			pieces = append(pieces, alt, strings.ToUpper(alt), alt[:len(alt)/2+1])
		}
	}
	pieces = append(pieces, " ", "  ", ".", ",", "-", "/", "de ", "del ", "of ", "1", "5", "26", "2024", "1999", "10:30", "am", "EDT", "+02:00", "th", "er", "\u212a", "ſ", "É", "x")
	gen := randomPieces(5, pieces, 9)
	months := pieces[:len(pieces)-24]
	rng := rand.New(rand.NewPCG(6, 7))
	templates := []string{"%s %s, %s", "%s %s %s", "%s de %s de %s", "%s. %s %s at 10:30 am EDT", "%s %s %s", "%s-%s-%s"}
	for i := range draws(100000) {
		s := gen()
		if i%2 == 0 {
			m, d, y := months[rng.IntN(len(months))], []string{"5", "26", "1st", "3er", "12."}[rng.IntN(5)], []string{"2024", "1999", "24"}[rng.IntN(3)]
			args := []any{m, d, y}
			if rng.IntN(2) == 0 {
				args = []any{d, m, y}
			}
			if rng.IntN(4) == 0 {
				args = []any{y, m, d}
			}
			s = gen() + fmt.Sprintf(templates[rng.IntN(len(templates))], args...) + gen()
		}
		for _, p := range pairs {
			if got, want := p[0].FindStringSubmatchIndex(s), p[1].FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%.30q… on %q: %v, want %v", p[0].String(), s, got, want)
			}
		}
	}
}

// TestCleanNameGates pins each test cleanName makes before one of its
// expressions to the expression: a text the test turns away is one the
// expression leaves as it is (or does not match).
func TestCleanNameGates(t *testing.T) {
	gen := randomPieces(9, append(fastPathPieces, "updated", "Posted", "PUBLISHED", "modified", "poſted", "pub",
		"lished", "@", "(", ")", "（", "）", " Jr.", " SR", ".", "e.", "作者", "文章", "更多", "7", "٣", "Jane Doe",
		"\t", "last ", "Updated:"), 14)
	digits := regexp.MustCompile(`\d`)
	for range draws(100000) {
		s := gen()
		if !mayHoldAuthorNoise(s) && reAuthorNoise.ReplaceAllString(s, "") != s {
			t.Fatalf("mayHoldAuthorNoise(%q) = false; reAuthorNoise matches", s)
		}
		if got, want := bracketTail(s), reBracketTailOf.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("bracketTail(%q) = %v, want %v", s, got, want)
		}
		if !strings.HasSuffix(s, ".") && reSuffixDot.MatchString(s) {
			t.Fatalf("reSuffixDot matches %q without a final dot", s)
		}
		if strings.IndexByte(s, '@') < 0 && reHandleAside.ReplaceAllString(s, "") != s {
			t.Fatalf("reHandleAside matches %q without '@'", s)
		}
		if got, want := strings.ContainsAny(s, "0123456789"), digits.MatchString(s); got != want {
			t.Fatalf("ContainsAny(%q, digits) = %v, \\d matches: %v", s, got, want)
		}
		if !holdsCJK(s) && reCJKNotName.MatchString(s) {
			t.Fatalf("reCJKNotName matches %q, holdsCJK = false", s)
		}
	}
}

// TestTextOfUpTo pins textOfUpTo to textOf on every element of the golden
// pages: the same text when it is at most the limit, else a start of it
// longer than the limit.
func TestTextOfUpTo(t *testing.T) {
	dirs, err := filepath.Glob("../testdata/pages/*/source.html")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden pages: %v", err)
	}
	for _, p := range dirs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		walk(doc, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			full := textOf(n)
			for _, limit := range []int{0, 1, 40, 64, 160, 400, len(full) - 1, len(full), len(full) + 1} {
				got := textOfUpTo(n, limit)
				if len(full) <= limit && got != full || len(full) > limit && (len(got) <= limit || !strings.HasPrefix(full, got)) {
					t.Fatalf("%s: textOfUpTo(<%s>, %d) = %q, textOf = %q", p, n.Data, limit, got, full)
				}
			}
			return true
		})
	}
}

// TestClassIDHolds pins classIDHolds to strings.Contains(classID(n), sub)
// for the words scanVisible asks of every block, on random class and id
// attributes (either absent, or empty).
func TestClassIDHolds(t *testing.T) {
	pieces := append(slices.Clone(fastPathPieces), "date", "DATE", "Da", "te", "aut", "hor", "-", "_")
	gen := randomPieces(5, pieces, 8)
	rng := rand.New(rand.NewPCG(5, 31))
	for range draws(100000) {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		for _, key := range []string{"class", "id"} {
			if rng.IntN(4) > 0 {
				n.Attr = append(n.Attr, html.Attribute{Key: key, Val: gen()})
			}
		}
		for _, sub := range []string{"date", "author"} {
			if got, want := classIDHolds(n, sub), strings.Contains(classID(n), sub); got != want {
				t.Fatalf("classIDHolds(%v, %q) = %v, want %v", n.Attr, sub, got, want)
			}
		}
	}
}

// TestIsReporterBoxAsRegexp pins isReporterBox, its prefilters
// (mayNameOthersByWriter) included, to reOtherArticles alone.
func TestIsReporterBoxAsRegexp(t *testing.T) {
	gen := randomPieces(5, append(fastPathPieces, "by", "BY", "posts", "POSTS", "po", "ſ", "stories", "STORIEſ", "articles", "Articles",
		"more ", "other ", "all ", "view all ", "View All ", "Jane Doe", "기사", "다른", "기자의", " 보기", " 더 보기", "»", ". ", "."), 12)
	texts := []string{"More articles by Jane Doe", "View all posts by Jane »", "VIEW ALL POſTS BY JANE", "김민수 기자 다른기사 보기", "by Jane Doe",
		"More stories by Jane Doe", "Other Stories by Jane Doe", "VIEW ALL STORIES BY JANE", "All posts by Jane Doe ›"}
	for range draws(200000) {
		texts = append(texts, gen())
	}
	for _, s := range texts {
		if got, want := isReporterBox(s), reOtherArticles.MatchString(s); got != want {
			t.Fatalf("isReporterBox(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayNameComments checks that every text reCommentStart or
// reCommentsHeading matches passes mayNameComments, opensComments'
// prefilter.
func TestMayNameComments(t *testing.T) {
	gen := randomPieces(6, append(fastPathPieces, "comment", "CoMMents", "Kommentare", "commentaires", "commenti", "3 ", "(12)", "reader ", "Leave a ", "RePlY",
		"post a ", "TrackBack", "trac", "\u212a", "发表评论", "网友评论", "（", "已被阅读", "178", "次）", ":", "："), 8)
	texts := []string{"Comments", "3 Comments", "Comments (3)", "Reader comments", "Leave a Reply", "TRACKBACK URL", "发表评论", "（本文已被阅读178次）"}
	for range draws(200000) {
		texts = append(texts, gen())
	}
	for _, s := range texts {
		if (reCommentStart.MatchString(s) || reCommentsHeading.MatchString(s)) && !mayNameComments(s) {
			t.Fatalf("mayNameComments(%q) = false, but a comment regexp matches", s)
		}
	}
}

// TestMaySimplifyTo pins maySimplifyTo, teaserBlocks' prefilter, to
// simplify: it is never false when simplify(t) is st.
func TestMaySimplifyTo(t *testing.T) {
	gen := randomPieces(9, append(fastPathPieces, "Big", "BIG", "big", " news", "!", "«", "®", "1", "Ünd", "ünd", "\u00a0"), 6)
	for range draws(100000) {
		a, b := gen(), gen()
		for _, st := range []string{simplify(a), simplify(b)} {
			if st != "" && simplify(a) == st && !maySimplifyTo(a, st) {
				t.Fatalf("maySimplifyTo(%q, %q) = false, simplify gives %q", a, st, simplify(a))
			}
		}
	}
}

// TestNotANameStartAsRegexp pins notANameStart, rejectedName's dispatch,
// to reNotAName on trimmed names: its words, their prefixes and cases,
// the runes (?i) folds into ASCII letters, and names.
func TestNotANameStartAsRegexp(t *testing.T) {
	pieces := []string{"Jan", "janv", "juil", "déc", "Déc", "DÉC", "sept", "September", "Mon", "tues", "Wednesday", "thurs", "Sat", "Sunday",
		"press", "release", "Releases", "news", "Pressemitteilung", "communiqués", "de", "presse", "comunicato", "stampa", "persberichten",
		"Sponsored", "content", "advertorial", "partner", "photo", "Photos", "image", "video", "illustrations", "by", "credit", "Getty", "Images",
		"shutterstock", "member", "login", "log", "in", "sign", "up", "register", "stand", "Aktualisiert", "veröffentlicht",
		"John", "Smith", "Maria", "Jane Doe", " ", "  ", "\t", ".", ",", "-", "x", "\u212a", "ſ", "İ", "é", "日"}
	gen := randomPieces(10, pieces, 4)
	var names []string
	for _, p := range pieces {
		names = append(names, p, strings.ToUpper(p), p+".")
	}
	for range draws(200000) {
		names = append(names, gen())
	}
	for i, s := range names {
		names[i] = strings.TrimSpace(s)
	}
	pinPredicate(t, "notANameStart.MatchString", names, notANameStart.MatchString, reNotAName.MatchString, 1000)
}

// pinPredicate checks that fast, a cheaper form of slow, gives what slow
// gives on every text, and that slow holds for least of them at least.
func pinPredicate(t *testing.T, name string, texts []string, fast, slow func(string) bool, least int) {
	t.Helper()
	held := 0
	for _, s := range texts {
		want := slow(s)
		if got := fast(s); got != want {
			t.Fatalf("%s(%q) = %v, want %v", name, s, got, want)
		}
		if want {
			held++
		}
	}
	if held < least {
		t.Fatalf("%s: %d texts hold, want %d or more", name, held, least)
	}
}

// TestIsAuthorSegmentLowered pins isAuthorSegmentLowered to
// isAuthorSegment of the segment lowered by strings.ToLower, which lowers
// some runes past ASCII into it.
func TestIsAuthorSegmentLowered(t *testing.T) {
	gen := randomPieces(11, []string{"author", "AUTHOR", "Writer", "wr", "ter", "contr", "butors", "İ", "i", "I", "\u212a", "ſ", "s", "S", "\xff", "é", "-", "journal", "ist", "tac-gia", "PEOPLE", "x", "sta", "ff", "STA", "yaz", "ar"}, 5)
	segs := []string{"Author", "contrİbutors", "wrİter", "CONTRIBUTORS", "CONTRIBUTORSX", "journalİst", "STAFF", "ſtaff", "\u212aaff", "staf", "Staff"}
	for range draws(200000) {
		segs = append(segs, gen())
	}
	pinPredicate(t, "isAuthorSegmentLowered", segs, isAuthorSegmentLowered, func(s string) bool { return isAuthorSegment(strings.ToLower(s)) }, 100)
}

// TestShareEndpointKeys pins shareEndpointKeys.in to strings.Contains of
// each of shareEndpoints.
func TestShareEndpointKeys(t *testing.T) {
	pieces := []string{"https://", "www.", "/", "?u=", "x", "share", "intent", "com", ".", "mailto:", "?"}
	for _, e := range shareEndpoints {
		pieces = append(pieces, e, e[:len(e)/2], e[len(e)/2:])
	}
	gen := randomPieces(12, pieces, 5)
	var links []string
	for range draws(100000) {
		links = append(links, gen())
	}
	pinPredicate(t, "shareEndpointKeys.in", links, shareEndpointKeys.in, func(h string) bool {
		return slices.ContainsFunc(shareEndpoints, func(e string) bool { return strings.Contains(h, e) })
	}, 1000)
}

// TestIndexFromRarest pins indexFromRarest to strings.Index.
func TestIndexFromRarest(t *testing.T) {
	gen := randomPieces(13, []string{"n", "e", "w", "s", "T", "ne", "news", "Time", "newsTime", "var", " ", "ct", "var ct", "x", "日"}, 12)
	for range draws(200000) {
		s := gen()
		for _, k := range append([]string{gen(), "newsTime", "var ct"}, scriptDateKeys...) {
			off := 0
			if len(k) >= 2 {
				off = rarestPair(k)
			}
			if want, got := strings.Index(s, k), indexFromRarest(s, k, off); got != want {
				t.Fatalf("indexFromRarest(%q, %q, %d) = %d, want %d", s, k, off, got, want)
			}
		}
	}
}

// TestVerbPlaces pins verbPlaces, one keySet pass, to the search that
// findLabels made before: each of the verbLabels in turn, by
// strings.Index, again after the end of each place found.
func TestVerbPlaces(t *testing.T) {
	pieces := []string{" ", ":", "：", ", ", "x", "2024", "0", "on", "am", "le", "é", "日", "Jane Doe"}
	for _, v := range verbLabels {
		pieces = append(pieces, v, v[:len(v)/2], v[len(v)/2:])
	}
	gen := randomPieces(14, pieces, 8)
	texts := []string{"posted on posted onposted", "updatedupdated", "last updated on updated", "published published"}
	for range draws(100000) {
		texts = append(texts, gen())
	}
	byIndex := func(lower string) []keyAt {
		var out []keyAt
		if !mayHoldVerbLabel(lower) {
			return nil
		}
		for k, v := range verbLabels {
			for from := 0; ; {
				i := strings.Index(lower[from:], v)
				if i < 0 {
					break
				}
				out = append(out, keyAt{k, from + i})
				from += i + len(v)
			}
		}
		return out
	}
	held := 0
	for _, s := range texts {
		lower := asciiLower(s)
		got, want := verbPlaces(lower), byIndex(lower)
		if !slices.Equal(got, want) {
			t.Fatalf("verbPlaces(%q) = %v, want %v", lower, got, want)
		}
		if len(want) > 1 {
			held++
		}
	}
	if held < draws(1000) {
		t.Fatalf("verbPlaces: %d texts hold two verbs or more, want %d or more", held, draws(1000))
	}
}
