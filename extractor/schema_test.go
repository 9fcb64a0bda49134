package extractor

import (
	"cmp"
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsprint/newsprint/internal/testtools"
)

type schemaNode struct {
	Type       any                    `json:"type"`
	Ref        string                 `json:"$ref"`
	AnyOf      []schemaNode           `json:"anyOf"`
	Required   []string               `json:"required"`
	Properties map[string]*schemaNode `json:"properties"`
	Items      *schemaNode            `json:"items"`
	Defs       map[string]*schemaNode `json:"$defs"`
}

// nullable reports whether the schema node n admits null.
func (root *schemaNode) nullable(n *schemaNode) bool {
	if n.Ref != "" {
		return root.nullable(root.Defs[strings.TrimPrefix(n.Ref, "#/$defs/")])
	}
	for i := range n.AnyOf {
		if root.nullable(&n.AnyOf[i]) {
			return true
		}
	}
	switch t := n.Type.(type) {
	case string:
		return t == "null"
	case []any:
		return slices.Contains(t, any("null"))
	}
	return false
}

// checkStruct compares the properties of node with the fields of typ: the
// same names, all required, and null allowed exactly where the field is
// tagged null:"zero".
func (root *schemaNode) checkStruct(t *testing.T, where string, node *schemaNode, typ reflect.Type) {
	var fields, props []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		fields = append(fields, name)
		p := node.Properties[name]
		if p == nil {
			continue
		}
		nullOK := f.Tag.Get("null") == "zero" || f.Type.Kind() == reflect.Pointer
		if got := root.nullable(p); got != nullOK {
			t.Errorf("%s.%s: schema admits null = %v, but the field is written as null = %v", where, name, got, nullOK)
		}
	}
	for p := range node.Properties {
		props = append(props, p)
	}
	slices.Sort(fields)
	slices.Sort(props)
	req := slices.Sorted(slices.Values(node.Required))
	if !slices.Equal(fields, props) {
		t.Errorf("%s: schema properties %v\ndo not match the fields %v", where, props, fields)
	}
	if !slices.Equal(fields, req) {
		t.Errorf("%s: schema required %v\ndo not match the fields %v", where, req, fields)
	}
}

// TestSchemaDocumentsArticle keeps schema/article.schema.json and the
// Article type in step: same properties, all required, null where the
// encoder writes null.
func TestSchemaDocumentsArticle(t *testing.T) {
	raw, err := os.ReadFile("../schema/article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s schemaNode
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("schema/article.schema.json: %v", err)
	}
	s.checkStruct(t, "Article", &s, reflect.TypeOf(Article{}))
	s.checkStruct(t, "Image", s.Properties["images"].Items, reflect.TypeOf(Image{}))
	s.checkStruct(t, "WarcRef", s.Properties["warc"], reflect.TypeOf(WarcRef{}))
}

// TestGoldensFitSchema validates the record of every golden page, and of
// the edge cases (no URL, a zero Article), against the schema.
func TestGoldensFitSchema(t *testing.T) {
	var all []byte
	for _, c := range goldenCases(t) {
		a := c.extract(t)
		all = append(a.AppendJSON(all), '\n')
		for _, body := range []Body{BodyMarkdown, BodyText | BodyHTML | BodyMarkdown} {
			if a, err := Extract(c.page, c.url, Options{ContentType: c.contentType, Body: body}); err == nil {
				all = append(a.AppendJSON(all), '\n')
			}
		}
	}
	if a, err := Extract([]byte("<p>no URL</p>"), "", Options{}); err == nil {
		all = append(a.AppendJSON(all), '\n')
	}
	a := Article{SchemaVersion: SchemaVersion, ContentHash: contentHash(""), ExtractedWith: Version}
	all = append(a.AppendJSON(all), '\n')
	testtools.ValidateRecords(t, "golden records", all)
}

// published is the publication date of a as precisely as it is known: the
// instant when the page gives one, else the day.
func published(a Article) string { return cmp.Or(a.PublishedAt, a.PublishedDate) }

// modified is the same for the modification date.
func modified(a Article) string { return cmp.Or(a.ModifiedAt, a.ModifiedDate) }

// TestSchemaNamesProvenance: every provenance value these pages give is
// named in the schema's description of provenance, which a data team
// reads to know what a value means. Before, "heading", "sitemap" and
// "feed" (and the language values) were missing from it.
func TestSchemaNamesProvenance(t *testing.T) {
	raw, err := os.ReadFile("../schema/article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Properties map[string]struct{ Description string } `json:"properties"`
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatal(err)
	}
	desc := s.Properties["provenance"].Description
	body := "<p>" + strings.Repeat("The council met again on the bridge and voted to go ahead with it. ", 8) + "</p>"
	pages := []struct {
		html string
		opt  Options
	}{
		{`<html lang="en"><body><div class="article-title">Council backs the bridge</div>` + body + `</body></html>`, Options{}},
		{`<html lang="en"><body><h1>Council backs the bridge</h1>` + body + `</body></html>`,
			Options{KnownDates: []KnownDate{{Source: "sitemap", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}}}},
		{`<html><body><h1>Council backs the bridge</h1>` + body + `</body></html>`,
			Options{KnownDates: []KnownDate{{Source: "feed", Published: time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)}}}},
	}
	for _, p := range pages {
		a, err := Extract([]byte(p.html), "https://example.com/news/bridge", p.opt)
		if err != nil {
			t.Fatal(err)
		}
		for field, v := range a.Provenance {
			if field != "language_declared" && !strings.Contains(desc, v) {
				t.Errorf("provenance %s: %q is not named in the schema's description", field, v)
			}
		}
	}
}
