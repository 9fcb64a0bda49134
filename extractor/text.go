package extractor

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normSpace folds every run of white space (NBSP, ideographic space and
// zero-width characters included) into one ASCII space and trims the ends.
func normSpace(s string) string {
	if isNormASCII(s) {
		return s // already folded: no copy
	}
	// Folded into a buffer on the stack when it fits: one allocation, the
	// string's.
	var scratch [foldScratch]byte
	buf := scratch[:0]
	if len(s) > len(scratch) {
		buf = make([]byte, 0, len(s))
	}
	var f spaceFolder
	return string(f.appendString(buf, s))
}

// spaceFolder folds text as normSpace(all that was appended) reads, as it
// comes, into a byte slice its caller holds: a buffer on the caller's stack
// spares the allocations of a growing strings.Builder. last is the last
// rune appended, before folding.
type spaceFolder struct {
	space bool // white space is pending
	last  rune
	// joiners keeps the zero-width non-joiner and joiner (U+200C, U+200D)
	// between two characters, where they are spelling: Persian writes
	// "می‌شود" with one, and without it the letters join into another
	// word's shape; emoji sequences hold the joiner. Only the text a user
	// reads (Article.Text, the title) keeps them; matching folds them away.
	joiners bool
}

// foldScratch is the size of the stack buffers text is folded into: most
// texts read whole (headings, bylines, short blocks) fit.
const foldScratch = 512

func (f *spaceFolder) writeSpace() {
	f.space, f.last = true, ' '
}

// appendString appends s, folded, to out and returns the extended slice.
func (f *spaceFolder) appendString(out []byte, s string) []byte {
	if s == "" {
		return out
	}
	f.last, _ = utf8.DecodeLastRuneInString(s)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, the common case: no rune decoding, no table lookups,
			// and a run of words up to the next space that needs folding
			// is copied at once: a single space between two words is
			// already what the fold writes.
			if asciiSpace[c] {
				f.space = true
				i++
				continue
			}
			j := i + 1
			for j < len(s) && (asciiWordByte[s[j]] || s[j] == ' ' && j+1 < len(s) && asciiWordByte[s[j+1]]) {
				j++
			}
			out = f.appendWord(out, s[i:j])
			i = j
			continue
		}
		if j := hanRun(s, i); j > i {
			// Chinese, Japanese and Korean letters, U+4000 to U+CFFF:
			// a run of them is copied at once, as ASCII words are.
			out = f.appendWord(out, s[i:j])
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r >= 0x3040 && r < 0xFE00:
			// Kana, CJK ideographs, Hangul: no space or zero-width
			// character lives here, so skip the table lookups.
		case isZeroWidth(r):
			if f.joiners && (r == '\u200C' || r == '\u200D') && !f.space && len(out) > 0 && joinsNext(s[i:]) {
				out = append(out, s[i-size:i]...)
			}
			continue
		case unicode.IsSpace(r) || r == '\u00A0' || r == '\u3000':
			f.space = true
			continue
		}
		if f.space && len(out) > 0 {
			out = append(out, ' ')
		}
		f.space = false
		if r == utf8.RuneError && size == 1 {
			out = append(out, "\uFFFD"...) // output is always valid UTF-8
			continue
		}
		out = append(out, s[i-size:i]...)
	}
	return out
}

// appendWord appends w, a run of text with no white space to fold, to out
// after the space pending before it, and returns the extended slice.
func (f *spaceFolder) appendWord(out []byte, w string) []byte {
	if f.space && len(out) > 0 {
		out = append(out, ' ')
	}
	f.space = false
	return append(out, w...)
}

// hanRun returns the end of the run of valid three-byte runes from
// U+4000 to U+CFFF (CJK ideographs, Yi, most of Hangul) that starts at s[i],
// i itself when none does. Their lead bytes, 0xE4 to 0xEC, take any two
// continuation bytes, so that the bytes alone tell them.
func hanRun(s string, i int) int {
	for i+2 < len(s) && s[i] >= 0xE4 && s[i] <= 0xEC && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		i += 3
	}
	return i
}

// blankRunes returns s with a space for each rune f reports, and s
// itself, without a copy, where f reports none: marks and symbols that
// print nothing of a text's words go without joining the words beside
// them.
func blankRunes(s string, f func(rune) bool) string {
	if !strings.ContainsFunc(s, f) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if f(r) {
			return ' '
		}
		return r
	}, s)
}

// foldArabicMarks returns t without the Arabic short vowels and other
// marks (tashkeel, U+064B to U+065F and U+0670) and the tatweel (U+0640)
// that stretches a word: date labels are written with them ("نُشِرَ في",
// "آخِر تَحْدِيث", "تاريـخ النشـر") as often as without, and read the same.
// A text without them is returned as it is, without a copy.
func foldArabicMarks(t string) string {
	first := -1
	for i := strings.IndexByte(t, 0xD9); i >= 0 && i+1 < len(t); {
		if arabicMark(t[i+1]) {
			first = i
			break
		}
		j := strings.IndexByte(t[i+2:], 0xD9)
		if j < 0 {
			break
		}
		i += 2 + j
	}
	if first < 0 {
		return t
	}
	out := make([]byte, first, len(t))
	copy(out, t[:first])
	for i := first; i < len(t); i++ {
		if t[i] == 0xD9 && i+1 < len(t) && arabicMark(t[i+1]) {
			i++
			continue
		}
		out = append(out, t[i])
	}
	return string(out)
}

// arabicMark reports whether c, the byte after 0xD9 in UTF-8, ends a
// mark foldArabicMarks drops.
func arabicMark(c byte) bool { return c == 0x80 || c >= 0x8B && c <= 0x9F || c == 0xB0 }

// isNormASCII reports whether s is ASCII that normSpace leaves as it is:
// no white space but single spaces between words.
func isNormASCII(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == ' ' && prev == ' ' {
			return false
		}
		prev = c
	}
	return true
}

// asciiSpace holds the ASCII white space bytes that normSpace folds.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\n': true, '\t': true, '\r': true, '\f': true, '\v': true}

// asciiWordByte holds the ASCII bytes that are not asciiSpace: one look-up
// per byte, not two tests, in appendString's run of a word.
var asciiWordByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiSpace[c]
	}
	return t
}()

// joinsNext reports whether s opens with a character a joiner before it
// joins to: not white space, another zero-width character or the end.
func joinsNext(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && !unicode.IsSpace(r) && r != '\u00A0' && r != '\u3000' && !isZeroWidth(r)
}

// hasJoiner reports whether s holds a zero-width non-joiner or joiner.
func hasJoiner(s string) bool {
	return strings.Contains(s, "\u200c") || strings.Contains(s, "\u200d")
}

// keepJoiners is normSpace that keeps the joiners of spaceFolder.joiners.
func keepJoiners(s string) string {
	f := spaceFolder{joiners: true}
	return string(f.appendString(make([]byte, 0, len(s)), s))
}

func isZeroWidth(r rune) bool {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return true
	}
	return false
}

// wordCount counts words in s. Each Han, Hiragana or Katakana character is
// one word, as CJK scripts do not separate words with spaces; other scripts
// count runs of letters and digits.
func wordCount(s string) int {
	count := 0
	var in uint8 // 1 inside a word
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: a letter or digit continues a word, ' and - keep it
			// as it is, anything else ends it. By table and without
			// branches: word boundaries come every few bytes, where a
			// branch on them is mispredicted.
			k := asciiWordClass[c]
			w := k & wordByte
			count += int(w &^ in)
			in = w | k>>1&in
			i++
			continue
		}
		if unifiedHanAt(s, i) {
			count++ // isCJK's, without decoding the rune
			in = 0
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case isCJK(r):
			count++
			in = 0
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			count += int(1 &^ in)
			in = 1
		case r == '’' || r == '\u200C' || r == '\u200D':
			// Keep contractions whole, and Persian's words with a
			// non-joiner inside ("می‌شود").
		default:
			in = 0
		}
	}
	return count
}

// Classes of ASCII bytes in asciiWordClass.
const (
	wordByte = 1 << iota // a letter or digit: part of a word
	keepByte             // ' or -: neither starts nor ends a word
)

// asciiWordClass classifies each ASCII byte for wordCount.
var asciiWordClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9':
			t[c] = wordByte
		case c == '\'' || c == '-':
			t[c] = keepByte
		}
	}
	return t
}()

func isCJK(r rune) bool {
	if isUnifiedHan(r) {
		return true // most of Chinese text: no table
	}
	if r < cjkFirst {
		return false // Latin, Cyrillic, Arabic…: no table either
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

// isUnifiedHan reports whether r is in the block of the CJK Unified
// Ideographs, U+4E00 to U+9FFF, most of a Chinese or Japanese text: every
// rune of it is a letter of the Han script without case
// (TestSpeed72UnifiedHan), which callers need not look up in tables.
func isUnifiedHan(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF
}

// unifiedHanAt reports whether s[i:] opens with the UTF-8 form of a rune
// isUnifiedHan is true of, read from its bytes: E4 B8 80 (U+4E00) to
// E9 BF BF (U+9FFF).
func unifiedHanAt(s string, i int) bool {
	if i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
		return false
	}
	return s[i] >= 0xE5 && s[i] <= 0xE9 || s[i] == 0xE4 && s[i+1] >= 0xB8
}

// holdsCJK reports whether s holds a rune isCJK is true of, as
// strings.IndexFunc(s, isCJK) >= 0 does, without decoding the runes
// below cjkFirst: their UTF-8 starts with a byte under 0xE2, which no
// rune from cjkFirst on starts with, and ASCII is passed over eight bytes
// at a time.
func holdsCJK(s string) bool {
	for i := 0; i < len(s); {
		if i+8 <= len(s) && word8(s, i)&bytesHighs == 0 {
			i += 8
			continue
		}
		if s[i] < 0xE2 {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isCJK(r) {
			return true
		}
		i += size
	}
	return false
}

// cjkFirst is the lowest code point of unicode.Han, Hiragana and Katakana
// (U+2E80, the CJK Radicals Supplement): below it isCJK is false.
const cjkFirst = 0x2E80

// emptyContentHash is contentHash(""), the hash of an article without a
// body, worked out once.
var emptyContentHash = contentHash("")

func contentHash(text string) string {
	// Hashed through a buffer on the stack: []byte(text) would copy the
	// whole body to the heap.
	h := sha256.New()
	var buf [4096]byte
	for text != "" {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	var sum [sha256.Size]byte
	return "sha256:" + hex.EncodeToString(h.Sum(sum[:0]))
}

// holdsAnyRune reports whether s holds any of the runes of set, as
// strings.ContainsAny does. For a set past ASCII, ContainsAny decodes s
// rune by rune and looks each one up in set (some 15 ns a byte); a search
// for each rune's bytes is ten times faster and finds the same: the bytes
// of a rune in UTF-8 stand in s only where s holds that rune.
func holdsAnyRune(s, set string) bool {
	for _, r := range set {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}

// asciiLower lower-cases A-Z only, keeping byte offsets.
func asciiLower(s string) string {
	if !hasUpperASCII(s) {
		return s // no copy when there is nothing to lower
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// hasFoldASCII reports whether s holds sub in any case, without copying
// s. sub is lower-case ASCII letters other than k and s, whose case folds
// (K, ſ) reach past ASCII: it is then exactly what a (?i) regexp matches.
func hasFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 != sub[0] {
			continue
		}
		j := 1
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

// hasUpperASCII reports whether s holds a letter A-Z.
func hasUpperASCII(s string) bool {
	// A byte loop: small enough that asciiLower, its caller, is inlined,
	// and the lower-cased copy a caller only reads stays on its stack.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerASCII is strings.ToLower, but sees that the usual class name,
// ASCII without capitals, needs no change eight bytes at a time.
func lowerASCII(s string) string {
	if isLowerASCII(s) {
		return s
	}
	if !isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	writeLowerASCII(&b, s)
	return b.String()
}

// isLowerASCII reports whether s is ASCII without capitals, eight bytes
// at a time.
func isLowerASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := word8(s, i)
		if w&bytesHighs != 0 || (w+0x3f*bytesOnes)&^(w+0x25*bytesOnes)&bytesHighs != 0 {
			return false // not ASCII, or a capital
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// isASCII reports whether s is ASCII, eight bytes at a time.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if word8(s, i)&bytesHighs != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// writeLowerASCII writes ASCII s to b lower-cased, as strings.ToLower
// lowers ASCII.
func writeLowerASCII(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

const (
	bytesOnes  = 0x0101010101010101
	bytesHighs = 0x8080808080808080
)

// word8 is the eight bytes of s from i as one word, the first the lowest.
func word8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cutUTF8 returns at most n bytes of s, cut at a rune boundary.
func cutUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// isMostlyCJK reports whether half or more of the characters of s are CJK.
func isMostlyCJK(s string) bool {
	n, c := 0, 0
	for _, r := range s {
		n++
		if isCJK(r) {
			c++
		}
	}
	return n > 0 && c*2 >= n
}

// letters counts the letters in s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// hasFoldPrefix reports whether s starts with sub, a lower-case ASCII
// word, in any case, as hasFoldASCII compares.
func hasFoldPrefix(s, sub string) bool {
	if len(s) < len(sub) {
		return false
	}
	for j := 0; j < len(sub); j++ {
		if s[j]|0x20 != sub[j] {
			return false
		}
	}
	return true
}

// holdsAuthorWord reports whether s holds "author", "autor" or "auteur" in
// any case of ASCII letters ("autore" holds "autor"): the words of
// reAuthorBoxHead's labels, looked for in one pass over s rather than one
// a word.
func holdsAuthorWord(s string) bool {
	for i := 0; i+5 <= len(s); i++ {
		if s[i]|0x20 != 'a' || s[i+1]|0x20 != 'u' || s[i+2]|0x20 != 't' {
			continue
		}
		r := s[i+3:]
		if len(r) >= 2 && r[0]|0x20 == 'o' && r[1]|0x20 == 'r' ||
			len(r) >= 3 && r[0]|0x20 == 'h' && r[1]|0x20 == 'o' && r[2]|0x20 == 'r' ||
			len(r) >= 3 && r[0]|0x20 == 'e' && r[1]|0x20 == 'u' && r[2]|0x20 == 'r' {
			return true
		}
	}
	return false
}

// holdsCrumb is hasFoldASCII(s, "crumb"), which isBreadcrumb asks of
// nearly every element's class and id on every page: it reads the byte
// where a match would end and skips as far as that byte allows
// (Horspool's search), mostly five bytes at a time, not one.
func holdsCrumb(s string) bool {
	for i := 4; i < len(s); {
		switch s[i] | 0x20 {
		case 'b':
			if s[i-4]|0x20 == 'c' && s[i-3]|0x20 == 'r' && s[i-2]|0x20 == 'u' && s[i-1]|0x20 == 'm' {
				return true
			}
			i += 5 // no other b in "crumb"
		case 'm':
			i++
		case 'u':
			i += 2
		case 'r':
			i += 3
		case 'c':
			i += 4
		default:
			i += 5
		}
	}
	return false
}

// notLetterDigit reports whether r is neither a letter nor a digit: the
// separator of words in strings.FieldsFunc.
func notLetterDigit(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
