package extractor

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// rdfaNames are the RDFa properties that hold a creator's name.
var rdfaNames = []string{"name", "schema:name", "foaf:name"}

// dcNames are the DC-HTML names of a Dublin Core CURIE: "dc.date" and
// "dcterms.date" for "dc:date", since Drupal, the CMS that writes most
// of them, binds the prefix dc to the DCMI terms ("dc:modified").
func dcNames(curie string) []string {
	if rest, ok := strings.CutPrefix(curie, "dc:"); ok && rest != "" {
		return []string{"dc." + rest, "dcterms." + rest}
	}
	if rest, ok := strings.CutPrefix(curie, "dcterms:"); ok && rest != "" {
		return []string{"dcterms." + rest}
	}
	return nil
}

// rdfaFacts are the RDFa statements of one element other than <meta>.
type rdfaFacts struct {
	// schema are schema.org properties read as microdata reads itemprop:
	// RDFa Lite writes "<time property="datePublished" datetime=…>" and
	// property="schema:headline".
	schema []string
	// dc are Dublin Core CURIEs with their values, read as the <meta>
	// that states the same: Drupal 7 writes property="dc:date dc:created"
	// content="…" on its byline and property="dc:title" on its headline.
	dc [][2]string
	// creator: the element links the page to its creator, as Drupal's
	// RDF module does with rel="sioc:has_creator" around a
	// property="foaf:name".
	creator bool
}

// rdfaOf reads the RDFa statements of n. Statements inside what RDFa
// itself types as a comment (typeof="sioct:Comment") are the comment's,
// not the page's: none.
func rdfaOf(n *html.Node) (rdfaFacts, bool) {
	var f rdfaFacts
	if n.DataAtom == atom.Meta || n.DataAtom == atom.Link {
		return f, false
	}
	props := strings.Fields(strings.ToLower(attr(n, "property")))
	f.creator = slices.Contains(strings.Fields(strings.ToLower(attr(n, "rel"))), "sioc:has_creator")
	if len(props) == 0 && !f.creator || hasAncestor(n, isRDFaComment) {
		return f, false
	}
	for _, prop := range props {
		switch p := strings.TrimPrefix(prop, "schema:"); p {
		case "datepublished", "datemodified", "datecreated", "author", "creator", "headline":
			f.schema = append(f.schema, p)
		}
		if dcNames(prop) == nil {
			continue
		}
		v := strings.TrimSpace(attr(n, "content"))
		if v == "" {
			v = strings.TrimSpace(attr(n, "datetime"))
		}
		if t := textOf(n); v == "" && len(t) < 400 {
			v = t
		}
		if v != "" {
			f.dc = append(f.dc, [2]string{prop, v})
		}
	}
	return f, len(f.schema) > 0 || len(f.dc) > 0 || f.creator
}

// isRDFaComment reports whether n is typed as a comment in RDFa.
func isRDFaComment(n *html.Node) bool {
	for _, t := range strings.Fields(strings.ToLower(attr(n, "typeof"))) {
		if strings.HasSuffix(t, "comment") {
			return true
		}
	}
	return false
}
