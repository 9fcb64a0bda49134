// check.mjs validates WARC files with warcio.js, an independent reader:
// every record must parse, carry the mandatory WARC 1.1 fields, and match
// its WARC-Block-Digest and WARC-Payload-Digest (SHA-1, base32).
//
// Usage: node check.mjs FILE.warc.gz...
// Prints one JSON line per record ({file, offset, type, id, uri}) on stdout
// so callers can check article links; problems go to stderr and make the
// exit status 1.
import { createReadStream } from "node:fs";
import { createHash } from "node:crypto";
import { basename } from "node:path";
import { WARCParser } from "warcio";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function base32(buf) {
  let bits = 0, value = 0, out = "";
  for (const b of buf) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += "=";
  return out;
}

function sha1(buf) {
  return "sha1:" + base32(createHash("sha1").update(buf).digest());
}

function indexOf(buf, seq, from = 0) {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).indexOf(seq, from);
}

// dechunk removes the chunked transfer coding (RFC 9112 section 7.1).
function dechunk(body) {
  const b = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const parts = [];
  let pos = 0;
  for (;;) {
    const eol = b.indexOf("\r\n", pos);
    if (eol < 0) throw new Error("bad chunk size line");
    const size = parseInt(b.subarray(pos, eol).toString("latin1").split(";")[0].trim(), 16);
    if (Number.isNaN(size)) throw new Error("bad chunk size");
    pos = eol + 2;
    if (size === 0) break;
    parts.push(b.subarray(pos, pos + size));
    pos += size + 2;
  }
  return Buffer.concat(parts);
}

// payloadOf returns the entity body of an HTTP message block: after the
// headers, with any transfer coding removed and the content coding kept.
function payloadOf(block) {
  const end = indexOf(block, "\r\n\r\n");
  if (end < 0) throw new Error("no end of HTTP headers");
  const head = Buffer.from(block.subarray(0, end)).toString("latin1");
  const body = block.subarray(end + 4);
  if (/^transfer-encoding:.*chunked/im.test(head)) return dechunk(body);
  return body;
}

const required = ["WARC-Record-ID", "WARC-Date", "WARC-Type", "Content-Length"];
let problems = 0;
function problem(file, offset, msg) {
  problems++;
  console.error(`${file} @${offset}: ${msg}`);
}

for (const path of process.argv.slice(2)) {
  const file = basename(path);
  let count = 0;
  try {
    // Pass 1: warcio parses every record, HTTP headers included.
    for await (const rec of WARCParser.iterRecords(createReadStream(path), { parseHttp: true })) {
      if ((rec.warcType === "response" || rec.warcType === "request") && !rec.httpHeaders) {
        problem(file, "?", `${rec.warcType} record without parseable HTTP headers`);
      }
      await rec.skipFully();
    }
    // Pass 2: the raw blocks, for the digests.
    const parser = new WARCParser(createReadStream(path), { parseHttp: false });
    for await (const rec of parser) {
      const offset = parser.offset;
      count++;
      for (const f of required) {
        if (!rec.warcHeader(f)) problem(file, offset, `missing ${f}`);
      }
      const block = await rec.readFully(false);
      if (block.byteLength !== rec.warcContentLength) {
        problem(file, offset, `block is ${block.byteLength} bytes, Content-Length says ${rec.warcContentLength}`);
      }
      const bd = rec.warcBlockDigest;
      if (bd && bd.startsWith("sha1:") && sha1(block) !== bd) {
        problem(file, offset, `WARC-Block-Digest ${bd} != ${sha1(block)}`);
      }
      const pd = rec.warcPayloadDigest;
      if (pd && pd.startsWith("sha1:") && rec.warcType === "response" && !rec.warcHeader("WARC-Truncated")) {
        const got = sha1(payloadOf(block));
        if (got !== pd) problem(file, offset, `WARC-Payload-Digest ${pd} != ${got}`);
      }
      console.log(JSON.stringify({ file, offset, type: rec.warcType, id: rec.warcHeader("WARC-Record-ID"), uri: rec.warcTargetURI ?? "" }));
    }
  } catch (e) {
    problem(file, "?", `unreadable: ${e.message}`);
  }
  if (count === 0) problem(file, 0, "no records");
}
process.exit(problems ? 1 : 0);
