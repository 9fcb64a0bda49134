package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the sixty-second round (issue 13, item 3): a news
// agency's credit in lower case after another language's "by" ("Von
// dpa"), and labelled credits with a colon in the languages the labels
// know ("Redacción: Juan Pérez", "Avtor: Janez Novak").

// probe62Body is probe59Body's story in the languages it lacks.
var probe62Body = map[string]string{
	"sl": "Komunalno podjetje bo od ponedeljka zamenjalo vodovodno cev pod Kolodvorsko ulico, ki je stara več kot šestdeset let. Dela bodo trajala približno štiri tedne, promet pa bo v tem času urejen po enem pasu s semaforjem.",
	"cs": "Vodárny od pondělí vymění vodovodní potrubí pod Nádražní ulicí, které je staré přes šedesát let. Práce potrvají zhruba čtyři týdny a doprava bude po tu dobu řízena semaforem v jednom pruhu.",
	"hr": "Komunalno poduzeće od ponedjeljka mijenja vodovodnu cijev ispod Kolodvorske ulice, staru više od šezdeset godina. Radovi će trajati oko četiri tjedna, a promet će se za to vrijeme odvijati jednim trakom uz semafor.",
	"hu": "A vízművek hétfőtől kicserélik a Vasút utca alatti, több mint hatvanéves vízvezetéket. A munkálatok nagyjából négy hétig tartanak, a forgalmat addig jelzőlámpa irányítja egy sávon.",
	"fi": "Vesilaitos uusii maanantaista alkaen Asemakadun alla kulkevan, yli kuusikymmentä vuotta vanhan vesijohdon. Työt kestävät noin neljä viikkoa, ja liikenne ohjataan sinä aikana yhdelle kaistalle liikennevaloin.",
	"sv": "Vattenverket byter från måndag vattenledningen under Stationsgatan, som är mer än sextio år gammal. Arbetet tar ungefär fyra veckor och trafiken leds under tiden i ett körfält med trafikljus.",
	"da": "Vandværket udskifter fra mandag vandledningen under Banegårdsgade, som er mere end tres år gammel. Arbejdet varer omkring fire uger, og trafikken ledes i den tid i ét spor med lyskurve.",
	"en": "The water utility will replace the main under Station Street from Monday, a pipe more than sixty years old. The work will take about four weeks, and traffic will run in one lane with temporary lights in the meantime.",
	"no": "Vannverket bytter fra mandag vannledningen under Stasjonsgata, som er mer enn seksti år gammel. Arbeidet tar omtrent fire uker, og trafikken ledes i mellomtiden i ett felt med lyskryss.",
}

func init() {
	for l, s := range probe62Body {
		if _, ok := probe59Body[l]; !ok {
			probe59Body[l] = s
		}
	}
}

// A wire story signed "Von dpa" under a German headline names the
// agency as "By Reuters" does: dpa writes its name in lower case by its
// own style (lowerCaseWires), where a person's name after "Von" is
// capitalised and a phrase ("Von oben") is none. "Quelle: dpa" is the
// source's label: it gives the credit, as "Source: Reuters" does.
func TestAuthorProbe62LowerCaseWire(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"de", `<p>Von dpa</p>`, "dpa"},
		{"de", `<p class="byline">von dpa</p>`, "dpa"},
		{"de", `<p>Von epd</p>`, "epd"},
		{"de", `<span class="author">Von dpa</span>`, "dpa"},
		{"de", `<p>Von AFP</p>`, "AFP"},
		{"de", `<p>Von Hans Müller</p>`, "Hans Müller"},
		{"de", `<p>Von Hans Müller und dpa</p>`, "Hans Müller"},
		{"de", `<p>Von oben</p>`, ""},
		{"de", `<p>Von dpa-Fotograf</p>`, ""},
		{"es", `<p>Por EFE</p>`, "EFE"},
		{"fr", `<p>Par afp</p>`, ""},
	})
	a, err := Extract([]byte(probe61Page("de", `<p>Quelle: dpa</p>`)), "https://stadtblog.example/2024/05/06/wasserleitung/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 0 || a.Credit != "dpa" {
		t.Errorf("Extract(Quelle: dpa) = authors %q, credit %q; want none, dpa", a.Authors, a.Credit)
	}
}

// A labelled credit with a colon under the headline, in the languages
// whose labels the extractor knows: Slovenian "Avtor:" was the one
// missing (moreAuthorLabels); the others are kept as they read.
func TestAuthorProbe62ColonLabels(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"sl", `<p>Avtor: Janez Novak</p>`, "Janez Novak"},
		{"sl", `<span class="author">Avtor: Janez Novak</span>`, "Janez Novak"},
		{"sl", `<p>Avtorica: Maja Kovač</p>`, "Maja Kovač"},
		{"cs", `<p>Autor: Jan Novák</p>`, "Jan Novák"},
		{"hr", `<p>Piše: Ivan Horvat</p>`, "Ivan Horvat"},
		{"hr", `<p>Autor: Ivan Horvat</p>`, "Ivan Horvat"},
		{"hu", `<p>Szerző: Nagy Péter</p>`, "Nagy Péter"},
		{"fi", `<p>Teksti: Matti Virtanen</p>`, "Matti Virtanen"},
		{"sv", `<p>Text: Anna Andersson</p>`, "Anna Andersson"},
		{"sv", `<p>Text: 12 pt</p>`, ""},
		{"da", `<p>Af Mette Jensen</p>`, "Mette Jensen"},
		{"no", `<p>Av Ola Nordmann</p>`, "Ola Nordmann"},
	})
}

// Spanish "Redacción:" before a person under the headline credits the
// person who wrote the piece up (officeColonLabels); before the office's
// telephone or address, or far below the headline in the masthead's
// list, it credits no one.
func TestAuthorProbe62RedaccionLabel(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"es", `<p>Redacción: Juan Pérez</p>`, "Juan Pérez"},
		{"es", `<span class="byline">Redacción: Juan Pérez</span>`, "Juan Pérez"},
		{"es", `<p>Redacción: Juan Pérez y Ana Gómez</p>`, "Juan Pérez; Ana Gómez"},
		{"es", `<p>Redacción: 91 555 12 12</p>`, ""},
		{"es", `<p>Redacción: Madrid</p>`, ""},
		{"es", `<p>Redacción: redaccion@eldiario.example</p>`, ""},
	})
	// The masthead's list in a box after the story, far below the
	// headline.
	page := strings.Replace(probe61Page("es", ""), `</article>`, `</article><section class="staff"><h3>Equipo</h3><p>Dirección: Luis Martín</p><p>Redacción: Carmen Ruiz, Pedro Sanz</p></section>`, 1)
	a, err := Extract([]byte(page), "https://eldiario.example/2024/05/06/agua/", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Authors) != 0 {
		t.Errorf("Extract(masthead Redacción:) = %q, want none", a.Authors)
	}
}

// An unlabelled line right under the headline that credits co-authors,
// then the publication after a bar, names the co-authors
// (coAuthorsThenPaper); one name, a kicker's pair of words, or a line
// further down gives none.
func TestAuthorProbe62CoAuthorsThenPaper(t *testing.T) {
	checkProbe61(t, []probe61Case{
		{"en", `<p>Jane Doe and John Roe | The Gazette</p>`, "Jane Doe; John Roe"},
		{"en", `<div class="meta">Michael Brown &amp; Sarah Lee | Daily Northern Herald</div>`, "Michael Brown; Sarah Lee"},
		{"en", `<p>Jane Doe | The Gazette</p>`, ""},
		{"en", `<p>Markets and Economy | Analysis</p>`, ""},
		{"en", `<p>Harry and Meghan | Royals</p>`, ""},
		{"en", `<p>Jane Doe and John Roe | 3 comments</p>`, ""},
	})
	far := `<p>` + probe59Body["en"] + `</p><p>` + probe59Body["en"] + `</p><p>Jane Doe and John Roe | The Gazette</p>`
	checkProbe61(t, []probe61Case{{"en", far, ""}})
}
