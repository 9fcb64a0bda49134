package extractor

import (
	"strings"
	"testing"
)

// Conventions of crediting a writer that many sites share, each on pages
// of several templates: the other verbs and labels a byline opens with,
// a newsroom's name after "the", a post's footer that gives the time
// after its poster's name, the publication a dash sets after a name, a
// meta line split by slashes, a job at a company after the name.
func TestAuthorConventions(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []pageCase{
		{"authored by", "", `<p class="byline">Authored by Jane Doe</p>`, "", "Jane Doe"},
		{"authored by, a colon and a link", "", `<div class="post-meta">Authored by: <a href="https://news.example/team/jane-doe/">Jane Doe</a></div>`, "", "Jane Doe"},
		{"blog post by", "", `<p><em>Blog post by Jane Doe and John Roe</em></p>`, "", "Jane Doe; John Roe"},
		{"contributed by", "", `<div class="meta"><span>Contributed by Jane Doe</span> <span>March 3, 2021</span></div>`, "", "Jane Doe"},
		{"contributor label", "", `<div class="byline">Contributor: Jane Doe</div>`, "", "Jane Doe"},
		{"contributors label", "", `<ul class="meta"><li>Contributors: Jane Doe, John Roe</li><li>March 3, 2021</li></ul>`, "", "Jane Doe; John Roe"},
		{"guest author label", "", `<p class="meta">Guest Author: Jane Doe</p>`, "", "Jane Doe"},
		{"by the team", "", `<p class="byline">By the Example Team</p>`, "", "Example Team"},
		{"written by the editorial team", "", `<div class="entry-meta">Written by the Example Editorial Team</div>`, "", "Example Editorial Team"},
		{"by the staff, linked", "", `<div class="byline">By the <a href="https://news.example/author/staff/">Example News Staff</a></div>`, "", "Example News Staff"},
		{"a heading that opens with by the", "", `<h2>By the Numbers: 10,000</h2>`, "", ""},
		{"meta author, a dash and the site", `<meta name="author" content="Jane Doe - Example News"><meta property="og:site_name" content="Example News">`, "", "", "Jane Doe"},
		{"meta author, an en dash and the host", `<meta name="author" content="Jane Doe – Example">`, "", "", "Jane Doe"},
		{"json-ld author, an em dash and the site", ld(`{"@context":"https://schema.org","@type":"BlogPosting","headline":"A story","author":{"@type":"Person","name":"Jane Doe — Example News"},"publisher":{"@type":"Organization","name":"Example News"}}`) + `<meta property="og:site_name" content="Example News">`, "", "", "Jane Doe"},
		{"a hyphenated name and the site", `<meta name="author" content="Jean-Luc Picard - Example News"><meta property="og:site_name" content="Example News">`, "", "", "Jean-Luc Picard"},
		{"a meta line split by slashes", "", `<div class="post-info">March 3, 2021 / Jane Doe / 3 Comments</div>`, "", "Jane Doe"},
		{"a meta line split by slashes, linked", "", `<div class="entry-meta"><a href="/2021/03/03/">March 3, 2021</a> / <a href="/author/jane-doe/">Jane Doe</a> / <a href="#comments">No Comments</a></div>`, "", "Jane Doe"},
		{"a numeric date is no meta line", "", `<div class="post-info">03/03/2021</div><p class="intro">Jane Doe and the rest</p>`, "", ""},
		{"a job at a company after the name", "", `<div class="byline">Written by Jane Doe, Head of Marketing at Acme</div>`, "", "Jane Doe"},
		{"a job at a company in the author meta", `<meta name="author" content="Jane Doe, Senior Engineer @ Acme">`, "", "", "Jane Doe"},
		{"two writers and their jobs", "", `<p class="byline">By Jane Doe, Editor at Acme, and John Roe</p>`, "", "Jane Doe; John Roe"},
		{"a caption's credit in an author element", "", `<figure><img src="a.jpg"><figcaption>The harbour at dawn. <span class="image-author">Jane Doe</span></figcaption></figure>`, "", ""},
		{"a caption's credit beside the byline", "", `<p class="byline">By John Roe</p><figure><img src="a.jpg"><figcaption><span class="credit author">Jane Doe/Reuters</span></figcaption></figure>`, "", "John Roe"},
		{"a translator after the writer", "", `<p class="byline">By Jane Doe, translated by John Roe</p>`, "", "Jane Doe"},
		{"a translator alone", "", `<p class="byline">Translated by John Roe</p>`, "", ""},
		{"posted by at a time, below the post", "", "", `<div class="post-footer"><p>Posted by Jane Doe at 2:24 AM</p></div>`, "Jane Doe"},
		{"posted by at a time, under the headline", "", `<p class="meta">Posted by Jane Doe at 10:05 PM</p>`, "", "Jane Doe"},
	}
	checkPages(t, cases)
}

// A post's footer that names its poster and the time, "Posted by Jane
// Doe at 2:24 AM", is a sentence of the post: its name is the author, and
// the line stays in the text as a line "on March 3" does.
func TestPostedAtTimeStaysInTheText(t *testing.T) {
	a := extractPage(t, authorPage("", "", `<p>Posted by Jane Doe at 2:24 AM</p>`))
	if got := strings.Join(a.Authors, "; "); got != "Jane Doe" {
		t.Errorf("Extract(posted at).Authors = %q, want %q", got, "Jane Doe")
	}
	if !strings.Contains(a.Text, "Posted by Jane Doe at 2:24 AM") {
		t.Errorf("Extract(posted at).Text lost the footer line")
	}
}

// An author card sets the writer's name and job on lines of their own,
// which its text runs together: the name is the first line, under a
// label alone when there is one; a date's line is not a name's.
func TestAuthorCardLines(t *testing.T) {
	cases := []bylineCase{
		{"a name over a job, no classes", `<div class="blog-author"><img src="a.jpg" alt=""><div><div class="text-weight-semibold">Jane Doe</div><div class="text-size-small">Head of Growth</div></div></div>`, "Jane Doe"},
		{"a name and a job in an author wrapper with the date", `<div class="blog-post-author-wrapper"><img src="a.jpg"><div class="author-info"><div class="author-name">Jane Doe</div><div class="author-role">Head of Growth, Acme</div></div><div class="post-date">March 3, 2021</div></div>`, "Jane Doe"},
		{"a label, a photo, a name over a job", `<div><div>Written by</div><div><img src="a.jpg" alt="Jane Doe"><div><div>Jane Doe</div><div>Product Marketing Manager</div></div></div></div>`, "Jane Doe"},
		{"paragraphs of a byline card", `<div class="byline"><p>By Jane Doe</p><p>Senior Vice President of Research</p></div>`, "Jane Doe"},
		{"a date line first in an author wrapper", `<div class="post-header_author-wrapper"><div class="post-header_date"><div>March 3, 2021</div><div>•</div><div>5 min read</div></div></div>`, ""},
	}
	checkBylines(t, cases)
}

// A metadata panel sets each label and each value on a line of its own:
// the author is the line after "Author", whatever lines follow.
func TestMetadataPanelAuthor(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"label and value divs", `<div><div>Author</div><div>Jane Doe</div><div>Date</div><div>March 3, 2021</div></div>`, "Jane Doe"},
		{"a definition list", `<dl class="article-meta"><dt>Author</dt><dd>Jane Doe</dd><dt>Published</dt><dd>March 3, 2021</dd></dl>`, "Jane Doe"},
		{"authors and a linked name", `<div class="meta"><p>Authors</p><p><a href="/people/jane-doe">Jane Doe</a>, <a href="/people/john-roe">John Roe</a></p><p>Date</p><p>March 3, 2021</p></div>`, "Jane Doe; John Roe"},
		{"a panel without an author", `<div><div>Category</div><div>World News</div><div>Date</div><div>March 3, 2021</div></div>`, ""},
	})
}

// Chinese credits beyond the reporter's: a forum thread's first poster
// and a blog's owner under their labels, and "作者" written without its
// colon, a space before the name.
func TestCJKAuthorLabels(t *testing.T) {
	cases := []bylineCase{
		{"楼主", `<div class="info">楼主：张三 时间：2005-06-01 10:00</div>`, "张三"},
		{"樓主", `<div class="info">樓主：陳大文</div>`, "陳大文"},
		{"博主", `<div class="info">博主：张三</div>`, "张三"},
		{"作者 without a colon", `<div class="info">作者 张三</div>`, "张三"},
		{"作者 without a colon, a date after", `<div class="info">作者 张三 2021-03-03 10:21</div>`, "张三"},
		{"来源 and 作者 without a colon", `<div class="info">来源：人民网 作者 张三 2021-03-03</div>`, "张三"},
		{"作者 inside a sentence", `<p class="info">本书合作者 张三说</p>`, ""},
		{"作者 before Latin letters", `<div class="info">作者 2021-03-03</div>`, ""},
	}
	checkBylines(t, cases)
}

// bylineCase is a byline set under the headline of a page of its own, and
// the authors it gives.
type bylineCase struct{ name, byline, want string }

// checkBylines extracts each case's page and checks its authors.
func checkBylines(t *testing.T, cases []bylineCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, authorPage("", c.byline, ""))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// pageCase is a page made of the head's tags, a byline under the
// headline and a tail under the text (authorPage), and the authors it
// gives.
type pageCase struct{ name, head, byline, tail, want string }

// checkPages extracts each case's page and checks its authors.
func checkPages(t *testing.T, cases []pageCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, authorPage(c.head, c.byline, c.tail))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// Bylines run into their datelines in the other scripts and languages:
// the label of the date is no part of a name, and the word for "by" is
// none either.
func TestBylinesIntoDatelines(t *testing.T) {
	checkPages(t, []pageCase{
		{"a Korean reporter, then the label of the date", "", `<p class="byline">홍길동 기자 입력 2024.05.16 10:21 수정 2024.05.18 09:00</p>`, "", "홍길동"},
		{"a Korean reporter, then the label of the date alone", "", `<p class="byline">홍길동 기자 입력 2024.05.16 10:21</p>`, "", "홍길동"},
		{"a Korean date's label first", "", `<p class="byline">입력 2024.05.16 10:21 홍길동 기자</p>`, "", ""},
		{"an Arabic byline, a dash and the label of the date", "", `<p class="byline">بقلم أحمد علي - نشر في 16 مايو 2024</p>`, "", "أحمد علي"},
		{"an Arabic name, a dash and the label of the date", "", `<p class="byline">أحمد علي - نشر في 16 مايو 2024</p>`, "", "أحمد علي"},
		{"a Romanian byline", "", `<p class="byline">de Ion Popescu, 16 mai 2024, 10:21</p>`, "", "Ion Popescu"},
		{"a family name's particle", `<meta name="author" content="de Vries">`, "", "", "de Vries"},
		{"a family name's particles", `<meta name="author" content="de la Cruz">`, "", "", "de la Cruz"},
	})
}

// The box about the writer that a theme sets under a post and classes as
// the author's biography ("author-bio", "about-author"): its name heads
// the biography, or opens its sentence. A box whose lines do not tell of
// the name they start with names no one.
func TestAuthorBioBoxes(t *testing.T) {
	checkPages(t, []pageCase{
		{"a name over the biography", "", "", `<div class="author-bio"><img src="a.jpg" alt=""><h4>Jane Doe</h4><p>Jane Doe is a senior reporter covering transport and infrastructure for the Daily Paper.</p></div>`, "Jane Doe"},
		{"a name over a biography by the given name", "", "", `<div class="post-author-bio"><h4>Jane Doe</h4><p>Jane writes about roads.</p></div>`, "Jane Doe"},
		{"a bold name opening the biography", "", "", `<div class="about-author"><p><strong>Jane Doe</strong> is a senior reporter covering transport for the Daily Paper.</p></div>`, "Jane Doe"},
		{"the biography alone", "", "", `<p class="author_bio">Jane Doe is a senior reporter covering transport.</p>`, "Jane Doe"},
		{"a label over the name", "", "", `<div class="authorBio"><h3>About the author</h3><h4>Jane Doe</h4><p>Jane Doe covers transport.</p></div>`, "Jane Doe"},
		{"a heading that tells of no one", "", "", `<div class="author-bio"><h4>Related Posts</h4><p>More stories from the team below.</p></div>`, ""},
		{"a name the biography does not start with", "", "", `<div class="author-bio"><h4>Jane Doe</h4><p>Our team covers transport.</p></div>`, ""},
	})
}

// A month abbreviated after the name with no day after it, as AP style
// writes it when the day stands in another element: no name ends in
// "Sept.". "May" and "June" are names and are not abbreviations.
func TestBylineMonthAbbreviationTail(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"AP's Sept.", "en", `<p class="byline">By Jane Doe Sept.</p>`, "Jane Doe"},
		{"Dec. in an author span", "en", `<div class="meta"><span class="author">By Jane Doe Dec.</span></div>`, "Jane Doe"},
		{"a day after it", "en", `<p class="byline">By Jane Doe Aug. 3</p>`, "Jane Doe"},
		{"a surname that is a month", "en", `<p class="byline">By Theresa May</p>`, "Theresa May"},
	})
}

// A dateline set before the byline on its line, "WASHINGTON (AP) — By
// Jane Doe", and WordPress themes' meta line that names the categories
// before the author, "Posted in Politics, World by Jane Doe".
func TestBylineAfterDatelineOrCategories(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"dateline", "en", `<p class="byline">WASHINGTON — By Jane Doe</p>`, "Jane Doe"},
		{"dateline and wire", "en", `<div class="byline">WASHINGTON (AP) — By Jane Doe</div>`, "Jane Doe"},
		{"dateline, state", "en", `<div class="byline">SAN DIEGO, Calif. -- By Jane Doe</div>`, "Jane Doe"},
		{"one category", "en", `<div class="byline">Posted in News by Jane Doe</div>`, "Jane Doe"},
		{"categories", "en", `<p class="byline">Posted in Politics, World by Jane Doe</p>`, "Jane Doe"},
	})
}

// "Theo VnExpress" (according to VnExpress) in a Vietnamese page's
// author element credits a source, not a writer; elsewhere Theo is a
// given name.
func TestVietnameseSourceCredit(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"vi: source", "vi", `<p class="author">Theo VnExpress</p>`, ""},
		{"vi: source in bold", "vi", `<p class="author_mail"><strong>Theo VnExpress</strong></p>`, ""},
		{"en: a given name", "en", `<p class="author">Theo Walcott</p>`, "Theo Walcott"},
	})
}

// A Korean reporter's credit on a paragraph of its own just under the
// headline or its subtitle, with no class, as others set it on the story's last lines:
// the name without its title or e-mail address.
func TestKoreanCreditFirstParagraph(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"ko: name, title, e-mail", "ko", `<p>홍길동 기자 hong@example.com</p>`, "홍길동"},
		{"ko: two names, one title", "ko", `<div>홍길동·김철수 기자</div>`, "홍길동; 김철수"},
		{"ko: under the subtitle", "ko", `<h2>정부, 내년 예산안 발표… 복지 분야 크게 늘어</h2><p>홍길동 기자 hong@example.com</p>`, "홍길동"},
	})
}

// The same lines on an unclassed block under the headline: a dateline's
// byline, a WordPress meta line's categories and author. A story's first
// sentence after its dateline ("… — By Tuesday, …") names no one.
func TestUnclassedBylineAfterDatelineOrCategories(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"dateline", "en", `<p>WASHINGTON — By Jane Doe</p>`, "Jane Doe"},
		{"dateline and wire", "en", `<p>WASHINGTON (AP) — By Jane Doe</p>`, "Jane Doe"},
		{"first sentence after a dateline", "en", `<p>WASHINGTON (AP) — By Tuesday, the Senate will vote on the bill the House passed.</p>`, ""},
		{"categories, meta line", "en", `<div class="entry-meta">Posted in <a href="/c/politics" rel="category tag">Politics</a>, <a href="/c/world" rel="category tag">World</a> by <a href="/author/jane">Jane Doe</a></div>`, "Jane Doe"},
		{"one category", "en", `<p>Posted in News by Jane Doe</p>`, "Jane Doe"},
		{"categories, no author", "en", `<p>Posted in News</p>`, ""},
	})
}

// Indonesian portals' team credit, "Tim detikcom" (the detikcom team):
// an organisation written out, its brand in lower case; the outlet's
// brand after the dash goes as after a writer's name.
func TestIndonesianTeamCredit(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"id: team, dash, brand", "id", `<div class="detail__author">Tim detikcom - detikNews</div>`, "Tim detikcom"},
		{"id: team", "id", `<span class="author">Tim detikcom</span>`, "Tim detikcom"},
		{"id: newsroom", "id", `<div class="author">Tim Redaksi</div>`, "Tim Redaksi"},
	})
}

// What a byline runs on into after the name, in the forms the other
// languages write it: French "LE" before the day in a byline set in
// capitals; the label of an update, Dutch "Bijgewerkt", French "Mis à
// jour" and "Actualisé"; the word of a relative date that goes before its
// number, Spanish "hace", German "vor", Portuguese "há", Romanian "acum".
func TestBylineRunOnTails(t *testing.T) {
	checkLangBylines(t, []langBylineCase{
		{"fr: LE in capitals", "fr", `<p class="byline">PAR JEAN DUPONT LE 3 SEPTEMBRE 2024</p>`, "JEAN DUPONT"},
		{"fr: LE of a family name", "fr", `<p class="byline">PAR JEAN LE 3 SEPTEMBRE 2024</p>`, "JEAN LE"},
		{"nl: Bijgewerkt", "nl", `<p class="byline">Door Jan de Vries Bijgewerkt 3 september 2024</p>`, "Jan de Vries"},
		{"fr: Mis à jour", "fr", `<p class="byline">Par Jean Dupont Mis à jour le 3 septembre 2024</p>`, "Jean Dupont"},
		{"fr: Actualisé", "fr", `<p class="byline">Par Jean Dupont Actualisé le 3 septembre 2024</p>`, "Jean Dupont"},
		{"es: hace", "es", `<p class="byline">Por Ana Pérez hace 3 horas</p>`, "Ana Pérez"},
		{"de: vor", "de", `<p class="byline">Von Max Muster vor 3 Stunden</p>`, "Max Muster"},
		{"pt: há", "pt", `<p class="byline">Por João Silva há 2 dias</p>`, "João Silva"},
		{"ro: acum", "ro", `<p class="byline">de Ion Popescu acum 2 ore</p>`, "Ion Popescu"},
		{"vi: Ha the given name", "vi", `<p class="byline">Nguyễn Thị Ha 3 giờ trước</p>`, "Nguyễn Thị Ha"},
	})
}
