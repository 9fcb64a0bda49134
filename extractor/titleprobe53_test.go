package extractor

import (
	"strings"
	"testing"
)

// A note in brackets that the story was updated since it ran ("(Updated)",
// "[Update]", "(actualizado)", "(mis à jour)", "(aktualisiert)") after
// the headline, in a stated title or in the <h1>, is no part of it.
func TestTitleUpdateMark(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	body := `<main><article>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</article></main>`
	const es = "El puerto retrasa la terminal de ferris dos años"
	const fr = "Le port retarde le terminal des ferries de deux ans"
	const de = "Hafen verschiebt das Fährterminal um zwei Jahre"
	masthead := `<header id="masthead"><a href="/"><img src="/logo.png" alt="Harbour Times"></a></header>`
	for _, tc := range []struct{ name, head, body, want string }{
		{"wordpress (Updated)", `<title>` + h + ` (Updated) | Harbour Times</title>`, body, h},
		{"[Updated] before a dash", `<title>` + h + ` [Updated] - Harbour Times</title>`, body, h},
		{"og:title (UPDATE 2)", `<title>Harbour Times</title><meta property="og:title" content="` + h + ` (UPDATE 2)">`, body, h},
		{"es (actualizado)", `<title>` + es + ` (actualizado) | Diario del Puerto</title>`, body, es},
		{"fr (mis à jour)", `<title>` + fr + ` (mis à jour) - Le Journal du Port</title>`, body, fr},
		{"de (aktualisiert)", `<title>` + de + ` (aktualisiert) | Hafenzeitung</title>`, body, de},
		{"h1 and title", `<title>` + h + ` (Updated) | Harbour Times</title>`, masthead + `<main><article><h1>` + h + ` (Updated)</h1>` + strings.Repeat(`<p>`+loremTitle+`</p>`, 4) + `</article></main>`, h},
		// A headline of fewer than three words keeps its note; so does
		// one the note does not end.
		{"short headline", `<title>Privacy Policy (Updated)</title>`, body, "Privacy Policy (Updated)"},
		{"note inside", `<title>Why the (updated) timetable still fails riders | Harbour Times</title>`, body, "Why the (updated) timetable still fails riders"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, _ := extractTitle(t, page, "https://www.harbourtimes.example/news/ferry-terminal-delay/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A link to the post's comments that a theme sets inside its heading,
// after the title ("<h1>Headline <a href="#comments">12 Comments</a></h1>",
// "3 Kommentare", a bare count classed or linked as the comments'), is
// no part of the headline.
func TestTitleCommentCountLink(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	const de = "Hafen verschiebt das Fährterminal um zwei Jahre"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	masthead := `<header id="masthead"><a href="/"><img src="/logo.png" alt="Harbour Times"></a><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>`
	for _, tc := range []struct{ name, title, h1, want string }{
		{"wordpress comments-link", "Harbour Times", `<h1 class="entry-title">` + h + ` <a href="#comments" class="comments-link">12 Comments</a></h1>`, h},
		{"seo title, #respond", h + " | Harbour Times", `<h1>` + h + ` <a href="/news/ferry-terminal-delay/#respond">12 Comments</a></h1>`, h},
		{"de, link in a span", "Hafenzeitung", `<h1>` + de + ` <span class="comments"><a href="#kommentare">3 Kommentare</a></span></h1>`, de},
		{"bare count, comment class", "Harbour Times", `<h1>` + h + ` <a href="#c" class="comment-count">12</a></h1>`, h},
		// A number linked elsewhere is the headline's.
		{"a linked year", "Harbour Times", `<h1>The best beaches on the coast in <a href="/beaches/">2025</a></h1>`, "The best beaches on the coast in 2025"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8"><title>` + tc.title + `</title></head><body>` + masthead + `<main><article>` + tc.h1 + body + `</article></main></body></html>`
		if got, _ := extractTitle(t, page, "https://www.harbourtimes.example/news/ferry-terminal-delay/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A template that fills both the <title> and og:title with the site's
// "Site – Tagline" on every page states no headline: the story's <h1>,
// which shares no word with the tagline, is the title.
func TestTitleSiteWideTagline(t *testing.T) {
	const h = "Harbour authority delays the ferry terminal by two years"
	const de = "Hafen verschiebt das Fährterminal um zwei Jahre"
	body := strings.Repeat(`<p>`+loremTitle+`</p>`, 4)
	masthead := `<header id="masthead"><a href="/"><img src="/logo.png" alt="Harbour Times"></a><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>`
	both := func(s string) string { return `<title>` + s + `</title><meta property="og:title" content="` + s + `">` }
	for _, tc := range []struct{ name, head, body, want string }{
		{"wordpress, en dash", both("Harbour Times – News from the coast"), masthead + `<main><article><h1 class="entry-title">` + h + `</h1>` + body + `</article></main>`, h},
		{"pipe", both("Harbour Times | Your local news since 1901"), masthead + `<main><article><h1>` + h + `</h1>` + body + `</article></main>`, h},
		{"og:site_name, no logo", both("Harbour Times – News from the coast") + `<meta property="og:site_name" content="Harbour Times">`, `<main><article><h1>` + h + `</h1>` + body + `</article></main>`, h},
		{"de, text logo", both("Hafenzeitung – Nachrichten von der Küste"), `<header><a href="/">Hafenzeitung</a></header><main><article><h1>` + de + `</h1>` + body + `</article></main>`, de},
		// "Site – Headline": the <h1> says the headline too, and wins
		// either way; where it shares words with the kept text, the
		// stated title stays the page's.
		{"site first, headline", both("Harbour Times – Ferry terminal delayed by two years"), masthead + `<main><article><h1>Ferry terminal delayed by two years, authority says</h1>` + body + `</article></main>`, "Ferry terminal delayed by two years, authority says"},
	} {
		page := `<!DOCTYPE html><html><head><meta charset="utf-8">` + tc.head + `</head><body>` + tc.body + `</body></html>`
		if got, prov := extractTitle(t, page, "https://www.harbourtimes.example/news/ferry-terminal-delay/"); got != tc.want {
			t.Errorf("Extract(%s).Title = %q (%s), want %q", tc.name, got, prov, tc.want)
		}
	}
}
