package extractor

import (
	"strings"
	"testing"
)

// The box about the writer under a post leaves the body, whether its label
// is a heading of its own or opens the biography's paragraph (an audit of
// unlabelled dragnet pages: Skepchick, DIYthemes). A label in the first
// half, a sentence that starts with the words, and a label followed by
// more than a biography stay.
func TestAuthorBoxLeavesTheBody(t *testing.T) {
	bio := `Mary Brock is a scientist who works on drugs you've hopefully never heard of. She enjoys cooking to Blue Grass music.`
	for _, tc := range []struct {
		name, page, gone string
	}{
		{"heading", pageWithBlocks("", 8, `<div class="post-author"><h3>About the author</h3><p>Mary</p><p>`+bio+`</p></div>`), "Mary Brock is a scientist"},
		{"label in the paragraph", pageWithBlocks("", 8, `<p class="bio"><strong>About the Author:</strong> Derek Halpern is the marketing guy at DIYthemes, and founder of Social Triggers.</p>`), "Derek Halpern is the marketing guy"},
		// tagDiv's Newspaper theme: the writer's name, then the
		// biography in a "td-author-description", no box around them.
		{"tagDiv", pageWithBlocks("", 8, `<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/jane">Jane Doe</a></div><div class="td-author-description"><p>Jane Doe is a senior reporter covering city hall, transport and housing for the Harbour Gazette since 2015.</p></div>`), "Jane Doe is a senior reporter"},
		{"Portuguese", pageWithBlocks("", 8, `<h4>Sobre o autor</h4><p>Carlos é pai de dois filhos e coordenador pedagógico numa escola em Londrina.</p>`), "Carlos é pai"},
	} {
		a := extractPage(t, tc.page)
		if strings.Contains(a.Text, tc.gone) || strings.Contains(strings.ToLower(a.Text), "about the author") {
			t.Errorf("%s: the author box is left in the text:\n%s", tc.name, a.Text)
		}
		if !strings.Contains(a.Text, "Paragraph 7 of the story") {
			t.Errorf("%s: the story's end was cut:\n%s", tc.name, a.Text)
		}
	}
	sentence := pageWithBlocks("", 8, `<p>About the author of the letter, the police would say nothing more on Tuesday evening.</p>`)
	if a := extractPage(t, sentence); !strings.Contains(a.Text, "the police would say nothing more") {
		t.Errorf("a sentence that opens with the label's words was cut:\n%s", a.Text)
	}
	var long strings.Builder
	for i := range 12 {
		long.WriteString("<p>The book's author tells in chapter " + string(rune('A'+i)) + " how the war reached the village and what the families did next.</p>")
	}
	section := pageWithBlocks("", 8, `<h2>About the author</h2>`+long.String())
	if a := extractPage(t, section); !strings.Contains(a.Text, "in chapter L how the war") {
		t.Errorf("a section under the label, longer than a biography, was cut:\n%s", a.Text)
	}
}
