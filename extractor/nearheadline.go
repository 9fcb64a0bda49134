package extractor

// nearHeadline reports whether the block being read stands at most w
// blocks below the page's headline: a meta line, a byline or a date
// there is the story's; further down, the same line is a teaser's. On a
// page with no headline nothing is near it.
func (s *scanner) nearHeadline(w int) bool {
	return s.v.h1Pos >= 0 && s.pos-s.v.h1Pos <= w
}

// inDateWindow reports whether pos, a block's position in the visible
// scan, lies in the window around the headline where visible dates count
// (dateWindowBefore, dateWindowAfter).
func (v *visible) inDateWindow(pos int) bool {
	return pos >= v.h1Pos-dateWindowBefore && pos-v.h1Pos <= dateWindowAfter
}
