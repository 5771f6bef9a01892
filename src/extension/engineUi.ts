/**
 * Pure helpers behind the engine UI (status bar, "Switch Docker Engine…", SSH prompts): no `vscode` import, so
 * unit tests cover the texts and choices users see.
 */
import type { ContextEntry } from '../docker/contexts';
import type { HostKeyInfo } from '../docker/knownHosts';

/** What ssh prints for an unknown host, so the modal reads like the prompt users already know. */
export function hostKeyPrompt(info: Pick<HostKeyInfo, 'host' | 'port' | 'keyType' | 'fingerprint'>): string {
  const where = info.port && info.port !== 22 ? `[${info.host}]:${info.port}` : info.host;
  return `The authenticity of host '${where}' can't be established. ${keyTypeLabel(info.keyType)} key fingerprint is ${info.fingerprint}.`;
}

/** `ssh-ed25519` → `ED25519`, `ecdsa-sha2-nistp256` → `ECDSA`, `ssh-rsa` → `RSA` (ssh's own names). */
function keyTypeLabel(keyType: string): string {
  if (keyType.startsWith('ecdsa-')) return 'ECDSA';
  if (keyType.startsWith('sk-ecdsa-')) return 'ECDSA-SK';
  if (keyType.startsWith('sk-ssh-ed25519')) return 'ED25519-SK';
  return keyType.replace(/^ssh-/, '').toUpperCase();
}

export type EngineAction = { kind: 'default' } | { kind: 'context'; name: string } | { kind: 'url' };

export interface EnginePickItem {
  label: string;
  description?: string;
  detail?: string;
  picked?: boolean;
  action: EngineAction;
}

/** The "Switch Docker Engine…" choices: the CLI's own choice, each context, then a free URL. */
export function engineQuickPickItems(contexts: readonly ContextEntry[], setting: string | undefined): EnginePickItem[] {
  const s = setting?.trim() || undefined;
  const items: EnginePickItem[] = [{
    label: '$(discard) Use the docker CLI\'s choice',
    description: s ? undefined : '(current setting)',
    detail: 'Clears ebuildBuilder.engine: DOCKER_HOST, DOCKER_CONTEXT, the current Docker context, else the default socket.',
    picked: !s,
    action: { kind: 'default' },
  }];
  for (const c of contexts) {
    const marks = [c.current ? 'docker CLI\'s current context' : '', s === c.name ? 'current setting' : ''].filter(Boolean);
    items.push({
      label: `$(server-environment) ${c.name}`,
      description: `${c.endpoint}${c.tls ? ' (TLS)' : ''}${marks.length ? ` — ${marks.join(', ')}` : ''}`,
      detail: c.description || undefined,
      picked: s === c.name,
      action: { kind: 'context', name: c.name },
    });
  }
  const custom = s && !contexts.some((c) => c.name === s) ? s : undefined;
  items.push({ label: '$(edit) Enter an engine URL…', description: custom ? `${custom} — current setting` : 'unix://, tcp://, ssh://', action: { kind: 'url' } });
  return items;
}

/** Input-box validation for an engine URL; undefined when acceptable. */
export function validateEngineUrl(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'Enter an engine URL, e.g. unix:///var/run/docker.sock, tcp://10.0.0.5:2376 or ssh://me@build-box';
  const m = /^(unix|tcp|ssh):\/\/(.*)$/.exec(v);
  if (!m) return 'Use unix://PATH, tcp://HOST:PORT or ssh://[USER@]HOST[:PORT]';
  const rest = m[2];
  if (m[1] === 'unix') return rest.startsWith('/') ? undefined : 'A unix URL needs an absolute socket path: unix:///var/run/docker.sock';
  if (/\s/.test(rest) || !rest || rest.startsWith('/') || rest.startsWith(':')) return `A ${m[1]} URL needs a host: ${m[1] === 'tcp' ? 'tcp://10.0.0.5:2376' : 'ssh://me@build-box'}`;
  const port = /:(\d*)(?:\/.*)?$/.exec(rest.replace(/^\[[^\]]*\]/, ''))?.[1];
  if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535)) return `Port must be 1–65535 in ${v}`;
  return undefined;
}

/** Status-bar text and tooltip for the engine the next build would use. */
export function engineStatus(url: string, chosenBy: string): { text: string; tooltip: string } {
  return {
    text: `$(server-environment) ${url}`,
    tooltip: `Docker engine: ${url}\nChosen by: ${chosenBy}\nClick to switch the engine`,
  };
}
