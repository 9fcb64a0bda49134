package extractor

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends a as one JSON object, without a newline: the record
// layout of schema/article.schema.json, field for field in declaration
// order, with "<", ">" and "&" as they are (encoding/json would escape them;
// the html field is full of them) and the Provenance keys sorted. Fields
// tagged null:"zero" are null when zero; nil lists and maps are [] and {}.
// It uses no reflection and, given room in dst, allocates nothing but the
// sorted keys: a crawl encodes every article it emits, and encoding/json
// cost it more than writing the line out.
func (a *Article) AppendJSON(dst []byte) []byte {
	b := append(dst, `{"schema_version":`...)
	b = strconv.AppendInt(b, int64(a.SchemaVersion), 10)
	b = appendNullable(b, "id", a.ID)
	b = appendNullable(b, "url", a.URL)
	b = appendNullable(b, "canonical_url", a.CanonicalURL)
	b = appendNullable(b, "title", a.Title)
	b = appendNullable(b, "section", a.Section)
	b = appendStrings(append(b, `,"authors":`...), a.Authors)
	b = appendNullable(b, "published_date", a.PublishedDate)
	b = appendNullable(b, "published_at", a.PublishedAt)
	b = appendNullable(b, "modified_date", a.ModifiedDate)
	b = appendNullable(b, "modified_at", a.ModifiedAt)
	b = appendNullable(b, "language", a.Language)
	b = appendNullable(b, "site_name", a.SiteName)
	b = appendNullable(b, "description", a.Description)
	b = appendNullable(b, "text", a.Text)
	b = appendNullable(b, "html", a.HTML)
	b = appendNullable(b, "markdown", a.Markdown)
	b = append(b, `,"images":[`...)
	for i, im := range a.Images {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(append(b, `{"url":`...), im.URL)
		b = appendNullable(b, "caption", im.Caption)
		b = appendNullable(b, "alt", im.Alt)
		b = appendNullable(b, "credit", im.Credit)
		b = append(b, '}')
	}
	b = append(b, ']')
	b = appendNullable(b, "top_image", a.TopImage)
	b = appendNullable(b, "credit", a.Credit)
	b = appendStrings(append(b, `,"tags":`...), a.Tags)
	b = strconv.AppendInt(append(b, `,"word_count":`...), int64(a.WordCount), 10)
	b = appendField(b, "content_hash", a.ContentHash)
	b = appendField(b, "extracted_with", a.ExtractedWith)
	b = appendNullable(b, "fetched_at", a.FetchedAt)
	b = append(b, `,"revision":`...)
	if a.Revision == 0 {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, int64(a.Revision), 10)
	}
	b = appendNullable(b, "previous_hash", a.PreviousHash)
	b = append(b, `,"warc":`...)
	if w := a.Warc; w == nil {
		b = append(b, "null"...)
	} else {
		b = appendString(append(b, `{"file":`...), w.File)
		b = appendField(b, "record_id", w.RecordID)
		b = strconv.AppendInt(append(b, `,"offset":`...), w.Offset, 10)
		b = append(b, '}')
	}
	b = append(b, `,"provenance":{`...)
	if len(a.Provenance) > 0 {
		keys := make([]string, 0, len(a.Provenance))
		for k := range a.Provenance {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = appendString(append(b, ':'), a.Provenance[k])
		}
	}
	return append(b, '}', '}')
}

// appendField appends ,"name":"value".
func appendField(b []byte, name, value string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendString(b, value)
}

// appendNullable appends ,"name":"value", or ,"name":null for "".
func appendNullable(b []byte, name, value string) []byte {
	if value != "" {
		return appendField(b, name, value)
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	return append(b, `":null`...)
}

func appendStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// jsonPlain marks the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// appendString appends s as a JSON string the way encoding/json does
// without HTML escaping: control characters escaped (\b, \f, \n, \r, \t by
// name), invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	// Valid UTF-8, the usual case, needs no decoding: of its bytes above
	// 0x7F only the lead byte of U+2028 and U+2029 can need escaping.
	valid := utf8.ValidString(s)
	start := 0
	for i := 0; i < len(s); {
		for i+8 <= len(s) && plain8(s, i, valid) {
			i += 8
		}
		if i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		if valid {
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&^1 == 0xA8 {
				b = append(b, s[start:i]...)
				b = append(b, '\\', 'u', '2', '0', '2', hexDigits[s[i+2]&1|8])
				i += 3
				start = i
				continue
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

const hexDigits = "0123456789abcdef"

// plain8 reports whether the 8 bytes of s from i hold as they are in a JSON
// string: none is a control character, '"' or '\\', and none is above
// 0x7F, or, in valid UTF-8, none is the lead byte 0xE2 of U+2028 and
// U+2029. (The tests for a byte below n, or equal to 0, are those of Sean
// Anderson's "Bit Twiddling Hacks": exact about whether any byte matches.)
func plain8(s string, i int, valid bool) bool {
	x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	found := (x - ones*0x20) & ^x // a control character
	q := x ^ (ones * '"')
	found |= (q - ones) & ^q
	bs := x ^ (ones * '\\')
	found |= (bs - ones) & ^bs
	if valid {
		e := x ^ (ones * 0xE2)
		found |= (e - ones) & ^e
	} else {
		found |= x
	}
	return found&highs == 0
}
