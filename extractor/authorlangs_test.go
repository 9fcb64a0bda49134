package extractor

import "testing"

// Byline labels before a colon in the languages that have no "by"
// reByPrefix knows, read in a line whose element says nothing of an
// author; a verb of writing inside a sentence is no label.
func TestBylineLabelsMoreLanguages(t *testing.T) {
	checkBylines(t, []bylineCase{
		{"Russian text", `<div class="meta">Текст: Иван Петров</div>`, "Иван Петров"},
		{"Ukrainian text and photo", `<p>Текст: Іван Петренко, фото: Марія Коваль</p>`, "Іван Петренко"},
		{"Finnish text", `<div class="meta">Teksti: Matti Virtanen</div>`, "Matti Virtanen"},
		{"Finnish writer", `<div class="meta">Kirjoittaja: Matti Virtanen</div>`, "Matti Virtanen"},
		{"Hungarian author", `<p>Szerző: Kovács János</p>`, "Kovács János"},
		{"Croatian writes", `<div class="meta">Piše: Ivan Horvat</div>`, "Ivan Horvat"},
		{"Serbian writes", `<div class="meta">Пише: Марко Марковић</div>`, "Марко Марковић"},
		{"Indonesian by with a colon", `<div class="meta">Oleh: Budi Santoso</div>`, "Budi Santoso"},
		{"Polish prepared by", `<div class="meta">Opracowanie: Jan Kowalski</div>`, "Jan Kowalski"},
		{"Polish wrote", `<p class="byline">Napisała: Anna Nowak</p>`, "Anna Nowak"},
		{"Turkish who wrote", `<div class="meta">Yazan: Ahmet Yılmaz</div>`, "Ahmet Yılmaz"},
		{"Swedish writer", `<p class="byline">Skribent: Anna Svensson</p>`, "Anna Svensson"},
		{"Thai by", `<p class="byline">โดย สมชาย ใจดี</p>`, "สมชาย ใจดี"},
		{"a quote after writes", `<p>Novinar piše: „Ovo je važno za sve nas danas.“</p>`, ""},
	})
}
