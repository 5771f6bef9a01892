/**
 * `(Change USE: +ssl -foo)` candidates of `emerge: there are no ebuilds built with USE flags to satisfy "X".`
 * (Portage's `_show_unsatisfied_dep`, printed instead of an autounmask block when binary packages must respect
 * USE). Each candidate is the package.use line autounmask would propose (`>=cpv ssl -foo`, `# required by`
 * comments from the dependency chain), so it is also emitted as an `autounmask` event: one finding, diagnostic
 * and quick fix for both forms.
 */
import type { AutounmaskEvent, MaskCandidate, NoEbuildsEvent, RequiredBy } from './events';

const VIOLATES = /^(.*?), this change violates use flag constraints defined by \S+: '(.*)'$/;
const FLAG = /^[+-]?[A-Za-z0-9][A-Za-z0-9+_@.-]*$/;

/** The text after `Change USE: ` → the flags, and the REQUIRED_USE expression a change would violate. */
export function parseUseChange(text: string): Pick<MaskCandidate, 'change' | 'violatesRequiredUse'> {
  const v = VIOLATES.exec(text);
  return v ? { change: v[1].trim(), violatesRequiredUse: v[2] } : { change: text.trim() };
}

/** Whether a candidate's change is a line to propose: plain flags, and no REQUIRED_USE it would break. */
function isProposedUseChange(c: MaskCandidate): boolean {
  if (!c.change || c.violatesRequiredUse !== undefined) return false;
  const flags = c.change.split(/\s+/).filter(Boolean);
  return flags.length > 0 && flags.every((f) => FLAG.test(f));
}

/** True when every candidate of the block became an `autounmask` event: those say all it says. */
export function coveredByUseChanges(e: NoEbuildsEvent): boolean {
  return Boolean(e.useFlags) && e.candidates.length > 0 && e.candidates.every(isProposedUseChange);
}

/** `app-misc/foo-1.0::repo[ssl,-bar]` → `app-misc/foo-1.0`. */
function cpvOfChainEntry(atom: string): string {
  const bracket = atom.indexOf('[');
  const noUse = bracket >= 0 ? atom.slice(0, bracket) : atom;
  const repo = noUse.indexOf('::');
  return repo >= 0 ? noUse.slice(0, repo) : noUse;
}

/**
 * The autounmask events of a `built with USE flags` block. `chain` is its `(dependency required by "X" [type])`
 * list, nearest first: it starts at the package whose dependency is unsatisfied. Portage lists the dependency's
 * own change first and may add one on that parent (a conditional USE dependency); the parent's line is required
 * by the rest of the chain. A change that would break REQUIRED_USE is not proposed (autounmask would not either).
 */
export function useChangeEvents(candidates: MaskCandidate[], lines: number[], chain: RequiredBy[]): AutounmaskEvent[] {
  const out: AutounmaskEvent[] = [];
  candidates.forEach((c, i) => {
    if (!c.change || !isProposedUseChange(c)) return;
    const change = c.change.split(/\s+/).filter(Boolean).map((f) => (f.startsWith('+') ? f.slice(1) : f)).join(' ');
    const links = chain[0] && cpvOfChainEntry(chain[0].atom) === c.cpv ? chain.slice(1) : chain;
    const atom = `>=${c.cpv}`;
    out.push({
      type: 'autounmask',
      inputLine: lines[i],
      kind: 'use',
      overrideKind: 'use',
      file: 'package.use',
      atom,
      change,
      entry: `${atom} ${change}`,
      requiredBy: links.map((r) => (r.kind === 'argument' ? { atom: r.atom, kind: 'argument' } : { atom: r.atom })),
      comments: links.map((r) => `# required by ${r.atom}${r.kind === 'argument' ? ' (argument)' : ''}`),
      form: 'no-ebuilds',
    });
  });
  return out;
}
