package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// A page builder wraps each block of an article in its own markup; these
// are the wrappers the builders emit for a text block, as their templates
// write them (per-block id classes and data attributes included), and for
// the section and column the blocks sit in.
type pageBuilder struct {
	name        string
	open, close string // the section and column around the blocks
	block       func(i int, inner string) string
	image       func(i int) string
}

var pageBuilders = []pageBuilder{
	// No builder: a classic theme's flat entry, paragraphs and the other
	// stories' heading side by side.
	{"plain",
		`<div class="entry-content">`, `</div>`,
		func(i int, inner string) string { return inner },
		func(i int) string {
			return fmt.Sprintf(`<figure class="wp-caption"><img src="/p/%d.jpg" alt=""></figure>`, i)
		}},
	{"squarespace",
		`<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12">`, `</div></div></div>`,
		func(i int, inner string) string {
			return fmt.Sprintf(`<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-yui_3_17_2_1_1709%04d"><div class="sqs-block-content">%s</div></div>`, i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1719%04d"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic"><img data-src="/s/%d.jpg" alt=""></figure></div></div>`, i, i)
		}},
	{"elementor",
		`<section class="elementor-section elementor-top-section elementor-element elementor-element-7a1c2e0 elementor-section-boxed" data-element_type="section"><div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element elementor-element-2b3d4f1" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">`, `</div></div></div></section>`,
		func(i int, inner string) string {
			return fmt.Sprintf(`<div class="elementor-element elementor-element-%07x elementor-widget elementor-widget-text-editor" data-id="%07x" data-element_type="widget" data-widget_type="text-editor.default"><div class="elementor-widget-container">%s</div></div>`, 0x3f2a1b0+i, 0x3f2a1b0+i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="elementor-element elementor-element-%07x elementor-widget elementor-widget-image" data-element_type="widget" data-widget_type="image.default"><div class="elementor-widget-container"><img src="/e/%d.jpg" class="attachment-large size-large" alt=""></div></div>`, 0x5c1d000+i, i)
		}},
	{"hubspot",
		`<div class="row-fluid-wrapper row-depth-1 row-number-1 dnd-section"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-column" data-widget-type="cell">`, `</div></div></div>`,
		func(i int, inner string) string {
			return fmt.Sprintf(`<div class="row-fluid-wrapper row-depth-1 row-number-%d dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module" data-widget-type="custom_widget"><div id="hs_cos_wrapper_widget_160%d" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="module"><span id="hs_cos_wrapper_widget_160%d_" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="widget" data-hs-cos-type="rich_text">%s</span></div></div></div></div>`, i+2, i, i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="row-fluid-wrapper row-depth-1 row-number-%d dnd-row"><div class="row-fluid"><div class="span12 widget-span widget-type-custom_widget dnd-module"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-linked_image"><img src="/h/%d.jpg" class="hs-image-widget" alt=""></div></div></div></div>`, i+40, i)
		}},
	{"gutenberg",
		`<div class="entry-content wp-block-post-content is-layout-constrained">`, `</div>`,
		func(i int, inner string) string {
			return `<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">` + inner + `</div>`
		},
		func(i int) string {
			return fmt.Sprintf(`<figure class="wp-block-image size-large"><img src="/wp-content/uploads/%d.jpg" alt=""/></figure>`, i)
		}},
	{"gutenberg-columns",
		`<div class="entry-content">`, `</div>`,
		func(i int, inner string) string {
			return `<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex"><div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">` + inner + `</div></div>`
		},
		func(i int) string {
			return fmt.Sprintf(`<figure class="wp-block-image size-large"><img src="/wp-content/uploads/%d.jpg" alt=""/></figure>`, i)
		}},
	{"wix",
		`<section id="comp-lp1" class="wixui-section"><div data-testid="columns" class="comp-lp1-columns"><div id="comp-lp2" class="wixui-column-strip__column">`, `</div></div></section>`,
		func(i int, inner string) string {
			inner = strings.ReplaceAll(inner, "<p>", `<p class="font_8 wixui-rich-text__text">`)
			return fmt.Sprintf(`<div id="comp-kx%03d" class="KcpHeO tz5f0K comp-kx%03d wixui-rich-text" data-testid="richTextElement">%s</div>`, i, i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div id="comp-im%03d" class="MazNVa comp-im%03d wixui-image"><img src="/w/%d.jpg" alt=""></div>`, i, i, i)
		}},
	{"webflow",
		`<div class="blog-post-wrapper"><div class="container w-container">`, `</div></div>`,
		func(i int, inner string) string {
			return `<div class="rich-text-block w-richtext">` + inner + `</div>`
		},
		func(i int) string {
			return fmt.Sprintf(`<img src="/wf/%d.jpg" loading="lazy" alt="" class="blog-image">`, i)
		}},
	{"divi",
		`<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et_pb_css_mix_blend_mode_passthrough et-last-child">`, `</div></div></div>`,
		func(i int, inner string) string {
			return fmt.Sprintf(`<div class="et_pb_module et_pb_text et_pb_text_%d et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner">%s</div></div>`, i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="et_pb_module et_pb_image et_pb_image_%d"><span class="et_pb_image_wrap"><img src="/d/%d.jpg" alt=""></span></div>`, i, i)
		}},
	{"wpbakery",
		`<div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">`, `</div></div></div></div>`,
		func(i int, inner string) string {
			return `<div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">` + inner + `</div></div>`
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="wpb_single_image wpb_content_element vc_align_left"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img src="/v/%d.jpg" class="vc_single_image-img attachment-full" alt=""></div></figure></div>`, i)
		}},
	{"beaver",
		`<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-5f3a2b10" data-node="5f3a2b10"><div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content"><div class="fl-col-group fl-node-6a1b2c30"><div class="fl-col fl-node-7b2c3d40"><div class="fl-col-content fl-node-content">`, `</div></div></div></div></div></div>`,
		func(i int, inner string) string {
			return fmt.Sprintf(`<div class="fl-module fl-module-rich-text fl-node-8c3d4e%02d" data-node="8c3d4e%02d"><div class="fl-module-content fl-node-content"><div class="fl-rich-text">%s</div></div></div>`, i, i, inner)
		},
		func(i int) string {
			return fmt.Sprintf(`<div class="fl-module fl-module-photo fl-node-9d4e5f%02d" data-node="9d4e5f%02d"><div class="fl-module-content fl-node-content"><div class="fl-photo fl-photo-align-center"><img class="fl-photo-img" src="/b/%d.jpg" alt=""></div></div></div>`, i, i, i)
		}},
}

// builderNamed returns the page builder of that name.
func builderNamed(name string) pageBuilder {
	for _, b := range pageBuilders {
		if b.name == name {
			return b
		}
	}
	panic("no page builder " + name)
}

// matrixArticle is the article the builder pages set, one block a part.
var matrixArticle = [][]string{
	{"The city council voted on Tuesday to turn the old tram depot on Harbour Street into a covered market, ending a dispute that has run for almost nine years."},
	{"Traders who sell from the temporary stalls on the quay will be offered the first leases, at rents fixed for five years, the council said in a statement after the vote.",
		"The depot was built in 1911 and closed to trams in 1968. Since then it has served as a bus garage, a furniture warehouse and, for most of the last decade, nothing at all."},
	{"Opponents of the plan wanted the site sold for housing. They argued that the city needs homes more than it needs another market, and that the money from a sale could pay for repairs to three schools."},
	{"Supporters said the market would bring visitors back to a part of the harbour that has emptied since the ferry terminal moved east, and that the building is too valuable to knock down."},
	{"Work on the roof is due to start in the spring. The council expects the first stalls to open eighteen months later, if the repairs to the iron frame go to plan. A short one: the vote was 31 to 19."},
	{"The market will also host a weekly evening food fair, which the council hopes will draw people who work in the new offices along the canal."},
}

// sidebarHeadingLabels are headings of other stories' blocks, per
// language, as news templates and WordPress themes translate them.
var sidebarHeadingLabels = map[string][]string{
	"en": {"Latest news", "Most read", "Related", "You may also like", "Trending", "More from Business", "Related posts", "Recent Posts"},
	"es": {"Lo más leído", "Últimas noticias", "Noticias relacionadas", "Te puede interesar", "Tendencias", "Entradas recientes", "También te puede gustar", "Más de Economía", "Lo último", "Puedes ver", "Mira también", "Te recomendamos"},
	"fr": {"Les plus lus", "Dernières actualités", "À lire aussi", "Sur le même sujet", "Articles récents", "Vous aimerez aussi", "Tendances", "Plus de Politique", "Articles similaires"},
	"de": {"Meistgelesen", "Neueste Nachrichten", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Neueste Beiträge", "Ähnliche Beiträge", "Auch interessant", "Mehr aus Wirtschaft", "Im Trend",
		"Zum Weiterlesen", "Lesen Sie auch", "Mehr zu Klima und Konsum", "Lesen Sie auch die folgenden Beiträge:"},
	"hu": {"Ezek is érdekelhetnek", "Kapcsolódó cikkek", "Legolvasottabb", "Friss hírek"},
	"pt": {"Mais lidas", "Últimas notícias", "Notícias relacionadas", "Leia também", "Posts recentes", "Você também pode gostar", "Mais de Política", "Em alta", "Relacionados"},
	"it": {"I più letti", "Ultime notizie", "Articoli correlati", "Leggi anche", "Articoli recenti", "Potrebbe interessarti anche", "Altro da Economia", "Di tendenza", "Ti potrebbe interessare"},
	"ru": {"Самое читаемое", "Последние новости", "Читайте также", "Новости по теме", "Свежие записи", "Похожие записи", "Вам также может понравиться", "Популярное", "Похожие статьи"},
	"ar": {"الأكثر قراءة", "آخر الأخبار", "أخبار ذات صلة", "اقرأ أيضا", "أحدث المقالات", "قد يعجبك أيضا", "مقالات ذات صلة", "الأكثر مشاهدة"},
	"zh": {"相关新闻", "最新新闻", "热门文章", "推荐阅读", "近期文章", "你可能也喜欢", "相关文章", "热门"},
	"ja": {"関連記事", "人気記事", "最新記事", "最近の投稿", "こちらもおすすめ", "最新ニュース", "おすすめ記事", "アクセスランキング"},
	"ko": {"많이 본 뉴스", "관련기사", "최신기사", "최근 글", "추천 기사", "인기 기사", "많이 본 기사", "최신 뉴스"},
	"tr": {"En çok okunanlar", "Son haberler", "İlgili haberler", "Benzer haberler", "Son yazılar", "Bunlar da ilginizi çekebilir", "Gündem", "İlginizi çekebilir"},
	"pl": {"Najczęściej czytane", "Najnowsze", "Zobacz także", "Czytaj także", "Najnowsze wpisy", "Może cię zainteresować", "Powiązane artykuły", "Polecane", "Dowiedz się więcej", "Przeczytaj również"},
	"nl": {"Meest gelezen", "Laatste nieuws", "Lees ook", "Gerelateerde artikelen", "Recente berichten", "Dit vind je misschien ook leuk", "Meer nieuws", "Gerelateerd"},
	"id": {"Berita Terkait", "Berita Terbaru", "Terpopuler", "Baca Juga", "Pos-pos Terbaru", "Artikel Terkait", "Terkini", "Populer"},
	"fa": {"پربازدیدترین", "آخرین اخبار", "اخبار مرتبط", "نوشته‌های تازه", "مطالب مرتبط", "پربازدیدترین ها", "بیشتر بخوانید"},
	"hi": {"संबंधित खबरें", "ताजा खबरें", "सबसे ज्यादा पढ़ी गई", "ये भी पढ़ें", "यह भी पढ़ें", "ताज़ा ख़बरें", "हाल के पोस्ट", "ट्रेंडिंग"},
	"uk": {"Найпопулярніше", "Останні новини", "Читайте також", "Схожі новини", "Останні записи", "Вам також може сподобатися", "Популярне", "Новини по темі"},
	"ro": {"Cele mai citite", "Ultimele știri", "Articole similare", "Citește și", "Articole recente", "Ultimele ştiri", "Citeşte şi", "S-ar putea să-ți placă și"},
	"vi": {"Tin liên quan", "Tin mới nhất", "Đọc nhiều nhất", "Xem thêm", "Bài viết mới", "Có thể bạn quan tâm", "Bài viết liên quan", "Tin khác"},
}

// matrixTeaserMode makes the blocks of other stories teasers.
var matrixTeaserMode bool

// matrixHeadlines are the other stories' headlines the sidebar blocks list.
var matrixHeadlines = []string{
	"Mayor opens new bridge over the canal",
	"Schools close early as storm nears the coast",
	"Ferry fares to rise by five percent in January",
	"Police appeal for witnesses after harbour fire",
}

// headingForms are how a template writes a block's heading.
var headingForms = map[string]string{
	"h2":   `<h2 class="widget-title">%s</h2>`,
	"h3":   `<h3>%s</h3>`,
	"div":  `<div class="title">%s</div>`,
	"span": `<span class="label">%s</span>`,
}

// matrixTeasers lists the other stories as teasers: a headline, a line of
// standfirst and a date, as "Latest news" and "Related" modules print them.
func matrixTeasers() string {
	var b strings.Builder
	for i, h := range matrixHeadlines {
		fmt.Fprintf(&b, `<div class="post-item"><a href="/news/2024/05/%d/story-%d"><img src="/t/%d.jpg" alt=""></a><h4 class="post-title"><a href="/news/2024/05/%d/story-%d">%s</a></h4><p class="excerpt">The council said on Monday that the work would take longer than planned and cost more than the first estimate.</p><span class="date">May %d, 2024</span></div>`, i+10, i, i, i+10, i, h, i+10)
	}
	return b.String()
}

func matrixList() string {
	if matrixTeaserMode {
		return matrixTeasers()
	}
	var b strings.Builder
	b.WriteString(`<ul>`)
	for i, h := range matrixHeadlines {
		fmt.Fprintf(&b, `<li><a href="/news/2024/05/%d/story-%d">%s</a></li>`, i+10, i, h)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

// builderPage writes a whole page: the builder's blocks of the article and
// a block of other stories under heading, placed "after" the article's
// blocks (a block of the builder), "between" two of them, or in a column
// ("aside", "section", "div") beside the article.
func builderPage(b pageBuilder, heading, place string) string {
	var body strings.Builder
	for i, ps := range matrixArticle {
		if place == "between" && i == 3 {
			body.WriteString(b.block(90, heading+matrixList()))
		}
		body.WriteString(b.block(i, "<p>"+strings.Join(ps, "</p><p>")+"</p>"))
		if i == 1 {
			body.WriteString(b.image(i))
		}
	}
	if place == "after" {
		body.WriteString(b.block(91, heading))
		body.WriteString(b.block(92, matrixList()))
	}
	column := ""
	switch place {
	case "aside", "section", "div":
		column = fmt.Sprintf(`<%s class="col-4">%s%s</%s>`, place, heading, matrixList(), place)
	}
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Old tram depot to become a covered market | Harbour Gazette</title></head><body>` +
		`<div class="site-header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></div>` +
		`<div class="page"><div class="col-8"><h1>Old tram depot to become a covered market</h1>` + b.open + body.String() + b.close + `</div>` + column + `</div>` +
		`<div class="site-footer"><p>Harbour Gazette, 12 Quay Road. <a href="/about">About us</a></p></div></body></html>`
}

// matrixFailure says what the body of a builder page got wrong, or "".
func matrixFailure(src, heading string) string {
	a, err := Extract([]byte(src), "https://gazette.example/news/2024/05/09/depot", Options{})
	if err != nil {
		return err.Error()
	}
	var bad []string
	for _, ps := range matrixArticle {
		for _, p := range ps {
			if !strings.Contains(a.Text, p[:40]) {
				bad = append(bad, "lacks "+p[:20])
			}
		}
	}
	for _, h := range matrixHeadlines {
		if strings.Contains(a.Text, h) {
			bad = append(bad, "holds headline")
			break
		}
	}
	for line := range strings.SplitSeq(a.Text, "\n") {
		if strings.TrimSpace(line) == heading {
			bad = append(bad, "holds heading")
		}
	}
	return strings.Join(bad, "; ")
}

// TestBuilderRuns: the article a page builder cuts into blocks is the body
// whole, with no block of other stories, whatever the builder, the place of
// the other stories and the form of their heading.
func TestBuilderRuns(t *testing.T) {
	for _, b := range pageBuilders {
		for _, place := range []string{"none", "after", "between", "aside", "section", "div"} {
			for form, f := range headingForms {
				if place == "none" && form != "h2" {
					continue
				}
				label := "Latest news"
				if msg := matrixFailure(builderPage(b, fmt.Sprintf(f, label), place), label); msg != "" {
					t.Errorf("%s, %s, %s: %s", b.name, place, form, msg)
				}
			}
		}
	}
}

// TestSidebarHeadingLanguages: a block of other stories under a heading in
// any of the languages most common in news stays out of the body, after
// the article or between its blocks. Under -race (sampled) each label is
// tried in one of the six places and forms, the i-th label of a language
// in the (i mod 6)-th: every label, place and form, a sixth of the pages.
func TestSidebarHeadingLanguages(t *testing.T) {
	for lang, labels := range sidebarHeadingLabels {
		for i, label := range labels {
			for p, place := range []string{"after", "between", "div"} {
				for f, form := range []string{"h3", "span"} {
					if sampled() && p*2+f != i%6 {
						continue
					}
					b := builderNamed("elementor")
					if place == "between" {
						b = builderNamed("divi")
					}
					if msg := matrixFailure(builderPage(b, fmt.Sprintf(headingForms[form], label), place), label); msg != "" {
						t.Errorf("%s %q, %s, %s: %s", lang, label, place, form, msg)
					}
				}
			}
		}
	}
}

// TestBuilderRunsTeasers: as TestBuilderRuns, the other stories printed as
// teasers with a standfirst.
func TestBuilderRunsTeasers(t *testing.T) {
	matrixTeaserMode = true
	defer func() { matrixTeaserMode = false }()
	TestBuilderRuns(t)
}

// TestSidebarHeadingLanguagesTeasers: as TestSidebarHeadingLanguages, the
// other stories printed as teasers with a standfirst.
func TestSidebarHeadingLanguagesTeasers(t *testing.T) {
	matrixTeaserMode = true
	defer func() { matrixTeaserMode = false }()
	TestSidebarHeadingLanguages(t)
}
