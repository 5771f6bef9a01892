/**
 * Go to definition: a function → its definition in this file or an inherited eclass; an `inherit`
 * argument → the eclass file; an atom in a dependency string → the package's ebuilds; a variable →
 * its assignment here or its eclass documentation.
 */
import { placeAt } from './cursorContext';
import { DocContext, eclassFunction, eclassVariable } from './docContext';
import { splitAtom } from './depString';
import { DEPENDENCY_VARIABLES } from './pms';

/** A target: a file and a 0-based line, or a span in the document itself. */
export type Target = { path: string; line: number } | { self: true; start: number; end: number };

export function definitionAt(ctx: DocContext, offset: number): Target[] {
  const place = placeAt(ctx, offset);
  switch (place.kind) {
    case 'inherit': {
      const name = place.word?.text;
      if (!name) return [];
      const e = ctx.chain.find((r) => r.eclass(name));
      return e ? [{ path: e.eclassPath(name), line: 0 }] : [];
    }
    case 'command':
    case 'command-arg': {
      const name = place.word.text;
      const local = ctx.localFunctions.get(name);
      if (local) return [{ self: true, ...local }];
      const e = eclassFunction(ctx, name);
      return e ? [{ path: e.repo.eclassPath(e.info.name), line: e.fn.line }] : [];
    }
    case 'variable-ref': {
      const a = ctx.globals.get(place.word.text)?.[0];
      if (a) return [{ self: true, ...a.nameSpan }];
      const e = eclassVariable(ctx, place.word.text);
      return e ? [{ path: e.repo.eclassPath(e.info.name), line: e.variable.line }] : [];
    }
    case 'value': {
      if (!DEPENDENCY_VARIABLES.has(place.variable)) return [];
      const atom = splitAtom(place.token.text, ctx.eapi);
      if (typeof atom === 'string') return [];
      const seen = new Set<string>();
      const out: Target[] = [];
      for (const r of ctx.chain) {
        for (const path of r.ebuilds(atom.category, atom.pn)) {
          if (!seen.has(path)) out.push({ path, line: 0 });
          seen.add(path);
        }
      }
      return out;
    }
    default:
      return [];
  }
}
