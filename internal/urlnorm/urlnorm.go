// Package urlnorm normalises URLs: the one form in which the crawl state
// keys pages and from which the extractor derives article ids, so that both
// agree. It is pure and safe for concurrent use.
package urlnorm

import (
	"net/url"
	"path"
	"sort"
	"strings"
)

// trackingParams are query parameters that never change what a page says.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true, "mc_cid": true,
	"mc_eid": true, "igshid": true, "_ga": true, "_gl": true, "ref_src": true, "spm": true,
	"phpsessid": true, "jsessionid": true, "sessionid": true, "sid": true, "session_id": true,
	"aspsessionid": true, "cfid": true, "cftoken": true, "srsltid": true,
}

// URL returns the canonical form of u: lower-case scheme and host, no
// user info, no default port, no fragment, a cleaned path, sorted query
// without tracking and session parameters (utm_*, fbclid, gclid, session
// ids). It reports false for URLs that are not http, https or file, and
// for http and https URLs without a host ("http:x", "http://./"): RFC
// 9110 §4.2.1 forbids them, and nothing can be fetched from them.
func URL(u *url.URL) (string, bool) {
	v := *u
	v.Scheme = strings.ToLower(v.Scheme)
	switch v.Scheme {
	case "http", "https", "file":
	default:
		return "", false
	}
	v.Fragment, v.RawFragment = "", ""
	v.User = nil
	host := strings.ToLower(v.Hostname())
	port := v.Port()
	if (v.Scheme == "http" && port == "80") || (v.Scheme == "https" && port == "443") {
		port = ""
	}
	host = strings.TrimRight(host, ".") // all of them: "a.." normalises to what "a." does
	if host == "" && v.Scheme != "file" {
		return "", false
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port != "" {
		host += ":" + port
	}
	v.Host = host
	if v.Path == "" && v.Scheme != "file" {
		v.Path = "/"
	} else if v.Path != "/" && v.Path != "" { // path.Clean("") is "."
		trailing := strings.HasSuffix(v.Path, "/")
		v.Path = path.Clean(v.Path)
		if trailing && v.Path != "/" {
			v.Path += "/"
		}
	}
	v.RawPath = ""
	if v.RawQuery != "" {
		q := v.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				delete(q, k)
			}
		}
		keys := make([]string, 0, len(q))
		for k := range q {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			vals := q[k]
			sort.Strings(vals)
			for _, val := range vals {
				if b.Len() > 0 {
					b.WriteByte('&')
				}
				b.WriteString(url.QueryEscape(k))
				b.WriteByte('=')
				b.WriteString(url.QueryEscape(val))
			}
		}
		v.RawQuery = b.String()
	}
	v.ForceQuery = false
	return v.String(), true
}
