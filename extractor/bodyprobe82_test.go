package extractor

import "testing"

// Probe pages of round 82 (captions82): a picture's credit in the forms
// round 81 left whole in the caption or its credit: after the copyright
// sign at the caption's end (Getty's and AP's feeds, "… © GETTY IMAGES /
// MADDIE MEYER").

// probe82CaptionPage is a story whose picture has the caption cap in a
// <figure>'s <figcaption>, as most CMSs set one.
func probe82CaptionPage(t *testing.T, cap string) Article {
	t.Helper()
	p := probe45{name: "caption", lang: "en", inBody: `<figure><img src="/p.jpg" alt="" width="800" height="450"><figcaption>` + cap + `</figcaption></figure>`}
	return extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
}

// probe82Caption is a caption's text and the caption and credit it gives.
type probe82Caption struct{ text, caption, credit string }

// probe82CheckCaptions checks the caption and credit each text gives in a
// <figcaption>.
func probe82CheckCaptions(t *testing.T, cases []probe82Caption) {
	t.Helper()
	for _, c := range cases {
		a := probe82CaptionPage(t, c.text)
		if len(a.Images) != 1 || a.Images[0].Caption != c.caption || a.Images[0].Credit != c.credit {
			t.Errorf("%q: images = %+v, want the caption %q and the credit %q", c.text, a.Images, c.caption, c.credit)
		}
	}
}

// A credit after the copyright sign at a caption's end is its credit.
func TestBodyProbe82CopyrightSign(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{
		{"Fans cheer at the stadium. © GETTY IMAGES / MADDIE MEYER", "Fans cheer at the stadium.", "GETTY IMAGES / MADDIE MEYER"},
		{"Fans cheer at the stadium © Jane Roe", "Fans cheer at the stadium", "Jane Roe"},
		{"Les supporters au stade. © AFP", "Les supporters au stade.", "AFP"},
		{"Fans cheer at the stadium. ©2024 Jane Roe", "Fans cheer at the stadium.", "Jane Roe"},
	})
}

// The copyright sign before the caption, or before the story's sentences,
// credits no text after it.
func TestBodyProbe82CopyrightSignNotProse(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{
		{"© Port Authority The dredger at work in 2019.", "© Port Authority The dredger at work in 2019.", ""},
		{"Fans cheer. © Getty Images. Players warm up before the match.", "Fans cheer. © Getty Images. Players warm up before the match.", ""},
		{"Fans cheer at the stadium. © AP Photo/J. Scott Applewhite", "Fans cheer at the stadium.", "AP Photo/J. Scott Applewhite"},
	})
}

// A caption crediting several works names no one credit; the separator
// before a credit goes with it.
func TestBodyProbe82CopyrightSignForms(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{
		{"Left: a poster, 1938 © Spire Healthcare, © Samaritans", "Left: a poster, 1938 © Spire Healthcare, © Samaritans", ""},
		{"The airline profits from the upturn - © Jane Roe - stock.adobe.com", "The airline profits from the upturn", "Jane Roe - stock.adobe.com"},
	})
}

// The words that label a credit leave it: BBC's "Copyright:", "Image
// copyright", "Image source,", German "Bildquelle:" and "Foto:", French
// "Crédit :" with its space before the colon.
func TestBodyProbe82CreditLabels(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{
		{"Fans cheer at the stadium. Copyright: Thinkstock", "Fans cheer at the stadium.", "Thinkstock"},
		{"Fans cheer at the stadium. Image copyright Getty Images", "Fans cheer at the stadium.", "Getty Images"},
		{"Fans cheer at the stadium. Image source, Getty Images", "Fans cheer at the stadium.", "Getty Images"},
		{"Fans jubeln im Stadion. Bildquelle: dpa", "Fans jubeln im Stadion.", "dpa"},
		{"Fans jubeln im Stadion. Foto: dpa", "Fans jubeln im Stadion.", "dpa"},
		{"Les supporters au stade. Crédit : AFP", "Les supporters au stade.", "AFP"},
		{"Les supporters au stade. Crédits photo : Jean Dupont", "Les supporters au stade.", "Jean Dupont"},
	})
	const caption = "Commuters wait for the first bus on the new line in the north of the city."
	for _, credit := range []string{"Copyright: Thinkstock", "Image copyright Thinkstock", "Image source, Thinkstock", "Bildquelle: Thinkstock", "Crédit : Thinkstock"} {
		p := probe45{name: "credit", lang: "en", inBody: `<div class="image-div"><img src="/p.jpg" alt="" width="610" height="400"><p class="image-caption">` + caption + `</p><span class="image-credit">` + credit + `</span></div>`}
		a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
		if len(a.Images) != 1 || a.Images[0].Caption != caption || a.Images[0].Credit != "Thinkstock" {
			t.Errorf("%q: images = %+v, want the credit Thinkstock", credit, a.Images)
		}
	}
}

// A label alone, a link to where the picture was found, is kept whole as
// its credit.
func TestBodyProbe82CreditLabelAlone(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{{"(Image Source)", "", "Image Source"}})
}

// A caption that holds only an agency's name is the picture's credit.
func TestBodyProbe82AgencyAlone(t *testing.T) {
	probe82CheckCaptions(t, []probe82Caption{
		{"Reuters", "", "Reuters"}, {"AFP", "", "AFP"}, {"Getty Images", "", "Getty Images"}, {"EPA", "", "EPA"},
		{"(Associated Press)", "", "Associated Press"}, {"© Reuters", "", "Reuters"},
	})
	for _, credit := range []string{"Reuters", "AFP", "EPA"} {
		p := probe45{name: "credit", lang: "en", inBody: `<div class="image"><img src="/p.jpg" alt="" width="610" height="400"></div><div class="caption">` + credit + `</div>`}
		a := extractAt(t, p.page(), "https://news.example/news/2024/03/05/headline-of-the-story", Options{})
		if len(a.Images) != 1 || a.Images[0].Caption != "" || a.Images[0].Credit != credit {
			t.Errorf("%q in a caption block: images = %+v, want it the credit", credit, a.Images)
		}
	}
}
