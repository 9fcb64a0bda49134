package extractor

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// probe51Paras are the story's plain paragraphs, around the one under test.
var probe51Paras = []string{
	"The magazine also sent out the cover it would have run had the other candidate won, and it is a strange thing to look at now that the count is over.",
	"For no reason other than that I have not had much sleep, I put the two covers side by side for readers who want to compare them at a glance.",
	"Last summer another weekly aged a photo of a famous face to guess what she might look like at fifty, and readers mocked it for a week afterwards.",
	"The weekly's cover last month linked the storm to a warming climate, which was bold too, but nobody lampooned it the way the other magazine was lampooned.",
	"Its editors say the covers are drawn up days ahead of any result, so that the printers can start the run as soon as the winner is known that night.",
	"Readers wrote in by the hundreds, most of them amused, a few of them cross that the unused cover had been shown at all, and the editors printed both sides.",
}

// probe51Page is a story page of the given layout: its body holds lead,
// then probe51Paras, and a rail of other stories follows.
func probe51Page(open, lead, close string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Weekly covers an aged president | Harbour Notes</title></head><body>
<header class="site-header"><a href="/">Harbour Notes</a><nav><a href="/news/">News</a> <a href="/media/">Media</a> <a href="/about/">About</a></nav></header>
<main id="content"><article class="post">
<h1 class="entry-title">Weekly covers an aged president</h1>
<p class="article-meta">by <a href="/author/jroe/">Jane Roe</a> Published Nov. 7, 2012</p>
`)
	b.WriteString(open)
	b.WriteString(lead)
	for _, p := range probe51Paras {
		b.WriteString("\n<p>" + p + "</p>")
	}
	b.WriteString(close)
	b.WriteString(`
</article></main>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a/">Harbour bridge reopens after repairs</a></li><li><a href="/b/">Ferry timetable changes for winter</a></li></ul></aside>
<footer>© 2012 Harbour Notes</footer></body></html>`)
	return b.String()
}

// A paragraph whose lines are split by a blank line (<br><br>) is two
// paragraphs, not a box: a linked source or kicker line over the text, and
// a text quoting a linked page, keep their paragraph in the body however
// much of it is link text (splitBrParagraph). Readability renamed such a
// paragraph a <div> and its link-density cut dropped it whole.
func TestBodyProbe51BlankLineParagraph(t *testing.T) {
	const want = "will feature a photo illustration of the president's face weathered by time and worry"
	const quote = `<a href="https://weekly.example/articles/2012-11-07/cover-marks-reelection">no matter how successful he is, the hardest job in the world will take its toll</a>`
	pages := map[string]string{
		// A WordPress theme: the source in bold italics, a blank line, the
		// text, the "more" mark and the cover under it.
		"wordpress-source-line": probe51Page(`<div class="article-content">`,
			`<p><em><strong><a href="https://weekly.example/articles/2012-11-07/cover">Harbour Weekly</a></strong></em><br />
<br />
The next issue of the weekly `+want+`: &#8220;`+quote+`,&#8221; a blog post explaining the cover says.
<span id="more-194630"></span><br />
<a href="/wp-content/uploads/2012/11/cover-old.jpg"><img class="alignleft size-full" src="/wp-content/uploads/2012/11/cover-old.jpg" alt="" width="450" /></a></p>`,
			"\n</div>"),
		// A Drupal body field: a linked "Via" line, a blank line, the text.
		"drupal-via-line": probe51Page(`<div class="field field-name-body"><div class="field-items"><div class="field-item even" property="content:encoded">`,
			`<p>Via <a href="https://weekly.example/">Harbour Weekly</a><br><br>The next issue `+want+`, under the line &#8220;`+quote+`&#8221;, and the cover is on stands today.</p>`,
			"\n</div></div></div>"),
		// A hand-written blog post: the lines of one paragraph, a blank line
		// between the kicker and the text.
		"blog-kicker-line": probe51Page(`<div class="post-body entry-content">`,
			`<p><b><a href="/search/label/covers">Covers</a></b><br/>
<br/>Next week's issue `+want+`. Its editors wrote that &#8220;`+quote+`&#8221;.</p>`,
			"\n</div>"),
	}
	for name, page := range pages {
		a, err := Extract([]byte(page), "https://harbournotes.example/2012/11/07/weekly-covers/", Options{})
		if err != nil {
			t.Fatalf("Extract(%s): %v", name, err)
		}
		if !strings.Contains(a.Text, want) {
			t.Errorf("Extract(%s).Text lacks the paragraph %.40q…:\n%s", name, want, a.Text)
		}
		for _, p := range probe51Paras {
			if !strings.Contains(a.Text, p) {
				t.Errorf("Extract(%s).Text lacks %.40q…", name, p)
			}
		}
		if strings.Contains(a.Text, "Ferry timetable") || strings.Contains(a.Text, "Most read") {
			t.Errorf("Extract(%s).Text holds the sidebar:\n%s", name, a.Text)
		}
	}
}

// A paragraph's single <br> is a line break inside it, not a paragraph's
// end: an address or a poem's lines stay one paragraph.
func TestBodyProbe51SingleBreakStays(t *testing.T) {
	page := probe51Page(`<div class="entry-content">`,
		`<p>Harbour Notes<br>12 Quay Street<br>Port Town</p>`, "\n</div>")
	a, err := Extract([]byte(page), "https://harbournotes.example/2012/11/07/weekly-covers/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "Harbour Notes\n12 Quay Street\nPort Town") {
		t.Errorf("Extract(blog-address).Text splits the address:\n%s", a.Text)
	}
}

// TestSplitBrParagraph checks the pieces splitBrParagraph makes of the
// shapes a linked paragraph's blank lines take: runs at either end, runs of
// three and white space between the <br>s; a paragraph little linked stays
// whole.
func TestSplitBrParagraph(t *testing.T) {
	cases := map[string]string{
		`<p class="x"><a href="/">A</a><br><br>Bbb</p>`:                                                   `<p class="x"><a href="/">A</a></p><p>Bbb</p>`,
		`<p>A<br> <br>  <br><a href="/">B</a><br><br>C</p>`:                                               `<p>A</p><p><a href="/">B</a></p><p>C</p>`,
		`<p><br><br><a href="/">A</a> bc<br><br></p>`:                                                     `<p><a href="/">A</a> bc</p>`,
		`<p><a href="/">A</a><br>B</p>`:                                                                   `<p><a href="/">A</a><br/>B</p>`,
		`<p><b><a href="/">A</a></b><br><br><i>B</i><br>C</p>`:                                            `<p><b><a href="/">A</a></b></p><p><i>B</i><br/>C</p>`,
		`<p><a href="/">A</a><span><br><br></span>B</p>`:                                                  `<p><a href="/">A</a><span><br/><br/></span>B</p>`,
		`<p>Lines of a poem<br><br>stay <a href="/">one</a> paragraph<br><br>when little of it links</p>`: `<p>Lines of a poem<br/><br/>stay <a href="/">one</a> paragraph<br/><br/>when little of it links</p>`,
	}
	for src, want := range cases {
		doc, err := html.Parse(strings.NewReader("<body>" + src + "</body>"))
		if err != nil {
			t.Fatal(err)
		}
		body := findFirst(doc, byTag(atom.Body))
		splitBrParagraph(findFirst(body, byTag(atom.P)))
		var b strings.Builder
		for c := body.FirstChild; c != nil; c = c.NextSibling {
			_ = html.Render(&b, c)
		}
		if got := strings.ReplaceAll(b.String(), " ", ""); got != strings.ReplaceAll(want, " ", "") {
			t.Errorf("splitBrParagraph(%s) = %s, want %s", src, b.String(), want)
		}
	}
}

// A blog's list of links written as one paragraph of lines, a blank line
// under its heading, at the foot of the post's column, is not split into
// paragraphs the body keeps: it is mostly links.
func TestBodyProbe51BlogrollParagraph(t *testing.T) {
	var roll strings.Builder
	for _, n := range []string{"The Agonist", "Alas, a Blog", "Arts and Letters Daily", "Bag and Baggage", "Body and Soul", "Capitol Hill Blue", "Crooked Timber", "Daily Howler", "Marginal Revolution", "Opinio Juris", "Political Wire", "The Volokh Conspiracy"} {
		roll.WriteString(`<a href="https://blogs.example/` + strings.ReplaceAll(n, " ", "") + `">` + n + "</a><br>\n")
	}
	page := probe51Page(`<div class="post-body entry-content">`, `<p>`+probe51Paras[0]+`</p>`,
		"\n<p>Just A Few Blogs<br><br>\n"+roll.String()+"<br>Your Choice of Feeds<br><br>1. <a href=\"/feeds/posts/default\">XML</a></p></div>")
	a, err := Extract([]byte(page), "https://harbournotes.example/2012/11/07/weekly-covers/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Crooked Timber") || strings.Contains(a.Text, "Just A Few Blogs") {
		t.Errorf("Extract(blogroll).Text holds the blogroll:\n%s", a.Text)
	}
	if !strings.Contains(a.Text, probe51Paras[2]) {
		t.Errorf("Extract(blogroll).Text lacks %.40q…", probe51Paras[2])
	}
}
