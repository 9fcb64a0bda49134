package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// The byline markup of the CMSs and themes most news sites run on, each
// reduced to what its template renders around one article: the written-out
// names come back, without a section, a role, an agency or a date.
func TestAuthorTemplates(t *testing.T) {
	ld := func(v string) string { return `<script type="application/ld+json">` + v + `</script>` }
	cases := []pageCase{
		// WordPress core themes.
		{"twenty twenty", "", `<div class="post-meta-wrapper post-meta-single post-meta-single-top"><ul class="post-meta"><li class="post-author meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post author</span><svg class="svg-icon"></svg></span><span class="meta-text">By <a href="https://news.example/author/janedoe/">Jane Doe</a></span></li><li class="post-date meta-wrapper"><span class="meta-icon"><span class="screen-reader-text">Post date</span></span><span class="meta-text"><a href="https://news.example/2021/03/03/a-story/">March 3, 2021</a></span></li><li class="post-comment-link meta-wrapper"><span class="meta-text"><a href="#respond">No Comments<span class="screen-reader-text"> on A story</span></a></span></li></ul></div>`, "", "Jane Doe"},
		{"twenty twenty-one", "", "", `<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2021-03-03T10:00:00+00:00">March 3, 2021</time></span><span class="byline">By <a href="https://news.example/author/janedoe/" rel="author">Jane Doe</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="https://news.example/category/world/" rel="category tag">World</a></span></div></footer>`, "Jane Doe"},
		{"twenty twenty-four", "", `<div class="wp-block-group"><div class="wp-block-post-date"><time datetime="2024-03-03T10:00:00+00:00"><a href="/a-story/">Mar 3, 2024</a></time></div><p class="has-small-font-size">—</p><p class="has-small-font-size">by</p><div class="wp-block-post-author-name has-small-font-size"><a href="https://news.example/author/janedoe/" target="_self" class="wp-block-post-author-name__link">Jane Doe</a></div><p class="has-small-font-size">in</p><div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="https://news.example/category/world/" rel="tag">World</a></div></div>`, "", "Jane Doe"},
		{"underscores", "", `<div class="entry-meta"><span class="posted-on">Posted on <a href="/a-story/" rel="bookmark"><time class="entry-date published" datetime="2021-03-03T10:00:00+00:00">March 3, 2021</time><time class="updated" datetime="2021-03-04T10:00:00+00:00">March 4, 2021</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="https://news.example/author/janedoe/">Jane Doe</a></span></span></div>`, "", "Jane Doe"},
		{"generatepress", "", `<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2021-03-03T10:00:00+00:00" itemprop="datePublished">March 3, 2021</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://news.example/author/janedoe/" title="View all posts by Jane Doe" rel="author" itemprop="url"><span class="author-name" itemprop="name">Jane Doe</span></a></span></span></div>`, "", "Jane Doe"},
		{"astra", "", `<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by Jane Doe" href="https://news.example/author/janedoe/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">Jane Doe</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished">March 3, 2021</span></span></div>`, "", "Jane Doe"},
		{"newspaper (tagDiv)", "", `<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://news.example/author/janedoe/">Jane Doe</a><div class="td-author-line"> - </div></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2021-03-03T10:00:00+00:00">March 3, 2021</time></span><div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>0</a></div><div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-1">1234</span></div></div>`, "", "Jane Doe"},
		{"newspaper (tagDiv composer)", "", `<div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="https://news.example/author/janedoe/" title="Jane Doe"><img alt="Jane Doe" src="a.jpg"></a><div class="tdb-author-name-wrap"><span class="tdb-author-by">By</span> <a class="tdb-author-name" href="https://news.example/author/janedoe/">Jane Doe</a></div></div>`, "", "Jane Doe"},
		{"jannah", "", `<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author-avatar"><a href="https://news.example/author/janedoe/"><img alt="Photo of Jane Doe" src="a.jpg"></a></span><span class="meta-author"><a href="https://news.example/author/janedoe/" class="author-name tie-icon" title="Jane Doe">Jane Doe</a></span><a href="mailto:jane@news.example" class="author-email-link" target="_blank" rel="nofollow noopener" title="Send an email"><span class="tie-icon-envelope" aria-hidden="true"></span><span class="screen-reader-text">Send an email</span></a></span></span><span class="date meta-item tie-icon">March 3, 2021</span><div class="tie-alignright"><span class="meta-views meta-item"><span class="tie-icon-fire" aria-hidden="true"></span> 1,234 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes read</span></div></div>`, "", "Jane Doe"},
		{"jannah, two authors", "", `<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-1"><span class="meta-author"><a href="https://news.example/author/janedoe/" class="author-name tie-icon" title="Jane Doe">Jane Doe</a></span></span><span class="meta-item meta-author-wrapper meta-author-2"><span class="meta-author"><a href="https://news.example/author/johnroe/" class="author-name tie-icon" title="John Roe">John Roe</a></span></span></span><span class="date meta-item tie-icon">March 3, 2021</span></div>`, "", "Jane Doe; John Roe"},
		{"elementor author box, a display name in lower case", "", "", `<div class="elementor-widget elementor-widget-author-box"><div class="elementor-author-box"><a href="https://news.example/author/janedoe/" class="elementor-author-box__avatar"><img src="a.jpg" alt="jane doe"></a><div class="elementor-author-box__text"><a href="https://news.example/author/janedoe/"><h4 class="elementor-author-box__name">jane doe</h4></a><div class="elementor-author-box__bio"></div></div></div></div>`, "jane doe"},
		{"lower-case words on an author link that do not spell its address", "", "", `<div class="author-box"><a href="https://news.example/author/janedoe/">see all posts</a></div>`, ""},
		// WordPress SEO plugins.
		{"yoast @graph, person by @id", ld(`{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://news.example/a-story/#article","isPartOf":{"@id":"https://news.example/a-story/"},"author":{"name":"Jane Doe","@id":"https://news.example/#/schema/person/0f1e"},"headline":"A story","datePublished":"2021-03-03T10:00:00+00:00","publisher":{"@id":"https://news.example/#organization"}},{"@type":"WebPage","@id":"https://news.example/a-story/","url":"https://news.example/a-story/","name":"A story - Example News"},{"@type":"Organization","@id":"https://news.example/#organization","name":"Example News"},{"@type":"Person","@id":"https://news.example/#/schema/person/0f1e","name":"Jane Doe","image":{"@type":"ImageObject","@id":"https://news.example/#/schema/person/image/","url":"https://secure.gravatar.com/avatar/0f1e","caption":"Jane Doe"},"url":"https://news.example/author/janedoe/"}]}`) + `<meta name="author" content="Jane Doe"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="4 minutes">`, "", "", "Jane Doe"},
		{"yoast @graph, @id only", ld(`{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://news.example/a-story/#article","author":{"@id":"https://news.example/#/schema/person/0f1e"},"headline":"A story"},{"@type":["Person"],"@id":"https://news.example/#/schema/person/0f1e","name":"Jane Doe"}]}`), "", "", "Jane Doe"},
		{"rank math", ld(`{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://news.example/#organization","name":"Example News"},{"@type":"WebSite","@id":"https://news.example/#website","url":"https://news.example","name":"Example News","publisher":{"@id":"https://news.example/#organization"}},{"@type":"Person","@id":"https://news.example/author/janedoe/","name":"Jane Doe","url":"https://news.example/author/janedoe/","image":{"@type":"ImageObject","@id":"https://secure.gravatar.com/avatar/0f1e","url":"https://secure.gravatar.com/avatar/0f1e","caption":"Jane Doe"},"worksFor":{"@id":"https://news.example/#organization"}},{"@type":"BlogPosting","headline":"A story","datePublished":"2021-03-03T10:00:00+00:00","author":{"@id":"https://news.example/author/janedoe/","name":"Jane Doe"},"publisher":{"@id":"https://news.example/#organization"},"@id":"https://news.example/a-story/#richSnippet"}]}`), "", "", "Jane Doe"},
		{"twitter written by, several", `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe, John Roe">`, "", "", "Jane Doe; John Roe"},
		// Other CMSs.
		{"drupal 7", "", `<div class="submitted">Submitted by <span class="username" xml:lang="" about="/user/12" typeof="sioc:UserAccount" property="foaf:name" datatype="">Jane Doe</span> on <span property="dc:date dc:created" content="2021-03-03T10:00:00+00:00" datatype="xsd:dateTime">Wed, 03/03/2021 - 10:00</span></div>`, "", "Jane Doe"},
		{"drupal 8 (classy)", "", `<footer class="node__meta"><article class="profile"></article><div class="node__submitted">Submitted by <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype="">Jane Doe</span></span> on <span class="field field--name-created field--type-created field--label-hidden">Wed, 03/03/2021 - 10:00</span></div></footer>`, "", "Jane Doe"},
		{"drupal olivero", "", `<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="View user profile." href="/user/12" lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype="" class="username">Jane Doe</a></span></span><span class="node__meta--created"><span class="field field--name-created field--type-created field--label-hidden">3 March 2021</span></span></div>`, "", "Jane Doe"},
		{"ghost casper", ld(`{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Example News"},"author":{"@type":"Person","name":"Jane Doe","url":"https://news.example/author/jane/","sameAs":[]},"headline":"A story","datePublished":"2021-03-03T10:00:00.000Z"}`) + `<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="World">`, `<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/jane/" class="author-avatar"><img class="author-profile-image" src="a.jpg" alt="Jane Doe"></a></li><li class="author-list-item"><a href="/author/john/" class="author-avatar"><img class="author-profile-image" src="b.jpg" alt="John Roe"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/jane/">Jane Doe</a>, <a href="/author/john/">John Roe</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2021-03-03">Mar 3, 2021</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min read</span></div></div></section></div>`, "", "Jane Doe; John Roe"},
		{"substack", ld(`{"@context":"https://schema.org","@type":"NewsArticle","url":"https://jane.substack.com/p/a-story","headline":"A story","datePublished":"2023-03-03T10:00:00.000Z","author":[{"@type":"Person","name":"Jane Doe","url":"https://substack.com/@janedoe","description":"Writes about things."}],"publisher":{"@type":"Organization","name":"Jane's Letter","url":"https://jane.substack.com"}}`) + `<meta name="author" content="Jane Doe">`, `<div class="post-header"><div class="byline-wrapper"><div class="pencraft flex"><div class="profile-hover-card-target"><a href="https://substack.com/@janedoe" class="pencraft link">Jane Doe</a></div></div><div class="pencraft meta">Mar 03, 2023</div></div></div>`, "", "Jane Doe"},
		{"medium", ld(`{"@context":"http://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe","url":"https://medium.com/@janedoe"},"creator":["Jane Doe"],"publisher":{"@type":"Organization","name":"Medium"}}`) + `<meta name="author" content="Jane Doe"><meta property="article:author" content="https://medium.com/@janedoe"><meta name="twitter:creator" content="@janedoe"><meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="6 min read">`, `<div class="speechify-ignore"><div><span data-testid="authorName"><a href="/@janedoe?source=post_page" rel="noopener follow">Jane Doe</a></span></div><span data-testid="storyReadTime">6 min read</span><span>·</span><span data-testid="storyPublishDate">Mar 3, 2023</span></div>`, "", "Jane Doe"},
		{"arc xp (washington post)", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":[{"@type":"Person","name":"Jane Doe","url":"https://news.example/people/jane-doe/"},{"@type":"Person","name":"John Roe","url":"https://news.example/people/john-roe/"}]}`) + `<meta property="article:author" content="https://www.facebook.com/janedoe">`, `<div data-qa="author-byline" class="byline"><span>By </span><span data-qa="author-name"><a href="https://news.example/people/jane-doe/" rel="author" data-qa="author-name">Jane Doe</a></span><span> and </span><span data-qa="author-name"><a href="https://news.example/people/john-roe/" rel="author" data-qa="author-name">John Roe</a></span></div><div data-qa="timestamp">March 3, 2023 at 10:00 a.m. EST</div>`, "", "Jane Doe; John Roe"},
		{"arc xp, visible byline only", "", `<div class="byline b-byline"><span class="by">By</span> <a href="https://news.example/people/jane-doe/">Jane Doe</a>, <a href="https://news.example/people/john-roe/">John Roe</a> and <a href="https://news.example/people/ann-lee/">Ann Lee</a></div><div class="b-date">March 3, 2023</div>`, "", "Jane Doe; John Roe; Ann Lee"},
		{"brightspot", "", `<div class="Page-byline"><div class="Page-authors"><span class="Page-authorBy">By </span><a class="Link" href="https://news.example/people/jane-doe">Jane Doe</a></div><div class="Page-datePublished">Published March 3, 2023</div></div>`, "", "Jane Doe"},
		{"brightspot, several", "", `<div class="ArticlePage-authors"><div class="ArticlePage-authorBy">By</div><div class="ArticlePage-authorName" itemprop="author"><a class="Link" href="https://news.example/staff/jane-doe">Jane Doe</a></div><div class="ArticlePage-authorName" itemprop="author"><a class="Link" href="https://news.example/staff/john-roe">John Roe</a></div></div>`, "", "Jane Doe; John Roe"},
		{"brightspot, several, no microdata", "", `<div class="ArticlePage-authors"><div class="ArticlePage-authorBy">By</div><div class="ArticlePage-authorName"><a class="Link" href="https://news.example/staff/jane-doe">Jane Doe</a></div><div class="ArticlePage-authorName"><a class="Link" href="https://news.example/staff/john-roe">John Roe</a></div></div>`, "", "Jane Doe; John Roe"},
		{"blogger (simple)", "", "", `<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0123" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Doe</span></a></span></span> <span class="post-timestamp">at <meta content="https://jane.blogspot.com/2021/03/a-story.html" itemprop="url"><a class="timestamp-link" href="https://jane.blogspot.com/2021/03/a-story.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2021-03-03T10:00:00-08:00">10:00 AM</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comments">No comments:</a></span></div></div>`, "Jane Doe"},
		{"blogger (contempo)", "", `<div class="post-header"><div class="post-header-line-1"><span class="byline post-author vcard"><span class="post-author-label">By</span><span class="fn"><meta content="https://www.blogger.com/profile/0123" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/0123" rel="author" title="author profile"><span itemprop="name">Jane Doe</span></a></span></span><span class="byline post-timestamp"><meta content="https://jane.blogspot.com/2021/03/a-story.html" itemprop="url"><a class="timestamp-link" href="https://jane.blogspot.com/2021/03/a-story.html" rel="bookmark" title="permanent link"><time class="published" datetime="2021-03-03T10:00:00-08:00" title="2021-03-03T10:00:00-08:00">March 03, 2021</time></a></span></div></div>`, "", "Jane Doe"},
		{"joomla", "", `<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">Jane Doe</span></dd><dd class="category-name">Category: <a href="/index.php/news" itemprop="genre">News</a></dd><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2021-03-03T10:00:00+00:00" itemprop="datePublished">Published: 03 March 2021</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:123">Hits: 123</dd></dl>`, "", "Jane Doe"},
		{"joomla 4 (cassiopeia)", "", `<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Written by: <span itemprop="name">Jane Doe</span></dd><dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Category: <a href="/news" itemprop="genre">News</a></dd><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="2021-03-03T10:00:00+00:00" itemprop="datePublished">Published: 03 March 2021</time></dd></dl>`, "", "Jane Doe"},
		{"squarespace", ld(`{"url":"https://news.example/blog/a-story","name":"A story","headline":"A story","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2021-03-03T10:00:00+0000","@context":"http://schema.org","@type":"Article"}`) + `<meta itemprop="author" content="Jane Doe">`, `<div class="blog-item-meta-wrapper"><div class="blog-item-author-date-wrapper"><div class="blog-item-author-profile-wrapper"><a href="/blog?author=5f1e2d" class="blog-author-name">Jane Doe</a></div><div class="blog-meta-item blog-meta-item--date"><time class="blog-meta-item blog-meta-item--date" datetime="2021-03-03">March 3, 2021</time></div></div></div>`, "", "Jane Doe"},
		{"squarespace, visible only", "", `<div class="Blog-meta BlogItem-meta"><span class="Blog-meta-item Blog-meta-item--author"><a href="/blog?author=5f1e2d" class="Blog-meta-item-author">Jane Doe</a></span><time class="Blog-meta-item Blog-meta-item--date" datetime="2021-03-03">March 3, 2021</time><a href="/blog?category=World" class="Blog-meta-item Blog-meta-item--categories">World</a></div>`, "", "Jane Doe"},
		{"wix", ld(`{"@context":"https://schema.org","@type":"BlogPosting","headline":"A story","author":{"@type":"Person","name":"Jane Doe","url":"https://news.example/profile/janedoe/profile"},"publisher":{"@type":"Organization","name":"Example"}}`), `<div class="post-metadata"><div data-hook="avatar-image"></div><span data-hook="user-name" class="tQ0Q1A user-name">Jane Doe</span><span data-hook="time-ago" title="Mar 3, 2021">Mar 3, 2021</span><span data-hook="time-to-read">2 min read</span></div>`, "", "Jane Doe"},
		{"wix, visible only", "", `<div data-hook="post-metadata"><div class="avatar"><span data-hook="user-name" class="tQ0Q1A user-name">Jane Doe</span><div data-hook="badge-element">Admin</div></div><ul><li><span data-hook="time-ago" title="Mar 3, 2021">Mar 3, 2021</span></li><li><span data-hook="time-to-read">2 min read</span></li></ul></div>`, "", "Jane Doe"},
		{"hubspot", "", `<div class="blog-post__meta"><div class="blog-post__author"><img class="blog-post__author-image" src="a.jpg" alt="Picture of Jane Doe"><a class="blog-post__author-name" href="https://blog.news.example/author/jane-doe">Jane Doe</a></div><div class="blog-post__timestamp">Mar 3, 2021 10:00:00 AM</div></div>`, "", "Jane Doe"},
		{"hubspot (legacy)", "", `<div class="blog-post-author"><p id="hubspot-author_data" class="hubspot-editable" data-hubspot-form-id="author_data" data-hubspot-name="Blog Author">Posted by <a class="author-link" href="https://blog.news.example/author/jane-doe">Jane Doe</a> on Mar 3, 2021 10:00:00 AM</p></div>`, "", "Jane Doe"},
		{"typo3 news", "", `<div class="extra"><span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">by <span itemprop="name">Jane Doe</span></span><span class="news-list-date"><time itemprop="datePublished" datetime="2021-03-03">03/03/2021</time></span><span class="news-list-category">World</span></div>`, "", "Jane Doe"},
		{"bitrix", "", `<div class="news-detail"><span class="news-date-time">03.03.2021</span><div class="news-detail-author">Автор: Иван Петров</div></div>`, "", "Иван Петров"},
		{"bitrix, display properties", "", `<div class="news-detail"><span class="news-date-time">03.03.2021</span><br>Автор:&nbsp;Иван Петров<br></div>`, "", "Иван Петров"},
		// Bylines as written.
		{"by A, B and C", "", `<p class="byline">By Jane Doe, John Roe and Ann Lee</p>`, "", "Jane Doe; John Roe; Ann Lee"},
		{"by A and B", "", `<p class="byline">By Jane Doe and John Roe</p>`, "", "Jane Doe; John Roe"},
		{"by A | Reuters", "", `<p class="byline">By Jane Doe | Reuters</p>`, "", "Jane Doe"},
		{"by A, Reuters", "", `<p class="byline">By Jane Doe, Reuters</p>`, "", "Jane Doe"},
		{"A and B, Associated Press", "", `<p class="byline">By JANE DOE and JOHN ROE Associated Press</p>`, "", "JANE DOE; JOHN ROE"},
		{"A, Staff Writer", "", `<p class="byline">Jane Doe, Staff Writer</p>`, "", "Jane Doe"},
		{"by A, staff writer, with a date", "", `<p class="byline">By Jane Doe, Staff Writer | March 3, 2021</p>`, "", "Jane Doe"},
		{"A, Senior Correspondent", "", `<div class="byline">By <a href="/author/jane-doe">Jane Doe</a>, Senior Correspondent</div>`, "", "Jane Doe"},
		{"an agency alone", "", `<p class="byline">By Reuters</p>`, "", "Reuters"},
		{"an agency in the meta", `<meta name="author" content="Associated Press">`, "", "", "Associated Press"},
		{"A and B in a section", "", `<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and <a href="/author/john-roe">John Roe</a> in <a href="/world/">World</a></div>`, "", "Jane Doe; John Roe"},
		{"rel=author", "", `<p>By <a rel="author" href="/about/">Jane Doe</a></p>`, "", "Jane Doe"},
		{"itemprop author with a nested name", "", `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span> <span itemprop="jobTitle">Staff Writer</span></span>`, "", "Jane Doe"},
		{"itemprop author with a nested name and url", "", `<div itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/author/jane-doe"><span itemprop="name">Jane Doe</span></a><meta itemprop="email" content="jane@news.example"></div>`, "", "Jane Doe"},
		{"author meta with a URL value", `<meta name="author" content="https://news.example/author/jane-doe">`, `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"json-ld author string", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":"Jane Doe"}`), "", "", "Jane Doe"},
		{"json-ld author string of two", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":"Jane Doe and John Roe"}`), "", "", "Jane Doe; John Roe"},
		{"json-ld author array of strings", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":["Jane Doe","John Roe"]}`), "", "", "Jane Doe; John Roe"},
		{"json-ld author array of persons", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}`), "", "", "Jane Doe; John Roe"},
		{"json-ld author with a url only", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","url":"https://news.example/author/jane-doe"}}`), `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"json-ld author with a url only and nothing else", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","url":"https://news.example/author/jane-doe"}}`), "", "", "Jane Doe"},
		{"json-ld author name with a role", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe, Staff Writer"}}`), "", "", "Jane Doe"},
		{"json-ld author name with by", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"By Jane Doe"}}`), "", "", "Jane Doe"},
		{"parsely author, several", `<meta name="parsely-author" content="Jane Doe"><meta name="parsely-author" content="John Roe">`, "", "", "Jane Doe; John Roe"},
		{"two author links with nothing between", "", `<div class="post-meta"><a href="/author/jane-doe/">Jane Doe</a><a href="/author/john-roe/">John Roe</a></div>`, "", "Jane Doe; John Roe"},
		{"a topic link the page calls an author", "", `<div class="post-meta"><a id="author-modal" href="/blog/?content_topic=906">HR Strategy</a> <span class="date">March 3, 2021</span></div>`, "", ""},
		{"a publication after the names", "", `<div class="byline">By <span class="author vcard"><a class="fn" href="https://connect.news.example/user/jdoe/">Jane Doe/News.com The Daily Ledger</a></span></div>`, "", "Jane Doe"},
		{"a newsroom's byline with the site's address", "", `<p class="byline">By NFL.com Staff</p>`, "", "NFL.com Staff"},
		{"author(s) over a list of links", "", `<div class="meta"><h6>Author(s)</h6><ul><li><a href="/library/?_author=John%20A.%20Alic">John A. Alic</a></li><li><a href="/library/?_author=David%20C.%20Mowery">David C. Mowery</a></li></ul></div>`, "", "John A. Alic; David C. Mowery"},
		{"written by a list of author links, then edited by", "", `<div class="col"><div><span>Written by: <ul class="comma-separated-list"><li><a href="/authors/jane-doe/">Jane Doe</a></li><li><a href="/authors/john-roe/">John Roe</a></li></ul></span></div><div><span>Edited by: <a href="/authors/ann-lee/">Ann Lee</a></span></div></div>`, "", "Jane Doe; John Roe"},
		{"a section's link after the byline's", `<meta name="author" content="Jane Doe">`, `<div class="meta"><span>by <a href="/author/jane-doe/">Jane Doe</a></span><span><a href="/location/polar-regions">Global Commons</a></span><span>May 2nd 2025</span></div>`, "", "Jane Doe"},
		{"byline with a date before", "", `<p class="byline">March 3, 2021 by Jane Doe</p>`, "", "Jane Doe"},
		{"byline with a section", "", `<div class="meta">Jane Doe | World | March 3, 2021</div>`, "", "Jane Doe"},
		// Newsrooms and other languages.
		{"nyt", "", `<div class="css-1"><p class="css-4 e1jsehar1" itemprop="author"><span class="byline-prefix">By </span><a href="https://news.example/by/jane-doe" class="css-n8ff4n e1jsehar0"><span class="css-1baulvz last-byline" itemprop="name">Jane Doe</span></a> and <a href="https://news.example/by/john-roe"><span class="css-1baulvz last-byline" itemprop="name">John Roe</span></a></p></div>`, "", "Jane Doe; John Roe"},
		{"nyt, links only", "", `<div class="css-1"><p class="css-4 e1jsehar1"><span>By </span><a href="https://news.example/by/jane-doe"><span>Jane Doe</span></a> and <a href="https://news.example/by/john-roe"><span>John Roe</span></a></p></div>`, "", "Jane Doe; John Roe"},
		{"guardian", `<meta name="author" content="Jane Doe">`, `<address aria-label="Contributor info"><div><a rel="author" data-link-name="auto tag link" href="https://news.example/profile/janedoe">Jane Doe</a> in Washington</div></address>`, "", "Jane Doe"},
		{"bbc", "", `<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName"><span>By Jane Doe</span></div><div class="ssrcss-84ltp5-Text">BBC News, Washington</div></div>`, "", "Jane Doe"},
		{"cnn", "", `<div class="byline vossi-byline"><div class="byline__names"><span class="byline__by">By </span><a href="/profiles/jane-doe"><span class="byline__name">Jane Doe</span></a> and <a href="/profiles/john-roe"><span class="byline__name">John Roe</span></a>, CNN</div><div class="timestamp">Updated 10:00 AM EST, Wed March 3, 2021</div></div>`, "", "Jane Doe; John Roe"},
		{"cnn, spans", "", `<div class="byline__names"><span class="byline__name">Jane Doe</span> and <span class="byline__name">John Roe</span>, CNN</div>`, "", "Jane Doe; John Roe"},
		{"ap news", "", `<div class="Page-authors"><span class="Page-by">By</span> <a class="Link" href="https://news.example/author/jane-doe">JANE DOE</a> and <a class="Link" href="https://news.example/author/john-roe">JOHN ROE</a></div><div class="Page-dateModified">Updated 10:00 AM EST, March 3, 2021</div>`, "", "JANE DOE; JOHN ROE"},
		{"forbes", "", `<div class="contrib-byline-author"><a class="contrib-link--name remove-underline" href="https://news.example/sites/janedoe/">Jane Doe</a><div class="contrib-byline-author__title">Contributor</div></div>`, "", "Jane Doe"},
		{"author and title", "", `<div class="meta"><a href="/author/jane-doe" rel="author">Jane Doe</a>, <span class="author-title">Senior Editor</span></div>`, "", "Jane Doe"},
		{"slash staff writer", "", `<p class="byline">Jane Doe / Staff Writer</p>`, "", "Jane Doe"},
		{"bullet staff writer", "", `<p class="byline">By Jane Doe • Staff Writer</p>`, "", "Jane Doe"},
		{"por", "", `<p class="autor">Por Juan Pérez</p>`, "", "Juan Pérez"},
		{"par", "", `<p class="auteur">Par Jean Dupont et Marie Curie</p>`, "", "Jean Dupont; Marie Curie"},
		{"von", "", `<p class="byline">Von Hans Müller</p>`, "", "Hans Müller"},
		{"di", "", `<p class="autore">di Mario Rossi</p>`, "", "Mario Rossi"},
		{"door", "", `<p class="auteur">Door Jan Jansen</p>`, "", "Jan Jansen"},
		{"conversation", "", `<p class="byline">Jane Doe and John Roe | The Conversation</p>`, "", "Jane Doe; John Roe"},
		{"microdata meta", "", `<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="author" content="Jane Doe"></div>`, "", "Jane Doe"},
		{"author-name with by", "", `<span class="author-name">By Jane Doe</span>`, "", "Jane Doe"},
		{"agency on its own line", "", `<p class="byline">By JANE DOE<br>Associated Press</p>`, "", "JANE DOE"},
		{"json-ld name array", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":["Jane Doe"]}}</script>`, "", "", "Jane Doe"},
		{"json-ld person with given and family", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A story","author":{"@type":"Person","givenName":"Jane","familyName":"Doe"}}</script>`, "", "", "Jane Doe"},
		{"by and role line", "", `<div class="byline"><p>By Jane Doe</p><p>Senior Correspondent</p></div>`, "", "Jane Doe"},
		{"reporting by", "", `<p>Reporting by Jane Doe; Editing by John Roe</p>`, "", "Jane Doe"},
		{"a list of all the site's authors is none", "", `<div id="autoren"><h2>Unsere Autoren</h2><p>Jane Doe</p></div>`, "", ""},
		{"reuters footer", "", "", `<p>Reporting by Jane Doe in London; Editing by Ann Lee</p>`, "Jane Doe"},
		{"additional reporting is not the byline", `<meta name="author" content="Jane Doe">`, "", `<p>Additional reporting by John Roe; Editing by Ann Lee</p>`, "Jane Doe"},
		{"byline contributors", "", `<p class="byline">By Jane Doe, contributor</p>`, "", "Jane Doe"},
		{"the byline is an org", "", `<p class="byline">By The Associated Press</p>`, "", "The Associated Press"},
		{"staff byline", "", `<p class="byline">By Star Tribune staff</p>`, "", "Star Tribune staff"},
		{"a newsroom on the byline's second line", `<meta property="og:site_name" content="PhillyVoice">`, `<div class="article-byline">
			<div class="author-image"><img alt="Jane-Doe-headshot" src="a.png"></div>
			<div class="author">
				<span class="by">By</span>
					<a class="author-name" href="/staff-contributors/jane-doe/">
						Jane Doe
					</a>
				<br />
				<span class="author-staff">
					PhillyVoice Staff
				</span>
			</div></div>`, "", "Jane Doe"},
		{"von, mit dpa", "", `<p class="byline">Von Hans Müller mit dpa</p>`, "", "Hans Müller"},
		{"par, avec afp", "", `<p class="byline">Par Jean Dupont avec AFP</p>`, "", "Jean Dupont"},
		{"surname first in the author meta", `<meta name="author" content="Kaufman, Jeff T.">`, "", "", "Jeff T. Kaufman"},
		{"a login in json-ld, the name on the author link", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"janed"}}`), `<div class="post-meta"><a href="/author/janed/">Jane Doe</a> <span>March 3, 2021</span></div>`, "", "Jane Doe"},
		{"a handle with digits in json-ld, the name in the byline", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"jdoe92"}}`), `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"an @handle in json-ld, the name in the byline", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"@jdoe92"}}`), `<p class="byline">By Jane Doe</p>`, "", "Jane Doe"},
		{"an honorific as the structured data writes it", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Dr. Jane Doe"}}`), `<p class="byline">By Jane Doe</p>`, "", "Dr. Jane Doe"},
		{"an honorific as the byline writes it", ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"A story","author":{"@type":"Person","name":"Jane Doe"}}`), `<p class="byline">By Dr. Jane Doe</p>`, "", "Dr. Jane Doe"},
		{"a newsroom's placeholder names no one", "", `<p class="byline">By STAFF REPORT</p>`, "", ""},
		{"a paper's staff is its author", "", `<p class="byline">By HERALD STAFF</p>`, "", "HERALD STAFF"},
		{"a role alone names no one", "", `<p class="byline">Staff Writer</p>`, "", ""},
		{"dr prefix", "", `<p class="byline">By Dr. Jane Doe</p>`, "", "Dr. Jane Doe"},
		{"hyphen name", "", `<p class="byline">By Jean-Luc Picard and Mary O'Brien-Smith</p>`, "", "Jean-Luc Picard; Mary O'Brien-Smith"},
	}
	checkPages(t, cases)
}

// Bylines as the web writes them beyond English templates: "and" in other
// languages and in capitals, names with particles and suffixes, scripts
// without capitals, other scripts' "by", an agency or a paper's role after
// the name.
func TestBylineForms(t *testing.T) {
	cases := []struct{ name, byline, want string }{
		{"AND in capitals", `<p class="byline">By JANE DOE AND JOHN ROE</p>`, "JANE DOE; JOHN ROE"},
		// The other languages' "and" in capitals, between full names; a
		// family name joined by one stays whole.
		{"Y in capitals", `<p class="byline">POR ANA PÉREZ Y JUAN ROE</p>`, "ANA PÉREZ; JUAN ROE"},
		{"UND in capitals", `<p class="byline">VON MAX MUSTER UND ERIKA ROE</p>`, "MAX MUSTER; ERIKA ROE"},
		{"ET in capitals", `<p class="byline">PAR JEAN DUPONT ET MARIE CURIE</p>`, "JEAN DUPONT; MARIE CURIE"},
		{"E in capitals", `<p class="byline">DI MARIO ROSSI E GIULIA BIANCHI</p>`, "MARIO ROSSI; GIULIA BIANCHI"},
		{"EN after DOOR in capitals", `<p class="byline">DOOR JAN JANSEN EN PIET BAKKER</p>`, "JAN JANSEN; PIET BAKKER"},
		{"И in capitals", `<p class="byline">АВТОР: ИВАН ПЕТРОВ И АННА СМИРНОВА</p>`, "ИВАН ПЕТРОВ; АННА СМИРНОВА"},
		{"a family name with Y in capitals", `<p class="byline">POR JOSÉ ORTEGA Y GASSET</p>`, "JOSÉ ORTEGA Y GASSET"},
		{"Romanian DE in capitals", `<p class="byline">DE ION POPESCU</p>`, "ION POPESCU"},
		{"DE LA of a family name in capitals", `<div class="author">DE LA CRUZ</div>`, "DE LA CRUZ"},
		{"a paper after a comma in capitals", `<p class="byline">BY JANE DOE, THE EXAMPLE TIMES</p>`, "JANE DOE"},
		{"an outlet's kind after a comma in capitals", `<p class="byline">BY JANE DOE, FOX NEWS</p>`, "JANE DOE"},
		{"Die Zeit after a comma in capitals", `<p class="byline">VON MAX MUSTER, DIE ZEIT</p>`, "MAX MUSTER"},
		{"a co-author after a comma in capitals", `<p class="byline">BY JANE DOE, JOHN ROE</p>`, "JANE DOE; JOHN ROE"},
		{"Russian и", `<p class="byline">Автор: Иван Петров и Мария Иванова</p>`, "Иван Петров; Мария Иванова"},
		{"Ukrainian та", `<div class="author">Іван Петренко та Марія Коваль</div>`, "Іван Петренко; Марія Коваль"},
		{"Polish i", `<p class="byline">Autorzy: Jan Kowalski i Anna Nowak</p>`, "Jan Kowalski; Anna Nowak"},
		{"Swedish och", `<p class="byline">Av Anna Svensson och Erik Berg</p>`, "Anna Svensson; Erik Berg"},
		{"Danish og", `<p class="byline">Af Anna Hansen og Erik Berg</p>`, "Anna Hansen; Erik Berg"},
		{"Greek και", `<div class="author">Γιώργος Παπαδόπουλος και Μαρία Νικολάου</div>`, "Γιώργος Παπαδόπουλος; Μαρία Νικολάου"},
		{"a name that ends in e after a letter beyond ASCII", `<p class="byline">By Renée Smith and Ayşe Kaya</p>`, "Renée Smith; Ayşe Kaya"},
		{"Turkish ve", `<p class="byline">Yazar: Ahmet Yılmaz ve Ayşe Kaya</p>`, "Ahmet Yılmaz; Ayşe Kaya"},
		{"Hungarian és", `<div class="author">Kovács János és Nagy Anna</div>`, "Kovács János; Nagy Anna"},
		{"Romanian și", `<div class="author">Ion Popescu și Maria Ionescu</div>`, "Ion Popescu; Maria Ionescu"},
		{"Finnish ja", `<div class="author">Matti Virtanen ja Liisa Korhonen</div>`, "Matti Virtanen; Liisa Korhonen"},
		{"with in a labelled byline", `<span class="author">By Dieter Hogen with Uta Pippig</span>`, "Dieter Hogen; Uta Pippig"},
		{"Associated Press after a comma", `<p class="byline">By JIM SALTER, Associated Press</p>`, "JIM SALTER"},
		{"The Associated Press after a comma", `<p class="byline">By Jim Salter and Ann Lee, The Associated Press</p>`, "Jim Salter; Ann Lee"},
		{"a role at the paper", `<p class="byline">By Jane Doe, The Daily Star Staff Writer</p>`, "Jane Doe"},
		{"Jr.", `<p class="byline">By John Smith Jr.</p>`, "John Smith Jr."},
		{"Sr. and a degree", `<p class="byline">By John Smith Sr., PhD</p>`, "John Smith Sr., PhD"},
		{"ibn", `<p class="byline">By Omar ibn Said</p>`, "Omar ibn Said"},
		{"al-", `<p class="byline">By Ahmed al-Rashid</p>`, "Ahmed al-Rashid"},
		{"d'", `<p class="byline">Par Jean d'Ormesson</p>`, "Jean d'Ormesson"},
		{"Arabic label", `<p class="byline">الكاتب: محمد أحمد</p>`, "محمد أحمد"},
		{"Arabic by the pen of", `<p class="byline">بقلم: محمد أحمد</p>`, "محمد أحمد"},
		{"Arabic author element", `<div class="author">محمد أحمد</div>`, "محمد أحمد"},
		{"Hebrew by", `<p class="byline">מאת ישראל ישראלי</p>`, "ישראל ישראלי"},
		{"Hindi label", `<p class="byline">लेखक: राम शर्मा</p>`, "राम शर्मा"},
		{"Greek genitive", `<p class="byline">Του Γιώργου Παπαδόπουλου</p>`, "Γιώργου Παπαδόπουλου"},
		{"Greek writes", `<p class="byline">Γράφει ο Γιώργος Παπαδόπουλος</p>`, "Γιώργος Παπαδόπουλος"},
		{"an association's legal form", `<p class="byline">Von Deutscher Caritasverband e. V.</p>`, "Deutscher Caritasverband"},
		{"an agency in lower case", `<p class="byline">Von dpa</p>`, "dpa"},
		{"photos after a bar", `<p class="byline">By Jane Doe | Photos by John Roe</p>`, "Jane Doe"},
		{"text and photos labelled", `<p class="byline">Text: Jane Doe, Photos: John Roe</p>`, "Jane Doe"},
		{"words and photographs", `<p class="byline">Words by Jane Doe, photographs by John Roe</p>`, "Jane Doe"},
		{"Russian text and photo", `<p class="byline">Текст: Иван Петров, фото: Петр Иванов</p>`, "Иван Петров"},
		{"for a paper", `<p class="byline">By Jane Doe for The Guardian</p>`, "Jane Doe"},
		{"of a project", `<p><em>Guest post by Jane Doe of Projects for Preschoolers</em></p>`, "Jane Doe"},
		{"an agency in brackets", `<p class="byline">Jane Doe (Reuters)</p>`, "Jane Doe"},
		{"with an agency in brackets", `<p class="byline">Par Jean Dupont (avec AFP)</p>`, "Jean Dupont"},
		{"reporting and writing", `<p>Reporting by Jane Doe; Writing by John Roe; Editing by Ann Lee</p>`, "Jane Doe; John Roe"},
		{"a German kind of piece", `<p class="byline">Ein Kommentar von Jane Doe</p>`, "Jane Doe"},
		{"interview by", `<p>Interview by Jane Doe</p>`, "Jane Doe"},
		{"opinion by", `<p>Opinion by Jane Doe</p>`, "Jane Doe"},
		{"compiled by", `<p>Compiled by Jane Doe</p>`, "Jane Doe"},
		{"a certified role after credentials", `<p class="byline">By Jane Doe, RN, BSN, Certified Pediatric Sleep Consultant</p>`, "Jane Doe, RN, BSN"},
		{"Korean reporter", `<p class="byline">김철수 기자 kim@news.example</p>`, "김철수"},
		{"Korean reporters joined by a middle dot", `<p class="byline">김철수·이영희 기자</p>`, "김철수; 이영희"},
		{"Korean correspondent with the dateline's city", `<div class="author">워싱턴=김철수 특파원</div>`, "김철수"},
		{"a commenter's handle", `<p class="posted">Posted by: Get Rid of the Fed at October 29, 2012 09:21 PM</p>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, authorPage("", c.byline, ""))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
	// "with" outside a labelled byline joins the words of a title.
	for _, s := range []string{"A Beautiful Giveaway with Feral Watches", "Pan-Fried Polenta with Chickpea Stew"} {
		if names := splitAuthors(s); len(names) > 1 {
			t.Errorf("splitAuthors(%q) = %q, want one entry or none", s, names)
		}
	}
}

// Bylines outside a byline block: one that shares its wrapper with the
// share buttons, a writer named in capitals at a standfirst's end, are
// read; the author elements of a list of related pieces credit those
// pieces.
func TestBylinesBesideFurniture(t *testing.T) {
	cases := []struct{ name, byline, want string }{
		{"a byline in a share bar's wrapper", `<div class="by-share-div"><div class="by-div"><p>By: Jane Doe</p></div><div class="share-div"><p>Share</p><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></li><li><a href="https://twitter.com/intent/tweet?url=x">Twitter</a></li></ul></div></div>`, "Jane Doe"},
		{"a standfirst that names its writer in capitals", `<div class="teaser">It is a great time to plant some evergreen shrubs that will give colour in the coming years, says OLIVE RYAN.</div>`, "OLIVE RYAN"},
		{"a standfirst that quotes someone", `<div class="teaser">It is a great time to plant some evergreen shrubs, says Olive Ryan of the garden centre.</div>`, ""},
		{"an author card that a photo heads", `<p>A first paragraph of the story that the template sets before its author card.</p><div class="callout"><div class="author__image-container"><img class="callout__image author__photo" src="a.jpg" alt="jane Doe"></div><div class="callout__content"><h3>Jane Doe</h3><p>Jane Doe is the head of marketing at the company and has written about podcasts for ten years.</p></div></div>`, "Jane Doe"},
		{"a photo card whose text is no biography", `<div class="callout"><div class="author__image-container"><img class="author__photo" src="a.jpg"></div><div><h3>Our Podcast Guide</h3><p>Everything you need to start a show this year.</p></div></div>`, ""},
		{"a related list's author elements", `<div class="news kontextliste"><h4>Auch interessant</h4><ul><li><a href="/presse/detail/kein-recht/">Kein Recht auf Faulheit auf der Regierungsbank</a><div class="kontextliste-autor">Pressemitteilung von Katja Kipping</div></li><li><a href="/themen/detail/die-opfer/">Die Opfer nicht vergessen</a><div class="kontextliste-autor">Nachricht</div></li></ul></div>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, authorPage("", c.byline, ""))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// The metadata panel beside an article, in an <aside> or a sidebar, names
// the authors under a label of its own; a widget that lists a blog's
// writers is no such statement.
func TestSidebarAuthors(t *testing.T) {
	cases := []struct{ name, aside, want string }{
		{"author(s) over a list of links", `<aside class="hero-metadata"><div><h6>Date</h6><p>November 2003</p></div><div><h6>Author(s)</h6><ul><li><a href="/library/?_author=John%20A.%20Alic">John A. Alic</a></li><li><a href="/library/?_author=David%20C.%20Mowery">David C. Mowery</a></li></ul></div></aside>`, "John A. Alic; David C. Mowery"},
		{"author over cards with initials and job titles", `<aside class="css-18rjdvr"><div><span>share this</span></div><div><span>Author</span></div><style>.css-a{margin:0}</style><div><div><span>CP</span><div><span>Chengcheng Pei</span></div><span>Staff Software Engineer, MongoDB</span></div><div><span>YL</span><div><span>Yuan Lin</span></div><span>Director of Engineering, Inference Platform, MongoDB</span></div></div></aside>`, "Chengcheng Pei; Yuan Lin"},
		{"a sidebar's author card with a biography", `<div class="blog-sidebar"><h4>Written by</h4><div><p>Jane Doe</p><p>Jane is an editor at the paper.</p><p>Read More Stories</p></div></div>`, "Jane Doe"},
		{"a widget of the blog's writers", `<aside class="widget"><h3>Authors</h3><ul><li><a href="/author/jane-doe">Jane Doe</a></li><li><a href="/author/john-roe">John Roe</a></li></ul></aside>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := strings.Replace(authorPage("", "", ""), "</article>", "</article>"+c.aside, 1)
			a := extractPage(t, page)
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// A byline set in an inline element between blocks ("<em
// class=info>Posted by Jane Doe in News.</em>" under an <h2> headline, as
// some WordPress themes set it) names the author and leaves the text, as
// a byline block does; the same words inside a paragraph do not.
func TestLooseInlineByline(t *testing.T) {
	page := func(post string) string {
		var b strings.Builder
		b.WriteString(`<html><head><title>A story | Example News</title></head><body><div id="header"><h1><a href="/">Example News</a></h1></div><div class="post hentry"><h2>A story <em>9 December, 2011</em></h2>` + post)
		for i := range 6 {
			fmt.Fprintf(&b, "<p>Paragraph %d of the story, long enough to be body text for the reader of this page.</p>", i)
		}
		b.WriteString(`</div></body></html>`)
		return b.String()
	}
	cases := []struct{ name, post, want string }{
		{"em between blocks", `<em class="info">Posted by Jane Doe in <a href="/category/news/" rel="category tag">News</a>. <br/></em>`, "Jane Doe"},
		{"em in a paragraph", `<p>A note on the story, <em>by Jane Doe</em>, as it was told.</p>`, ""},
	}
	for _, c := range cases {
		a := extractPage(t, page(c.post))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.want)
		}
		if c.want != "" && strings.Contains(a.Text, "Posted by Jane Doe") {
			t.Errorf("Extract(%s).Text = %q, want the byline gone", c.name, a.Text)
		}
		if c.want == "" && !strings.Contains(a.Text, "by Jane Doe") {
			t.Errorf("Extract(%s).Text = %q, want the paragraph kept", c.name, a.Text)
		}
	}
}

// Spanish, Portuguese and Italian templates class their byline "firma"
// (signature), the name maybe over the place on a line of its own; in
// German, Dutch and Polish the word means a company, and names none.
func TestFirmaBylines(t *testing.T) {
	page := func(lang, byline string) string {
		return strings.Replace(authorPage("", byline, ""), "<html>", `<html lang="`+lang+`">`, 1)
	}
	for _, c := range []struct{ name, lang, byline, want string }{
		{"Spanish, the name over the place", "es", `<p class="firma">María López<br>Madrid</p>`, "María López"},
		{"Portuguese, the name in a span", "pt-BR", `<div class="firma"><span>João Silva</span></div>`, "João Silva"},
		{"Italian, a compound class", "it", `<div class="article-firma">Mario Rossi</div>`, "Mario Rossi"},
		{"German: a company", "de", `<p class="firma">Müller Bau</p>`, ""},
		{"Spanish, a list of firmas", "es", `<div class="firmas">Manifiesto Común</div>`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := extractPage(t, page(c.lang, c.byline))
			if got := strings.Join(a.Authors, "; "); got != c.want {
				t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
			}
		})
	}
}

// Hindi news labels its writer "लेखक:" (writer) or "द्वारा:" (by) before
// the name, in a block of its own or in the meta line beside the date.
func TestHindiBylineLabels(t *testing.T) {
	checkPages(t, []pageCase{
		{"by, in a block of its own", "", `<p>द्वारा: राम शर्मा</p>`, "", "राम शर्मा"},
		{"by, in the meta line", "", `<div class="meta"><span>द्वारा: राम शर्मा</span> <span>अपडेट: 16 मई 2024</span></div>`, "", "राम शर्मा"},
		{"writer, in a block of its own", "", `<div>लेखक: राम शर्मा</div>`, "", "राम शर्मा"},
	})
}
