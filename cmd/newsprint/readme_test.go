package main

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// readmeSection is the text of README.md's "## `newsprint NAME`" section,
// up to the next second-level heading.
func readmeSection(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	head := "\n## `newsprint " + name + "`"
	i := strings.Index(s, head)
	if i < 0 {
		t.Fatalf("README.md has no %q section", strings.TrimSpace(head))
	}
	s = s[i+len(head):]
	if j := strings.Index(s, "\n## "); j >= 0 {
		s = s[:j]
	}
	return s
}

// helpFlags are the flags 'newsprint CMD --help' lists.
func helpFlags(t *testing.T, cmd string) []string {
	t.Helper()
	stdout, stderr, code := runCLI(t, "", cmd, "--help")
	if code != 0 {
		t.Fatalf("newsprint %s --help: exit %d\n%s", cmd, code, stderr)
	}
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^  -([a-z][a-z0-9-]*)`).FindAllStringSubmatch(stdout+stderr, -1) {
		flags = append(flags, m[1])
	}
	if len(flags) < 3 {
		t.Fatalf("newsprint %s --help lists %d flags:\n%s%s", cmd, len(flags), stdout, stderr)
	}
	return flags
}

var reFlagName = regexp.MustCompile("`--?([a-z][a-z0-9-]*)")

// The README's table of crawl flags and 'newsprint crawl --help' list the
// same flags: a flag added to one is added to the other.
func TestReadmeCrawlFlagsTable(t *testing.T) {
	documented := map[string]bool{}
	for _, line := range strings.Split(readmeSection(t, "crawl"), "\n") {
		if !strings.HasPrefix(line, "| `-") {
			continue
		}
		first, _, _ := strings.Cut(line[1:], " |")
		for _, m := range reFlagName.FindAllStringSubmatch(first, -1) {
			documented[m[1]] = true
		}
	}
	help := helpFlags(t, "crawl")
	for _, f := range help {
		if !documented[f] {
			t.Errorf("newsprint crawl --%s is not in README.md's table of crawl flags", f)
		}
	}
	for f := range documented {
		if !slices.Contains(help, f) {
			t.Errorf("README.md's table of crawl flags has --%s, which newsprint crawl --help does not list", f)
		}
	}
}

// Every flag of 'newsprint extract' is named in its README section.
func TestReadmeExtractFlags(t *testing.T) {
	named := map[string]bool{}
	for _, m := range reFlagName.FindAllStringSubmatch(readmeSection(t, "extract"), -1) {
		named[m[1]] = true
	}
	for _, f := range helpFlags(t, "extract") {
		if !named[f] {
			t.Errorf("newsprint extract --%s is not named in README.md's newsprint extract section", f)
		}
	}
}
