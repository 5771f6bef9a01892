/** Shared set-up for the language-server unit tests: the fixture repositories and a one-call analysis. */
import { join, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildContext, DocContext } from '../../src/server/docContext';
import { Knowledge } from '../../src/server/knowledge';
import { createParser, ParsedDocument } from '../../src/server/parse';

/** test/fixtures/lsp-repo, from the source tree (compiled tests run from out/test/unit). */
export const LSP_REPO = resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'lsp-repo');
export const GENTOO = join(LSP_REPO, 'gentoo');
export const OVERLAY = join(LSP_REPO, 'overlay');

export interface Analysed { ctx: DocContext; doc: TextDocument; parsed: ParsedDocument }

/** Parses `text` as if it were the file at `path` (which need not exist), with the gentoo fixture known. */
export async function analyse(path: string, text: string, knowledge = new Knowledge([GENTOO])): Promise<Analysed> {
  const parser = await createParser();
  const doc = TextDocument.create(`file://${path}`, path.endsWith('.eclass') ? 'eclass' : 'ebuild', 1, text);
  const parsed = new ParsedDocument(parser, doc);
  return { ctx: buildContext(path, text, parsed.facts(), knowledge), doc, parsed };
}

/** Offset of the n-th occurrence (0-based) of `needle`, plus `delta`. */
export function offsetOf(text: string, needle: string, delta = 0, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not in text`);
  }
  return i + delta;
}

/** A minimal valid EAPI 8 ebuild body to build cases from. */
export function ebuild(lines: string[]): string {
  return ['EAPI=8', ...lines].join('\n') + '\n';
}
