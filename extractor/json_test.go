package extractor

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// stdJSON is what AppendJSON must match, written by reflection from the
// struct's own tags: encoding/json without HTML escaping for each value,
// fields in declaration order, null for a zero field tagged null:"zero",
// [] and {} for nil lists and maps. A field added to Article is encoded
// here at once; AppendJSON must learn it.
func stdJSON(t testing.TB, a Article) []byte {
	t.Helper()
	return refJSON(t, reflect.ValueOf(a))
}

func refJSON(t testing.TB, v reflect.Value) []byte {
	switch v.Kind() {
	case reflect.Struct:
		b := []byte{'{'}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, stdValue(t, strings.Split(f.Tag.Get("json"), ",")[0])...)
			b = append(b, ':')
			if f.Tag.Get("null") == "zero" && v.Field(i).IsZero() {
				b = append(b, "null"...)
				continue
			}
			b = append(b, refJSON(t, v.Field(i))...)
		}
		return append(b, '}')
	case reflect.Slice:
		b := []byte{'['}
		for i := range v.Len() {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, refJSON(t, v.Index(i))...)
		}
		return append(b, ']')
	case reflect.Map:
		if v.Len() == 0 {
			return []byte("{}")
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return refJSON(t, v.Elem())
		}
	}
	return stdValue(t, v.Interface())
}

// stdValue is encoding/json's encoding of v without HTML escaping.
func stdValue(t testing.TB, v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// tricky holds what a JSON encoder must escape, or must not.
var tricky = []string{
	"",
	"plain ASCII",
	`quote " backslash \ slash / <b>&amp;</b>`,
	"\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f",
	"重庆 — «news» 🚀 U+2028:\u2028 U+2029:\u2029",
	"bad \xff\xfe utf-8 \xe2\x80 cut \xc3",
	"\xed\xa0\x80 surrogate",
}

// fillAll sets every field of v, however deep, from s; a field added to
// Article later is filled too, so AppendJSON must learn it or this test
// fails.
func fillAll(v reflect.Value, s string, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(n))
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fillAll(v.Index(i), s+strings.Repeat("x", i), n+i)
		}
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		for _, k := range []string{"title", "authors", "a\"key", "zz", "date"} {
			m.SetMapIndex(reflect.ValueOf(k), reflect.ValueOf(s+k))
		}
		v.Set(m)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillAll(v.Elem(), s, n)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			fillAll(v.Field(i), s, n+i)
		}
	default:
		panic("fillAll: no case for " + v.Kind().String())
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	check := func(name string, a Article) {
		t.Helper()
		want := stdJSON(t, a)
		if got := a.AppendJSON(nil); !bytes.Equal(got, want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
		// Appending keeps what dst held.
		if got := a.AppendJSON([]byte("x")); !bytes.Equal(got, append([]byte("x"), want...)) {
			t.Errorf("%s: AppendJSON lost what dst held", name)
		}
	}
	check("zero Article (nil lists, maps and WARC reference)", Article{})
	check("zero images", Article{Images: make([]Image, 2)})
	check("empty lists and map", Article{Authors: []string{}, Images: []Image{}, Tags: []string{}, Provenance: map[string]string{}})
	for _, s := range tricky {
		var a Article
		fillAll(reflect.ValueOf(&a).Elem(), s, -3)
		check("every field "+strings.ToValidUTF8(s, "?"), a)
	}
	// Whole extractions: the golden pages.
	for _, c := range goldenCases(t) {
		check(c.name, c.extract(t))
	}
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, s, k string) {
		a := Article{Title: s, Text: s + s, Authors: []string{s}, Images: []Image{{Caption: s}}, Provenance: map[string]string{k: s, s: k}}
		if got, want := a.AppendJSON(nil), stdJSON(t, a); !bytes.Equal(got, want) {
			t.Errorf("got %s\nwant %s", got, want)
		}
	})
}

func BenchmarkAppendJSON(b *testing.B) {
	var arts []Article
	for _, c := range goldenCases(b) {
		arts = append(arts, c.extract(b))
	}
	b.Run("AppendJSON", func(b *testing.B) {
		var buf []byte
		for i := 0; i < b.N; i++ {
			buf = arts[i%len(arts)].AppendJSON(buf[:0])
		}
	})
	b.Run("reflection", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			var buf bytes.Buffer
			buf.Write(stdJSON(b, arts[i%len(arts)]))
		}
	})
}
