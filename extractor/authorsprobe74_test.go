package extractor

import "testing"

// TestAuthorsProbe74WireDesk checks that Reuters' credit to one of its
// hubs ("Compiled by the Gdansk Newsroom") is a desk's, not a writer's: a
// story so credited is the agency's its dateline names, or no one's
// without one, and a writer credited beside the desk stays the author.
func TestAuthorsProbe74WireDesk(t *testing.T) {
	const url = "https://riversidetimes.example/2024/03/12/board-votes-rail-bridge/"
	day := `<time class="entry-date published" datetime="2024-03-12T10:30:00-05:00">March 12, 2024</time>`
	dateline := `<p>WARSAW, March 12 (Reuters) - The county board voted on Tuesday to reopen the bridge.</p>`
	for _, c := range []struct{ name, lead, tail, want string }{
		{"compiled, dateline", dateline, `<p>(Compiled by the Gdansk Newsroom; Editing by Mark Smith)</p>`, "Reuters"},
		{"compiled in italics, dateline", dateline, `<p><em>(Compiled by Gdansk Newsroom)</em></p>`, "Reuters"},
		{"reporting, dateline", dateline, `<p>(Reporting by Bengaluru newsroom; Editing by Mark Smith)</p>`, "Reuters"},
		{"compiled, no dateline", "", `<p>(Compiled by the Gdansk Newsroom; Editing by Mark Smith)</p>`, ""},
		{"bare, no dateline", "", `<p>Compiled by the Gdansk Newsroom; Editing by Mark Smith</p>`, ""},
		{"desk and writer", dateline, `<p>(Reporting by Gdansk Newsroom; Writing by Jane Doe; Editing by Mark Smith)</p>`, "Jane Doe"},
		{"writer then desk", dateline, `<p>(Reporting by Jane Doe; Additional reporting by Gdansk Newsroom; Editing by Mark Smith)</p>`, "Jane Doe"},
	} {
		probe64Authors(t, c.name, probe69WordPress("", day, c.lead, c.tail), url, c.want)
	}
}

// TestAuthorsProbe74FrenchWireCredits checks Reuters' French credits,
// which set no "par" after "Reportage": the reporters and the writer
// ("rédigé par") are the authors; the translator ("version française"),
// the editor ("édité par") and additional reporting ("avec la
// contribution de") are not.
func TestAuthorsProbe74FrenchWireCredits(t *testing.T) {
	for _, c := range []probe72AuthorCase{
		{"reportage", "fr", "", "", `<p>(Reportage Jean Dupont, édité par Marc Martin)</p>`, "Jean Dupont"},
		{"version française", "fr", "", "", `<p>(Reportage Michel Rose; version française Jean-Stéphane Brosse, édité par Blandine Hénault)</p>`, "Michel Rose"},
		{"rédigé par", "fr", "", "", `<p>(Reportage John Irish, rédigé par Elizabeth Pineau, édité par Sophie Louet)</p>`, "John Irish; Elizabeth Pineau"},
		{"et", "fr", "", "", `<p>(Reportage Jean Dupont et Paul Durand; édité par Marc Martin)</p>`, "Jean Dupont; Paul Durand"},
		{"avec and places", "fr", "", "", `<p>(Reportage Jean Dupont à Paris, avec Paul Durand à Londres; édité par Marc Martin)</p>`, "Jean Dupont; Paul Durand"},
		{"contribution", "fr", "", "", `<p>(Reportage Jean Dupont, avec la contribution de Paul Durand; rédigé par Claire Martin, édité par Marc Martin)</p>`, "Jean Dupont; Claire Martin"},
		{"reportage de", "fr", "", "", `<p>(Reportage de Jean Dupont; version française Claire Martin, édité par Marc Martin)</p>`, "Jean Dupont"},
		{"in italics", "fr", "", "", `<p><em>(Reportage Jean Dupont, édité par Marc Martin)</em></p>`, "Jean Dupont"},
		{"no editor: not a credit", "fr", "", "", `<p>(Reportage Jean Dupont)</p>`, ""},
		{"desk", "fr", "", "", `<p>(Bureau de Paris, édité par Marc Martin)</p>`, ""},
		{"a photo report", "fr", "", "", `<p>(Reportage photo de la mairie, édité par la ville)</p>`, ""},
	} {
		checkProbe72Authors(t, []probe72AuthorCase{c})
	}
}
