package extractor

import (
	"strings"
	"testing"
)

// A call to share or rate the article goes with its buttons: a heading
// before a row of share links, a line ending in a colon, a rating widget's
// label; the story's short last line before the buttons stays.
func TestShareAndRateCalls(t *testing.T) {
	buttons := `<div><div class="social-share-buttons"><a href="https://twitter.com/share?url=https%3A%2F%2Fx.example%2Fa"></a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fx.example%2Fa"></a></div></div>`
	for _, c := range []struct {
		name, tail, gone, keep string
	}{
		{"share heading", `<h4><span>Artikel gefallen? </span>Vergiss nicht zu teilen!</h4>` + buttons, "gefallen", ""},
		{"share line", `<p>Spread the word:</p>` + buttons, "Spread the word", ""},
		{"last line stays", `<p>Enjoy the ride!</p>` + buttons, "", "Enjoy the ride!"},
		{"standfirst stays", `<h2>Company shares fall after the band unveils its tour</h2>` + buttons + `<p>Paragraph after the bar, long enough to be body text for the reader.</p>`, "", "Company shares fall"},
		{"rating label", `<div class="news-rate"><label>Valora esta noticia </label><ul><li><a href="?rate=1">Indignado</a></li><li><a href="?rate=2">Triste</a></li></ul></div>`, "Valora", ""},
	} {
		a := extractPage(t, pageWithBlocks("", 6, c.tail))
		if c.gone != "" && strings.Contains(a.Text, c.gone) {
			t.Errorf("%s: %q left in the text:\n%s", c.name, c.gone, a.Text)
		}
		if c.keep != "" && !strings.Contains(a.Text, c.keep) {
			t.Errorf("%s: %q cut from the text:\n%s", c.name, c.keep, a.Text)
		}
	}
}

func TestHasWordAt(t *testing.T) {
	for _, c := range []struct {
		s, w  string
		whole bool
		want  bool
	}{
		{"share this", "share", true, true}, {"company shares fall", "share", true, false}, {"jetzt teilen!", "teilen", true, true},
		{"hilfsgüter verteilen", "teilen", true, false}, {"поделитесь с друзьями", "поделит", false, true}, {"", "share", true, false},
	} {
		if got := hasWordAt(c.s, c.w, c.whole); got != c.want {
			t.Errorf("hasWordAt(%q, %q, %v) = %v, want %v", c.s, c.w, c.whole, got, c.want)
		}
	}
}
