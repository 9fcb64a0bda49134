package extractor

import (
	"strings"
	"testing"
)

// TestCreditAfterPicture: a picture's credit in the picture's own
// paragraph, after it, as older CMSs and editors' inline images set it,
// leaves the body for the image's caption and credit; a story's paragraph
// that opens with a picture stays.
func TestCreditAfterPicture(t *testing.T) {
	var body []string
	for _, ps := range matrixArticle {
		body = append(body, ps...)
	}
	art := `<p>` + strings.Join(body, "</p><p>") + `</p>`
	for _, c := range []struct {
		name, block, caption, credit string
	}{
		{"credit", `<p><img src="/depot.jpg" alt="The depot"> Photo: John Smith/Harbour Gazette</p>`, "", "John Smith/Harbour Gazette"},
		{"caption and credit", `<p><a href="/depot-big.jpg"><img src="/depot.jpg" alt="The depot"></a><br>The depot on Harbour Street. Photo: John Smith</p>`, "The depot on Harbour Street.", "John Smith"},
		{"German", `<p><img src="/depot.jpg" alt="Das Depot"> Foto: Hans Müller/dpa</p>`, "", "Hans Müller/dpa"},
		{"Russian", `<p><img src="/depot.jpg" alt="Депо"> Депо в 1968 году. Фото: ТАСС</p>`, "Депо в 1968 году.", "ТАСС"},
		{"figure, Spanish", `<figure><img src="/depot.jpg" alt="El depósito"><figcaption>El depósito en 1968. Foto: EFE</figcaption></figure>`, "El depósito en 1968.", "EFE"},
		{"agency", `<div><img src="/depot.jpg" alt="The depot"></div><p>The depot in 1968. REUTERS/Jane Roe</p>`, "The depot in 1968.", "REUTERS/Jane Roe"},
		{"agency alone", `<p><img src="/depot.jpg" alt="The depot"> Getty Images</p>`, "", "Getty Images"},
		{"via agency", `<div><img src="/depot.jpg" alt="The depot"></div><p>Jane Roe/AFP via Getty Images</p>`, "", "Jane Roe/AFP via Getty Images"},
		{"credit in brackets", `<div><img src="/depot.jpg" alt="The depot"> <em>The depot in 1968 (Photo: City Archive)</em></div>`, "The depot in 1968", "City Archive"},
	} {
		page := `<!DOCTYPE html><html><head><title>Old tram depot to become a covered market</title></head><body><article><h1>Old tram depot to become a covered market</h1>` +
			c.block + art + `</article></body></html>`
		a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Text, "John Smith") || strings.Contains(a.Text, "City Archive") || strings.Contains(a.Text, "Getty") || strings.Contains(a.Text, "Roe") || !strings.HasPrefix(a.Text, body[0][:40]) {
			t.Errorf("%s: the body holds the credit or lost its start:\n%s", c.name, a.Text)
		}
		if len(a.Images) != 1 || a.Images[0].Caption != c.caption || a.Images[0].Credit != c.credit {
			t.Errorf("%s: images %+v, want caption %q, credit %q", c.name, a.Images, c.caption, c.credit)
		}
	}
	// A paragraph of the story that opens with a picture, and a picture
	// before a sentence that speaks of photographs.
	for _, block := range []string{
		`<p><img src="/depot.jpg" alt="The depot"> Photographs taken by the council's surveyor in March show the iron frame rusted through in places, which added months to the plans and a third to the cost of the roof.</p>`,
		`<p><img src="/depot.jpg" alt="The depot"> The old photo, credit to the museum, shows the trams.</p>`,
	} {
		page := `<!DOCTYPE html><html><head><title>Old tram depot to become a covered market</title></head><body><article><h1>Old tram depot to become a covered market</h1>` +
			block + art + `</article></body></html>`
		a, err := Extract([]byte(page), "https://gazette.example/news/2024/05/09/depot", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if want := block[strings.Index(block, "> ")+2 : strings.Index(block, "> ")+42]; !strings.Contains(a.Text, want) {
			t.Errorf("the body lost %q:\n%s", want, a.Text)
		}
	}
}
