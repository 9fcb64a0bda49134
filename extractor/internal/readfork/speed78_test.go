package readability

import (
	"math"
	"strconv"
	"testing"

	"golang.org/x/net/html"
)

// TestSpeed78ScoresAsAttributeText pins the scores setContentScore keeps
// to upstream's: the score written as "%.4f" into the node's attribute and
// parsed back from it, and a page's own data-readability-score read as
// upstream reads it.
func TestSpeed78ScoresAsAttributeText(t *testing.T) {
	var ps Parser
	for _, x := range []float64{0, 1, -3, 0.5, 1.0 / 3, 2.0 / 3, 12.34565, 12.34575, 1e-5, 5e-5, -5e-5, 123456.78905, 1e21, math.Inf(1), math.Inf(-1), math.NaN(), 99.99995, 0.00015} {
		n := &html.Node{Type: html.ElementNode, Data: "div"}
		ps.setContentScore(n, x)
		want, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
		got := ps.getContentScore(n)
		if !ps.hasContentScore(n) || math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) {
			t.Errorf("score %v: got %v (scored %v), want %v", x, got, ps.hasContentScore(n), want)
		}
	}
	page := &html.Node{Type: html.ElementNode, Data: "div", Attr: []html.Attribute{{Key: "data-readability-score", Val: " 7.5 "}}}
	if got := ps.getContentScore(page); got != 7.5 || !ps.hasContentScore(page) {
		t.Errorf("the page's own score: got %v", got)
	}
}
