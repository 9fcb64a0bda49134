package extractor

import (
	"strings"

	"golang.org/x/net/html"
)

// The text values of a JSON-LD property, or of any JSON object a page
// states its metadata in (Parse.ly's parsely-page): a string, an object's
// name, or the strings of an array.

// ldString returns a text value of a JSON-LD property: a string, the name or
// @value of an object, or the first such value of a list.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(t))
	case float64:
		return ""
	case map[string]any:
		for _, k := range []string{"name", "@value", "url", "@id"} {
			if s, ok := t[k].(string); ok && s != "" {
				return strings.TrimSpace(html.UnescapeString(s))
			}
		}
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldStrings returns every text value of a JSON-LD property.
func ldStrings(v any) []string {
	switch t := v.(type) {
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		if s, ok := t["name"].(string); ok {
			return []string{strings.TrimSpace(html.UnescapeString(s))}
		}
		if _, ok := t["@id"]; ok && len(t) <= 2 {
			return nil // a bare reference; names are resolved elsewhere
		}
	case string:
		return []string{strings.TrimSpace(html.UnescapeString(t))}
	}
	return nil
}
