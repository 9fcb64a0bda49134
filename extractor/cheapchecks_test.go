package extractor

import (
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCheapChecksMatchTheirRules wants each hand-written check to answer as
// the rule it replaced does, on texts near its edges.
func TestCheapChecksMatchTheirRules(t *testing.T) {
	texts := []string{"", "a", "aut", "auto", "autor", "AUTOR", "Autore", "author", "AUTHOR", "auteur", "Auteure",
		"the aUtHoR said", "autho", "aute", "auteu", "aUth0r", "Authority", "@UTOR", "au tor", "author\u00e9",
		"©", " © Reuters", "\t\n\f\r ©2019", "\v© x", "\u00a0© x", "x ©", "(c) 2019", "©©", "\xc2"}
	reCopyright := regexp.MustCompile(`^\s*©`)
	for _, s := range texts {
		want := hasFoldASCII(s, "author") || hasFoldASCII(s, "autor") || hasFoldASCII(s, "auteur") || hasFoldASCII(s, "autore")
		if got := holdsAuthorWord(s); got != want {
			t.Errorf("holdsAuthorWord(%q) = %v, want %v", s, got, want)
		}
		if got, want := startsWithCopyright(s), reCopyright.MatchString(s); got != want {
			t.Errorf("startsWithCopyright(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestResolveHomeLinkFastPath wants resolveHomeLink, which reads a plain
// absolute link without url.Parse (plainLink), to answer as resolving
// every link with url.Parse did.
func TestResolveHomeLinkFastPath(t *testing.T) {
	parsed := func(href string, page *url.URL) (home, root bool) {
		ref, err := url.Parse(href)
		if err != nil {
			return false, false
		}
		u := page.ResolveReference(ref)
		if !sameSite(u.Host, page.Host) && (u.Host != "" || page.Host != "") || u.RawQuery != "" {
			return false, false
		}
		p := strings.TrimSuffix(u.Path, "/")
		if base := path.Base(p); strings.HasPrefix(base, "index.") || strings.HasPrefix(base, "default.") {
			p = path.Dir(p)
		}
		p = strings.TrimSuffix(p, "/")
		if p == "" {
			return true, true
		}
		if strings.Count(p, "/") > 1 {
			return false, false
		}
		rest, ok := strings.CutPrefix(page.Path, p+"/")
		return ok && strings.Trim(rest, "/") != "", false
	}
	pages := []string{"https://www.example.com/news/2024/story.html", "https://example.com/", "http://example.com:8080/a/b", "/relative/only",
		"https://example.com/news/story?id=3", "https://example.com/a/b/c/d/", ""}
	hrefs := []string{"https://example.com", "https://example.com/", "https://www.example.com/", "http://EXAMPLE.com/news/",
		"https://example.com/news", "https://example.com/news/", "https://example.com/index.html", "https://example.com/news/index.php",
		"https://example.com/./", "https://example.com/a/../", "https://example.com//", "https://example.com/.", "https://example.com/news/.",
		"https://example.com/%6Eews/", "https://example.com/news#top", "https://example.com#top", "https://example.com/?p=1",
		"https://example.com:8080/", "http://example.com:8080/a/", "https://example.com:x/", "https://ex<ample.com/", "https://example.com/a b/",
		"https://example.com/a\x01/", "https://other.com/", "https://user@example.com/", "https://example.com/caf\u00e9/", "https://example.com/a+b/",
		"https:///", "https://", "//example.com/", "/", "/news/", "../", "/news", "/news/index.html", "/a/b/c/", "/./", "/a/../", "//",
		"/%6Eews/", "/news#top", "/#top", "/?p=1", "/a b/", "/a\x01/", "/caf\u00e9/", "/.well-known/", "news/", "./", "index.html", "HTTPS://example.com/", "https://example.com/default.aspx"}
	for _, ps := range pages {
		page, _ := url.Parse(ps)
		for _, h := range hrefs {
			gh, gr := resolveHomeLink(h, page)
			wh, wr := parsed(h, page)
			if gh != wh || gr != wr {
				t.Errorf("resolveHomeLink(%q) on %s = %v, %v; url.Parse gives %v, %v", h, ps, gh, gr, wh, wr)
			}
		}
	}
}

// TestPlainHostOnePass pins plainHost, one pass over the authority, to
// the strings.IndexAny and ContainsAny it took before, on random links.
func TestPlainHostOnePass(t *testing.T) {
	old := func(href string) (string, bool) {
		rest, found := strings.CutPrefix(href, "//")
		if !found {
			if rest, found = strings.CutPrefix(href, "https://"); !found {
				if rest, found = strings.CutPrefix(href, "http://"); !found {
					return "", false
				}
			}
		}
		if i := strings.IndexAny(rest, "/#"); i >= 0 {
			rest = rest[:i]
		}
		if rest == "" || strings.ContainsAny(rest, "@%[]\\ ") {
			return "", false
		}
		return rest, true
	}
	gen := randomPieces(45, []string{"https://", "http://", "//", "/", "#", "?", "@", "%", "[", "]", "\\", " ", ":", "8080", "www.", "example.com", "a", "é", "\xff", "HTTP://"}, 6)
	held := 0
	for range draws(100000) {
		h := gen()
		gh, gok := plainHost(h)
		wh, wok := old(h)
		if gh != wh || gok != wok {
			t.Fatalf("plainHost(%q) = %q, %v, want %q, %v", h, gh, gok, wh, wok)
		}
		if wok {
			held++
		}
	}
	if held < draws(1000) {
		t.Fatalf("%d links had a plain host, want %d or more", held, draws(1000))
	}
}

// TestMenuMarksOnePass wants menuMarks, one pass over the first class
// and id, to answer as looking for each word in each did.
func TestMenuMarksOnePass(t *testing.T) {
	vals := []string{"", "nav", "NAV", "main-Nav", "na", "nv", "menu", "MENU_top", "men", "channel", "CHANNEL", "chan", "column", "Columns", "colum",
		"post-body", "canvas", "minimenu", "x\u00e9nav", "n\u0430v", "NaVbar", "c", "m", "n"}
	for _, c := range vals {
		for _, id := range vals {
			for _, extra := range []string{"", "nav"} {
				attrs := []html.Attribute{{Key: "class", Val: c}, {Key: "id", Val: id}}
				if extra != "" {
					attrs = append(attrs, html.Attribute{Key: "class", Val: extra}, html.Attribute{Key: "id", Val: extra})
				}
				n := &html.Node{Type: html.ElementNode, Data: "div", Attr: attrs}
				want := false
				for _, sub := range [...]string{"nav", "menu", "channel", "column"} {
					want = want || classIDHolds(n, sub)
				}
				if _, got := menuMarks(n); got != want {
					t.Errorf("menuMarks(class=%q id=%q +%q) menu word = %v, want %v", c, id, extra, got, want)
				}
			}
		}
	}
}

// TestMayKeepOnePass wants mayKeep, one pass over the value, to answer as
// looking for each of its words did.
func TestMayKeepOnePass(t *testing.T) {
	for _, v := range []string{"", "body", "BODY", "post-Body", "bod", "ody", "content", "entry-CONTENT", "conten", "text", "TEXT", "tex", "ext",
		"b", "c", "t", "nobody", "contexts", "article__text-block", "main", "sidebar", "b\u00f3dy", "Bodyx", "xtext", "contentbody"} {
		want := hasFoldASCII(v, "body") || hasFoldASCII(v, "content") || hasFoldASCII(v, "text")
		if got := mayKeep(v); got != want {
			t.Errorf("mayKeep(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestWordAtATime wants hasDigit, which reads eight bytes at a time, to
// answer as a loop over the bytes does, on texts of every short length
// made of digits, their neighbours in the byte order, spaces, control
// bytes and the bytes of UTF-8 (an Arabic-Indic three, D9 A3).
func TestWordAtATime(t *testing.T) {
	alphabet := []byte{' ', '\n', '\t', '\r', '\f', '\v', 0, 0x1f, 0x20, 0x21, 'a', 0x7e, 0x7f, '/', '0', '5', '9', ':', 0xd9, 0xa3, 0xb0, 0xb9, 0xd0, 0xda, 0x80, 0xa0, 0xc2, 0xff, 0x89, 0x8a, 0x8d, 0xaa}
	state := uint32(1)
	for n := 0; n < 64; n++ {
		for k := 0; k < 400; k++ {
			b := make([]byte, n)
			for i := range b {
				state = state*1664525 + 1013904223 // a fixed sequence
				b[i] = alphabet[int(state>>16)%len(alphabet)]
				if k%2 == 1 && state>>29 != 0 {
					b[i] = 'a' + byte(state>>8)%26 // mostly words of letters
				}
			}
			s := string(b)
			if got, want := hasDigit(s), hasDigitBytes(s); got != want {
				t.Fatalf("hasDigit(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// hasDigitBytes is hasDigit read one byte at a time.
func hasDigitBytes(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			return true
		} else if c >= 0x80 {
			return strings.IndexFunc(s[i:], func(r rune) bool { return asciiDigit(r) >= 0 }) >= 0
		}
	}
	return false
}

// TestMayNameCommentsHeading wants mayNameCommentsHeading to let through
// every heading reCommentsHeadingWords matches, and to turn away the
// common ones it cannot.
func TestMayNameCommentsHeading(t *testing.T) {
	for _, s := range []string{"Comentarios", "12 comentários", " \t3  Komentarze:", "Комментарии (3)", "коментарів", "YORUMLAR", "Reacties [4]", "bình luận", "Bình luận", "التعليقات", "نظرات", "टिप्पणियां", "댓글", "コメント", "评论", "\u212aomentar"} {
		if !reCommentsHeadingWords.MatchString(s) {
			t.Fatalf("reCommentsHeadingWords does not match %q: fix the test", s)
		}
		if !mayNameCommentsHeading(s) {
			t.Errorf("mayNameCommentsHeading(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"", " 12 ", "More stories", "Share this", "Latest news", "Trending"} {
		if mayNameCommentsHeading(s) {
			t.Errorf("mayNameCommentsHeading(%q) = true, want false", s)
		}
	}
}
