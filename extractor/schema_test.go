package extractor

import (
	"encoding/json"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

type schemaDoc struct {
	Required   []string                   `json:"required"`
	Properties map[string]json.RawMessage `json:"properties"`
}

// TestSchemaDocumentsArticle keeps schema/article.schema.json and the
// Article type in step: same properties, all required.
func TestSchemaDocumentsArticle(t *testing.T) {
	raw, err := os.ReadFile("../schema/article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s schemaDoc
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("schema/article.schema.json: %v", err)
	}
	var fields []string
	typ := reflect.TypeOf(Article{})
	for i := range typ.NumField() {
		fields = append(fields, strings.Split(typ.Field(i).Tag.Get("json"), ",")[0])
	}
	var props []string
	for p := range s.Properties {
		props = append(props, p)
	}
	slices.Sort(fields)
	slices.Sort(props)
	req := slices.Clone(s.Required)
	slices.Sort(req)
	if !slices.Equal(fields, props) {
		t.Errorf("schema properties %v\ndo not match Article fields %v", props, fields)
	}
	if !slices.Equal(fields, req) {
		t.Errorf("schema required %v\ndo not match Article fields %v", req, fields)
	}
}

// TestGoldensFitSchema checks the formats the schema promises on every
// golden record.
func TestGoldensFitSchema(t *testing.T) {
	dateRe := regexp.MustCompile(`^$|^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$`)
	for _, c := range goldenCases(t) {
		a := c.extract(t)
		if !dateRe.MatchString(a.PublishedAt) || !dateRe.MatchString(a.ModifiedAt) {
			t.Errorf("%s: dates %q / %q do not fit the schema", c.name, a.PublishedAt, a.ModifiedAt)
		}
		if a.SchemaVersion != SchemaVersion || !strings.HasPrefix(a.ContentHash, "sha256:") {
			t.Errorf("%s: schema_version %d, content_hash %q", c.name, a.SchemaVersion, a.ContentHash)
		}
	}
}
