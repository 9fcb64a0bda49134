package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// Probe pages of the fifty-sixth round (issue 13, item 3): regional
// papers' WordPress pages (a tagDiv "Newspaper" layout: masthead, menu,
// the post's header with its meta line, a sidebar of the most read, the
// footer) whose author is an editorial office, a name with its academic
// titles, or two writers joined by a dash.

// probe56Body is a council story in each language the probes use.
var probe56Body = map[string]string{
	"de": "Der Gemeinderat hat am Dienstagabend über den Haushalt beraten. Die Fraktionen zeigten sich nach langer Debatte weitgehend einig, nur bei der Sanierung der Sporthalle gab es Streit.",
	"fr": "Le conseil municipal s'est réuni mardi soir pour examiner le budget. Après un long débat, les élus sont tombés d'accord sur la rénovation du gymnase et de la médiathèque.",
	"es": "El pleno del ayuntamiento aprobó este martes el presupuesto tras un largo debate. Los grupos coincidieron en la reforma del polideportivo y de la biblioteca municipal.",
	"it": "Il consiglio comunale ha approvato martedì sera il bilancio dopo un lungo dibattito. I gruppi hanno trovato un accordo sulla ristrutturazione della palestra e della biblioteca.",
	"en": "The city council voted on Tuesday night to approve the budget after a long debate. Members agreed on the renovation of the gym and of the public library downtown.",
}

// probe56Page is a regional paper's post in lang: head goes into the
// <head> (an author <meta>, JSON-LD), byline into the post's meta line
// before its date.
func probe56Page(lang, head, byline string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Haushalt 2024 - Musterstadt Anzeiger</title>
<meta property="og:title" content="Haushalt 2024"><meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-12T09:30:00+01:00">` + head + `</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="logo"><a href="/">Musterstadt Anzeiger</a></div>
<nav class="main-nav"><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<article id="post-4711" class="post-4711 post type-post status-publish">
<div class="td-post-header"><ul class="td-category"><li><a class="td-post-category" href="/lokales/">Lokales</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">Haushalt 2024</h1>
<div class="td-module-meta-info">` + byline + `<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-12T09:30:00+01:00">12.03.2024</time></span></div></header></div>
<div class="td-post-content tagdiv-type">`)
	for range 8 {
		b.WriteString("<p>" + probe56Body[lang] + "</p>")
	}
	b.WriteString(`</div></article></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><h4 class="block-title">Meistgelesen</h4><ul><li><a href="/a/">Neue Ampel an der Hauptstraße</a></li><li><a href="/b/">Feuerwehr rückt zu Großbrand aus</a></li></ul></aside></div>
</div></div></div>
<footer class="site-footer"><p>© 2024 Musterstadt Anzeiger</p><a href="/impressum/">Impressum</a></footer></body></html>`)
	return b.String()
}

type probe56Case struct{ name, lang, head, byline, want string }

func checkProbe56(t *testing.T, cases []probe56Case) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(probe56Page(c.lang, c.head, c.byline)), "https://www.musterstadt-anzeiger.example/2024/03/12/haushalt-2024/", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// tagDivAuthor is the "Newspaper" theme's author line: "Von" in a block
// of its own, the name linked to the author's page.
func tagDivAuthor(name, slug string) string {
	return `<div class="td-post-author-name"><div class="td-author-by">Von</div> <a href="/author/` + slug + `/">` + name + `</a><div class="td-author-line"> - </div></div>`
}

func ld56(v string) string { return `<script type="application/ld+json">` + v + `</script>` }

// An editorial office that signs a piece is its author, written out as
// the credit writes it (officeAsWritten): its article kept where the
// credit writes one ("La rédaction", "La Redazione", "Die Redaktion", "La
// Redacción"), none made up where it writes the noun alone or declines
// the article ("Redazione", "Redaktion" from "Von der Redaktion").
func TestAuthorProbe56OfficeCredits(t *testing.T) {
	checkProbe56(t, []probe56Case{
		{"fr meta and author link", "fr", `<meta name="author" content="La rédaction">`, `<span class="author vcard">Par <a href="/author/la-redaction/">La rédaction</a></span> `, "La rédaction"},
		{"fr Par la rédaction", "fr", "", `<span class="byline">Par la rédaction</span> `, "La rédaction"},
		{"fr JSON-LD", "fr", ld56(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"Haushalt 2024","author":{"@type":"Person","name":"La rédaction"}}`), "", "La rédaction"},
		{"it meta and author link", "it", `<meta name="author" content="La Redazione">`, `<span class="author">di <a href="/author/redazione/">La Redazione</a></span> `, "La Redazione"},
		{"it JSON-LD", "it", ld56(`{"@context":"https://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"La Redazione"}]}`), "", "La Redazione"},
		{"it Redazione alone", "it", `<meta name="author" content="Redazione">`, "", "Redazione"},
		// German and Spanish as French and Italian.
		{"de tagDiv Redaktion", "de", `<meta name="author" content="Redaktion">`, tagDivAuthor("Redaktion", "redaktion"), "Redaktion"},
		{"de Die Redaktion", "de", `<meta name="author" content="Die Redaktion">`, "", "Die Redaktion"},
		{"de Von der Redaktion", "de", "", `<span class="author">Von der Redaktion</span> `, "Redaktion"},
		{"es Por La Redacción", "es", "", `<span class="author">Por La Redacción</span> `, "La Redacción"},
	})
}

// A title before a name ("Dr.", "Prof.", German "Dr. med.", "Prof. Dr.")
// that one source writes and another does not names one person, in the
// fuller form; a German doctorate's faculty in lower case ("med.", "rer.
// nat.") is part of the title, not a phrase's word.
func TestAuthorProbe56Honorifics(t *testing.T) {
	checkProbe56(t, []probe56Case{
		{"de Von Prof., meta plain", "de", `<meta name="author" content="Hans Müller">`, `<span class="author">Von Prof. Hans Müller</span> `, "Prof. Hans Müller"},
		{"de Von Dr., meta plain", "de", `<meta name="author" content="Hans Müller">`, `<span class="author">Von Dr. Hans Müller</span> `, "Dr. Hans Müller"},
		{"de Prof. Dr., meta plain", "de", `<meta name="author" content="Hans Müller">`, `<span class="author">Von Prof. Dr. Hans Müller</span> `, "Prof. Dr. Hans Müller"},
		{"de Dr. med., JSON-LD plain", "de", ld56(`{"@context":"https://schema.org","@type":"Article","author":{"@type":"Person","name":"Anna Schmidt"}}`), `<span class="author">Von Dr. med. Anna Schmidt</span> `, "Dr. med. Anna Schmidt"},
		{"de Dr. med. alone", "de", "", `<span class="author">Von Dr. med. Hans Müller</span> `, "Dr. med. Hans Müller"},
		{"de Dr. rer. nat. in the meta", "de", `<meta name="author" content="Dr. rer. nat. Hans Müller">`, "", "Dr. rer. nat. Hans Müller"},
		{"en meta titled, byline plain", "en", `<meta name="author" content="Dr. Jane Doe">`, `<span class="byline">By Jane Doe</span> `, "Dr. Jane Doe"},
		{"en byline titled, JSON-LD plain", "en", ld56(`{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}`), tagDivAuthor("Dr. Jane Doe", "jane-doe"), "Dr. Jane Doe"},
		// A title alone names no one; a lower-case word after a
		// name's first is still no name's.
		{"de Dr. med. alone names no one", "de", `<meta name="author" content="Dr. med.">`, "", ""},
		{"en a phrase after Dr.", "en", `<meta name="author" content="Dr. said hello">`, "", ""},
	})
}

// An author <meta> or JSON-LD name of two writers joined by a spaced dash
// ("Jane Doe - John Roe") names both; a tagline, a paper or a role after
// the dash is cut, as before: it opens with no given name.
func TestAuthorProbe56DashedNames(t *testing.T) {
	checkProbe56(t, []probe56Case{
		{"meta two names", "en", `<meta name="author" content="Jane Doe - John Roe">`, "", "Jane Doe; John Roe"},
		{"meta two names, en dash", "de", `<meta name="author" content="Hans Müller – Anna Schmidt">`, "", "Hans Müller; Anna Schmidt"},
		{"JSON-LD two names", "en", ld56(`{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe - John Roe"}}`), "", "Jane Doe; John Roe"},
		{"meta a role", "en", `<meta name="author" content="Jane Doe - Staff Writer">`, "", "Jane Doe"},
		{"meta a role, two words", "en", `<meta name="author" content="Jane Doe - Senior Editor">`, "", "Jane Doe"},
		{"meta the paper", "en", `<meta name="author" content="Jane Doe - Valley Courier">`, "", "Jane Doe"},
		{"meta a German tagline", "de", `<meta name="author" content="Hans Müller - Freier Journalist">`, "", "Hans Müller"},
	})
}

// smf56Topic is a Simple Machines Forum 2.1 topic: the subject in an h2
// over "Started by NAME, date", then each post with its poster's card.
func smf56Topic(started string) string {
	posts := [][2]string{
		{"oldrider", "I have been restoring a Bultaco and the carburettor keeps flooding after a few minutes of idling. The float height is set to the manual's figure and the needle valve is new."},
		{"Mick Hansen", "Check the fuel tap and the tank breather first. A blocked breather can pull the float bowl level around in odd ways, and an old tap leaks past its seals into the line."},
		{"oldrider", "Thanks, the breather was half blocked by a wasp nest. Cleared it, reset the float and it idles fine now for twenty minutes."},
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Carburettor floods at idle</title>
<meta property="og:site_name" content="Bikeshed Forum"><meta property="og:title" content="Carburettor floods at idle"></head>
<body><div id="footerfix"><div id="header"><h1 class="forumtitle"><a id="top" href="https://forum.bikeshed.example/index.php">Bikeshed Forum</a></h1></div>
<div id="wrapper"><div class="navigate_section"><ul><li><a href="https://forum.bikeshed.example/index.php"><span>Bikeshed Forum</span></a></li><li class="last"><a href="https://forum.bikeshed.example/index.php?topic=4711.0"><span>Carburettor floods at idle</span></a></li></ul></div>
<div id="content_section"><div id="main_content_section"><div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Carburettor floods at idle</span></h2>` + started + `</div>
<div id="forumposts"><form action="#" method="post" id="quickModForm">`)
	for i, p := range posts {
		fmt.Fprintf(&b, `<div class="windowbg" id="msg%d"><div class="post_wrapper"><div class="poster"><h4><a href="https://forum.bikeshed.example/index.php?action=profile;u=%d" title="View the profile of %s">%s</a></h4><ul class="user_info"><li class="membergroup">Full Member</li></ul></div>
<div class="postarea"><div class="keyinfo"><div class="postinfo"><a href="#msg%d" class="smalltext">« <strong>Reply #%d on:</strong> March %d, 2024, 09:30:12 AM »</a></div></div>
<div class="post"><div class="inner">%s %s</div></div></div></div></div>`, 1000+i, 10+i, p[0], p[0], 1000+i, i, 12+i, p[1], p[1])
	}
	b.WriteString(`</form></div></div></div></div><div id="footer"><a href="https://www.simplemachines.org/">SMF 2.1.4 © 2023</a>, Simple Machines</div></div></body></html>`)
	return b.String()
}

// A forum topic's "Started by NAME" (Simple Machines Forum) names the
// topic's author, as "Posted by" does a post's; a sentence that opens so
// names no one.
func TestAuthorProbe56StartedBy(t *testing.T) {
	for _, c := range []struct{ name, started, want string }{
		{"SMF 2.1", `<p>Started by <a href="https://forum.bikeshed.example/index.php?action=profile;u=10" title="View the profile of oldrider">oldrider</a>, March 12, 2024, 09:30:12 AM</p>`, "oldrider"},
		// Without the line the first post's poster, linked to the
		// member's profile, names the topic's starter (memberLinkPoster).
		{"no line", "", "oldrider"},
	} {
		a, err := Extract([]byte(smf56Topic(c.started)), "https://forum.bikeshed.example/index.php?topic=4711.0", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", c.name, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
	checkPages(t, []pageCase{
		{"a sentence", "", `<p>Started by Jane Doe, the shop has grown from one room to three over the years since it opened.</p>`, "", ""},
	})
}

// A byline that joins two writers with a dash after its "By" names both,
// as the author <meta> does; a paper after the dash is cut.
func TestAuthorProbe56DashedByline(t *testing.T) {
	checkProbe56(t, []probe56Case{
		{"By two names", "en", "", `<span class="byline">By Jane Doe - John Roe</span> `, "Jane Doe; John Roe"},
		{"Von two names", "de", "", `<span class="author">Von Hans Müller – Anna Schmidt</span> `, "Hans Müller; Anna Schmidt"},
		{"By a name and the paper", "en", "", `<span class="byline">By Jane Doe - Valley Courier</span> `, "Jane Doe"},
	})
}
