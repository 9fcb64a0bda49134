package extractor

import (
	"strings"
	"testing"
)

// Probe pages of the fortieth session (authors54).

// A co-writer's role before her name, after the byline's "and": a
// writer's role is not part of her name, and a photographer or an
// illustrator is no author, as in a bracketed credit ("Eva Schmidt
// (Fotos)"). In English, German, French, Spanish, Italian and Portuguese.
func TestAuthorProbe54RoleBeforeCoWriter(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "and Staff Writer", under: `<p class="byline">By Jane Doe and Staff Writer John Roe</p>`, authors: "Jane Doe; John Roe"},
		{name: "and senior correspondent", under: `<div class="byline">By <a href="/people/jane-doe/">Jane Doe</a> and senior correspondent <a href="/people/john-roe/">John Roe</a></div>`, authors: "Jane Doe; John Roe"},
		{name: "and staff photographer", under: `<p class="byline">By Jane Doe and staff photographer John Roe</p>`, authors: "Jane Doe"},
		{name: "and photographer, linked", under: `<div class="byline">By <a href="/author/jane-doe/">Jane Doe</a> and photographer <a href="/author/john-roe/">John Roe</a></div>`, authors: "Jane Doe"},
		{name: "de und Fotograf", lang: "de", under: `<p class="byline">Von Anna Schmidt und Fotograf Peter Müller</p>`, authors: "Anna Schmidt"},
		{name: "de und Redakteurin", lang: "de", under: `<p class="byline">Von Peter Müller und Redakteurin Anna Schmidt</p>`, authors: "Peter Müller; Anna Schmidt"},
		{name: "fr et le photographe", lang: "fr", under: `<p class="byline">Par Marie Dupont et le photographe Jean Martin</p>`, authors: "Marie Dupont"},
		{name: "fr et notre envoyé spécial", lang: "fr", under: `<p class="byline">Par Marie Dupont et notre envoyé spécial Jean Martin</p>`, authors: "Marie Dupont; Jean Martin"},
		{name: "es y el fotógrafo", lang: "es", under: `<p class="byline">Por María López y el fotógrafo Juan Pérez</p>`, authors: "María López"},
		{name: "es y la periodista", lang: "es", under: `<p class="byline">Por Juan Pérez y la periodista María López</p>`, authors: "Juan Pérez; María López"},
		{name: "it e il fotografo", lang: "it", under: `<p class="byline">di Maria Rossi e il fotografo Luca Bianchi</p>`, authors: "Maria Rossi"},
		{name: "pt e o repórter", lang: "pt", under: `<p class="byline">Por João Silva e o repórter Pedro Santos</p>`, authors: "João Silva; Pedro Santos"},
		// A job title joined to the first by "and" stays the first's.
		{name: "two titles", under: `<p class="byline">Written By: Jane Doe, Executive Editor and Master Gardener</p>`, authors: "Jane Doe"},
		{name: "two names", under: `<p class="byline">By Jane Doe and John Roe</p>`, authors: "Jane Doe; John Roe"},
	})
}

// "By Herald Staff and Wire Reports", "By NBC News and wire services":
// the reports drawn on are no author; the paper's own credit stays.
func TestAuthorProbe54ReportsCredit(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "staff and wire reports", under: `<p class="byline">By Harbour Herald Staff and Wire Reports</p>`, authors: "Harbour Herald Staff"},
		{name: "newsroom and wire services", under: `<p class="byline">By Harbour Herald Newsroom and wire services</p>`, authors: "Harbour Herald Newsroom"},
		{name: "name and news services", under: `<p class="byline">By Jane Doe and news services</p>`, authors: "Jane Doe"},
		{name: "name, agencies", lang: "de", under: `<p class="byline">Von Anna Schmidt und Agenturen</p>`, authors: "Anna Schmidt"},
	})
}

// A Chinese paper's or magazine's editorial office signs what no one
// writer does: "作者：本刊编辑部", "来源：新京报 作者：新京报编辑部". The
// office is the author, written out; a link to write to it is not.
func TestAuthorProbe54ChineseEditorialOffice(t *testing.T) {
	info := func(s string) string { return `<div class="info">` + s + `</div>` }
	for _, c := range []struct {
		name, info, tail, want string
	}{
		{"本刊编辑部", info("2024-05-16 10:21　作者：本刊编辑部　来源：江城周刊"), "", "本刊编辑部"},
		{"paper's office", info("2024-05-16 10:21　来源：江城日报　作者：江城日报编辑部"), "", "江城日报编辑部"},
		{"Traditional", info("2024-05-16 10:21　作者：本報編輯部"), "", "本報編輯部"},
		{"office alone", info("2024-05-16 10:21　作者：编辑部"), "", "编辑部"},
		{"reporter wins", info("2024-05-16 10:21　作者：本报记者 张三　来源：江城日报"), "", "张三"},
		{"contact link", info("2024-05-16 10:21　来源：江城日报"), `<div class="tools"><a href="/contact.html">联系编辑部</a> <a href="#">打印</a></div>`, ""},
	} {
		a := zhExtract(t, zhPortal("", c.info, "", "", c.tail), zhURL)
		if got := strings.Join(a.Authors, "; "); got != c.want {
			t.Errorf("Extract(%s).Authors = %q from %q, want %q", c.name, got, a.Provenance["authors"], c.want)
		}
	}
}

// A writer's tagline after her name and a spaced dash, where a profile's
// name field or an author <meta> holds both: "Jane Doe - Transport
// reporter covering bridges and ferries". Its "and" joins no second
// writer.
func TestAuthorProbe54TaglineAfterDash(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "meta author", head: `<meta name="author" content="Jane Doe - Transport reporter covering bridges and ferries">`, authors: "Jane Doe"},
		{name: "JSON-LD author", head: ld51(`{"@type":"Person","name":"Jane Doe – freelance writer and mother of two"}`), authors: "Jane Doe"},
		{name: "byline", under: `<p class="byline">By Jane Doe — Writes about ports and the people who work in them</p>`, authors: "Jane Doe"},
		{name: "de meta author", lang: "de", head: `<meta name="author" content="Anna Schmidt - Redakteurin für Verkehr und Umwelt">`, authors: "Anna Schmidt"},
		{name: "es meta author", lang: "es", head: `<meta name="author" content="María López - periodista de datos y viajera">`, authors: "María López"},
	})
}

// A Japanese site's or magazine's editorial office signs the pieces no
// one writer does, after a text credit or as the JSON-LD author:
// "文：ハーバー編集部", "ITmedia NEWS編集部". The office is the author,
// written out.
func TestAuthorProbe54JapaneseEditorialOffice(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "文：", lang: "ja", under: `<p class="byline">文：ハーバー編集部</p>`, authors: "ハーバー編集部"},
		{name: "ライター：", lang: "ja", under: `<p class="byline">ライター：港湾新聞編集部</p>`, authors: "港湾新聞編集部"},
		{name: "JSON-LD Organization", lang: "ja", head: ld51(`{"@type":"Organization","name":"ハーバー編集部"}`), authors: "ハーバー編集部"},
		{name: "zh JSON-LD Organization", lang: "zh", head: ld51(`{"@type":"Organization","name":"江城日报编辑部"}`), authors: "江城日报编辑部"},
		{name: "執筆者：", lang: "ja", under: `<div class="author">執筆者：ハーバーニュース編集部</div>`, authors: "ハーバーニュース編集部"},
		{name: "meta", lang: "ja", head: `<meta name="author" content="ハーバー編集部">`, authors: "ハーバー編集部"},
		{name: "a writer", lang: "ja", under: `<p class="byline">文：山田太郎</p>`, authors: "山田太郎"},
	})
}

// A paper after a writer's name and a dash, a place's particle inside
// its name: "Jane Doe - The Times of India", "Marie Dupont - Le Journal
// de Montréal". The writer is the author, not the byline as a whole.
func TestAuthorProbe54PaperWithParticleAfterDash(t *testing.T) {
	checkPosts51(t, []post51{
		{name: "meta author", head: `<meta name="author" content="Jane Doe - The Times of India">`, authors: "Jane Doe"},
		{name: "byline", under: `<p class="byline">By Jane Doe - The Times of India</p>`, authors: "Jane Doe"},
		{name: "fr byline", lang: "fr", under: `<p class="byline">Par Marie Dupont - Le Journal de Montréal</p>`, authors: "Marie Dupont"},
		{name: "es byline", lang: "es", under: `<p class="byline">Por María López - El Diario de Sevilla</p>`, authors: "María López"},
		{name: "no particle", head: `<meta name="author" content="Jane Doe - The Harbour Herald">`, authors: "Jane Doe"},
	})
}
