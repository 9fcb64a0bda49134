package extractor

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// linkAndTextLen must count as linkTextLen and textLen do, on every node of
// the golden pages and of pages made to hold links inside scripts,
// templates and other links, and those inside links.
func TestLinkAndTextLenAgrees(t *testing.T) {
	srcs := []string{
		`<div>a <a href=/>b <script>x</script><b>c</b></a> d<template><a href=/>e</a> f</template><noscript><a>g</a></noscript></div>`,
		`<ul><li><a href=/1>One story</a></li><li><a href=/2>Two <a href=/3>three</a></a></li><li>plain text</li></ul>`,
		`<a href=/><style>p{}</style><template>t<a>u</a></template>v</a><p>w<a>x</a></p>`,
	}
	files, _ := filepath.Glob("../testdata/pages/*/source.html")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	// Random nests of the tags that count.
	tags := []string{"a", "b", "p", "script", "style", "template", "noscript", "div"}
	rng := rand.New(rand.NewPCG(48, 1))
	for range 300 {
		var sb strings.Builder
		var open []string
		for range 30 {
			switch rng.IntN(3) {
			case 0:
				tag := tags[rng.IntN(len(tags))]
				sb.WriteString("<" + tag + ">")
				open = append(open, tag)
			case 1:
				if len(open) > 0 {
					sb.WriteString("</" + open[len(open)-1] + ">")
					open = open[:len(open)-1]
				}
			default:
				sb.WriteString(" word ")
			}
		}
		srcs = append(srcs, sb.String())
	}
	nodes := 0
	for _, src := range srcs {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		walk(doc, func(n *html.Node) bool {
			nodes++
			links, all := linkAndTextLen(n)
			if wl, wa := linkTextLen(n), textLen(n); links != wl || all != wa {
				t.Fatalf("linkAndTextLen(<%s> in %.80q) = %d, %d, want %d, %d", n.Data, src, links, all, wl, wa)
			}
			return true
		})
	}
	if nodes < 1000 {
		t.Fatalf("only %d nodes", nodes)
	}
}

// mayBeAboutAuthor must hold for every text reAboutAuthor matches: each
// way the expression may open, in each case (ſ folds with s).
func TestAboutAuthorGuardHoldsForMatches(t *testing.T) {
	for _, s := range []string{"About the author", "ABOUT THE AUTHOR:", "about  the author", "Über den Autor", "über die Autorin", "ÜBER DEN AUTOR",
		"À propos de l'auteur", "à propos de l’auteure", "À PROPOS DE L'AUTEURE", "Sobre el autor", "sobre la autora", "SOBRE O AUTOR", "ſobre a autora",
		"L'autore", "l’autore", "Over de auteur", "OVER DE AUTEUR", "About the writer", "Sull'autore", "SULL’AUTRICE", "Acerca del autor",
		"O autorze", "O AUTOROVI", "Об авторе", "ОБ АВТОРЕ", "об авторе:", "Om författaren", "om forfatteren", "Yazar hakkında", "Yazar Hakkında"} {
		if !reAboutAuthor.MatchString(s) {
			t.Fatalf("reAboutAuthor does not match %q: the list is stale", s)
		}
		if !mayBeAboutAuthor(s) {
			t.Errorf("mayBeAboutAuthor(%q) = false, but reAboutAuthor matches", s)
		}
	}
	for _, s := range []string{"", "By Jane Doe", "Author: Jane Doe", "The author"} {
		if mayBeAboutAuthor(s) && reAboutAuthor.MatchString(s) {
			t.Errorf("reAboutAuthor matches %q", s)
		}
	}
}
