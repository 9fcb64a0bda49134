package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestSpeed70AppealHrefsScan checks that appealHrefs.scan, one pass over
// a link's address, finds what donationButton's chain of strings.Contains
// and subscriberLogin's holdsAny over loginHrefs found, on addresses that
// hold each fragment, several, or none.
func TestSpeed70AppealHrefsScan(t *testing.T) {
	donate := []string{"don", "pend", "patreon", "ko-fi", "pay", "coffee", "steady", "upport", "ostien", "apoi", "apoy", "nterst"}
	hrefs := []string{"", "do", "don", "/x", "https://example.org/news/2024/05/story", "https://example.org/donate", "https://www.paypal.me/jane",
		"/login?next=/donate", "https://example.org/account/", "https://sso.example.org/", "/SUPPORT-us", "/Login", "https://example.org/sign-in",
		"https://ko-fi.com/jane", "https://example.org/auth/callback", "/unterstuetzen", "/apoia-se", "/apoya", "https://example.org/konto",
		"https://example.org/a/very/long/path/with/no/appeal/in/it/at/all/index.html"}
	for _, d := range donate {
		hrefs = append(hrefs, "/x/"+d+"/y", d)
	}
	for _, l := range loginHrefs {
		hrefs = append(hrefs, "/x/"+l+"/y", l, "/"+d0(l)+l)
	}
	for _, h := range hrefs {
		var want uint8
		if holdsAny(h, donate) {
			want |= appealDonate
		}
		if holdsAny(h, loginHrefs) {
			want |= appealLogin
		}
		if got := appealHrefs.scan(h, appealDonate|appealLogin); got != want {
			t.Errorf("scan(%q) = %b, want %b", h, got, want)
		}
		if got := appealHrefs.scan(h, appealLogin); got != want&appealLogin {
			t.Errorf("scan(%q, login) = %b, want %b", h, got, want&appealLogin)
		}
		if got := appealHrefs.scan(h, appealDonate); got != want&appealDonate {
			t.Errorf("scan(%q, donate) = %b, want %b", h, got, want&appealDonate)
		}
	}
}

// d0 is a fragment's first byte doubled, a near miss before it.
func d0(s string) string { return s[:1] + s[:1] }

// TestSpeed70TextOfOneTextNode checks that textOf of an element whose text
// is one text node returns that text without allocating, and that a text
// the fold changes (inner white space, two text nodes) is still folded.
func TestSpeed70TextOfOneTextNode(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><a id=a>  Jane Doe </a><p id=p>Jane   Doe</p><p id=q>Jane <b>Doe</b></p><p id=r>Jane<br>Doe</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(id string) *html.Node {
		return findFirst(doc, func(n *html.Node) bool { return attr(n, "id") == id })
	}
	for id, want := range map[string]string{"a": "Jane Doe", "p": "Jane Doe", "q": "Jane Doe", "r": "Jane Doe"} {
		if got := textOf(byID(id)); got != want {
			t.Errorf("textOf(#%s) = %q, want %q", id, got, want)
		}
	}
	a := byID("a")
	if n := testing.AllocsPerRun(100, func() { _ = textOf(a) }); n > 1 {
		// The closure of textOfUpTo's walk may take one.
		t.Errorf("textOf of one text node: %v allocations, want at most 1", n)
	}
	p := byID("p")
	withCopy := testing.AllocsPerRun(100, func() { _ = textOf(p) })
	without := testing.AllocsPerRun(100, func() { _ = textOf(a) })
	if without >= withCopy {
		t.Errorf("textOf of one text node: %v allocations, as many as a folded text's %v", without, withCopy)
	}
}
