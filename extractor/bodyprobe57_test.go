package extractor

import (
	"strings"
	"testing"
)

// faq57 is the FAQ the probes set: each question with its answer.
var faq57 = [][2]string{
	{"When will the work on the Millbrook dam start?", "The contractor is due to start in the spring, once the reservoir has been lowered to half its level."},
	{"Will the reservoir still supply drinking water?", "Yes. The treatment works draws from the deep intake, which stays below the water line even at half level, so supplies are not affected."},
	{"Can I still walk along the north bank?", "The path stays open except on days when heavy machinery crosses it; the board will post closures at the car park a week ahead."},
	{"How much will the rebuilding cost?", "About forty million euros, from the board and a regional grant."},
	{"Who do I contact about noise or damage?", "Call the contractor's community line, open on weekdays from eight to six, or write to the board's liaison office in Millbrook."},
	{"Will water bills go up to pay for it?", "The board says bills will rise by no more than inflation, as the grant covers the part of the cost that the capital budget cannot."},
}

const faq57Title = "Millbrook dam works: your questions answered"

const faq57Head = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>` + faq57Title + ` - Valley Courier</title><meta property="og:title" content="` + faq57Title + `"></head>`

// faq57Check extracts page and checks that the body holds every question
// and answer of faq57 (the first n of them), in order, once each.
func faq57Check(t *testing.T, name, page string, n int, also ...string) {
	t.Helper()
	a, err := Extract([]byte(page), "https://valley.example/news/2024/06/13/millbrook-dam-faq", Options{})
	if err != nil {
		t.Fatal(err)
	}
	at := 0
	want := append([]string{}, also...)
	for _, qa := range faq57[:n] {
		want = append(want, qa[0], qa[1])
	}
	for _, w := range want {
		k := strings.Index(a.Text[at:], w)
		if k < 0 {
			if strings.Contains(a.Text, w) {
				t.Errorf("%s: %q out of order", name, w)
			} else {
				t.Errorf("%s: the body lacks %q", name, w)
			}
			continue
		}
		if c := strings.Count(a.Text, w); c > 1 {
			t.Errorf("%s: %q %d times", name, w, c)
		}
		at += k
	}
	for _, u := range probe55Unwanted {
		if strings.Contains(a.Text, u) {
			t.Errorf("%s: the body holds %q", name, u)
		}
	}
	for _, im := range a.Images {
		if strings.Contains(im.URL, "chevron") {
			t.Errorf("%s: the images hold the label's icon %s", name, im.URL)
		}
	}
	if t.Failed() {
		t.Logf("%s body:\n%s", name, a.Text)
	}
}

// faq57Items renders faq57 with item, which gets the index, question and answer.
func faq57Items(item func(i int, q, a string) string) string {
	var b strings.Builder
	for i, qa := range faq57 {
		b.WriteString(item(i, qa[0], qa[1]))
	}
	return b.String()
}

func faq57ID(i int) string { return string(rune('1' + i)) }

// The FAQ layouts, as the CMS and themes print them.
var faq57Layouts = []struct{ name, faq string }{
	{"yoast", `<div class="schema-faq wp-block-yoast-faq-block">` + faq57Items(func(i int, q, a string) string {
		return `<div class="schema-faq-section" id="faq-question-170000000` + faq57ID(i) + `"><strong class="schema-faq-question">` + q + `</strong> <p class="schema-faq-answer">` + a + `</p> </div> `
	}) + `</div>`},
	{"rankmath", `<div id="rank-math-faq" class="rank-math-block"><div class="rank-math-list ">` + faq57Items(func(i int, q, a string) string {
		return `<div id="faq-question-168000000` + faq57ID(i) + `" class="rank-math-list-item"><h3 class="rank-math-question ">` + q + `</h3><div class="rank-math-answer "><p>` + a + `</p></div></div>`
	}) + `</div></div>`},
	{"details", faq57Items(func(i int, q, a string) string {
		return `<details class="wp-block-details"><summary>` + q + `</summary><p>` + a + `</p></details>`
	})},
	{"bootstrap", `<div class="accordion" id="faqAccordion">` + faq57Items(func(i int, q, a string) string {
		shown, exp, btn := "", "false", " collapsed"
		if i == 0 {
			shown, exp, btn = " show", "true", ""
		}
		return `<div class="accordion-item"><h2 class="accordion-header" id="heading` + faq57ID(i) + `"><button class="accordion-button` + btn + `" type="button" data-bs-toggle="collapse" data-bs-target="#collapse` + faq57ID(i) + `" aria-expanded="` + exp + `" aria-controls="collapse` + faq57ID(i) + `">` + q + `<img class="accordion-icon" src="/assets/icons/chevron-down.svg" alt=""></button></h2><div id="collapse` + faq57ID(i) + `" class="accordion-collapse collapse` + shown + `" aria-labelledby="heading` + faq57ID(i) + `" data-bs-parent="#faqAccordion"><div class="accordion-body">` + a + `</div></div></div>`
	}) + `</div>`},
	{"jqueryui", `<div id="faq" class="ui-accordion ui-widget ui-helper-reset" role="tablist">` + faq57Items(func(i int, q, a string) string {
		return `<h3 class="ui-accordion-header ui-corner-all ui-state-default" role="tab" id="ui-id-` + faq57ID(i) + `" aria-controls="ui-id-panel-` + faq57ID(i) + `" aria-selected="false" aria-expanded="false" tabindex="-1">` + q + `</h3><div class="ui-accordion-content ui-helper-reset ui-widget-content ui-corner-bottom" id="ui-id-panel-` + faq57ID(i) + `" aria-labelledby="ui-id-` + faq57ID(i) + `" role="tabpanel" aria-hidden="true" style="display: none;"><p>` + a + `</p></div>`
	}) + `</div>`},
	{"hiddenattr", `<div class="faq-list">` + faq57Items(func(i int, q, a string) string {
		return `<div class="faq-list__item"><h3 class="faq-list__question"><button type="button" aria-expanded="false" aria-controls="faq-answer-` + faq57ID(i) + `" class="faq-list__toggle">` + q + `</button></h3><div class="faq-list__answer" id="faq-answer-` + faq57ID(i) + `" hidden><p>` + a + `</p></div></div>`
	}) + `</div>`},
	{"plugin", `<div class="sp-faq">` + faq57Items(func(i int, q, a string) string {
		return `<div class="sp-faq__item"><button class="sp-faq__question" type="button" aria-expanded="false" aria-controls="sp-faq-a` + faq57ID(i) + `"><span class="sp-faq__icon" aria-hidden="true">+</span>` + q + `</button><div class="sp-faq__answer" id="sp-faq-a` + faq57ID(i) + `" style="display:none"><p>` + a + `</p></div></div>`
	}) + `</div>`},
	{"dl", `<dl class="faq">` + faq57Items(func(i int, q, a string) string {
		return `<dt>` + q + `</dt><dd>` + a + `</dd>`
	}) + `</dl>`},
	{"headings", `<div class="faq-section">` + faq57Items(func(i int, q, a string) string {
		return `<div class="faq-item"><h3 class="faq-question">` + q + `</h3><div class="faq-answer"><p>` + a + `</p></div></div>`
	}) + `</div>`},
	{"microdata", `<div itemscope itemtype="https://schema.org/FAQPage">` + faq57Items(func(i int, q, a string) string {
		return `<div class="faq-item" itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">` + q + `</h3><div class="faq-answer" itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>` + a + `</p></div></div></div>`
	}) + `</div>`},
}

// faq57JSONLD is the FAQPage that Yoast and Rank Math print in the head.
func faq57JSONLD() string {
	var b strings.Builder
	b.WriteString(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[`)
	for i, qa := range faq57 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"@type":"Question","name":"` + qa[0] + `","acceptedAnswer":{"@type":"Answer","text":"` + qa[1] + `"}}`)
	}
	b.WriteString(`]}</script>`)
	return b.String()
}

// An FAQ page alone: a WordPress page whose content is the FAQ, under a
// short introduction.
func faq57Page(faq string) string {
	return strings.Replace(faq57Head, "</head>", faq57JSONLD()+"</head>", 1) + `<body class="page-template-default page">` + p55Nav +
		`<main id="main" class="site-main"><article id="post-88" class="post-88 page type-page status-publish"><header class="entry-header"><h1 class="entry-title">` + faq57Title + `</h1></header>` +
		`<div class="entry-content"><p>We have gathered the questions readers ask most about the rebuilding.</p>` + faq + `</div></article></main>` + p55Foot + `</body></html>`
}

// A news story that ends with an FAQ section.
func faq57Story(faq string) string {
	return p55Head + `<body class="post-template-default single single-post">` + p55Nav +
		`<main id="main" class="site-main"><article id="post-4312" class="post-4312 post type-post status-publish">` + p56Header +
		`<div class="entry-content">` + p56Paras(0, 7) + `<h2>Frequently asked questions</h2>` + faq + `</div>` +
		`<footer class="entry-footer"><div class="share">Share this</div></footer></article></main>` + p55Foot + `</body></html>`
}

// An FAQ page's body is every question and every answer, whatever the
// layout: the questions in accordion buttons (keepLabel) under headings
// named "header" (labelsPanel), the answers in hidden panels, short ones
// too (accordionPanel), jQuery UI's "ui-widget" accordion
// (unnameAccordions).
func TestProbe57FAQPage(t *testing.T) {
	for _, l := range faq57Layouts {
		faq57Check(t, "page "+l.name, faq57Page(l.faq), len(faq57))
	}
}

// A story that ends with an FAQ keeps the story and the whole FAQ.
func TestProbe57FAQStory(t *testing.T) {
	for _, l := range faq57Layouts {
		faq57Check(t, "story "+l.name, faq57Story(l.faq), len(faq57), probe55Paras[0][:50], probe55Paras[6][:50])
	}
}
