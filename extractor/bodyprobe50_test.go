package extractor

import (
	"strings"
	"testing"
)

// probePhoto is the picture of the probe story, as a theme sets it.
const probePhoto = `<img src="https://harbournotes.example/photos/cables-920.jpg" width="920" height="613" alt="">`

// A picture agency's or a stock library's name alone in its element beside
// a picture is the picture's credit, not a line of the story: a figure's
// copyright overlay (BBC's "story-image-copyright"), a WordPress caption
// that is only its credit, a <cite> under a slide, a caption's credit span
// after the caption's words. Each goes (bareCredit, besidePicture), and
// every paragraph stays; a caption its class names goes with its credit
// (markCaptions).
func TestBodyProbe50BarePictureCredits(t *testing.T) {
	pages := map[string]struct{ pic, gone, kept string }{
		"figure-overlay": {
			`<figure class="media-landscape has-caption"><span class="image-and-copyright-container">` + probePhoto + `<span class="off-screen">Image copyright</span> <span class="story-image-copyright">Getty Images</span></span><figcaption class="media-caption"><span class="media-caption__text">` + probeCaption + `</span></figcaption></figure>`,
			"Getty Images", "",
		},
		"figure-lazy": { // the picture loads late: readability drops its empty placeholder
			`<figure class="media-landscape"><span class="image-and-copyright-container"><div class="js-delayed-image-load" data-src="https://harbournotes.example/photos/cables-920.jpg"></div><span class="story-image-copyright">EPA</span></span><figcaption>` + probeCaption + `</figcaption></figure>`,
			"EPA", "",
		},
		"wp-caption": {
			`<div class="wp-caption aligncenter" style="width: 595px"><a href="/photos/cables.jpg">` + probePhoto + `</a><p class="wp-caption-text">(Phelan M. Ebenhack/Associated Press)</p></div>`,
			"Associated Press", "",
		},
		"cite-after-slide": {
			`<div class="insetContainer"><div class="insetFullBox">` + probePhoto + `</div></div><cite>Reuters</cite>`,
			"Reuters", "",
		},
		"caption-then-credit-span": {
			`<div class="wp-caption featured"><div class="img-wrap">` + probePhoto + `</div><div class="wp-caption-text"><span>` + probeCaption + `</span> <span class="credit img__credit">AP</span></div></div>`,
			probeCaption, "", // its class names the caption: both leave (body81)
		},
		"inline-caption-source": {
			`<p><span class="image-container"><span class="image">` + probePhoto + `<span class="caption-source"><span class="caption">` + probeCaption + `</span><span class="source"><span>Jane Roe/Getty</span></span></span></span></span></p>`,
			probeCaption, "", // as above
		},
		"stock-library": {
			`<figure class="wp-block-image size-large">` + probePhoto + `<span class="image-credit">Getty Images/iStockphoto</span></figure>`,
			"iStockphoto", "",
		},
		"agency-via-getty": {
			`<figure>` + probePhoto + `<p class="credit">Jane Roe/AFP via Getty Images</p></figure>`,
			"AFP via Getty", "",
		},
	}
	for name, c := range pages {
		a := storyAround(t, name, c.pic)
		if strings.Contains(a.Text+"\n", c.gone) {
			t.Errorf("Extract(%s).Text holds the credit %q:\n%s", name, c.gone, a.Text)
		}
		if c.kept != "" && !strings.Contains(a.Text, c.kept) {
			t.Errorf("Extract(%s).Text lacks the caption %q:\n%s", name, c.kept, a.Text)
		}
		if name != "figure-lazy" && (len(a.Images) != 1 || a.Images[0].Credit == "" || !strings.Contains(c.pic, a.Images[0].Credit)) {
			t.Errorf("Extract(%s).Images = %+v, want the picture with its credit", name, a.Images)
		}
	}
}

// Agencies are named in each country's press: dpa and picture alliance,
// EFE and Europa Press, ANSA, ТАСС. A German, Spanish, Italian and Russian
// page's figure credited to them loses the credit and keeps its text.
func TestBodyProbe50BareCreditsLanguages(t *testing.T) {
	for _, c := range []struct{ lang, credit string }{
		{"de", "picture alliance/dpa"},
		{"de", "dpa"},
		{"es", "EFE"},
		{"es", "Europa Press"},
		{"it", "ANSA"},
		{"ru", "ТАСС"},
	} {
		para, ok := langParas[c.lang]
		if !ok {
			para = sidebarLangsParas[0] + " " + sidebarLangsParas[1]
		}
		page := `<!DOCTYPE html><html lang="` + c.lang + `"><head><meta charset="utf-8"><title>Reform</title></head><body><header><nav><a href="/">Start</a></nav></header><main><article><h1>Reform</h1><div class="article-body"><p>` + para + `</p><figure class="image">` + probePhoto + `<span class="credit">` + c.credit + `</span></figure><p>` + para + `</p><p>` + para + `</p></div></article></main><footer><p>Impressum</p></footer></body></html>`
		a, err := Extract([]byte(page), "https://zeitung.example/politik/2024/03/03/reform", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, c.credit) {
			t.Errorf("Extract(%s, %s).Text holds the credit:\n%s", c.lang, c.credit, a.Text)
		}
		if strings.Count(a.Text, para) != 3 {
			t.Errorf("Extract(%s, %s).Text lacks the story:\n%s", c.lang, c.credit, a.Text)
		}
	}
}

// An agency's name that is the story's stays: a wire story's closing
// "Reuters" with no picture beside it, a sentence after a picture that
// names the agency, a link to the agency's report, a paragraph of the
// agency's name and more words.
func TestBodyProbe50AgencyMentionsStay(t *testing.T) {
	for name, c := range map[string]struct{ pic, kept string }{
		"wire-closing":   {`<p>(Reporting by Jane Roe; Editing by John Doe)</p>`, "(Reporting by Jane Roe; Editing by John Doe)"},
		"sentence":       {`<figure>` + probePhoto + `</figure><p>The authority told <span class="org">Reuters</span> the repairs could not wait.</p>`, "The authority told Reuters the repairs could not wait."},
		"link":           {`<figure>` + probePhoto + `</figure><p>The first report on the cables came from <a href="https://reuters.example/cables">Reuters</a></p>`, "The first report on the cables came from Reuters"},
		"name-and-words": {`<figure>` + probePhoto + `</figure><p>Reuters and AP were refused entry.</p>`, "Reuters and AP were refused entry."},
	} {
		if a := storyAround(t, name, c.pic); !strings.Contains(a.Text, c.kept) {
			t.Errorf("Extract(%s).Text lacks %q:\n%s", name, c.kept, a.Text)
		}
	}
	page := strings.Replace(picturePost(`<p>(Reporting by Jane Roe; Editing by John Doe)</p>`), `</div></article>`, `<p>Reuters</p></div></article>`, 1)
	a, err := Extract([]byte(page), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(a.Text, "\nReuters") {
		t.Errorf("Extract(wire closing).Text lacks the closing \"Reuters\":\n%s", a.Text)
	}
}

// storyAround extracts the probe story with pic set among its paragraphs
// (picturePost) and asks that its text hold every paragraph.
func storyAround(t *testing.T, name, pic string) Article {
	t.Helper()
	a, err := Extract([]byte(picturePost(pic)), "https://harbournotes.example/2024/03/03/harbour-bridge/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range newsProbeParas {
		if !strings.Contains(a.Text, p) {
			t.Errorf("Extract(%s).Text lacks %.40q…", name, p)
		}
	}
	return a
}
