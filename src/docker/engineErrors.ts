/**
 * Reaching an engine failed: turn the raw error (ssh2, TLS, socket) into ONE UserError naming the engine and
 * the next step. The wording users hit is listed in docs/engines.md; each case here matches one of them.
 */
import { UserError, isUserError } from '../core/userError';

export interface EngineRef {
  url: string;
  chosenBy: string;
  kind: string;
  /** TLS files in use, to name them. */
  tls?: { ca?: string; cert?: string; key?: string };
  /** What the remote `docker system dial-stdio` printed, when ssh fell back to it. */
  remoteStderr?: string;
}

interface RawError extends Error {
  code?: string;
  level?: string;
  statusCode?: number;
  json?: { message?: string } | string;
}

function rawText(e: RawError): string {
  const json = typeof e.json === 'string' ? e.json : e.json?.message;
  return `${e.message ?? ''} ${json ?? ''}`;
}

export function engineError(err: unknown, engine: EngineRef, doing = 'connecting'): UserError {
  if (isUserError(err)) return err;
  const e = (err ?? {}) as RawError;
  const text = rawText(e);
  const code = e.code ?? '';
  const where = `the Docker engine ${engine.url} (chosen by ${engine.chosenBy})`;
  const mk = (what: string, action: string, c: string) => new UserError(`Cannot reach ${where}: ${what}`, action, c);
  const changeEngine = 'or choose another engine (ebuildBuilder.engine, --engine, --context, DOCKER_HOST)';

  // SSH
  if (/All configured authentication methods failed/i.test(text)) {
    return mk(`the SSH server refused every key offered for user "${userOf(engine.url)}".`,
      `Check the user name in the URL, that your public key is in ~${userOf(engine.url)}/.ssh/authorized_keys on that host, and that ssh-agent holds the key (\`ssh-add -l\`) or an identity file is set.`,
      'ssh-auth-failed');
  }
  if (/Failed to connect to agent|agent.*(ENOENT|ECONNREFUSED)/i.test(text)) {
    return mk('the SSH agent (SSH_AUTH_SOCK) does not answer.',
      'Start ssh-agent and add your key (`eval $(ssh-agent); ssh-add`), or unset SSH_AUTH_SOCK and set an identity file.', 'ssh-agent-missing');
  }
  if (/Timed out while waiting for handshake/i.test(text)) {
    return mk('the SSH handshake did not finish in time.', `Check that the host is up and port ${portOf(engine.url)} reaches its sshd, or raise the SSH timeout.`, 'ssh-timeout');
  }
  if (engine.kind === 'ssh' && (/socket hang up|ECONNRESET|Channel open failure|open failed/i.test(text) || code === 'ECONNRESET')) {
    const said = engine.remoteStderr ? ` The remote side said: "${engine.remoteStderr.split('\n')[0]}".` : '';
    if (/command not found|docker: not found|executable file not found/i.test(engine.remoteStderr ?? '')) {
      return mk(`the docker CLI is not installed on the remote host, and its Docker socket is not reachable.${said}`,
        'Install Docker on that host (or enable AllowStreamLocalForwarding in its sshd_config), then try again.', 'remote-docker-missing');
    }
    return mk(`SSH works, but the Docker daemon on the remote host does not answer.${said}`,
      'On that host, start Docker (`sudo systemctl start docker`), and check that the SSH user may use /var/run/docker.sock (member of the docker group).',
      'remote-docker-down');
  }

  // TLS
  if (/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|CERT_SIGNATURE_FAILURE/.test(code + ' ' + text)) {
    return mk(`its TLS certificate is not signed by the CA we trust${engine.tls?.ca ? ` (${engine.tls.ca})` : ''}.`,
      'Use the ca.pem of the CA that signed the engine\'s certificate (DOCKER_CERT_PATH or the context\'s TLS files).', 'tls-ca');
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || /altnames|does not match certificate/i.test(text)) {
    return mk(`its TLS certificate is not issued for the name "${hostOf(engine.url)}" (${text.trim()}).`,
      'Connect using a name or address the certificate lists, or reissue the server certificate with that name in its subjectAltName.', 'tls-name');
  }
  if (/bad certificate|certificate required|alert number 4[26]|alert number 116|unknown ca/i.test(text)) {
    return mk(`the engine refused our TLS client certificate${engine.tls?.cert ? ` (${engine.tls.cert})` : ' (none was sent)'}.`,
      'Use a client cert.pem and key.pem signed by the CA the engine trusts (DOCKER_CERT_PATH or the context\'s TLS files).', 'tls-client-cert');
  }
  if (/Client sent an HTTP request to an HTTPS server/i.test(text)) {
    return mk('the engine speaks TLS but we connected without it.',
      'Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder with ca.pem, cert.pem, key.pem, or use a Docker context with TLS.', 'tls-needed');
  }
  if (/wrong version number|EPROTO|packet length too long/i.test(code + ' ' + text)) {
    return mk('we spoke TLS but the engine answers in plain HTTP.', 'Unset DOCKER_TLS_VERIFY (or use a context without TLS) for this engine.', 'tls-not-offered');
  }

  // Sockets and networks
  switch (code) {
    case 'ENOENT':
      return mk(`the socket ${engine.url.replace(/^unix:\/\//, '')} does not exist, so the engine is not running.`,
        `Start it (\`sudo systemctl start docker\`, or \`dockerd\`; for podman \`systemctl start podman.socket\`), ${changeEngine}.`, 'engine-not-running');
    case 'EACCES':
    case 'EPERM':
      return mk('permission denied on its socket.',
        'Add yourself to the docker group (`sudo usermod -aG docker $USER`, then log out and in), or use a rootless engine.', 'engine-permission');
    case 'ECONNREFUSED':
      return mk(engine.kind === 'ssh' ? `nothing accepts SSH connections on ${hostOf(engine.url)}:${portOf(engine.url)}.` : 'the connection was refused: nothing listens there.',
        engine.kind === 'ssh' ? `Check the host and port, and that sshd runs there, ${changeEngine}.` : `Start the engine there (for dockerd: -H tcp://…), ${changeEngine}.`,
        'engine-refused');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return mk(`the host name "${hostOf(engine.url)}" does not resolve.`, `Check the host name, ${changeEngine}.`, 'engine-host-unknown');
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return mk('the host does not answer (network unreachable or filtered).', `Check the network path to ${hostOf(engine.url)}, ${changeEngine}.`, 'engine-unreachable');
  }
  if (/socket hang up|ECONNRESET/.test(text)) {
    return mk('the connection was closed without an answer.', 'Check that a Docker engine (not another service) listens there, and whether it expects TLS.', 'engine-hangup');
  }
  return new UserError(`${where} failed while ${doing}: ${text.trim() || String(err)}`, 'Check the engine (`docker info` with the same DOCKER_HOST/context), then try again.', 'engine-error');
}

function parsed(url: string): URL | undefined {
  try { return new URL(url); } catch { return undefined; }
}
function userOf(url: string): string { return decodeURIComponent(parsed(url)?.username ?? '') || 'you'; }
function hostOf(url: string): string { return (parsed(url)?.hostname ?? url).replace(/^\[(.*)\]$/, '$1'); }
function portOf(url: string): string { const u = parsed(url); return u?.port || (u?.protocol === 'ssh:' ? '22' : '2375'); }
