package extractor

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// startDispatch matches alternatives anchored at a text's start ("^\s*…")
// by the text's first byte past white space: only the alternatives that
// can begin with that byte are tried, each compiled alone, small enough for
// Go's backtracker. All of them in one regexp are too large for it: the
// slower NFA runs, and tries every alternative on every text.
type startDispatch struct {
	// Each alternative's prefixes are the words that open a text it
	// matches past the white space the dispatch skips.
	byFirst [256][]anchoredRegexp
	always  []anchoredRegexp // alternatives whose first byte is not known
	whole   *regexp.Regexp   // for a text of white space alone
}

// newStartDispatch takes the alternatives without their "^", in the flags
// of flags ("(?i)"); it matches a text when "flags^(?:alt1|alt2|…)" does.
func newStartDispatch(flags string, alts []string) *startDispatch {
	d := &startDispatch{whole: regexp.MustCompile(flags + `^(?:` + strings.Join(alts, "|") + `)`)}
	for _, a := range alts {
		alt := anchoredRegexp{re: regexp.MustCompile(flags + `^(?:` + a + `)`)}
		rest, ok := afterSpace(flags + a)
		if !ok {
			d.always = append(d.always, alt)
			continue
		}
		alt.prefixes, alt.known = literalPrefixes(rest)
		set, ok := firstBytesKnown(rest)
		if !ok {
			d.always = append(d.always, alt)
			continue
		}
		for b, in := range set {
			if in {
				d.byFirst[b] = append(d.byFirst[b], alt)
			}
		}
	}
	return d
}

// MatchString reports whether one of the alternatives matches t at its
// start.
func (d *startDispatch) MatchString(t string) bool {
	rest := strings.TrimLeft(t, "\t\n\f\r ") // RE2's \s
	if rest == "" {
		return d.whole.MatchString(t)
	}
	ascii := isASCII(rest)
	try := func(alts []anchoredRegexp) bool {
		for _, a := range alts {
			if a.mayOpen(rest, ascii) && a.re.MatchString(t) {
				return true
			}
		}
		return false
	}
	return try(d.always) || try(d.byFirst[rest[0]])
}

// afterSpace gives what expr matches after the \s* it opens with; ok is
// false when it does not open so.
func afterSpace(expr string) (*syntax.Regexp, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture || re.Op == syntax.OpConcat && len(re.Sub) == 1 {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || !isSpaceStar(re.Sub[0]) {
		return nil, false
	}
	return &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:], Flags: re.Flags}, true
}

// firstBytesKnown gives the bytes the first byte of a text re matches can
// be; ok is false when they are not known, or when re can match the empty
// text or open with white space (which the text's first byte past white
// space would not show).
func firstBytesKnown(re *syntax.Regexp) (set [256]bool, ok bool) {
	nullable, known := firstBytes(re, &set)
	if nullable || !known {
		return set, false
	}
	for _, c := range "\t\n\f\r " {
		if set[c] {
			return set, false
		}
	}
	return set, true
}

// isSpaceStar reports whether re is \s*.
func isSpaceStar(re *syntax.Regexp) bool {
	if re.Op != syntax.OpStar || re.Sub[0].Op != syntax.OpCharClass {
		return false
	}
	r := re.Sub[0].Rune
	want := []rune{'\t', '\n', '\f', '\r', ' ', ' '}
	if len(r) != len(want) {
		return false
	}
	for i := range r {
		if r[i] != want[i] {
			return false
		}
	}
	return true
}

// firstBytes adds to set the first bytes of the texts re matches (more is
// harmless, fewer is not); nullable is true when re can match without
// taking a byte, known false when re can begin with any byte.
func firstBytes(re *syntax.Regexp, set *[256]bool) (nullable, known bool) {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return true, true
		}
		r := re.Rune[0]
		addFirstByte(set, r)
		if re.Flags&syntax.FoldCase != 0 {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				addFirstByte(set, f)
			}
		}
		return false, true
	case syntax.OpCharClass:
		// A rune's first byte never falls as the rune grows: a range's
		// first bytes are those from its low end's to its high end's.
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := firstByteOf(re.Rune[i]), firstByteOf(re.Rune[i+1])
			for b := int(lo); b <= int(hi); b++ {
				set[b] = true
			}
		}
		return false, true
	case syntax.OpCapture:
		return firstBytes(re.Sub[0], set)
	case syntax.OpStar, syntax.OpQuest:
		_, known := firstBytes(re.Sub[0], set)
		return true, known
	case syntax.OpPlus:
		return firstBytes(re.Sub[0], set)
	case syntax.OpRepeat:
		nullable, known := firstBytes(re.Sub[0], set)
		return nullable || re.Min == 0, known
	case syntax.OpConcat:
		for _, s := range re.Sub {
			nullable, known := firstBytes(s, set)
			if !known {
				return false, false
			}
			if !nullable {
				return false, true
			}
		}
		return true, true
	case syntax.OpAlternate:
		nullable := false
		for _, s := range re.Sub {
			n, known := firstBytes(s, set)
			if !known {
				return false, false
			}
			nullable = nullable || n
		}
		return nullable, true
	}
	return false, false // any character, or an op not looked into
}

// literalPrefixes gives words one of which opens every text of ASCII re
// matches, in lower case, each made of bytes hasFoldPrefix compares as
// (?i) does; ok is false when they are not known. A literal with a rune
// past ASCII matches no text of ASCII and gives no word: under (?i) the
// parser keeps a literal's rune as the least of its case folds, which is
// in ASCII when one of them is ("ſ" is kept as "S").
func literalPrefixes(re *syntax.Regexp) (out []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		for _, r := range re.Rune {
			if r >= utf8.RuneSelf {
				return nil, true
			}
		}
		var b strings.Builder
		for _, r := range re.Rune {
			if r >= 'A' && r <= 'Z' {
				if re.Flags&syntax.FoldCase == 0 {
					return nil, false
				}
				r += 'a' - 'A'
			} else if r >= 'a' && r <= 'z' {
				if re.Flags&syntax.FoldCase == 0 {
					return nil, false
				}
			} else if r >= utf8.RuneSelf || byte(r)|0x20 != byte(r) || r == '`' || r >= '{' {
				return nil, false // a byte hasFoldPrefix would take for another
			}
			b.WriteRune(r)
		}
		return []string{b.String()}, true
	case syntax.OpCapture:
		return literalPrefixes(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return nil, false
		}
		if re.Sub[0].Op != syntax.OpQuest && re.Sub[0].Op != syntax.OpStar {
			return literalPrefixes(re.Sub[0])
		}
		// "(?:did\s+you\s+)?(?:like|enjoy)", "(?:(?:senior|chief)\s+)*writer":
		// the words of either.
		with, ok := literalPrefixes(re.Sub[0].Sub[0])
		if !ok || len(re.Sub) < 2 {
			return nil, false
		}
		without, ok := literalPrefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:], Flags: re.Flags})
		return append(with, without...), ok
	case syntax.OpAlternate:
		return unionOver(re.Sub, literalPrefixes)
	}
	return nil, false
}

// unionOver is the pieces f gives for each of subs, all together; ok is
// false when f knows none for one of them.
func unionOver(subs []*syntax.Regexp, f func(*syntax.Regexp) ([]string, bool)) (out []string, ok bool) {
	for _, s := range subs {
		p, ok := f(s)
		if !ok {
			return nil, false
		}
		out = append(out, p...)
	}
	return out, true
}

func addFirstByte(set *[256]bool, r rune) { set[firstByteOf(r)] = true }

// firstByteOf is the first byte of r in UTF-8, worked out for every rune
// (utf8.EncodeRune writes U+FFFD for a surrogate, which would break the
// order firstBytes counts on).
func firstByteOf(r rune) byte {
	switch {
	case r < utf8.RuneSelf:
		return byte(r)
	case r < 0x800:
		return 0xC0 | byte(r>>6)
	case r < 0x10000:
		return 0xE0 | byte(r>>12)
	case r <= unicode.MaxRune:
		return 0xF0 | byte(r>>18)
	}
	return 0xF4
}

// foldedRegexp is a regexp and, when known, pieces of text one of which
// every text it matches holds, each in foldCanon's form: a text without
// them is not tried. syntax.Parse keeps a (?i) literal's runes as the least
// of their case folds, the form foldCanon gives a text.
type foldedRegexp struct {
	re    *regexp.Regexp
	atoms []string
	known bool
}

func newFoldedRegexp(expr string) foldedRegexp {
	f := foldedRegexp{re: regexp.MustCompile(expr)}
	if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
		f.atoms, f.known = requiredAtoms(re.Simplify())
	}
	return f
}

// matchCanon reports whether f's regexp matches t, whose foldCanon is
// canon.
func (f foldedRegexp) matchCanon(t, canon string) bool {
	if f.known && !slices.ContainsFunc(f.atoms, func(a string) bool { return strings.Contains(canon, a) }) {
		return false
	}
	return f.re.MatchString(t)
}

// requiredAtoms gives pieces of text one of which every match of re holds,
// in foldCanon's form; ok is false when there are none known. Of a
// sequence's parts it takes the one whose shortest piece is longest, and
// of those the one with the fewest pieces.
func requiredAtoms(re *syntax.Regexp) (atoms []string, ok bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		return []string{foldCanon(string(re.Rune))}, true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredAtoms(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false
		}
		return requiredAtoms(re.Sub[0])
	case syntax.OpConcat:
		best := -1
		for _, s := range re.Sub {
			a, ok := requiredAtoms(s)
			if !ok {
				continue
			}
			shortest := len(slices.MinFunc(a, func(x, y string) int { return len(x) - len(y) }))
			if shortest > best || shortest == best && len(a) < len(atoms) {
				atoms, best = a, shortest
			}
		}
		return atoms, best >= 0
	case syntax.OpAlternate:
		return unionOver(re.Sub, requiredAtoms)
	}
	return nil, false
}

// foldCanon writes each rune of s as the least rune of its case folds, as
// (?i) compares them: "Newsletter" and "NEWSLETTER" are both "NEWSLETTER",
// "ſ" is "S". Bytes that are not UTF-8 stay as they are.
func foldCanon(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'a' && c <= 'z' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteByte(c)
			i++
			continue
		}
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		b.WriteRune(m)
		i += size
	}
	return b.String()
}

// anchoredRegexp is a regexp whose every alternative is anchored at the
// text's start ("^…"), and, when known, the words one of which opens every
// text of ASCII it matches (literalPrefixes): a text of ASCII that opens
// with none of them is not tried.
type anchoredRegexp struct {
	re       *regexp.Regexp
	prefixes []string // lower case; compared as hasFoldPrefix does
	known    bool
}

func newAnchoredRegexp(expr string) anchoredRegexp {
	a := anchoredRegexp{re: regexp.MustCompile(expr)}
	if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
		re = re.Simplify()
		alts := []*syntax.Regexp{re}
		if re.Op == syntax.OpAlternate {
			alts = re.Sub
		}
		a.prefixes, a.known = unionOver(alts, afterBeginText)
	}
	return a
}

// afterBeginText is literalPrefixes of what re matches after the "^" it
// opens with; ok is false when it does not open so.
func afterBeginText(re *syntax.Regexp) ([]string, bool) {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil, false
	}
	return literalPrefixes(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:], Flags: re.Flags})
}

// MatchString reports whether a's regexp matches t.
func (a anchoredRegexp) MatchString(t string) bool {
	return a.mayOpen(t, isASCII(t)) && a.re.MatchString(t)
}

// mayOpen is false when t, all ASCII when ascii is, opens with none of
// a's words, so that a's regexp cannot match the text t opens.
func (a anchoredRegexp) mayOpen(t string, ascii bool) bool {
	return !ascii || !a.known || slices.ContainsFunc(a.prefixes, func(p string) bool { return hasFoldPrefix(t, p) })
}
