package extractor

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// mayBeTeaser must let through every phrase reTeaser knows: each top-level
// alternative's first letter, in either case, is in teaserFirst.
func TestTeaserFirstLetters(t *testing.T) {
	src := reTeaser.String()
	start := strings.Index(src, `^\s*(?:`) + len(`^\s*(?:`)
	depth, alt := 0, start
	var firsts []rune
	for i := start; i < len(src) && depth >= 0; i++ {
		switch src[i] {
		case '(':
			depth++
		case ')':
			depth--
			if depth < 0 {
				r, _ := utf8.DecodeRuneInString(src[alt:])
				firsts = append(firsts, r)
			}
		case '|':
			if depth == 0 {
				r, _ := utf8.DecodeRuneInString(src[alt:])
				firsts = append(firsts, r)
				alt = i + 1
			}
		}
	}
	if len(firsts) < 20 {
		t.Fatalf("found %d alternatives in reTeaser; the test no longer reads it", len(firsts))
	}
	for _, r := range firsts {
		for _, c := range []rune{r, []rune(strings.ToUpper(string(r)))[0]} {
			if !mayBeTeaser("  " + string(c) + "xyz") {
				t.Errorf("a phrase of reTeaser starts with %q, missing from teaserFirst", c)
			}
		}
	}
	if mayBeTeaser("The body of the story") {
		t.Error("mayBeTeaser passes a block no phrase starts like")
	}
}

// mayHoldVerbLabel must pass every verb label.
func TestVerbStems(t *testing.T) {
	for _, v := range verbLabels {
		line := v
		if _, ok := dateLabelKinds[v]; ok {
			line += " 5.3.2024" // the labels of other languages count before a date
		}
		if !mayHoldVerbLabel(asciiLower(line)) {
			t.Errorf("verb label %q holds none of verbStems", v)
		}
	}
	if mayHoldVerbLabel("by jane doe") {
		t.Error("mayHoldVerbLabel passes a line with no verb label")
	}
}

// letterRuns yields what strings.FieldsFunc with !unicode.IsLetter returns.
func TestLetterRuns(t *testing.T) {
	for _, s := range []string{"", "the cat", "  l'été, déjà-vu!! ", "naïve\xffcafé", "东京 und Köln", "x", "123 abc4def", "ß"} {
		want := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		var got []string
		for w := range letterRuns(s) {
			got = append(got, w)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("letterRuns(%q) = %q, want %q", s, got, want)
		}
	}
}

// mayBeEditorLine lets through every line reEditorLine matches.
func TestMayBeEditorLine(t *testing.T) {
	for _, s := range []string{"责任编辑：王五", "(Editor: Li)", "【编辑：张三】", "Edited by: Jane Doe", "EDITORS: A and B", "审核: 李四", "校对：王", "监制：赵"} {
		if !reEditorLine.MatchString(s) {
			t.Fatalf("reEditorLine does not match %q: the test is stale", s)
		}
		if !mayBeEditorLine(s) {
			t.Errorf("mayBeEditorLine(%q) = false, but reEditorLine matches", s)
		}
	}
	// On every block of the golden pages, a line it turns away is one the
	// regexp does not match.
	for _, c := range goldenCases(t) {
		doc, err := html.Parse(bytes.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		walk(doc, func(n *html.Node) bool {
			if isBlockish(n) {
				if s := textOf(n); len(s) < 200 && !mayBeEditorLine(s) && reEditorLine.MatchString(s) {
					t.Errorf("%s: mayBeEditorLine(%q) = false, but reEditorLine matches", c.name, s)
				}
			}
			return true
		})
	}
}

// mayBeTeaserLead lets through every lead reTeaser matches.
func TestMayBeTeaserLead(t *testing.T) {
	for _, s := range []string{"Read more", "READ ALSO: x", "Also read", "read next", "Related", "Related stories", "See also", "Recommended for you",
		"More from the desk", "You may also like", "You might also like", "Don't miss", "Dont miss", "Watch", "Listen:", "Click here", "Sign up",
		"Subscribe", "Follow us", "Share this", "Share on", "相关阅读", "阅读原文",
		"Continue reading", "Continue reading the main story", "Keep Reading", "Read the full story", "Read the rest of the article",
		"Weiterlesen", "Lire la suite", "Leer más", "Seguir leyendo", "Continua a leggere", "Continuar lendo", "Leia mais",
		"Czytaj dalej", "Lees verder", "Baca selengkapnya", "Devamını oku", "Haberin devamı için tıklayınız",
		"Haz clic aquí", "Clique aqui", "Cliquez ici", "Klicken Sie hier", "Clicca qui", "Klik di sini"} {
		if !reTeaser.MatchString(s) {
			t.Fatalf("reTeaser does not match %q: the test is stale", s)
		}
		if !mayBeTeaserLead(s) {
			t.Errorf("mayBeTeaserLead(%q) = false, but reTeaser matches", s)
		}
	}
	// Letters (?i) may fold into the ASCII ones.
	for _, s := range []string{"\u212Alick here", "\u017Fee also", "\u017Fubscribe"} {
		if reTeaser.MatchString(s) && !mayBeTeaserLead(s) {
			t.Errorf("mayBeTeaserLead(%q) = false, but reTeaser matches", s)
		}
	}
	for _, c := range goldenCases(t) {
		doc, err := html.Parse(bytes.NewReader(c.page))
		if err != nil {
			t.Fatal(err)
		}
		walk(doc, func(n *html.Node) bool {
			if isBlockish(n) {
				if s := leadText(n, 80); !mayBeTeaserLead(s) && reTeaser.MatchString(s) {
					t.Errorf("%s: mayBeTeaserLead(%q) = false, but reTeaser matches", c.name, s)
				}
			}
			return true
		})
	}
}

// TestMayKeep checks that holdsArticleBody's first look lets no class of
// keepTokens go, in any case, alone or among other words.
func TestMayKeep(t *testing.T) {
	for w := range keepTokens {
		for _, v := range []string{w, strings.ToUpper(w), strings.ReplaceAll(w, " ", "-"), "wrap " + strings.ReplaceAll(w, " ", "_") + " x"} {
			if classKinds(asciiLower(v))&kindKeep != 0 && !mayKeep(v) {
				t.Errorf("%q is an article body's class, but mayKeep lets it go", v)
			}
		}
	}
	if mayKeep("share-wrapper") {
		t.Error(`"share-wrapper" may be an article body's class`)
	}
}

// mayBeTeaserLead compares the words without lowering the lead: it must
// answer as strings.HasPrefix on the lead lowered does, on texts of ASCII
// in every case.
func TestMayBeTeaserLeadFold(t *testing.T) {
	lowered := func(lead string) bool {
		head := lead[:min(len(lead), 12)]
		if !isASCII(head) {
			return true
		}
		head = strings.ToLower(head)
		return slices.ContainsFunc(teaserWords, func(w string) bool { return strings.HasPrefix(head, w) })
	}
	rng := rand.New(rand.NewPCG(22, 13))
	const letters = "aAbBcCdDeEfFgGhHiIkKlLmMnNoOrRsStTuUwWyYzZ '-_:@[{`"
	for _, w := range teaserWords {
		for range 200 {
			b := []byte(w + "xyz")
			for i := range b {
				switch rng.IntN(4) {
				case 0:
					b[i] = letters[rng.IntN(len(letters))]
				case 1:
					if b[i] >= 'a' && b[i] <= 'z' {
						b[i] -= 'a' - 'A'
					}
				}
			}
			if s := string(b); mayBeTeaserLead(s) != lowered(s) {
				t.Errorf("mayBeTeaserLead(%q) = %v, lowered says %v", s, mayBeTeaserLead(s), lowered(s))
			}
		}
	}
}
