package extractor

import (
	"strings"
	"testing"
	"time"
)

// Probe pages of the thirty-fifth session (blogs46): blog posts laid out
// as popular WordPress themes, static-site generators and blog platforms
// print them, each with the post's meta line (or author block), a
// comment section, and the theme's furniture around it. Most carry no
// author metadata in the head, as many small blogs do not: the visible
// page must name the author. Each case checks the authors and the day of
// publication.

// blog46 is one probe page: the extra <head>, the markup over the
// headline inside the post, the meta under the headline, the markup
// after the post's text inside the post and after the post (comments,
// a sidebar), and what it must give.
type blog46 struct {
	name        string
	head        string
	over, meta  string
	lead        string // opening the post's text
	tail, after string
	authors     string // joined by "; "
	pub         string // YYYY-MM-DD, "" for none
}

const blog46URL = "https://fieldnotes.example/covered-market/"

func (c blog46) page() string {
	return `<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Rebuilding the covered market – Field Notes</title><link rel="canonical" href="` + blog46URL + `"><meta property="og:type" content="article"><meta property="og:site_name" content="Field Notes">` + c.head + `</head>
<body class="post-template-default single single-post"><div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Field Notes</a></p><p class="site-description">Notes on cities and markets</p></div>` + cmsProbeNav + `</header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post status-publish hentry">` + c.over + `<header class="entry-header"><h1 class="entry-title">Rebuilding the covered market</h1>` + c.meta + `</header><div class="entry-content">` + c.lead + cmsProbeParas("<p>", "</p>") + `</div>` + c.tail + `</article>` + c.after + `</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/bridge/">The bridge reopens</a></li><li><a href="/library/">Library hours cut again</a></li></ul></section></aside></div>` + cmsProbeFooter + `</div></body></html>`
}

// blog46Comments is a WordPress comment list: two readers' comments,
// each with its author, date and a reply link, then the reply form.
const blog46Comments = `<div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts on &ldquo;Rebuilding the covered market&rdquo;</h2><ol class="comment-list"><li id="comment-12" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/1?s=32" class="avatar avatar-32 photo" height="32" width="32"><b class="fn"><a href="https://bobsmith.example/" rel="external nofollow ugc" class="url">Bob Smith</a></b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-12"><time datetime="2024-03-09T18:02:11+00:00">March 9, 2024 at 6:02 pm</time></a></div></footer><div class="comment-content"><p>About time too. The stallholders have waited long enough.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div></article></li><li id="comment-13" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/2?s=32" class="avatar avatar-32 photo" height="32" width="32"><b class="fn">Alice Green</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-13"><time datetime="2024-03-10T08:40:00+00:00">March 10, 2024 at 8:40 am</time></a></div></footer><div class="comment-content"><p>Forty million is a lot for a market hall.</p></div></article></li></ol><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.</p><p class="comment-form-author"><label for="author">Name</label> <input id="author" name="author" type="text"></p></form></div></div>`

// blog46AuthorBox is the "About the author" box themes print after a
// post: an avatar, the name, the biography and a link to the archive.
func blog46AuthorBox(name string) string {
	return `<div class="author-box"><h3 class="author-box-title">About the author</h3><img alt="` + name + `" src="/avatars/author.jpg" class="avatar avatar-96 photo" width="96" height="96"><div class="author-box-content"><h4 class="author-name">` + name + `</h4><p>` + name + ` writes about cities, markets and the people who run them. She has lived above a covered market for ten years.</p><a href="/author/jdoe/" class="author-link">View all posts</a></div></div>`
}

func checkBlog46(t *testing.T, cases []blog46) {
	t.Helper()
	fetched := time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range cases {
		a, err := Extract([]byte(c.page()), blog46URL, Options{FetchedAt: fetched})
		if err != nil {
			t.Errorf("%s: Extract: %v", c.name, err)
			continue
		}
		if got := strings.Join(a.Authors, "; "); got != c.authors {
			t.Errorf("%s: authors %q from %q, want %q", c.name, got, a.Provenance["authors"], c.authors)
		}
		if got := a.PublishedDate; got != c.pub {
			t.Errorf("%s: published %q from %q, want %q", c.name, got, a.Provenance["published_date"], c.pub)
		}
	}
}

// WordPress themes print the post's author and date under the headline
// in their own markup: "By X / date" (Astra), "date by X" (GeneratePress,
// Genesis), a "By" label apart (Kadence, Newspaper), screen-reader labels
// and icons (OceanWP), pipes (Divi, Avada), an avatar beside the name
// (Jannah), "written by" (Soledad), and the block theme's "Written by"
// paragraph beside the author block (Twenty Twenty-Four).
func TestBlogProbe46WordPressThemes(t *testing.T) {
	cases := []blog46{
		{name: "Astra", meta: `<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope itemprop="author"><a title="View all posts by Jane Doe" href="/author/jdoe/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Jane Doe</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2024</span><span class="updated" itemprop="dateModified">March 5, 2024</span></span></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "GeneratePress", meta: `<div class="entry-meta"><span class="posted-on"><time class="updated" datetime="2024-03-05T16:40:12+00:00" itemprop="dateModified">March 5, 2024</time><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00" itemprop="datePublished">March 3, 2024</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="/author/jdoe/" title="View all posts by Jane Doe" rel="author" itemprop="url"><span class="author-name" itemprop="name">Jane Doe</span></a></span></span></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Kadence", meta: `<div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="/author/jdoe/">Jane Doe</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time><time class="updated" datetime="2024-03-05T16:40:12+00:00">March 5, 2024</time></span></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "OceanWP", meta: `<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Post author:</span><i class="icon-user" aria-hidden="true"></i><a href="/author/jdoe/" title="Posts by Jane Doe" rel="author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">Jane Doe</a></li><li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Post published:</span><i class="icon-clock" aria-hidden="true"></i>March 3, 2024</li><li class="meta-cat"><span class="screen-reader-text">Post category:</span><i class="icon-folder" aria-hidden="true"></i><a href="/category/city/" rel="category tag">City</a></li><li class="meta-comments"><span class="screen-reader-text">Post comments:</span><i class="icon-bubble" aria-hidden="true"></i><a href="#comments" class="comments-link">2 Comments</a></li></ul>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Divi", meta: `<p class="post-meta"> by <span class="author vcard"><a href="/author/jdoe/" title="Posts by Jane Doe" rel="author">Jane Doe</a></span> | <span class="published">Mar 3, 2024</span> | <a href="/category/city/" rel="category tag">City</a> | <span class="comments-number"><a href="#respond">2 comments</a></span></p>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Avada", meta: `<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">By <span class="vcard"><span class="fn"><a href="/author/jdoe/" title="Posts by Jane Doe" rel="author">Jane Doe</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">2024-03-05T16:40:12+00:00</span><span>March 3rd, 2024</span><span class="fusion-inline-sep">|</span>Categories: <a href="/category/city/" rel="category tag">City</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="#respond">2 Comments</a></span></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Newspaper (tagDiv)", meta: `<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jdoe/">Jane Doe</a><div class="td-author-line"> - </div> </div> <span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span> <div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>2</a></div> <div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-1234">512</span></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Jannah", meta: `<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author-avatar"><a href="/author/jdoe/"><img alt="Photo of Jane Doe" src="/avatars/jdoe-140.jpg" class="avatar avatar-140 wp-user-avatar photo" height="140" width="140"></a></span><span class="meta-author"><a href="/author/jdoe/" class="author-name tie-icon" title="Jane Doe">Jane Doe</a></span></span></span><span class="date meta-item tie-icon">March 3, 2024</span><span class="meta-item last-updated">Last Updated: March 5, 2024</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">2</span><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> 512 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes read</span></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Soledad", meta: `<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">written by <a class="author-url url fn n" href="/author/jdoe/">Jane Doe</a></span></span><span><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Twenty Twenty-Four", meta: `<div class="wp-block-post-date"><time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`,
			tail:  `<div class="wp-block-group is-layout-flex"><p class="has-small-font-size">Written by </p><div class="wp-block-post-author-name has-small-font-size"><a href="/author/jdoe/" target="_self" class="wp-block-post-author-name__link">Jane Doe</a></div><p class="has-small-font-size">in</p><div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="/category/city/" rel="tag">City</a></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Genesis", meta: `<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/author/jdoe/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Jane Doe</span></a></span> <span class="entry-comments-link"><a href="#comments">2 Comments</a></span></p>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "WordPress.com, posted on date by", meta: `<div class="entry-meta"><span class="posted-on">Posted on <a href="` + blog46URL + `" rel="bookmark"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time><time class="updated" datetime="2024-03-05T16:40:12+00:00">March 5, 2024</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://fieldnotes.wordpress.com/author/janedoe/">Jane Doe</a></span></span></div>`,
			tail:  `<div id="jp-post-flair" class="sharedaddy"><div class="sharedaddy sd-like"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder"><span class="loading">Loading...</span></div></div><div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// Static-site generators and blog platforms: Ghost's Casper (avatars,
// then the names and the date), Blogger ("Posted by X at 9:15 AM" under
// the post, the day in the date header over it), Jekyll's Minima (date •
// name), Hugo's Ananke ("By" and the names in <strong>), Hashnode and
// dev.to (an avatar and the name, "Posted on" and a date without its
// year), Squarespace and Wix (an author link or a user-name element),
// Medium on its own domain.
func TestBlogProbe46Platforms(t *testing.T) {
	casper := func(names ...string) string {
		var avatars, links []string
		for _, n := range names {
			slug := strings.ToLower(strings.ReplaceAll(n, " ", "-"))
			avatars = append(avatars, `<li class="author-list-item"><a href="/author/`+slug+`/" class="author-avatar"><img class="author-profile-image" src="/content/images/`+slug+`.jpg" alt="`+n+`"></a></li>`)
			links = append(links, `<a href="/author/`+slug+`/">`+n+`</a>`)
		}
		return `<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore">` + strings.Join(avatars, "") + `</ul><div class="article-byline-meta"><h4 class="author-name">` + strings.Join(links, ", ") + `</h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-03">Mar 3, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>`
	}
	cases := []blog46{
		{name: "Ghost Casper", meta: casper("Jane Doe"), authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Ghost Casper, two authors", meta: casper("Jane Doe", "John Roe"), authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Blogger", over: `<h2 class="date-header"><span>Sunday, March 3, 2024</span></h2>`,
			tail:    `<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0123456789" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123456789" rel="author" title="author profile"><span itemprop="name">Jane Doe</span></a></span></span> <span class="post-timestamp">at <a class="timestamp-link" href="` + blog46URL + `" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2024-03-03T09:15:00-08:00">9:15 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comments">2 comments</a></span></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/markets" rel="tag">markets</a></span></div></div>`,
			after:   `<div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block"><dt class="comment-author"><a href="https://www.blogger.com/profile/999" rel="nofollow">Bob Smith</a> said...</dt><dd class="comment-body"><p>About time too.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1" title="comment permalink">March 9, 2024 at 6:02 PM</a></span></dd></dl></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Jekyll Minima", meta: `<p class="post-meta"><time class="dt-published" datetime="2024-03-03T09:15:00+00:00" itemprop="datePublished">Mar 3, 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Jane Doe</span></span></p>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Hugo Ananke", meta: `<p class="tracked">By <strong>Jane Doe</strong></p><time class="f6 mv4 dib tracked" datetime="2024-03-03T09:15:00Z">March 3, 2024</time>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Hugo Ananke, two authors", meta: `<p class="tracked">By <strong>Jane Doe, John Roe</strong></p><time class="f6 mv4 dib tracked" datetime="2024-03-03T09:15:00Z">March 3, 2024</time>`,
			authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Hashnode", meta: `<div class="flex flex-row items-center"><a href="https://hashnode.com/@janedoe" class="relative block h-10 w-10 rounded-full"><img alt="Jane Doe's photo" src="/avatars/jdoe.jpg" class="rounded-full"></a><div class="ml-3 flex flex-col"><a href="https://hashnode.com/@janedoe" class="font-semibold"><span>Jane Doe</span></a></div></div><div class="flex flex-row items-center text-slate-700"><a href="` + blog46URL + `" class="tooltip-handle" data-title="Mar 3, 2024 09:15"><span>Mar 3, 2024</span></a><span class="mx-2 block font-bold">·</span><p class="flex flex-row items-center"><span>2 min read</span></p></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "dev.to", meta: `<div class="crayons-article__subheader"><a href="/janedoe" class="crayons-avatar crayons-avatar--l"><img src="/avatars/jdoe.jpg" width="40" height="40" alt="Jane Doe" class="crayons-avatar__image"></a><div class="pl-3 flex-1"><a href="/janedoe" class="crayons-link fw-bold">Jane Doe</a><p class="fs-xs color-base-60">Posted on <time datetime="2024-03-03T09:15:00Z" class="date-no-year">Mar 3</time></p></div></div>`,
			after:   `<section id="comments" class="text-padding mb-4 crayons-card"><h2 class="crayons-subtitle-1">Top comments (1)</h2><div class="comment__details"><a href="/bobsmith" class="crayons-link crayons-link--secondary">Bob Smith</a><span class="color-base-30">•</span><a href="/bobsmith/comment/1" class="comment-date crayons-link crayons-link--secondary fs-s"><time datetime="2024-03-09T18:02:11Z" class="date-no-year">Mar 9</time></a></div><div class="comment__body"><p>About time too.</p></div></section>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Squarespace", over: `<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--date"><time class="dt-published date-highlight" datetime="2024-03-03" pubdate>March 3, 2024</time></div><div class="blog-meta-item blog-meta-item--author"><a href="/blog?author=5f12ab34cd56ef" class="blog-author">Jane Doe</a></div></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Wix", meta: `<div data-hook="post-header"><div class="post-metadata"><div data-hook="avatar-image"><img src="/avatars/jdoe.jpg" alt=""></div><div><span data-hook="user-name" class="user-name">Jane Doe</span></div><div><span data-hook="time-ago" title="Mar 3, 2024">Mar 3, 2024</span><span>·</span><span data-hook="time-to-read">2 min read</span></div></div></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Medium, own domain", head: `<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2024-03-03T09:15:00.412Z"><meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="2 min read">`,
			meta:    `<div class="speechify-ignore"><div class="pw-author"><a data-testid="authorPhoto" href="/@janedoe" rel="noopener follow"><img alt="Jane Doe" src="/avatars/jdoe.jpg" width="44" height="44"></a><a data-testid="authorName" href="/@janedoe" rel="noopener follow">Jane Doe</a><span>·</span><button>Follow</button></div><div><span data-testid="storyReadTime">2 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2024</span></div></div>`,
			tail:    `<div class="written-by"><h2>Written by Jane Doe</h2><p>84 Followers</p><p>Cities, markets and the people who run them.</p></div><div><h2>Responses (1)</h2><p>Bob Smith</p><p>About time too.</p></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// Blog bylines in their many forms: "Posted by X on DATE", "by X on
// DATE", several authors ("X and Y", "X, Y & Z"), an author box at the end
// and nothing over the post, an engineering blog's author cards (name
// and job title), the Yoast "Written by" Twitter pair alone, a rel=author
// link, a Person in the JSON-LD @graph referenced by its @id.
func TestBlogProbe46Bylines(t *testing.T) {
	dateOnly := `<div class="entry-meta"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`
	card := func(name, role string) string {
		return `<div class="post-author"><img src="/team/` + strings.ToLower(strings.Fields(name)[0]) + `.jpg" alt="" class="post-author__avatar"><div class="post-author__text"><p class="post-author__name">` + name + `</p><p class="post-author__title">` + role + `</p></div></div>`
	}
	cases := []blog46{
		{name: "Posted by X on DATE", meta: `<div class="post-info">Posted by <a href="/author/jdoe/">Jane Doe</a> on March 3, 2024</div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "by X on DATE, plain text", meta: `<p class="byline">by Jane Doe on March 3, 2024</p>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "academic blog, three authors", meta: `<div class="post-info">Posted by Jane Doe, John Roe &amp; Mary Major on March 3, 2024</div>`,
			authors: "Jane Doe; John Roe; Mary Major", pub: "2024-03-03"},
		{name: "two authors, linked", meta: `<div class="entry-meta"><span class="byline">By <a href="/author/jdoe/" rel="author">Jane Doe</a> and <a href="/author/jroe/" rel="author">John Roe</a></span> <time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`,
			authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "author box only", meta: dateOnly, tail: blog46AuthorBox("Jane Doe"), after: blog46Comments,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "byline and author box agree", meta: `<div class="entry-meta">By <a href="/author/jdoe/" rel="author">Jane Doe</a> · <time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`,
			tail: blog46AuthorBox("Jane Doe"), after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "engineering blog, one card", meta: card("Jane Doe", "Staff Engineer, Payments") + `<time datetime="2024-03-03">March 3, 2024</time>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "engineering blog, two cards", meta: `<div class="post-authors">` + card("Jane Doe", "Staff Engineer, Payments") + card("John Roe", "Engineering Manager") + `</div><time datetime="2024-03-03">March 3, 2024</time>`,
			authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Yoast Written by pair only", head: `<meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="2 minutes">`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "rel=author link alone", meta: `<div class="entry-meta"><a rel="author" href="/about/jane/">Jane Doe</a> <time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "JSON-LD Person by @id", head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","@id":"` + blog46URL + `#article","headline":"Rebuilding the covered market","author":{"@id":"https://fieldnotes.example/#/schema/person/ab12"},"datePublished":"2024-03-03T09:15:00+00:00","dateModified":"2024-03-05T16:40:12+00:00"},{"@type":"Person","@id":"https://fieldnotes.example/#/schema/person/ab12","name":"Jane Doe","url":"https://fieldnotes.example/author/jdoe/"}]}</script>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Written by X, DATE", meta: `<div class="post-meta">Written by <a href="/author/jdoe/">Jane Doe</a> | March 3, 2024</div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// Names a blog post shows that are not its author's: a medical reviewer,
// a fact-checker, an editor, a photo credit, commenters. The author is
// the writer alone; a post that names only such people names no one.
func TestBlogProbe46NotAuthors(t *testing.T) {
	cases := []blog46{
		{name: "written by, reviewed by", meta: `<div class="post-meta"><span class="written-by">Written by <a href="/author/jdoe/">Jane Doe</a></span> <span class="reviewed-by">Medically reviewed by <a href="/reviewer/asmith/">Dr. Alan Smith, MD</a></span> <time datetime="2024-03-03">March 3, 2024</time></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "by, fact checked by", meta: `<div class="post-meta">By <a href="/author/jdoe/">Jane Doe</a> · Fact checked by <a href="/team/mmajor/">Mary Major</a> · <time datetime="2024-03-03">March 3, 2024</time></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "by, edited by", meta: `<div class="post-meta">By <a href="/author/jdoe/">Jane Doe</a> | Edited by <a href="/team/jroe/">John Roe</a> | <time datetime="2024-03-03">March 3, 2024</time></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "photo credit under the headline", meta: `<div class="entry-meta"><time datetime="2024-03-03">March 3, 2024</time></div><figure class="wp-block-image"><img src="/market.jpg" alt="The market hall"><figcaption>Photo by Tom Baker on Unsplash</figcaption></figure>`,
			after: blog46Comments, authors: "", pub: "2024-03-03"},
		// A teaser card links its picture and its title to a story: no
		// writer's avatar and name.
		{name: "a teaser card by the headline", meta: `<div class="entry-meta"><time datetime="2024-03-03">March 3, 2024</time></div><div class="read-next"><a href="/bridge-reopens/" class="card-image"><img src="/bridge.jpg" alt="Bridge Reopens Today"></a><a href="/bridge-reopens/" class="card-title">Bridge Reopens Today</a></div>`,
			authors: "", pub: "2024-03-03"},
		{name: "commenters only", meta: `<div class="entry-meta"><time datetime="2024-03-03">March 3, 2024</time></div>`,
			after: blog46Comments, authors: "", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// A guest post's note names its writer at the top of the text or at its
// foot, whatever the meta line and the metadata say: they name the
// account that posted it.
func TestBlogProbe46GuestPosts(t *testing.T) {
	poster := `<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/admin/">Tom Baker</a></span></span></div>`
	yoast := `<meta name="author" content="Tom Baker"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Tom Baker">`
	cases := []blog46{
		{name: "note at the top, a team posted it", meta: strings.Replace(poster, "Tom Baker", "Field Notes Team", 1), lead: `<p><em>Guest post by Jane Doe</em></p>`, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "note at the top, the owner posted it", head: yoast, meta: poster, lead: `<p><em>This is a guest post by Jane Doe, who runs a market stall in Leeds.</em></p>`, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "note at the foot", head: yoast, meta: poster, tail: `<p><strong>A guest article by Dr. Jane Doe.</strong> She teaches urban history.</p>`, authors: "Dr. Jane Doe", pub: "2024-03-03"},
		{name: "two guests", head: yoast, meta: poster, lead: `<p><em>Guest post by Jane Doe and John Roe</em></p>`, authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		// A sentence that mentions a guest post is no note.
		{name: "a mention", head: yoast, meta: poster, lead: `<p>Last week's guest post by the council's planners drew many comments.</p>`, authors: "Tom Baker", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// More themes and generators: WordPress's Twenty Twenty (icons with
// screen-reader labels, "By" in the meta text) and Twenty Twenty-One
// (the byline in the post's footer, "Published" before the date), Hexo's
// NexT (the author in the copyright block under the post), Jekyll's
// Chirpy ("By" and the name in <em>), Docusaurus (an avatar block per
// author, with a job line), Substack (an avatar link and a name link to
// the writer's profile).
func TestBlogProbe46Generators(t *testing.T) {
	docusaurus := func(names ...string) string {
		s := `<div class="container_mt6G margin-vert--md"><time datetime="2024-03-03T00:00:00.000Z" itemprop="datePublished">March 3, 2024</time> · 2 min read</div><div class="margin-top--md margin-bottom--sm row">`
		for _, n := range names {
			h := "https://github.com/" + strings.ToLower(strings.ReplaceAll(n, " ", ""))
			s += `<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm"><a href="` + h + `" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="` + h + `.png" alt="` + n + `"></a><div class="avatar__intro" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><div class="avatar__name"><a href="` + h + `" target="_blank" rel="noopener noreferrer" itemprop="url"><span itemprop="name">` + n + `</span></a></div><small class="avatar__subtitle" itemprop="description">Maintainer of Field Notes</small></div></div></div>`
		}
		return s + `</div>`
	}
	cases := []blog46{
		{name: "Twenty Twenty", meta: `<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span><svg class="svg-icon" aria-hidden="true" width="18" height="20"></svg></span><span class="meta-text">By <a href="/author/jdoe/">Jane Doe</a></span></li><li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span><svg class="svg-icon" aria-hidden="true" width="18" height="19"></svg></span><span class="meta-text"><a href="` + blog46URL + `">March 3, 2024</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-icon"><svg class="svg-icon" aria-hidden="true" width="19" height="19"></svg></span><span class="meta-text"><a href="#comments">2 Comments<span class="screen-reader-text"> on Rebuilding the covered market</span></a></span></li></ul></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Twenty Twenty-One", tail: `<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></span><span class="byline">By <a href="/author/jdoe/" rel="author">Jane Doe</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="/category/city/" rel="category tag">City</a></span></div></footer>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Hexo NexT", meta: `<div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">Posted on</span> <time title="Created: 2024-03-03 09:15:00" itemprop="dateCreated datePublished" datetime="2024-03-03T09:15:00+00:00">2024-03-03</time></span></div>`,
			tail:    `<div class="post-copyright"><ul><li class="post-copyright-author"><strong>Post author: </strong>Jane Doe</li><li class="post-copyright-link"><strong>Post link: </strong><a href="` + blog46URL + `" title="Rebuilding the covered market">` + blog46URL + `</a></li><li class="post-copyright-license"><strong>Copyright Notice: </strong>All articles in this blog are licensed under <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/" rel="noopener" target="_blank">BY-NC-SA</a> unless stating additionally.</li></ul></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Jekyll Chirpy", meta: `<div class="post-meta text-muted"><span>Posted <em data-ts="1709457300" data-df="ll" data-bs-toggle="tooltip">Mar 3, 2024</em></span><div class="d-flex justify-content-between"><span>By <em><a href="https://github.com/janedoe">Jane Doe</a></em></span><span class="readtime" data-bs-toggle="tooltip" data-bs-placement="bottom" title="412 words"><em>2 min</em> read</span></div></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Docusaurus", meta: docusaurus("Jane Doe"), authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Docusaurus, two authors", meta: docusaurus("Jane Doe", "John Roe"), authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Substack", meta: `<div class="post-header"><div class="byline-wrapper"><div class="pencraft"><a href="https://substack.com/@janedoe" class="pencraft frontend-pencraft-Avatar"><img src="/avatars/jdoe.jpg" width="36" height="36" alt="Jane Doe's avatar"></a></div><div class="pencraft"><div class="profile-hover-card-target"><a href="https://substack.com/@janedoe" class="pencraft">Jane Doe</a></div><div class="pencraft"><div class="pencraft meta-EgzBVA">Mar 03, 2024</div></div></div></div></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// Yet more templates: Blogger's newer themes (the byline in the post's
// header), Typepad's footer ("Posted by X on DATE at TIME in Category"),
// Elementor's post-info widget, Blocksy and Neve, the author box of
// WordPress's Twenty Fifteen and Twenty Sixteen ("Author: X" or "About
// X" as its heading) under a post whose meta line names no one, a login
// in the meta line beside the Person the JSON-LD writes out, and bylines
// of one line in other wordings.
func TestBlogProbe46MoreTemplates(t *testing.T) {
	dateOnly := `<div class="entry-meta"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`
	cases := []blog46{
		{name: "Blogger Contempo", meta: `<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span> <span class="fn"><meta content="https://www.blogger.com/profile/0123456789" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123456789" rel="author" title="author profile"><span itemprop="name">Jane Doe</span></a></span></span> <span class="byline post-timestamp"><a class="timestamp-link" href="` + blog46URL + `" rel="bookmark" title="permanent link"><time class="published" datetime="2024-03-03T09:15:00-08:00" itemprop="datePublished" title="2024-03-03T09:15:00-08:00">March 03, 2024</time></a></span></div></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Typepad", over: `<h2 class="date-header">March 03, 2024</h2>`, tail: `<div class="entry-footer"><p class="entry-footer-info">Posted by <a href="https://profile.typepad.com/janedoe">Jane Doe</a> on March 03, 2024 at 09:15 AM in <a href="/fieldnotes/city/">City</a> | <a href="` + blog46URL + `">Permalink</a></p></div>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Elementor post info", meta: `<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-repeater-item-abc elementor-inline-item" itemprop="author"><a href="/author/jdoe/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">Jane Doe</span></a></li><li class="elementor-icon-list-item elementor-repeater-item-def elementor-inline-item" itemprop="datePublished"><a href="/2024/03/03/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">March 3, 2024</span></a></li><li class="elementor-icon-list-item elementor-inline-item" itemprop="commentCount"><a href="#comments"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">2 Comments</span></a></li></ul>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Blocksy", meta: `<ul class="entry-meta" data-type="simple:slash"><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" href="/author/jdoe/" title="Posts by Jane Doe" rel="author" itemprop="url"><span itemprop="name">Jane Doe</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></li><li class="meta-categories" data-type="simple"><a href="/category/city/" rel="tag" class="ct-term-1">City</a></li></ul>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Neve", meta: `<div class="nv-meta-list"><ul><li class="meta author vcard"><span class="author-name fn">by <a href="/author/jdoe/" title="Posts by Jane Doe" rel="author">Jane Doe</a></span></li><li class="meta date posted-on"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00" content="2024-03-03">March 3, 2024</time><time class="updated" datetime="2024-03-05T16:40:12+00:00">March 5, 2024</time></li><li class="meta comments"><a href="#comments">2 Comments</a></li></ul></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Twenty Sixteen author box", meta: dateOnly, tail: `<div class="author-info"><div class="author-avatar"><img alt="" src="/avatars/jdoe-42.jpg" class="avatar avatar-42 photo" height="42" width="42"></div><div class="author-description"><h2 class="author-title"><span class="author-heading">Author:</span> Jane Doe</h2><p class="author-bio">Jane writes about cities, markets and the people who run them. <a class="author-link" href="/author/jdoe/" rel="author">View all posts by Jane Doe</a></p></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Twenty Fifteen author box", meta: dateOnly, tail: `<div class="author-info"><h2 class="author-heading">Published by</h2><div class="author-avatar"><img alt="" src="/avatars/jdoe-56.jpg" class="avatar avatar-56 photo" height="56" width="56"></div><div class="author-description"><h3 class="author-title">Jane Doe</h3><p class="author-bio">Jane writes about cities, markets and the people who run them. <a class="author-link" href="/author/jdoe/" rel="author">View all posts by Jane Doe</a></p></div></div>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "About X box", meta: dateOnly, tail: `<section class="about-author"><h3>About Jane Doe</h3><p>Jane writes about cities, markets and the people who run them, from a flat above the covered market.</p></section>`,
			after: blog46Comments, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "login in the meta line, the Person written out", head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Rebuilding the covered market","author":{"@type":"Person","name":"Jane Doe","url":"https://fieldnotes.example/author/jdoe/"},"datePublished":"2024-03-03T09:15:00+00:00"}</script>`,
			meta: `<div class="entry-meta">Posted on <time datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time> by <a href="/author/jdoe/" rel="author">jdoe</a></div>`, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Posted in Category by X", meta: `<p class="postmeta">Posted in <a href="/category/city/" rel="category tag">City</a> by <a href="/author/jdoe/">Jane Doe</a> on March 3, 2024</p>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "Words by X", meta: `<p class="credits">Words by Jane Doe · Photos by Tom Baker · March 3, 2024</p>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "X & Y", meta: `<p class="byline">By Jane Doe &amp; John Roe | March 3, 2024</p>`,
			authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Written by, updated, the published day in the metadata", head: `<meta property="article:published_time" content="2024-03-03T09:15:00+00:00"><meta property="article:modified_time" content="2024-03-05T16:40:12+00:00">`,
			meta: `<div class="post-meta">Written by <a href="/author/jdoe/">Jane Doe</a> · Updated on March 5, 2024</div>`, authors: "Jane Doe", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}

// Names around a post that are not its writer's: the blog owner's "About
// me" widget beside a guest writer's byline, the bylines of related
// posts and of comments under a post that names no writer.
func TestBlogProbe46Around(t *testing.T) {
	dateOnly := `<div class="entry-meta"><time class="entry-date published" datetime="2024-03-03T09:15:00+00:00">March 3, 2024</time></div>`
	related := `<section class="related-posts"><h3>You might also like</h3><article class="related"><h4><a href="/bridge/">The bridge reopens</a></h4><p class="byline">By John Roe · February 20, 2024</p></article><article class="related"><h4><a href="/library/">Library hours cut again</a></h4><p class="byline">By Mary Major · January 11, 2024</p></article></section>`
	responses := `<div id="comments"><h3 id="comments-title">3 Responses to &#8220;Rebuilding the covered market&#8221;</h3><ol class="commentlist"><li class="comment"><div class="comment-author"><cite>Bob Smith</cite> Says:</div><small class="commentmetadata">March 9th, 2024 at 6:02 pm</small><p>About time too.</p></li><li class="comment"><p class="comment-byline">By Alice Green on March 10, 2024</p><p>Forty million is a lot.</p></li></ol></div>`
	cases := []blog46{
		{name: "owner's about-me widget", meta: `<div class="entry-meta">By <a href="/author/jdoe/">Jane Doe</a> · <time datetime="2024-03-03">March 3, 2024</time></div>`,
			after:   `<aside class="widget widget_about"><h3 class="widget-title">About me</h3><img src="/me.jpg" alt="Mary Major"><p>Hi, I'm Mary Major. I started Field Notes in 2015 to write about the city I love.</p></aside>`,
			authors: "Jane Doe", pub: "2024-03-03"},
		{name: "related posts' bylines", meta: dateOnly, tail: related, authors: "", pub: "2024-03-03"},
		{name: "related posts' bylines after the writer's", meta: `<div class="entry-meta">By <a href="/author/jdoe/">Jane Doe</a> · <time datetime="2024-03-03">March 3, 2024</time></div>`, tail: related, authors: "Jane Doe", pub: "2024-03-03"},
		{name: "responses", meta: dateOnly, after: responses, authors: "", pub: "2024-03-03"},
		{name: "an editor alone", meta: `<div class="post-meta">Edited by <a href="/team/jroe/">John Roe</a> · <time datetime="2024-03-03">March 3, 2024</time></div>`, authors: "", pub: "2024-03-03"},
		{name: "a reviewer alone", meta: `<div class="post-meta">Medically reviewed by <a href="/reviewer/asmith/">Dr. Alan Smith, MD</a> · <time datetime="2024-03-03">March 3, 2024</time></div>`, authors: "", pub: "2024-03-03"},
		{name: "a photo credit line alone", meta: `<div class="post-meta"><time datetime="2024-03-03">March 3, 2024</time></div><p class="photo-credit">Photo: Tom Baker</p>`, authors: "", pub: "2024-03-03"},
		{name: "Oxford comma", meta: `<p class="byline">By Jane Doe, John Roe, and Mary Major</p><time datetime="2024-03-03">March 3, 2024</time>`, authors: "Jane Doe; John Roe; Mary Major", pub: "2024-03-03"},
		{name: "JSON-LD authors by @id, a list", head: `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"BlogPosting","headline":"Rebuilding the covered market","author":[{"@id":"https://fieldnotes.example/#/schema/person/ab12"},{"@id":"https://fieldnotes.example/#/schema/person/cd34"}],"datePublished":"2024-03-03T09:15:00+00:00"},{"@type":"Person","@id":"https://fieldnotes.example/#/schema/person/ab12","name":"Jane Doe"},{"@type":"Person","@id":"https://fieldnotes.example/#/schema/person/cd34","name":"John Roe"}]}</script>`,
			authors: "Jane Doe; John Roe", pub: "2024-03-03"},
		{name: "Spanish, publicado por", meta: `<div class="entry-meta">Publicado por <a href="/author/jperez/">Juan Pérez</a> el 3 de marzo de 2024</div>`, authors: "Juan Pérez", pub: "2024-03-03"},
	}
	checkBlog46(t, cases)
}
