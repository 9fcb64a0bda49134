package extractor

import "flag"

var fullFlag = flag.Bool("full", false, "under -race, run the differential tests' every random text, the page matrices' every case and TestLanguageAccuracy's every page, as go test without -race does")

// raceShare: under the race detector a differential test draws one in
// raceShare of its random texts, and TestLanguageAccuracy reads one in
// raceShare of the benchmark pages (a page matrix: one case in six).
const raceShare = 8

// sampled reports whether the tests take a fixed share of their random
// texts, matrix cases and corpus pages: under -race (the README's test
// command, where the regexp package and Extract run about ten times
// slower) unless -full is set. .ci/run runs them all without -race too.
func sampled() bool { return raceBuild && !*fullFlag }

// draws is how many random texts a differential test that draws n
// without -race draws: the first n/8 of the same sequence under -race
// (sampled), and n/8 for a floor on the matches among them.
func draws(n int) int {
	if sampled() {
		return n / raceShare
	}
	return n
}
