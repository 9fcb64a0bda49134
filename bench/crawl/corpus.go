package main

import (
	"fmt"
	"io"
	"net/http"
)

// fetchArticles gets the first n articles from the site.
func fetchArticles(addr string, n int) [][]byte {
	bodies := make([][]byte, n)
	for i := range bodies {
		resp, err := http.Get(fmt.Sprintf("http://%s/a/%d", addr, i))
		if err != nil {
			fail(err)
		}
		if bodies[i], err = io.ReadAll(resp.Body); err != nil {
			fail(err)
		}
		resp.Body.Close()
	}
	return bodies
}

// meanSize is the mean size in bytes of the first n articles.
func meanSize(addr string, n int) float64 {
	var total int
	for _, b := range fetchArticles(addr, n) {
		total += len(b)
	}
	return float64(total) / float64(n)
}
