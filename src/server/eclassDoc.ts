/**
 * Reads an eclass: its documentation blocks (the eclass-manpages format: `# @ECLASS:`, `# @FUNCTION:`,
 * `# @ECLASS_VARIABLE:` with `@USAGE`, `@DESCRIPTION`, `@RETURN`, …), where its functions are defined,
 * what it inherits, which IUSE it adds and which variables it assigns. Line-based: eclasses are
 * read in bulk and must never fail to load, whatever they contain.
 */

export interface FunctionDoc {
  name: string;
  /** 0-based line of the definition (or of the doc block when there is no definition). */
  line: number;
  usage?: string;
  description?: string;
  returns?: string;
  internal: boolean;
  deprecated?: string;
  documented: boolean;
}

export interface VariableDoc {
  name: string;
  line: number;
  description?: string;
  defaultUnset: boolean;
  preInherit: boolean;
  userVariable: boolean;
  outputVariable: boolean;
  required: boolean;
  internal: boolean;
}

export interface EclassInfo {
  name: string;
  blurb?: string;
  description?: string;
  supportedEapis?: string[];
  deprecated?: string;
  functions: Map<string, FunctionDoc>;
  variables: Map<string, VariableDoc>;
  inherits: string[];
  /** Flags the eclass adds to IUSE (without +/- defaults). */
  iuse: string[];
  /** True when its IUSE depends on expansions we do not evaluate. */
  iuseDynamic: boolean;
  /** Upper-case variables it assigns anywhere (SLOT, LICENSE, …). */
  assigned: Set<string>;
  /** Variables it reads, i.e. the ones an ebuild may set for it (locals too: bash scoping is dynamic). */
  referenced: Set<string>;
  /** Names it reads by a computed name: `@ECLASS_VARIABLE: ERROR_<CFG>`, `"ERROR_${config}"`. */
  namePatterns: RegExp[];
  exportedPhases: string[];
}

type Block = { tags: Map<string, string>; line: number };

const MULTILINE_TAGS = new Set(['DESCRIPTION', 'RETURN', 'EXAMPLE', 'MAINTAINER', 'AUTHOR', 'USAGE', 'DEPRECATED', 'BLURB']);

function parseBlock(lines: string[], start: number, end: number): Block {
  const tags = new Map<string, string>();
  let current: string | undefined;
  for (let i = start; i < end; i++) {
    const body = lines[i].replace(/^\s*#\s?/, '');
    const m = /^@([A-Z_-]+):?\s*(.*)$/.exec(body);
    if (m) {
      current = m[1].replace(/-/g, '_');
      tags.set(current, m[2].trim());
      if (!MULTILINE_TAGS.has(current)) current = undefined;
    } else if (current) {
      const prev = tags.get(current) ?? '';
      tags.set(current, prev ? `${prev}\n${body}` : body);
    }
  }
  for (const [k, v] of tags) tags.set(k, v.replace(/\n+$/, ''));
  return { tags, line: start };
}

function words(value: string): string[] {
  return value.split(/\s+/).filter(Boolean);
}

export function parseEclass(name: string, text: string): EclassInfo {
  const info: EclassInfo = {
    name, functions: new Map(), variables: new Map(), inherits: [], iuse: [], iuseDynamic: false, assigned: new Set(), referenced: new Set(), namePatterns: [], exportedPhases: [],
  };
  const lines = text.split('\n');
  const fnDocs = new Map<string, Block>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^\s*#\s?@[A-Z]/.test(line)) {
      let j = i;
      while (j < lines.length && /^\s*#/.test(lines[j])) j++;
      const block = parseBlock(lines, i, j);
      const t = block.tags;
      if (t.has('ECLASS')) {
        info.blurb = t.get('BLURB');
        info.description = t.get('DESCRIPTION');
        info.deprecated = t.get('DEPRECATED');
        if (t.has('SUPPORTED_EAPIS')) info.supportedEapis = words(t.get('SUPPORTED_EAPIS') ?? '');
      } else if (t.has('FUNCTION')) {
        fnDocs.set(t.get('FUNCTION') ?? '', block);
      } else {
        const varName = t.get('ECLASS_VARIABLE') ?? t.get('VARIABLE');
        if (varName) {
          info.variables.set(varName, {
            name: varName, line: i, description: t.get('DESCRIPTION'), defaultUnset: t.has('DEFAULT_UNSET'), preInherit: t.has('PRE_INHERIT'),
            userVariable: t.has('USER_VARIABLE'), outputVariable: t.has('OUTPUT_VARIABLE'), required: t.has('REQUIRED'), internal: t.has('INTERNAL'),
          });
        }
      }
      i = j - 1;
      continue;
    }
    const def = /^\s*(?:function\s+)?([A-Za-z_][\w\-.:+]*)\s*\(\)\s*(?:\{|\(|$)/.exec(line);
    if (def && !info.functions.has(def[1])) info.functions.set(def[1], { name: def[1], line: i, internal: def[1].startsWith('_'), documented: false });
    // also `7) inherit foo ;;` and `[[ … ]] && inherit foo`, common in EAPI-dependent eclasses
    const inh = /(?:^|[;&|)]|\bthen|\belse)\s*inherit\s+([^#;&|]*)/.exec(line);
    if (inh) info.inherits.push(...words(inh[1]).filter((w) => !w.includes('$')));
    const exp = /^\s*EXPORT_FUNCTIONS\s+([^#;]*)/.exec(line);
    if (exp) info.exportedPhases.push(...words(exp[1]));
    const asg = /^\s*(?:export\s+|readonly\s+)?([A-Z_][A-Z0-9_]*)\+?=/.exec(line);
    if (asg) info.assigned.add(asg[1]);
    // `: "${SLOT:=0}"` sets a default: acct-user and acct-group set SLOT and DESCRIPTION so
    for (const m of line.matchAll(/\$\{([A-Z_][A-Z0-9_]*):?=/g)) info.assigned.add(m[1]);
  }
  for (const m of text.matchAll(/\$\{?!?([A-Za-z_][A-Za-z0-9_]*)/g)) info.referenced.add(m[1]);
  // `local error="ERROR_${config}"` then `${!error}`: linux-info reads ERROR_<CFG> this way
  for (const m of text.matchAll(/"([A-Z][A-Z0-9]*_)\$\{\w+\}"/g)) info.namePatterns.push(new RegExp(`^${m[1]}\\w+$`));
  for (const name of info.variables.keys()) {
    if (name.includes('<')) info.namePatterns.push(new RegExp(`^${name.replace(/<[^>]*>/g, '\u0000').replace(/[^\w\u0000]/g, '\\$&').replace(/\u0000/g, '\\w+')}$`));
  }
  for (const m of text.matchAll(/^\s*IUSE\+?=(?:"([^"]*)"|'([^']*)'|(\S+))/gm)) {
    const value = m[1] ?? m[2] ?? m[3] ?? '';
    for (const w of words(value)) {
      if (w.includes('$')) info.iuseDynamic = true;
      else info.iuse.push(w.replace(/^[+-]/, ''));
    }
  }
  for (const [fname, block] of fnDocs) {
    const t = block.tags;
    const existing = info.functions.get(fname);
    info.functions.set(fname, {
      name: fname, line: existing?.line ?? block.line, usage: t.get('USAGE'), description: t.get('DESCRIPTION'), returns: t.get('RETURN'),
      internal: t.has('INTERNAL'), deprecated: t.get('DEPRECATED'), documented: true,
    });
  }
  return info;
}

/** Markdown for a function's documentation. */
export function functionMarkdown(eclass: string, f: FunctionDoc): string {
  const parts = [`\`\`\`bash\n${f.name}${f.usage ? ` ${f.usage}` : ''}\n\`\`\``, `*from ${eclass}.eclass*`];
  if (f.deprecated !== undefined) parts.push(`**Deprecated**${f.deprecated ? `: ${f.deprecated}` : ''}`);
  if (f.description) parts.push(f.description);
  if (f.returns) parts.push(`Returns: ${f.returns}`);
  return parts.join('\n\n');
}

export function variableMarkdown(eclass: string, v: VariableDoc): string {
  const flags = [v.preInherit && 'set before inherit', v.userVariable && 'user variable', v.outputVariable && 'output variable', v.required && 'required', v.defaultUnset && 'unset by default']
    .filter(Boolean).join(', ');
  return [`\`${v.name}\` — *${eclass}.eclass variable*${flags ? ` (${flags})` : ''}`, v.description ?? ''].filter(Boolean).join('\n\n');
}

export function eclassMarkdown(e: EclassInfo): string {
  const parts = [`**${e.name}.eclass**${e.blurb ? ` — ${e.blurb}` : ''}`];
  if (e.deprecated !== undefined) parts.push(`**Deprecated**${e.deprecated ? `: ${e.deprecated}` : ''}`);
  if (e.supportedEapis) parts.push(`Supported EAPIs: ${e.supportedEapis.join(' ')}`);
  if (e.description) parts.push(e.description);
  return parts.join('\n\n');
}
