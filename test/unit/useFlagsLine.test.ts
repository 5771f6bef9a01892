/**
 * "USE flags for this build…": the flags shown ticked come from IUSE defaults and package.use, and the choice
 * becomes one package.use line (rewritten in place, or appended), leaving other tokens and lines alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIuse } from '../../src/core/useMatrix';
import { useLineChange, useState } from '../../src/extension/diagnostics/useLine';

const IUSE = parseIuse('+ssl gtk -doc');
const CPV = 'app-misc/demo-1.0';

test('the current state is IUSE defaults overlaid by every matching package.use line, in order', () => {
  const s = useState(IUSE, ['# comment\napp-misc/demo gtk\nother/pkg -ssl\n', '>=app-misc/demo-1.0 -ssl doc\n=app-misc/demo-2.0 -gtk\n'], CPV);
  assert.deepEqual(Object.fromEntries(s), { ssl: false, gtk: true, doc: true });
  assert.deepEqual(Object.fromEntries(useState(IUSE, ['app-misc/demo -* gtk\n'], CPV)), { ssl: false, gtk: true, doc: false });
});

test('with no line for the package, only the flags that differ from the defaults are appended', () => {
  assert.deepEqual(useLineChange(IUSE, [], '# mine\n', CPV, 'app-misc/demo', new Set(['gtk'])), { kind: 'append', entry: 'app-misc/demo -ssl gtk' });
  assert.deepEqual(useLineChange(IUSE, [], '', CPV, 'app-misc/demo', new Set(['ssl'])), { kind: 'none' });
});

test('an existing line is rewritten in place, keeping its atom and tokens that are not IUSE flags', () => {
  const text = 'a/b x\r\n>=app-misc/demo-1.0 gtk python_single_target_python3_12 PYTHON_TARGETS: python3_12\r\nc/d y\r\n';
  assert.deepEqual(useLineChange(IUSE, [], text, CPV, 'app-misc/demo', new Set(['ssl', 'doc'])),
    { kind: 'replace', index: 1, line: '>=app-misc/demo-1.0 doc python_single_target_python3_12 PYTHON_TARGETS: python3_12' });
});

test('a line left with nothing to say is deleted; a line already right is left alone', () => {
  assert.deepEqual(useLineChange(IUSE, [], 'app-misc/demo gtk\n', CPV, 'app-misc/demo', new Set(['ssl'])), { kind: 'delete', index: 0 });
  assert.deepEqual(useLineChange(IUSE, [], 'app-misc/demo  gtk\n', CPV, 'app-misc/demo', new Set(['ssl', 'gtk'])), { kind: 'none' });
});

test('flags set by other files are undone explicitly when the choice differs', () => {
  assert.deepEqual(useLineChange(IUSE, ['app-misc/demo doc\n'], '', CPV, 'app-misc/demo', new Set(['ssl'])), { kind: 'append', entry: 'app-misc/demo -doc' });
});
