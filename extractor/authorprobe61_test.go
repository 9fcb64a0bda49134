package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Probe pages of the sixty-first round (issue 13, item 3): bylines in
// another language's "by" set in an author element under the headline
// of a WordPress theme's post, and a Simple Machines Forum thread.

// probe61Page is a WordPress post in lang whose entry meta holds meta,
// below the headline; the body is probe59Body's story in lang.
func probe61Page(lang, meta string) string {
	var b strings.Builder
	for range 8 {
		b.WriteString("<p>" + probe59Body[lang] + "</p>\n")
	}
	return `<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Wasserleitung Bahnhofstraße wird erneuert – Stadtblog</title></head><body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Stadtblog</a></p>
<nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/lokales/">Lokales</a></li><li><a href="/sport/">Sport</a></li></ul></nav></header>
<main id="main" class="site-main"><article class="post type-post status-publish hentry"><header class="entry-header"><h1 class="entry-title">Wasserleitung Bahnhofstraße wird erneuert</h1>
<div class="entry-meta">` + meta + `</div></header><div class="entry-content">` + b.String() + `</div></article></main>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Stadtblog</div></footer></div></body></html>`
}

type probe61Case struct{ lang, meta, want string }

func checkProbe61(t *testing.T, cases []probe61Case) {
	t.Helper()
	for _, c := range cases {
		a, err := Extract([]byte(probe61Page(c.lang, c.meta)), "https://stadtblog.example/2024/05/06/wasserleitung/", Options{})
		if err != nil {
			t.Fatalf("Extract(%q): %v", c.meta, err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s %q).Authors = %q from %q, want %q", c.lang, c.meta, got, a.Provenance["authors"], c.want)
		}
	}
}

// Another language's "by" before a word in lower case, in an author
// element, is a sentence or a button's label ("Por favor", "Par
// exemple"), not a byline: no author, where a name, an office, a
// particle or an agency after the same word is one.
func TestAuthorProbe61PrepositionThenWord(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"es", `<span class="byline">Por favor</span>`, ""},
		{"es", `<span class="author">Por favor</span>`, ""},
		{"fr", `<span class="author">Par exemple</span>`, ""},
		{"de", `<span class="author">Von oben</span>`, ""},
		{"nl", `<span class="author">Door middel</span>`, ""},
		{"es", `<span class="byline">Por Ana Gómez</span>`, "Ana Gómez"},
		{"nl", `<span class="author">Door de Vries</span>`, "de Vries"},
		{"de", `<span class="author">Von der Redaktion</span>`, "Redaktion"},
		{"fr", `<span class="author">Par la rédaction</span>`, "La rédaction"},
	})
}

// A wire story signed with another language's "by" before the agency's
// name alone ("Por EFE", "Par AFP") names the agency, as "By Reuters"
// does, on a plain line under the headline too, where a name must
// otherwise have two words or more.
func TestAuthorProbe61WireCredit(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"es", `<p>Por EFE</p>`, "EFE"},
		{"fr", `<p>Par AFP</p>`, "AFP"},
		{"it", `<p>Di ANSA</p>`, "ANSA"},
		{"nl", `<p>Door ANP</p>`, "ANP"},
		{"es", `<p>Por Agencia EFE</p>`, "Agencia EFE"},
		{"es", `<p>Por Ana Gómez</p>`, "Ana Gómez"},
		{"es", `<p>Por Madrid</p>`, ""},
	})
}

// Italian "Da" (by, of the passive) alone before a full name in an
// author element is the label, not a name's first word; a family name it
// opens stands alone after it or none ("Da Silva").
func TestAuthorProbe61ItalianDa(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"it", `<span class="author">Da Mario Rossi</span>`, "Mario Rossi"},
		{"it", `<span class="author">da Giulia Bianchi</span>`, "Giulia Bianchi"},
		{"pt", `<span class="author">Da Silva</span>`, "Da Silva"},
		{"pt", `<span class="author">João da Silva</span>`, "João da Silva"},
	})
}

// probe61Forum is a Simple Machines Forum thread: each post's poster in a
// "poster" block before the post's subject, linked to a profile that the
// forum addresses in its query ("index.php?action=profile;u=123"), then
// replies of the same shape.
func probe61Forum(op string, replies int) string {
	story := strings.Repeat("The city's water works will replace the main under Station Street from Monday, and buses will be diverted along the ring road for three weeks. ", 2)
	post := func(n int, who, subject, body string) string {
		return `<div class="windowbg"><div class="post_wrapper"><div class="poster"><h4><a href="/index.php?action=profile;u=` + who + `" title="View the profile of ` + who + `">` + who + `</a></h4><ul class="reset smalltext"><li class="membergroup">Newbie</li><li class="postcount">Posts: 12</li></ul></div>
<div class="postarea"><div class="flow_hidden"><div class="keyinfo"><h5><a href="/index.php?topic=55.msg10` + string(rune('0'+n)) + `" rel="nofollow">` + subject + `</a></h5><div class="smalltext">&#171; <strong> on:</strong> May 06, 2024, 09:00:00 AM &#187;</div></div></div>
<div class="post"><div class="inner">` + body + `</div></div></div></div></div>`
	}
	posts := post(1, op, "Water main on Station Street to be replaced", story+"<br><br>"+story+"<br><br>"+story)
	for i := range replies {
		posts += post(i+2, "MaryJones", "Re: Water main on Station Street to be replaced", "Thanks for the heads-up, I take that bus every morning.")
	}
	return `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Water main on Station Street to be replaced</title><meta property="og:title" content="Water main on Station Street to be replaced"></head><body>
<div id="header"><h1 class="forumtitle"><a href="/index.php">Town Forum</a></h1></div><div id="content_section"><div class="navigate_section"><ul><li><a href="/index.php">Town Forum</a> &#187;</li><li><a href="/index.php?board=2.0">General Discussion</a></li></ul></div>
<div id="forumposts"><div class="cat_bar"><h3 class="catbg">Author Topic: Water main on Station Street to be replaced (Read 312 times)</h3></div><form action="/index.php?action=quickmod2;topic=55.0" method="post">` + posts + `</form></div></div></body></html>`
}

// A forum thread's author is its first post's poster, linked to the
// member's profile (memberLink) with no author class on the link or
// around it, as Simple Machines Forum sets it: the handle as the forum
// shows it, capitals and figures and all; a reply's poster never, nor a
// first slot that names no one ("Guest").
func TestAuthorProbe61ForumMemberLink(t *testing.T) {
	for _, c := range []struct {
		op      string
		replies int
		want    string
	}{
		{"JohnSmith", 0, "JohnSmith"},
		{"JohnSmith", 2, "JohnSmith"},
		{"OldRider72", 2, "OldRider72"},
		{"jsmith12345", 2, "jsmith12345"},
		{"Guest", 2, ""},
	} {
		a, err := Extract([]byte(probe61Forum(c.op, c.replies)), "https://forum.example/index.php?topic=55.0", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("SMF thread by %s with %d replies: Authors = %q from %q, want %q", c.op, c.replies, got, a.Provenance["authors"], c.want)
		}
	}
}

// TestMemberProfileLink: a link to one member's profile in the query of
// a forum's script, not the members' list nor another action.
func TestMemberProfileLink(t *testing.T) {
	for href, want := range map[string]bool{
		"/index.php?action=profile;u=123":       true,
		"member.php?action=profile&uid=1":       true,
		"./memberlist.php?mode=viewprofile&u=2": true,
		"/index.php?action=Profile;u=5":         true,
		"memberlist.php":                        false,
		"/index.php?action=profile":             false,
		"/index.php?topic=55.0":                 false,
		"/profile/jane-doe/":                    false,
		"":                                      false,
	} {
		a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A, Attr: []html.Attribute{{Key: "href", Val: href}}}
		if got := memberProfileLink(a); got != want {
			t.Errorf("memberProfileLink(%q) = %v, want %v", href, got, want)
		}
	}
}
