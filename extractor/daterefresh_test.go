package extractor

import "testing"

// Dashboards, statistics pages and news sites' live data pages say when
// they last refreshed their figures ("Last refreshed: May 17, 2024",
// "Refreshed on May 17, 2024"): an update, never the publication, which
// such a page that states none does not have.
func TestRefreshedIsUpdate(t *testing.T) {
	checkDays(t, "https://news.example/data/covid-cases", []dayCase{
		{"en", "<p>Last refreshed: May 17, 2024</p>", "", "2024-05-17"},
		{"en", "<p>Refreshed on May 17, 2024</p>", "", "2024-05-17"},
		{"en", "<p>Data refreshed May 17, 2024</p>", "", "2024-05-17"},
		{"en", "<p>Published May 3, 2024</p><p>Last refreshed: May 17, 2024</p>", "2024-05-03", "2024-05-17"},
	})
}
