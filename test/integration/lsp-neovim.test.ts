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
    const lua = `${openWithServer(ebuildPath, `{ repositories = { ${luaString(join(REPO, 'gentoo'))} }, shellcheck = { enable = false } }`)}
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
    const result = await runNvim(lua, out) as { diagnostics: { lnum: number; col: number; message: string }[]; completion: string[] };
    assert.ok(result.diagnostics.some((d) => d.lnum === 5 && /"sparc" is not an arch/.test(d.message)), JSON.stringify(result));
    assert.deepEqual([...result.completion].sort(), ['ssl', 'test']);
  });

  it('a severity set in init_options raises the bare cd to a warning; its code action appends || die', async () => {
    const ebuildPath = join(REPO, 'overlay', 'app-misc', 'hello', 'hello-6.ebuild');
    writeFileSync(ebuildPath, ['EAPI=8', 'DESCRIPTION="x"', 'HOMEPAGE="https://example.org"', 'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"',
      'src_compile() {', '\tcd src', '\temake', '}', ''].join('\n'));
    const out = join(tmp, 'cd.json');
    const lua = `${openWithServer(ebuildPath, "{ shellcheck = { delayMs = 0, severity = { SC2164 = 'warning' } } }")}
local cd = nil
vim.wait(20000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'SC2164' then cd = d end end
  return cd ~= nil
end, 50)
local result = { severity = cd and cd.severity, line = '' }
if cd then
  local lsp_diag = { code = cd.code, source = cd.source, message = cd.message, severity = 2,
    range = { start = { line = cd.lnum, character = cd.col }, ['end'] = { line = cd.end_lnum, character = cd.end_col } } }
  local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, range = lsp_diag.range, context = { diagnostics = { lsp_diag } } }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 20000) or {}
  for _, r in pairs(responses) do
    for _, action in ipairs(r.result or {}) do
      result.title = action.title
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
    end
  end
  result.line = vim.api.nvim_buf_get_lines(0, cd.lnum, cd.lnum + 1, false)[1]
end
vim.fn.writefile({ vim.fn.json_encode(result) }, ${luaString(out)})
vim.cmd('qa!')
`;
    const result = await runNvim(lua, out) as { severity?: number; title?: string; line: string };
    assert.equal(result.severity, 2, JSON.stringify(result)); // vim.diagnostic.severity.WARN
    assert.equal(result.line, '\tcd src || die', JSON.stringify(result));
  });

  /** Lua that starts our server with the given init_options (a Lua table) and opens the ebuild attached to it. */
  function openWithServer(ebuildPath: string, initOptions: string): string {
    return `
local client_id = vim.lsp.start_client({
  name = 'ebuild-builder-ls',
  cmd = { ${luaString(process.execPath)}, ${luaString(join(ROOT, 'bin', 'ebuild-builder-ls.js'))}, '--stdio' },
  root_dir = ${luaString(join(REPO, 'overlay'))},
  init_options = ${initOptions},
})
vim.cmd('edit ' .. vim.fn.fnameescape(${luaString(ebuildPath)}))
vim.lsp.buf_attach_client(0, client_id)`;
  }

  /** Runs a Lua script in headless neovim and reads the JSON it wrote to `out`. */
  async function runNvim(lua: string, out: string): Promise<unknown> {
    const script = join(tmp, 'init.lua');
    writeFileSync(script, lua);
    const nvim = spawn('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${script}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    nvim.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const guard = setTimeout(() => nvim.kill(), 60000);
    const code = await new Promise<number | null>((r) => nvim.on('exit', r));
    clearTimeout(guard);
    assert.equal(code, 0, stderr);
    return JSON.parse(readFileSync(out, 'utf8'));
  }
});
