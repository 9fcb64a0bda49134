package extractor

import "testing"

// TestCaptionToggleIsItsRegexp wants captionToggle, which refuses by the
// last byte before running reCaptionToggle, to answer as the regexp alone
// on the toggles' labels in every case and on texts near them.
func TestCaptionToggleIsItsRegexp(t *testing.T) {
	texts := []string{"", "n", "Caption", "CAPTION", "caption", "Hide caption", "SHOW  CAPTION", "View\tCaption",
		"open caption", "Close", "CLOSE", "cloſe", "Expand", "EXPAND", "collapse", "COLLAPSE", "Collapse caption",
		"Captions", "Closed", "Expanded", "caption:", "Close ×", "Hide", "Photo: Jane Roe", "a caption",
		"Caption\u00a0", "\xff", "Expand\xff", "CaptioN", "ExpanD", "ClosE"}
	for _, s := range texts {
		if got, want := captionToggle(s), reCaptionToggle.MatchString(s); got != want {
			t.Errorf("captionToggle(%q) = %v, want %v", s, got, want)
		}
	}
}
