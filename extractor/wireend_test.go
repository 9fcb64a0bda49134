package extractor

import (
	"strings"
	"testing"
)

// Chinese wire copy closes with the agency's end mark, "（完）", at the end
// of the last paragraph or as a line of its own: not a word of the story.
func TestWireEndMark(t *testing.T) {
	zh := strings.Repeat("新华社北京12月3日电 国务院总理今天在北京主持召开国务院常务会议，部署进一步做好稳就业工作。", 3)
	for _, end := range []string{`<p>` + zh + `（完）</p>`, `<p>` + zh + `</p><p>（完）</p>`, `<p>` + zh + ` (完)</p>`, `<p>` + zh + `</p><p>【完】</p>`} {
		page := []byte(`<html><head><meta charset="utf-8"><title>国务院常务会议部署稳就业</title></head><body><h1>国务院常务会议部署稳就业</h1>
<div class="article"><p>` + zh + `</p>` + end + `</div></body></html>`)
		a, err := Extract(page, "https://example.com/2024-12/03/c_1.htm", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "完") || !strings.HasSuffix(a.Text, "稳就业工作。") {
			t.Errorf("body ends %q, want the story without its end mark", a.Text[max(0, len(a.Text)-60):])
		}
	}
}

// A kicker in brackets on a line of its own opens the body: a label of
// the story ("[EXCLUSIVE]", "【新春走基层】"), not a sentence of it. A
// bracketed line with more in it stays. So does a line of links to the
// story's tag or category pages, a theme's primary tag above the
// headline; a line with words besides them, or a link to a story, stays.
func TestBodyKicker(t *testing.T) {
	para := strings.Repeat("The council rebuilt the harbour wall over the winter, and the boats came back in spring. ", 3)
	for _, c := range []struct {
		first, want string
	}{
		{"[EXCLUSIVE]", ""},
		{"【新春走基层】", ""},
		{"[Editor's note: this story was first published in 2019.]", "[Editor's note"},
		{"[1] See the council's report.", "[1]"},
		{`<a href="/tag/harbours/">Harbours</a>`, ""},
		{`<a href="/category/local/">Local</a>, <a href="/tag/boats/">Boats</a>`, ""},
		{`Filed in <a href="/category/local/">Local</a>`, "Filed in"},
		{`<a href="/2019/05/harbour-wall-cracks/">Harbour wall cracks</a>`, "Harbour wall cracks"},
	} {
		page := []byte(`<html><head><title>Harbour wall reopens</title></head><body>
<article><h1>Harbour wall reopens</h1><p>` + c.first + `</p><p>` + para + `</p><p>` + para + `</p></article></body></html>`)
		a, err := Extract(page, "https://example.com/news/harbour-wall", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.want == "" && !strings.HasPrefix(a.Text, "The council") || c.want != "" && !strings.HasPrefix(a.Text, c.want) {
			t.Errorf("%s: body starts %q", c.first, a.Text[:min(len(a.Text), 60)])
		}
	}
}
