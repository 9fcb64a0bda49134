module github.com/newsprint/newsprint/tools/filegraph

go 1.26.8
