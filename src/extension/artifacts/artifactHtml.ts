/**
 * The artifacts panel's HTML, built from a read package with every value escaped. Pure (no `vscode`), so the
 * escaping is unit-tested. Data the script needs (the file list) travels as JSON in a
 * `<script type="application/json">` with `<`, `>` and `&` escaped; the script renders it with textContent.
 */
import type { BinaryPackage } from '../../core/binpkg/readPackage';
import type { PackageComparison } from '../../core/binpkg/comparePackages';
import { DEP_KEYS, formatDepTree, parseDepString } from '../../core/binpkg/metadata';
import { formatSize } from './artifactList';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text → HTML text or attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** JSON safe inside `<script type="application/json">`: nothing in it can close the element or open a comment. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** `-rwxr-xr-x`, `lrwxrwxrwx`, `drwxr-xr-x`. */
export function formatMode(type: string, mode: number): string {
  const t = ({ dir: 'd', directory: 'd', symlink: 'l', hardlink: 'h', file: '-', char: 'c', block: 'b', fifo: 'p' } as Record<string, string>)[type] ?? '?';
  let s = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const bits = (mode >> shift) & 7;
    s += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  // setuid/setgid/sticky shown as ls does.
  const chars = s.split('');
  if (mode & 0o4000) chars[2] = chars[2] === 'x' ? 's' : 'S';
  if (mode & 0o2000) chars[5] = chars[5] === 'x' ? 's' : 'S';
  if (mode & 0o1000) chars[8] = chars[8] === 'x' ? 't' : 'T';
  return t + chars.join('');
}

export interface PanelAssets {
  nonce: string;
  cspSource: string;
  scriptUri: string;
  styleUri: string;
}

/** What the webview script receives: enough to rebuild the file tree and to remember the panel's package. */
export interface PanelData {
  file: string;
  compareWith?: string;
  /** `[path, size, mode string, link target, unsafe reason]`. */
  files: [string, number, string, string, string][];
}

const row = (label: string, value: string | undefined, cls = '') =>
  value === undefined || value === '' ? '' : `<dt>${escapeHtml(label)}</dt><dd class="${cls}">${escapeHtml(value)}</dd>`;

function buildTime(md: Record<string, string>): string | undefined {
  const t = Number(md.BUILD_TIME);
  return Number.isFinite(t) && t > 0 ? new Date(t * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : undefined;
}

function manifestBanner(pkg: BinaryPackage): string {
  const m = pkg.manifest;
  if (m.state === 'mismatch' || m.state === 'missing') {
    return `<div class="banner error" role="alert"><strong>Manifest ${escapeHtml(m.state === 'mismatch' ? 'MISMATCH' : 'MISSING')}:</strong> ${escapeHtml(m.summary)}`
      + `<ul>${m.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul><p>Do not install or publish this package: it is not what was built.</p></div>`;
  }
  return '';
}

function useSection(pkg: BinaryPackage): string {
  const on = pkg.use.enabled.map((f) => `<li class="flag on" title="enabled">${escapeHtml(f)}</li>`).join('');
  const off = pkg.use.disabled.map((f) => `<li class="flag off" title="disabled">-${escapeHtml(f)}</li>`).join('');
  if (!on && !off) return '<section><h2>USE</h2><p class="muted">No USE flags (IUSE is empty).</p></section>';
  return `<section><h2>USE <span class="count">${pkg.use.enabled.length} on · ${pkg.use.disabled.length} off</span></h2><ul class="flags">${on}${off}</ul></section>`;
}

function depsSection(pkg: BinaryPackage): string {
  const blocks = DEP_KEYS.filter((k) => pkg.metadata[k]?.trim()).map((k) => {
    let tree: string;
    try {
      tree = formatDepTree(parseDepString(pkg.metadata[k]));
    } catch {
      tree = pkg.metadata[k];
    }
    return `<details open><summary>${escapeHtml(k)}</summary><pre class="deps">${escapeHtml(tree)}</pre></details>`;
  });
  return `<section><h2>Dependencies</h2>${blocks.length ? blocks.join('') : '<p class="muted">None.</p>'}</section>`;
}

function list(title: string, items: string[], cls: string, max = 500): string {
  if (!items.length) return '';
  const more = items.length > max ? `<li class="muted">…and ${items.length - max} more</li>` : '';
  return `<h3>${escapeHtml(title)} <span class="count">${items.length}</span></h3><ul class="changes ${cls}">${items.slice(0, max).map((i) => `<li>${escapeHtml(i)}</li>`).join('')}${more}</ul>`;
}

function compareSection(other: BinaryPackage, c: PackageComparison): string {
  const who = `${other.cpv}${other.buildId !== undefined ? ` (build ${other.buildId})` : ''}`;
  const parts = [
    list('USE turned on', c.use.enabled, 'added'), list('USE turned off', c.use.disabled, 'removed'),
    ...c.dependencies.flatMap((d) => [list(`${d.key} added`, d.added, 'added'), list(`${d.key} removed`, d.removed, 'removed')]),
    list('Files added', c.files.added.map((f) => f.path), 'added'), list('Files removed', c.files.removed.map((f) => f.path), 'removed'),
    list('Files changed', c.files.changed.map((f) => `${f.after.path} (${f.what.join(', ')})`), 'changed'),
    list('Metadata changed', c.metadata.filter((m) => !DEP_KEYS.includes(m.key) && m.key !== 'USE').map((m) => `${m.key}: ${short(m.before)} → ${short(m.after)}`), 'changed'),
  ].filter(Boolean);
  return `<section class="compare"><h2>Compared with ${escapeHtml(who)}</h2><p class="muted">+ only in this build, − only in ${escapeHtml(who)}, ~ different.</p>${parts.length ? parts.join('') : '<p class="muted">No differences in USE, dependencies, files or metadata.</p>'}</section>`;
}

function short(v: string | undefined): string {
  if (v === undefined) return '(none)';
  const one = v.replace(/\s+/g, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 117)}…` : one || '(empty)';
}

export function renderPackageHtml(pkg: BinaryPackage, assets: PanelAssets, compare?: { other: BinaryPackage; comparison: PackageComparison }): string {
  const md = pkg.metadata;
  const { nonce, cspSource } = assets;
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const total = pkg.files.reduce((s, f) => s + (f.type === 'file' ? f.size : 0), 0);
  const data: PanelData = {
    file: pkg.file, compareWith: compare?.other.file,
    files: pkg.files.map((f) => [f.path, f.size, formatMode(f.type, f.mode), f.linkTarget ?? '', f.unsafe ?? '']),
  };
  const repo = md.repository ?? md.REPO;
  const facts = [
    row('Slot', md.SLOT), row('Repository', repo), row('Format', `${pkg.format.toUpperCase()}${pkg.compression.image ? ` (${pkg.compression.image})` : ''}`),
    row('Build ID', pkg.buildId !== undefined ? String(pkg.buildId) : undefined), row('Size', `${formatSize(pkg.size)} (${pkg.size} bytes)`),
    row('Installed size', pkg.files.length ? formatSize(total) : undefined), row('Build time', buildTime(md)), row('EAPI', md.EAPI),
    row('KEYWORDS', md.KEYWORDS, 'mono'), row('LICENSE', md.LICENSE, 'mono'), row('HOMEPAGE', md.HOMEPAGE),
    row('CHOST', md.CHOST, 'mono'), row('CFLAGS', md.CFLAGS, 'mono'), row('CXXFLAGS', md.CXXFLAGS, 'mono'), row('LDFLAGS', md.LDFLAGS, 'mono'),
    row('Manifest', pkg.manifest.summary, `manifest-${pkg.manifest.state}`), row('File', pkg.file, 'mono'),
  ].join('');
  const problems = pkg.problems.length
    ? `<div class="banner warning" role="status"><strong>Problems found while reading:</strong><ul>${pkg.problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul></div>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${escapeHtml(nonce)}" href="${escapeHtml(assets.styleUri)}">
<title>${escapeHtml(pkg.cpv)}</title>
</head>
<body>
<header>
<h1><span class="cpv">${escapeHtml(pkg.cpv)}</span><span class="badge">${escapeHtml(pkg.format)}</span>${pkg.buildId !== undefined ? `<span class="badge">build ${escapeHtml(pkg.buildId)}</span>` : ''}</h1>
<p class="description">${escapeHtml(md.DESCRIPTION ?? '')}</p>
<div class="actions">
<button data-action="openEbuild"${pkg.ebuild ? '' : ' disabled title="This package carries no ebuild"'}>Open ebuild</button>
<button data-action="openEnvironment" class="secondary"${pkg.environment.present ? '' : ' disabled title="This package carries no environment.bz2"'}>Open environment</button>
<button data-action="compare" class="secondary">Compare with another build…</button>
<button data-action="reveal" class="secondary">Reveal file</button>
</div>
</header>
${manifestBanner(pkg)}${problems}
<section><h2>Package</h2><dl class="facts">${facts}</dl></section>
${compare ? compareSection(compare.other, compare.comparison) : ''}
${useSection(pkg)}
${depsSection(pkg)}
<section><h2>Files <span class="count">${pkg.files.length} entries · ${escapeHtml(formatSize(total))}</span></h2>
<input id="filter" type="search" placeholder="Filter files (e.g. /usr/bin)" aria-label="Filter files">
<div id="files" class="files" role="tree" aria-label="Files"></div>
</section>
<script type="application/json" id="data">${jsonForScript(data)}</script>
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(assets.scriptUri)}"></script>
</body>
</html>`;
}

/** A page for a package that could not be read: the reason, escaped. */
export function renderErrorHtml(file: string, message: string, assets: PanelAssets): string {
  const csp = `default-src 'none'; style-src ${assets.cspSource} 'nonce-${assets.nonce}'; script-src 'nonce-${assets.nonce}';`;
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`
    + `<link rel="stylesheet" nonce="${escapeHtml(assets.nonce)}" href="${escapeHtml(assets.styleUri)}"><title>Unreadable package</title></head>`
    + `<body><div class="banner error" role="alert"><strong>Cannot show ${escapeHtml(file)}</strong><p>${escapeHtml(message)}</p></div>`
    + `<script type="application/json" id="data">${jsonForScript({ file, files: [] })}</script><script nonce="${escapeHtml(assets.nonce)}" src="${escapeHtml(assets.scriptUri)}"></script></body></html>`;
}
