/**
 * A connected Docker Engine API endpoint. Everything that talks to an engine goes through one of these.
 * `connect.ts` chooses and opens one (local socket, tcp, TLS, ssh, podman).
 */
import Docker from 'dockerode';

export type EngineKind = 'unix' | 'tcp' | 'tls' | 'ssh' | 'podman';

export interface Engine {
  readonly docker: Docker;
  readonly kind: EngineKind;
  /** What it is, e.g. `unix:///var/run/docker.sock`, `ssh://builder@big-box`. */
  readonly url: string;
  /** How it was chosen, e.g. `DOCKER_HOST`, `context "big-box"`, `default socket`. */
  readonly chosenBy: string;
  /** True when the engine shares this machine's filesystem, so bind mounts of local paths work. */
  readonly sharesFilesystem: boolean;
  /** Podman's Docker-compatible API differs in a few places (attach, wait, image names). */
  readonly isPodman: boolean;
  close(): Promise<void>;
}

/** The local socket: `DOCKER_HOST` when it names a unix socket, else /var/run/docker.sock. */
export function localSocketPath(env: NodeJS.ProcessEnv = process.env): string {
  const h = env.DOCKER_HOST;
  if (h && h.startsWith('unix://')) return h.slice('unix://'.length);
  return '/var/run/docker.sock';
}

export function connectLocal(socketPath = localSocketPath(), chosenBy = 'default socket'): Engine {
  // `host: undefined` and an explicit protocol: a DOCKER_HOST in the environment would otherwise win (engines.md).
  const docker = new Docker({ socketPath, host: undefined, protocol: undefined } as Docker.DockerOptions);
  return {
    docker,
    kind: 'unix',
    url: `unix://${socketPath}`,
    chosenBy,
    sharesFilesystem: true,
    isPodman: false,
    close: async () => {},
  };
}
