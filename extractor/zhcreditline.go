package extractor

import (
	"regexp"
	"strings"

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

// cutOpeningCredit removes from a's text, and from its HTML when that
// opens with the same paragraph, the credit line standing alone over a
// Chinese story: "光明日报记者 王建宏 张文攀", "文/张三", "文｜张三 图｜李四",
// "本报记者 张三 通讯员 李四". It names the writers, who are read from it
// (cjkBodyAuthors) before it leaves: Extract calls it once the authors are
// chosen. A dateline with its credit ("新华社北京3月5日电（记者 张三）",
// "本报讯 记者张三 报道") opens the story and stays.
func cutOpeningCredit(a *Article) {
	first, rest, ok := strings.Cut(a.Text, "\n\n")
	if !ok || len(first) > maxCreditLine || strings.TrimSpace(rest) == "" || !holdsCJK(first) || !cjkCreditParagraph(first) {
		return
	}
	a.Text = rest
	a.WordCount = wordCount(a.Text)
	a.ContentHash = contentHash(a.Text)
	a.HTML = cutOpeningParagraph(a.HTML, first)
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

// cutOpeningParagraph removes from h, a body's HTML, its first paragraph
// when that holds line alone and only tags stand before it
// ("<div><p>文/张三</p><p>…"). Any other h is returned as it is.
func cutOpeningParagraph(h, line string) string {
	p := html.EscapeString(line) + "</p>"
	end := strings.Index(h, p)
	if end < 0 {
		return h
	}
	start := strings.LastIndex(h[:end], "<p")
	if start < 0 || h[start+2] != '>' && h[start+2] != ' ' || strings.IndexByte(h[start:end], '>') != end-start-1 {
		return h // "<p><strong>文/张三</strong></p>", or no paragraph
	}
	for i := 0; i < start; {
		lt := strings.IndexByte(h[i:start], '<')
		if lt < 0 {
			lt = start - i
		}
		if strings.TrimSpace(h[i:i+lt]) != "" {
			return h // text before the paragraph
		}
		if i+lt == start {
			break
		}
		gt := strings.IndexByte(h[i+lt:start], '>')
		if gt < 0 {
			return h
		}
		i += lt + gt + 1
	}
	return h[:start] + h[end+len(p):]
}
