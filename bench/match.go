package main

import "strings"

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// authorsMatch compares an extractor's authors with a label such as
// "A, B and C": equal as a whole string, or the same set of names.
func authorsMatch(got []string, label string) bool {
	if len(got) == 0 {
		return false
	}
	if strings.EqualFold(normSpace(strings.Join(got, ", ")), normSpace(label)) {
		return true
	}
	want := map[string]bool{}
	for _, n := range splitLabel(label) {
		want[n] = true
	}
	have := map[string]bool{}
	for _, g := range got {
		for _, n := range splitLabel(g) {
			have[n] = true
		}
	}
	if len(want) != len(have) {
		return false
	}
	for n := range want {
		if !have[n] {
			return false
		}
	}
	return true
}

func splitLabel(s string) []string {
	// German "und" too: trafilatura-eval writes "A und B".
	s = strings.NewReplacer(" and ", ",", " und ", ",", " & ", ",", ";", ",", "、", ",", "，", ",").Replace(s)
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.ToLower(normSpace(p)); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 1 && !strings.ContainsAny(s, ",") {
		// Chinese labels separate names with spaces: "王建宏 张文攀".
		if f := strings.Fields(out[0]); len(f) > 1 && allHan(out[0]) {
			return f
		}
	}
	return out
}

func allHan(s string) bool {
	for _, r := range s {
		if r != ' ' && (r < 0x4e00 || r > 0x9fff) {
			return false
		}
	}
	return true
}

// dateMatch compares a date with a label of day, month or year precision.
func dateMatch(got, label string) bool {
	return len(got) >= len(label) && got[:len(label)] == label
}
