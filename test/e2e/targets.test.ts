/**
 * Where output goes and how a run ends: signals mid-document, -o onto a
 * device, a FIFO or a symlink, a reader that leaves early (EPIPE), a closed
 * stdout, and file names that would break a one-line message.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli } from '../support/cli.js';

const SEEDS = readdirSync('seeds').sort().map((f) => `seeds/${f}`);
let work: string;
let big: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'plan-extract-targets-'));
  // Large enough that its extraction lasts several seconds.
  big = join(work, 'big.txt');
  writeFileSync(big, Buffer.concat(Array.from({ length: 40 }, () => SEEDS.map((f) => readFileSync(f))).flat()));
});

const sh = (script: string) => spawnSync('sh', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', BIN } });

describe('signals', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} in the middle of a large document exits ${code} within 3 s, keeping the old -o file and leaving no partial file`, async () => {
      const target = join(work, `kept-${signal}.json`);
      writeFileSync(target, 'old');
      const child = spawn(process.execPath, [BIN, SEEDS[0]!, big, '-o', target], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
      await new Promise((r) => setTimeout(r, 1500));
      const sentAt = performance.now();
      child.kill(signal);
      const exit = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
      expect(performance.now() - sentAt).toBeLessThan(3000);
      expect(exit).toBe(code);
      expect(readFileSync(target, 'utf8')).toBe('old');
      expect(readdirSync(work).filter((f) => f.includes('partial'))).toEqual([]);
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }
});

describe('output targets', () => {
  it('-o /dev/null writes to the device and leaves it a device', () => {
    const r = runCli([SEEDS[0]!, '-o', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('-o /dev/full is a write error, not success', () => {
    if (!existsSync('/dev/full')) return;
    const r = runCli([SEEDS[0]!, '-o', '/dev/full']);
    // Exit 4: writing the output failed part way (README, exit codes).
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^plan-extract: \/dev\/full: cannot write the output/m);
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('-o onto a FIFO writes into it and leaves the FIFO in place', () => {
    const fifo = join(work, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = sh(`cat "${fifo}" > "${fifo}.read" & node "$BIN" ${SEEDS[3]} -o "${fifo}"; s=$?; wait; exit $s`);
    expect(r.status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(`${fifo}.read`, 'utf8')).documents[0].tasks).toHaveLength(57);
  });

  it('-o onto a symlink replaces its target and keeps the link', () => {
    const real = join(work, 'real.json');
    const link = join(work, 'link.json');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    expect(runCli([SEEDS[3]!, '-o', link]).code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(JSON.parse(readFileSync(real, 'utf8')).documents).toHaveLength(1);
  });

  it('-o onto a directory is refused', () => {
    const r = runCli([SEEDS[0]!, '-o', work]);
    // Exit 3: the output location cannot be used, said before anything is read.
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/is a folder/);
  });
});

describe('standard output', () => {
  it('a reader that leaves early (| head) keeps the exit status the inputs earned', () => {
    // POSIX sh has no PIPESTATUS: the pipeline's first stage reports its own status.
    const r1 = sh(`{ node "$BIN" ${SEEDS.join(' ')} no-such-file.txt -f ndjson; echo "exit=$?" >&2; } | head -n 1 > /dev/null`);
    expect(r1.stderr).toMatch(/no-such-file\.txt: no such file/);
    expect(r1.stderr).toMatch(/exit=1\n$/);
    const r0 = sh(`{ node "$BIN" ${SEEDS.join(' ')} -f ndjson; echo "exit=$?" >&2; } | head -n 1 > /dev/null`);
    expect(r0.stderr).toMatch(/(?:^|\n)exit=0\n$/);
    expect(r0.stderr).not.toMatch(/cannot write|error/);
  });

  it('a closed stdout (>&-) is an error, not a silent success', () => {
    const closed = sh(`node "$BIN" ${SEEDS[0]} >&-`);
    expect(closed.status).toBe(1);
    expect(closed.stderr).toMatch(/^plan-extract: standard output is closed — .+\n$/);
    expect(sh(`node "$BIN" ${SEEDS[0]} > /dev/null`).status).toBe(0);
    expect(sh(`node "$BIN" ${SEEDS[0]} -o "${join(work, 'closed.json')}" >&-`).status).toBe(0);
  });
});

describe('file names', () => {
  it('a failing file whose name holds a newline gives one line', () => {
    // A damaged PDF (a header and nothing else) fails with one line, its name escaped.
    const name = join(work, 'bad\nname.pdf');
    writeFileSync(name, '%PDF-1.4\n');
    const r = runCli([SEEDS[0]!, name]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad\\nname.pdf: ');
    expect(JSON.parse(r.stdout).errors[0].source).toBe(name);
  });

  it('a directory whose name holds a newline gives one line, hint included', () => {
    const dir = join(work, 'two\nlines');
    mkdirSync(dir);
    const r = runCli([dir, SEEDS[0]!]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('two\\nlines: is a directory — pass the files inside it, e.g. ');
  });

  it('a name that is not valid UTF-8 says so', () => {
    const dir = Buffer.from(work);
    writeFileSync(Buffer.concat([dir, Buffer.from('/plan-\xff\xfe.txt', 'latin1')]), readFileSync(SEEDS[3]!));
    const r = sh(`node "$BIN" "$(printf '${work}/plan-\\377\\376.txt')"`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/plan-.+\.txt: the file name is not valid UTF-8 — rename/);
  });
});
