package extractor

import (
	"bytes"
	"encoding/json"
)

// sniffBytes of a page are read to tell HTML from other text.
const sniffBytes = 64 << 10

// notHTML returns what a page is when its bytes show it is not HTML (a PDF
// document, JSON, text without a single tag, binary data), or "". Servers
// and file names mislabel pages; the content decides, as browsers sniff
// (WHATWG MIME Sniffing, section 7).
func notHTML(page []byte) string {
	head := page[:min(len(page), sniffBytes)]
	if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
		return "" // UTF-16: decoded before parsing, its tags are not ASCII here
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF")), " \t\r\n\f")
	switch {
	case bytes.HasPrefix(trimmed, []byte("%PDF-")):
		return "a PDF document"
	case looksBinary(page):
		return "binary data"
	case len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') && jsonPrefix(trimmed):
		return "JSON"
	case !hasTag(head):
		return "text without HTML tags"
	}
	return ""
}

// jsonPrefix reports whether b starts a JSON value: its first tokens decode.
func jsonPrefix(b []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(b))
	for range 8 {
		if _, err := dec.Token(); err != nil {
			return false
		}
		if dec.InputOffset() >= int64(len(b)) {
			break
		}
	}
	return true
}

// hasTag reports whether b holds a start tag, an end tag, a comment or a
// doctype: "<" then a letter, "/" or "!".
func hasTag(b []byte) bool {
	for i := bytes.IndexByte(b, '<'); i >= 0 && i+1 < len(b); {
		c := b[i+1] | 0x20
		if c >= 'a' && c <= 'z' || b[i+1] == '/' || b[i+1] == '!' {
			return true
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// looksBinary reports whether the head of page holds bytes no text has.
func looksBinary(page []byte) bool {
	head := page
	if len(head) > 1024 {
		head = head[:1024]
	}
	if bytes.HasPrefix(head, []byte("\xFF\xFE")) || bytes.HasPrefix(head, []byte("\xFE\xFF")) {
		return false // UTF-16 has NULs
	}
	return bytes.IndexByte(head, 0) >= 0
}
