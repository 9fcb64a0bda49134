package sqlitestore

// NextSQL are Next's queries, for their plans.
var NextSQL = []string{nextSQL, heldSQL}
