package extractor

import (
	"bytes"

	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// gbPair is the two-byte sequence of a pointer of the WHATWG gb18030 index.
func gbPair(pointer int) []byte {
	t := pointer % 190
	off := 0x40
	if t >= 0x3F {
		off = 0x41
	}
	return []byte{byte(pointer/190 + 0x81), byte(t + off)}
}

// The user-defined areas and the other private-use pairs decode to the code
// points of the WHATWG index-gb18030, as in browsers. Each pointer below was
// read in index-gb18030.txt (whatwg/encoding).
func TestGB18030PrivateUse(t *testing.T) {
	for _, c := range []struct {
		pair []byte
		want rune
	}{
		{[]byte{0xAA, 0xA1}, 0xE000}, // user-defined area 1, first (pointer 7886)
		{[]byte{0xAF, 0xFE}, 0xE233}, // area 1, last
		{[]byte{0xF8, 0xA1}, 0xE234}, // user-defined area 2, first
		{[]byte{0xFE, 0xFE}, 0xE4C5}, // area 2, last (pointer 23939)
		{[]byte{0xA1, 0x40}, 0xE4C6}, // user-defined area 3, first (pointer 6080)
		{[]byte{0xA1, 0xA0}, 0xE525}, // pointer 6175
		{[]byte{0xA2, 0x40}, 0xE526}, // pointer 6270
		{[]byte{0xA7, 0xA0}, 0xE765}, // area 3, last (pointer 7315)
		{[]byte{0xA2, 0xAB}, 0xE766}, // a gap of GB2312 (pointer 6376)
		{[]byte{0xA2, 0xE4}, 0xE76D}, // pointer 6433
		{[]byte{0xA5, 0x40}, 0xE646}, // pointer 6840
		{[]byte{0xA6, 0xD9}, 0xE78D}, // pointer 7182
		{[]byte{0xA8, 0xBC}, 0x1E3F}, // pointer 7533: ḿ, not private use
		{[]byte{0xA9, 0x97}, 0xE7F4}, // pointer 7686
		{[]byte{0xFE, 0x51}, 0xE816}, // pointer 23767
		{[]byte{0xFE, 0xA0}, 0xE864}, // pointer 23845
	} {
		got, err := decodeGB18030(c.pair)
		if err != nil || string(got) != string(c.want) {
			t.Errorf("decodeGB18030(% X) = %U, %v; want %U", c.pair, []rune(string(got)), err, c.want)
		}
	}
}

// Every pair of the three user-defined areas that issue 13 names decodes
// to its Private Use Area code point. The WHATWG index-gb18030 assigns
// them in order, 94 trail bytes a row in areas 1 and 2 (A1-FE) and 96 in
// area 3 (40-7E, 80-A0), which is the formula below, with one exception:
// A3 A0 is U+3000, not U+E5E5, "for compatibility with deployed content"
// (the Encoding Standard's gb18030 encoder refuses U+E5E5 for that
// reason). Node's TextDecoder ("gbk", ICU 78.2), which follows GB18030
// itself, gives the formula's code point for all 1,894 pairs, E5E5 at
// A3 A0 included.
func TestGBKUserDefinedAreas(t *testing.T) {
	n := 0
	check := func(lead, trail byte, want rune) {
		t.Helper()
		n++
		got, err := decodeGB18030([]byte{lead, trail})
		if err != nil || string(got) != string(want) {
			t.Errorf("decodeGB18030(%02X %02X) = %U, %v; want %U", lead, trail, []rune(string(got)), err, want)
		}
	}
	for lead := 0xAA; lead <= 0xAF; lead++ {
		for trail := 0xA1; trail <= 0xFE; trail++ {
			check(byte(lead), byte(trail), rune(0xE000+(lead-0xAA)*94+trail-0xA1))
		}
	}
	for lead := 0xF8; lead <= 0xFE; lead++ {
		for trail := 0xA1; trail <= 0xFE; trail++ {
			check(byte(lead), byte(trail), rune(0xE234+(lead-0xF8)*94+trail-0xA1))
		}
	}
	for lead := 0xA1; lead <= 0xA7; lead++ {
		for trail := 0x40; trail <= 0xA0; trail++ {
			if trail == 0x7F {
				continue // never a trail byte
			}
			col := trail - 0x40
			if trail > 0x7F {
				col--
			}
			want := rune(0xE4C6 + (lead-0xA1)*96 + col)
			if lead == 0xA3 && trail == 0xA0 {
				want = 0x3000
			}
			check(byte(lead), byte(trail), want)
		}
	}
	if n != 1894 {
		t.Errorf("checked %d pairs, want 6*94 + 7*94 + 7*96 = 1894", n)
	}
}

// No two-byte sequence of the index decodes to U+FFFD, and every one is
// one code point: the index maps all 23,940 pointers.
func TestGB18030NoReplacement(t *testing.T) {
	for p := 0; p < 126*190; p++ {
		got, err := decodeGB18030(gbPair(p))
		if err != nil || utf8.RuneCount(got) != 1 || bytes.ContainsRune(got, utf8.RuneError) {
			t.Fatalf("decodeGB18030(% X) (pointer %d) = %q, %v; want one code point", gbPair(p), p, got, err)
		}
	}
}

// Around the private-use pairs, text decodes as x/text decodes it: ASCII,
// two-byte and four-byte sequences, and bytes no decoder reads.
func TestGB18030Mixed(t *testing.T) {
	plain := [][]byte{
		[]byte("abc "),
		{0xD6, 0xD0, 0xCE, 0xC4}, // 中文
		{0x81, 0x30, 0x81, 0x30}, // four bytes: U+0080
		{0x95, 0x32, 0x82, 0x36}, // four bytes: U+10000
		{0x84, 0x31, 0xA5, 0x30}, // four bytes beyond the index: one bad byte, then more
		{0xFF},                   // never a lead byte
		{0x81, 0x7F},             // a bad trail byte
		{0x80},                   // the euro sign
	}
	for i, p := range plain {
		page := append(append(append([]byte{}, p...), 0xAA, 0xA1), p...)
		want, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(p)
		wantAll := string(want) + "\uE000" + string(want)
		got, err := decodeGB18030(page)
		if err != nil || string(got) != wantAll {
			t.Errorf("case %d: decodeGB18030(% X) = %q, %v; want %q", i, page, got, err, wantAll)
		}
	}
	// Without private-use pairs the output is x/text's.
	page := []byte("<p>\xD6\xD0\xCE\xC4 \x81\x30\x81\x30</p>")
	want, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(page)
	if got, _ := decodeGB18030(page); !bytes.Equal(got, want) {
		t.Errorf("decodeGB18030(%q) = %q, want %q", page, got, want)
	}
}

// A GBK page declared as such keeps its user-defined characters.
func TestDecodeGBKUserDefined(t *testing.T) {
	page := []byte("<html><head><meta charset=\"gbk\"></head><body><p>\xD6\xD0\xAA\xA1\xCE\xC4</p></body></html>")
	out, name := decode(page, "")
	if name != "gb18030" || !bytes.Contains(out, []byte("中\uE000文")) {
		t.Errorf("decode(GBK page) = %q (%s), want 中\\uE000文 from gb18030", out, name)
	}
}

// Every two-byte pair, alone and between ASCII and four-byte sequences,
// decodes as the segmenting decoder does.
func TestGB18030PairsAsBySegments(t *testing.T) {
	for p := range gbPairs {
		for _, b := range [][]byte{gbPair(p), append(append([]byte("a\x81\x30\x81\x30"), gbPair(p)...), 0x81)} {
			got, err := decodeGB18030(b)
			want, werr := decodeGB18030BySegments(b)
			if err != nil || werr != nil || !bytes.Equal(got, want) {
				t.Fatalf("decodeGB18030(% X) = %q, %v; by segments %q, %v", b, got, err, want, werr)
			}
		}
	}
}

// FuzzDecodeGB18030: valid UTF-8 out, never more U+FFFD than x/text gives,
// exactly x/text's output when it gives none, and exactly the segmenting
// decoder's output always.
func FuzzDecodeGB18030(f *testing.F) {
	f.Add([]byte("\xD6\xD0\xAA\xA1\xCE\xC4"))
	f.Add([]byte("\x84\x31\xA5\x30\xAA\xA1\x81"))
	f.Add([]byte("abc\x81\x30\x81\x30\xFE\xFE\xFF\x80"))
	f.Add([]byte("\x81\x3A\xAA\x30\xAA\xA1\xE3\x32\x9A\x35\x90\x30\x81\x30"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := decodeGB18030(b)
		if err != nil {
			t.Fatalf("decodeGB18030(% X): %v", b, err)
		}
		want, _ := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
		if !utf8.Valid(got) {
			t.Fatalf("decodeGB18030(% X) = %q: not UTF-8", b, got)
		}
		g, w := bytes.Count(got, []byte("\uFFFD")), bytes.Count(want, []byte("\uFFFD"))
		if g > w || w == 0 && !bytes.Equal(got, want) {
			t.Fatalf("decodeGB18030(% X) = %q, x/text %q", b, got, want)
		}
		if seg, _ := decodeGB18030BySegments(b); !bytes.Equal(got, seg) {
			t.Fatalf("decodeGB18030(% X) = %q, by segments %q", b, got, seg)
		}
	})
}

// BenchmarkDecodeGB18030 decodes the GB18030 (GBK, GB2312) pages of the
// zh-cwced set, in bytes of page per second.
func BenchmarkDecodeGB18030(b *testing.B) {
	var pages [][]byte
	var size int64
	for _, p := range setPages(b, "zh-cwced") {
		if _, name := decode(p.page, ""); name == "gb18030" {
			pages = append(pages, p.page)
			size += int64(len(p.page))
		}
	}
	if len(pages) == 0 {
		b.Skip("no GB18030 page in zh-cwced")
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, p := range pages {
			if _, err := decodeGB18030(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// decodeGB18030BySegments is the decoder newsprint had before
// decodeGB18030 read its two-byte pairs from a table: the oracle of
// FuzzDecodeGB18030. It decodes GB18030 as browsers do.
// x/text's decoder turns the user-defined areas (AAA1-AFFE, F8A1-FEFE,
// A140-A7A0) and the other private-use pairs of the WHATWG index into
// U+FFFD; here they become their Private Use Area code points
// (https://encoding.spec.whatwg.org/#gb18030-decoder). The input is cut at
// the boundaries of the sequences x/text reads, so that what lies between
// two such pairs is decoded by x/text exactly as it would be whole.
func decodeGB18030BySegments(page []byte) ([]byte, error) {
	var out []byte
	start := 0
	for i := 0; i < len(page); {
		c0 := page[i]
		if c0 < 0x81 || c0 == 0xFF || i+1 >= len(page) {
			i++
			continue
		}
		c1 := page[i+1]
		var off int
		switch {
		case c1 >= 0x40 && c1 <= 0x7E:
			off = 0x40
		case c1 >= 0x80 && c1 <= 0xFE:
			off = 0x41
		case c1 >= 0x30 && c1 <= 0x39:
			// A four-byte sequence when valid, else x/text reads one
			// erroneous byte.
			if i+3 < len(page) && page[i+2] >= 0x81 && page[i+2] <= 0xFE && page[i+3] >= 0x30 && page[i+3] <= 0x39 &&
				validFourByte(c0, c1, page[i+2], page[i+3]) {
				i += 4
			} else {
				i++
			}
			continue
		default:
			i++
			continue
		}
		r := gbPUA(int(c0-0x81)*190 + int(c1) - off)
		if r < 0 {
			i += 2
			continue
		}
		if start < i {
			seg, err := simplifiedchinese.GB18030.NewDecoder().Bytes(page[start:i])
			if err != nil {
				return nil, err
			}
			out = append(out, seg...)
		}
		out = utf8.AppendRune(out, r)
		i += 2
		start = i
	}
	if out == nil {
		return simplifiedchinese.GB18030.NewDecoder().Bytes(page)
	}
	seg, err := simplifiedchinese.GB18030.NewDecoder().Bytes(page[start:])
	if err != nil {
		return nil, err
	}
	return append(out, seg...), nil
}

// validFourByte reports whether x/text decodes the four-byte sequence to a
// code point (else it reads one erroneous byte): a pointer of the index
// ranges (below 39420) or of the supplementary planes.
func validFourByte(b0, b1, b2, b3 byte) bool {
	p := ((int(b0-0x81)*10+int(b1-0x30))*126+int(b2-0x81))*10 + int(b3-0x30)
	return p < 39420 || p >= 189000 && p-189000 < 0x100000
}
