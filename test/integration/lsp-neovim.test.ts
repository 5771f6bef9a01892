/**
 * A second LSP client: real `nvim --headless` with its built-in client attached to our server.
 * The Lua script waits (vim.wait) for diagnostics, asks for completion, writes what it got as JSON and quits.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'lsp-repo');
const nvimAvailable = spawnSync('nvim', ['--version']).status === 0;

function luaString(s: string): string {
  return JSON.stringify(s);
}

describe('neovim built-in LSP client', { skip: nvimAvailable ? false : 'nvim not installed (apt-get install neovim)' }, () => {
  let tmp: string;
  let REPO: string;
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ebuild-nvim-'));
    REPO = join(tmp, 'lsp-repo');
    cpSync(FIXTURE, REPO, { recursive: true });
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('receives diagnostics and completion for an ebuild', async () => {
    // the ebuild lives in a copy of the overlay fixture, so the server finds its repository and masters
    const ebuildPath = join(REPO, 'overlay', 'app-misc', 'hello', 'hello-5.ebuild');
    writeFileSync(ebuildPath, ['EAPI=8', 'inherit fancybuild', 'DESCRIPTION="x"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64 ~sparc"', 'IUSE="ssl"',
      'src_install() {', '\tuse ', '}', ''].join('\n'));
    const out = join(tmp, 'result.json');
    const lua = `
local client_id = vim.lsp.start_client({
  name = 'ebuild-builder-ls',
  cmd = { ${luaString(process.execPath)}, ${luaString(join(ROOT, 'bin', 'ebuild-builder-ls.js'))}, '--stdio' },
  root_dir = ${luaString(join(REPO, 'overlay'))},
  init_options = { repositories = { ${luaString(join(REPO, 'gentoo'))} }, shellcheck = { enable = false } },
})
vim.cmd('edit ' .. vim.fn.fnameescape(${luaString(ebuildPath)}))
vim.lsp.buf_attach_client(0, client_id)
local result = { diagnostics = {}, completion = {} }
vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, message = d.message })
end
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = 8, character = 5 } }
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', params, 20000) or {}
for _, r in pairs(responses) do
  local items = r.result and (r.result.items or r.result) or {}
  for _, item in ipairs(items) do table.insert(result.completion, item.label) end
end
vim.fn.writefile({ vim.fn.json_encode(result) }, ${luaString(out)})
vim.cmd('qa!')
`;
    const script = join(tmp, 'init.lua');
    writeFileSync(script, lua);
    const nvim = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${script}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    nvim.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const guard = setTimeout(() => nvim.kill(), 60000);
    const code = await new Promise<number | null>((r) => nvim.on('exit', r));
    clearTimeout(guard);
    const result = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: { lnum: number; col: number; message: string }[]; completion: string[] };
    assert.equal(code, 0, stderr);
    assert.ok(result.diagnostics.some((d) => d.lnum === 5 && /"sparc" is not an arch/.test(d.message)), JSON.stringify(result));
    assert.deepEqual([...result.completion].sort(), ['ssl', 'test']);
  });
});
