package main

import (
	"fmt"
	"testing"
)

func TestHalfOf(t *testing.T) {
	// FNV-1a 32 computed independently (Python): "0001" 0xb4edd142 (upper
	// half odd), "a" 0xe40c292c (even), "R1" 0x0c044bcc (even), "100"
	// 0x6733d49c (odd).
	for _, tc := range []struct{ id, want string }{
		{"0001", halfHeld},
		{"a", halfFit},
		{"R1", halfFit},
		{"100", halfHeld},
	} {
		if got := halfOf(tc.id); got != tc.want {
			t.Errorf("halfOf(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}

func TestHalfOfStableAndBalanced(t *testing.T) {
	n := map[string]int{}
	for i := 1; i <= 2000; i++ {
		id := fmt.Sprintf("%04d", i)
		h := halfOf(id)
		if halfOf(id) != h {
			t.Fatalf("halfOf(%q) changed between calls", id)
		}
		n[h]++
	}
	// A fair coin over 2,000 ids stays within 45-55 % with overwhelming
	// odds; the lowest bit of FNV-1a would split these by digit parity.
	if n[halfFit] < 900 || n[halfHeld] < 900 {
		t.Errorf("halves of 2,000 sequential ids: %v, want each at least 900", n)
	}
}

func TestParseHalves(t *testing.T) {
	for in, want := range map[string]int{"": 2, "both": 2, "fit": 1, "held-out": 1} {
		got, err := parseHalves(in)
		if err != nil || len(got) != want {
			t.Errorf("parseHalves(%q) = %v, %v; want %d halves", in, got, err, want)
		}
	}
	if _, err := parseHalves("train"); err == nil {
		t.Error("parseHalves(\"train\") gave no error")
	}
}

func TestSelectHalves(t *testing.T) {
	pages := []page{{id: "0001"}, {id: "R1"}, {id: "a"}, {id: "100"}}
	if got := selectHalves(pages, []string{halfFit, halfHeld}); len(got) != 4 {
		t.Errorf("selectHalves(both) kept %d pages, want 4", len(got))
	}
	fit := selectHalves(pages, []string{halfFit})
	if len(fit) != 2 || fit[0].id != "R1" || fit[1].id != "a" {
		t.Errorf("selectHalves(fit) = %v, want R1 and a", fit)
	}
}
