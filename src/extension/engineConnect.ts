/**
 * The one way the extension connects to the engine: the CLI's choice rules (engineForBuild.ts) plus what only
 * VS Code can ask — trusting an unknown SSH host key and the passphrase of an encrypted key.
 */
import * as vscode from 'vscode';
import type { BuildConfig } from '../core/buildConfig';
import type { Engine } from '../docker/engine';
import { connectForConfig } from '../docker/engineForBuild';
import type { HostKeyInfo } from '../docker/knownHosts';
import type { Ctx } from './ctx';
import { hostKeyPrompt } from './engineUi';

const TRUST = 'Trust and Connect';

/** Host-key questions on screen, by host and key: connections opened meanwhile wait for the same answer. */
const pendingHostKeys = new Map<string, Promise<boolean>>();

export interface ConnectOptions {
  /**
   * A check nobody asked for (the engine check at start-up, restoring kept builds) never opens a modal: an unknown
   * host key makes it fail with the "host key unknown" message, and the next build or "Check Engine" asks.
   */
  background?: boolean;
}

/** Connects (and pings) the configured engine; callers close it when done (an ssh engine holds a connection). */
export async function connectForVsCode(ctx: Ctx, config: BuildConfig, opts: ConnectOptions = {}): Promise<Engine> {
  return connectForConfig(config, process.env, {
    onUnknownHostKey: async (info: HostKeyInfo) => {
      ctx.log.info(`unknown SSH host key for ${info.host}:${info.port} ${info.keyType} ${info.fingerprint}${opts.background ? ' (not asked: a background check)' : ''}`);
      if (opts.background) return false;
      const key = `${info.host}:${info.port} ${info.fingerprint}`;
      let answer = pendingHostKeys.get(key);
      if (!answer) {
        answer = Promise.resolve(vscode.window.showWarningMessage(hostKeyPrompt(info), {
          modal: true,
          detail: 'Compare the fingerprint with the one the host\'s administrator gave you. Trusting adds it to ~/.ssh/known_hosts.',
        }, TRUST)).then((a) => a === TRUST);
        pendingHostKeys.set(key, answer);
        void answer.finally(() => pendingHostKeys.delete(key));
      }
      return answer;
    },
    sshPassphrase: async () => {
      if (opts.background) return '';
      const value = await vscode.window.showInputBox({
        password: true,
        ignoreFocusOut: true,
        title: 'Ebuild Builder: SSH key passphrase',
        prompt: `Passphrase for the SSH key used to reach ${config.engine ?? 'the Docker engine'}`,
      });
      // An empty string makes the key fail to decrypt, which connect.ts reports as a UserError.
      return value ?? '';
    },
  });
}
