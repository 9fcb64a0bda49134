"""The Scrapy crawler of the many-host bench: Scrapy with readability-lxml,
set up as a Scrapy user would. Its settings come as JSON in argv[1] (see
crawlers.go). Each article is written as one JSON line as soon as it is
extracted (line-buffered: the bench may stop the crawl at any time)."""

import json
import re
import sys

import lxml.html
import scrapy
from readability import Document
from scrapy.crawler import CrawlerProcess

cfg = json.load(open(sys.argv[1]))
include = re.compile(cfg["include"])
article = re.compile(cfg["article"])
out = open(cfg["out"], "w", buffering=1)


class Bench(scrapy.Spider):
    name = "bench"
    allowed_domains = cfg["hosts"]
    start_urls = cfg["seeds"]

    def parse(self, response):
        if cfg["extract"] and article.search(response.url):
            doc = Document(response.text)
            summary = doc.summary()
            text = lxml.html.fromstring(summary).text_content() if summary.strip() else ""
            out.write(json.dumps({"url": response.url, "title": doc.short_title(), "text": text}) + "\n")
        elif article.search(response.url):
            out.write(json.dumps({"url": response.url}) + "\n")
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if include.search(url):
                yield scrapy.Request(url, callback=self.parse)


settings = {
    "ROBOTSTXT_OBEY": True,
    # Scrapy spaces the starts of requests to one download slot by
    # DOWNLOAD_DELAY, however many are in flight (Downloader._process_queue);
    # a slot is a hostname, here an IP, since CONCURRENT_REQUESTS_PER_IP is 0.
    "DOWNLOAD_DELAY": cfg["delay"],
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": cfg["parallel"],
    "CONCURRENT_REQUESTS_PER_IP": 0,
    "CONCURRENT_REQUESTS": cfg["concurrency"],
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_TIMEOUT": cfg["timeout"],
    "DEPTH_LIMIT": 5,
    "TELNETCONSOLE_ENABLED": False,
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    "USER_AGENT": "scrapy-bench (+https://scrapy.org)",
    "LOG_LEVEL": "INFO",
}
if cfg.get("broad"):
    # The queue Scrapy's "Broad crawls" page recommends: requests are taken
    # from the download slots with the fewest in flight.
    settings["SCHEDULER_PRIORITY_QUEUE"] = "scrapy.pqueues.DownloaderAwarePriorityQueue"

process = CrawlerProcess(settings=settings)
process.crawl(Bench)
process.start()
