/** Everything the language server would show for a document: its own checks, bash's syntax verdict and shellcheck through a profile. */
import { resolve } from 'node:path';
import { checkSyntax } from '../../src/server/bashSyntax';
import { computeDiagnostics } from '../../src/server/diagnostics';
import { Knowledge } from '../../src/server/knowledge';
import { filterShellcheck, runShellcheck } from '../../src/server/shellcheck';
import { SeverityOverrides, ShellcheckProfile } from '../../src/server/shellcheckProfile';
import { analyse } from './serverFixture';

/** test/fixtures/lsp-idioms: a repository with the eclass shapes of real trees. */
export const IDIOMS = resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lsp-idioms');

export interface Shown { code: string; severity: string; text: string }

/** Parses and checks `text` as the file at `path` (which need not exist) of a repository, the idioms one by default. */
export async function diagnose(path: string, text: string, profile: ShellcheckProfile = 'ebuild', repo = IDIOMS, overrides?: SeverityOverrides): Promise<Shown[]> {
  const { ctx, doc } = await analyse(resolve(repo, path), text, new Knowledge([repo]));
  const comments = await runShellcheck(text);
  if (!comments) throw new Error('shellcheck must be installed (apt-get install shellcheck)');
  const found = [
    ...computeDiagnostics(ctx),
    ...(await checkSyntax(ctx)),
    ...filterShellcheck(ctx, comments, (line, character) => doc.offsetAt({ line, character }), profile, overrides),
  ];
  return found.map((f) => ({ code: f.code, severity: f.severity, text: text.slice(f.span.start, f.span.end) }));
}

/** Only what a reviewer would ask to change: errors and warnings. */
export function loud(shown: Shown[]): Shown[] {
  return shown.filter((s) => s.severity === 'error' || s.severity === 'warning');
}

/** A small EAPI 8 ebuild with its metadata, around the given lines. */
export function pkg(lines: string[], eapi = '8'): string {
  return [`EAPI=${eapi}`, '', ...lines.filter((l) => l.startsWith('inherit ')), '', 'DESCRIPTION="A fixture package"', 'HOMEPAGE="https://example.org"',
    'LICENSE="MIT"', 'SLOT="0"', 'KEYWORDS="~amd64"', ...lines.filter((l) => !l.startsWith('inherit '))].join('\n') + '\n';
}
