package extractor

import "testing"

// WordPress's translations head a post's comments with its title in the
// language's quotes ("Eine Antwort auf „…“", "3 Gedanken zu „…“", "Une
// réflexion sur « … »"): the post's title as the CMS records it. It
// speaks for the <h1> against an SEO plugin's <title> and og:title that
// share hardly a word with it.
func TestTitleProbe43TranslatedCommentsHeading(t *testing.T) {
	const want = "Mein cosy Home Gift Guide bei Westwing Collection"
	for _, comments := range []string{
		"Eine Antwort auf „" + want + "“",
		"3 Gedanken zu „" + want + "“",
		"Ein Kommentar zu “" + want + "”",
		"2 réflexions sur « " + want + " »",
		"Una respuesta a «" + want + "»",
		"Een reactie op “" + want + "”",
		// The English heading, which discussedTitle read before, now
		// also outweighs an SEO title that shares hardly a word.
		"3 thoughts on “" + want + "”",
	} {
		page := `<html><head><title>Christmas Gift Guide | Journelles | Jetzt entdecken!</title>
<meta property="og:title" content="Christmas Gift Guide | Journelles | Jetzt entdecken!"></head><body>
<header class="site-header"><a href="/" class="logo">Journelles</a></header>
<div class="entry"><span class="cat"><a href="/wohnen/">Wohnen</a></span><h1>` + want + `</h1><p class="by">Von Jessie</p>` + titleBody + `</div>
<div id="comments"><h2 class="comment-reply-title">` + comments + `</h2><p>Schöne Auswahl!</p></div></body></html>`
		if got, _ := extractTitle(t, page, "https://www.journelles.example/gift-guide-westwing-22/"); got != want {
			t.Errorf("Extract(%s).Title = %q, want %q", comments, got, want)
		}
	}
	// Without the comments heading the SEO title stands.
	page := `<html><head><title>Christmas Gift Guide | Journelles | Jetzt entdecken!</title>
<meta property="og:title" content="Christmas Gift Guide | Journelles | Jetzt entdecken!"></head><body>
<header class="site-header"><a href="/" class="logo">Journelles</a></header>
<div class="entry"><span class="cat"><a href="/wohnen/">Wohnen</a></span><h1>` + want + `</h1><p class="by">Von Jessie</p>` + titleBody + `</div></body></html>`
	if got, _ := extractTitle(t, page, "https://www.journelles.example/gift-guide-westwing-22/"); got != "Christmas Gift Guide" {
		t.Errorf("Extract(no comments).Title = %q, want %q", got, "Christmas Gift Guide")
	}
}

// discussedQuoted reads the title out of translated comments headings and
// nothing else.
func TestDiscussedQuoted(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Eine Antwort auf „Hope!“", "„Hope!“"},
		{"12 Kommentare zu “Summer Plans”", "“Summer Plans”"},
		{"Un commento su “Estate”", "“Estate”"},
		{"Eine Antwort auf Hope", ""},            // no quotes: not the template
		{"Die Antwort auf „Hope!“", ""},          // not a count
		{"Eine Antwort schreiben", ""},           // the form's heading
		{"Kommentare zu „Hope!“", ""},            // no count
		{"Eine Antwort auf „Hope!“ gibt es", ""}, // not at the end
	} {
		if got := discussedQuoted(c.in); got != c.want {
			t.Errorf("discussedQuoted(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
