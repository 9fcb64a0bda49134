package langfork

import (
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// sameAsUpstream reports whether Detect's answer on text is whatlanggo's.
// Upstream ranges over a map of profiles, so a tie between the two best
// languages goes either way from run to run: a different language is the
// same answer when upstream, asked to choose between the two alone, finds
// them tied (confidence 0 with score left: the same distance), so that
// some run of it gives this copy's answer too. Asking upstream again until
// it gives that answer, as this did before, failed about once in a few
// thousand texts: its answers on one text in one process do not alternate
// as a fair coin's.
func sameAsUpstream(t *testing.T, text string) {
	t.Helper()
	got := Detect(text)
	want := whatlanggo.Detect(text)
	if got.Confidence != want.Confidence || (got.Script == nil) != (want.Script == nil) {
		t.Fatalf("Detect(%q) = %v %v, upstream %v %v", text, got.Lang, got.Confidence, want.Lang, want.Confidence)
	}
	if got.Script != nil && got.Script.R16[0] != want.Script.R16[0] {
		t.Fatalf("Detect(%q): another script than upstream's", text)
	}
	if int(got.Lang) == int(want.Lang) {
		return
	}
	pair := whatlanggo.DetectWithOptions(text, whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{
		whatlanggo.Lang(got.Lang): true, want.Lang: true,
	}})
	if pair.Lang < 0 || pair.Confidence != 0 {
		t.Fatalf("Detect(%q) = %v, upstream %v, which it does not tie with (between the two: %v %v)", text, got.Lang, want.Lang, pair.Lang, pair.Confidence)
	}
}

func TestDetectSameAsUpstream(t *testing.T) {
	for _, text := range []string{
		"",
		"   ",
		"1234, 5678!",
		"Showing that even in the modern warfare of the 1930s and 1940s, the dilapidated fortifications still had defensive usefulness.",
		"Y así mismo, aunque no son tan ágiles en el suelo como el vampiro común, son muy competentes al escalar por las ramas.",
		"Die Kommission hat heute einen Vorschlag für eine neue Verordnung vorgelegt.",
		"O governo anunciou nesta segunda-feira novas medidas para a economia.",
		"Президент заявил, что правительство продолжит работу над реформой.",
		"قال الرئيس إن الحكومة ستواصل العمل على الإصلاح",
		"האיש הלך אל העיר ושם פגש את חברו הוותיק",
		"प्रधानमंत्री ने कहा कि सरकार सुधारों पर काम करती रहेगी",
		"ሰው፡ሁሉ፡ሲወለድ፡ነጻና፡በክብርና፡በመብትም፡እኩልነት፡ያለው፡ነው።",
		"bad \xff\xfe bytes \xc3 in a Latin text, with \uFFFD too",
		"ÉCOLE DES BEAUX-ARTS: l'été à Paris, où l'on s'amuse",
		"\x01\x02abc\x7f def \x00",
		"abc где abc где abc где",
		"где где где abc abc abc abc ab",
		"ab где",
	} {
		sameAsUpstream(t, text)
	}
}

// TestDetectSameAsUpstreamMixed builds texts of the profiles' own
// trigrams, of one language or several, with digits, punctuation, case
// and bad bytes between them, and of random runes: every profile list,
// short texts (few trigrams, where the confidence formula is steepest)
// and long ones.
func TestDetectSameAsUpstreamMixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lists := []langProfileList{latinLangs, cyrillicLangs, arabicLangs, devanagariLangs, ethiopicLangs, hebrewLangs}
	noise := []string{" ", "  ", ", ", ". ", "1", "42 ", "!", "\xff", "\u00a0", "-", "'", "A", "É", "\uFFFD", "\t", "\x01", "\x7f", "ab", "Zq"}
	n := 3000
	if testing.Short() {
		n = 300
	}
	for range n {
		list := lists[rng.IntN(len(lists))]
		var langs [][]string // in the order of the languages, so that a run repeats
		for _, l := range slices.Sorted(maps.Keys(list)) {
			langs = append(langs, list[l])
		}
		var b strings.Builder
		parts := 1 + rng.IntN(80)
		for range parts {
			p := langs[rng.IntN(len(langs))]
			if rng.IntN(3) == 0 {
				p = langs[0]
			}
			s := p[rng.IntN(len(p))]
			if rng.IntN(4) == 0 {
				s = strings.ToUpper(s)
			}
			b.WriteString(s)
			if rng.IntN(3) == 0 {
				b.WriteString(noise[rng.IntN(len(noise))])
			}
		}
		sameAsUpstream(t, b.String())
	}
	for range n / 3 {
		var b strings.Builder
		for range 1 + rng.IntN(60) {
			b.WriteRune(rune(rng.IntN(0x800)))
		}
		sameAsUpstream(t, b.String())
	}
}

// TestAsTrigram: a profile entry indexes only as three valid runes.
func TestAsTrigram(t *testing.T) {
	for s, ok := range map[string]bool{
		" de": true, "ión": true, "፡መብ": true, "a\uFFFDb": true,
		"ab": false, "abcd": false, "a\xffb": false, "": false,
	} {
		if _, got := asTrigram(s); got != ok {
			t.Errorf("asTrigram(%q) ok = %v, want %v", s, got, ok)
		}
	}
}
