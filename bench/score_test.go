package main

import (
	"math"
	"testing"
)

func TestTokens(t *testing.T) {
	got := tokens("Hello, world! It's 2024_x — 重庆新闻。Café")
	want := []string{"Hello", "world", "It", "s", "2024_x", "重庆新闻", "Café"}
	if len(got) != len(want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("tokens = %q, want %q", got, want)
		}
	}
}

func TestScorePage(t *testing.T) {
	truth := "one two three four five six"
	// Exact: P = R = 1.
	if s := scorePage(truth, truth, tokens); s.precision() != 1 || s.recall() != 1 || !s.exact {
		t.Errorf("exact match scored %+v", s)
	}
	// Half the shingles: truth has 3 shingles, prediction "one two three four" has 1, all right.
	s := scorePage(truth, "one two three four", tokens)
	if s.precision() != 1 || math.Abs(s.recall()-1.0/3) > 1e-9 {
		t.Errorf("prefix scored P=%v R=%v, want 1 and 1/3", s.precision(), s.recall())
	}
	// Nothing returned: recall 0, and the page does not count for precision.
	if s := scorePage(truth, "", tokens); s.returned || s.recall() != 0 {
		t.Errorf("empty prediction scored %+v", s)
	}
	// Short texts are one shingle.
	if s := scorePage("a b", "a b", tokens); s.precision() != 1 || s.recall() != 1 {
		t.Errorf("short exact scored %+v", s)
	}
}

func TestAggregate(t *testing.T) {
	scores := []pageScore{
		scorePage("a b c d e", "a b c d e", tokens),
		scorePage("a b c d e", "", tokens),
	}
	p, r, f, acc := aggregate(scores)
	if p != 1 || r != 0.5 || math.Abs(f-2.0/3) > 1e-9 || acc != 0.5 {
		t.Errorf("aggregate = P %v R %v F %v acc %v, want 1, 0.5, 0.667, 0.5", p, r, f, acc)
	}
}

func TestMetadataMatch(t *testing.T) {
	if !authorsMatch([]string{"Jared Newman", "Sam Singleton"}, "Jared Newman and Sam Singleton") {
		t.Error("authorsMatch misses a joined label")
	}
	if !authorsMatch([]string{"Fiona Bornhöft", "Mariam Hofbeck"}, "Fiona Bornhöft und Mariam Hofbeck") {
		t.Error("authorsMatch misses a German joined label")
	}
	if !authorsMatch([]string{"王建宏", "张文攀"}, "王建宏 张文攀") {
		t.Error("authorsMatch misses a space-separated Chinese label")
	}
	if authorsMatch([]string{"Jared Newman"}, "Jared Newman and Sam Singleton") {
		t.Error("authorsMatch accepts a partial list")
	}
	if !dateMatch("2025-03-05T10:00:00Z", "2025-03-05") || !dateMatch("2025-03-05", "2025-03") || dateMatch("2025-03-06", "2025-03-05") {
		t.Error("dateMatch is wrong")
	}
}

func TestScoreSnippets(t *testing.T) {
	with := []string{"the first  line", "a second"}
	without := []string{"Leave a Reply", "Impressum"}
	s := scoreSnippets(with, without, "Intro. The first line\nends here.\n\nthe first line and a second one. Impressum")
	if s != (snippetScore{tp: 2, fn: 0, fp: 1, tn: 1}) {
		t.Errorf("scoreSnippets = %+v, want 2 found, 1 unwanted found, 1 unwanted absent", s)
	}
	empty := scoreSnippets(with, without, "")
	if empty != (snippetScore{fn: 2, tn: 2}) {
		t.Errorf("scoreSnippets on no text = %+v, want every wanted snippet missed and no unwanted one found", empty)
	}
	sum := empty.plus(snippetScore{tp: 3, fp: 1})
	if sum.n() != 8 || sum.precision() != 0.75 || sum.recall() != 0.6 || sum.accuracy() != 5.0/8 {
		t.Errorf("sum %+v: n %d, P %.3f, R %.3f, accuracy %.3f", sum, sum.n(), sum.precision(), sum.recall(), sum.accuracy())
	}
	if got := (snippetScore{}).f1(); got != 0 {
		t.Errorf("F1 of nothing = %v, want 0", got)
	}
}
