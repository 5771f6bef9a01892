/**
 * pkgcheck's command line and its JsonStream output, read the same by the language server, the extension and the
 * runner. JsonStream writes one JSON object per line: `{"__class__": "<Result>", …attributes}`, with `category`,
 * `package`, `version` by scope and `lineno`/`line` (or `lines`) for line results.
 */
export interface PkgcheckResult {
  className: string;
  category?: string;
  package?: string;
  version?: string;
  /** 1-based line numbers the result points at (empty when it has none). */
  lines: number[];
  attrs: Record<string, unknown>;
}

/** `pkgcheck scan -R JsonStream -r <repo> <cat/pkg>`; repoPath is where the repository is inside the container. */
export function pkgcheckArgs(repoPath: string, category: string, pkg: string, extra: string[] = []): string[] {
  return ['pkgcheck', 'scan', '-R', 'JsonStream', '-r', repoPath, ...extra, `${category}/${pkg}`];
}

/** Parses JsonStream output; lines that are not result objects (warnings, tracebacks) are skipped. */
export function parseJsonStream(output: string): PkgcheckResult[] {
  const out: PkgcheckResult[] = [];
  for (const line of output.split('\n')) {
    const t = line.trim();
    if (!t.startsWith('{')) continue;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(t) as Record<string, unknown>;
    } catch {
      continue;
    }
    const className = obj.__class__;
    if (typeof className !== 'string') continue;
    const { __class__: _c, category, package: pkg, version, lineno, lines, ...attrs } = obj;
    const nums: number[] = [];
    if (typeof lineno === 'number') nums.push(lineno);
    else if (typeof lineno === 'string' && /^\d+$/.test(lineno)) nums.push(Number(lineno));
    if (Array.isArray(lines)) for (const l of lines) if (typeof l === 'number' || (typeof l === 'string' && /^\d+$/.test(l))) nums.push(Number(l));
    out.push({ className, category: str(category), package: str(pkg), version: str(version), lines: nums, attrs });
  }
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** pkgcheck writes errors under names like these; everything else is a warning or a style note. */
const ERROR_CLASS = /^(Invalid|Nonexistent|Nonsolvable|Missing|Bad|Unknown)|Error$/;

export function pkgcheckSeverity(r: PkgcheckResult): 'error' | 'warning' {
  return ERROR_CLASS.test(r.className) ? 'error' : 'warning';
}

/** JsonStream has no message text (pkgcheck's `desc` is not serialized): one worded from the class and attributes. */
export function describePkgcheckResult(r: PkgcheckResult): string {
  const words = r.className.replace(/([a-z])([A-Z])/g, '$1 $2');
  const details = Object.entries(r.attrs)
    .filter(([k]) => k !== 'line')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  const line = typeof r.attrs.line === 'string' ? ` — \`${r.attrs.line.trim()}\`` : '';
  return `${words}${details.length ? ` (${details.join('; ')})` : ''}${line}`;
}
