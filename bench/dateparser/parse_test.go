package main

import (
	"testing"

	"github.com/markusmobius/go-dateparser"
)

// BenchmarkParse times go-dateparser on single lines with one
// Configuration reused, as a fallback holding one per page would, beside
// parseDate on the same lines.
func BenchmarkParse(b *testing.B) {
	for _, c := range []struct{ lang, s string }{
		{"en", "May 16, 2024"},
		{"en", "2024-05-16T10:30:00Z"},
		{"en", "Share this article"},
		{"de", "16. Mai 2024"},
		{"de", "Alle Artikel von Hans Müller"},
	} {
		cfg := config(c.lang, c.lang != "en")
		b.Run("go-dateparser/"+c.s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				dateparser.Parse(cfg, c.s)
			}
		})
		b.Run("parseDate/"+c.s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				parseDate(c.s, c.lang != "en")
			}
		})
	}
}
