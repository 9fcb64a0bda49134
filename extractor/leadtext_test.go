package extractor

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// leadTextJoined is leadText as it was written first: the texts joined,
// each with a space after it, then normSpace. leadText folds as it goes
// and must read the same.
func leadTextJoined(n *html.Node, max int) string {
	var b strings.Builder
	for t := range visibleTexts(n) {
		b.WriteString(t)
		b.WriteByte(' ')
		if b.Len() >= max {
			break
		}
	}
	return normSpace(b.String())
}

// randomFragment is a random run of tags and texts: white space of every
// kind folded, zero-width characters, invalid UTF-8, scripts skipped.
func randomFragment(rng *rand.Rand, parts []string, n int) string {
	var b strings.Builder
	for range rng.IntN(n) + 1 {
		b.WriteString(parts[rng.IntN(len(parts))])
	}
	return b.String()
}

// randomDiv parses a random fragment of up to 14 parts inside a <div>
// and returns the fragment and the <div>.
func randomDiv(t *testing.T, rng *rand.Rand, parts []string) (string, *html.Node) {
	t.Helper()
	src := randomFragment(rng, parts, 14)
	doc, err := html.Parse(strings.NewReader("<body><div>" + src + "</div></body>"))
	if err != nil {
		t.Fatal(err)
	}
	return src, findFirst(doc, func(c *html.Node) bool { return c.Data == "div" })
}

func TestLeadTextFoldsAsJoined(t *testing.T) {
	parts := []string{"<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<script>var x = 1;</script>", "<b>", "</b>", "<br>",
		"Jane", "Doe", "By", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u200b", "\xe2\x80", "\xff", "é", "张三", "2024",
		"Related stories and more words", strings.Repeat("x", 70), "<style>p{}</style>", "<template><a>t</a></template>"}
	rng := rand.New(rand.NewPCG(11, 12))
	for range draws(20000) {
		src, div := randomDiv(t, rng, parts)
		for _, max := range []int{1, 20, 80, 160} {
			if got, want := leadText(div, max), leadTextJoined(div, max); got != want {
				t.Fatalf("leadText(%q, %d) = %q, want %q", src, max, got, want)
			}
		}
	}
}

// TestPlainHeadIsLeadTexts checks that plainHead, when it answers, gives
// the first 12 bytes of leadText: teaserBlocks reads the head instead.
func TestPlainHeadIsLeadTexts(t *testing.T) {
	parts := []string{"<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<script>var x = 1;</script>", "<b>", "</b>", "<br>",
		"Jane", "Doe", "By", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\u200b", "\xe2\x80", "\xff", "é", "张三", "2024",
		"Read more", "Related stories and more words", "Aligned text here", strings.Repeat("x", 10), "<style>p{}</style>", "<template><a>t</a></template>"}
	rng := rand.New(rand.NewPCG(13, 14))
	answered := 0
	for range draws(20000) {
		src, div := randomDiv(t, rng, parts)
		head, ok := plainHead(firstText(div))
		if !ok {
			continue
		}
		answered++
		if lead := leadText(div, 80); !strings.HasPrefix(lead, head) {
			t.Fatalf("plainHead(firstText(%q)) = %q, but leadText is %q", src, head, lead)
		}
	}
	if answered < draws(1000) {
		t.Fatalf("plainHead answered for %d fragments of 20000: the test checks too little", answered)
	}
}
