/** The build-log document's text and outline, on real Portage captures (test/fixtures/portage). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { outlineLog, plainLogText, type OutlineEntry } from '../../src/extension/buildLogOutline';

const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');
const read = (rel: string) => readFileSync(path.join(FIXTURES, rel), 'utf8');

function names(entries: OutlineEntry[]): string[] {
  return entries.map((e) => e.name);
}

describe('build log text', () => {
  it('drops colours, terminal titles and spinner rewrites from a pty capture', () => {
    const text = plainLogText(read('portage/outputs/compile-fail-color.txt'));
    assert.doesNotMatch(text, /\x1b/);
    assert.doesNotMatch(text, /\r/);
    assert.match(text, /^>>> Emerging \(1 of 1\) app-misc\/broken-1\.0::testoverlay$/m);
    assert.match(text, /^broken\.c:5:30: error: expected ‘;’ before ‘return’$/m);
    // The spinner line keeps only what was last drawn.
    assert.match(text, /^Calculating dependencies \.\.\. done!$/m);
  });
});

describe('build log outline', () => {
  it('has one package with its phases up to the failure, and the ERROR line inside it', () => {
    const text = plainLogText(read('portage/outputs/compile-fail-color.txt'));
    const outline = outlineLog(text);
    assert.deepEqual(names(outline), ['(1 of 1) app-misc/broken-1.0::testoverlay']);
    const pkg = outline[0];
    assert.deepEqual(names(pkg.children.filter((c) => c.kind === 'phase')), ['unpack', 'prepare', 'configure', 'compile', 'failed']);
    const error = pkg.children.find((c) => c.kind === 'error');
    assert.equal(error?.name, 'ERROR: app-misc/broken-1.0::testoverlay failed (compile phase)');
    const lines = text.split('\n');
    assert.match(lines[error!.startLine], /^ \* ERROR: app-misc\/broken-1\.0/);
    const compile = pkg.children.find((c) => c.name === 'compile')!;
    assert.match(lines[compile.startLine], /^>>> Compiling source in/);
    assert.ok(compile.endLine < error!.startLine, 'the compile phase ends where the error starts');
  });

  it('names the package of a saved build.log from its header, without the slot', () => {
    const outline = outlineLog(plainLogText(read('portage/build-logs/compile-fail__app-misc_broken-1.0.build.log')));
    assert.deepEqual(names(outline), ['app-misc/broken-1.0']);
    assert.ok(outline[0].children.some((c) => c.name === 'compile'));
  });

  it('lists QA notices under the phase that printed them', () => {
    const outline = outlineLog(plainLogText(read('portage/outputs/qa-notice-nocolor.txt')));
    const all = outline.flatMap((p) => [p, ...p.children, ...p.children.flatMap((c) => c.children)]);
    const qa = all.filter((e) => e.kind === 'qa');
    assert.ok(qa.length > 0, 'a QA notice is in the outline');
    assert.ok(qa.every((q) => q.name.startsWith('QA Notice: ')));
  });

  it('keeps every package of a multi-package emerge in order', () => {
    const outline = outlineLog(plainLogText(read('emerge/success-04.txt')));
    const pkgs = outline.filter((e) => e.kind === 'package');
    assert.ok(pkgs.length >= 3);
    assert.equal(pkgs[0].name, '(1 of 45) acct-group/floppy-0::gentoo');
    for (let i = 1; i < pkgs.length; i++) assert.ok(pkgs[i].startLine > pkgs[i - 1].endLine, 'packages do not overlap');
  });
});
