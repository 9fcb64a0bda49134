package extractor

import "testing"

// What a "By" opens that names no one, and a newsroom run into a
// writer's name, on pages of several templates: the ways to travel that
// a "Getting here" section lists under headings, a guest's placeholder,
// the outlet a two-line byline sets under the name, the newsroom "from
// the" in the Romance languages, Hindi's "by" after the name.
func TestAuthorPlaceholders(t *testing.T) {
	travel := `<h2>Getting here</h2><h3>By Car</h3><p>Take the motorway to exit 5 and follow the signs to the centre of town for parking.</p>` +
		`<h3>By Train</h3><p>The station is a ten minute walk from the entrance along the river path from the square.</p>`
	checkPages(t, []pageCase{
		{"ways to travel under headings", "", "", travel, ""},
		{"one way to travel under a heading", "", "", `<h4>By Public Transport</h4><p>Buses 12 and 40 stop at the gate every ten minutes during the day, less often at night.</p>`, ""},
		{"a way to travel in bold", "", "", `<p><strong>By Bike</strong></p><p>A cycle path runs along the river from the station to the main gate, with racks at the entrance.</p>`, ""},
		{"ways to travel and the writer", `<meta name="author" content="Jane Doe">`, "", travel, "Jane Doe"},
		{"a report's headings that open with by", "", "", `<h3>By Region</h3><p>Sales in the north grew by a tenth while the south fell back a little over the year.</p><h3>By Sector</h3><p>Energy led the gains while retail and transport lagged behind the rest of the market.</p>`, ""},
		{"a contact page's headings that open with by", "", "", `<h2>By Mail</h2><p>Send the form to the office at the address below and allow two weeks for a reply.</p><h2>By Phone</h2><p>Call the office at the number below between nine and five on weekdays.</p>`, ""},
		{"a byline in a heading", "", `<h4>By Jane Doe</h4>`, "", "Jane Doe"},
		{"a byline in a heading over a section's heading", "", `<h4>By Jane Doe</h4><h4>Byways of the north</h4>`, "", "Jane Doe"},
		{"a name that is also a word", "", `<p class="byline">By Jane Car</p>`, "", "Jane Car"},
		{"a guest's placeholder", "", `<p class="byline">By Guest Author</p>`, "", ""},
		{"a guest's placeholder, linked", "", `<div class="entry-meta">Posted by <a href="https://blog.example/author/guest/" rel="author">Guest Contributor</a></div>`, "", ""},
		{"a guest's label and a name", "", `<p class="meta">Guest Author: Jane Doe</p>`, "", "Jane Doe"},
		{"an outlet under the name, read flattened", "", `<div class="byline"><span class="name">By Helen Briggs</span> <span class="role">BBC News</span></div>`, "", "Helen Briggs"},
		{"the site's name under the name", `<meta property="og:site_name" content="Example Times">`, `<p class="byline">By Jane Doe Example Times</p>`, "", "Jane Doe"},
		{"the site's name in the author meta", `<meta name="author" content="Jane Doe Example Times"><meta property="og:site_name" content="Example Times">`, "", "", "Jane Doe"},
		{"an agency between the name and the site", `<meta property="og:site_name" content="Example Herald">`, `<p class="byline">By JANE DOE AP Example Herald</p>`, "", "JANE DOE"},
		{"a job and the site are no name", `<meta property="og:site_name" content="Acme">`, `<p class="byline">By Jane Doe, CEO of Acme</p>`, "", "Jane Doe; CEO of Acme"},
		{"an outlet in the possessive", "", `<p class="byline">By NBC News' Jane Doe and John Roe</p>`, "", "Jane Doe; John Roe"},
		{"a surname that is an outlet's word", "", `<p class="byline">By Jane News</p>`, "", "Jane News"},
		{"another paper's name is not guessed", "", `<p class="byline">By Jane Doe Example Times</p>`, "", "Jane Doe Example Times"},
		{"Portuguese from the newsroom", "", `<p class="autor">Da Redação</p>`, "", "Redação"},
		{"Portuguese from the newsroom, meta", `<meta name="author" content="Da redação">`, "", "", "Redação"},
		{"Spanish from the newsroom", `<meta name="author" content="De la redacción">`, "", "", "La redacción"},
		{"Italian from the newsroom", "", `<div class="byline">Dalla redazione</div>`, "", "Redazione"},
		{"a family name's particle stays", `<meta name="author" content="Da Silva">`, "", "", "Da Silva"},
		{"Hindi by after the name", "", `<p class="byline">राहुल शर्मा द्वारा</p>`, "", "राहुल शर्मा"},
		{"Hindi by after the name, meta", `<meta name="author" content="राहुल शर्मा द्वारा">`, "", "", "राहुल शर्मा"},
	})
}

// A byline that credits the staff in place of a name ("By Staff Writer")
// names the paper's staff, as "Tribune Staff" does; a role after a name
// is still cut.
func TestStaffByline(t *testing.T) {
	checkPages(t, []pageCase{
		{"staff writer", "", `<div class="post-meta"><div class="author-name"><span>By Staff Writer</span></div></div>`, "", "Staff Writer"},
		{"staff reporter", "", `<p class="byline">By Staff Reporter</p>`, "", "Staff Reporter"},
		{"a role after the name", "", `<p class="byline">By Jane Doe, Staff Writer</p>`, "", "Jane Doe"},
		{"a role alone in lower case", "", `<p class="byline">By staff writer</p>`, "", ""},
	})
}
