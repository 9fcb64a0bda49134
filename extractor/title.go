package extractor

import (
	"net/url"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// reTitleSep splits "Headline | Section | Site" and its many variants.
var reTitleSep = regexp.MustCompile(`\s+[|\-–—:»·•/]\s+|\s*[|｜_»]\s*|\s+::\s+|\s*[–—-]{2}\s*`)

// titleParts splits a <title> into its segments.
func titleParts(s string) []string {
	if !strings.ContainsAny(s, "|-–—:»·•/｜_") {
		// Every separator holds one of these: most headlines have none.
		if s = strings.TrimSpace(s); s == "" {
			return nil
		}
		return []string{s}
	}
	var out []string
	for _, p := range reTitleSep.Split(s, -1) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// simplify folds a string for loose comparison: lower case, letters and
// digits only.
func simplify(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isPunct(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPunct(r rune) bool {
	return strings.ContainsRune("‘’“”«»–—…·•｜，。：；！？、（）【】《》「」", r) || r == '\u00A0' || r == '\u3000'
}

// siteLike reports whether segment names the site: it equals the site name
// or the registrable part of the host.
func siteLike(segment, siteName, host string) bool {
	s := simplify(segment)
	if s == "" {
		return false
	}
	if sn := simplify(siteName); sn != "" && (s == sn || strings.HasPrefix(sn, s) || strings.HasPrefix(s, sn)) {
		return true
	}
	h := strings.TrimPrefix(strings.ToLower(host), "www.")
	for _, label := range strings.Split(h, ".") {
		if len(label) >= 3 && (s == simplify(label) || s == simplify(h)) {
			return true
		}
	}
	return simplify(h) == s
}

// headings returns the texts of the page's <h1> elements in document order:
// all of them, and those outside navigation, footers and other furniture.
func headings(doc *html.Node) (all, clean []string) {
	for _, h := range findAll(doc, byTag(atom.H1)) {
		t := dropKicker(h, textOf(h))
		if t == "" || len(t) >= 400 {
			continue
		}
		all = append(all, t)
		if !hasAncestor(h, func(p *html.Node) bool {
			return isElement(p, atom.Nav, atom.Footer, atom.Aside) || isBoilerClass(classID(p))
		}) {
			clean = append(clean, t)
		}
	}
	return all, clean
}

type titleResult struct {
	title, source string
	suffix        []string // segments the <title> had after the headline
}

// pickTitle chooses the headline. Structured titles and <title> often carry
// the site name and a section ("Headline | Section | Site"); an <h1> that
// matches one of them is the cleanest form, so it wins when it agrees.
func pickTitle(m *pageMeta, doc *html.Node, siteName string, page *url.URL, nav *navSet) titleResult {
	t := pickTitleRaw(m, doc, siteName, page)
	// "Headline | anything": a spaced pipe does not occur inside
	// headlines; what follows it is a site, a section or a tagline.
	if i := strings.Index(t.title, " | "); i > 0 {
		if head := strings.TrimSpace(t.title[:i]); len(strings.Fields(head)) >= 3 || len([]rune(head)) >= 8 && isMostlyCJK(head) {
			t.suffix = append(titleParts(t.title[i:]), t.suffix...)
			t.title = head
		}
	}
	t.title = cutLeadingDate(t.title)
	// "Section | Headline", "Blog: Headline", "example.com Headline": a
	// leading segment that is a navigation label, the site or its domain is
	// not part of the headline either.
	lead := ""
	if parts := titleParts(t.title); len(parts) > 1 {
		lead = parts[0]
	}
	if w, _, ok := strings.Cut(t.title, " "); ok && lead == "" {
		if label, colon := strings.CutSuffix(w, ":"); colon {
			lead = label // "Blog: …"
		} else if host := strings.TrimPrefix(hostOf(page), "www."); host != "" && strings.EqualFold(w, host) {
			lead = w // "davidbau.com Vibe Coding"
		}
	}
	if lead != "" && (siteLike(lead, siteName, hostOf(page)) || nav.has(lead) || strings.EqualFold(lead, strings.TrimPrefix(hostOf(page), "www."))) {
		if rest := strings.TrimLeft(strings.TrimSpace(strings.TrimPrefix(t.title, lead)), " |-–—:»·•/｜_"); len(strings.Fields(rest)) >= 2 && rest != t.title {
			t.title = rest
		}
	}
	// "Headline | Column": a trailing segment that is a navigation label or
	// the site is not part of the headline.
	parts := titleParts(t.title)
	for len(parts) > 1 {
		last := parts[len(parts)-1]
		if !siteLike(last, siteName, hostOf(page)) && !nav.has(last) {
			break
		}
		t.suffix = append([]string{last}, t.suffix...)
		parts = parts[:len(parts)-1]
		i := strings.LastIndex(t.title, last)
		t.title = strings.TrimRight(strings.TrimSpace(t.title[:i]), " |-–—:»·•/｜_")
	}
	return t
}

func hostOf(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.Hostname()
}

func pickTitleRaw(m *pageMeta, doc *html.Node, siteName string, page *url.URL) titleResult {
	host := ""
	if page != nil {
		host = page.Hostname()
	}
	docTitle := ""
	if t := findFirst(doc, byTag(atom.Title)); t != nil {
		docTitle = normSpace(textOf(t))
	}
	type cand struct{ v, src string }
	var cands []cand
	if o := m.ldArticle(); o != nil {
		h := ldString(o["headline"])
		if h == "" {
			h = ldString(o["name"])
		}
		// Markdown heading marks a CMS left in ("## Headline").
		if h = strings.TrimSpace(strings.TrimLeft(h, "#")); h != "" {
			cands = append(cands, cand{h, "json-ld"})
		}
	}
	for _, k := range []string{"og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "dcterms.title", "title"} {
		if v, _ := m.tag(k); v != "" {
			cands = append(cands, cand{normSpace(v), metaSource(k)})
		}
	}
	if v := firstNonEmpty(m.itemprop["headline"]...); v != "" {
		cands = append(cands, cand{normSpace(v), "microdata"})
	}
	if docTitle != "" {
		cands = append(cands, cand{docTitle, "title-tag"})
	}
	// Headings that could be the headline: not the site's name, not one
	// word, not a paragraph.
	plausibleOf := func(hs []string) []string {
		var out []string
		for _, h := range hs {
			if !siteLike(h, siteName, host) && plausibleHeadline(h) {
				out = append(out, h)
			}
		}
		return out
	}
	all, clean := headings(doc)
	h1s := plausibleOf(clean)
	// An <h1> that agrees with a structured title is the headline.
	for _, h := range h1s {
		sh := simplify(h)
		for _, c := range cands {
			sc := simplify(c.v)
			if sc == sh || (len(sh) >= 12 && strings.HasPrefix(sc, sh)) || partsContain(c.v, sh) {
				return titleResult{title: caseFrom(h, c.v), source: "h1", suffix: suffixAfter(docTitle, h)}
			}
			// "Event Planning? Beginner? Guide": characters the page lost
			// in its own encoding; the structured title still has them.
			if lostChars(h, c.v) {
				return titleResult{title: c.v, source: c.src, suffix: suffixAfter(docTitle, c.v)}
			}
		}
	}
	// So is one in a block whose class looks like furniture (a hero
	// "overlay", a "header" block), if it is the whole of a structured
	// title, or the page's only <h1> and a rewording of one.
	plausible := plausibleOf(all)
	for _, h := range plausible {
		for _, c := range cands {
			if c.src != "title-tag" && simplify(c.v) == simplify(h) {
				return titleResult{title: caseFrom(h, c.v), source: "h1", suffix: suffixAfter(docTitle, h)}
			}
		}
	}
	related := func(h string) float64 {
		best := 0.0
		for _, c := range cands {
			best = max(best, wordOverlap(h, c.v))
		}
		return best
	}
	// An <h1> CSS set in capitals takes the letter case a structured
	// title gives it.
	recase := func(h string) string {
		for _, c := range cands {
			h = caseFrom(h, c.v)
		}
		return h
	}
	if len(h1s) == 0 && len(plausible) == 1 && related(plausible[0]) >= 0.5 {
		h := recase(plausible[0])
		return titleResult{title: h, source: "h1", suffix: suffixAfter(docTitle, h)}
	}
	// Otherwise the visible headline still beats SEO titles, which are
	// often reworded, unless it shares hardly a word with any of them: then
	// it is a blog's name, a section label or a pull quote.
	if h := mainHeadline(doc, h1s); h != "" && (len(cands) == 0 || related(h) >= 0.3) {
		h = recase(h)
		return titleResult{title: h, source: "h1", suffix: suffixAfter(docTitle, h)}
	}
	// Of several <h1>, the one closest to a structured title.
	if len(h1s) > 1 {
		best, score := "", 0.3
		for _, h := range h1s {
			if r := related(h); r >= score {
				best, score = h, r
			}
		}
		if best != "" {
			return titleResult{title: best, source: "h1", suffix: suffixAfter(docTitle, best)}
		}
	}
	for i, c := range cands {
		// A structured title cut at a length limit (Google's 110
		// characters for JSON-LD headlines): a later candidate goes on
		// from it mid-sentence, not after a separator.
		for _, d := range cands[i+1:] {
			if len([]rune(c.v)) < 100 {
				break
			}
			// It goes on with a word (or the rest of one), not a separator.
			rest, ok := strings.CutPrefix(d.v, c.v)
			if next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ")); ok && rest != "" && unicode.IsLetter(next) {
				c = cand{d.v, d.src}
				break
			}
		}
		parts := titleParts(c.v)
		if len(parts) <= 1 {
			return titleResult{title: c.v, source: c.src, suffix: suffixAfter(docTitle, c.v)}
		}
		// Drop segments that name the site; what remains is the headline.
		if kept, dropped := stripSiteSegments(c.v, parts, siteName, host, c.src != "json-ld"); kept != "" {
			return titleResult{title: kept, source: c.src, suffix: dropped}
		}
	}
	return titleResult{}
}

// plausibleHeadline rejects one-word and overlong <h1> texts.
func plausibleHeadline(h string) bool {
	n := len([]rune(h))
	if n > 200 {
		return false
	}
	cjk := 0
	for _, r := range h {
		if isCJK(r) {
			cjk++
		}
	}
	return cjk >= 4 || len(strings.Fields(h)) >= 2
}

// mainHeadline is the only plausible <h1>, or the first inside <article> or
// <main>.
func mainHeadline(doc *html.Node, h1s []string) string {
	if len(h1s) == 1 {
		return h1s[0]
	}
	if len(h1s) == 0 {
		return ""
	}
	for _, h := range findAll(doc, byTag(atom.H1)) {
		if hasAncestor(h, byTag(atom.Article, atom.Main)) {
			t := textOf(h)
			for _, c := range h1s {
				if c == t {
					return t
				}
			}
		}
	}
	return ""
}

// caseFrom returns the headline in the letter case of a structured title
// when the <h1> is all in capitals or all in small letters (a CSS
// text-transform the HTML keeps).
func caseFrom(h1, structured string) string {
	upper, lower := h1 == strings.ToUpper(h1), h1 == strings.ToLower(h1)
	if upper == lower { // mixed case, or no letters
		return h1
	}
	for _, p := range append([]string{structured}, titleParts(structured)...) {
		if strings.EqualFold(normSpace(p), normSpace(h1)) {
			return normSpace(p)
		}
	}
	// The same words in another order ("BEGINNER MARATHON PLAN" and
	// "Marathon Beginner Plan"): each word as the structured title writes
	// it, if it has them all.
	cased := map[string]string{}
	for _, w := range strings.Fields(structured) {
		cased[strings.ToLower(w)] = w
	}
	words := strings.Fields(h1)
	for i, w := range words {
		c, ok := cased[strings.ToLower(w)]
		if !ok {
			return h1
		}
		words[i] = c
	}
	return strings.Join(words, " ")
}

func partsContain(title, simplified string) bool {
	for _, p := range titleParts(title) {
		if simplify(p) == simplified {
			return true
		}
	}
	return false
}

// suffixAfter returns the <title> segments that follow headline.
func suffixAfter(docTitle, headline string) []string {
	sh := simplify(headline)
	if sh == "" {
		return nil
	}
	parts := titleParts(docTitle)
	acc := ""
	for i, p := range parts {
		acc += simplify(p)
		if acc == sh {
			return parts[i+1:]
		}
	}
	return nil
}

// stripSiteSegments removes leading and trailing segments naming the site.
// When none does, a trailing short segment after a clearly longer headline is
// taken to be the site or section, as on most CMS templates.
func stripSiteSegments(full string, parts []string, siteName, host string, guess bool) (string, []string) {
	lo, hi := 0, len(parts)
	for hi > lo+1 && siteLike(parts[hi-1], siteName, host) {
		hi--
	}
	for hi > lo+1 && siteLike(parts[lo], siteName, host) {
		lo++
	}
	if lo == 0 && hi == len(parts) {
		if !guess {
			return full, nil
		}
		last := parts[len(parts)-1]
		head := strings.Join(parts[:len(parts)-1], " ")
		if len([]rune(last)) <= 30 && len([]rune(head)) > 2*len([]rune(last)) {
			hi--
		} else {
			return full, nil
		}
	}
	// Rejoin the headline from the original text so inner separators such
	// as "Chongqing - Dusseldorf" survive.
	first, last := parts[lo], parts[hi-1]
	i := strings.Index(full, first)
	j := strings.LastIndex(full, last)
	if i < 0 || j < i {
		return strings.Join(parts[lo:hi], " "), parts[hi:]
	}
	return strings.TrimSpace(full[i : j+len(last)]), parts[hi:]
}

func isMostlyCJK(s string) bool {
	n, c := 0, 0
	for _, r := range s {
		n++
		if isCJK(r) {
			c++
		}
	}
	return n > 0 && c*2 >= n
}

// wordOverlap is the share of the words of a that are also in b, ignoring
// case and punctuation.
func wordOverlap(a, b string) float64 {
	words := func(s string) []string {
		var out []string
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if !isMostlyCJK(w) {
				out = append(out, w)
				continue
			}
			for _, r := range w { // CJK text has no spaces: each character counts
				out = append(out, string(r))
			}
		}
		return out
	}
	wa, wb := words(a), words(b)
	if len(wa) == 0 {
		return 0
	}
	in := map[string]bool{}
	for _, w := range wb {
		in[w] = true
	}
	n := 0
	for _, w := range wa {
		if in[w] {
			n++
		}
	}
	return float64(n) / float64(len(wa))
}

// cutLeadingDate drops a date that opens a headline ("Dec 18 2025 Preparing
// a transition"): a dateline run into the <h1>.
func cutLeadingDate(title string) string {
	f := strings.Fields(title)
	n := 0 // the words that are parts of a date: numbers and month names
	for n < len(f) && n < 4 && (strings.ContainsAny(f[n], "0123456789") || monthNum(strings.Trim(f[n], ".,")) != "") {
		n++
	}
	if n == 0 || len(f)-n < 3 {
		return title
	}
	if _, ok := parseDate(strings.Join(f[:n], " "), false); !ok {
		return title
	}
	return strings.TrimLeft(strings.Join(f[n:], " "), "-–—:|·• ")
}

// lostChars reports whether h is t with characters lost to an encoding
// error: t where h has "?" or U+FFFD (each standing for up to three
// characters), and the same elsewhere.
func lostChars(h, t string) bool {
	lost := strings.Count(h, "?") + strings.Count(h, "\uFFFD")
	if lost == 0 || len(h) > 300 || len(t) < len(h)-3*lost || len(t) > len(h)+9*lost || normSpace(t) == normSpace(h) {
		return false // cheap checks before a regexp is built
	}
	var pat strings.Builder
	pat.WriteString("(?i)^")
	for _, r := range h {
		if r == '?' || r == '\uFFFD' {
			pat.WriteString(".{0,3}")
		} else {
			pat.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	pat.WriteString("$")
	re, err := regexp.Compile(pat.String())
	return err == nil && re.MatchString(t)
}

// dropKicker removes a kicker set apart at the start of a headline
// ("<strong>Blog:</strong> Best …"): a word or two ending in a colon, in an
// element of its own.
func dropKicker(h1 *html.Node, text string) string {
	first := h1.FirstChild
	for first != nil && first.Type == html.TextNode && strings.TrimSpace(first.Data) == "" {
		first = first.NextSibling
	}
	if !isElement(first, atom.Strong, atom.B, atom.Span, atom.Em, atom.Small) {
		return text
	}
	k := textOf(first)
	if !strings.HasSuffix(k, ":") || len(strings.Fields(k)) > 2 {
		return text
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(text, k)); len(strings.Fields(rest)) >= 3 {
		return rest
	}
	return text
}
