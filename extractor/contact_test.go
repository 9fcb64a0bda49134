package extractor

import (
	"math/rand/v2"
	"testing"
)

// TestMayNameContact checks the one-pass test against the four passes it
// replaced, on texts built from the fragments' letters in any case, the
// bytes that fold to them and a few others.
func TestMayNameContact(t *testing.T) {
	slow := func(s string) bool {
		return hasFoldASCII(s, "ontact") || hasFoldASCII(s, "ontakt") || hasFoldASCII(s, "ontatt") || hasFoldASCII(s, "nsprech")
	}
	for _, s := range []string{"", "Contact", "CONTACT:", "Kontakt", "Pressekontakt:", "Contatti", "Ansprechpartner", "ANSPRECH", "nsprec", "ontac", "ontaxt", "o\x0etact", "conta\u00e7t"} {
		if got, want := mayNameContact(s), slow(s); got != want {
			t.Errorf("mayNameContact(%q) = %v, want %v", s, got, want)
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ontackspreONTACKSPRE \x0e\x0f\x14\xc3")
	buf := make([]byte, 12)
	for range 200_000 {
		n := r.IntN(len(buf) + 1)
		for i := range n {
			buf[i] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(buf[:n])
		if got, want := mayNameContact(s), slow(s); got != want {
			t.Fatalf("mayNameContact(%q) = %v, want %v", s, got, want)
		}
	}
}
