/**
 * The TextMate grammars tokenized with vscode-textmate + Oniguruma (the engine VS Code uses).
 * VS Code's own source.shell is replaced by an empty placeholder grammar: these tests are about our patterns.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, IGrammar, parseRawGrammar, Registry } from 'vscode-textmate';

const ROOT = resolve(__dirname, '..', '..', '..');
const FILES: Record<string, string> = {
  'source.ebuild': 'ebuild.tmLanguage.json', 'source.eclass': 'eclass.tmLanguage.json', 'source.portage-package-files': 'package-files.tmLanguage.json',
};

let registry: Registry;

async function grammar(scope: string): Promise<IGrammar> {
  const g = await registry.loadGrammar(scope);
  if (!g) throw new Error(`no grammar ${scope}`);
  return g;
}

/** [text, scopes] of every token of the lines. */
function tokens(g: IGrammar, text: string): [string, string][] {
  let state = INITIAL;
  const out: [string, string][] = [];
  for (const line of text.split('\n')) {
    const r = g.tokenizeLine(line, state);
    for (const t of r.tokens) out.push([line.slice(t.startIndex, t.endIndex), t.scopes.slice(1).join(' ')]);
    state = r.ruleStack;
  }
  return out;
}

function scopeOf(list: [string, string][], text: string): string {
  return list.find(([t]) => t === text)?.[1] ?? `(no token "${text}")`;
}

describe('TextMate grammars', () => {
  before(async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    registry = new Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p) => new oniguruma.OnigScanner(p), createOnigString: (s) => new oniguruma.OnigString(s) }),
      loadGrammar: async (scope) => {
        if (scope === 'source.shell') return parseRawGrammar(JSON.stringify({ scopeName: 'source.shell', patterns: [] }), 'shell.json');
        const file = FILES[scope];
        return file ? parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', file), 'utf8'), join(ROOT, 'syntaxes', file)) : null;
      },
    });
  });

  it('ebuild: metadata variables, inherit, phases, helpers, dependency atoms and USE conditionals', async () => {
    const g = await grammar('source.ebuild');
    const t = tokens(g, ['# @FUNCTION: foo', 'EAPI=8', 'inherit toolchain-funcs fancybuild', 'IUSE="+ssl gtk"', 'KEYWORDS="~amd64 x86"',
      'RDEPEND="ssl? ( >=dev-libs/openssl-3.0.1:0= ) || ( a/b c/d[gtk?] )"', 'src_install() {', '\temake DESTDIR="${D}" install', '}'].join('\n'));
    assert.match(scopeOf(t, '@FUNCTION'), /storage\.type\.class\.doc\.ebuild/);
    assert.match(scopeOf(t, 'EAPI'), /variable\.language\.metadata\.ebuild/);
    assert.match(scopeOf(t, 'inherit'), /keyword\.control\.import\.ebuild/);
    assert.match(scopeOf(t, ' toolchain-funcs fancybuild'), /entity\.name\.type\.eclass\.ebuild/);
    assert.match(scopeOf(t, '+ssl'), /constant\.language\.flag-default\.ebuild/);
    assert.match(scopeOf(t, '~amd64'), /constant\.language\.keyword\.testing\.ebuild/);
    assert.match(scopeOf(t, 'ssl?'), /keyword\.control\.conditional\.ebuild/);
    assert.match(scopeOf(t, '>='), /keyword\.operator\.comparison\.ebuild/);
    assert.match(scopeOf(t, 'dev-libs'), /entity\.name\.namespace\.category\.ebuild/);
    assert.match(scopeOf(t, 'openssl'), /entity\.name\.type\.package\.ebuild/);
    assert.match(scopeOf(t, '3.0.1'), /constant\.numeric\.version\.ebuild/);
    assert.match(scopeOf(t, ':0='), /storage\.modifier\.slot\.ebuild/);
    assert.match(scopeOf(t, '[gtk?]'), /variable\.parameter\.usedep\.ebuild/);
    assert.match(scopeOf(t, '||'), /keyword\.operator\.group\.ebuild/);
    assert.match(scopeOf(t, 'src_install'), /entity\.name\.function\.phase\.ebuild/);
    assert.match(scopeOf(t, 'emake'), /support\.function\.builtin\.ebuild/);
    assert.match(scopeOf(t, 'D'), /variable\.language\.ebuild/);
  });

  it('eclass files use the ebuild grammar', async () => {
    const t = tokens(await grammar('source.eclass'), '# @ECLASS: foo.eclass\nfoo_src_compile() {\n\tdie "x"\n}');
    assert.match(scopeOf(t, '@ECLASS'), /storage\.type\.class\.doc\.ebuild/);
    assert.match(scopeOf(t, 'foo_src_compile'), /entity\.name\.function\.ebuild/);
    assert.match(scopeOf(t, 'die'), /support\.function\.builtin\.ebuild/);
  });

  it('package.* files: atom, USE_EXPAND label, negated flag, keywords, comments', async () => {
    const g = await grammar('source.portage-package-files');
    const t = tokens(g, ['# comment', '>=dev-libs/libfoo-1.2:0::gentoo ssl -gtk PYTHON_TARGETS: python3_12', 'app-misc/hello ~amd64 **', 'not-an-atom flag']
      .join('\n'));
    assert.match(scopeOf(t, '# comment'), /comment\.line/);
    assert.match(scopeOf(t, 'dev-libs'), /entity\.name\.namespace\.category\.portage/);
    assert.match(scopeOf(t, '::gentoo'), /entity\.name\.namespace\.repository\.portage/);
    assert.match(scopeOf(t, '-gtk'), /constant\.language\.negated\.portage/);
    assert.match(scopeOf(t, 'PYTHON_TARGETS:'), /support\.type\.use-expand\.portage/);
    assert.match(scopeOf(t, '~amd64'), /constant\.language\.keyword\.testing\.portage/);
    assert.match(scopeOf(t, 'not-an-atom'), /invalid\.illegal\.atom\.portage/);
  });
});
