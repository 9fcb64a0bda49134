package pipeline

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageLinks are the links of a page that the crawl follows.
type pageLinks struct {
	hrefs []string // <a href> and <area href>, resolved
	feeds []string // <link rel=alternate> feeds
}

// linksOf tokenizes page (no tree is built) and returns its links resolved
// against base and the page's <base href>.
func linksOf(page []byte, base *url.URL) pageLinks {
	var out pageLinks
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if !hasAttr {
			continue
		}
		tag := atom.Lookup(name)
		if tag != atom.A && tag != atom.Area && tag != atom.Link && tag != atom.Base {
			continue
		}
		var href, rel, typ string
		for {
			k, v, more := z.TagAttr()
			switch string(k) {
			case "href":
				href = string(v)
			case "rel":
				rel = strings.ToLower(string(v))
			case "type":
				typ = strings.ToLower(string(v))
			}
			if !more {
				break
			}
		}
		href = strings.TrimSpace(href)
		if href == "" {
			continue
		}
		ref, err := url.Parse(href)
		if err != nil {
			continue
		}
		switch tag {
		case atom.Base:
			if base != nil {
				base = base.ResolveReference(ref)
			}
		case atom.Link:
			if strings.Contains(rel, "alternate") && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom") || strings.Contains(typ, "feed+json")) {
				out.feeds = append(out.feeds, resolve(base, ref))
			}
		default:
			if strings.Contains(rel, "nofollow") {
				continue
			}
			out.hrefs = append(out.hrefs, resolve(base, ref))
		}
	}
}

func resolve(base, ref *url.URL) string {
	if base == nil {
		return ref.String()
	}
	return base.ResolveReference(ref).String()
}

// linkDensity is the share of the text of an HTML fragment that sits inside
// links: high for index pages that readability took for an article.
func linkDensity(fragment string) float64 {
	z := html.NewTokenizer(strings.NewReader(fragment))
	depth, inLink, total := 0, 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			if total == 0 {
				return 0
			}
			return float64(inLink) / float64(total)
		case html.StartTagToken:
			if n, _ := z.TagName(); atom.Lookup(n) == atom.A {
				depth++
			}
		case html.EndTagToken:
			if n, _ := z.TagName(); atom.Lookup(n) == atom.A && depth > 0 {
				depth--
			}
		case html.TextToken:
			n := len(bytes.TrimSpace(z.Text()))
			total += n
			if depth > 0 {
				inLink += n
			}
		}
	}
}
