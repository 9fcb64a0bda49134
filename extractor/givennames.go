package extractor

import "strings"

// givenNames are common given names in the languages of the dev sets'
// sites (English, German, French, Spanish, Italian, Dutch, Scandinavian).
// Only common ones: rarer names that the dev sets' site owners happen to
// have are left out, for the list must not be fitted to their pages.
// A site whose host spells a name is a person's when the name starts
// with one: "Big Think" and "Nikon Rumors" are spelled by their hosts too.
// A rarer given name counts only when the host spells one of the names,
// not the whole, and two places state it (siteOwner: statedTwice).
var givenNames = setOf(
	"aaron", "adam", "adrian", "alan", "albert", "alex", "alexander", "alexandra", "alice", "alison", "allison", "amanda", "amy",
	"andrea", "andreas", "andrew", "andy", "angela", "anna", "anne", "annette", "anthony", "anton", "antonio", "ashley", "barbara",
	"ben", "benjamin", "bernd", "bill", "bob", "brad", "brian", "bruce", "carl", "carlos", "carol", "caroline", "catherine",
	"charles", "charlie", "chris", "christian", "christina", "christine", "christoph", "christopher", "claire",
	"claudia", "colin", "craig", "dan", "daniel", "daniela", "dave", "david", "deborah", "dennis", "diana", "dieter", "dirk",
	"dominic", "donald", "doug", "douglas", "ed", "edward", "elena", "elizabeth", "ellen", "emily", "emma", "eric", "erik",
	"eva", "evan", "felix", "florian", "frank", "franz", "fred", "gabriel", "gary", "george", "georg", "gerhard", "gordon",
	"greg", "gregory", "hannah", "hans", "harry", "heather", "heinz", "helen", "helmut", "henry", "holly", "ian", "isabel",
	"jack", "jacob", "jake", "james", "jamie", "jan", "jane", "janet", "jason", "jean", "jeff", "jeffrey", "jennifer", "jenny",
	"jeremy", "jessica", "jim", "joan", "joe", "johannes", "john", "jonathan", "jordan", "jorge", "jose", "joseph", "josh",
	"joshua", "juan", "judith", "julia", "julian", "julie", "jürgen", "justin", "karen", "karin", "karl", "kate", "katherine",
	"kathryn", "katie", "kevin", "kim", "klaus", "kristen", "kurt", "lars", "laura", "lauren", "leo", "linda", "lisa",
	"lucas", "luis", "luke", "lukas", "marc", "marco", "marcus", "margaret", "maria", "marie", "mario", "mark", "markus",
	"martin", "mary", "matt", "matthew", "matthias", "max", "megan", "melissa", "michael", "michel", "michelle", "mike",
	"monika", "nancy", "natalie", "nathan", "nick", "nicholas", "nicole", "nicolas", "niels", "nina", "oliver", "olivia",
	"owen", "pablo", "patrick", "paul", "pedro", "peter", "petra", "philip", "philipp", "pierre", "polly",
	"rachel", "ralf", "ralph", "randy", "rebecca", "richard", "rick", "rob", "robert", "roger", "ron", "ruth", "ryan", "sabine",
	"sam", "samuel", "sandra", "sara", "sarah", "scott", "sean", "sebastian", "seth", "shawn", "simon", "sophie", "stefan",
	"stephanie", "stephen", "steve", "steven", "susan", "susanne", "sven", "tanja", "thomas", "tim", "timothy", "tobias", "toby", "todd",
	"tom", "tony", "ulrich", "uwe", "victoria", "vincent", "walter", "werner", "will", "william", "wolfgang", "yves", "zoe",
)

// startsWithGivenName reports whether name's first word is a given name.
func startsWithGivenName(name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && givenNames[strings.ToLower(f[0])]
}
