// Empty: an assembly file lets ours.go declare parseDate without a body, for go:linkname.
