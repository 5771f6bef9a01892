/**
 * What pty artefacts and people's logs do to emerge output, and inputs no log should contain: the parser
 * reads through the former and never throws or grows without bound on the latter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EmergeParser, parseAll, cleanTerminalLine, LineSplitter, MAX_LINE_BYTES, type EmergeEvent } from '../../src/core/emerge';
import { runFuzz } from '../fuzz/emergeParser.fuzz';

const USE_BLOCK = [
  'The following USE changes are necessary to proceed:',
  ' (see "package.use" in the portage(5) man page for more details)',
  '# required by app-misc/needs-ssl-1.0::testoverlay',
  '# required by =app-misc/needs-ssl-1.0 (argument)',
  '>=app-misc/libfoo-1.0 ssl',
  '',
];

function autounmaskEntries(text: string): string[] {
  return parseAll(text).flatMap((e) => (e.type === 'autounmask' ? [e.entry] : []));
}

test('log prefixes are removed: BuildKit, ISO timestamps, `> ` quoting, indentation, CRLF', () => {
  const variants = [
    USE_BLOCK.map((l) => `#12 3.456 ${l}`),
    USE_BLOCK.map((l) => `2024-01-01T00:00:00.123456789Z ${l}`),
    USE_BLOCK.map((l) => `> ${l}`),
    USE_BLOCK.map((l) => `        ${l}`),
    USE_BLOCK.map((l) => `${l}\r`),
    USE_BLOCK.map((l) => `4.763 ${l}`),
  ];
  for (const v of variants) assert.deepEqual(autounmaskEntries(v.join('\n')), ['>=app-misc/libfoo-1.0 ssl'], v[0]);
});

test('terminal clean-up: spinner backspaces, carriage-return overwrite, title escapes, NEL, gcc colours', () => {
  assert.deepEqual(cleanTerminalLine('\x1b]0;gentoo-test: emerge\x07Calculating dependencies \x1b[?25l-\b\\\b|\b/\rCalculating dependencies ... done!\x1b[K\r'), ['Calculating dependencies ... done!']);
  assert.deepEqual(cleanTerminalLine('>>> Emerging (1 of 1) x/y-1::r\x1bE\x1b]0;t: (1 of 1) x/y-1 Compile\x07>>> Unpacking source...\r'), ['>>> Emerging (1 of 1) x/y-1::r', '>>> Unpacking source...']);
  assert.deepEqual(cleanTerminalLine('\x1b[01m\x1b[Kbroken.c:5:30:\x1b[m\x1b[K \x1b[01;31m\x1b[Kerror: \x1b[m\x1b[Kexpected'), ['broken.c:5:30: error: expected']);
  assert.deepEqual(cleanTerminalLine('tab\tkept\x00\x07'), ['tab\tkept']);
  assert.deepEqual(cleanTerminalLine('100%\rEmaint: fix binhost 100% [=====>]'), ['Emaint: fix binhost 100% [=====>]']);
});

test('hard-wrapped and mangled blocks are still read', () => {
  const wrapped = ['!!! Digest verification failed:', '!!!', '/usr/local/portage/x/files/avidemux-2.5.9999-as', 'needed.diff', '!!! Reason: Filesize does not match recorded size', '!!! Got: 1', '!!! Expected: 2'].join('\n');
  const d = parseAll(wrapped).find((e) => e.type === 'digest-failure');
  assert.equal(d?.type === 'digest-failure' && d.file, '/usr/local/portage/x/files/avidemux-2.5.9999-asneeded.diff');
  const quoted = ['> > > Emerging (1 of 2) dev-util/a-1::r', '&gt;&gt;&gt; Completed (1 of 2) dev-util/a-1::r'].join('\n');
  assert.deepEqual(parseAll(quoted).map((e) => e.type), ['package-start', 'package-done']);
});

test('an endless line keeps memory bounded and line numbers keep counting', () => {
  const lines: { text: string; n: number }[] = [];
  const s = new LineSplitter((text, n) => { lines.push({ text, n }); });
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  for (let i = 0; i < 64; i++) s.push(chunk); // 64 MiB without a newline
  s.push('\nnext line\n');
  s.end();
  assert.equal(lines.length, 2);
  assert.equal(lines[0].text.length, MAX_LINE_BYTES);
  assert.deepEqual(lines[1], { text: 'next line', n: 2 });
});

test('a long line inside one chunk is capped the same as one spread over chunks', () => {
  const long = Buffer.concat([Buffer.from('a\n'), Buffer.alloc(MAX_LINE_BYTES + 5000, 0xe2), Buffer.from('\n>>> Emerging (1 of 1) a/b-1::r\n')]);
  const whole: string[] = [];
  new LineSplitter((t) => { whole.push(t); }).push(long);
  const parts: string[] = [];
  const s = new LineSplitter((t) => { parts.push(t); });
  for (let i = 0; i < long.length; i += 777) s.push(long.subarray(i, i + 777));
  assert.deepEqual(parts, whole);
  assert.deepEqual(parseAll(long).map((e) => e.type), ['package-start']);
});

test('an endless block is cut off and parsing goes on', () => {
  const ev: EmergeEvent[] = [];
  const p = new EmergeParser((e) => ev.push(e));
  p.push(' * QA Notice: Files built without respecting CFLAGS have been detected\n');
  for (let i = 0; i < 200; i++) p.push(Array.from({ length: 100 }, (_, k) => ` * /usr/lib/f${i}-${k}.so`).join('\n') + '\n');
  p.push('\n\n>>> Emerging (1 of 1) a/b-1::r\n');
  p.end();
  assert.ok(ev.some((e) => e.type === 'package-start'));
  const qa = ev.filter((e) => e.type === 'qa-notice');
  assert.ok(qa.length >= 1 && qa.every((e) => e.type === 'qa-notice' && e.entries.length <= 1000));
});

test('garbage never makes the parser throw', () => {
  const samples = ['', '\n', '\x1b', '\x1b[', '\x1b]0;', '\r\r\r', '\b\b', '\xff\xfe', ' * ERROR: a/b-1::r failed (x phase):\n * Call stack:\n', '!!! Digest verification failed:\n', '(a/b-1, installed) pulled in by\n x required by'];
  for (const s of samples) {
    assert.doesNotThrow(() => parseAll(Buffer.from(s, 'latin1')));
    const p = new EmergeParser();
    for (const ch of Buffer.from(s, 'latin1')) p.push(Buffer.from([ch]), 'stderr');
    assert.doesNotThrow(() => p.end());
  }
});

test('fuzz: 2000 mutated fixtures never throw, give well-formed events and the same events for any chunking', () => {
  const res = runFuzz(Number(process.env.FUZZ_COUNT_UNIT ?? 2000), 20261124);
  assert.equal(res.inputs, Number(process.env.FUZZ_COUNT_UNIT ?? 2000));
});
