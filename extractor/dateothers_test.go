package extractor

import (
	"strings"
	"testing"
	"time"
)

// postPage is a blog post or a news story: the site's header, before (a
// sidebar above the post), the headline, meta (the line under it), five
// paragraphs of text in lang, extra (the end of the post), after (what
// follows the post: comments, related posts) and the footer.
func postPage(lang, before, meta, extra, after string) string {
	p := map[string]string{
		"en": "The city council approved the new budget after a long debate about public transport, schools and the repair of several bridges across the river.",
		"nl": "De gemeenteraad heeft de nieuwe begroting goedgekeurd na een lang debat over het openbaar vervoer, de scholen en het herstel van enkele bruggen.",
		"fa": "شورای شهر بودجه جدید را پس از بحثی طولانی درباره حمل و نقل عمومی، مدارس و تعمیر چند پل روی رودخانه تصویب کرد.",
	}[lang]
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="` + lang + `"><head><meta charset="utf-8"><title>Budget approved - Example</title></head><body>
<header class="site-header"><a href="/">Example</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a></nav></header>
<div class="container">` + before + `<main><article class="post"><h1 class="entry-title">Budget approved</h1>` + meta + `<div class="entry-content">`)
	for range 5 {
		b.WriteString("<p>" + p + " " + p + "</p>\n")
	}
	b.WriteString(extra + `</div></article></main>` + after + `</div><footer class="site-footer"><p>© 2024 Example Media</p></footer></body></html>`)
	return b.String()
}

func extractPost(t *testing.T, page string) Article {
	t.Helper()
	a, err := Extract([]byte(page), "https://www.example.com/news/budget-approved", Options{FetchedAt: time.Date(2024, 6, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A post that shows no date of its own gets none from what others wrote
// below or beside it: a comment thread after a short body (the body's
// paragraphs take no position in the scan, so the thread stands as near
// the headline as a byline would), a related post's linked headline and
// its date, a sidebar's one <time>. With a date line under the headline
// the post keeps it. A related story's date (a headline of five words or
// more linked beside it in a list item) does not overrule the structured
// date either.
func TestNoDateFromOthers(t *testing.T) {
	comments := `<div id="comments" class="comments-area"><h2>One thought</h2><ol class="comment-list"><li><div class="comment-metadata"><a href="#c1"><time datetime="2024-05-31T09:00:00+00:00">May 31, 2024 at 9:00 am</time></a></div><p>Nice.</p></li></ol></div>`
	related := `<div class="related-posts"><h3>Related</h3><ul><li><a href="/r1">Council debates the schools budget again</a> <span>May 2, 2024</span></li></ul></div>`
	sidebar := `<aside class="widget"><h3>Latest</h3><ul><li><a href="/a">Bridge closed</a> <time datetime="2024-05-29">May 29, 2024</time></li></ul></aside>`
	for _, c := range []struct{ name, before, extra, after string }{
		{"a comment thread after the post", "", "", comments},
		{"a comment thread inside the article", "", comments, ""},
		{"a related post at the end of the text", "", related, ""},
		{"a sidebar's latest post above", sidebar, "", ""},
	} {
		if a := extractPost(t, postPage("en", c.before, "", c.extra, c.after)); a.PublishedDate != "" {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want none", c.name, a.PublishedDate, a.Provenance["published_date"])
		}
		if a := extractPost(t, postPage("en", c.before, `<p class="meta">March 12, 2024</p>`, c.extra, c.after)); a.PublishedDate != "2024-03-12" {
			t.Errorf("%s, dated post: Extract.PublishedDate = %q from %q, want 2024-03-12", c.name, a.PublishedDate, a.Provenance["published_date"])
		}
	}
	// A list item that links another story's headline beside its date,
	// with no name for the list: no date shown under the headline to
	// overrule the structured one.
	readMore := `<p><strong>Read more:</strong></p><ul><li><a href="/r1">Council debates the schools budget again</a> <span>May 2, 2024</span></li></ul>`
	page := strings.Replace(postPage("en", "", "", readMore, ""), "</head>", `<meta property="article:published_time" content="2024-03-12T10:00:00Z"></head>`, 1)
	if a := extractPost(t, page); a.PublishedDate != "2024-03-12" {
		t.Errorf("a read-more list: Extract.PublishedDate = %q from %q, want 2024-03-12", a.PublishedDate, a.Provenance["published_date"])
	}
}

// hAtom's classes on <time>: "entry-date published updated" on one
// element is a post never edited (the _s starter themes print it so), its
// publication; the themes' pair "entry-date published" and "updated" gives
// the publication and the update, the second hidden until the post is
// edited.
func TestHAtomTimeClasses(t *testing.T) {
	for _, c := range []struct{ name, meta, pub, mod string }{
		{"one element, both classes", `<time class="entry-date published updated" datetime="2024-03-12T10:00:00+00:00">March 12, 2024</time>`, "2024-03-12", ""},
		{"the pair in a posted-on line", `<div class="entry-meta"><span class="posted-on"><a href="/x" rel="bookmark"><time class="entry-date published" datetime="2024-03-12T10:00:00+00:00">March 12, 2024</time><time class="updated" datetime="2024-04-02T08:00:00+00:00">April 2, 2024</time></a></span></div>`, "2024-03-12", "2024-04-02"},
	} {
		a := extractPost(t, postPage("en", "", c.meta, "", ""))
		if a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("%s: Extract = published %q, modified %q, want %q, %q", c.name, a.PublishedDate, a.ModifiedDate, c.pub, c.mod)
		}
	}
}

// Dates in spans whose classes name their kinds, without <time> or labels:
// read whole, the line gave its first date as the publication, so that an
// update shown first became it and no update was known.
func TestClassedDateParts(t *testing.T) {
	for _, c := range []struct{ name, meta, pub, mod string }{
		{"update first", `<div class="meta"><span class="post-modified">April 2, 2024</span> <span class="post-published">March 12, 2024</span></div>`, "2024-03-12", "2024-04-02"},
		{"publication first, a bar between", `<div class="meta"><span class="date-published">March 12, 2024</span> | <span class="date-modified">April 2, 2024</span></div>`, "2024-03-12", "2024-04-02"},
		{"a date and its time", `<div class="meta"><span class="publish-date">March 12, 2024</span> <span class="publish-time">10:00</span></div>`, "2024-03-12", ""},
		{"two dates of no kind", `<div class="meta"><span class="a">March 12, 2024</span> <span class="b">April 2, 2024</span></div>`, "2024-03-12", ""},
	} {
		a := extractPost(t, postPage("en", "", c.meta, "", ""))
		if a.PublishedDate != c.pub || a.ModifiedDate != c.mod {
			t.Errorf("%s: Extract = published %q, modified %q, want %q, %q", c.name, a.PublishedDate, a.ModifiedDate, c.pub, c.mod)
		}
	}
}

// Update labels as news sites write them: Dutch "Laatste update:" beside
// the publication, Persian "به روز رسانی" with spaces for its zero-width
// non-joiners.
func TestUpdateLabelsAsWritten(t *testing.T) {
	for _, c := range []struct{ lang, meta string }{
		{"nl", "12-03-2024, 10:00 Laatste update: 02-04-2024, 08:00"},
		{"fa", "تاریخ انتشار: ۲۲ اسفند ۱۴۰۲ | آخرین به روز رسانی: ۱۴ فروردین ۱۴۰۳"},
	} {
		a := extractPost(t, postPage(c.lang, "", `<div class="meta">`+c.meta+`</div>`, "", ""))
		if a.PublishedDate != "2024-03-12" || a.ModifiedDate != "2024-04-02" {
			t.Errorf("%s: Extract = published %q, modified %q, want 2024-03-12, 2024-04-02", c.meta, a.PublishedDate, a.ModifiedDate)
		}
	}
	// The update alone: no known publication.
	a := extractPost(t, postPage("fa", "", `<div class="meta">آخرین به روز رسانی: ۱۴ فروردین ۱۴۰۳</div>`, "", ""))
	if a.PublishedDate != "" || a.ModifiedDate != "2024-04-02" {
		t.Errorf("the update alone: Extract = published %q, modified %q, want none, 2024-04-02", a.PublishedDate, a.ModifiedDate)
	}
}

// The heading of a comment section or of a block of other stories below
// the post's text ends what the post shows of itself, in templates that
// name those blocks in no way: the dates after it are the commenters' and
// the other stories', in any of the languages of news. A call to rate or
// share the post opens its buttons, not other stories.
func TestNoDateAfterOthersHeading(t *testing.T) {
	card := func(head, date string) string {
		return `<div><h4><a href="/other">Another story with a headline</a></h4><p>` + date + `</p></div>`
	}
	comment := func(head, date string) string {
		return `<div><div><strong>Joe</strong> | ` + date + `</div><p>Great read, thanks.</p></div>`
	}
	for _, c := range []struct {
		head, date string
		block      func(head, date string) string
	}{
		{"You may also like", "May 17, 2024", card},
		{"Noticias relacionadas", "17/05/2024", card},
		{"Recommended for you", "May 17, 2024", card},
		{"Más noticias", "17/05/2024", card},
		{"Altre notizie", "17/05/2024", card},
		{"Outras notícias", "17/05/2024", card},
		{"Autres articles", "17/05/2024", card},
		{"Dans la même rubrique", "17/05/2024", card},
		{"Другие новости", "17.05.2024", card},
		{"Berita Lainnya", "17/05/2024", card},
		{"Tin cùng chuyên mục", "17/05/2024", card},
		{"Alte știri", "17.05.2024", card},
		{"أخبار متعلقة", "17/05/2024", card},
		{"Das könnte Sie auch interessieren", "17.05.2024", card},
		{"Читайте также", "17.05.2024", card},
		{"2 Comments", "May 17, 2024 at 10:30 am", comment},
		{"Comentarios (2)", "17/05/2024 10:30", comment},
		{"Комментарии", "17.05.2024 10:30", comment},
		{"Yorumlar", "17.05.2024 10:30", comment},
		{"Reacties", "17-05-2024 10:30", comment},
	} {
		after := `<h3>` + c.head + `</h3>` + c.block(c.head, c.date) + c.block(c.head, c.date)
		if a := extractPost(t, postPage("en", "", "", "", after)); a.PublishedDate != "" {
			t.Errorf("%s: Extract.PublishedDate = %q from %q, want none", c.head, a.PublishedDate, a.Provenance["published_date"])
		}
		if a := extractPost(t, postPage("en", "", `<p class="meta">March 12, 2024</p>`, "", after)); a.PublishedDate != "2024-03-12" {
			t.Errorf("%s, dated post: Extract.PublishedDate = %q from %q, want 2024-03-12", c.head, a.PublishedDate, a.Provenance["published_date"])
		}
	}
	// The post's own date line after a call to share it.
	share := `<h3>Share this article</h3><p><a href="/s/fb">Facebook</a> <a href="/s/x">X</a></p><p>May 17, 2024</p>`
	if a := extractPost(t, postPage("en", "", "", share, "")); a.PublishedDate != "2024-05-17" {
		t.Errorf("after a share call: Extract.PublishedDate = %q from %q, want 2024-05-17", a.PublishedDate, a.Provenance["published_date"])
	}
}
