package extractor

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ownerPage is a post at pageURL with head in its <head>, header before
// the headline, a body of ordinary words and footer after it.
func ownerPage(head, header, byline, footer string) string {
	var b strings.Builder
	b.WriteString(`<html><head>` + head + `</head><body><header>` + header + `</header><article><h1>A post</h1>` + byline)
	for i := range 20 {
		fmt.Fprintf(&b, "<p>Paragraph %d of the post, long enough to be body text for the reader to think about.</p>", i)
	}
	b.WriteString(`</article><footer>` + footer + `</footer></body></html>`)
	return b.String()
}

// A personal site names its owner in its <title>, its masthead's link
// home or its copyright line; the host spells the name. The owner is the
// author when no one else is credited. A brand spelled by its host ("Big
// Rumors") is not a person, nor a name whose words the text uses as words.
func TestSiteOwner(t *testing.T) {
	cases := []struct {
		name, url, head, header, byline, footer, want string
	}{
		{"title", "https://erikdemaine.org/foldcut", `<title>A post (Erik Demaine)</title>`, "", "", "", "Erik Demaine"},
		{"copyright line", "https://tobyhede.com/blog/a-post", `<title>A post</title>`, "", "", `<p>&copy; 2025 Toby Hede. All rights reserved.</p>`, "Toby Hede"},
		{"link home, last name in the host", "https://freeman.dev/notes/a-post", `<title>A post</title>`, `<a href="/">Mark Freeman</a>`, "", "", "Mark Freeman"},
		{"site name and author meta", "https://www.farmlife.example/blog/a-post", `<title>A post</title><meta property="og:site_name" content="Annette Thurmon"><meta name="author" content="annette thurmon">`, "", "", "", "Annette Thurmon"},
		{"a byline beats the owner", "https://erikdemaine.org/foldcut", `<title>A post (Erik Demaine)</title>`, "", `<p>By Jane Doe</p>`, "", "Jane Doe"},
		{"a brand spelled by its host", "https://nikonrumors.com/a-post", `<title>A post | Nikon Rumors</title>`, `<a href="/">Nikon Rumors</a>`, "", `<p>© 2012 Nikon Rumors</p>`, ""},
		{"a name not spelled by the host", "https://news.example/a-post", `<title>A post (Erik Demaine)</title>`, "", "", "", ""},
		{"a name the text uses as words", "https://www.scottthink.com/a-post", `<title>A post | Scott Think</title>`, "", "", "", ""},
		// A given name the list does not know: the host spells one of
		// the names, and the title and the link home both state it.
		{"a rare given name stated twice", "https://torvald.dev/notes/a-post", `<title>A post | Torvald Emberly</title>`, `<a href="/">Torvald Emberly</a>`, "", "", "Torvald Emberly"},
		{"a rare given name stated once", "https://torvald.dev/notes/a-post", `<title>A post</title>`, `<a href="/">Torvald Emberly</a>`, "", "", ""},
		{"a brand its host spells whole, stated twice", "https://quietharbor.com/a-post", `<title>A post | Quiet Harbor</title>`, `<a href="/">Quiet Harbor</a>`, "", "", ""},
		{"a business in capitals, stated twice", "https://nordwind.com/a-post", `<title>A post | NORDWIND Solar</title>`, `<a href="/">NORDWIND Solar</a>`, "", "", ""},
		{"an organisation's word, stated twice", "https://greenleaf.org/a-post", `<title>A post | Greenleaf International</title>`, `<a href="/">Greenleaf International</a>`, "", "", ""},
		// A portrait in the "about me" box under a post states its
		// name twice: its alt text and its file's name.
		{"a portrait", "https://www.halvorsen.dev/articles/a-post", `<title>A post</title>`, "", "", `<div class="flex flex-col"><img alt="Kristoffer Halvorsen" class="rounded-full" src="/images/kristoffer-halvorsen.jpg"/><h3>Hi, I'm Kris!</h3><p>I build things for the web.</p></div>`, "Kristoffer Halvorsen"},
		{"a portrait's file by its address's query", "https://www.halvorsen.dev/articles/a-post", `<title>A post</title>`, "", "", `<img alt="Kristoffer Halvorsen" src="https://cdn.example/img/kristoffer_halvorsen.webp?w=96">`, "Kristoffer Halvorsen"},
		{"a picture whose file names no one", "https://www.halvorsen.dev/articles/a-post", `<title>A post</title>`, "", "", `<img alt="Kristoffer Halvorsen" src="/images/avatar.jpg">`, ""},
		{"a portrait of someone the host does not spell", "https://www.webnotes.dev/articles/a-post", `<title>A post</title>`, "", "", `<img alt="Kristoffer Halvorsen" src="/images/kristoffer-halvorsen.jpg">`, ""},
		{"a logo", "https://www.halvorsen.dev/articles/a-post", `<title>A post</title>`, "", "", `<img alt="Halvorsen Logo" src="/images/halvorsen-logo.svg">`, ""},
		{"a brand's logo its host spells whole", "https://quietharbor.com/a-post", `<title>A post</title>`, "", "", `<img alt="Quiet Harbor" src="/img/quiet-harbor.png">`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := Extract([]byte(ownerPage(c.head, c.header, c.byline, c.footer)), c.url, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.want)
			}
		})
	}
}

// One lower-case word that the text uses as a word, twice or more, is a
// word where a name stood ("Posted by quality" on a post about quality);
// a handle written once, in its byline, stays.
func TestWordNotName(t *testing.T) {
	body := func(extra string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>A post</title><link rel="author" href="/about"></head><body><article><h1>A post</h1><p>Posted by quality</p>`)
		for i := range 20 {
			fmt.Fprintf(&b, "<p>Paragraph %d of the post, %s long enough to be body text for the reader.</p>", i, extra)
		}
		b.WriteString(`<p>More by <a rel="author" href="/about">John Hunter</a></p></article></body></html>`)
		return b.String()
	}
	for _, c := range []struct{ extra, want string }{
		{"on quality and its office,", "John Hunter"},
		{"", "quality"},
	} {
		a, err := Extract([]byte(body(c.extra)), "https://blog.example/a-post", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(text %q).Authors = %q, want %q", c.extra, got, c.want)
		}
	}
	for _, c := range []struct {
		text string
		want int
	}{
		{"quality, and quality.", 2},
		{"see www.quality.com or @quality and quality_x", 0},
		{"qualityx quality", 1},
	} {
		if got := wordUses(c.text, "quality", 2); got != c.want {
			t.Errorf("wordUses(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// The owner is written as the page's own statements write the name, when
// they set it aside as the site's: "ShawnHymel" on shawnhymel.com.
func TestSiteOwnerAsWritten(t *testing.T) {
	page := ownerPage(`<title>A post | Shawn Hymel</title><meta property="og:site_name" content="Shawn Hymel"><meta name="author" content="ShawnHymel">`, "", "", "")
	a, err := Extract([]byte(page), "https://shawnhymel.com/a-post", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(a.Authors, "; "); got != "ShawnHymel" {
		t.Errorf("Extract(owner written as a handle).Authors = %q, want %q", got, "ShawnHymel")
	}
}

func TestIsHomeHref(t *testing.T) {
	for href, want := range map[string]bool{
		"/": true, "https://pierce.dev/": true, "http://www.example.com": true,
		"/about": false, "https://example.com/about": false, "https://example.com/?p=1": false, "mailto:a@b.c": false, "https:///": false,
	} {
		if got := isHomeHref(href); got != want {
			t.Errorf("isHomeHref(%q) = %v, want %v", href, got, want)
		}
	}
}

// FuzzSiteOwner: whatever a personal site's title, links and text say, no
// panic, and the owner is "" or a person's name that the text does not use
// as words.
func FuzzSiteOwner(f *testing.F) {
	f.Add("Erik Demaine", "The fold-and-cut problem.", "erikdemaine")
	f.Add("Big Think", "think about it", "bigthink")
	f.Add("© 2025 Toby Hede. All rights reserved.", "", "tobyhede")
	f.Add("A. B.", "a. b. .", "a")
	f.Fuzz(func(t *testing.T, name, text, label string) {
		m := &pageMeta{tags: map[string][]string{"author": {name}}, docTitle: "A post | " + name,
			homeLinks: []string{name}, copyrights: []string{name}}
		o := siteOwner(m, "https://www."+label+".com/a-post", name, text)
		if o != "" && (!personLike(o) || usedAsWords(o, text)) {
			t.Fatalf("siteOwner(%q, %q, %q) = %q: not a person's name, or words of the text", name, text, label, o)
		}
		_ = wordUses(text, strings.ToLower(name), 2)
		_ = isHomeHref(name)
	})
}

// TestIsAuthorElementWords checks that the one-pass filter of
// isAuthorElement lets each of its words through, in a class, an id or an
// itemprop, and what the words rule out stays out.
func TestIsAuthorElementWords(t *testing.T) {
	for _, c := range []struct {
		tag  string
		want bool
	}{
		{`<span class="post-author">`, true}, {`<span class="Byline">`, true}, {`<span id="writer-name">`, true},
		{`<span class="username">`, true}, {`<span class="user-name">`, true}, {`<div class="autor">`, true},
		{`<div class="auteur">`, true}, {`<span itemprop="Author">`, true}, {`<div class="autoren">`, false},
		{`<div class="author-bio">`, false}, {`<div class="user">`, false}, {`<div class="entry">`, false},
	} {
		doc, _ := html.Parse(strings.NewReader(c.tag + "Jane Doe"))
		n := findFirst(doc, byTag(atom.Span, atom.Div))
		if got := isAuthorElement(n); got != c.want {
			t.Errorf("isAuthorElement(%s) = %v, want %v", c.tag, got, c.want)
		}
	}
}

// A Chinese blog's masthead names its owner below the platform's top bar,
// whose links go to the channels' front pages; the <title> names the
// owner or the blog.
func TestChineseBlogOwnerBelowTopBar(t *testing.T) {
	for _, title := range []string{"江边的傍晚_海姑娘_江城博客", "江边的傍晚 - 海姑娘的博客 - 江城网"} {
		page := zhHead + `<title>` + title + `</title></head><body>
<div class="topbar"><a href="http://www.example.cn/">江城网首页</a> <a href="http://news.example.cn/">新闻</a> <a href="http://sports.example.cn/">体育</a> <a href="http://ent.example.cn/">娱乐</a> <a href="http://blog.example.cn/">博客</a></div>
<div class="blogtitle"><h1><a href="http://blog.example.cn/haiguniang">海姑娘的博客</a></h1></div>
<div class="post"><h2>江边的傍晚</h2><div class="time">(2005-06-14 10:21:33)</div><div class="content">` + zhParas(false, "") + `</div></div></body></html>`
		a := zhExtract(t, page, "http://blog.example.cn/s/blog_4a1b2c3d0100abcd.html")
		if got := strings.Join(a.Authors, "; "); got != "海姑娘" {
			t.Errorf("Extract(%q).Authors = %q, want 海姑娘", title, got)
		}
	}
}
