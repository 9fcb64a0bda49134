package extractor

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// A page rendered by React's streaming server: the article arrives hidden
// at the end of the body and a script moves it into place.
func TestStreamedParts(t *testing.T) {
	story := `<article><h1>Harbour wall reopens</h1><p>` + strings.Repeat("The harbour wall was rebuilt over the winter by the council's crews. ", 8) + `</p><p>` +
		strings.Repeat("Boats can moor along the whole quay again from Monday. ", 8) + `</p></article>`
	shell := func(placeholder, tail string) string {
		return `<html><head><title>Harbour wall reopens</title></head><body><header><nav><a href="/">Home</a></nav></header><main>` +
			placeholder + `</main><footer>© 2025 Example News</footer>` + tail + `</body></html>`
	}
	for _, c := range []struct {
		name, page string
	}{
		{"boundary, by script", shell(`<!--$?--><template id="B:0"></template><div class="skeleton">Loading the story…</div><!--/$-->`,
			`<div hidden id="S:0">`+story+`</div><script>$RC=function(b,c){};$RC("B:0","S:0")</script>`)},
		// The script may pair other numbers than the ids suggest.
		{"boundary, numbers differ", shell(`<!--$?--><template id="B:1"></template><div>Loading the story…</div><!--/$--><!--$?--><template id="B:0"></template><!--/$-->`,
			`<div hidden id="S:0">`+story+`</div><div hidden id="S:1"><p>Loading the story…</p></div><script>$RC("B:1","S:0");$RC("B:0","S:1")</script>`)},
		// Without the script, a segment fills the placeholder of its number.
		{"placeholder, no script", shell(`<template id="P:2"></template>`, `<div hidden id="S:2">`+story+`</div>`)},
		// Without any placeholder, the part is unhidden where it is.
		{"no placeholder", shell(`<div>Loading the story…</div>`, `<div hidden id="S:0">`+story+`</div>`)},
	} {
		a, err := Extract([]byte(c.page), "https://example.com/news/harbour-wall", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "rebuilt over the winter") || !strings.Contains(a.Text, "moor along the whole quay") {
			t.Errorf("%s: the streamed article is missing:\n%s", c.name, a.Text)
		}
		if c.name != "no placeholder" && strings.Contains(a.Text, "Loading") {
			t.Errorf("%s: the fallback stayed:\n%s", c.name, a.Text)
		}
	}
}

// A hidden block that is not a streamed part stays out.
func TestHiddenNotStreamed(t *testing.T) {
	page := `<html><body><article><h1>A story</h1><p>` + strings.Repeat("Text of the story itself, told at length. ", 10) +
		`</p></article><div hidden id="S-menu"><p>` + strings.Repeat("Hidden menu text. ", 10) + `</p></div></body></html>`
	a, err := Extract([]byte(page), "https://example.com/news/a", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "Hidden menu") {
		t.Errorf("a hidden block came back:\n%s", a.Text)
	}
}

// TestStreamsFindsMarker checks streams against bytes.Contains on pages
// that hold the marker, parts of it and "S:" elsewhere, in every place.
func TestStreamsFindsMarker(t *testing.T) {
	m := string(streamedMarker)
	pieces := []string{m, m[:5], m[5:], m[1:], "S:", "S", ":", "<div hidden id=", `"S:`, "<p>", "x", "\u00e9"}
	rng := rand.New(rand.NewPCG(11, 12))
	found := 0
	for range draws(20000) {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		page := []byte(b.String())
		want := bytes.Contains(page, streamedMarker)
		if want {
			found++
		}
		if got := streams(page); got != want {
			t.Fatalf("streams(%q) = %v, want %v", page, got, want)
		}
	}
	if found < draws(1000) {
		t.Fatalf("only %d pages with the marker", found)
	}
}
