package extractor

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// TestStartDispatch checks that a startDispatch matches a text exactly
// when the alternatives joined in one regexp do, on texts built of pieces
// that open, almost open and fold into the alternatives: runes past ASCII
// that (?i) folds with ASCII letters ("ſ" with "s", the Kelvin sign with
// "k"), white space before, an optional group before the words.
func TestStartDispatch(t *testing.T) {
	alts := []string{
		`\s*(?:share|sms|kakao)\b`, `\s*(?:did\s+you\s+)?(?:like|enjoy)\s+this\b`, `\s*[\w.]+@\w+\s*$`,
		`\s*(?:поделиться|paylaş|teilen)\s*:?\s*$`, `\s*[▶►]\s*.{0,10}클릭`, `\s*(?:#\S+\s*){2,}$`, `\s*$`, `x?y`,
		`\s*(?:tag|mots[-\s]cl[ée]s)\s*:\s*\S`, `(?:\s*(?:copy|cop(?:ier|iar)))\s+link`,
	}
	d := newStartDispatch(`(?i)`, alts)
	whole := regexp.MustCompile(`(?i)^(?:` + strings.Join(alts, "|") + `)`)
	pieces := []string{"share", "ſhare", "SHARE", "sms", "ſmſ", "kakao", "\u212aakao", "KAKAO", "did", "you", "like", "enjoy", "this", "a@b", "a.b@c",
		"@", "поделиться", "ПОДЕЛИТЬСЯ", "paylaş", "PAYLAŞ", "teilen", ":", "▶", "►", "클릭", "#a", "#b", "tag", "TAG", "mots-clés", "MOTS CLÉS",
		"copy", "copier", "copiar", "link", "x", "y", "xy", "sha", "lik", " ", "\t", "\n", "\u00a0", "é", "1"}
	check := func(s string) {
		if got, want := d.MatchString(s), whole.MatchString(s); got != want {
			t.Errorf("startDispatch.MatchString(%q) = %v, the whole regexp gives %v", s, got, want)
		}
	}
	for _, p := range pieces {
		for _, v := range []string{p, " " + p, p + " this", "  " + p + ": x", p + " link"} {
			check(v)
		}
	}
	eachRandomText(rand.New(rand.NewPCG(4, 12)), pieces, 5, draws(30000), check)
	// The dispatch tried fewer alternatives than all: "share" is not tried
	// against the e-mail address's.
	if n := len(d.byFirst['s']); n == 0 || n >= len(alts) {
		t.Errorf("%d alternatives may open with s, want some and not all", n)
	}
}

// TestFoldedRegexp checks that a foldedRegexp matches a text exactly when
// its regexp does: the pieces it asks for first are in every text the
// regexp matches, whatever its case and script, runes past ASCII that fold
// with ASCII letters included.
func TestFoldedRegexp(t *testing.T) {
	exprs := []string{
		`(?i)\bsubscribe\b.{0,20}\bnewsletters?\b`, `(?i)\b(?:right|straight)\s+to\s+your\s+inbox\b`, `(?i)(?:abonn|подпи)\S*\s.{0,20}(?:letter|рассылк)`,
		`(?i)tüm\s+hakları\s+saklıdır`, `(?i)\b(?:tel|phone)\b.{0,10}\bfax\b`, `(?i)(?:x+|yz){2}`, `\bKELVIN\b`, `(?i)σοφία`, `(?i)a|b*`,
	}
	pieces := []string{"subscribe", "ſubſcribe", "SUBSCRIBE", "newsletter", "NEWSLETTERS", "newſletter", "right", "straight", "to", "your", "inbox", "INBOX",
		"abonnez", "подпишитесь", "ПОДПИШИТЕСЬ", "letter", "рассылку", "РАССЫЛКУ", "tüm", "TÜM", "hakları", "HAKLARI", "saklıdır", "SAKLIDIR", "tel", "TEL", "phone",
		"fax", "FAX", "x", "yz", "YZ", "KELVIN", "\u212aELVIN", "kelvin", "σοφία", "ΣΟΦΊΑ", "ſ", "\xff", " ", ".", "a", "b"}
	for _, e := range exprs {
		f := newFoldedRegexp(e)
		check := func(s string) {
			if got, want := f.matchCanon(s, foldCanon(s)), f.re.MatchString(s); got != want {
				t.Errorf("%s: matchCanon(%q) = %v, the regexp gives %v (pieces %q)", e, s, got, want, f.atoms)
			}
		}
		eachRandomText(rand.New(rand.NewPCG(7, uint64(len(e)))), pieces, 6, draws(20000), check)
	}
	if f := newFoldedRegexp(`(?i)\bsubscribe\b.{0,20}\bnewsletters?\b`); !f.known || f.matchCanon("Subscribe now", foldCanon("Subscribe now")) {
		t.Errorf("subscribe … newsletter: pieces %q known %v, want NEWSLETTER asked for", f.atoms, f.known)
	}
}

func TestFoldCanon(t *testing.T) {
	for in, want := range map[string]string{"": "", "ABC 12": "ABC 12", "Newsletter": "NEWSLETTER", "ſ\u212a": "SK", "Рассылка": "РАССЫЛКА", "σς": "ΣΣ", "a\xffb": "A\xffB"} {
		if got := foldCanon(in); got != want {
			t.Errorf("foldCanon(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAnchoredRegexp checks that an anchoredRegexp matches a text exactly
// when its regexp does, on random texts of the words its alternatives open
// with, in any case, and of runes past ASCII that fold with their letters.
func TestAnchoredRegexp(t *testing.T) {
	pieces := []string{"senior", "SENIOR", "ſenior", "staff", "STAFF", "ſtaff", "writer", "Writer", "reporter", "editor", "-in-chief", "s", "special", "to", "for", "FOR",
		"the", "The", "Jane", "\u212aate", "zoë", "Zürich", "news", "science", "journalist", "intern", "x", " ", "  ", ".", "\xff"}
	a := reRoleOnly
	if !a.known || len(a.prefixes) < 10 {
		t.Fatalf("reRoleOnly: prefixes %q known %v, want its words", a.prefixes, a.known)
	}
	check := func(s string) {
		if got, want := a.MatchString(s), a.re.MatchString(s); got != want {
			t.Errorf("MatchString(%q) = %v, the regexp gives %v (prefixes %q)", s, got, want, a.prefixes)
		}
	}
	eachRandomText(rand.New(rand.NewPCG(22, 7)), pieces, 5, draws(40000), check)
	for _, s := range []string{"Staff Writer", "senior staff writers", "Special to the Times", "for The Guardian", "Jane Doe", "ſtaff writer"} {
		check(s)
	}
	if a.MatchString("Jane Doe") || !a.MatchString("Staff Writer") {
		t.Error("reRoleOnly: Jane Doe matched or Staff Writer not")
	}
}
