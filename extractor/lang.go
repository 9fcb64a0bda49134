package extractor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	whatlanggo "github.com/newsprint/newsprint/extractor/internal/langfork"
)

// The language of a page is chosen from two candidates: what the page
// declares (declaredLang: <html lang>, else og:locale or a language meta,
// else JSON-LD inLanguage) and what its text reads as. The text is read in
// three steps, cheapest first:
//
//  1. a script written by one language decides alone: kana is Japanese,
//     Hangul Korean, Han Chinese (zh-Hans or zh-Hant when the characters
//     tell, see hanVariant), Greek Greek, and so on;
//  2. a declared language with a list of function words (stopwords) is
//     confirmed when its words clearly win the vote, which costs a map
//     look-up a word and settles most pages;
//  3. otherwise whatlanggo's trigram profiles (84 languages) read the first
//     detectBytes of the text; function words settle what the profiles
//     confuse (Spanish and Portuguese) and veto an overrule they contradict.
//
// whatlanggo was chosen over lingua-go for its cost: on the shared
// benchmarks' labelled pages lingua-go's low-accuracy mode was 0.4 points
// more accurate but 26 times slower, held 49 MiB of models and added 130 MB
// of embedded models to every binary (tools/langeval, BENCHMARKS.md).
// Extract runs internal/langfork, a copy of whatlanggo that gives the same
// answers at a fraction of the cost (see its README.md).

// Values of provenance["language"].
const (
	langDeclaredConfirmed = "declared-confirmed"     // the text reads as the declared language
	langDeclared          = "declared"               // the text does not tell, or tells a close language
	langDetected          = "detected"               // no declaration: read from the text
	langDetectedOver      = "detected-over-declared" // the text clearly reads as another language
)

const (
	// detectBytes of text are given to the trigram detector: on the
	// labelled pages 600 to 2,000 bytes gave the same accuracy, and the
	// cost grows with the length.
	detectBytes = 600
	// minLetters is the least text that can tell a language.
	minLetters = 20
	// overruleConfidence is the whatlanggo confidence (0 to 1) above which
	// the text overrules a declaration; whatlanggo calls 0.8 reliable.
	overruleConfidence = 0.8
	// overruleLetters is the least text that can overrule a declaration.
	overruleLetters = 150
)

// resolveLanguage sets the language from what the page declares (declared,
// as written, and where: src) and what sample reads as.
func resolveLanguage(r *resolved, declared, src, sample string) {
	d := primaryTag(declared)
	if d != "" {
		r.prov["language_declared"] = src + " " + strings.TrimSpace(declared)
	}
	sc := countScripts(sample)
	if sc.letters < minLetters {
		r.set("language", &r.a.Language, withScript(d, declared, sample), langDeclared)
		return
	}
	if d != "" && confirms(d, sc, sample) {
		r.set("language", &r.a.Language, withScript(d, declared, sample), langDeclaredConfirmed)
		return
	}
	t, conf, vote := readText(sc, sample)
	switch {
	case d == "":
		r.set("language", &r.a.Language, t, langDetected)
	case primaryTag(t) == d:
		r.set("language", &r.a.Language, withScript(d, declared, sample), langDeclaredConfirmed)
	case t == "" || conf < overruleConfidence || sc.letters < overruleLetters || closeLanguages(d, t) ||
		vote != "" && vote != t:
		r.set("language", &r.a.Language, withScript(d, declared, sample), langDeclared)
	default:
		r.set("language", &r.a.Language, t, langDetectedOver)
	}
}

// scripts counts the letters of a text by script.
type scripts struct {
	letters, latin, han, kana, hangul int
	unique                            string // a language its script alone tells, see uniqueScripts
	uniqueN                           int
}

func (s scripts) share(n int) float64 { return float64(n) / float64(s.letters) }

// uniqueScripts are scripts that one language writes, in practice, on the
// web.
var uniqueScripts = []struct {
	lang  string
	table *unicode.RangeTable
}{
	{"el", unicode.Greek}, {"th", unicode.Thai}, {"he", unicode.Hebrew},
	{"ka", unicode.Georgian}, {"hy", unicode.Armenian}, {"km", unicode.Khmer},
	{"lo", unicode.Lao}, {"my", unicode.Myanmar}, {"si", unicode.Sinhala},
}

// countScripts counts the letters of the first 4,000 bytes of text: a few
// thousand bytes tell a script as well as the whole text.
func countScripts(text string) scripts {
	text = cutUTF8(text, 4000)
	var s scripts
	uniq := make([]int, len(uniqueScripts))
	for _, r := range text {
		if r < utf8.RuneSelf {
			// ASCII: the common case, decided without table lookups.
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				s.letters++
				s.latin++
			}
			continue
		}
		if isUnifiedHan(r) {
			// Most of a Chinese text: Han letters, no table read.
			s.letters++
			s.han++
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		s.letters++
		switch {
		case unicode.Is(unicode.Latin, r):
			s.latin++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			s.kana++
		case unicode.Is(unicode.Han, r):
			s.han++
		case unicode.Is(unicode.Hangul, r):
			s.hangul++
		default:
			for i, u := range uniqueScripts {
				if unicode.Is(u.table, r) {
					uniq[i]++
					break
				}
			}
		}
	}
	for i, n := range uniq {
		if n > s.uniqueN {
			s.unique, s.uniqueN = uniqueScripts[i].lang, n
		}
	}
	return s
}

// scriptLanguage is the language the script of a text tells alone, with
// the share of the text in that script, or "" when the script is written
// by many languages (Latin, Cyrillic, Arabic, Devanagari...).
func scriptLanguage(sc scripts, text string) (string, float64) {
	switch {
	case sc.kana > 0 && sc.share(sc.kana+sc.han) > 0.3 && sc.share(sc.kana) > 0.05:
		return "ja", sc.share(sc.kana + sc.han)
	case sc.share(sc.han) > 0.3:
		return zhTag(text), sc.share(sc.han)
	case sc.share(sc.hangul) > 0.3:
		return "ko", sc.share(sc.hangul)
	case sc.share(sc.uniqueN) > 0.3:
		return sc.unique, sc.share(sc.uniqueN)
	}
	return "", 0
}

// readLanguage reads the language of text and a confidence from 0 to 1: by
// its script where that tells, else with whatlanggo.
func readLanguage(sc scripts, text string) (string, float64) {
	if l, conf := scriptLanguage(sc, text); l != "" {
		return l, conf
	}
	info := whatlanggo.Detect(cutUTF8(text, detectBytes))
	if info.Lang < 0 || int(info.Lang) >= len(whatlangTags) {
		return "", 0
	}
	return whatlangTags[info.Lang], info.Confidence
}

// whatlangTags maps whatlanggo's languages to BCP 47 tags once: its own
// Iso6391 builds a map on every call.
var whatlangTags = func() []string {
	var tags []string
	for l := whatlanggo.Lang(0); ; l++ {
		code := l.Iso6391()
		if code == "" {
			code = l.Iso6393()
		}
		if code == "" {
			return tags
		}
		tags = append(tags, code)
	}
}()

// confirms reports whether the text reads as the declared language d
// without the trigram detector: by a script only d writes, or by d's
// function words clearly outvoting the other lists'.
func confirms(d string, sc scripts, text string) bool {
	if l, _ := scriptLanguage(sc, text); l != "" {
		return primaryTag(l) == d
	}
	if _, ok := stopwords[d]; !ok || sc.share(sc.latin) < 0.5 {
		return false
	}
	best, bestN, second := stopwordVote(text)
	return best == d && bestN >= 5 && bestN >= second*3/2
}

// readText is readLanguage with the function words' clear vote (see
// clearVote), which it follows where the trigram profiles chose a close
// language: they confuse Spanish and Portuguese, function words do not.
func readText(sc scripts, text string) (tag string, conf float64, vote string) {
	tag, conf = readLanguage(sc, text)
	vote = clearVote(sc, text)
	if vote != "" && tag != vote && closeLanguages(vote, tag) {
		tag = vote
	}
	return tag, conf, vote
}

// clearVote is the language whose function words clearly win the vote in
// a Latin-script text (at least 5 and twice the runner-up's), or "".
func clearVote(sc scripts, text string) string {
	if sc.share(sc.latin) < 0.5 {
		return ""
	}
	best, bestN, second := stopwordVote(text)
	if bestN < 5 || bestN < 2*second {
		return ""
	}
	return best
}

// withScript adds the script subtag to a Chinese tag when the text tells
// it, else when the declaration (as written) names it.
func withScript(d, declared, text string) string {
	if d != "zh" {
		return d
	}
	return zhTagOr(text, declared)
}

// closeLanguages reports whether a and b are close enough that the
// trigram detector confuses them on a page's worth of text, so that it
// should not overrule a declaration of one with the other.
func closeLanguages(a, b string) bool {
	group := func(l string) string {
		switch l {
		case "no", "nb", "nn", "da", "sv":
			return "nordic"
		case "hr", "sr", "bs", "sl":
			return "bcms"
		case "cs", "sk":
			return "czechoslovak"
		case "id", "ms":
			return "malay"
		case "es", "gl", "pt", "ca":
			return "iberian"
		case "hi", "mr", "ne":
			return "devanagari"
		case "af", "nl":
			return "dutch"
		}
		return l
	}
	return group(a) == group(primaryTag(b))
}

// primaryTag returns the lower-cased primary subtag of a BCP 47 tag or a
// locale such as "en_US".
func primaryTag(s string) string {
	s = strings.TrimSpace(strings.ToLower(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// declaredLang is the language the page declares, as written ("pt-BR",
// "en_US"), and where: <html lang>, then <meta> tags, then JSON-LD.
func (m *pageMeta) declaredLang() (string, string) {
	if primaryTag(m.lang) != "" {
		return m.lang, "html-lang"
	}
	if v, k := m.tag("og:locale", "content-language", "language", "dc.language"); primaryTag(v) != "" {
		return v, metaSource(k)
	}
	if o := m.ldArticle(); o != nil {
		if v := ldString(o["inLanguage"]); primaryTag(v) != "" {
			return v, "json-ld"
		}
	}
	return "", ""
}
