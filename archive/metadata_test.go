package archive

import (
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A metadata record written with Describe refers to the capture it
// describes, and Walk hands it over after that capture, fields in order,
// with the warcinfo record that carries the declared fields first.
func TestDescribeWalk(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	a.Declare("article-decisions", "metadata")
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	resp, _ := get(t, client, s.URL+"/page/one")
	c, ok := CaptureOf(resp.Header)
	if !ok || c.URL != s.URL+"/page/one" {
		t.Fatalf("CaptureOf = %+v, %v; want the capture of /page/one with its URL", c, ok)
	}
	fields := []Field{{"article-decision", "article"}, {"article-url", c.URL}, {"duplicate-distance", "3"}}
	if err := a.Describe(c, fields); err != nil {
		t.Fatal(err)
	}
	if err := a.Describe(c, []Field{{"bad", "two\r\nlines"}}); err == nil {
		t.Error("Describe wrote a value with a line break")
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := Files(dir)
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var seen []string
	var got Metadata
	st, err := Walk(f, filepath.Base(files[0]), 1<<20, Visitor{
		Response: func(r Response) error {
			seen = append(seen, "response "+r.Capture.RecordID)
			return nil
		},
		Metadata: func(m Metadata) error {
			seen = append(seen, m.Type)
			if m.Type == "warcinfo" && m.Get("article-decisions") != "metadata" {
				t.Errorf("warcinfo fields %v lack the declared one", m.Fields)
			}
			if m.Type == "metadata" {
				got = m
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "warcinfo,response " + c.RecordID + ",metadata"; strings.Join(seen, ",") != want {
		t.Errorf("Walk handed over %q, want %q", strings.Join(seen, ","), want)
	}
	if got.RefersTo != c.RecordID || got.URL != c.URL || got.Date.IsZero() || len(got.Fields) != len(fields) {
		t.Fatalf("metadata record %+v; want it to refer to %s (%s)", got, c.RecordID, c.URL)
	}
	for i, f := range fields {
		if got.Fields[i] != f {
			t.Errorf("field %d = %+v, want %+v", i, got.Fields[i], f)
		}
	}
	if st.Metadata != 2 || st.HTML != 1 || st.Skipped["request record"] != 1 {
		t.Errorf("stats %+v", st)
	}
}

// Walk hands a revisit record to Visitor.Revisit, with the record it
// refers to and its profile.
func TestWalkRevisit(t *testing.T) {
	s := site(t)
	dir := t.TempDir()
	a := openArchive(t, dir, 0)
	client := &http.Client{Transport: a.Transport(http.DefaultTransport.(*http.Transport))}
	first, _ := get(t, client, s.URL+"/page/one")
	get(t, client, s.URL+"/page/one") // the same bytes: a revisit
	orig, _ := CaptureOf(first.Header)
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	files, _ := Files(dir)
	f, err := os.Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var got []Revisit
	st, err := Walk(f, filepath.Base(files[0]), 1<<20, Visitor{
		Response: func(Response) error { return nil },
		Revisit:  func(r Revisit) error { got = append(got, r); return nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || st.Revisits != 1 || got[0].RefersTo != orig.RecordID || !got[0].Identical || got[0].URL != s.URL+"/page/one" ||
		got[0].Capture.RecordID == "" || got[0].Capture.RecordID == orig.RecordID || got[0].Date.IsZero() {
		t.Errorf("Walk handed over revisits %+v (stats %+v); want one of /page/one referring to %s", got, st, orig.RecordID)
	}
}
