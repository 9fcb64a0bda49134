package extractor

import (
	"sync"

	"github.com/newsprint/newsprint/extractor/internal/htmlfork"
)

// treeNodes keeps the blocks of nodes that an extract call's trees were
// built from (its parses, readability's copies of the page), for the next
// call: they were half the bytes Extract allocated. No node outlives its call (an Article holds strings
// alone, none of which lies in a node's memory), so takeTreeNodes' blocks
// go back to the pool when the call returns, panicking or not.
var treeNodes = sync.Pool{New: func() any { return new(htmlfork.NodeBlocks) }}

// takeTreeNodes returns blocks for one extract call's trees and the
// function that gives them back, to be deferred.
func takeTreeNodes() (*htmlfork.NodeBlocks, func()) {
	b := treeNodes.Get().(*htmlfork.NodeBlocks)
	return b, func() {
		b.Reset()
		treeNodes.Put(b)
	}
}
