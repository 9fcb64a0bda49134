package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// The date line just below the headline counts even when the template
// wraps it in a block named as furniture (a page builder's widget, a
// block named after the section); a furniture block further down does
// not give its date.
func TestDateInFurnitureBesideTheHeadline(t *testing.T) {
	for _, c := range []struct{ name, line string }{
		{"widget", `<div class="elementor-widget elementor-widget-post-info"><ul><li><span>On</span> <time>8 Oct 2022</time></li><li><a href="/c/news">News</a></li></ul></div>`},
		{"named after the section", `<div class="newsletter-details-wrapper"><p>October 8, 2022</p><p>|</p><div>This newsletter is sponsored by a sponsor</div></div>`},
		{"label alone above", `<div class="sidebar"><h4>Published</h4><div>October 8, 2022</div></div>`},
	} {
		page := withByline(pageWithBlocks("", 4, ""), c.line)
		if a := extractPage(t, page); published(a) != "2022-10-08" || a.Provenance["published_date"] == "" {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want 2022-10-08", c.name, published(a), a.Provenance["published_date"])
		}
	}
	// Labelled as the update: an update, not a publication.
	page := withByline(pageWithBlocks("", 4, ""), `<div class="sidebar"><h4>Updated</h4><div>October 8, 2022</div></div>`)
	if a := extractPage(t, page); published(a) != "" || modified(a) != "2022-10-08" {
		t.Errorf("labelled update: Extract = published %q, modified %q, want none and 2022-10-08", published(a), modified(a))
	}
	// Below several blocks of the story, a sidebar's dates are other pages'.
	far := strings.Replace(pageWithBlocks("", 6, ""), "Paragraph 4", `<div class="sidebar"><time>8 Oct 2022</time></div>Paragraph 4`, 1)
	if a := extractPage(t, far); published(a) != "" {
		t.Errorf("sidebar down the page: Extract.PublishedDate = %q, want none", published(a))
	}
}

// A date read from furniture beside the headline does not overrule the
// structured publication date when the structured data calls that day the
// update: page builders' post-info widgets show the last edit.
func TestFurnitureDateOnTheUpdateDay(t *testing.T) {
	meta := `<meta property="article:published_time" content="2025-11-17T12:53:27Z"><meta property="article:modified_time" content="2025-11-20T07:36:34Z">`
	line := `<div class="elementor-widget elementor-widget-post-info"><ul><li><time>November 20, 2025</time></li></ul></div>`
	a := extractPage(t, withHead(withByline(pageWithBlocks("", 4, ""), line), meta))
	if published(a) != "2025-11-17T12:53:27Z" {
		t.Errorf("Extract.PublishedAt = %q from %q, want the structured 2025-11-17T12:53:27Z", published(a), a.Provenance["published_date"])
	}
	// Agreement: the shown day is one of the structured statements.
	meta = `<meta property="article:published_time" content="2022-10-24T12:40:59Z">`
	line = `<div class="elementor-widget elementor-widget-post-info" itemprop="datePublished" content="2022-10-08"><ul><li><time>8 Oct 2022</time></li></ul></div>`
	if a := extractPage(t, withHead(withByline(pageWithBlocks("", 4, ""), line), meta)); published(a) != "2022-10-08" {
		t.Errorf("agreeing sources: Extract.PublishedDate = %q from %q, want 2022-10-08", published(a), a.Provenance["published_date"])
	}
}

// A dateline set in an inline element the page calls a date, at the top of
// a long block, is the page's date; an inline date without such a class
// inside the prose is not.
func TestInlineDateInALongBlock(t *testing.T) {
	prose := strings.Repeat("The story goes on in the article's own words, sentence after sentence. ", 5)
	page := withByline(pageWithBlocks("", 0, ""), `<div class="content"><em class="date">Dienstag, 2. November 2021</em><h2>Ein Untertitel</h2>`+prose+`</div>`)
	if a := extractPage(t, page); published(a) != "2021-11-02" {
		t.Errorf("Extract.PublishedDate = %q, want 2021-11-02 from <em class=date>", published(a))
	}
	page = withByline(pageWithBlocks("", 0, ""), `<div class="content">`+prose+`On <em>2 November 2021</em> the council met. `+prose+`</div>`)
	if a := extractPage(t, page); published(a) != "" {
		t.Errorf("Extract.PublishedDate = %q, want none from a date inside the prose", published(a))
	}
}

// A spaced double slash separates the fields of a byline line as "|" does.
func TestDateBeforeADoubleSlash(t *testing.T) {
	page := withByline(pageWithBlocks("", 3, ""), `<p class="subline">21. Jan 2022 // Dominik Ricker</p>`)
	if a := extractPage(t, page); published(a) != "2022-01-21" {
		t.Errorf("Extract.PublishedDate = %q, want 2022-01-21", published(a))
	}
}

// Furniture by its tag, its role or because it is hidden is not read for
// dates, however near the headline.
func TestNoDateFromHiddenFurniture(t *testing.T) {
	for _, line := range []string{
		`<div class="widget" hidden><p>October 8, 2022</p></div>`,
		`<div class="widget" aria-hidden="true"><p>October 8, 2022</p></div>`,
		`<div class="widget" style="display: none"><p>October 8, 2022</p></div>`,
		`<div class="widget" role="complementary"><p>October 8, 2022</p></div>`,
		`<nav><p>October 8, 2022</p></nav>`,
	} {
		if a := extractPage(t, withByline(pageWithBlocks("", 4, ""), line)); published(a) != "" {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want none", line, published(a), a.Provenance["published_date"])
		}
	}
}

// The date in an element the page calls its author or byline, after the
// name ("<div class=author><a>Name</a>, 21. Jan. 2015 <div class=rating>…"),
// is the byline's date.
func TestDateInTheAuthorElement(t *testing.T) {
	line := `<div class="author"><a href="/autoren/georg-quaas/">Georg Quaas</a>, 21. Jan. 2015 <div class="article-rating">3.17 of 5, 12 votes</div></div>`
	if a := extractPage(t, withByline(pageWithBlocks("", 4, ""), line)); published(a) != "2015-01-21" {
		t.Errorf("Extract.PublishedDate = %q (%s), want 2015-01-21", published(a), a.Provenance["published_date"])
	}
}

// A labelled update in an inline date element of a byline stays an update:
// it does not overrule the structured publication.
func TestLabelledInlineDateKeepsItsLabel(t *testing.T) {
	meta := `<meta property="article:published_time" content="2024-10-15T18:50:03Z"><meta property="article:modified_time" content="2025-06-18T16:35:02Z">`
	line := `<div class="Byline-wrapper">By <a class="author-name" href="/author/mz">Mirel Zaman</a><time datetime="2025-06-18T16:35:02Z" class="Byline-ArticleDate">Updated on June 18, 2025 at 12:35 PM</time><span>Some words to make the byline long</span></div>`
	a := extractPage(t, withHead(withByline(pageWithBlocks("", 4, ""), line), meta))
	if published(a) != "2024-10-15T18:50:03Z" {
		t.Errorf("Extract.PublishedAt = %q (%s), want the structured 2024-10-15T18:50:03Z", published(a), a.Provenance["published_date"])
	}
}

// A source line's date after the source's name is the page's dateline; a
// sentence after the label that mentions a date is not.
func TestDateInTheSourceLine(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"<p>来源：人民网 2024年03月05日</p>", "2024-03-05"},
		{"<p>来源：人民网 2024-03-05 10:30</p>", "2024-03-05"},
		{"<p>Source: Reuters, 5 March 2024</p>", "2024-03-05"},
		{"<p>Source: a report the ministry of transport sent to parliament on 5 March 2024</p>", ""},
	} {
		a := extractAt(t, withByline(pageWithBlocks("", 4, ""), c.line), "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.want) {
			t.Errorf("%s: Extract.PublishedDate = %q (%s), want %q", c.line, published(a), a.Provenance["published_date"], c.want)
		}
	}
}

// A forum's "Registriert: 18.09.2008" beside a post is when its author
// joined, not a date of the page: the post's own date is taken.
func TestMemberSinceIsNoPageDate(t *testing.T) {
	for _, line := range []string{"<p>Registriert: 18.09.2008, 05:56</p>", "<p>Joined: September 18, 2008</p>", "<p>Member since: 18 September 2008</p>"} {
		page := withByline(pageWithBlocks("", 4, ""), `<p>Beiträge: 1626</p>`+line+`<p>» 21.01.2009, 05:42</p>`)
		if a := extractPage(t, page); published(a) != "2009-01-21" {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want the post's 2009-01-21", line, published(a), a.Provenance["published_date"])
		}
	}
}

// A line that sets a date beside its labelled update on another day dates
// the first publication, wherever it is: "December 3, 2025. Updated:
// December 7, 2025" at the end of the article.
func TestDateBesideTheUpdateIsThePublication(t *testing.T) {
	for _, line := range []string{
		`<p class="date">December 3, 2025. <i>Updated: December 7, 2025</i></p>`,
		`<div class="date-and-credit"><p>Interview by Jane Doe</p><p>December 3, 2025. <i>Updated: December 7, 2025</i></p></div>`,
	} {
		page := pageWithBlocks("", 70, line)
		if a := extractPage(t, page); published(a) != "2025-12-03" || modified(a) != "2025-12-07" {
			t.Errorf("%s: Extract = published %q modified %q, want 2025-12-03 and 2025-12-07", line, published(a), modified(a))
		}
	}
}

// Furniture named as the post's own ("single-post-sidebar", "entry-footer")
// holds the post's date line wherever it is; furniture of another name
// further down does not give its dates.
func TestDateInThePostsOwnFurniture(t *testing.T) {
	meta := `<div class="single-post-sidebar"><div class="single-post-meta"><h4>Published</h4><div class="single-post-date">July 8, 2025</div></div><div class="single-post-meta"><h4>Category</h4><div>Data and analytics, research, awards</div></div></div>`
	page := strings.Replace(pageWithBlocks("", 8, ""), "<p>Paragraph 5", meta+"<p>Paragraph 5", 1)
	if a := extractPage(t, page); published(a) != "2025-07-08" {
		t.Errorf("Extract.PublishedDate = %q, want 2025-07-08 from the post's sidebar", published(a))
	}
	other := strings.ReplaceAll(meta, "single-post-", "widget-")
	page = strings.Replace(pageWithBlocks("", 8, ""), "<p>Paragraph 5", other+"<p>Paragraph 5", 1)
	if a := extractPage(t, page); published(a) != "" {
		t.Errorf("Extract.PublishedDate = %q from another sidebar, want none", published(a))
	}
}

// The note a blog template sets in the post's own footer, longer than a
// date line, dates the post: "This entry was posted on …", "Dieser Artikel
// wurde am …". A sentence there that only mentions a date does not.
func TestEntryNoteInThePostsFooter(t *testing.T) {
	for _, note := range []string{
		`This entry was posted on Monday, March 3rd, 2014 at 10:00 am and is filed under <a href="/c/news">News</a>, <a href="/t/local">Local</a>. <a href="#respond">Leave a response</a>`,
		`Dieser Artikel wurde am 3. März 2014 um 10:00 von <a href="/author/heiner">Heiner</a> geschrieben und unter dem Stichwort <a href="/tag/arduino">Arduino</a> in die Kategorie <a href="/category/arduino">Arduino</a> eingeordnet. <a href="#comments">Es gibt schon 9 Kommentare, wie ist deine Meinung zu diesem Thema?</a>`,
	} {
		page := pageWithBlocks("", 70, `<div class="post-footer">`+note+`</div>`)
		if a := extractPage(t, page); published(a) != "2014-03-03" {
			t.Errorf("%.30s: Extract.PublishedDate = %q, want 2014-03-03 from the post's footer", note, published(a))
		}
	}
	page := pageWithBlocks("", 70, `<div class="post-footer">We wrote about it on March 3, 2014 under <a href="/c/news">News</a>, <a href="/t/local">Local</a>. <a href="#respond">Leave a response</a></div>`)
	if a := extractPage(t, page); published(a) != "" {
		t.Errorf("Extract.PublishedDate = %q from a sentence in the footer, want none", published(a))
	}
}

// A wire story's dateline names the agency in brackets after the date:
// the credit is no part of the date.
func TestWireDatelineWithCredit(t *testing.T) {
	lead := `<p>WASHINGTON, March 3, 2024 (Reuters) - The president said on Sunday that the talks would go on for another week.</p>`
	a := extractAt(t, withByline(pageWithBlocks("", 4, ""), lead), "https://news.example/story", Options{})
	if !hasDayPrefix(published(a), "2024-03-03") {
		t.Errorf("Extract.PublishedAt = %q, want 2024-03-03", published(a))
	}
}

// German public-sector pages set "Stand - 12.11.2021<br/>(Unverändert
// gültig seit: 05.11.2021)" beside the headline: the date before the
// bracketed note is the page's, over a teaser's date further down. "Stand"
// ("as of") is read as the page's date, as it is in a <div> or alone.
func TestDateBeforeBracketedNote(t *testing.T) {
	teaser := `<div class="teasers"><a href="/x"><span class="teaser__subline"><em class="teaser__subline-pubdate">04.11.2021</em> <em>Artikel</em></span><h3>Anderes Thema</h3></a></div>`
	for _, tag := range []string{"span", "div"} {
		head := `<h1>Italien: Reise- und Sicherheitshinweise</h1><` + tag + ` class="heading__meta">Stand - 12.11.2021<br/> (Unverändert gültig seit: 05.11.2021)</` + tag + `>`
		page := `<html><head><title>Italien: Reise- und Sicherheitshinweise</title></head><body><main>` + head +
			strings.Repeat("<p>Absatz der Meldung, lang genug, um als Text des Artikels zu gelten, mit vielen Worten darin.</p>", 10) +
			`</main>` + teaser + `</body></html>`
		if got := published(extractPage(t, page)); !strings.HasPrefix(got, "2021-11-12") {
			t.Errorf("in a %s: PublishedDate = %q, want 2021-11-12", tag, got)
		}
	}
}

// A byline or an author label whose value ends with the date gives that
// date, after a comma, a bar, a slash or a dash, in any language, a
// two-digit year included: "Autor: Hans Müller, 08.05.2012", "von <a
// class=author>Klaus-Peter Schöppner</a>, 8.5.12". A number that is no
// date after the name dates nothing.
func TestCreditTailDate(t *testing.T) {
	for _, c := range []struct{ lang, byline, want, author string }{
		{"de", "<p>Autor: Hans Müller, 08.05.2012</p>", "2012-05-08", "Hans Müller"},
		{"de", "<p>Autor: Hans Müller | 8. Mai 2012</p>", "2012-05-08", "Hans Müller"},
		{"de", "<p>Autor: Hans-Peter Müller, 08.05.12, 14:30 Uhr</p>", "2012-05-08", "Hans-Peter Müller"},
		{"fr", "<p>Auteur : Jean Dupont, 8 mai 2012</p>", "2012-05-08", "Jean Dupont"},
		{"es", "<p>Autor: Juan Pérez - 8 de mayo de 2012</p>", "2012-05-08", "Juan Pérez"},
		{"it", "<p>Autore: Mario Rossi - 8 maggio 2012</p>", "2012-05-08", "Mario Rossi"},
		{"en", "<p>Author: Jane Roe-Smith / 05/08/2012</p>", "2012-05-08", "Jane Roe-Smith"},
		{"de", "<p>Von Hans Müller, 8.5.12</p>", "2012-05-08", "Hans Müller"},
		{"de", "<p>Von Hans Müller | 08.05.12</p>", "2012-05-08", "Hans Müller"},
		{"fr", "<p>Par Jean Dupont, 08/05/12</p>", "2012-05-08", "Jean Dupont"},
		{"de", `<p class="byline">von <a href="/autor/ks" class="author url fn" rel="author">Klaus-Peter Schöppner</a>, 8.5.12</p>`, "2012-05-08", "Klaus-Peter Schöppner"},
		{"en", `<div class="meta">by <a href="/author/jr" rel="author">Jane Roe</a>, 5/8/12</div>`, "2012-05-08", "Jane Roe"},
		{"de", "<p>Autor: Hans Müller, Seite 12</p>", "", "Hans Müller"},
	} {
		page := strings.Replace(withByline(pageWithBlocks("", 4, ""), c.byline), "<html>", `<html lang="`+c.lang+`">`, 1)
		a := extractAt(t, page, "https://news.example/story", Options{})
		if !hasDayPrefix(published(a), c.want) || strings.Join(a.Authors, ", ") != c.author {
			t.Errorf("%s %s: Extract = published %q, authors %q; want %q, %q", c.lang, c.byline, published(a), a.Authors, c.want, c.author)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"8.5.12", "08.05.12"}, {"8.05.12 14:30", "08.05.12 14:30"}, {"08.05.12", "08.05.12"}, {"8.5.2012", "8.5.2012"}, {"Seite 8.5.12", "Seite 8.5.12"},
	} {
		if got := padShortYear(c.in); got != c.want {
			t.Errorf("padShortYear(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// An <article>'s own <footer> whose text stands in it directly is a block
// of its own, read wherever it stands: WordPress themes close a post with
// "<footer class=entry-meta>Posted on May 8, 2012 by Anna</footer>", below
// any length of text, above a related-posts list with dates of its own.
func TestArticleFooterNote(t *testing.T) {
	var body strings.Builder
	for i := range 12 {
		fmt.Fprintf(&body, "<p>Paragraph %d of the post, long enough to be body text for the reader, and a little more.</p>", i)
	}
	related := `<div class="related"><h3>Related</h3><ul><li><a href="/x">Another post</a> <span>07.04.2012</span></li><li><a href="/y">A third post</a> <span>03.03.2012</span></li></ul></div>`
	for _, c := range []struct{ lang, note string }{
		{"en", "Posted on May 8, 2012 by Anna"},
		{"en", "This entry was posted in News on May 8, 2012 by Anna."},
		{"de", "Dieser Eintrag wurde veröffentlicht am 8. Mai 2012 von Anna."},
		{"de", "Veröffentlicht am 8. Mai 2012 von Anna in News. 3 Kommentare"},
		{"fr", "Publié le 8 mai 2012 par Anna"},
	} {
		page := `<html lang="` + c.lang + `"><head><title>A day by the sea | My blog</title></head><body><header><p class="site-title">My blog</p></header><article><h1 class="entry-title">A day by the sea</h1><div class="entry-content">` +
			body.String() + `</div><footer class="entry-meta">` + c.note + `</footer></article>` + related + `</body></html>`
		a := extractAt(t, page, "https://blog.example/a-day-by-the-sea", Options{})
		if !hasDayPrefix(published(a), "2012-05-08") {
			t.Errorf("%s %q: Extract.PublishedAt = %q, want 2012-05-08", c.lang, c.note, published(a))
		}
	}
	// A comment's footer is no post's.
	comments := `<div id="comments" class="comments-area"><ol class="comment-list"><li><article class="comment-body"><footer class="comment-meta">Anna says: May 9, 2012 at 10:00</footer><div class="comment-content"><p>Nice post!</p></div></article></li></ol></div>`
	page := `<html lang="en"><head><title>A day by the sea | My blog</title></head><body><article><h1 class="entry-title">A day by the sea</h1><div class="entry-content">` + body.String() + `</div>` + comments + `</article></body></html>`
	if a := extractAt(t, page, "https://blog.example/a-day-by-the-sea", Options{}); published(a) != "" {
		t.Errorf("a comment's footer: Extract.PublishedAt = %q, want none", published(a))
	}
}

// A list whose items each link a page beside its date is a list of other
// pages (latest news, a column's index), however short its headlines,
// whether each item's date is an element of its own, its text after the
// link, or a cell of a table row; templates set such a list beside the
// article and, in the markup, before its headline. None of its dates is
// the article's: the date line under the headline is, and without one the
// page has no date.
func TestTeaserListDates(t *testing.T) {
	en := strings.Repeat("<p>The council approved the new harbour plan on Tuesday after a long debate about costs, traffic and the future of the old fish market.</p>\n", 6)
	enPage := func(list, info string) string {
		return `<html><head><title>Harbour plan approved - Town News</title></head><body><div class="nav"><a href="/">Home</a></div>` +
			`<div class="col-left">` + list + `</div><div class="main"><h1>Harbour plan approved</h1>` + info + `<div class="article">` + en + `</div></div></body></html>`
	}
	zhPage := func(list, info string) string {
		return strings.Replace(zhPortal("", info, "", "", ""), `<div class="main">`, `<div class="left">`+list+`</div><div class="main">`, 1)
	}
	for _, c := range []struct {
		name       string
		page       func(list, info string) string
		list, info string
		want       string
	}{
		{"dates in elements of their own", enPage, `<ul><li><a href="/a">Bus routes</a><span>May 19, 2024</span></li><li><a href="/b">Road works</a><span>May 18, 2024</span></li></ul>`, `<div class="date">May 16, 2024</div>`, "2024-05-16"},
		{"dates after the links", enPage, `<ul><li><a href="/a">Bus routes</a> 19/05/2024</li><li><a href="/b">Road works</a> 18/05/2024</li></ul>`, `<div class="date">May 16, 2024</div>`, "2024-05-16"},
		{"dates in table cells", enPage, `<table><tr><td><a href="/a">Bus routes</a></td><td>2024-05-19</td></tr><tr><td><a href="/b">Road works</a></td><td>2024-05-18</td></tr></table>`, `<div class="date">May 16, 2024</div>`, "2024-05-16"},
		{"no date of the article's own", enPage, `<ul><li><a href="/a">Bus routes</a><span>May 19, 2024</span></li><li><a href="/b">Road works</a><span>May 18, 2024</span></li></ul>`, "", ""},
		{"short Chinese headlines", zhPage, `<ul><li><a href="/a.html">公交优化</a><span>2024-05-19</span></li><li><a href="/b.html">城区改造</a><span>2024-05-18</span></li></ul>`, `<div class="info">2024-05-16 10:21 来源：江城日报</div>`, "2024-05-16"},
		{"short Chinese headlines, the list read as a line", zhPage, `<ul><li><a href="/a.html">公交优化</a><span>2024-05-19</span></li><li><a href="/b.html">城区改造</a><span>2024-05-18</span></li></ul>`, "", ""},
		{"short Chinese headlines in table rows", zhPage, `<table><tr><td><a href="/a.html">公交优化</a></td><td>2024-05-19</td></tr><tr><td><a href="/b.html">城区改造</a></td><td>2024-05-18</td></tr></table>`, `<div class="info">2024-05-16 10:21 来源：江城日报</div>`, "2024-05-16"},
		// One dated item is no list of others: "<li><a>Jane Doe</a></li>
		// <li>May 16, 2024</li>" is the article's meta line.
		{"a meta line in list items", enPage, "", `<ul class="meta"><li><a href="/author/jane">Jane Doe</a></li><li>May 16, 2024</li></ul>`, "2024-05-16"},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := zhExtract(t, c.page(c.list, c.info), "https://news.example/harbour-plan")
			if a.PublishedDate != c.want {
				t.Errorf("published %q, want %q", a.PublishedDate, c.want)
			}
		})
	}
}

// A card set as one link (headline and date inside the <a>) dates the page
// it leads to: under an article whose own visible date the scan misses, it
// does not overrule the structured publication date. A link on the date
// alone (a permalink) is the page's own date.
func TestDateInATeaserLink(t *testing.T) {
	meta := `<meta property="article:published_time" content="2019-11-19T09:44:09Z">`
	card := `<ul><li><a href="/news/another-story"><span>Another story the site would like you to read next</span><div class="date">22 August 2019</div></a></li></ul>`
	page := withHead(strings.Replace(pageWithBlocks("", 6, ""), "Paragraph 5", card+"Paragraph 5", 1), meta)
	if a := extractPage(t, page); published(a) != "2019-11-19T09:44:09Z" {
		t.Errorf("teaser link: Extract.PublishedAt = %q from %q, want the structured 2019-11-19T09:44:09Z", published(a), a.Provenance["published_date"])
	}
	// The same day on a <time> in the card.
	card = `<ul><li><a href="/news/another-story"><span>Another story the site would like you to read next</span><time datetime="2019-08-22T10:00:00Z">22 August</time></a></li></ul>`
	page = withHead(strings.Replace(pageWithBlocks("", 6, ""), "Paragraph 5", card+"Paragraph 5", 1), meta)
	if a := extractPage(t, page); published(a) != "2019-11-19T09:44:09Z" {
		t.Errorf("teaser link with <time>: Extract.PublishedAt = %q from %q, want the structured 2019-11-19T09:44:09Z", published(a), a.Provenance["published_date"])
	}
	// A permalink on the date alone.
	page = withByline(pageWithBlocks("", 4, ""), `<p class="posted"><a href="/2012/11/micromorts.html">November 8, 2012</a></p>`)
	if a := extractPage(t, page); published(a) != "2012-11-08" {
		t.Errorf("permalink: Extract.PublishedDate = %q, want 2012-11-08", published(a))
	}
}

// hAtom's "updated" stamp that a theme sets in the post's meta line,
// hidden by CSS, is the update: the line's other date is the publication,
// whichever template writes it. A meta line whose one date is classed
// "updated" keeps that date.
func TestHiddenUpdatedStampInTheMetaLine(t *testing.T) {
	for _, c := range []struct{ name, line, pub, mod string }{
		{"stamp first, date after (Avada)",
			`<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="/author/jane/" rel="author">Jane Doe</a></span></span><span class="updated rich-snippet-hidden">2022-12-07T10:10:52+01:00</span><span>25. Dezember 2022</span><span class="fusion-inline-sep">|</span></div></div>`,
			"2022-12-25", ""},
		{"stamp in a posted-on line",
			`<p class="entry-meta">Posted on <span class="updated" style="display:none">2024-06-02T09:00:00+00:00</span><span>May 28, 2024</span> by Jane Doe</p>`,
			"2024-05-28", "2024-06-02T09:00:00Z"},
		{"the line's one date",
			`<p class="meta">By Jane Doe · <span class="date updated">May 28, 2024</span></p>`,
			"2024-05-28", ""},
		{"the line's one date beside a year",
			`<p class="meta">By Jane Doe · <span class="date updated">May 28, 2024</span> · Filed under 2024 Elections</p>`,
			"2024-05-28", ""},
	} {
		a := extractPage(t, withByline(pageWithBlocks("", 4, ""), c.line))
		if published(a) != c.pub || modified(a) != c.mod {
			t.Errorf("%s: Extract = published %q, modified %q, want %q and %q", c.name, published(a), modified(a), c.pub, c.mod)
		}
	}
}
