package extractor

import (
	"sort"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// gbPUA is the code point the WHATWG gb18030 index gives a two-byte
// pointer that x/text leaves undecoded, or -1.
func gbPUA(pointer int) rune {
	i := sort.Search(len(gbPUARanges), func(i int) bool { return int(gbPUARanges[i][0]) > pointer }) - 1
	if i < 0 {
		return -1
	}
	r := gbPUARanges[i]
	if off := pointer - int(r[0]); off < int(r[2]) {
		return rune(r[1]) + rune(off)
	}
	return -1
}

// gbPairs is the number of two-byte pointers: lead bytes 81-FE, 190 trail
// bytes each (40-7E, 80-FE).
const gbPairs = 126 * 190

// gbTwoByte maps every two-byte pointer to its code point (all in the
// Basic Multilingual Plane), as browsers decode it: x/text's, read once by
// decoding every pair in a row (x/text reads each as two bytes, mapped or
// not), with gbPUA's code points where x/text has none.
var gbTwoByte = sync.OnceValue(func() *[gbPairs]uint16 {
	pairs := make([]byte, 0, 2*gbPairs)
	for p := range gbPairs {
		t := p % 190
		off := 0x40
		if t >= 0x3F {
			off = 0x41
		}
		pairs = append(pairs, byte(p/190+0x81), byte(t+off))
	}
	text, err := simplifiedchinese.GB18030.NewDecoder().Bytes(pairs)
	if err != nil {
		panic("extractor: x/text cannot decode GB18030 pairs: " + err.Error())
	}
	var table [gbPairs]uint16
	p := 0
	for _, r := range string(text) {
		if r == utf8.RuneError {
			r = gbPUA(p)
		}
		if p >= gbPairs || r < 0 || r > 0xFFFF {
			panic("extractor: x/text's GB18030 pairs are not one BMP rune each")
		}
		table[p] = uint16(r)
		p++
	}
	if p != gbPairs {
		panic("extractor: x/text's GB18030 pairs are not one rune each")
	}
	return &table
})

// decodeGB18030 decodes GB18030 (and so GBK and GB2312) as browsers do.
// x/text's decoder turns the user-defined areas (AAA1-AFFE, F8A1-FEFE,
// A140-A7A0) and the other private-use pairs of the WHATWG index into
// U+FFFD; here they become their Private Use Area code points
// (https://encoding.spec.whatwg.org/#gb18030-decoder). Everything else is
// decoded exactly as x/text does, erroneous bytes included: two-byte pairs
// from gbTwoByte, four-byte sequences of the index ranges by x/text itself
// (they are rare), the rest here. It reads the page once into a buffer
// sized for it, where x/text's transformer grows its output step by step.
func decodeGB18030(page []byte) ([]byte, error) {
	table := gbTwoByte()
	out := make([]byte, 0, len(page)+len(page)/2+utf8.UTFMax)
	for i := 0; i < len(page); {
		c0 := page[i]
		if c0 < utf8.RuneSelf {
			j := i + 1
			for j < len(page) && page[j] < utf8.RuneSelf {
				j++
			}
			out = append(out, page[i:j]...)
			i = j
			continue
		}
		if c0 == 0x80 {
			out = append(out, "€"...)
			i++
			continue
		}
		if c0 == 0xFF || i+1 >= len(page) {
			out = append(out, "\uFFFD"...)
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
		case c1 >= 0x30 && c1 <= 0x3F:
			n, seq, err := gbFourByte(page[i:])
			if err != nil {
				return nil, err
			}
			out = append(out, seq...)
			i += n
			continue
		default:
			out = append(out, "\uFFFD"...)
			i++
			continue
		}
		out = utf8.AppendRune(out, rune(table[int(c0-0x81)*190+int(c1)-off]))
		i += 2
	}
	return out, nil
}

// gbFourByte decodes what x/text reads at the start of b, whose second
// byte is 30-3F: a four-byte sequence, or one erroneous byte. x/text takes
// 30-3F, not only the digits 30-39, as a four-byte sequence's second byte.
func gbFourByte(b []byte) (n int, text []byte, err error) {
	if len(b) < 4 || b[2] < 0x81 || b[2] == 0xFF || b[3] < 0x30 || b[3] > 0x39 {
		return 1, []byte("\uFFFD"), nil
	}
	p := ((int(b[0]-0x81)*10+int(b[1]-0x30))*126+int(b[2]-0x81))*10 + int(b[3]-0x30)
	switch {
	case p < 39420:
		text, err = simplifiedchinese.GB18030.NewDecoder().Bytes(b[:4])
		return 4, text, err
	case p >= 189000 && p-189000 < 0x100000:
		return 4, utf8.AppendRune(nil, rune(p-189000+0x10000)), nil
	}
	return 1, []byte("\uFFFD"), nil
}
