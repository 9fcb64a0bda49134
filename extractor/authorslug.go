package extractor

import (
	"net/url"
	"slices"
	"strings"
)

// A JSON-LD author may name no one and point at the writer's archive
// instead: "author": "https://site/author/jane-doe/", or a Person that
// gives only its "url". WordPress builds that address from the name the
// writer chose (/author/<user_nicename>/), so its last segment spells the
// name in lower case. It is the weakest statement of a person (a slug
// loses the name's case and accents), read only when the author names no
// one; the page's text gives the name's own spelling when it shows it.

// maxSlugAuthors bounds the addresses read from one author value.
const maxSlugAuthors = 4

// ldAuthorSlugs are the names the addresses of v, a JSON-LD author value
// that names no one, spell (slugAuthor): a string address, or a Person's
// "url" or unresolved "@id". text is the page's text, which may show a
// name's spelling.
func (m *pageMeta) ldAuthorSlugs(v any, text string) []string {
	var out []string
	var visit func(any, int)
	visit = func(v any, depth int) {
		if depth > 2 || len(out) >= maxSlugAuthors {
			return
		}
		switch t := m.ldResolve(v).(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			for _, k := range []string{"url", "@id", "sameAs"} {
				if s, ok := t[k].(string); ok {
					if n := slugAuthor(s, text); n != "" && !slices.Contains(out, n) {
						out = append(out, n)
						return
					}
				}
			}
		case string:
			if n := slugAuthor(t, text); n != "" && !slices.Contains(out, n) {
				out = append(out, n)
			}
		}
	}
	visit(v, 0)
	return out
}

// slugAuthor is the name an author page's address spells ("https://site/
// author/jane-doe/" is Jane Doe), "" when the address is no author page
// (authorPaths) or its last segment is not two to four words of ASCII
// letters joined by hyphens. The words are capitalised, a family name's
// particle ("de", "van") left small after the first and "mc" read as the
// Gaelic prefix ("mcdonald" is McDonald), unless text shows the name
// spelled otherwise ("Ana de la Cruz", "Jane DeWitt"), whose spelling is
// kept.
func slugAuthor(addr, text string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Path == "" {
		return ""
	}
	p := strings.TrimRight(u.Path, "/")
	i := strings.LastIndexByte(p, '/')
	if i < 0 || !holdsAuthorPath(p[:i+1]) {
		return ""
	}
	words := strings.Split(p[i+1:], "-")
	if len(words) < 2 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if len(w) < 2 || accountWords[w] || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			return ""
		}
	}
	name := strings.Join(words, " ")
	if k := strings.Index(asciiLower(text), name); k >= 0 {
		if shown := text[k : k+len(name)]; looksLikeNames([]string{shown}) && shown != name {
			return shown
		}
	}
	for k, w := range words {
		switch {
		case k > 0 && nameParticles[w]:
		case strings.HasPrefix(w, "mc") && len(w) > 3:
			words[k] = "Mc" + strings.ToUpper(w[2:3]) + w[3:]
		default:
			words[k] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	if name = strings.Join(words, " "); !looksLikeNames([]string{name}) {
		return ""
	}
	return name
}

// accountWords are the words of an account's login that is named for its
// role or its office, not for a person ("webmaster-author",
// "news-desk", "site-admin", "redaktion-online").
var accountWords = setOf("webmaster", "admin", "administrator", "author", "authors", "editor", "editors", "editorial", "staff", "team", "desk", "news", "newsroom",
	"guest", "user", "contributor", "contributors", "web", "site", "blog", "wp", "support", "info", "press", "office", "marketing", "media", "online", "digital",
	"redaktion", "redaccion", "redacao", "redazione", "redactie", "redakcja", "redaction")

// holdsAuthorPath reports whether dir, an address's path up to its last
// segment, ends with one of the authorPaths ("/blog/author/").
func holdsAuthorPath(dir string) bool {
	for _, a := range authorPaths {
		if strings.HasSuffix(dir, a) {
			return true
		}
	}
	return false
}
