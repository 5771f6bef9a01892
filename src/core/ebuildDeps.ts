/**
 * The package atoms an ebuild's dependency variables name, split by when they are needed:
 * DEPEND/BDEPEND/RDEPEND/IDEPEND before the ebuild, PDEPEND after it. Blockers (`!`, `!!`) are not dependencies.
 */
import { tryParseAtom, type Atom } from './atom';
import { assignedValues } from './ebuildVars';

/** The variables holding dependency specifications (PMS 8.1). */
export const DEPENDENCY_VARIABLES = ['DEPEND', 'RDEPEND', 'BDEPEND', 'PDEPEND', 'IDEPEND'] as const;
export type DependencyVariable = (typeof DEPENDENCY_VARIABLES)[number];

export interface DependencyAtoms {
  before: Atom[];
  after: Atom[];
}

export function dependencyAtoms(text: string): DependencyAtoms {
  const collect = (names: string[]) => names.flatMap((n) => assignedValues(text, n).flatMap(atomsIn));
  return { before: collect(['DEPEND', 'BDEPEND', 'RDEPEND', 'IDEPEND']), after: collect(['PDEPEND']) };
}

/** Every package atom of a dependency string (USE conditionals, groups, blockers and `${VAR}` skipped). */
function atomsIn(depString: string): Atom[] {
  const out: Atom[] = [];
  for (const tok of depString.split(/\s+/)) {
    if (!tok || tok === '||' || tok === '(' || tok === ')' || tok.endsWith('?') || tok.startsWith('!') || tok.includes('$')) continue;
    const r = tryParseAtom(tok);
    if (r.ok) out.push(r.atom);
  }
  return out;
}
