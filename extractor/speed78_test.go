package extractor

import (
	"testing"

	"golang.org/x/net/html"
)

// TestSpeed78CommentishAsClassID pins commentish, which tests the class
// and the id each, to the test of classID's joined and lowered copy, on
// classes and ids in capitals, outside ASCII, cut in invalid UTF-8, empty,
// and given twice.
func TestSpeed78CommentishAsClassID(t *testing.T) {
	values := []string{"", "comment-list", "Comments", "COMMENT", "post reply-form", "commentary", "re spond", "Dis\xe2qus", "DISQUS_thread", "kommentäre Comment", "\xffcomment", "respond\xe2", "Ünter REPLY", "content"}
	for _, c := range values {
		for _, id := range values {
			for _, twice := range []bool{false, true} {
				n := &html.Node{Type: html.ElementNode, Data: "div"}
				if c != "" {
					n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: c})
				}
				if id != "" {
					n.Attr = append(n.Attr, html.Attribute{Key: "id", Val: id})
				}
				if twice {
					n.Attr = append(n.Attr, html.Attribute{Key: "class", Val: "comment"}, html.Attribute{Key: "id", Val: "Reply"})
				}
				if got, want := commentish(n), commentClassKeys.in(classID(n)); got != want {
					t.Errorf("class %q id %q (twice %v): commentish %v, classID's %v", c, id, twice, got, want)
				}
			}
		}
	}
}
