import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LspProcess } from './lspClient';

const ROOT = resolve(__dirname, '..', '..', '..');
const REPO = join(ROOT, 'test', 'fixtures', 'lsp-repo');
const OVERLAY = join(REPO, 'overlay');
const uriOf = (p: string) => `file://${p}`;

const HELLO_TEXT = [
  'EAPI=8', 'inherit fancybuild myhelpers', 'DESCRIPTION="x"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"', 'IUSE="ssl"',
  'RDEPEND="ssl? ( dev-libs/openssl )"', 'src_install() {', '\tuse gtk && my_greet x', '\tuse ', '\tcd $WORKDIR/$P', '}', '',
].join('\n');

describe('language server over stdio (JSON-RPC)', () => {
  let ls: LspProcess;
  let tmp: string;
  const helloPath = join(OVERLAY, 'app-misc', 'hello', 'hello-9.ebuild');

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ebuild-ls-'));
    ls = new LspProcess(process.execPath, [join(ROOT, 'bin', 'ebuild-builder-ls.js'), '--stdio']);
    const init = (await ls.initialize(OVERLAY, { repositories: [join(REPO, 'gentoo')], shellcheck: { delayMs: 50 } })) as { capabilities: Record<string, unknown> };
    assert.ok(init.capabilities.completionProvider && init.capabilities.hoverProvider && init.capabilities.definitionProvider);
  });

  after(async () => {
    await ls.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('publishes ebuild diagnostics on open, then shellcheck ones', async () => {
    await ls.open(uriOf(helloPath), HELLO_TEXT);
    const first = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath));
    const codes = first.diagnostics.map((d) => d.code);
    assert.deepEqual(codes, ['flag-not-in-iuse'], JSON.stringify(first));
    const gtk = first.diagnostics.find((d) => d.code === 'flag-not-in-iuse');
    assert.deepEqual(gtk?.range, { start: { line: 9, character: 5 }, end: { line: 9, character: 8 } });
    const withShellcheck = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath) && p.diagnostics.some((d) => d.source === 'shellcheck'));
    assert.ok(withShellcheck.diagnostics.some((d) => d.code === 'SC2086'), JSON.stringify(withShellcheck));
  });

  it('completes IUSE flags after "use " and answers hover and definition', async () => {
    const items = (await ls.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf(helloPath) }, position: { line: 10, character: 5 } })) as { label: string }[];
    assert.deepEqual(items.map((i) => i.label).sort(), ['ssl', 'test']);
    const hover = (await ls.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(helloPath) }, position: { line: 9, character: 14 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /Prints a greeting for the given name/);
    const def = (await ls.connection.sendRequest('textDocument/definition', { textDocument: { uri: uriOf(helloPath) }, position: { line: 1, character: 10 } })) as { uri: string }[];
    assert.deepEqual(def.map((d) => d.uri), [uriOf(join(REPO, 'gentoo', 'eclass', 'fancybuild.eclass'))]);
  });

  it('lists document symbols and folding ranges', async () => {
    const symbols = (await ls.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: uriOf(helloPath) } })) as { name: string; kind: number }[];
    assert.deepEqual(symbols.map((s) => s.name), ['EAPI', 'fancybuild', 'myhelpers', 'DESCRIPTION', 'LICENSE', 'SLOT', 'KEYWORDS', 'IUSE', 'RDEPEND', 'src_install']);
    const folds = (await ls.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: uriOf(helloPath) } })) as { startLine: number; endLine: number }[];
    assert.ok(folds.some((f) => f.startLine === 8 && f.endLine === 12), JSON.stringify(folds));
  });

  it('re-publishes after an incremental edit', async () => {
    const mark = ls.published.length;
    await ls.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: uriOf(helloPath), version: 2 },
      contentChanges: [{ range: { start: { line: 6, character: 9 }, end: { line: 6, character: 9 } }, text: ' gtk' }],
    });
    const after = await ls.waitForDiagnostics((p) => p.uri === uriOf(helloPath) && p.version === 2, 20000, mark);
    assert.ok(!after.diagnostics.some((d) => d.code === 'flag-not-in-iuse'), JSON.stringify(after));
  });

  it('survives a binary .ebuild, a 10 MB file, an unterminated heredoc, unbalanced braces and a broken metadata.xml', async () => {
    const binary = join(tmp, 'bin-1.ebuild');
    const huge = join(tmp, 'huge-1.ebuild');
    const heredoc = join(OVERLAY, 'app-misc', 'hello', 'hello-7.ebuild');
    const braces = join(OVERLAY, 'app-misc', 'hello', 'hello-8.ebuild');
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) % 256;
    writeFileSync(binary, bytes);
    await ls.open(uriOf(binary), bytes.toString('latin1'));
    await ls.open(uriOf(huge), `EAPI=8\n${'# filler line for a very large file\n'.repeat(300000)}`);
    await ls.open(uriOf(heredoc), 'EAPI=8\ninherit nosuch\nDESCRIPTION=x\nSLOT=0\nLICENSE=MIT\nsrc_install() {\n\tcat <<EOF > x\nhello\n}\n');
    await ls.open(uriOf(braces), 'EAPI=8\nDESCRIPTION=x\nSLOT=0\nLICENSE=MIT\nsrc_install() {\n\tif true; then\n\t\t{ default\n');
    const brokenMeta = join(OVERLAY, 'app-misc', 'broken-meta', 'broken-meta-1.0.ebuild');
    await ls.open(uriOf(brokenMeta), 'EAPI=8\nDESCRIPTION=x\nSLOT=0\nLICENSE=MIT\n');
    const msgOf = async (p: string) => (await ls.waitForDiagnostics((d) => d.uri === uriOf(p))).diagnostics.map((d) => d.message).join('\n');
    assert.match(await msgOf(binary), /binary, not an ebuild/);
    assert.match(await msgOf(huge), /MB, over the 4 MB/);
    assert.match(await msgOf(heredoc), /here-document is not terminated/);
    assert.match(await msgOf(heredoc), /eclass "nosuch" not found/);
    assert.match(await msgOf(braces), /missing|syntax error/);
    assert.match(await msgOf(brokenMeta), /metadata\.xml does not parse \(line \d+/);
    const items = (await ls.connection.sendRequest('textDocument/completion', { textDocument: { uri: uriOf(binary) }, position: { line: 0, character: 1 } })) as unknown[];
    assert.deepEqual(items, []);
    const hover = (await ls.connection.sendRequest('textDocument/hover', { textDocument: { uri: uriOf(helloPath) }, position: { line: 9, character: 14 } })) as { contents: { value: string } };
    assert.match(hover.contents.value, /my_greet/);
  });

  it('shows pkgcheck results the extension hands over, on the lines pkgcheck names', async () => {
    const mark = ls.published.length;
    await ls.connection.sendNotification('ebuild/pkgcheckResults', {
      uri: uriOf(helloPath),
      output: '{"__class__": "UnquotedVariable", "category": "app-misc", "package": "hello", "version": "9", "variable": "WORKDIR", "lines": [12]}\n',
    });
    const p = await ls.waitForDiagnostics((d) => d.uri === uriOf(helloPath) && d.diagnostics.some((x) => x.source === 'pkgcheck'), 20000, mark);
    const d = p.diagnostics.find((x) => x.source === 'pkgcheck');
    assert.equal(d?.range.start.line, 11);
    assert.equal(d?.code, 'UnquotedVariable');
  });
});
