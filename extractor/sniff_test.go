package extractor

import (
	"errors"
	"strings"
	"testing"
)

// What is not HTML by its content is refused, whatever it is labelled;
// HTML however it starts is not.
func TestNotHTML(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		refused    bool
	}{
		{"PDF", "%PDF-1.4\n" + strings.Repeat("text of the report ", 40), true},
		{"JSON object", `{"body": "<p>` + strings.Repeat("story ", 80) + `</p>"}`, true},
		{"JSON array", " [1, 2, {\"a\": \"<b>x</b>\"}]", true},
		{"CSV", "date,title\n" + strings.Repeat("2024-03-26,Harbour wall reopens\n", 30), true},
		{"plain text", strings.Repeat("A sentence of a story. ", 50), true},
		{"HTML", "<!DOCTYPE html><html><body><p>" + strings.Repeat("story ", 80) + "</p></body></html>", false},
		{"HTML fragment after text", "Story: " + strings.Repeat("words ", 80) + "<p>more</p>", false},
		{"HTML with a BOM", "\xEF\xBB\xBF<html><p>" + strings.Repeat("story ", 80) + "</p></html>", false},
		{"brace-led text with a tag", "{{template}} <p>" + strings.Repeat("story ", 80) + "</p>", false},
	} {
		_, err := Extract([]byte(tc.page), "https://example.com/a", Options{})
		if got := errors.Is(err, ErrNotHTML); got != tc.refused {
			t.Errorf("Extract(%s): err = %v, want refused = %v", tc.name, err, tc.refused)
		}
	}
}
