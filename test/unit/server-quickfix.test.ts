import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appendDie } from '../../src/server/quickFixes';

/** Applies the fix for the command `command` found in `text` (shellcheck's SC2164 range), or undefined when none is offered. */
function fixed(text: string, command: string): string | undefined {
  const start = text.indexOf(command);
  const insert = appendDie(text, { start, end: start + command.length });
  return insert && text.slice(0, insert.offset) + insert.text + text.slice(insert.offset);
}

describe('quick fix for a bare cd (SC2164): append || die', () => {
  it('after the command, and after its redirections, before a comment', () => {
    assert.equal(fixed('src_compile() {\n\tcd src\n\temake\n}\n', 'cd src'), 'src_compile() {\n\tcd src || die\n\temake\n}\n');
    assert.equal(fixed('\tpushd "${S}"/w >/dev/null 2>&1 # the w build\n', 'pushd "${S}"/w'), '\tpushd "${S}"/w >/dev/null 2>&1 || die # the w build\n');
    assert.equal(fixed('\tpopd >/dev/null', 'popd'), '\tpopd >/dev/null || die');
    assert.equal(fixed('\tif use doc; then cd docs\n', 'cd docs'), '\tif use doc; then cd docs || die\n');
  });

  it('none where || die would change the meaning or the line goes on', () => {
    assert.equal(fixed('\t[[ -d docs ]] && cd docs\n', 'cd docs'), undefined);
    assert.equal(fixed('\tcd src; emake\n', 'cd src'), undefined);
    assert.equal(fixed('\tlocal h=$(cd include; echo *.h)\n', 'cd include'), undefined);
    assert.equal(fixed('\tcd src \\\n\t\t&& emake\n', 'cd src'), undefined);
    assert.equal(fixed('\temake -C src\n', 'emake -C src'), undefined);
  });
});
