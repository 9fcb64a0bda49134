package extractor

import (
	"strings"
	"testing"
)

// picturePost is the probe story with a picture widget, pic, set after its
// first two paragraphs, in a theme's post page.
func picturePost(pic string) string {
	p := newsProbeParas
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + newsProbeTitle + ` – Harbour Notes</title></head><body><header><p><a href="/">Harbour Notes</a></p></header><main><article><h1>` + newsProbeTitle + `</h1><time datetime="2024-03-03">March 3, 2024</time><div class="article-body"><p>` + p[0] + `</p><p>` + p[1] + `</p>` + pic + `<p>` + p[2] + `</p><p>` + p[3] + `</p><p>` + p[4] + `</p><p>` + p[5] + `</p></div></article></main><footer><p>Harbour Notes, 12 Quay Street</p></footer></body></html>`
}

const probeCaption = "Engineers inspect one of the cables of the central span on Friday."

// Lines a picture's widget sets beside its caption: the caption's toggle
// and the credit line its control bar or overlay repeats. None belongs to
// the text: the credit is the picture's (images[].credit).
func TestBodyProbe49cPictureWidgets(t *testing.T) {
	img := `<img src="https://harbournotes.example/photos/cables-920.jpg" width="920" height="613" alt="Engineers inspect one of the cables of the central span on Friday. Photo: Jane Roe, AP / Copyright 2024 The Associated Press.">`
	pages := map[string]struct {
		pic    string
		unwant []string
	}{
		"gallery": { // a newspaper group's gallery: slide, then its control bar
			`<div class="gallery-container"><ul class="gallery"><li class="slide"><div class="img-wrap">` + img + `</div><div class="caption"><div class="caption-full">` + probeCaption + `</div><span class="credit">Photo: Jane Roe, AP</span></div></li></ul><div class="control-panel"><div class="control-bar"><div class="control-bar-credit"><span class="credit">Photo: Jane Roe, AP</span></div><div class="caption-link"><p class="open">Caption</p><p class="close">Close</p></div></div><div class="caption-remote"><div class="caption-full">` + probeCaption + `</div><span class="credit">Photo: Jane Roe, AP</span></div></div></div>`,
			[]string{"Caption\n", "Close", "Photo: Jane Roe"},
		},
		"figure-toggle": { // figure/figcaption with a "Hide caption" toggle and an overlay credit
			`<figure class="article-image">` + img + `<figcaption>` + probeCaption + ` <span class="credit">Photo: Jane Roe, AP</span></figcaption></figure><div class="image-tools"><span class="toggle-label">Hide caption</span><div class="image-credit">Photo: Jane Roe, AP</div></div>`,
			[]string{"Hide caption", "Photo: Jane Roe"},
		},
		"wp-caption": { // WordPress's caption shortcode, a lightbox plugin's labels after it
			`<div class="wp-caption aligncenter" style="width: 930px">` + img + `<p class="wp-caption-text">` + probeCaption + ` (Photo: Jane Roe/Harbour Notes)</p></div><div class="jig-tools"><div class="lb-expand">Expand</div><div class="lb-credit">(Photo: Jane Roe/Harbour Notes)</div></div>`,
			[]string{"Expand", "Photo: Jane Roe"},
		},
		"arc": { // an Arc XP story's image block: caption, then the expand control and credit
			`<div class="b-image"><figure><div class="image-wrap">` + img + `</div><figcaption class="image-meta"><span class="caption-text">` + probeCaption + `</span> <span class="credit">Photo: Jane Roe, AP</span></figcaption><div class="image-controls"><div class="expand-label">Expand</div><p class="credit">Photo: Jane Roe, AP</p></div></figure></div>`,
			[]string{"Expand", "Photo: Jane Roe"},
		},
	}
	for name, c := range pages {
		a, err := Extract([]byte(picturePost(c.pic)), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range newsProbeParas {
			if !strings.Contains(a.Text, p) {
				t.Errorf("Extract(%s).Text lacks %.40q…", name, p)
			}
		}
		for _, u := range c.unwant {
			if strings.Contains(a.Text+"\n", u) {
				t.Errorf("Extract(%s).Text holds the widget's %q:\n%s", name, u, a.Text)
			}
		}
		if len(a.Images) == 0 || !strings.Contains(a.Images[0].Credit, "Jane Roe") {
			t.Errorf("Extract(%s).Images = %+v, want the picture credited to Jane Roe", name, a.Images)
		}
	}
}

// A paragraph after a picture that speaks of a photo, and one that opens
// with the word, are the story's: they stay.
func TestBodyProbe49cPhotoMentionStays(t *testing.T) {
	img := `<figure><img src="https://harbournotes.example/photos/bridge-1962.jpg" width="920" height="613" alt="The bridge in 1962"><figcaption>The bridge in 1962. Photo: Harbour Archive</figcaption></figure>`
	mention := "The photo above was taken by a ferry captain in 1962, the year the cables were first strung across the harbour."
	opens := "Photo: the archive keeps a second print of it, which the authority will show at the public meeting."
	page := picturePost(img + `<p>` + mention + `</p><p>` + opens + `</p>`)
	a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{mention, opens} {
		if !strings.Contains(a.Text, p) {
			t.Errorf("Extract().Text lacks %.40q…:\n%s", p, a.Text)
		}
	}
}
