package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// probe75BodyMostRead are the labels news templates set over a block of
// the site's most read or newest stories, in the languages of the sites.
var probe75BodyMostRead = []string{"Latest news", "Most read", "Trending", "Lo más leído", "Meistgelesen", "Les plus lus", "热门文章", "相关阅读", "인기 기사", "人気記事", "Most Popular", "Más leídas", "Più letti", "Mais lidas", "Najczęściej czytane", "Populairste artikelen", "Самое читаемое", "En çok okunanlar", "Najčitanije", "Mest lästa", "Meest gelezen", "Nejčtenější", "Най-четени", "الأكثر قراءة", "Terpopuler", "Đọc nhiều nhất", "ยอดนิยม", "Populární", "Legnépszerűbb", "Cele mai citite"}

// probe75BodyBlock is a block of the site's stories under label in one of
// the forms templates give it.
func probe75BodyBlock(form, label string) string {
	items := ""
	for i, t := range []string{"Ferry timetable changes for the summer season", "Harbour wall repairs finished early", "School roof to be replaced over the holidays", "Council to vote on new parking charges", "New bus route links the three towns"} {
		switch form {
		case "list":
			items += fmt.Sprintf(`<li><a href="/news/2024/06/story-%d">%s</a></li>`, i, t)
		case "numbered":
			items += fmt.Sprintf(`<li><span class="rank">%d</span><a href="/news/2024/06/story-%d">%s</a></li>`, i+1, i, t)
		case "cards":
			items += fmt.Sprintf(`<div class="card"><a href="/news/2024/06/story-%d"><img src="/img/story-%d.jpg" alt=""></a><h3 class="card-title"><a href="/news/2024/06/story-%d">%s</a></h3></div>`, i, i, i, t)
		}
	}
	switch form {
	case "cards":
		return `<section class="module"><h2 class="module-title">` + label + `</h2><div class="cards">` + items + `</div></section>`
	case "numbered":
		return `<div class="box"><div class="box-head"><span>` + label + `</span></div><ol class="box-list">` + items + `</ol></div>`
	}
	return `<div class="block"><h3>` + label + `</h3><ul>` + items + `</ul></div>`
}

// A block of the site's most read or newest stories is never the body's,
// whatever label it has, language it speaks and form it takes, where the
// template sets it: after the story inside its container, inside the
// <article> after the container, or beside the story.
func TestBodyProbe75MostReadBlocks(t *testing.T) {
	places := map[string]func(tmpl func(string) string, block string) string{
		"in-body": func(tmpl func(string) string, block string) string {
			return tmpl(p55Range(0, 7) + block)
		},
		"mid-body": func(tmpl func(string) string, block string) string {
			return tmpl(p55Range(0, 4) + block + p55Range(4, 7))
		},
		"after": func(tmpl func(string) string, block string) string {
			return strings.Replace(tmpl(p55Range(0, 7)), "</article>", block+"</article>", 1)
		},
		"beside": func(tmpl func(string) string, block string) string {
			return strings.Replace(tmpl(p55Range(0, 7)), "</article>", "</article><aside class=\"sidebar\">"+block+"</aside>", 1)
		},
	}
	fails := 0
	for tn, tmpl := range probe72BodyTemplates {
		for pn, place := range places {
			for _, form := range []string{"list", "numbered", "cards"} {
				for _, label := range probe75BodyMostRead {
					a := probe72BodyExtract(t, place(tmpl, probe75BodyBlock(form, label)))
					bad := ""
					for _, u := range []string{label, "Harbour wall repairs", "New bus route"} {
						if strings.Contains(a.Text, u) {
							bad += " holds " + u + ";"
						}
					}
					for i := range probe55Paras {
						if !strings.Contains(a.Text, probe55Paras[i][:50]) {
							bad += fmt.Sprintf(" lacks paragraph %d;", i)
						}
					}
					if bad != "" {
						fails++
						if fails < 60 {
							t.Errorf("%s/%s/%s/%s:%s", tn, pn, form, label, bad)
						}
					}
				}
			}
		}
	}
	if fails > 0 {
		t.Logf("%d failures", fails)
	}
}

// probe75BodyCaptioned are the image blocks with a caption that the page
// builders write between a post's text blocks, as their templates print
// them (HubSpot's image module has no caption).
var probe75BodyCaptioned = map[string]string{
	"squarespace": `<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_17190001"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="/s/1.jpg" alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>%s</p></div></figcaption></figure></div></div>`,
	"elementor":   `<div class="elementor-element elementor-element-5c1d001 elementor-widget elementor-widget-image" data-element_type="widget" data-widget_type="image.default"><div class="elementor-widget-container"><figure class="wp-caption"><img src="/e/1.jpg" class="attachment-large size-large" alt=""><figcaption class="widget-image-caption wp-caption-text">%s</figcaption></figure></div></div>`,
	"hubspot":     `<div class="row-fluid-wrapper row-depth-1 row-number-41 dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-linked_image"><img src="/h/1.jpg" class="hs-image-widget" alt=""></div></div></div></div>`,
	"gutenberg":   `<figure class="wp-block-image size-large"><img src="/wp-content/uploads/1.jpg" alt=""/><figcaption class="wp-element-caption">%s</figcaption></figure>`,
	"wix":         `<div id="comp-ri001" class="wixui-rich-text"><figure data-hook="figure-IMAGE" class="wixui-rich-text__image"><div data-hook="imageViewer"><img src="/w/1.jpg" alt=""></div><figcaption data-hook="imageViewerCaption">%s</figcaption></figure></div>`,
	"webflow":     `<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image"><div><img src="/wf/1.jpg" loading="lazy" alt=""></div><figcaption>%s</figcaption></figure>`,
	"divi":        `<div class="et_pb_module et_pb_image et_pb_image_1"><span class="et_pb_image_wrap"><img src="/d/1.jpg" alt=""></span></div><div class="et_pb_module et_pb_text et_pb_text_50 et_pb_text_align_center et_pb_bg_layout_light"><div class="et_pb_text_inner"><p><em>%s</em></p></div></div>`,
	"wpbakery":    `<div class="wpb_single_image wpb_content_element vc_align_left"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img src="/v/1.jpg" class="vc_single_image-img attachment-full" alt=""></div><figcaption class="vc_figure-caption">%s</figcaption></figure></div>`,
	"beaver":      `<div class="fl-module fl-module-photo fl-node-9d4e5f01" data-node="9d4e5f01"><div class="fl-module-content fl-node-content"><div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject"><div class="fl-photo-content fl-photo-img-jpg"><img class="fl-photo-img" src="/b/1.jpg" alt="" itemprop="image"></div><div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">%s</div></div></div></div>`,
}

// probe75BodyCaptionPage is a post the builder name cuts into blocks, a
// captioned picture among them, and a block of other stories in place
// ("none", "aside" beside the post, "after" it in the builder's blocks).
func probe75BodyCaptionPage(name, place string) string {
	b := builderNamed(name)
	if name == "gutenberg" {
		b = builderNamed("gutenberg-columns")
	}
	var body strings.Builder
	for i, ps := range matrixArticle {
		body.WriteString(b.block(i, "<p>"+strings.Join(ps, "</p><p>")+"</p>"))
		if i == 1 {
			body.WriteString(strings.ReplaceAll(probe75BodyCaptioned[name], "%s", probe75BodyCaption))
		}
	}
	column, after := "", ""
	switch place {
	case "aside":
		column = `<aside class="col-4"><h3>Latest news</h3>` + matrixList() + `</aside>`
	case "after":
		after = b.block(91, `<h3>Most read</h3>`) + b.block(92, matrixList())
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market | Harbour Gazette</title></head><body>` +
		`<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>` +
		`<div class="page"><div class="col-8"><h1>Old tram depot to become a covered market</h1>` + b.open + body.String() + after + b.close + `</div>` + column + `</div>` +
		`<div class="site-footer"><p>Harbour Gazette, 12 Quay Road. <a href="/about">About us</a></p></div></body></html>`
}

const probe75BodyCaption = "The tram depot on Harbour Street in 1952, when it still housed forty trams"

// A page builder's image block with its caption between the text blocks
// of a post is the post's: the body holds the picture and its caption
// with every text block, and no block of other stories beside it.
func TestBodyProbe75BuilderCaptions(t *testing.T) {
	for name := range probe75BodyCaptioned {
		for _, place := range []string{"none", "aside", "after"} {
			a, err := Extract([]byte(probe75BodyCaptionPage(name, place)), "https://gazette.example/news/2024/05/09/depot", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(probe75BodyCaptioned[name], "%s") && !strings.Contains(a.HTML, probe75BodyCaption) {
				t.Errorf("%s/%s: the caption is lost: %q", name, place, a.HTML)
			}
			if !strings.Contains(a.HTML, "1.jpg") {
				t.Errorf("%s/%s: the picture is lost", name, place)
			}
			for _, ps := range matrixArticle {
				for _, p := range ps {
					if !strings.Contains(a.Text, p[:40]) {
						t.Errorf("%s/%s: lacks %.40q", name, place, p)
					}
				}
			}
			if strings.Contains(a.Text, matrixHeadlines[0]) {
				t.Errorf("%s/%s: holds the other stories", name, place)
			}
		}
	}
}

// A box of two elements, a sentence of the story and a lone "Donate"
// button, loses the button and keeps the sentence when the sentence is no
// pitch; a box whose line asks for money goes whole.
func TestBodyProbe75DonateBox(t *testing.T) {
	story := "The reservoir will stay at half its usual level until the new wall is finished, the board said."
	boxes := map[string]string{
		"div-p-a":       `<div class="wp-block-group"><p>` + story + `</p><a class="button" href="/donate/">Donate</a></div>`,
		"div-p-buttons": `<div><p>` + story + `</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://valley.example/donate">Donate</a></div></div></div>`,
		"section-p-a":   `<section class="cta"><p>` + story + `</p><a class="btn" href="https://www.paypal.com/donate?hosted_button_id=X">Donate</a></section>`,
	}
	for tn, tmpl := range probe72BodyTemplates {
		for name, box := range boxes {
			a := probe72BodyExtract(t, tmpl(p55Range(0, 3)+box+p55Range(3, 6)))
			if !strings.Contains(a.Text, story[:40]) {
				t.Errorf("%s/%s: the story's sentence is lost: %q", tn, name, a.Text)
			}
			if strings.Contains(a.Text, "Donate") {
				t.Errorf("%s/%s: the button stays", tn, name)
			}
		}
		pitch := `<div class="wp-block-group"><p>Independent local journalism needs your support. Give what you can today.</p><a class="button" href="/donate/">Donate</a></div>`
		if a := probe72BodyExtract(t, tmpl(p55Range(0, 3)+pitch+p55Range(3, 6))); strings.Contains(a.Text, "needs your support") {
			t.Errorf("%s/pitch: the appeal stays", tn)
		}
	}
}

// A list of sources at the story's end, to three sites or more, stays
// when a label names it ("Sources", "Notes", "Quellen", "参考文献"), short
// titles ("Embankment dam") and all.
func TestBodyProbe75SourcesAtEnd(t *testing.T) {
	doc := func(site, path, title string) string {
		return `<li><a href="https://` + site + path + `">` + title + `</a></li>`
	}
	list := `<ul>` + doc("www.waterboard.example.gov", "/minutes", "Minutes of the water board meeting, 13 June 2024") + doc("www.damsafety.example.org", "/guide", "Guide to the safety of embankment dams") + doc("en.wikipedia.org", "/wiki/Embankment_dam", "Embankment dam") + `</ul>`
	for tn, tmpl := range probe72BodyTemplates {
		for _, label := range []string{"<h3>Sources</h3>", "<h2>Notes</h2>", "<p><strong>Quellen:</strong></p>", "<h4>参考文献</h4>", "<p>Fuentes</p>"} {
			a := probe72BodyExtract(t, tmpl(p55Range(0, 6)+label+list))
			if !strings.Contains(a.Text, "Minutes of the water board") || !strings.Contains(a.Text, "Embankment dam") {
				t.Errorf("%s/%s: the sources are lost: %q", tn, label, a.Text)
			}
		}
	}
}
