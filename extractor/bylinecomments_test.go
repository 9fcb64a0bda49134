package extractor

import (
	"strings"
	"testing"
)

// Commenters' credits are not the article's byline, however they are
// worded and whichever CMS marks the thread.
func TestCommentCreditsAreNotBylines(t *testing.T) {
	for _, thread := range []string{
		`<div class="comment"><div class="commentbody"><p>Nice post, and a long enough comment to be a comment.</p><p>Posted by: Jeff Smith at November 9, 2012 10:00 AM</p></div></div>`,
		`<div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-body"><p>Posted by Jeff Smith at 10:00 AM</p></div></li></ol></div>`,
		`<div class="comments"><dl><dd class="comment-block"><p>Posted by Jeff Smith at 10:00 AM</p></dd></dl></div>`,
		`<div id="comments-content"><div class="comment-content"><p>Great read.</p></div><p class="comment-footer">Posted by: Jeff Smith at November 9, 2012 10:00 AM</p></div>`,
		`<div id="disqus_thread"><p>By Jeff Smith at 10:00 AM</p></div>`,
		`<div class="commentbody"><p>Nice post, and a long enough comment to be a comment.</p><p>Posted by: Jeff Smith at 10:00 AM</p></div>`,
		`<div class="commentbody"><p>Nice post, and a long enough comment to be a comment.</p><p>Posted by: Jeff Smith</p></div>`,
		`<ol class="comment-list"><li><div><p>Nice post, and a long enough comment to be a comment.</p><p>Posted by: Jeff Smith</p></div></li></ol>`,
		`<div id="comments-content"><div><p>Great read.</p><p>Posted by: Jeff Smith</p></div></div>`,
	} {
		a := extractPage(t, pageWithBlocks("", 6, thread))
		if len(a.Authors) != 0 {
			t.Errorf("%s: authors %q, want none", thread, a.Authors)
		}
	}
}

// A heading that opens the comments ("Comments", "3 Comments",
// "TrackBack") heads readers' posts set as siblings of it, outside any
// element classed a comment, as Movable Type's and TypePad's templates
// set them: their "Posted by:" credits are commenters'. The story's own
// credit above the heading is still its byline.
func TestCreditsUnderACommentsHeading(t *testing.T) {
	for _, c := range []struct{ name, tail, want string }{
		{"movable type", `<h2 id="comments">Comments</h2><div id="c1"><p>Nice post, and a long enough comment to be a comment.</p></div><p class="posted">Posted by: <a href="https://example.org/" rel="nofollow">Jeff Smith</a> at August 9, 2012 11:37 AM</p>`, ""},
		{"a count and a byline's form", `<h3>3 Comments</h3><div><p>Nice post, and a long enough comment to be a comment.</p><p>By Jeff Smith | May 2, 2012</p></div>`, ""},
		{"a part of the story headed Comment", `<h3><span>Comment</span></h3><p>Say something of your own about the story, long enough to be a paragraph of the story itself.</p><p class="postfoot">Posted by Jane Doe on Tue, Oct 30, 2012</p>`, "Jane Doe"},
		{"blogger's post footer, its comments link after the name", `<p class="post-footer"><em>posted by <a href="/2012/11/a-story.html" title="permanent link">Joe Smith</a></em> &nbsp; <a href="/2012/11/a-story.html#disqus_thread">Comments</a></p>`, "Joe Smith"},
		{"movable type, the post's own credit above", `<p class="posted">Posted by Jane Doe at October 29, 2012 05:10 PM</p><h2 id="comments">Comments</h2><div id="c1"><p>Nice post, and a long enough comment to be a comment.</p></div><p class="posted">Posted by: Jeff Smith at October 29, 2012 06:51 PM</p>`, "Jane Doe"},
		{"the story's own credit above", `<p class="postfoot">Posted by Jane Doe on Tue, Oct 30, 2012</p><h2>Comments</h2><div><p>Nice post, and a long enough comment to be a comment.</p><p class="postfoot">posted on Tuesday, October 30, 2012 at 9:46 AM by Jeff Smith</p></div>`, "Jane Doe"},
	} {
		a := extractPage(t, authorPage("", "", c.tail))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q, want %q", c.name, got, c.want)
		}
	}
}
