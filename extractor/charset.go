package extractor

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/gogs/chardet"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
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
		if out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(page); err == nil {
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
			return fixUTF8(page), "utf-8"
		}
	}
	if isUTF8Name(name) {
		return fixUTF8(page), "utf-8"
	}
	return detect(page)
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
	// DetermineEncoding falls back to windows-1252 with certain=false when
	// the page declares nothing; only a declaration counts here.
	if !certain && !declaresCharset(head) {
		return ""
	}
	return name
}

func declaresCharset(head []byte) bool {
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

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
	out, err := enc.NewDecoder().Bytes(page)
	if err != nil {
		// Decoders replace bad input; an error here means a broken encoder
		// state. Keep what is valid rather than lose the page.
		return fixUTF8(page)
	}
	return fixUTF8(out)
}

// detect guesses the encoding of an undeclared, non-UTF-8 page.
func detect(page []byte) ([]byte, string) {
	sample := page
	if len(sample) > sniffLen*4 {
		sample = sample[:sniffLen*4]
	}
	if res, err := chardet.NewHtmlDetector().DetectBest(sample); err == nil && res.Confidence >= 30 {
		if enc := lookupEncoding(res.Charset); enc != nil && !isUTF8Name(res.Charset) {
			return transcode(page, enc), canonicalName(res.Charset)
		}
	}
	return transcode(page, lookupEncoding("windows-1252")), "windows-1252"
}
