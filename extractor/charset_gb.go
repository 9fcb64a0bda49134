package extractor

import (
	"sort"
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

// decodeGB18030 decodes GB18030 (and so GBK and GB2312) as browsers do.
// x/text's decoder turns the user-defined areas (AAA1-AFFE, F8A1-FEFE,
// A140-A7A0) and the other private-use pairs of the WHATWG index into
// U+FFFD; here they become their Private Use Area code points
// (https://encoding.spec.whatwg.org/#gb18030-decoder). The input is cut at
// the boundaries of the sequences x/text reads, so that what lies between
// two such pairs is decoded by x/text exactly as it would be whole.
func decodeGB18030(page []byte) ([]byte, error) {
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
