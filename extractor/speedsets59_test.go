package extractor

import "testing"

// BenchmarkExtractSets extracts every page of one set per op, Extract alone
// (no readability beside it), for profiles and before/after figures; on a
// loaded machine read its cpu-ns/op (reportCPU), not the wall clock:
//
//	go test ./extractor -run '^$' -bench 'ExtractSets/dragnet' -benchtime 3x -count 6 -cpu 1
func BenchmarkExtractSets(b *testing.B) {
	for _, set := range []string{"dragnet", "zh-cwced"} {
		b.Run(set, func(b *testing.B) {
			pages := setPages(b, set)
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				for _, p := range pages {
					_, _ = Extract(p.page, p.url, Options{})
				}
			}
			reportCPU(b, cpu0)
		})
	}
}
