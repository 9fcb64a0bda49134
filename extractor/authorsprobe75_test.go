package extractor

import (
	"strings"
	"testing"
)

// checkProbe75Authors runs checkProbe72Authors' cases over a story of
// the given body.
func checkProbe75Authors(t *testing.T, body string, cases []probe72AuthorCase) {
	t.Helper()
	for _, c := range cases {
		a := extractPage(t, probe72AuthorPage(c, body))
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// TestAuthorsProbe75JapaneseMixedList checks that a Japanese list of
// writers that gives one name with the space between family and given
// name and another without ("山田 太郎、佐藤花子") gives two writers, and
// that a run of halves that cannot be paired is left as it is.
func TestAuthorsProbe75JapaneseMixedList(t *testing.T) {
	checkProbe75Authors(t, probe74JaBody, []probe72AuthorCase{
		{"spaced, then full", "ja", "", `<p class="author">文・山田 太郎、佐藤花子</p>`, "", "山田 太郎; 佐藤花子"},
		{"full, then spaced", "ja", "", `<p class="author">文・佐藤花子、山田 太郎</p>`, "", "佐藤花子; 山田 太郎"},
		{"full, spaced, full", "ja", "", `<p class="author">文・佐藤花子、山田 太郎、鈴木一郎</p>`, "", "佐藤花子; 山田 太郎; 鈴木一郎"},
		{"two spaced", "ja", "", `<p class="author">文・山田 太郎、佐藤 花子</p>`, "", "山田 太郎; 佐藤 花子"},
		{"two full", "ja", "", `<p class="author">文・山田太郎、佐藤花子</p>`, "", "山田太郎; 佐藤花子"},
	})
}

// TestAuthorsProbe75JapaneseDeskTail checks the desk and the writer that
// close a Japanese magazine's or web medium's story, set apart by a
// middle dot ("（編集部・山田太郎）"), as a paper's place and reporter are
// by an equals sign.
func TestAuthorsProbe75JapaneseDeskTail(t *testing.T) {
	checkProbe75Authors(t, probe74JaBody, []probe72AuthorCase{
		{"editorial office", "ja", "", "", `<p>（編集部・山田太郎）</p>`, "山田太郎"},
		{"named office", "ja", "", "", `<p>（ITmedia NEWS編集部・山田太郎）</p>`, "山田太郎"},
		{"desk, two writers", "ja", "", "", `<p>(経済部・山田太郎、佐藤花子)</p>`, "山田太郎; 佐藤花子"},
		{"place and reporter", "ja", "", "", `<p>（ワシントン＝山田太郎）</p>`, "山田太郎"},
		{"a note, not a desk", "ja", "", "", `<p>（写真・山田太郎）</p>`, ""},
	})
}

// probe75KoBody is a Korean story of four paragraphs.
var probe75KoBody = strings.Repeat(`<p>정부는 16일 지방 도로 정비를 위한 새로운 계획을 발표했다. 올해는 전국에서 1200킬로미터의 도로를 새로 짓거나 개량해 교통망을 확충할 계획이라고 밝혔다.</p>`, 4)

// TestAuthorsProbe75KoreanCreditAlone checks a Korean reporter's credit
// alone on a line under the headline, its title after the name ("홍길동
// 기자"): Daum's info element without the date beside it, or a paragraph
// of its own; a name without the title is no credit.
func TestAuthorsProbe75KoreanCreditAlone(t *testing.T) {
	checkProbe75Authors(t, probe75KoBody, []probe72AuthorCase{
		{"daum info alone", "ko", "", `<div class="info_view"><span class="txt_info">김철수 기자</span></div>`, "", "김철수"},
		{"daum info with date", "ko", "", `<div class="info_view"><span class="txt_info">김철수 기자</span><span class="txt_info">입력 <span class="num_date">2024. 3. 5. 10:00</span></span></div>`, "", "김철수"},
		{"paragraph", "ko", "", `<p>김철수 기자</p>`, "", "김철수"},
		{"two, one title", "ko", "", `<p>김철수·이영희 기자</p>`, "", "김철수; 이영희"},
		{"correspondent and e-mail", "ko", "", `<p>워싱턴=김철수 특파원 kim@example.com</p>`, "", "김철수"},
		{"name alone", "ko", "", `<p>김철수</p>`, "", ""},
		{"photo credit", "ko", "", `<p>사진 김철수 기자</p>`, "", ""},
	})
}

// TestAuthorsProbe75CaptionCredit checks that a name classed as an
// author's inside a WordPress classic caption's line ("<div
// class=wp-caption><img><p class=wp-caption-text>… <span
// class=caption-author>John Roe</span></p></div>") credits the picture,
// as the caption's line itself does, and that the story's byline beside
// it stays the author.
func TestAuthorsProbe75CaptionCredit(t *testing.T) {
	const caption = `<div class="wp-caption aligncenter"><img src="/wp-content/uploads/2024/03/bridge.jpg" width="800" height="500" alt="The old bridge"><p class="wp-caption-text">The old bridge in 1990. <span class="caption-author">John Roe</span></p></div>`
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"caption alone", "", "", caption, "", ""},
		{"caption in the text", "", "", "", caption, ""},
		{"caption and byline", "", "", `<p class="byline">By Jane Doe</p>` + caption, "", "Jane Doe"},
		{"photo-credit span", "", "", `<div class="wp-caption"><a href="/wp-content/uploads/2024/03/bridge.jpg"><img src="/wp-content/uploads/2024/03/bridge-300.jpg" width="300" height="200"></a><p class="wp-caption-text">The old bridge. <em><span class="author">John Roe</span></em></p></div>`, "", ""},
	})
}

// probe75AuthorsLD is a NewsArticle's JSON-LD naming one author.
func probe75AuthorsLD(name string) string {
	return `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"The bridge will be repaired","author":{"@type":"Person","name":"` + name + `"}}</script>`
}

// TestAuthorsProbe75FullerByline checks that a visible byline naming two
// writers wins over structured data that names one of them, when the
// other is written with initials or with a particle inside the name, and
// when the byline writes the structured name's given name as its initial;
// a tagline after the name stays out.
func TestAuthorsProbe75FullerByline(t *testing.T) {
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"given names", "", probe75AuthorsLD("Jane Doe"), `<p class="byline">By Jane Doe / John Roe</p>`, "", "Jane Doe; John Roe"},
		{"initials added", "es", probe75AuthorsLD("Eduardo Barreneche"), `<div class="author">Eduardo Barreneche / J. I. Da Silva</div>`, "", "Eduardo Barreneche; J. I. Da Silva"},
		{"structured name initialled", "es", probe75AuthorsLD("Eduardo Barreneche"), `<div class="author">E. Barreneche / J. I. Da Silva</div>`, "", "E. Barreneche; J. I. Da Silva"},
		{"particle", "", probe75AuthorsLD("Jane Doe"), `<p class="byline">By Jane Doe and Anna de la Cruz</p>`, "", "Jane Doe; Anna de la Cruz"},
		{"y particle", "es", probe75AuthorsLD("Juan Pérez"), `<p class="byline">Por Juan Pérez y Maria da Silva</p>`, "", "Juan Pérez; Maria da Silva"},
		{"tagline", "", probe75AuthorsLD("Jane Doe"), `<p class="byline">By Jane Doe / Master Gardener</p>`, "", "Jane Doe"},
		{"job tagline", "", probe75AuthorsLD("Jane Doe"), `<p class="byline">By Jane Doe, Executive Editor and Master Gardener</p>`, "", "Jane Doe"},
		{"other initial", "", probe75AuthorsLD("Eduardo Barreneche"), `<div class="author">M. Barreneche / J. I. Da Silva</div>`, "", "Eduardo Barreneche"},
	})
}

// TestAuthorsProbe75CowriterName checks the names a byline may add to
// the structured author, and the taglines it may not.
func TestAuthorsProbe75CowriterName(t *testing.T) {
	for n, want := range map[string]bool{
		"John Roe": true, "J. I. Da Silva": true, "J.I. Da Silva": true, "Anna de la Cruz": true, "M. C. Escher": true,
		"Master Gardener": false, "Staff Writer": false, "Head of Sales": false, "J. I.": false, "John": false, "the Associated Press": false,
	} {
		if got := cowriterName(n); got != want {
			t.Errorf("cowriterName(%q) = %v, want %v", n, got, want)
		}
	}
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"E. Barreneche", "Eduardo Barreneche", true},
		{"J. I. Da Silva", "Juan Ignacio da Silva", true},
		{"M. Barreneche", "Eduardo Barreneche", false},
		{"E. Barreneche", "Eduardo Barrera", false},
		{"Eduardo Barreneche", "Eduardo Barreneche", false},
		{"J.I. Da Silva", "Juan Ignacio da Silva", false},
	} {
		if got := initialled(c.short, c.full); got != c.want {
			t.Errorf("initialled(%q, %q) = %v, want %v", c.short, c.full, got, c.want)
		}
	}
}

// probe75PersonalPage is a personal site's post that credits no one, its
// footer the given line, on a host that spells no name.
func probe75PersonalPage(foot string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fixing the garden shed | Quiet Corners</title></head><body><header><a href="/">Quiet Corners</a></header><main><article class="post"><h1 class="entry-title">Fixing the garden shed</h1><div class="entry-content">` +
		probe72AuthorBody + `</div></article></main><footer><p>` + foot + `</p></footer></body></html>`
}

// TestAuthorsProbe75FooterOwner checks the person a personal site's
// footer states the copyright of when nothing else names anyone: after
// "by" ("Copyright © 2024 by Jane Doe") and under a Creative Commons mark
// ("(CC) 2006-2008 by Martin Weber"); a business's name, the site's own
// or a designer's credit are no author.
func TestAuthorsProbe75FooterOwner(t *testing.T) {
	for foot, want := range map[string]string{
		"© 2024 Jane Doe":                        "Jane Doe",
		"Copyright © 2024 by Jane Doe":           "Jane Doe",
		"(CC) 2006-2008 by Martin Weber":         "Martin Weber",
		"(cc) 2024 Jane Doe":                     "Jane Doe",
		"© 2024 by John Roe Design":              "",
		"© 2024 Jane Doe Photography":            "",
		"© 2024 Acme Widgets":                    "",
		"© 2024 Quiet Corners":                   "",
		"© 2024 Quiet Corners. Site by John Roe": "",
		"Copyright 2024 by The Quiet Corners":    "",
		"(CC) BY-SA 4.0":                         "",
	} {
		a, err := Extract([]byte(probe75PersonalPage(foot)), "https://quietcorners.net/2024/05/garden-shed/", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(a.Authors, "; "); got != want {
			t.Errorf("footer %q: Authors = %q from %q, want %q", foot, got, a.Provenance["authors"], want)
		}
	}
}

// TestAuthorsProbe75TextOf checks the credit of the text, the report or
// the article with its "of" before the writer, in Spanish, Portuguese,
// French and Italian ("Texto de Juan Pérez", "Reportagem de João Silva",
// "Testo di Mario Rossi"), and German "Text von", in a byline's element or
// a plain paragraph under the headline; the words before a phrase that
// names no one stay no credit.
func TestAuthorsProbe75TextOf(t *testing.T) {
	checkProbe75Authors(t, probe72AuthorBody, []probe72AuthorCase{
		{"es texto de", "es", "", `<p>Texto de Juan Pérez</p>`, "", "Juan Pérez"},
		{"es texto de, class", "es", "", `<p class="byline">Texto de Juan Pérez</p>`, "", "Juan Pérez"},
		{"fr texte de", "fr", "", `<p>Texte de Jean Dupont</p>`, "", "Jean Dupont"},
		{"fr texte par", "fr", "", `<p>Texte par Jean Dupont</p>`, "", "Jean Dupont"},
		{"it testo di", "it", "", `<p>Testo di Mario Rossi</p>`, "", "Mario Rossi"},
		{"it testo di, foto di", "it", "", `<p>Testo di Mario Rossi, foto di Luca Bianchi</p>`, "", "Mario Rossi"},
		{"it articolo di", "it", "", `<p>Articolo di Mario Rossi</p>`, "", "Mario Rossi"},
		{"pt reportagem de two", "pt", "", `<p>Reportagem de João Silva e Maria Souza</p>`, "", "João Silva; Maria Souza"},
		{"pt texto de", "pt", "", `<p>Texto de João Silva</p>`, "", "João Silva"},
		{"de text von", "de", "", `<p>Text von Hans Müller</p>`, "", "Hans Müller"},
		{"es the law's text", "es", "", `<p>Texto de la ley de presupuestos</p>`, "", ""},
	})
}
