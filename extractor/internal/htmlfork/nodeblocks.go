package htmlfork

// NodeBlocks hands out the nodes of the trees it is given to (a parse,
// with ParseOptionNodes; readability's copies of a page) a block at a
// time, and hands the same blocks out again after Reset, so that a caller
// building tree after tree, with a sync.Pool of NodeBlocks, allocates its
// nodes once rather than once a page (a third of the bytes Extract
// allocated). Blocks grow from 16 nodes to 256, as the slabs of one parse
// did, so that a fragment's parse stays small. A node given out again is
// written whole, so no field of its last use survives.
//
// The nodes' attributes (Attrs) come from blocks of their own, kept alike.
type NodeBlocks struct {
	blocks [][]Node // every block made, handed out in order
	used   int      // blocks[:used] have given out nodes since Reset
	free   []Node   // the nodes of blocks[used-1] not given out yet

	attrBlocks [][]Attribute // the same for attributes
	attrUsed   int
	attrFree   []Attribute
}

// New returns a node of the blocks set to n.
func (b *NodeBlocks) New(n Node) *Node {
	if len(b.free) == 0 {
		if b.used == len(b.blocks) {
			size := 16
			if b.used > 0 {
				size = min(2*len(b.blocks[b.used-1]), 256)
			}
			b.blocks = append(b.blocks, make([]Node, size))
		}
		b.free = b.blocks[b.used]
		b.used++
	}
	m := &b.free[0]
	*m = n
	b.free = b.free[1:]
	return m
}

// Attrs returns room for n attributes, capped at n so that appending to
// one node's attributes never writes over another's. A few (up to 16) are
// cut from the blocks, and may hold a last use's: the caller writes each
// attribute whole.
func (b *NodeBlocks) Attrs(n int) []Attribute {
	const block, few = 128, 16
	if n > few {
		return make([]Attribute, n)
	}
	if n > len(b.attrFree) {
		if b.attrUsed == len(b.attrBlocks) {
			b.attrBlocks = append(b.attrBlocks, make([]Attribute, block))
		}
		b.attrFree = b.attrBlocks[b.attrUsed]
		b.attrUsed++
	}
	a := b.attrFree[:n:n]
	b.attrFree = b.attrFree[n:]
	return a
}

// Reset makes every node and attribute given out free to be given out
// again: the caller says that no tree built from the blocks since the last
// Reset is read or written any more, and that none of its nodes or
// attribute slices is held.
func (b *NodeBlocks) Reset() {
	b.used, b.free = 0, nil
	b.attrUsed, b.attrFree = 0, nil
}

// ParseOptionNodes makes the parser take its nodes and their attributes
// from b.
func ParseOptionNodes(b *NodeBlocks) ParseOption {
	return func(p *parser) {
		p.tokenizer.blocks = b
	}
}
