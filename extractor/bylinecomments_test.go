package extractor

import "testing"

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
