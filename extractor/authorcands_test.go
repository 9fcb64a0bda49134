package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// authorPage is an article with head in its <head>, byline right under the
// headline, 70 paragraphs of body (past the byline window), then tail.
func authorPage(head, byline, tail string) string {
	var b strings.Builder
	b.WriteString(`<html><head><title>A story</title>` + head + `</head><body><article><h1>A story</h1>` + byline)
	for i := range 70 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the story, long enough to be body text for the reader.</p>", i)
	}
	b.WriteString(tail + `</article></body></html>`)
	return b.String()
}

// Every source of author candidates, each alone on a page: the names and
// the provenance that comes back.
func TestAuthorSources(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []struct {
		name, head, byline, tail string
		want, src                string
	}{
		{"json-ld person", ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe"}}`), "", "", "Jane Doe", "json-ld"},
		{"json-ld @graph and @id", ld(`{"@graph":[{"@type":"Article","headline":"A story","author":{"@id":"https://news.example/#/person/1"}},{"@type":"Person","@id":"https://news.example/#/person/1","name":"Jane Doe"}]}`), "", "", "Jane Doe", "json-ld"},
		{"json-ld live blog updates", ld(`{"@type":"LiveBlogPosting","headline":"A story","liveBlogUpdate":[{"@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"}},{"@type":"BlogPosting","author":[{"@type":"Person","name":"John Roe"},{"@type":"Person","name":"Jane Doe"}]}]}`), "", "", "Jane Doe; John Roe", "json-ld"},
		{"json-ld live blog, one update", ld(`{"@type":"LiveBlogPosting","headline":"A story","liveBlogUpdate":{"@type":"BlogPosting","author":{"@type":"Person","name":"Jane Doe"}}}`), "", "", "Jane Doe", "json-ld"},
		{"json-ld creator", ld(`{"@type":"Article","headline":"A story","creator":["Jane Doe","John Roe"]}`), "", "", "Jane Doe; John Roe", "json-ld"},
		{"json-ld article after an embedded video's", ld(`{"@type":"VideoObject","name":"clip","author":{"@type":"Organization","name":"Example Daily"}}`) + ld(`{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe"}}`), "", "", "Jane Doe", "json-ld"},
		{"json-ld organisation", ld(`{"@type":"Article","headline":"A story","author":{"@type":"GovernmentOrganization","name":"Center for Drug Evaluation and Research"}}`), "", "", "Center for Drug Evaluation and Research", "json-ld"},
		{"microdata", "", `<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></div>`, "", "Jane Doe", "microdata"},
		{"rdfa", "", `<div property="schema:author" typeof="Person"><span property="name">Jane Doe</span></div>`, "", "Jane Doe", "microdata"},
		{"meta author", `<meta name="author" content="Jane Doe">`, "", "", "Jane Doe", "meta:name"},
		{"article:author", `<meta property="article:author" content="Jane Doe">`, "", "", "Jane Doe", "meta:article"},
		{"article:author as a URL", `<meta property="article:author" content="https://facebook.com/janedoe">`, "", "", "", ""},
		{"byl", `<meta name="byl" content="By Jane Doe and John Roe">`, "", "", "Jane Doe; John Roe", "meta:name"},
		{"parsely", `<meta name="parsely-author" content="Jane Doe">`, "", "", "Jane Doe", "meta:parsely"},
		{"sailthru", `<meta name="sailthru.author" content="Jane Doe">`, "", "", "Jane Doe", "meta:sailthru"},
		{"dublin core", `<meta name="DC.creator" content="Jane Doe">`, "", "", "Jane Doe", "meta:dc"},
		{"dublin core terms", `<meta name="dcterms.creator" content="Jane Doe">`, "", "", "Jane Doe", "meta:dc"},
		{"twitter written by", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="5 minutes">`, "", "", "Jane Doe", "meta:twitter"},
		{"twitter reading time only", `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes">`, "", "", "", ""},
		{"twitter creator", `<meta name="twitter:creator" content="Jane Doe">`, "", "", "Jane Doe", "meta:twitter"},
		{"twitter handle", `<meta name="twitter:creator" content="@janedoe">`, "", "", "", ""},
		{"citation", `<meta name="citation_author" content="Tishby, Naftali"><meta name="citation_author" content="Bialek, William">`, "", "", "Naftali Tishby; William Bialek", "meta:citation"},
		{"rel author", "", "", `<p><a rel="author" href="/about-jane">Jane Doe</a> <a rel="author" href="https://social.example/jd">Jane Doe</a></p>`, "Jane Doe", "rel-author"},
		{"author page link", "", "", `<p><a href="/author/jane-doe/">Jane Doe</a></p>`, "Jane Doe", "author-link"},
		{"an author page linked only from a comment names a commenter", "", "", `<div class="comments" id="comments"><h4>1 comment:</h4><dl><dt><a href="https://www.blogger.com/profile/1598867/">John Roe</a> said...</dt><dd>Nice post, thanks.</dd></dl></div>`, "", ""},
		{"commenters' pages beside the author's", "", "", `<p><a href="/author/jane-doe/">Jane Doe</a></p><div class="comment-list"><p><a href="/profile/john-roe/">John Roe</a> said</p><p><a href="/profile/ann-lee/">Ann Lee</a> said</p></div>`, "Jane Doe", "author-link"},
		{"a comment thread's heading names the author", "", "", `<section class="comments"><h2>Seen by <a href="/writers/jd">Jane Doe</a>, 12 comments</h2></section><section class="bio"><a href="/writers/jd"><img src="jd.jpg" alt=""></a></section>`, "Jane Doe", "author-link"},
		{"author page spelled by its address", "", "", `<div class="card"><div><p>Jane Doe</p><p>Tech Writer</p></div><a href="/blog/authors/jane-doe">Articles by Jane</a></div>`, "Jane Doe", "author-link"},
		{"an address that the text beside it does not spell", "", "", `<div class="card"><p>Tech Writer</p><a href="/blog/authors/jane-doe">Articles by Jane</a></div>`, "", ""},
		{"author element", "", `<span class="author-name">Jane Doe</span>`, "", "Jane Doe", "author-link"},
		{"author box", "", "", `<div class="blog_author-text"><div>Jane Doe</div><p>Jane Doe writes about health care and technology for the site, and has done so for more than ten years.</p></div>`, "Jane Doe", "author-link"},
		{"byline", "", `<p>By Jane Doe and John Roe</p>`, "", "Jane Doe; John Roe", "byline-text"},
		{"written by, then the name", "", `<div><p>Written by</p><p>Jane Doe</p></div>`, "", "Jane Doe", "byline-text"},
		{"written by after a dateline", "", `<div>Last updated Aug 04, 2025 Written by Jane Doe</div>`, "", "Jane Doe", "byline-text"},
		{"by after a date", "", `<div class="meta"><p><time>Apr 17, 2025</time></p><p>By Jane Doe</p></div>`, "", "Jane Doe", "byline-text"},
		{"a sentence with by after a date is not a byline", "", `<div>2025: by Design we mean all of it</div>`, "", "", ""},
		{"a parenthetical inside the name", `<meta name="author" content="Paramita (Guha) Ghosh">`, "", "", "Paramita (Guha) Ghosh", "meta:name"},
		{"unlabelled meta line", "", `<p>Jane Doe | Senior Writer | July 2, 2025</p>`, "", "Jane Doe", "byline-text"},
		{"date, then name in a category", "", `<p>Dec 26, 2025 • Jane Doe in Projects</p>`, "", "Jane Doe", "byline-text"},
		{"zh author label", "", `<p>作者：王建宏</p>`, "", "王建宏", "byline-text"},
		{"zh reporter", "", `<p>本报记者 葛灵丹</p>`, "", "葛灵丹", "byline-text"},
		{"zh reporter after a channel", "", `<p>新华网黑龙江频道 记者 伊琳 李清芬</p>`, "", "伊琳; 李清芬", "byline-text"},
		{"zh affiliation after the name", "", `<p>作者：赵 培：北京物资学院</p>`, "", "赵培", "byline-text"},
		{"zh editor alone", "", `<p>编辑：山石</p>`, "", "山石", "byline-text"},
		{"zh editor in charge", "", `<p>责任编辑：山石</p>`, "", "", ""},
		{"zh name before the source", "", `<p>[ 黄宇 ] 来源：[ 国际金融报 ]</p>`, "", "黄宇", "byline-text"},
		{"zh poster before the date", "", `<p>[湖湘文化] 陈天华《警世钟》 ggjjzhzz 发表于 2005-9-15 11:46:00</p>`, "", "ggjjzhzz", "byline-text"},
		{"zh body credit", "", "", `<p>（记者 胡晓蓉）</p>`, "胡晓蓉", "body-text"},
		{"unlabelled list of full names under the headline", "", `<p>Naftali Tishby, Fernando C. Pereira, William Bialek</p>`, "", "Naftali Tishby; Fernando C. Pereira; William Bialek", "byline-text"},
		{"a list of single words is not one", "", `<p>Apple, Google and Microsoft</p>`, "", "", ""},
		{"a list of names far below the headline is not one", "", "", `<p>Naftali Tishby, Fernando C. Pereira, William Bialek</p>`, "", ""},
		{"zh intern and reporter lines together", "", `<p>本报实习生 刘国栋 周炜</p><p>本报记者 王燕平 方云凤 柏建斌</p>`, "", "刘国栋; 周炜; 王燕平; 方云凤; 柏建斌", "byline-text"},
		{"zh reporter line far below the first credit", "", `<p>本报记者 王燕平</p><p>一</p><p>二</p><p>三</p><p>四</p><p>五</p><p>本报记者 柏建斌</p>`, "", "王燕平", "byline-text"},
		{"zh name closing a dateline before the source", "", `<p>BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ]&#xe5c2; 来源：[ 国际金融报 ]</p>`, "", "黄宇", "byline-text"},
		{"json-ld web page author", ld(`{"@graph":[{"@type":"WebSite","name":"Example"},{"@type":"WebPage","name":"A story","author":{"@type":"Person","name":"Jane Doe"}}]}`), "", "", "Jane Doe", "json-ld"},
		{"a name in lower case that two sources state", ld(`{"@graph":[{"@type":"WebPage","name":"A story","author":{"@type":"Person","name":"kirstin boatto"}}]}`) + `<meta name="author" content="kirstin boatto">`, "", "", "kirstin boatto", "json-ld"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, authorPage(c.head, c.byline, c.tail))
			if got := strings.Join(a.Authors, "; "); got != c.want || a.Provenance["authors"] != c.src {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q from %q", c.name, got, a.Provenance["authors"], c.want, c.src)
			}
		})
	}
}

// A byline far below the headline in an unlabelled meta line is a teaser's.
func TestMetaLineBeyondTheWindow(t *testing.T) {
	page := authorPage("", "", `<ul><li><a href="/b">Another story</a><p>John Roe | May 2, 2025</p></li></ul>`)
	if a := extractPage(t, page); len(a.Authors) != 0 {
		t.Errorf("Extract(teaser).Authors = %q, want none", a.Authors)
	}
}

// An author element just above the headline names the author; one
// further up is the masthead's. An element that wraps the name in more
// elements still says it holds an author.
func TestAuthorElementAroundTheHeadline(t *testing.T) {
	page := func(above, below string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>A story</title></head><body><article>` + above + `<h1>A story</h1>` + below)
		for i := range 30 {
			fmt.Fprintf(&b, "<p>Paragraph %d of the story, long enough to be body text for the reader.</p>", i)
		}
		b.WriteString(`</article></body></html>`)
		return b.String()
	}
	cases := []struct{ name, above, below, want string }{
		{"just above", `<div class="post-author">Jane Doe</div>`, "", "Jane Doe"},
		{"date then name above", `<div class="dateAndAuthorContainer"><span>Dec 17, 2025</span><span>Julian K. Arni</span></div>`, "", "Julian K. Arni"},
		{"masthead far above", `<div class="site-author">Jane Doe</div><p>Menu one</p><p>Menu two</p><p>Menu three</p><p>Menu four</p>`, "", ""},
		{"wrapped below", "", `<div class="header-author"><div class="info"><div class="creator-name">Newsdesk</div></div></div>`, "Newsdesk"},
		{"closer above than a box far below", `<div class="post-author">Jane Doe</div>`, `<p>One</p><p>Two</p><p>Three</p><div class="author-name">John Roe</div>`, "Jane Doe"},
	}
	for _, c := range cases {
		a := extractPage(t, page(c.above, c.below))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// A Chinese article's author set alone on a line at the top of its text.
func TestCJKLoneName(t *testing.T) {
	cases := map[string]string{
		"胡平\n\n——当代中国的精神危机\n\n人心不会熄灭，但它可能蒙上灰烬而不再燃烧。":           "胡平",
		"我是怎样卷入八九民运的\n\n茉莉\n\n【看中国2005年07月03日报道】一九八九年四月，我在湖南。": "茉莉",
		"摘要\n\n本文讨论了城市的土地问题。":                                  "",
		"新华社\n\n本文讨论了城市的土地问题。":                                 "",
		"人物画像\n\n她在城里开了一家店。\n\n（记者 蔡雪婧）":                       "蔡雪婧",
		"这是一段正文，不是标题。\n\n张三\n\n又一段正文。":                         "",
		"胡平": "",
	}
	for in, want := range cases {
		if got := strings.Join(cjkBodyAuthors(in), "; "); got != want {
			t.Errorf("cjkBodyAuthors(%q) = %q, want %q", in, got, want)
		}
	}
}

// Page builders wrap an author box in blocks whose class reads as
// furniture (Elementor's "elementor-widget-wrap"): the box's name is a
// candidate all the same. A comment form's "Name" field and a comment's
// author, in furniture of the same kind, are not.
func TestAuthorBoxInFurniture(t *testing.T) {
	box := `<div class="elementor-widget-wrap"><div class="elementor-author-box"><div class="elementor-author-box__avatar"><img src="a.jpg" alt=""></div>` +
		`<div class="elementor-author-box__text"><h4 class="elementor-author-box__name">Liz Kenny</h4><p>Former consultant</p></div></div></div>`
	a := extractPage(t, authorPage("", "", box))
	if got := strings.Join(a.Authors, "; "); got != "Liz Kenny" {
		t.Errorf("Extract(author box in a widget).Authors = %q, want Liz Kenny", got)
	}
	for name, tail := range map[string]string{
		"comment form": `<div class="widget-area comment-respond"><label class="comment-form-author">Name</label><input name="author"></div>`,
		"comment":      `<div class="widget comments"><div class="comment-author">Jane Reader</div><p>Nice post</p></div>`,
		"form field":   `<div class="widget"><form><span class="author">Name</span><input name="author"></form></div>`,
	} {
		if a := extractPage(t, authorPage("", "", tail)); len(a.Authors) > 0 {
			t.Errorf("Extract(%s in a widget).Authors = %q, want none", name, a.Authors)
		}
	}
}

// An author box met in furniture is a weak statement: a byline stated
// elsewhere, even one the choice marks down, comes first.
func TestAuthorBoxInFurnitureIsWeak(t *testing.T) {
	byline := `<div class="author">Ledger Staff</div>`
	box := `<div class="widget"><div class="photo-author">Tony Kurdzuk, The Star-Ledger</div></div>`
	a := extractPage(t, authorPage("", byline, box))
	if got := strings.Join(a.Authors, "; "); got != "Ledger Staff" {
		t.Errorf("Extract(byline and a box in a widget).Authors = %q, want Ledger Staff", got)
	}
}

// A list of author-page links under the headline credits every co-author;
// a list that holds another link (a category) is not a list of authors.
func TestAuthorLinkList(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"Article","headline":"A story","author":{"@type":"Person","name":"Rui Ma"}}</script>`
	list := `<div class="meta"><a href="/author/ruima/">Rui Ma</a><span>, </span><a href="/author/heba/">Heba Ledwon</a><span> &amp;</span> <a href="/author/suparn/">Suparn Patra</a></div>`
	a := extractPage(t, authorPage(ld, list, ""))
	if got := strings.Join(a.Authors, "; "); got != "Rui Ma; Heba Ledwon; Suparn Patra" {
		t.Errorf("Extract(linked co-authors).Authors = %q, want all three", got)
	}
	mixed := `<div class="meta"><a href="/author/ruima/">Rui Ma</a>, <a href="/category/news/">World News</a></div>`
	a = extractPage(t, authorPage(ld, mixed, ""))
	if got := strings.Join(a.Authors, "; "); got != "Rui Ma" {
		t.Errorf("Extract(author and category links).Authors = %q, want Rui Ma", got)
	}
}

// "Article written by:" alone over an author box at the article's end: the
// name in the box's next block is the byline's, however far below the
// headline, and it beats the publisher that the JSON-LD names.
func TestWrittenByLabelOverAFarAuthorBox(t *testing.T) {
	ld := `<script type="application/ld+json">{"@type":"Article","headline":"A story","author":{"@type":"Organization","name":"Obesity Medicine Association"}}</script>`
	box := `<div class="attribution"><p>Article written by:</p><img src="head.webp" alt="Headshot"><h3>Doris Munoz-Mantilla, MD, FOMA</h3>` +
		`<p>Doris is a physician who writes about obesity medicine for the association and its members.</p></div>`
	a := extractPage(t, authorPage(ld, "", box))
	if got := strings.Join(a.Authors, "; "); got != "Doris Munoz-Mantilla, MD, FOMA" {
		t.Errorf("Extract(written-by label over a far author box).Authors = %q, want Doris Munoz-Mantilla, MD, FOMA", got)
	}
}
