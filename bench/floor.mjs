#!/usr/bin/env node
/**
 * The floor of the benchmark: the least any tool must do with the same
 * inputs. `text FILELIST` reads every file of the list, decodes it as UTF-8
 * and scans it once with one regular expression; `docx FILE` unzips
 * word/document.xml (inflate of its one entry) and scans it once for `<w:tr`.
 * `html FILE` reads, decodes and scans for `<tr`. Prints the match count.
 */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const [mode, arg] = process.argv.slice(2);
let matches = 0;
const scan = (text, re) => { for (const _ of text.matchAll(re)) matches++; };
if (mode === 'text') {
  for (const path of readFileSync(arg, 'utf8').split('\n').filter(Boolean)) scan(readFileSync(path).toString('utf8'), /责任单位|牵头/g);
} else if (mode === 'html') {
  scan(readFileSync(arg).toString('utf8'), /<tr/g);
} else if (mode === 'docx') {
  const zip = readFileSync(arg);
  // Walk the central directory to the entry, then inflate its data.
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name === 'word/document.xml') {
      const local = zip.readUInt32LE(at + 42);
      const size = zip.readUInt32LE(at + 20);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      scan(inflateRawSync(zip.subarray(start, start + size)).toString('utf8'), /<w:tr[ >]/g);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
}
process.stdout.write(`${matches}\n`);
