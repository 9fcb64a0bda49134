package main

import (
	"fmt"
	"strings"
)

// printTable prints one Markdown table. Columns no page of the set labels
// (bodies on htmldate-eval, metadata on dragnet) are left out.
func printTable(title string, n int, rows []row) {
	fmt.Printf("### %s (%d pages)\n\n", title, n)
	if len(rows) == 0 {
		return
	}
	hasBody, hasSnips := rows[0].bodies > 0, rows[0].snips.n() > 0
	hasTitle, hasAuthor, hasDate, hasNone := rows[0].title.n > 0, rows[0].author.n > 0, rows[0].date.n > 0, rows[0].none.n > 0
	head := []string{"extractor"}
	if hasBody {
		head = append(head, "body P", "body R", "body F1 ±", "exact", "char-4gram F1")
	}
	if hasSnips {
		head = append(head, "snippets P", "snippets R", "snippets F1", "snippets accuracy")
	}
	if hasTitle {
		head = append(head, "title", "title, quotes folded")
	}
	if hasAuthor {
		head = append(head, "author")
	}
	if hasDate {
		head = append(head, "date")
	}
	if hasNone {
		head = append(head, "date none")
	}
	head = append(head, "pages/s (1 core)", "vs readability", "KiB allocated/page", "errors")
	fmt.Println("| " + strings.Join(head, " | ") + " |")
	fmt.Println(strings.Repeat("| --- ", len(head)) + "|")
	var ref float64
	for _, rw := range rows {
		if strings.HasPrefix(rw.name, "readeck") {
			ref = rw.pagesPerSec
		}
	}
	for _, rw := range rows {
		cells := []string{rw.name}
		if hasBody {
			cells = append(cells, f3(rw.body.p), f3(rw.body.r), fmt.Sprintf("%.3f ± %.3f", rw.body.f1, rw.body.f1std), f3(rw.body.acc), f3(rw.chars.f1))
		}
		if hasSnips {
			s := rw.snips
			cells = append(cells, f3(s.precision()), f3(s.recall()), f3(s.f1()), f3(s.accuracy()))
		}
		if hasTitle {
			cells = append(cells, rw.title.String(), rw.titleQ.String())
		}
		if hasAuthor {
			cells = append(cells, rw.author.String())
		}
		if hasDate {
			cells = append(cells, rw.date.String())
		}
		if hasNone {
			cells = append(cells, rw.none.String())
		}
		ratio := "—"
		if ref > 0 {
			ratio = fmt.Sprintf("%.2fx", rw.pagesPerSec/ref)
		}
		cells = append(cells, fmt.Sprintf("%.0f", rw.pagesPerSec), ratio, fmt.Sprintf("%.0f", rw.allocPerPage/1024), fmt.Sprint(rw.errors))
		fmt.Println("| " + strings.Join(cells, " | ") + " |")
	}
	fmt.Println()
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }
