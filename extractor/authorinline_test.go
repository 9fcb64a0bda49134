package extractor

import "testing"

// An author element the page sets among its blocks with nothing around
// it (inlineAuthor): a link classed as the author's whatever it points
// at, a username link, <author>; a Drupal "submitted-by"; a writer's site
// or employer after the name. Each fails without its rule; the furniture
// cases keep a member's username out.
func TestInlineAuthorElements(t *testing.T) {
	checkPages(t, []pageCase{
		// A link classed as the author's, no address or one to no author page.
		{"author link, no address", "", `<a class="author">Jane Doe</a>`, "", "Jane Doe"},
		{"author link to a search", "", `<div class="meta"><time datetime="2021-03-03">March 3, 2021</time></div><a class="post-author" href="/?s=Jane+Doe">Jane Doe</a>`, "", "Jane Doe"},
		{"author link with a role inside", "", `<a class="author" href="#">Jane Doe <div class="title">Editor</div></a>`, "", "Jane Doe"},
		{"autor link (es)", "", `<a class="autor-nombre" href="javascript:void(0)">Ana Gómez</a><p>Madrid, 3 de marzo de 2021</p>`, "", "Ana Gómez"},
		{"username link (drupal)", "", `<a class="username" title="View user profile." href="/user/12">Jane Doe</a>`, "", "Jane Doe"},
		// HTML has no <author>, but templates write one.
		{"author element", "", `<author>Jane Doe</author>`, "", "Jane Doe"},
		{"author element in a meta line", "", `<div class="meta"><author>Jane Doe</author> <span class="date">March 3, 2021</span></div>`, "", "Jane Doe"},
		// Drupal's poster of the node.
		{"submitted-by", "", `<div class="submitted-by"><a>Jane Doe</a></div>`, "", "Jane Doe"},
		{"submitted_by in a meta line", "", `<div class="node-meta"><span class="submitted_by"><span>Jane Doe</span></span> <span class="date">03/03/2021</span></div>`, "", "Jane Doe"},
		// The writer's site or employer after the name.
		{"a dash and the site", "", `<h4 class="author">Jane Doe — Example</h4>`, "", "Jane Doe"},
		{"from the site", "", `<span class="author-name">Jane Doe from Example News</span>`, "", "Jane Doe"},
		{"by, For the paper (Daily Mail)", "", `<p class="author-section byline-plain">By <a class="author" rel="nofollow" href="/home/search.html?s=&authornamef=Jane+Doe">Jane Doe For Mailonline</a></p>`, "", "Jane Doe"},
		{"by, For The paper", "", `<p class="byline">By Jane Doe For The Example Times</p>`, "", "Jane Doe"},
		{"two names across a dash: not cut to the first, both (dashedNames)", "", `<p class="byline">By Jane Doe – John Roe</p>`, "", "Jane Doe; John Roe"},
		// Furniture: a username that is a member's, not the writer's.
		{"username in a login box", "", `<form class="login">Logged in as <a class="username" href="/user/12">Jane Doe</a> <a href="/logout">Log out</a></form>`, "", ""},
		{"username in a login box's block", "", `<div class="user-bar"><form class="login"><a class="username" href="/user/12">Jane Doe</a><input name="pass"></form></div>`, "", ""},
		{"username in a comment", "", "", `<div class="comment"><a class="username" href="/user/7">John Roe</a><p>Great story, thanks for it.</p></div>`, ""},
		{"username far below the headline", "", "", `<a class="username" href="/user/7">John Roe</a>`, ""},
	})
}

// A name as an account or a template leaves it: a number glued to it, or
// the name set again where the site's would go. Other names keep theirs.
func TestAuthorNameLeftovers(t *testing.T) {
	meta := func(v string) string { return `<meta name="author" content="` + v + `">` }
	checkPages(t, []pageCase{
		{"digits glued on", meta("Jane Doe123"), "", "", "Jane Doe"},
		{"digits glued on, a byline", "", `<p class="byline">By Jane Doe2021</p>`, "", "Jane Doe"},
		{"of the same name", meta("Jane Doe of Jane Doe"), "", "", "Jane Doe"},
		{"a dash and the same name", meta("Jane Doe — Jane Doe"), "", "", "Jane Doe"},
		{"a hyphen and the same name", "", `<span class="author-name">Jane Doe - Jane Doe</span>`, "", "Jane Doe"},
		{"another name after a dash", meta("Jane Doe — John Roe"), "", "", ""},
	})
}
