package extractor

import (
	"slices"
	"strings"
	"testing"
)

func TestExtractPage(t *testing.T) {
	para := "<p>" + strings.Repeat("A long paragraph of the story with words. ", 20) + "</p>"
	page := []byte(`<html><head><base href="https://example.com/news/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml"><link rel="stylesheet" href="/x.css"></head>
<body><nav><a href="/">Home</a><a href="world/">World</a></nav><article><h1>Story</h1>` + para + para +
		`<p>See <a href="https://other.example/a">this</a> and <a rel="nofollow" href="/spam">that</a>.</p></article></body></html>`)
	p, err := ExtractPage(page, "https://example.com/news/story", Options{})
	if err != nil {
		t.Fatal(err)
	}
	wantLinks := []string{"https://example.com/", "https://example.com/news/world/", "https://other.example/a"}
	if !slices.Equal(p.Links, wantLinks) {
		t.Errorf("ExtractPage.Links = %q, want %q (resolved against <base>, nofollow left out)", p.Links, wantLinks)
	}
	if !slices.Equal(p.Feeds, []string{"https://example.com/feed.xml"}) {
		t.Errorf("ExtractPage.Feeds = %q", p.Feeds)
	}
	if p.LinkDensity <= 0 || p.LinkDensity > 0.05 {
		t.Errorf("ExtractPage.LinkDensity = %.3f, want a small share", p.LinkDensity)
	}
	a, _ := Extract(page, "https://example.com/news/story", Options{})
	if a.ContentHash != p.Article.ContentHash || a.Title != p.Article.Title {
		t.Errorf("ExtractPage.Article differs from Extract's")
	}
}

// Readability wraps loose text in <p> elements it creates itself; those
// are paragraphs of the text like any other.
func TestParagraphsReadabilityCreates(t *testing.T) {
	long := strings.Repeat("The harbour wall was rebuilt over the winter by the council's crews. ", 4)
	page := `<html><head><title>Wall</title></head><body><article><h1>Harbour wall reopens</h1>
<div>First ` + long + `<div>` + long + `</div>Last ` + long + `<p>` + long + `</p></div></article></body></html>`
	a, err := Extract([]byte(page), "https://example.com/news/wall", Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(a.Text, "\n\n")
	if len(paras) != 4 || !strings.HasPrefix(paras[0], "First ") || !strings.HasPrefix(paras[2], "Last ") {
		t.Errorf("want 4 paragraphs, the loose text apart; got %d:\n%s", len(paras), a.Text)
	}
}

// A blog's tail after the post ("read N times", trackback, the comment
// form) leaves the body; a marker that is not alone, or comes early, does
// not cut anything.
func TestCutComments(t *testing.T) {
	para := "<p>" + strings.Repeat("播客继承了博客的原创性和大众性，有着浓郁的个性和原创精神。", 6) + "</p>"
	tail := `<p>(本文发表于首页批评与建议, 已被阅读178次)</p><p>本文通告引用(Trackback)链接: /wp-trackback.php?p=1700</p><h3>发表评论</h3><p>太小心</p><p>[作者简介] (个人情况保密)</p>`
	page := `<html><head><title>播客热潮</title></head><body><article><h1>播客热潮迅速蔓延</h1>` + strings.Repeat(para, 4) + tail + `</article></body></html>`
	a, err := Extract([]byte(page), "https://example.com/p/1700", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"已被阅读", "Trackback", "发表评论", "作者简介"} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("text keeps the blog's tail %q", bad)
		}
	}
	if strings.Count(a.Text, "播客继承了博客") != 24 {
		t.Errorf("the post itself lost text:\n%s", a.Text)
	}
	// Two "发表评论" blocks: a listing of posts; nothing is cut.
	page = `<html><body><article><h1>播客</h1>` + strings.Repeat(para, 2) + `<h3>发表评论</h3>` + strings.Repeat(para, 2) + `<h3>发表评论</h3>` + para + `</article></body></html>`
	if a, _ := Extract([]byte(page), "https://example.com/p/1", Options{}); strings.Count(a.Text, "播客继承了博客") != 30 {
		t.Errorf("a listing lost posts: %d of 30 sentences kept", strings.Count(a.Text, "播客继承了博客"))
	}
}

// The boolean hidden attribute (no value) hides a block like any other: a
// date in one is not the page's date.
func TestHiddenBlock(t *testing.T) {
	page := strings.Replace(pageWithBlocks("", 5, ""), "<h1>A story</h1>", `<h1>A story</h1><div hidden><p>Posted on 3 March 2020</p></div>`, 1)
	a, err := Extract([]byte(page), "https://example.com/news/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if published(a) != "" {
		t.Errorf("published %q from %s, a hidden block", published(a), a.Provenance["published_date"])
	}
}

// A page's declared kind: JSON-LD comes before og:type, an article type
// before a listing type.
func TestPageType(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{``, ""},
		{`<meta property="og:type" content="website">`, ""},
		{`<meta property="og:type" content=" Article ">`, TypeArticle},
		{`<meta property="og:type" content="profile">`, TypeListing},
		{`<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>`, TypeArticle},
		{`<script type="application/ld+json">{"@type":["ReportageNewsArticle"]}</script>`, TypeArticle},
		// Yoast's category and author archives.
		{`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"World"},{"@type":"WebSite"}]}</script><meta property="og:type" content="article">`, TypeListing},
		{`<script type="application/ld+json">{"@graph":[{"@type":"ProfilePage"},{"@type":"Person"}]}</script>`, TypeListing},
		// A post: its WebPage and its Article in one graph.
		{`<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","headline":"x"}]}</script>`, TypeArticle},
		// Neither: a product or a recipe declares no news kind.
		{`<script type="application/ld+json">{"@type":"Recipe"}</script><meta property="og:type" content="website">`, ""},
		{`<script type="application/ld+json">{"@type":"WebPage"}</script>`, ""},
	} {
		page := `<html><head><title>T</title>` + c.head + `</head><body><p>Text of the page.</p></body></html>`
		p, err := ExtractPage([]byte(page), "https://example.com/x", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if p.Type != c.want {
			t.Errorf("%s\nType = %q, want %q", c.head, p.Type, c.want)
		}
	}
}

// A short story's body comes from the retry with readability alone on a
// fresh parse; its byline and dateline became fields and stay out of it.
func TestShortStoryFields(t *testing.T) {
	page := `<html><head><title>Clinic hours extended</title></head><body><nav><a href="/">Home</a></nav>
<article><h1>Clinic hours extended</h1><p class="byline">By Ada Reporter</p><p>26 March 2024</p>
<p>The clinic opens until nine from Monday. Staff were hired for the evening shifts.</p>
<p>Patients can book the late appointments online or by phone.</p></article></body></html>`
	a, err := Extract([]byte(page), "https://example.com/news/clinic", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Ada") || strings.Contains(a.Text, "March") || !strings.Contains(a.Text, "late appointments") {
		t.Errorf("text:\n%s", a.Text)
	}
	if strings.Join(a.Authors, ",") != "Ada Reporter" || published(a) != "2024-03-26" {
		t.Errorf("authors %q, published %q", a.Authors, published(a))
	}
}

// A heading of its own that names the comment section ("Comments", "3
// Comments") opens it even where a short post leaves it in the body's first
// half; a listing whose posts each have one is left alone, and a heading
// that links to the comments (a listing's "3 Comments") opens nothing.
func TestCutCommentsHeading(t *testing.T) {
	post := `<p>We love this inspiration board and are excited to celebrate with a chic couple from the city this weekend, whatever the weather does.</p>`
	comment := `<p>What a lovely board, the colours are perfect and I would love to see more of these from you in the coming weeks and months.</p><p class="posted">Posted by: Jane | Mar 26, 2007</p>`
	page := `<html><head><title>City chic</title></head><body><div class="content"><h3>City chic</h3>` + post +
		`<p class="posted">Posted by Kathy on April 6, 2007 | <a href="/p">Permalink</a></p><h2><a id="comments"></a>Comments</h2>` +
		strings.Repeat(comment, 6) + `</div></body></html>`
	a, err := Extract([]byte(page), "https://example.com/2007/04/city-chic.html", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Text, "inspiration board") {
		t.Fatalf("Extract(city chic).Text lost the post:\n%s", a.Text)
	}
	if strings.Contains(a.Text, "What a lovely board") {
		t.Errorf("Extract(city chic).Text keeps the comments after a short post:\n%s", a.Text)
	}
	for _, c := range []struct{ name, heading string }{
		{"linked", `<h2><a href="/2007/04/city-chic.html#comments">Comments</a></h2>`},
		{"two", `<h2>Comments</h2>` + post + `<h2>Comments</h2>`},
	} {
		page := `<html><head><title>City chic</title></head><body><div class="content"><h3>City chic</h3>` + post +
			c.heading + strings.Repeat(comment, 6) + `</div></body></html>`
		a, _ := Extract([]byte(page), "https://example.com/2007/04/city-chic.html", Options{})
		if !strings.Contains(a.Text, "What a lovely board") {
			t.Errorf("Extract(%s).Text cut at a heading that opens no comment section:\n%s", c.name, a.Text)
		}
	}
}

// A blog's comment section, the element with id="comments" that its
// "#comments" links point at, is not the body however much of the page it
// holds: under a short post readability would take it, on the cleaned page
// or on the fresh one it retries a short body on.
func TestCommentSection(t *testing.T) {
	comment := `<div class="entry"><p class="author">Maria said...</p><div class="format_text"><p>Thank you for these kind words and for all the wisdom you share here with us, week after week, through the years.</p><p>I read every one of your posts and I keep coming back to them when the days are hard.</p></div></div>`
	page := func(section string) string {
		return `<html><head><title>Conversation with my readers</title></head><body><div class="post"><h2>Conversation with my readers</h2>` +
			`<p class="byline">by Paulo on June 29, 2012</p><p>A few words for the readers who wrote to me this month.</p></div>` +
			section + strings.Repeat(comment, 8) + `</div></body></html>`
	}
	a, err := Extract([]byte(page(`<div id="comments">`)), "https://example.com/2012/06/29/conversation/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "kind words") {
		t.Errorf("Extract(comments).Text holds the comments:\n%s", a.Text)
	}
	// WordPress themes set each comment as an <article>.
	articles := strings.ReplaceAll(strings.ReplaceAll(page(`<div id="comments">`), `<div class="entry">`, `<article class="entry">`), `</div></div>`, `</div></article>`)
	a, _ = Extract([]byte(articles), "https://example.com/2012/06/29/conversation/", Options{})
	if strings.Contains(a.Text, "kind words") {
		t.Errorf("Extract(article comments).Text holds the comments:\n%s", a.Text)
	}
	// An element so named around a headline is not a comment section.
	a, _ = Extract([]byte(page(`<div id="comments"><h1>Letters from readers</h1>`)), "https://example.com/2012/06/29/letters/", Options{})
	if !strings.Contains(a.Text, "kind words") {
		t.Errorf("Extract(letters).Text lost the letters under their headline:\n%s", a.Text)
	}
}

// A press release's contact block, a label and the names, numbers and
// addresses under it at the end, is not the body; a "Contact" label in the
// middle of the text, or one that prose follows, cuts nothing.
func TestCutContactTail(t *testing.T) {
	para := `<p>The institute's new model simulates the coupled climate system at a resolution of one kilometre, and its first runs show the cloud cover of the whole planet in detail.</p>`
	contact := `<p>Contact:</p><p>Dr. Jane Doe<br>Institute for Meteorology<br>E-Mail: jane.doe@example.org</p><p>Phone +49 40 41173 0</p>`
	for _, c := range []struct {
		name, body string
		kept       bool
	}{
		{"tail", strings.Repeat(para, 5) + contact, false},
		{"middle", strings.Repeat(para, 2) + contact + strings.Repeat(para, 3), true},
		{"prose after", strings.Repeat(para, 5) + contact + `<p>Write to us with your questions about the model, and we will answer every letter within the week.</p>`, true},
	} {
		page := `<html><head><title>A new view of the Blue Marble</title></head><body><article><h1>A new view of the Blue Marble</h1>` + c.body + `</article></body></html>`
		a, err := Extract([]byte(page), "https://example.org/news/blue-marble", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "coupled climate system") {
			t.Fatalf("Extract(%s).Text lost the release:\n%s", c.name, a.Text)
		}
		if got := strings.Contains(a.Text, "jane.doe@example.org"); got != c.kept {
			t.Errorf("Extract(%s).Text keeps the contact block: %v, want %v\n%s", c.name, got, c.kept, a.Text)
		}
	}
}
