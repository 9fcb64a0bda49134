package extractor

import (
	"encoding/json"
	"strings"
)

// arcGlobalContent is the variable Arc XP's Fusion pages (the Washington
// Post's publishing system, which many papers run) set to the story they
// show, a JSON object.
const arcGlobalContent = "Fusion.globalContent"

// arcCredits are the authors an Arc XP page's story credits: its
// credits.by lists the people of the byline, {"type":"author","name":"Jane
// Doe"}. The printed byline and the JSON-LD most often say the same; a
// page that gives no other source still names its writers there. Other
// kinds of credit (an unresolved reference, an organisation) name none.
func arcCredits(scripts []string) []string {
	for _, s := range scripts {
		i := strings.Index(s, arcGlobalContent)
		if i < 0 {
			continue
		}
		rest := strings.TrimLeft(s[i+len(arcGlobalContent):], " \t\r\n")
		if !strings.HasPrefix(rest, "=") {
			continue
		}
		var story struct {
			Credits struct {
				By []struct{ Type, Name string } `json:"by"`
			} `json:"credits"`
		}
		if json.NewDecoder(strings.NewReader(rest[1:])).Decode(&story) != nil {
			return nil
		}
		var names []string
		for _, b := range story.Credits.By[:min(len(story.Credits.By), 10)] {
			if b.Type == "author" {
				names = append(names, splitAuthors(b.Name)...)
			}
		}
		return names
	}
	return nil
}
