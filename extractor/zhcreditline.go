package extractor

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Chinese papers and WeChat accounts often set the credit line on the first
// line of the story's first paragraph, a line break before the story:
// "<p>文｜张三 编辑｜李四<br>3月5日上午，…</p>". Read whole, the paragraph is a
// labelled line ("编辑｜李四 3月5日上午，…"): the editor's label took the
// story for its value, and the paragraph left the body as a byline. The
// credit line is a block of its own: it leaves the body, and the story after
// it stays.

// maxCreditLine is the longest first line, in bytes, that splitCreditLine
// takes for a credit line: a dozen Han characters and a few names.
const maxCreditLine = 120

// splitCreditLine moves the story after the credit line that opens p, a
// paragraph of a Chinese page, into a paragraph of its own after p, and
// reports whether it did: p then holds the credit line alone. p must hold a
// <br> among its children, its text before the first <br> must be a credit
// (cjkOpeningCredit) and its text after it a sentence.
func splitCreditLine(p *html.Node) bool {
	var br *html.Node
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Br {
			br = c
			break
		}
		if c.Type == html.ElementNode && isBlockTag(c.DataAtom) {
			return false
		}
	}
	if br == nil || br.NextSibling == nil {
		return false // most paragraphs: nothing is measured
	}
	var line strings.Builder
	for c := p.FirstChild; c != br; c = c.NextSibling {
		line.WriteString(textOfUpTo(c, maxCreditLine))
		if line.Len() > maxCreditLine {
			return false
		}
	}
	first := normSpace(line.String())
	if first == "" || !holdsCJK(first) || holdsAnyRune(first, "。！？") || !cjkOpeningCredit(first) {
		return false
	}
	rest := textOfUpTo(p, 4*maxCreditLine)
	if !holdsAnyRune(rest[min(len(rest), len(line.String())):], "。，！？") {
		return false // "文/张三<br>图/李四": credit lines, no story
	}
	story := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P, Attr: append([]html.Attribute(nil), p.Attr...)}
	for c := br.NextSibling; c != nil; {
		next := c.NextSibling
		p.RemoveChild(c)
		story.AppendChild(c)
		c = next
	}
	p.RemoveChild(br)
	// "文/张三<br><br>3月5日…": the story's paragraph opens with its text.
	for c := story.FirstChild; c != nil && (c.Type == html.ElementNode && c.DataAtom == atom.Br || c.Type == html.TextNode && strings.TrimSpace(c.Data) == ""); c = story.FirstChild {
		story.RemoveChild(c)
	}
	if p.Parent != nil {
		p.Parent.InsertBefore(story, p.NextSibling)
	}
	return true
}

// cjkOpeningCredit reports whether line, the first line of a Chinese
// paragraph, credits the story's writers or its desk and says nothing
// else: "文｜张三 编辑｜李四", "作者｜张三 责编｜李四", "文/张三", "记者 张三",
// "〔記者王小明／台北報導〕".
func cjkOpeningCredit(line string) bool {
	if reCJKReporterLine.MatchString(line) || len(cjkLeadCredit(line)) > 0 {
		return true
	}
	labels := splitLabels(line)
	if len(labels) == 0 {
		return false
	}
	// "文｜张三 责编｜李四": the writer's credit before the first label.
	if lead := strings.TrimSpace(line[:max(0, strings.Index(line, labels[0].raw))]); lead != "" && len(cjkLeadCredit(lead)) == 0 {
		return false
	}
	for _, l := range labels {
		if !isCJKName(l.label) {
			return false
		}
		if k := labelKind(l.label); k != "author" && k != "editor" {
			return false
		}
	}
	return true
}

// cutOpeningCredit removes from content, the body, the credit line standing
// alone over a Chinese story, text its text rendered as it stands:
// "光明日报记者 王建宏 张文攀", "文/张三", "文｜张三 图｜李四", "本报记者 张三
// 通讯员 李四", in a paragraph of its own whatever inline elements wrap it
// ("<p><strong>记者 张三</strong></p>"). It returns the line it removed, ""
// when it removed none: the writers are read from it (cjkBodyAuthors) once
// it has left, so finishBody renders the text and the HTML from the tree
// without it. A dateline with its credit ("新华社北京3月5日电（记者 张三）",
// "本报讯 记者张三 报道") opens the story and stays, and so does a credit
// that is not the body's first paragraph.
func cutOpeningCredit(content *html.Node, text string) string {
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || len(first) > maxCreditLine || strings.TrimSpace(rest) == "" || !holdsCJK(first) || !cjkCreditParagraph(first) {
		return "" // most bodies: one cut of the text already rendered
	}
	run := openingRun(content)
	if len(run) == 0 {
		return ""
	}
	var line strings.Builder
	for _, n := range run {
		line.WriteString(textOfUpTo(n, maxCreditLine))
	}
	if dropSpaces(line.String()) != dropSpaces(first) {
		return "" // the tree's first paragraph is not the text's: keep both whole
	}
	b := run[0].Parent
	for _, n := range run {
		b.RemoveChild(n)
	}
	// The paragraph that held the line alone leaves with it, and so do
	// the wrappers it leaves empty.
	for b != content && b.Parent != nil && emptied(b, 0) {
		up := b.Parent
		up.RemoveChild(b)
		b = up
	}
	return first
}

// openingRun returns the nodes that render content's first paragraph: the
// first text shown (or the inline element that holds it) and the inline
// siblings after it, up to the next block; what stands before it shows no
// text (an image, a line break) and stays. It returns nil
// when an inline element among them holds a block, which ends the
// paragraph within it.
func openingRun(content *html.Node) []*html.Node {
	t := shownText(content, outOfText, nextInTree)
	if t == nil {
		return nil
	}
	x := lineTop(t, content)
	var run []*html.Node
	for c := x; c != nil && !isBlock(c); c = c.NextSibling {
		if c.Type == html.ElementNode && findFirst(c, isBlock) != nil {
			return nil
		}
		run = append(run, c)
	}
	return run
}

// isBlock reports whether n is a block element, where a paragraph of the
// text ends.
func isBlock(n *html.Node) bool { return n.Type == html.ElementNode && isBlockTag(n.DataAtom) }

// emptied reports whether n shows nothing: no text but white space, no
// image or other media, line breaks and empty inline wrappers at most
// ("<p><span>&nbsp;&nbsp;</span></p>").
func emptied(n *html.Node, depth int) bool {
	if depth > 400 {
		return false // too deep to tell: kept
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Video, atom.Audio, atom.Iframe, atom.Svg,
				atom.Object, atom.Embed, atom.Canvas, atom.Hr, atom.Table, atom.Math:
				return false
			}
			if !emptied(c, depth+1) {
				return false
			}
		}
	}
	return true
}

// dropSpaces returns s without its white space.
func dropSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// cjkCreditParagraph reports whether p, a paragraph of a Chinese text,
// only credits the story's writers or its desk, without a dateline.
func cjkCreditParagraph(p string) bool {
	if holdsAnyRune(p, "。！？，；,") || reCJKWireByline.MatchString(p) || reCJKWireReport.MatchString(p) || reCJKAgencyDateline.MatchString(p) {
		return false
	}
	return cjkOpeningCredit(p) || reCJKOutletReporterLine.MatchString(p)
}

// reCJKOutletReporterLine is a reporters' credit after the outlet's or its
// channel's name, a space between: "新华网黑龙江频道 记者 伊琳 李清芬".
var reCJKOutletReporterLine = regexp.MustCompile(`^\p{Han}{2,12}[\s\x{3000}]+(?:本报|特约|首席|实习|见习)?记者\s*\p{Han}{2,4}(?:[\s、]+\p{Han}{2,4}){0,5}$`)
