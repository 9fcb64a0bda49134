package extractor

import (
	"errors"
	"fmt"
	"strings"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
)

// Body is a set of forms of the article body for Extract to produce:
// BodyText, BodyHTML, BodyMarkdown. A form left out is not computed (as far
// as the others allow: Markdown is made from the sanitised HTML, and the
// text is always read, for WordCount and ContentHash) and its field stays
// empty, null in JSON. The zero value means DefaultBody. Body is a
// flag.Value: "text,html,markdown".
type Body uint8

// The forms of the body.
const (
	BodyText Body = 1 << iota
	BodyHTML
	BodyMarkdown
)

// DefaultBody is what a zero Options.Body gives: text and HTML, the fields
// of layout 1.
const DefaultBody = BodyText | BodyHTML

var bodyNames = []struct {
	name string
	b    Body
}{{"text", BodyText}, {"html", BodyHTML}, {"markdown", BodyMarkdown}}

// ParseBody reads a comma-separated list of body forms: text, html,
// markdown. It fails on an unknown form and on an empty list.
func ParseBody(s string) (Body, error) {
	var b Body
	for f := range strings.SplitSeq(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		found := false
		for _, n := range bodyNames {
			if n.name == f {
				b |= n.b
				found = true
			}
		}
		if !found {
			return 0, fmt.Errorf("unknown body form %q (want text, html or markdown)", f)
		}
	}
	if b == 0 {
		return 0, errors.New("no body form given (want text, html or markdown, comma-separated)")
	}
	return b, nil
}

// String lists the forms of b, comma-separated; "" for the zero Body
// (which Extract reads as DefaultBody).
func (b Body) String() string {
	var names []string
	for _, n := range bodyNames {
		if b&n.b != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ",")
}

// Set implements flag.Value.
func (b *Body) Set(s string) error {
	v, err := ParseBody(s)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// or returns b, or DefaultBody for the zero Body.
func (b Body) or() Body {
	if b == 0 {
		return DefaultBody
	}
	return b
}

// markdownConverter turns the sanitised body into CommonMark with GitHub
// tables and strikethrough. A Converter is safe for concurrent use.
var markdownConverter = converter.NewConverter(converter.WithPlugins(
	base.NewBasePlugin(),
	commonmark.NewCommonmarkPlugin(),
	table.NewTablePlugin(),
	strikethrough.NewStrikethroughPlugin(),
))

// finishForms fills in and leaves out the body fields as body asks:
// Markdown from the sanitised HTML, then HTML and Text dropped unless
// asked for.
func finishForms(a *Article, body Body) {
	body = body.or()
	if body&BodyMarkdown != 0 && a.HTML != "" {
		if md, err := markdownConverter.ConvertString(a.HTML); err == nil {
			a.Markdown = strings.TrimSpace(md)
		}
	}
	if body&BodyHTML == 0 {
		a.HTML = ""
	}
	if body&BodyText == 0 {
		a.Text = ""
	}
}
