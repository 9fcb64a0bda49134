package extractor

import (
	"fmt"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// Selectors override extraction for a site whose templates defeat the
// general rules. Each is a CSS selector; empty means "use the rules".
type Selectors struct {
	// Content selects the article body; all matches, in order, form it.
	Content string `yaml:"content"`
	// Title, Date and Author select the elements holding those fields. A
	// date is read from a datetime or content attribute, else the text.
	Title  string `yaml:"title"`
	Date   string `yaml:"date"`
	Author string `yaml:"author"`
	// Remove selects elements to drop before anything else: ads, widgets.
	Remove []string `yaml:"remove"`
}

// Validate reports the first selector that does not compile.
func (s Selectors) Validate() error {
	_, err := s.compile()
	return err
}

type compiledSelectors struct {
	content, title, date, author cascadia.Selector
	remove                       []cascadia.Selector
}

func (s Selectors) compile() (*compiledSelectors, error) {
	var c compiledSelectors
	for _, f := range []struct {
		name string
		src  string
		dst  *cascadia.Selector
	}{{"content", s.Content, &c.content}, {"title", s.Title, &c.title}, {"date", s.Date, &c.date}, {"author", s.Author, &c.author}} {
		if strings.TrimSpace(f.src) == "" {
			continue
		}
		sel, err := cascadia.Compile(f.src)
		if err != nil {
			return nil, fmt.Errorf("extractor: %s selector %q: %w", f.name, f.src, err)
		}
		*f.dst = sel
	}
	for _, r := range s.Remove {
		sel, err := cascadia.Compile(r)
		if err != nil {
			return nil, fmt.Errorf("extractor: remove selector %q: %w", r, err)
		}
		c.remove = append(c.remove, sel)
	}
	return &c, nil
}

func (s Selectors) empty() bool {
	return s.Content == "" && s.Title == "" && s.Date == "" && s.Author == "" && len(s.Remove) == 0
}

// removeSelected drops the elements the Remove selectors match.
func (c *compiledSelectors) removeSelected(doc *html.Node) {
	for _, sel := range c.remove {
		for _, n := range sel.MatchAll(doc) {
			remove(n)
		}
	}
}

// contentNode gathers the Content matches into one <div>, or nil.
func (c *compiledSelectors) contentNode(doc *html.Node) *html.Node {
	if c.content == nil {
		return nil
	}
	matches := c.content.MatchAll(doc)
	if len(matches) == 0 {
		return nil
	}
	div := &html.Node{Type: html.ElementNode, Data: "div"}
	for _, m := range matches {
		remove(m)
		div.AppendChild(m)
	}
	return div
}

// text returns the text (or, for dates, the datetime or content attribute)
// of the first element sel matches.
func selectedText(doc *html.Node, sel cascadia.Selector, attrs ...string) string {
	if sel == nil {
		return ""
	}
	n := sel.MatchFirst(doc)
	if n == nil {
		return ""
	}
	for _, a := range attrs {
		if v := strings.TrimSpace(attr(n, a)); v != "" {
			return v
		}
	}
	return textOf(n)
}
