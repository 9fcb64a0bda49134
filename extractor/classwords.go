package extractor

// maxClassID bounds the class and id strings read without building their
// lower-cased join: longer ones (rare) take the way through classID.
const maxClassID = 128

// lowerClassID writes classID's string for this class and id into buf
// without allocating, and reports false, writing nothing, when it cannot:
// a byte past ASCII (strings.ToLower decides its lower case) or more than
// maxClassID bytes.
func lowerClassID(buf *[maxClassID]byte, class, id string) ([]byte, bool) {
	n := len(class) + len(id)
	if class != "" && id != "" {
		n++
	}
	if n > maxClassID {
		return nil, false
	}
	b := buf[:0]
	for _, s := range [2]string{class, id} {
		if s == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, ' ')
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 0x80:
				return nil, false
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			}
			b = append(b, c)
		}
	}
	return b, true
}

// nextClassWord returns the first word of b at or after i (a run of
// isWordByte bytes, as classWords reads them) and the index after it; an
// empty word at the end.
func nextClassWord(b []byte, i int) ([]byte, int) {
	for i < len(b) && !isWordByte(b[i]) {
		i++
	}
	j := i
	for j < len(b) && isWordByte(b[j]) {
		j++
	}
	return b[i:j], j
}

// classKindsOf is classKinds(joinClassID(class, id)), without building
// the string in the common case: the cleaning passes and the visible scan
// ask it of most elements of a page.
func classKindsOf(class, id string) uint8 {
	var buf [maxClassID]byte
	b, ok := lowerClassID(&buf, class, id)
	if !ok {
		return classKinds(joinClassID(class, id))
	}
	var kinds uint8
	var pair [maxClassID]byte
	var prev []byte
	for i := 0; ; {
		w, j := nextClassWord(b, i)
		if len(w) == 0 {
			return kinds
		}
		if classKindFilter.mayBytes(w) {
			kinds |= classWordKinds[string(w)]
		}
		if len(prev) > 0 && pairFirstFilter.mayBytes(prev) && pairFirst[string(prev)] {
			p := append(append(append(pair[:0], prev...), ' '), w...)
			kinds |= classWordKinds[string(p)]
		}
		prev, i = w, j
	}
}

// hasClassWordOf is hasClassWord(joinClassID(class, id), set), without
// building the string in the common case.
func hasClassWordOf(class, id string, set map[string]bool) bool {
	var buf [maxClassID]byte
	b, ok := lowerClassID(&buf, class, id)
	if !ok {
		return hasClassWord(joinClassID(class, id), set)
	}
	var pair [maxClassID]byte
	var prev []byte
	for i := 0; ; {
		w, j := nextClassWord(b, i)
		if len(w) == 0 {
			return false
		}
		if set[string(w)] {
			return true
		}
		if len(prev) > 0 && pairFirstFilter.mayBytes(prev) && pairFirst[string(prev)] {
			if set[string(append(append(append(pair[:0], prev...), ' '), w...))] {
				return true
			}
		}
		prev, i = w, j
	}
}

// mayBytes is may for a word held in bytes.
func (f *wordFilter) mayBytes(w []byte) bool {
	return f.lens&(1<<min(len(w), 63)) != 0 && f.first[w[0]]
}
