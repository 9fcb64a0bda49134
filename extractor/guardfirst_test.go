package extractor

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// openingRunes is every rune a match of the anchored expression expr may
// open with, case folds included, read from its compiled program: a guard
// that tests a text's first byte must let each through. It fails the test
// when a class too wide to list, or an empty match, may open expr.
func openingRunes(t *testing.T, expr string) []rune {
	t.Helper()
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	var out []rune
	add := func(r rune, fold bool) {
		out = append(out, r)
		for f := unicode.SimpleFold(r); fold && f != r; f = unicode.SimpleFold(f) {
			out = append(out, f)
		}
	}
	seen := map[uint32]bool{}
	var visit func(pc uint32)
	visit = func(pc uint32) {
		if seen[pc] {
			return
		}
		seen[pc] = true
		in := prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			visit(in.Out)
			visit(in.Arg)
		case syntax.InstCapture, syntax.InstEmptyWidth, syntax.InstNop:
			visit(in.Out)
		case syntax.InstRune1:
			add(in.Rune[0], false)
		case syntax.InstRune:
			if len(in.Rune) == 1 {
				add(in.Rune[0], syntax.Flags(in.Arg)&syntax.FoldCase != 0)
				return
			}
			for k := 0; k+1 < len(in.Rune); k += 2 {
				if in.Rune[k+1]-in.Rune[k] > 512 {
					t.Fatalf("%s may open with any of %U-%U: too many to list", expr, in.Rune[k], in.Rune[k+1])
				}
				for r := in.Rune[k]; r <= in.Rune[k+1]; r++ {
					add(r, false)
				}
			}
		default:
			t.Fatalf("%s may open with any rune or match the empty text (%v)", expr, in.Op)
		}
	}
	visit(uint32(prog.Start))
	return out
}

// The first-byte guards must let through every rune their expressions
// may open with, so that a word added to an expression without its guard
// fails here and not on a page (authors48's "Об авторе" did, after
// mayBeAboutAuthor was written for the expression as it stood).
func TestFirstByteGuardsCoverTheirExpressions(t *testing.T) {
	for _, g := range []struct {
		name  string
		expr  string
		guard func(string) bool
	}{
		{"mayBeAboutAuthor", reAboutAuthor.String(), mayBeAboutAuthor},
		{"mayBeByStart", reByStart.String(), mayBeByStart},
		{"prepositionByLead", rePrepositionBy.String(), prepositionByLead.admits},
		{"publishedByLead", rePublishedBy.String(), publishedByLead.admits},
	} {
		runes := openingRunes(t, g.expr)
		if len(runes) < 2 {
			t.Fatalf("%s: only %q open its expression: the program was not read", g.name, string(runes))
		}
		for _, r := range runes {
			if !g.guard(string(r) + "x") {
				t.Errorf("%s(%q…) = false, but its expression may open with %q", g.name, string(r), string(r))
			}
		}
	}
}

// anchoredLeadBytes refuses, at start-up, an expression whose matches
// may open anywhere or with any byte: a first-byte guard on it would
// refuse texts it matches.
func TestAnchoredLeadBytesRefusesWhatItCannotGuard(t *testing.T) {
	for _, expr := range []string{`by\s`, `(?i)^x?`, `^.by`, `(?:^by|of)`} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("anchoredLeadBytes(%q) did not panic", expr)
				}
			}()
			anchoredLeadBytes(regexp.MustCompile(expr))
		}()
	}
	// Ü and ü open with C3, ſ (which (?i) folds with s) with C5; u is
	// no opening: "über" opens with ü.
	l := anchoredLeadBytes(regexp.MustCompile(`(?i)^(?:über|sobre)`))
	for _, c := range []byte("sS\xc3\xc5uU") {
		if want := c != 'u' && c != 'U'; l[c] != want {
			t.Errorf("anchoredLeadBytes((?i)^(?:über|sobre))[%q] = %v, want %v", c, l[c], want)
		}
	}
}

// A Thai byline's "โดย" (by) opens reByStart through scriptBy; before
// mayBeByStart let Thai's lead byte through, the newsroom in the element
// after the byline's ran into the name ("สมชาย ใจดี ข่าวเมือง").
func TestThaiBylineBeforeItsNewsroom(t *testing.T) {
	paras := "<p>" + strings.Join(intlTH.paras, "</p><p>") + "</p>"
	page := `<html lang="th"><head><title>` + intlTH.title + `</title></head><body><article><h1>` + intlTH.title +
		`</h1><div class="byline"><span>โดย สมชาย ใจดี</span><span>ข่าวเมือง</span></div>` + paras + `</article></body></html>`
	a, err := Extract([]byte(page), "https://news.example.co.th/2024/03/05/bridge", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"สมชาย ใจดี"}; !slices.Equal(a.Authors, want) {
		t.Errorf("Authors = %q from %q, want %q", a.Authors, a.Provenance["authors"], want)
	}
}
