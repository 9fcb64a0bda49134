package main

import (
	"math"
	"math/rand/v2"
	"strings"
	"unicode"
)

// tokens splits s into maximal runs of letters, digits and '_' (Python's
// \w+), as the scrapinghub article-extraction-benchmark does.
func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

// charTokens splits s into single letters and digits, for scoring Chinese
// text where a whole clause is one \w+ token.
func charTokens(s string) []string {
	var out []string
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			out = append(out, string(r))
		}
	}
	return out
}

func shingles(toks []string, n int) map[string]int {
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < n {
		out[strings.Join(toks, "\x00")]++
		return out
	}
	for i := 0; i+n <= len(toks); i++ {
		out[strings.Join(toks[i:i+n], "\x00")]++
	}
	return out
}

// pageScore is one page's shingle counts, normalised to sum to one.
type pageScore struct {
	tp, fp, fn float64
	returned   bool // the extractor returned any text
	exact      bool // token sequences equal
}

func scorePage(truthText, pred string, tok func(string) []string) pageScore {
	tt, pt := tok(truthText), tok(pred)
	t, p := shingles(tt, 4), shingles(pt, 4)
	var tp, fp, fn float64
	for k, tc := range t {
		pc := p[k]
		tp += float64(min(tc, pc))
		fn += float64(max(0, tc-pc))
	}
	for k, pc := range p {
		fp += float64(max(0, pc-t[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return pageScore{tp: tp, fp: fp, fn: fn, returned: len(pt) > 0, exact: strings.Join(tt, " ") == strings.Join(pt, " ")}
}

func (s pageScore) precision() float64 {
	if s.fp == 0 && s.fn == 0 {
		return 1
	}
	if s.tp+s.fp == 0 {
		return 0
	}
	return s.tp / (s.tp + s.fp)
}

func (s pageScore) recall() float64 {
	if s.fp == 0 && s.fn == 0 {
		return 1
	}
	if s.tp+s.fn == 0 {
		return 0
	}
	return s.tp / (s.tp + s.fn)
}

type corpusScore struct {
	p, r, f1, f1std, acc float64
}

func corpus(scores []pageScore) corpusScore {
	p, r, f, acc := aggregate(scores)
	// Bootstrap the page list 1,000 times for the spread of F1.
	rng := rand.New(rand.NewPCG(1, 2))
	var sum, sumSq float64
	const n = 1000
	sample := make([]pageScore, len(scores))
	for range n {
		for i := range sample {
			sample[i] = scores[rng.IntN(len(scores))]
		}
		_, _, bf, _ := aggregate(sample)
		sum += bf
		sumSq += bf * bf
	}
	mean := sum / n
	return corpusScore{p: p, r: r, f1: f, f1std: math.Sqrt(max(0, sumSq/n-mean*mean)), acc: acc}
}

func aggregate(scores []pageScore) (p, r, f, acc float64) {
	var np, sp, sr, exact float64
	for _, s := range scores {
		if s.returned {
			sp += s.precision()
			np++
		}
		sr += s.recall()
		if s.exact {
			exact++
		}
	}
	if np > 0 {
		p = sp / np
	}
	r = sr / float64(len(scores))
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f, exact / float64(len(scores))
}

// snippetScore counts, as trafilatura's evaluation does, the snippets a body
// must hold that it holds (tp) or lacks (fn), and the snippets it must not
// hold that it holds (fp) or lacks (tn).
type snippetScore struct{ tp, fn, fp, tn int }

// scoreSnippets scores text against the snippets with and without. White
// space runs count as one space on both sides, for every extractor alike.
func scoreSnippets(with, without []string, text string) snippetScore {
	var s snippetScore
	text = normSpace(text)
	for _, w := range with {
		if text != "" && strings.Contains(text, normSpace(w)) {
			s.tp++
		} else {
			s.fn++
		}
	}
	for _, w := range without {
		if text != "" && strings.Contains(text, normSpace(w)) {
			s.fp++
		} else {
			s.tn++
		}
	}
	return s
}

func (s snippetScore) plus(o snippetScore) snippetScore {
	return snippetScore{s.tp + o.tp, s.fn + o.fn, s.fp + o.fp, s.tn + o.tn}
}

func (s snippetScore) n() int { return s.tp + s.fn + s.fp + s.tn }

func (s snippetScore) precision() float64 { return ratio(s.tp, s.tp+s.fp) }

func (s snippetScore) recall() float64 { return ratio(s.tp, s.tp+s.fn) }

func (s snippetScore) f1() float64 { return ratio(2*s.tp, 2*s.tp+s.fp+s.fn) }

func (s snippetScore) accuracy() float64 { return ratio(s.tp+s.tn, s.n()) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
