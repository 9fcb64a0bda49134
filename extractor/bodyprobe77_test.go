package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// probe77BodyParasIn reports which of the first n probe paragraphs text
// lacks.
func probe77BodyParasIn(text string, n int) string {
	bad := ""
	for i := range n {
		if !strings.Contains(text, probe55Paras[i][:50]) {
			bad += fmt.Sprintf(" lacks paragraph %d;", i)
		}
	}
	return bad
}

// probe77BodyCheck extracts page and fails the test, naming the case,
// when the body lacks one of the first seven probe paragraphs or holds
// one of unwanted.
func probe77BodyCheck(t *testing.T, page, name string, unwanted ...string) {
	t.Helper()
	a := probe72BodyExtract(t, page)
	bad := probe77BodyParasIn(a.Text, 7)
	for _, u := range unwanted {
		if strings.Contains(a.Text, u) {
			bad += " holds " + u + ";"
		}
	}
	if bad != "" {
		t.Errorf("%s:%s", name, bad)
	}
}

// probe77BodyGroupSites are the sites of the group the page's site
// belongs to, on its domain's subdomains, as a promo list closes a story
// with them.
var probe77BodyGroupSites = [][2]string{{"https://deportes.valley.example/", "Valley Deportes"}, {"https://motor.valley.example/", "Valley Motor"}, {"https://cocina.valley.example/", "Cocina y recetas"}, {"https://viajes.valley.example/", "Viajes y escapadas"}}

// A promo line or list of the group's own sites at the story's end goes,
// its label with it: a row of links between bars after a label ("Más de
// El Grupo: Deportes | Motor | …"), and a list under a heading of its
// own, whatever the heading says.
func TestBodyProbe77GroupSites(t *testing.T) {
	links := make([]string, len(probe77BodyGroupSites))
	items := ""
	for i, s := range probe77BodyGroupSites {
		links[i] = `<a href="` + s[0] + `">` + s[1] + `</a>`
		items += `<li>` + links[i] + `</li>`
	}
	for tn, tmpl := range probe72BodyTemplates {
		for _, label := range []string{"Más de El Grupo:", "El Grupo", "Nuestras marcas", "Our brands", "Sites do grupo", "Weitere Angebote"} {
			for form, block := range map[string]string{
				"row":         `<p><strong>` + label + `</strong> ` + strings.Join(links, " | ") + `</p>`,
				"row-text":    `<p>` + label + ` ` + strings.Join(links, " · ") + `</p>`,
				"headed-list": `<div class="group-links"><h3>` + label + `</h3><ul>` + items + `</ul></div>`,
			} {
				probe77BodyCheck(t, tmpl(p55Range(0, 7)+block), tn+"/"+form+"/"+label, label, "Valley Motor")
			}
		}
		// A story's sources in a labelled row stay.
		src := `<p><strong>Sources:</strong> <a href="https://www.waterboard.example.gov/minutes">Water board minutes</a> | <a href="https://www.damsafety.example.org/guide">Dam safety guide</a> | <a href="https://en.wikipedia.org/wiki/Embankment_dam">Embankment dam</a></p>`
		if a := probe72BodyExtract(t, tmpl(p55Range(0, 7)+src)); !strings.Contains(a.Text, "Dam safety guide") {
			t.Errorf("%s: the sources row is lost", tn)
		}
	}
}

// A list of partner sites or friendly links (友情链接) closing the story
// goes with its heading, in the languages templates name it.
func TestBodyProbe77Partners(t *testing.T) {
	items := ""
	for _, s := range [][2]string{{"https://www.harbourradio.example/", "Harbour Radio"}, {"https://www.millvalleynews.example/", "Mill Valley News"}, {"https://www.coastweather.example/", "Coast Weather Service"}, {"https://www.regionaljobs.example/", "Regional Jobs Board"}} {
		items += `<li><a href="` + s[0] + `" target="_blank">` + s[1] + `</a></li>`
	}
	for tn, tmpl := range probe72BodyTemplates {
		for _, label := range []string{"Our partners", "Nos partenaires", "Unsere Partner", "合作伙伴", "友情链接", "合作媒体", "Nuestros aliados"} {
			for form, block := range map[string]string{
				"div":   `<div class="partners"><h4>` + label + `</h4><ul>` + items + `</ul></div>`,
				"inner": `<h4>` + label + `</h4><ul>` + items + `</ul>`,
				"row":   `<p><strong>` + label + `</strong></p><ul>` + items + `</ul><p><a href="/contact">Advertise with us</a></p>`,
				"more":  `<div class="partners"><h4>` + label + `</h4><ul>` + items + `</ul><p><a href="/partners">All partners</a></p></div>`,
			} {
				probe77BodyCheck(t, tmpl(p55Range(0, 7)+block), tn+"/"+form+"/"+label, label, "Coast Weather")
			}
		}
	}
}

const probe77BodyCaption = "The tram depot on Harbour Street in 1952, when it still housed forty trams"

// A Wix picture's caption set as a rich-text element of its own right
// under the image element is the body's, where it stands: after the
// picture, before the next text block; a credit line so set is not.
func TestBodyProbe77WixCaption(t *testing.T) {
	b := builderNamed("wix")
	for _, cform := range []string{
		`<p class="font_9 wixui-rich-text__text"><span style="font-style:italic;" class="wixui-rich-text__text">%s</span></p>`,
		`<p class="font_8 wixui-rich-text__text" style="text-align:center;"><span class="wixui-rich-text__text"><em>%s</em></span></p>`,
		`<p class="font_9 wixui-rich-text__text">%s</p>`,
	} {
		caption := func(i int, text string) string {
			return b.image(i) + strings.ReplaceAll(b.block(i+1, "X"), "X", strings.ReplaceAll(cform, "%s", text))
		}
		for _, place := range []string{"none", "aside", "after"} {
			page := probe75BodyCaptionPage("wix", place)
			page = strings.Replace(page, strings.ReplaceAll(probe75BodyCaptioned["wix"], "%s", probe75BodyCaption), caption(50, probe77BodyCaption), 1)
			page = strings.Replace(page, `<div id="comp-kx003"`, caption(60, "Foto: Harbour Gazette archive")+`<div id="comp-kx003"`, 1)
			if !strings.Contains(page, "/w/50.jpg") || !strings.Contains(page, "/w/60.jpg") {
				t.Fatal("the probe page lacks its pictures")
			}
			a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
			if err != nil {
				t.Fatal(err)
			}
			c := strings.Index(a.Text, probe77BodyCaption)
			before := strings.Index(a.Text, matrixArticle[1][len(matrixArticle[1])-1][:30])
			next := strings.Index(a.Text, matrixArticle[2][0][:30])
			if c < 0 || before < 0 || next < 0 || c < before || c > next {
				t.Errorf("%s/%.20s: the caption is lost or misplaced (%d, %d, %d)", place, cform, before, c, next)
			}
			if strings.Contains(a.Text, "Harbour Gazette archive") {
				t.Errorf("%s/%.20s: the credit line stays", place, cform)
			}
			if strings.Contains(a.Text, matrixHeadlines[0]) {
				t.Errorf("%s/%.20s: holds the other stories", place, cform)
			}
		}
	}
}

// The rest of a story behind a "read more" expander is the body's, and
// the expander is not: a <details> whose <summary> is the expander's
// label in any language, a <span> set as the button on a line of its own.
func TestBodyProbe77Expanders(t *testing.T) {
	forms := map[string]string{
		"details-de": p55Range(0, 2) + `<details class="wp-block-details"><summary>Mehr lesen</summary>` + p55Range(2, 7) + `</details>`,
		"details-es": p55Range(0, 2) + `<details><summary>Leer más</summary>` + p55Range(2, 7) + `</details>`,
		"details-zh": p55Range(0, 2) + `<details><summary>展开全文</summary>` + p55Range(2, 7) + `</details>`,
		"span":       p55Range(0, 2) + `<div class="content collapsed">` + p55Range(2, 7) + `</div><span class="toggle">Show more</span>`,
	}
	for tn, tmpl := range probe72BodyTemplates {
		for name, f := range forms {
			probe77BodyCheck(t, tmpl(f), tn+"/"+name, "Show more", "Mehr lesen", "Leer más", "展开全文")
		}
	}
	// A question in a FAQ's <summary> is the story's.
	faq := p55Range(0, 5) + `<details><summary>Will the footpath stay open?</summary><p>Yes, apart from two weeks in August.</p></details>`
	if a := probe72BodyExtract(t, probe72BodyTemplates["wordpress"](faq)); !strings.Contains(a.Text, "Will the footpath stay open?") {
		t.Errorf("the FAQ's question is lost")
	}
}

// A block of other stories inside the article container goes, under the
// labels news templates give it (Turkish "Sizin için seçtiklerimiz"
// among them), and so does an inline line of a long label and one linked
// headline ("Das könnte Sie auch interessieren: <a>…</a>").
func TestBodyProbe77RelatedLabels(t *testing.T) {
	heads := []string{"Ferry timetable changes for the summer season", "Harbour wall repairs finished early", "School roof to be replaced over the holidays", "New bus route links the three towns"}
	forms := map[string]func(l string) string{
		"p-strong-ul": func(l string) string {
			s := `<p><strong>` + l + `</strong></p><ul>`
			for i, h := range heads {
				s += fmt.Sprintf(`<li><a href="/news/2024/06/s-%d">%s</a></li>`, i, h)
			}
			return s + `</ul>`
		},
		"h-paras": func(l string) string {
			s := `<h3>` + l + `</h3>`
			for i, h := range heads {
				s += fmt.Sprintf(`<p><a href="/news/2024/06/s-%d">%s</a></p>`, i, h)
			}
			return s
		},
		"inline-one": func(l string) string {
			return `<p><strong>` + l + `:</strong> <a href="/news/2024/06/s-1">Harbour wall repairs finished early</a></p>`
		},
	}
	labels := []string{"Sizin için seçtiklerimiz", "Das könnte Sie auch interessieren", "Читайте также", "Te puede interesar", "Editörün seçtikleri"}
	for tn, tmpl := range probe72BodyTemplates {
		for fn, f := range forms {
			for _, l := range labels {
				for pn, page := range map[string]string{"end": tmpl(p55Range(0, 7) + f(l)), "mid": tmpl(p55Range(0, 4) + f(l) + p55Range(4, 7))} {
					probe77BodyCheck(t, page, tn+"/"+fn+"/"+pn+"/"+l, l, "Harbour wall", "bus route")
				}
			}
		}
	}
}
