package redisstore

import (
	"context"
	"strconv"

	"github.com/newsprint/newsprint/pipeline"
)

// The processes of a crawl read a host's robots.txt once between them
// (pipeline.RobotsCache), as Heritrix reads it once per host per crawl:
// the first to need it takes a lock (robotslock:SITE, for SlotTTL, which
// exceeds a request's timeout, so that a process that died reading it
// holds the others back no longer) and keeps what it read (robots:SITE)
// for RereadAfter, the time within which a process joining a running
// crawl does not read its seeds, sitemaps and feeds again either. The
// others wait for it meanwhile; a later run, or a process joining after
// RereadAfter, reads it again. A 5xx or no answer is not kept: the lock
// ends, and the next process to ask reads it.

var _ pipeline.RobotsCache = (*Store)(nil)

// Robots returns the robots.txt of site a process of the crawl read
// lately, or whether this process is to read it (it then holds the lock).
// With RereadAfter negative (always), each process reads it.
func (s *Store) Robots(ctx context.Context, site string) (pipeline.RobotsFile, bool, bool, error) {
	if s.opt.RereadAfter < 0 {
		return pipeline.RobotsFile{}, false, true, nil
	}
	var res []any
	err := s.do(ctx, "robots.txt", func(ctx context.Context) error {
		var err error
		res, err = robotsScript.Run(ctx, s.rdb, []string{s.k("robots:" + site), s.k("robotslock:" + site)},
			s.session, s.opt.SlotTTL.Milliseconds()).Slice()
		return err
	})
	if err != nil || len(res) == 0 {
		return pipeline.RobotsFile{}, false, false, err
	}
	switch n, _ := res[0].(int64); {
	case n == 2:
		return pipeline.RobotsFile{}, false, true, nil
	case n == 1 && len(res) == 3:
		st, _ := res[1].(string)
		body, _ := res[2].(string)
		status, _ := strconv.Atoi(st)
		return pipeline.RobotsFile{Status: status, Body: []byte(body)}, true, false, nil
	}
	return pipeline.RobotsFile{}, false, false, nil
}

// PutRobots keeps f, the robots.txt of site this process read, for
// RereadAfter (nothing if f is nil), and ends this process's lock on it.
func (s *Store) PutRobots(ctx context.Context, site string, f *pipeline.RobotsFile) error {
	if s.opt.RereadAfter < 0 {
		return nil
	}
	status, body := "", ""
	if f != nil {
		status, body = strconv.Itoa(f.Status), string(f.Body)
	}
	return s.do(ctx, "robots.txt", func(ctx context.Context) error {
		return putRobotsScript.Run(ctx, s.rdb, []string{s.k("robots:" + site), s.k("robotslock:" + site)},
			s.session, s.opt.RereadAfter.Milliseconds(), status, body).Err()
	})
}
