package extractor

// titleSource is where a title candidate comes from.
type titleSource uint8

const (
	srcJSONLD    titleSource = iota // JSON-LD headline or name (@graph included)
	srcOG                           // og:title
	srcTwitter                      // twitter:title
	srcCitation                     // citation_title (Highwire, Google Scholar)
	srcDC                           // dc.title, dcterms.title
	srcParsely                      // parsely-title, sailthru.title, <meta name=title>
	srcMicrodata                    // itemprop=headline
	srcTitleTag                     // <title>
	srcH1                           // a visible <h1>
	srcHeading                      // a visible element whose class says headline or title
	nTitleSources
)

// structured reports whether the source is a statement the page makes about
// itself for machines, rather than its <title> or its visible text.
func (s titleSource) structured() bool { return s < srcTitleTag }

func (s titleSource) visible() bool { return s >= srcH1 }
