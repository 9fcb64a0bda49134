package extractor

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/newsprint/newsprint/internal/sharedpages"
)

var learnFlag = flag.String("learnrank", "", "fit the date ranker on the fit halves of wcxb-dev and htmldate-eval and write its weights to this Go file (TestLearnRank)")

// rankPage is one page's options and which of them are right.
type rankPage struct {
	set, id string
	fit     bool
	opts    []dayOption
	right   []bool
}

// rankLabel is a date label of year, month or day precision as bench's
// dateLabel writes it ("1998-3" is "1998-03"); ok false when it is no date.
func rankLabel(s string) (string, bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return "", false
	}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || i > 0 && (len(p) > 2 || len(p) == 0) {
			return "", false
		}
		if i > 0 {
			parts[i] = fmt.Sprintf("%02d", n)
		}
	}
	return strings.Join(parts, "-"), true
}

// fitHalf is bench's halfOf: the fit half holds the ids whose FNV-1a hash
// has an even upper half.
func fitHalf(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return (h.Sum32()>>16)%2 == 0
}

// loadRankPages extracts every labelled page of the two sets and records
// its options (rankTrace). The held-out half is kept for counts only.
func loadRankPages(t *testing.T) []rankPage {
	var pages []rankPage
	for _, set := range []string{"wcxb-dev", "htmldate-eval"} {
		dir := filepath.Join("../../shared/benchmarks", set)
		raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
		if err != nil {
			t.Skipf("%s is not there (%v)", dir, err)
		}
		var truth map[string]map[string]json.RawMessage
		if err := json.Unmarshal(raw, &truth); err != nil {
			t.Fatal(err)
		}
		ids := make([]string, 0, len(truth))
		for id := range truth {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		for _, id := range ids {
			lab, ok := truth[id]["date"]
			if !ok {
				continue
			}
			label, none := "", string(lab) == "null"
			if !none {
				var s string
				if json.Unmarshal(lab, &s) != nil {
					continue
				}
				if label, ok = rankLabel(s); !ok {
					continue
				}
			}
			var u string
			json.Unmarshal(truth[id]["url"], &u)
			html, err := sharedpages.ReadPage(filepath.Join(dir, "html", id+".html"))
			if err != nil {
				t.Fatal(err)
			}
			var opts []dayOption
			rankTrace = func(o []dayOption) { opts = o }
			Extract(html, u, Options{})
			rankTrace = nil
			if opts == nil {
				// No date candidates were weighed (no text): the
				// cascade's none is the only option.
				o := dayOption{none: true}
				o.f[fNone], o.f[fCascade] = 1, 1
				opts = []dayOption{o}
			}
			p := rankPage{set: set, id: id, fit: fitHalf(id), opts: opts}
			for _, o := range opts {
				day := fmt.Sprintf("%04d-%02d-%02d", o.day/10000, o.day/100%100, o.day%100)
				p.right = append(p.right, o.none && none || !o.none && !none && strings.HasPrefix(day, label))
			}
			pages = append(pages, p)
		}
	}
	return pages
}

// fitRank fits a conditional logit (a softmax over each page's options)
// with L2 penalty l2 by gradient descent.
func fitRank(pages []rankPage, l2 float64) [nDayFeatures]float64 {
	var w [nDayFeatures]float64
	// Adam.
	var m1, m2 [nDayFeatures]float64
	const lr, b1, b2 = 0.05, 0.9, 0.999
	for it := 1; it <= 1500; it++ {
		var g [nDayFeatures]float64
		n := 0
		for _, p := range pages {
			if !slices.Contains(p.right, true) {
				continue
			}
			n++
			sc := make([]float64, len(p.opts))
			mx := math.Inf(-1)
			for j, o := range p.opts {
				for k, v := range o.f {
					sc[j] += float64(v) * w[k]
				}
				mx = max(mx, sc[j])
			}
			var z, zc float64
			for j := range sc {
				sc[j] = math.Exp(sc[j] - mx)
				z += sc[j]
				if p.right[j] {
					zc += sc[j]
				}
			}
			for j, o := range p.opts {
				q := sc[j] / z
				if p.right[j] {
					q -= sc[j] / zc
				}
				for k, v := range o.f {
					g[k] += q * float64(v)
				}
			}
		}
		for k := range g {
			g[k] = g[k]/float64(n) + l2*w[k]
			m1[k] = b1*m1[k] + (1-b1)*g[k]
			m2[k] = b2*m2[k] + (1-b2)*g[k]*g[k]
			mh := m1[k] / (1 - math.Pow(b1, float64(it)))
			vh := m2[k] / (1 - math.Pow(b2, float64(it)))
			w[k] -= lr * mh / (math.Sqrt(vh) + 1e-8)
		}
	}
	return w
}

// rankCounts are a page set's right answers: the cascade's and the
// arbiter's, on dated pages and on pages annotated with no date.
type rankCounts struct{ n, casc, arb, nNone, cascNone, arbNone, fixed, broke int }

func (c rankCounts) String() string {
	return fmt.Sprintf("day %d -> %d of %d, none %d -> %d of %d (fixed %d, broke %d)", c.casc, c.arb, c.n, c.cascNone, c.arbNone, c.nNone, c.fixed, c.broke)
}

// arbiterChoice is the option the arbiter takes: the model's best when it
// beats the cascade's by margin.
func arbiterChoice(p rankPage, w *[nDayFeatures]float64, margin float64, v rankVariant) (arb, cur int) {
	best, cur := -1, -1
	var bs, cs float64
	for j, o := range p.opts {
		var s float64
		for k, v := range o.f {
			s += float64(v) * w[k]
		}
		if best < 0 || s > bs {
			best, bs = j, s
		}
		if o.f[fCascade] == 1 {
			cur, cs = j, s
		}
	}
	if cur < 0 || best == cur || bs-cs < margin || !v.toNone && p.opts[best].none || !v.fromNone && p.opts[cur].none || v.agree && !p.opts[best].none && p.opts[best].f[fAgree] < 1 {
		return cur, cur
	}
	return best, cur
}

func countRank(pages []rankPage, w func(rankPage) *[nDayFeatures]float64, margin float64, v rankVariant) rankCounts {
	var c rankCounts
	for _, p := range pages {
		arb, cur := arbiterChoice(p, w(p), margin, v)
		isNone := p.right[len(p.right)-1]
		ok := func(j int) int {
			if j >= 0 && p.right[j] {
				return 1
			}
			return 0
		}
		if isNone {
			c.nNone++
			c.cascNone += ok(cur)
			c.arbNone += ok(arb)
		} else {
			c.n++
			c.casc += ok(cur)
			c.arb += ok(arb)
		}
		if ok(arb) > ok(cur) {
			c.fixed++
		}
		if ok(arb) < ok(cur) {
			c.broke++
		}
	}
	return c
}

// rankVariant is where the arbiter may act: replacing the cascade's day
// by none (toNone), a none by a day (fromNone), and whether the day it
// takes must be stated by two source groups (agree).
type rankVariant struct{ toNone, fromNone, agree bool }

// rankFit is a fitted arbiter: its penalty, margin and weights.
type rankFit struct {
	v          rankVariant
	l2, margin float64
	net        int
	w          [nDayFeatures]float64
}

// cvRank chooses the penalty and the margin of variant v by 5-fold
// cross-validation on the fit pages, a page broken counting twice a page
// fixed (the arbiter must not lose), then fits all of them.
func cvRank(t *testing.T, fit []rankPage, v rankVariant) rankFit {
	fold := func(p rankPage) int {
		h := fnv.New32a()
		h.Write([]byte(p.set + "/" + p.id))
		return int(h.Sum32() % 5)
	}
	var best *rankFit
	for _, l2 := range []float64{0.001, 0.003, 0.01, 0.03, 0.1} {
		var ws [5][nDayFeatures]float64
		for f := range 5 {
			var train []rankPage
			for _, p := range fit {
				if fold(p) != f {
					train = append(train, p)
				}
			}
			ws[f] = fitRank(train, l2)
		}
		for _, margin := range []float64{0, 0.5, 0.75, 1, 1.25, 1.5, 2} {
			c := countRank(fit, func(p rankPage) *[nDayFeatures]float64 { return &ws[fold(p)] }, margin, v)
			net := c.fixed - 2*c.broke
			if testing.Verbose() && c.fixed+c.broke > 0 {
				t.Logf("%+v cv l2 %.3f margin %.2f: %v", v, l2, margin, c)
			}
			if best == nil || net > best.net {
				best = &rankFit{v: v, l2: l2, margin: margin, net: net}
			}
		}
	}
	best.w = fitRank(fit, best.l2)
	return *best
}

// TestLearnRank fits the date ranker of each variant on the fit half
// (cvRank) and prints its counts on both halves of both sets; the held-out
// half's counts compare the variants, nothing else is read of it. The
// variant that moves between days only (the one arbitrate implements) is
// written as Go (daterank_weights.go).
//
//	go test ./extractor -run TestLearnRank -learnrank daterank_weights.go -count=1 -v
func TestLearnRank(t *testing.T) {
	if *learnFlag == "" {
		t.Skip("-learnrank not set")
	}
	all := loadRankPages(t)
	var fit []rankPage
	for _, p := range all {
		if p.fit {
			fit = append(fit, p)
		}
	}
	var chosen rankFit
	for _, v := range []rankVariant{{false, false, false}, {false, false, true}, {false, true, true}, {true, true, true}} {
		r := cvRank(t, fit, v)
		t.Logf("variant %+v: l2 %.3f margin %.2f (cv net %d)", v, r.l2, r.margin, r.net)
		for _, set := range []string{"wcxb-dev", "htmldate-eval"} {
			for _, half := range []bool{true, false} {
				var ps []rankPage
				for _, p := range all {
					if p.set == set && p.fit == half {
						ps = append(ps, p)
					}
				}
				name := "held-out"
				if half {
					name = "fit (in-sample)"
				}
				t.Logf("  %s %s: %v", set, name, countRank(ps, func(rankPage) *[nDayFeatures]float64 { return &r.w }, r.margin, v))
			}
		}
		if v == (rankVariant{agree: true}) {
			chosen = r
		}
	}
	var b strings.Builder
	b.WriteString("// Code generated by daterank_train_test.go; DO NOT EDIT.\n\npackage extractor\n\n")
	fmt.Fprintf(&b, "// rankMargin is how much higher than the cascade's the model must score\n// another option to replace it (fitted with L2 penalty %g).\nconst rankMargin = %g\n\n", chosen.l2, chosen.margin)
	b.WriteString("// dayWeights are the weights of the features of a day option.\nvar dayWeights = [nDayFeatures]float32{\n")
	for k, v := range chosen.w {
		fmt.Fprintf(&b, "\t%.4f, // %s\n", v, dayFeatureNames[k])
	}
	b.WriteString("}\n")
	src, err := format.Source([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(*learnFlag, src, 0o644); err != nil {
		t.Fatal(err)
	}
}
