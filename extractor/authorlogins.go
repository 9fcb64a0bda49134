package extractor

import "strings"

// A login or a social handle ("jdoe", "@janedoe") stands for a person's
// name: sites make it from the name's words, and a full name found
// beside it, in another source or in the author page's address, is
// written out in its place (a full name beats a handle).

// loginName reports whether name is an account's login rather than a
// name written out: one word of ASCII letters, digits and ".", "_", "-"
// with no capital ("jdoe", "jane_doe", "janedoe84").
func loginName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

// loginSpells reports whether login is a login made of the name's words
// as sites make them: "jroe", "johnroe", "john.roe", "john_roe",
// "john-roe", "roej", "john", "roe".
func loginSpells(login, name string) bool {
	w := strings.Fields(bareName(name))
	if len(w) < 2 {
		return false
	}
	l := strings.NewReplacer(".", "", "_", "", "-", "").Replace(login)
	first, last := simplify(w[0]), simplify(w[len(w)-1])
	if first == "" || last == "" {
		return false
	}
	return l == first+last || l == first[:1]+last || l == last+first[:1] || l == first || l == last
}

// loginSlugName is the full name that the address of an author link,
// its text a login or a social handle ("<a href="/author/jane-doe/">
// @janedoe</a>"), spells (slugAuthor) when the login is made of that
// name's words (loginSpells): WordPress builds the archive's address from
// the name its owner chose while a theme may show the handle. A full name
// beats a handle.
func loginSlugName(text, path string) string {
	login := strings.TrimPrefix(strings.TrimSpace(text), "@")
	if !loginName(login) {
		return ""
	}
	if full := slugAuthor(path, ""); full != "" && loginSpells(login, full) {
		return full
	}
	return ""
}
