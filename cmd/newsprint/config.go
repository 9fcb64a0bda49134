package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsprint/newsprint/extractor"
	"go.yaml.in/yaml/v3"
)

// configFile is the --config YAML: defaults for every site, then the sites.
//
//	defaults:
//	  delay: 2s
//	  max_depth: 4
//	sites:
//	  - name: ichongqing
//	    seeds: [https://www.ichongqing.info/]
//	    max_pages: 500
//	    selectors:
//	      content: div.detail-content
//	      remove: [.share, .hot]
type configFile struct {
	Defaults siteConfig   `yaml:"defaults"`
	Sites    []siteConfig `yaml:"sites"`
}

// siteConfig is one site's crawl; a field the file leaves out takes the
// default, and a field it sets, even to zero, keeps its value (delay: 0s
// means no delay, as --delay 0s does).
type siteConfig struct {
	Name       string              `yaml:"name"`
	Seeds      []string            `yaml:"seeds"`
	AllowHosts []string            `yaml:"allow_hosts"`
	Include    []string            `yaml:"include"`
	Exclude    []string            `yaml:"exclude"`
	MaxPages   number              `yaml:"max_pages"`
	MaxDepth   number              `yaml:"max_depth"`
	Delay      duration            `yaml:"delay"`
	Parallel   number              `yaml:"parallel"`
	Timeout    duration            `yaml:"timeout"`
	UserAgent  string              `yaml:"user_agent"`
	Selectors  extractor.Selectors `yaml:"selectors"`
}

// duration reads "2s", "1m30s" in YAML and remembers that it was set.
type duration struct {
	time.Duration
	set bool
}

func (d *duration) UnmarshalYAML(n *yaml.Node) error {
	v, err := time.ParseDuration(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %q is not a duration like 2s or 1m30s", n.Line, n.Value)
	}
	d.Duration, d.set = v, true
	return nil
}

// number is an integer setting that remembers that it was set.
type number struct {
	N   int
	set bool
}

func (v *number) UnmarshalYAML(n *yaml.Node) error {
	if err := n.Decode(&v.N); err != nil {
		return fmt.Errorf("line %d: %q is not a whole number", n.Line, n.Value)
	}
	v.set = true
	return nil
}

// check returns an error naming the first setting of s that cannot be
// meant; name turns a setting's YAML key into how the user wrote it (a
// flag or a key of a file).
func (s *siteConfig) check(name func(key string) string) error {
	switch {
	case s.MaxPages.N < 0:
		return fmt.Errorf("%s %d: want 0 (no limit) or more", name("max_pages"), s.MaxPages.N)
	case s.MaxDepth.N < 0:
		return fmt.Errorf("%s %d: want 0 (the seeds only) or more", name("max_depth"), s.MaxDepth.N)
	case s.Delay.Duration < 0:
		return fmt.Errorf("%s %s: want 0s (none) or more", name("delay"), s.Delay.Duration)
	case s.Parallel.set && s.Parallel.N < 1:
		return fmt.Errorf("%s %d: want 1 or more", name("parallel"), s.Parallel.N)
	case s.Timeout.set && s.Timeout.Duration <= 0:
		return fmt.Errorf("%s %s: want more than 0s", name("timeout"), s.Timeout.Duration)
	}
	return nil
}

// flagName is the command-line flag of a YAML key.
func flagName(key string) string { return "--" + strings.ReplaceAll(key, "_", "-") }

// loadConfig reads and checks a --config file. Unknown keys are errors, so
// that a typo does not silently crawl with defaults.
func loadConfig(path string) (configFile, error) {
	var cf configFile
	b, err := os.ReadFile(path)
	if err != nil {
		return cf, err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&cf); err != nil {
		return cf, fmt.Errorf("%s: %w", path, unknownKeys(err))
	}
	if len(cf.Sites) == 0 {
		return cf, fmt.Errorf("%s: no sites", path)
	}
	for i := range cf.Sites {
		s := &cf.Sites[i]
		if s.Name == "" {
			s.Name = fmt.Sprintf("site %d", i+1)
		}
		if len(s.Seeds) == 0 {
			return cf, fmt.Errorf("%s: %s has no seeds", path, s.Name)
		}
		s.fill(cf.Defaults)
		if err := s.check(func(key string) string { return s.Name + ": " + key }); err != nil {
			return cf, fmt.Errorf("%s: %w", path, err)
		}
		if err := s.Selectors.Validate(); err != nil {
			return cf, fmt.Errorf("%s: %s: %w", path, s.Name, err)
		}
	}
	return cf, nil
}

// fill takes from d every field s leaves unset.
func (s *siteConfig) fill(d siteConfig) {
	if len(s.AllowHosts) == 0 {
		s.AllowHosts = d.AllowHosts
	}
	if len(s.Include) == 0 {
		s.Include = d.Include
	}
	if len(s.Exclude) == 0 {
		s.Exclude = d.Exclude
	}
	if !s.MaxPages.set {
		s.MaxPages = d.MaxPages
	}
	if !s.MaxDepth.set {
		s.MaxDepth = d.MaxDepth
	}
	if !s.Delay.set {
		s.Delay = d.Delay
	}
	if !s.Parallel.set {
		s.Parallel = d.Parallel
	}
	if !s.Timeout.set {
		s.Timeout = d.Timeout
	}
	if s.UserAgent == "" {
		s.UserAgent = d.UserAgent
	}
	if d.Selectors.Content != "" || d.Selectors.Title != "" || d.Selectors.Date != "" || d.Selectors.Author != "" || len(d.Selectors.Remove) > 0 {
		if s.Selectors.Content == "" {
			s.Selectors.Content = d.Selectors.Content
		}
		if s.Selectors.Title == "" {
			s.Selectors.Title = d.Selectors.Title
		}
		if s.Selectors.Date == "" {
			s.Selectors.Date = d.Selectors.Date
		}
		if s.Selectors.Author == "" {
			s.Selectors.Author = d.Selectors.Author
		}
		s.Selectors.Remove = append(s.Selectors.Remove, d.Selectors.Remove...)
	}
}

// override puts the values of flags given explicitly on the command line
// over the site's: flags win.
func (s *siteConfig) override(f siteConfig, set map[string]bool) {
	if set["allow-host"] {
		s.AllowHosts = f.AllowHosts
	}
	if set["include"] {
		s.Include = f.Include
	}
	if set["exclude"] {
		s.Exclude = f.Exclude
	}
	if set["max-pages"] {
		s.MaxPages = f.MaxPages
	}
	if set["max-depth"] {
		s.MaxDepth = f.MaxDepth
	}
	if set["delay"] {
		s.Delay = f.Delay
	}
	if set["parallel"] {
		s.Parallel = f.Parallel
	}
	if set["timeout"] {
		s.Timeout = f.Timeout
	}
	if set["user-agent"] {
		s.UserAgent = f.UserAgent
	}
}

// checkCrawlFlags returns an error naming the first crawl flag whose value
// cannot be meant.
func checkCrawlFlags(site *siteConfig, concurrency, retries int, leaseTTL time.Duration) error {
	if err := site.check(flagName); err != nil {
		return err
	}
	switch {
	case concurrency < 1:
		return fmt.Errorf("--concurrency %d: want 1 or more", concurrency)
	case retries < 0:
		return fmt.Errorf("--retries %d: want 0 (none) or more", retries)
	case leaseTTL <= 0:
		return fmt.Errorf("--lease-ttl %s: want more than 0s", leaseTTL)
	}
	return nil
}

// unknownKeys words yaml's errors for a key the file may not have in the
// file's terms: `line 3: unknown key "seedz"`, not "field seedz not found
// in type main.siteConfig".
func unknownKeys(err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		return err
	}
	for i, e := range te.Errors {
		if where, rest, ok := strings.Cut(e, ": field "); ok {
			if key, _, ok := strings.Cut(rest, " not found in type "); ok {
				te.Errors[i] = fmt.Sprintf("%s: unknown key %q", where, key)
			}
		}
	}
	return err
}

// seedHint is the URL a seed without a scheme was likely meant as: a
// local path as its file:// URL, a host name as https.
func seedHint(seed string) string {
	if strings.Contains(seed, "://") || seed == "" {
		return ""
	}
	if _, err := os.Stat(seed); err == nil || strings.HasPrefix(seed, "/") || strings.HasPrefix(seed, ".") {
		if abs, err := filepath.Abs(seed); err == nil {
			return fmt.Sprintf(" (a local file is crawled as a file:// URL: %q)", "file://"+filepath.ToSlash(abs))
		}
		return ""
	}
	return fmt.Sprintf(" (did you mean %q?)", "https://"+seed)
}
