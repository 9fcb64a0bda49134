package extractor

import "testing"

// Templates styled by utility classes (Tailwind themes of Next.js and
// Astro blogs) set a post's meta line under the headline as a row of
// fields with no class that names it: the writer, a <time>, the reading
// time. A blog signed with its writer's first name sets that name alone
// there, which beats a team's name in the <meta> author, as it does on the
// line over the date where page builders set it; a word that is no given
// name is none.
func TestAuthorProbe44TimedRow(t *testing.T) {
	row := func(name, tail string) string {
		return `<div class="flex flex-wrap items-center gap-4 text-sm"><div class="flex items-center gap-2"><span>` + name + `</span></div><div class="flex items-center gap-2"><time dateTime="2026-03-05T12:01:28Z">March 5, 2026</time></div>` + tail + `</div>`
	}
	readTime := `<div class="flex items-center gap-2"><span>9 min read</span></div>`
	team := `<meta name="author" content="Acme Team">`
	checkPages(t, []pageCase{
		{"a full name", "", row("Jane Doe", ""), "", "Jane Doe"},
		{"a full name, the reading time after the date", "", row("Jane Doe", readTime), "", "Jane Doe"},
		{"a given name over a team's meta author", team, row("Stefan", readTime), "", "Stefan"},
		{"a given name whose full name the meta gives", `<meta name="author" content="Stefan Weber">`, row("Stefan", readTime), "", "Stefan Weber"},
		{"a section's word", team, row("Marketing", readTime), "", "Acme Team"},
		// Page builders set the name's line over the date's, or the two
		// in a row of two fields.
		{"a given name over the date's line", team, `<p>Stefan</p><p>March 5, 2026</p>`, "", "Stefan"},
		{"a given name beside a date in no <time>", team, `<div class="flex gap-4"><div><span>Stefan</span></div><div><span>March 5, 2026</span></div></div>`, "", "Stefan"},
		{"a section's word over the date's line", team, `<p>Marketing</p><p>March 5, 2026</p>`, "", "Acme Team"},
	})
}
