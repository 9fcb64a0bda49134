package extractor

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of a page the <meta charset> prescan and the
// statistical detector look at, as in the WHATWG encoding sniffing algorithm.
const sniffLen = 1024 * 8

// decode returns page as UTF-8, and the name of the encoding it was decoded
// from. The order is: byte order mark, valid UTF-8 (never re-decoded), the
// HTTP Content-Type charset, <meta charset> or http-equiv, then statistical
// detection. GBK and GB2312 are decoded as GB18030, their superset.
func decode(page []byte, contentType string) ([]byte, string) {
	switch {
	case bytes.HasPrefix(page, []byte("\xEF\xBB\xBF")):
		return fixUTF8(page[3:]), "utf-8"
	case bytes.HasPrefix(page, []byte("\xFF\xFE")), bytes.HasPrefix(page, []byte("\xFE\xFF")):
		// The BOM override selects endianness; the decoder consumes the BOM.
		if out, err := xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(page); err == nil {
			return out, "utf-16"
		}
	}
	if n, ok := validUTF8Prefix(page); ok {
		return page[:n], "utf-8" // a sequence cut at the end is dropped
	}
	name := ""
	if _, params, ok := strings.Cut(contentType, ";"); ok {
		name = charsetParam(params)
	}
	if enc := lookupEncoding(name); enc != nil && !isUTF8Name(name) {
		return transcode(page, enc), canonicalName(name)
	}
	if n := metaCharset(page); n != "" {
		if enc := lookupEncoding(n); enc != nil && !isUTF8Name(n) {
			return transcode(page, enc), canonicalName(n)
		}
		if isUTF8Name(n) || isUTF8Name(name) {
			return declaredUTF8(page)
		}
	}
	if isUTF8Name(name) {
		return declaredUTF8(page)
	}
	return detect(page)
}

// declaredUTF8 decodes a page declared UTF-8 that is not: a few stray
// bytes are replaced, but a Chinese page in GBK under a template's or a
// server's "utf-8" (its text all invalid as UTF-8, all valid as GB18030)
// is decoded as GB18030, as it was written.
func declaredUTF8(page []byte) ([]byte, string) {
	if sample, ok := textSample(page); ok && invalidUTF8(sample) >= 16 && looksGB18030(sample) {
		return transcode(page, simplifiedchinese.GB18030), "gb18030"
	}
	return fixUTF8(page), "utf-8"
}

// textSample is the part of page that tells its encoding: sniffLen bytes
// from where the non-ASCII text starts (the head of a page is often ASCII
// markup that tells nothing). ok is false, and the sample the page's
// start, when the page is all ASCII.
func textSample(page []byte) (sample []byte, ok bool) {
	start := bytes.IndexFunc(page, func(r rune) bool { return r >= utf8.RuneSelf })
	if ok = start >= 0; !ok {
		start = 0
	}
	return page[start:min(len(page), start+sniffLen)], ok
}

// invalidUTF8 counts the bytes of b that start no valid UTF-8 sequence.
func invalidUTF8(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
		}
		b = b[size:]
	}
	return n
}

// validUTF8Prefix reports whether page is valid UTF-8, allowing a multi-byte
// sequence cut at the very end (a truncated download), and how many bytes
// are valid.
func validUTF8Prefix(page []byte) (int, bool) {
	if utf8.Valid(page) {
		return len(page), true
	}
	for cut := 1; cut <= 3 && cut < len(page); cut++ {
		if utf8.Valid(page[:len(page)-cut]) {
			return len(page) - cut, true
		}
	}
	return 0, false
}

// fixUTF8 replaces invalid sequences so that output is always valid UTF-8.
func fixUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

func charsetParam(params string) string {
	for _, p := range strings.Split(params, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "charset") {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// metaCharset runs the WHATWG prescan over the head of the page.
func metaCharset(page []byte) string {
	head := page
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	_, name, certain := charset.DetermineEncoding(head, "text/html")
	if certain {
		return name
	}
	// DetermineEncoding reads only the first 1,024 bytes, as browsers
	// do, and otherwise falls back to windows-1252; pages with a long
	// preamble (comments, scripts) declare their charset further on.
	if m := reMetaCharset.FindSubmatch(head); m != nil {
		return string(m[1])
	}
	return ""
}

// reMetaCharset finds <meta charset=X> and <meta http-equiv=Content-Type
// content="text/html; charset=X">.
var reMetaCharset = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:\-]+)`)

func isUTF8Name(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return n == "utf-8" || n == "utf8"
}

func canonicalName(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	switch n {
	case "gb2312", "gbk", "x-gbk", "cp936", "gb_2312-80", "chinese", "csgb2312", "iso-ir-58", "gb18030", "gb-18030":
		return "gb18030"
	}
	if enc, err := htmlindex.Get(n); err == nil {
		if c, err := htmlindex.Name(enc); err == nil {
			return c
		}
	}
	return n
}

// lookupEncoding maps a charset label to a decoder, or nil when unknown.
func lookupEncoding(name string) encoding.Encoding {
	if name == "" {
		return nil
	}
	if canonicalName(name) == "gb18030" {
		return simplifiedchinese.GB18030
	}
	enc, err := htmlindex.Get(strings.ToLower(strings.TrimSpace(name)))
	if err != nil {
		return nil
	}
	return enc
}

func transcode(page []byte, enc encoding.Encoding) []byte {
	decode := enc.NewDecoder().Bytes
	if enc == simplifiedchinese.GB18030 {
		decode = decodeGB18030
	}
	out, err := decode(page)
	if err != nil {
		// Decoders replace bad input; an error here means a broken encoder
		// state. Keep what is valid rather than lose the page.
		return fixUTF8(page)
	}
	return fixUTF8(out)
}

// commonHan are the most frequent characters of Chinese text. Read as
// GB18030, Chinese text is full of them; Big5, Shift_JIS or EUC-KR bytes
// read as GB18030 give rare characters instead.
const commonHan = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"

// commonHanSet holds the runes of commonHan.
var commonHanSet = func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range commonHan {
		m[r] = true
	}
	return m
}()

// looksGB18030 reports whether sample, which is not UTF-8, is Chinese text
// in GB18030 (GBK, GB2312): a cheap, specific test before chardet, which
// runs every recognizer it has and costs more than the whole extraction.
func looksGB18030(sample []byte) bool {
	text, err := decodeGB18030(sample)
	if err != nil {
		return false
	}
	han, common, bad := 0, 0, 0
	for _, r := range string(text) {
		switch {
		case r == utf8.RuneError:
			bad++
		case unicode.Is(unicode.Han, r):
			han++
			if commonHanSet[r] {
				common++
			}
		}
	}
	return han >= 20 && bad*50 < han && common*4 >= han
}

// detect guesses the encoding of an undeclared, non-UTF-8 page.
func detect(page []byte) ([]byte, string) {
	// chardet runs every recognizer over the sample, so it stays small.
	sample, _ := textSample(page)
	if looksGB18030(sample) {
		return transcode(page, simplifiedchinese.GB18030), "gb18030"
	}
	if res, err := chardet.NewHtmlDetector().DetectBest(sample); err == nil && res.Confidence >= 30 {
		if enc := lookupEncoding(res.Charset); enc != nil && !isUTF8Name(res.Charset) {
			return transcode(page, enc), canonicalName(res.Charset)
		}
	}
	return transcode(page, lookupEncoding("windows-1252")), "windows-1252"
}
