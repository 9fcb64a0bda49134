package extractor

import (
	"strings"
	"testing"
)

// Probe pages of round 81 (body81): a picture's caption told only by its
// class or its centring, with no credit in it, leaves the text for the
// picture's entry in images on the body readability returns, which keeps
// neither class nor style: WordPress's "wp-caption-text", portals'
// "pic-desc" and "image-caption", a "caption" division, the centred
// paragraph under a centred picture of Chinese portals (DedeCMS, PHPCMS,
// 帝国CMS, TRS WCM; a centred line under a picture in another script, an
// epigraph or a book's title, stays), and a credit set apart from the caption in a block of
// its own ("<span class=image-credit>(Credit: …)</span>", a photographer's
// line before the caption).

// probe81BodyCaptionForms are the ways templates mark a caption with no
// credit under its picture; {C} is the caption.
var probe81BodyCaptionForms = map[string]string{
	"wp-caption-text":    `<div class="wp-caption aligncenter" style="width: 610px"><img src="/p.jpg" alt="" width="600" height="400"><p class="wp-caption-text">{C}</p></div>`,
	"pic-desc":           `<div class="pic"><img src="/p.jpg" alt=""></div><p class="pic-desc">{C}</p>`,
	"div caption":        `<div class="image"><a href="/p-large.jpg"><img src="/p.jpg" alt=""></a></div><div class="caption">{C}</div>`,
	"span image-caption": `<p><img src="/p.jpg" alt=""><span class="image-caption">{C}</span></p>`,
	"centred style":      `<p style="text-align: center;"><img src="/p.jpg" alt="" border="0"></p><p style="text-align: center;">{C}</p>`,
	"centred align":      `<p align="center"><img src="/p.jpg" alt=""></p><p align="center">{C}</p>`,
}

// probe81BodyCaptionTexts are captions without a credit in several
// languages: mark is a part of them.
var probe81BodyCaptionTexts = []struct{ lang, caption, mark string }{
	{"en", "Commuters wait for the first bus on the new line in the north of the city.", "Commuters wait"},
	{"zh", "市民在新开通的公交线路站台等候首班车。", "市民在新开通"},
	{"de", "Fahrgäste warten im Norden der Stadt auf den ersten Bus der neuen Linie.", "Fahrgäste warten"},
	{"es", "Pasajeros esperan el primer autobús de la nueva línea en el norte de la ciudad.", "Pasajeros esperan"},
}

func TestBodyProbe81StyledCaption(t *testing.T) {
	for _, c := range probe81BodyCaptionTexts {
		for form, f := range probe81BodyCaptionForms {
			p := probe45{name: "caption", lang: c.lang, inBody: strings.Replace(f, "{C}", c.caption, 1)}
			a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
			if strings.HasPrefix(form, "centred") && c.lang != "zh" {
				// Centring tells a caption in Chinese only.
				if !strings.Contains(a.Text, c.mark) {
					t.Errorf("%s (%s): the centred line under the picture is lost:\n%s", c.lang, form, a.Text)
				}
				continue
			}
			if strings.Contains(a.Text, c.mark) {
				t.Errorf("%s (%s): the caption stays in the text:\n%s", c.lang, form, a.Text)
			}
			if strings.Count(a.Text, probeSentence(c.lang)) < 5 {
				t.Errorf("%s (%s): the story's paragraphs are lost:\n%s", c.lang, form, a.Text)
			}
			if len(a.Images) != 1 || a.Images[0].Caption != c.caption {
				t.Errorf("%s (%s): images = %+v, want the caption %q", c.lang, form, a.Images, c.caption)
			}
		}
	}
}

// A credit in a block of its own beside the caption, classed so, is the
// picture's credit, and both leave the text.
func TestBodyProbe81CaptionCreditApart(t *testing.T) {
	const caption = "Commuters wait for the first bus on the new line in the north of the city."
	for form, c := range map[string]struct{ html, credit string }{
		"credit after":  {`<div class="image-div"><img src="/p.jpg" alt="" width="610" height="400"><p class="image-caption">` + caption + `</p><span class="image-credit">(Credit: Jane Roe/Gazette)</span></div>`, "Jane Roe/Gazette"},
		"credit first":  {`<div class="inline-photo"><img src="/p.jpg" alt="" width="259" height="380"><p class="photo_credit">Jane Roe / Gazette</p><div class="photo_credit_container"><p>` + caption + `</p></div></div>`, "Jane Roe / Gazette"},
		"source inside": {`<p><span class="image-container"><img src="/p.jpg" alt=""><span class="caption-source"><span class="caption">` + caption + `</span><span class="source"><span>Jane Roe/Getty</span></span></span></span></p>`, "Jane Roe/Getty"},
	} {
		p := probe45{name: "credit", lang: "en", inBody: c.html}
		a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
		if strings.Contains(a.Text, "Commuters wait") || strings.Contains(a.Text, "Jane Roe") {
			t.Errorf("%s: the caption or its credit stays in the text:\n%s", form, a.Text)
		}
		if len(a.Images) != 1 || a.Images[0].Caption != caption || a.Images[0].Credit != c.credit {
			t.Errorf("%s: images = %+v, want the caption and the credit %q", form, a.Images, c.credit)
		}
	}
}

// A story set centred throughout keeps the paragraph under its picture: the
// centring tells no caption where the text after it is centred too.
func TestBodyProbe81CentredStory(t *testing.T) {
	sentence := probeSentence("zh")
	centredStory := `<p style="text-align:center"><img src="/p.jpg" alt=""></p>` + strings.Repeat(`<p style="text-align:center">`+sentence+`</p>`, 3)
	p := probe45{name: "centred", lang: "zh", inBody: centredStory}
	a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
	if n := strings.Count(a.Text, sentence); n < 9 {
		t.Errorf("centred story: %d of 9 paragraphs kept:\n%s", n, a.Text)
	}
	if len(a.Images) != 1 || a.Images[0].Caption != "" {
		t.Errorf("centred story: images = %+v, want no caption", a.Images)
	}
}

// A photo essay whose captions hold a third of its text or more keeps
// them: they carry its story.
func TestBodyProbe81PhotoEssay(t *testing.T) {
	captions := []string{
		"Dawn over the harbour, the first ferry already out past the breakwater.",
		"The fish market opens at six, and the best of the catch is gone by seven.",
		"Lunch on the quay: grilled sardines, bread and a glass of the local white.",
	}
	var b strings.Builder
	for i, c := range captions {
		b.WriteString(`<div class="wp-caption aligncenter"><img src="/p` + string(rune('a'+i)) + `.jpg" alt="" width="620" height="465"><p class="wp-caption-text">` + c + `</p></div>`)
	}
	p := probe45{name: "essay", lang: "en", inBody: b.String(), bodyParagraphs: 3}
	a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
	for _, c := range captions {
		if !strings.Contains(a.Text, c) {
			t.Errorf("photo essay: the caption %q leaves the text:\n%s", c, a.Text)
		}
	}
}

// Turkish sets the span of time before the label, in the genitive, and
// the label in its possessive form: "Günün en çok okunanları" (the day's
// most read), "Haftanın en çok okunanları"; the block leaves the body as
// "En çok okunan haberler" does.
func TestBodyProbe81TurkishLabels(t *testing.T) {
	for _, label := range []string{"Günün en çok okunanları", "Haftanın en çok okunanları", "En çok okunan haberler", "Bugünün en çok okunan haberleri"} {
		for _, heading := range []string{"h2", "p"} {
			for _, cards := range []bool{false, true} {
				block := probe80BodyBlock("tr", label, heading, cards)
				p := probe45{name: "label", lang: "tr"}
				page := strings.Replace(p.page(), "</div></article>", block+"</div></article>", 1)
				a := extractAt(t, page, "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
				if strings.Contains(a.Text, label) || strings.Contains(a.Text, probe80BodyTeaser("tr", 2)) {
					t.Errorf("%q (%s, cards %v): the block stays in the body:\n%s", label, heading, cards, a.Text)
				}
			}
		}
	}
}

// A block's label followed by the site's name ("Lo más leído hoy en El
// Diario", "Les plus lus sur Le Monde") names the block as the label alone
// does.
func TestBodyProbe81SiteNamedLabels(t *testing.T) {
	for _, c := range []struct{ lang, label string }{
		{"es", "Lo más leído hoy en El Diario"}, {"fr", "Les plus lus sur Le Monde"}, {"en", "Most read on The Daily Star"},
		{"de", "Meistgelesen auf Spiegel"}, {"es", "Lo más leído en La Voz"},
	} {
		for _, heading := range []string{"h2", "p"} {
			for _, cards := range []bool{false, true} {
				block := probe80BodyBlock(c.lang, c.label, heading, cards)
				p := probe45{name: "label", lang: c.lang}
				page := strings.Replace(p.page(), "</div></article>", block+"</div></article>", 1)
				a := extractAt(t, page, "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
				if strings.Contains(a.Text, c.label) || strings.Contains(a.Text, probe80BodyTeaser(c.lang, 2)) {
					t.Errorf("%q (%s, cards %v): the block stays in the body:\n%s", c.label, heading, cards, a.Text)
				}
			}
		}
	}
}
