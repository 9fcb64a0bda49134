package main

import (
	"fmt"
	"hash/fnv"
)

// Halves of a dataset. Rules are written and fitted on the fit half; the
// held-out half says whether a change generalises (issue 13, item 7).
const (
	halfFit  = "fit"
	halfHeld = "held-out"
)

// halfOf puts a page in the fit half when the upper 16 bits of the FNV-1a
// (32-bit) hash of its id are even, else in the held-out half. The id is
// the dataset's own key, so the split does not move when pages are added to
// or dropped from a set. (FNV-1a's lowest bit is only the parity of the
// number of odd bytes, as each step multiplies by an odd prime: with
// sequential ids such as wcxb-dev's "0001".."0793" it would alternate with
// the digits, not mix.)
func halfOf(id string) string {
	h := fnv.New32a()
	h.Write([]byte(id))
	if (h.Sum32()>>16)%2 == 0 {
		return halfFit
	}
	return halfHeld
}

// parseHalves reads the -half flag: "both" (the default), "fit" or
// "held-out".
func parseHalves(s string) ([]string, error) {
	switch s {
	case "", "both":
		return []string{halfFit, halfHeld}, nil
	case halfFit, halfHeld:
		return []string{s}, nil
	}
	return nil, fmt.Errorf("-half %q: want fit, held-out or both", s)
}
