package pipeline

import (
	"runtime"
	"sync"

	"github.com/newsprint/newsprint/extractor"
)

// extractPool runs extractions on one long-lived goroutine per core. The
// fetches run on a new goroutine each (colly's), whose small stack an
// extraction grows by copying, several times over, on every page; a
// long-lived goroutine grows its stack once. It also keeps the pages being
// parsed at once to the number of cores, where every fetch in flight would
// otherwise hold a parse tree.
type extractPool struct {
	jobs chan *extractJob
	wg   sync.WaitGroup
}

type extractJob struct {
	body []byte
	url  string
	opt  extractor.Options
	page extractor.Page
	err  error
	done chan struct{}
}

var jobPool = sync.Pool{New: func() any { return &extractJob{done: make(chan struct{}, 1)} }}

func newExtractPool() *extractPool {
	p := &extractPool{jobs: make(chan *extractJob)}
	for i := 0; i < runtime.GOMAXPROCS(0); i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.jobs {
				j.page, j.err = extractor.ExtractPage(j.body, j.url, j.opt)
				j.done <- struct{}{}
			}
		}()
	}
	return p
}

// extract is extractor.ExtractPage, run by the pool.
func (p *extractPool) extract(body []byte, pageURL string, opt extractor.Options) (extractor.Page, error) {
	j := jobPool.Get().(*extractJob)
	j.body, j.url, j.opt = body, pageURL, opt
	p.jobs <- j
	<-j.done
	page, err := j.page, j.err
	*j = extractJob{done: j.done}
	jobPool.Put(j)
	return page, err
}

// close stops the pool once no extract call is running.
func (p *extractPool) close() {
	close(p.jobs)
	p.wg.Wait()
}
