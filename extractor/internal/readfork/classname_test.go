package readability

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// className gives what dom.ClassName does, on classes written tidily and
// not.
func TestClassNameAsDom(t *testing.T) {
	for _, class := range []string{"", " ", "a", "post", "post entry", "post  entry", " post", "post ", "post\tentry",
		"post\nentry", "a b c", "post\u00a0entry", "post\u0085entry", "é b", "\v", "x\fy", "x\ry", "a  ", "  a"} {
		n := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "class", Val: class}}}
		want := strings.Join(strings.Fields(strings.TrimSpace(class)), " ")
		if got := className(n); got != want {
			t.Errorf("className(%q) = %q, want %q", class, got, want)
		}
	}
	if got := className(&html.Node{Type: html.ElementNode, Data: "div"}); got != "" {
		t.Errorf("className(no class) = %q", got)
	}
}
