"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sshConnection_exports = {};
__export(sshConnection_exports, {
  DEFAULT_REMOTE_SOCKET: () => DEFAULT_REMOTE_SOCKET,
  SshConnection: () => SshConnection
});
module.exports = __toCommonJS(sshConnection_exports);
var import_node_fs = require("node:fs");
var http = __toESM(require("node:http"));
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_ssh2 = require("ssh2");
var import_userError = require("../core/userError");
var import_knownHosts = require("./knownHosts");
const DEFAULT_REMOTE_SOCKET = "/var/run/docker.sock";
class SshConnection {
  constructor(target, settings, env = process.env) {
    this.target = target;
    this.settings = settings;
    this.env = env;
    this.agent = new http.Agent({ keepAlive: false, maxSockets: 64 });
    this.agent.createConnection = (_opts, cb) => {
      this.openChannel().then((s) => cb(null, s), (e) => cb(e));
      return void 0;
    };
  }
  target;
  settings;
  env;
  /** How many SSH connections this engine has opened (tests assert reuse). */
  connectCount = 0;
  /** How many channels (one per HTTP request) it has opened. */
  channelCount = 0;
  mode;
  /** Last stderr of `docker system dial-stdio`: the remote's own words when docker is missing or down. */
  lastRemoteStderr = "";
  agent;
  client;
  connecting;
  closed = false;
  /** Why the last handshake was refused by us (host key), so the error says it instead of ssh2's words. */
  refusal;
  /** Opens (or reuses) the SSH connection. Throws UserError for host-key refusals; ssh2 errors otherwise. */
  connect() {
    if (this.closed) return Promise.reject(new Error(`The SSH connection to ${this.target.url} was closed.`));
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.dial().finally(() => {
      this.connecting = void 0;
    });
    return this.connecting;
  }
  close() {
    this.closed = true;
    this.client?.end();
    this.client = void 0;
    this.agent.destroy();
  }
  async dial() {
    const config = await this.connectConfig();
    const client = new import_ssh2.Client();
    this.refusal = void 0;
    await new Promise((resolve, reject) => {
      const onError = (e) => {
        client.removeListener("ready", onReady);
        reject(this.refusal ?? e);
      };
      const onReady = () => {
        client.removeListener("error", onError);
        resolve();
      };
      client.once("ready", onReady);
      client.once("error", onError);
      client.connect(config);
    });
    this.connectCount++;
    this.client = client;
    const forget = () => {
      if (this.client === client) this.client = void 0;
    };
    client.on("error", forget);
    client.on("close", forget);
    return client;
  }
  async connectConfig() {
    const s = this.settings;
    const knownHostsPath = s.knownHostsPath ?? (0, import_node_path.join)(this.env.HOME || (0, import_node_os.homedir)(), ".ssh", "known_hosts");
    const known = (0, import_knownHosts.readKnownHosts)(knownHostsPath);
    const agent = s.agent ?? this.env.SSH_AUTH_SOCK ?? "";
    const config = {
      host: this.target.host,
      port: this.target.port,
      username: this.target.username,
      readyTimeout: s.readyTimeoutMs ?? 2e4,
      keepaliveInterval: s.keepaliveIntervalMs ?? 15e3,
      keepaliveCountMax: 4,
      hostVerifier: (key, verify) => {
        this.verifyHostKey(key, knownHostsPath).then(verify, (e) => {
          this.refusal = e;
          verify(false);
        });
      }
    };
    const types = (0, import_knownHosts.knownKeyTypes)(known, this.target.host, this.target.port);
    const prefer = hostKeyAlgorithmsFor(types);
    if (prefer.length) config.algorithms = { serverHostKey: { prepend: prefer } };
    if (agent) {
      if (!(0, import_node_fs.existsSync)(agent)) {
        throw new import_userError.UserError(
          `The SSH agent socket ${agent} (SSH_AUTH_SOCK) does not exist, so no key can be offered to ${this.target.url}.`,
          "Start ssh-agent and add your key (`eval $(ssh-agent); ssh-add`), or unset SSH_AUTH_SOCK and set an identity file.",
          "ssh-agent-missing"
        );
      }
      config.agent = agent;
    }
    const keyFile = s.identityFile ?? (agent ? void 0 : defaultIdentity(this.env));
    if (keyFile) Object.assign(config, await this.readKey(keyFile));
    if (!agent && !keyFile) {
      throw new import_userError.UserError(
        `No SSH key to offer to ${this.target.url}: SSH_AUTH_SOCK is not set and there is no ~/.ssh/id_ed25519, id_ecdsa or id_rsa.`,
        "Start ssh-agent and `ssh-add` your key, or set an identity file for the engine.",
        "ssh-no-key"
      );
    }
    return config;
  }
  /** Reads a key file, asking for its passphrase when it is encrypted (checked here, so a wrong one is named as such). */
  async readKey(path) {
    let data;
    try {
      data = (0, import_node_fs.readFileSync)(path);
    } catch (e) {
      throw new import_userError.UserError(`The SSH key ${path} cannot be read: ${e.message}.`, "Check the identity file setting.", "ssh-key-unreadable");
    }
    const parsed = import_ssh2.utils.parseKey(data);
    if (!(parsed instanceof Error)) return { privateKey: data };
    if (!/passphrase/i.test(parsed.message)) {
      throw new import_userError.UserError(`The SSH key ${path} is not a private key ssh2 can read: ${parsed.message}.`, "Point the identity file setting at an OpenSSH private key.", "ssh-key-unreadable");
    }
    if (!this.settings.passphrase) {
      throw new import_userError.UserError(
        `The SSH key ${path} is encrypted and there is no way to ask for its passphrase here.`,
        `Add it to ssh-agent (\`ssh-add ${path}\`) and use the agent, or run from a terminal or VS Code so the passphrase can be asked.`,
        "ssh-key-passphrase"
      );
    }
    const passphrase = await this.settings.passphrase();
    if (import_ssh2.utils.parseKey(data, passphrase) instanceof Error) {
      throw new import_userError.UserError(`Wrong passphrase for the SSH key ${path}.`, "Try again, or add the key to ssh-agent with `ssh-add`.", "ssh-key-passphrase");
    }
    return { privateKey: data, passphrase };
  }
  async verifyHostKey(key, knownHostsPath) {
    const info = (0, import_knownHosts.hostKeyInfo)(this.target.host, this.target.port, key);
    const verdict = (0, import_knownHosts.checkHostKey)((0, import_knownHosts.readKnownHosts)(knownHostsPath), info);
    const name = (0, import_knownHosts.hostPattern)(this.target.host, this.target.port);
    if (verdict.status === "known") return true;
    if (verdict.status === "revoked") {
      throw new import_userError.UserError(
        `The host key of ${name} (${info.fingerprint}) is marked @revoked in ${knownHostsPath}:${verdict.line}. Connection refused.`,
        "Ask the host's administrator for its new key.",
        "ssh-host-key-revoked"
      );
    }
    if (verdict.status === "changed") {
      throw new import_userError.UserError(
        `WARNING: the host key of ${name} has CHANGED (it is now ${info.keyType} ${info.fingerprint}, ${knownHostsPath}:${verdict.line} says otherwise). Someone could be intercepting the connection, or the host was reinstalled. Connection refused.`,
        `If you know the host was reinstalled, remove the old key with \`ssh-keygen -R '${name}' -f ${knownHostsPath}\`, then connect again and accept the new one.`,
        "ssh-host-key-changed"
      );
    }
    const accepted = this.settings.acceptHostKey && sameFingerprint(this.settings.acceptHostKey, info.fingerprint) || (this.settings.onUnknownHostKey ? await this.settings.onUnknownHostKey(info) : false);
    if (!accepted) {
      throw new import_userError.UserError(
        `The host key of ${name} is not in ${knownHostsPath}: ${info.keyType} ${info.fingerprint}. Connection refused until you accept it.`,
        `Check the fingerprint with the host's administrator (\`ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub\` there), then accept it: \`--accept-host-key ${info.fingerprint}\`, or connect once with \`ssh -p ${this.target.port} ${this.target.username}@${this.target.host}\`.`,
        "ssh-host-key-unknown"
      );
    }
    (0, import_knownHosts.addKnownHost)(knownHostsPath, info);
    return true;
  }
  /** One channel to the remote engine socket. */
  async openChannel() {
    const client = await this.connect();
    if (this.mode !== "dial-stdio") {
      try {
        const ch2 = await new Promise((resolve, reject) => client.openssh_forwardOutStreamLocal(this.settings.remoteSocket ?? DEFAULT_REMOTE_SOCKET, (err, stream) => err ? reject(err) : resolve(stream)));
        this.mode = "streamlocal";
        this.channelCount++;
        return asSocket(ch2);
      } catch {
      }
    }
    const ch = await new Promise((resolve, reject) => client.exec(this.dialCommand(), (err, stream) => err ? reject(err) : resolve(stream)));
    this.mode = "dial-stdio";
    this.channelCount++;
    let stderr = "";
    ch.stderr.on("data", (d) => {
      stderr += d.toString();
    });
    ch.on("exit", () => {
      if (stderr.trim()) this.lastRemoteStderr = stderr.trim();
    });
    return asSocket(ch);
  }
  dialCommand() {
    const sock = this.settings.remoteSocket;
    return sock && sock !== DEFAULT_REMOTE_SOCKET ? `docker -H 'unix://${sock.replace(/'/g, `'\\''`)}' system dial-stdio` : "docker system dial-stdio";
  }
}
function asSocket(ch) {
  const s = ch;
  for (const m of ["setTimeout", "setNoDelay", "setKeepAlive", "ref", "unref"]) {
    if (typeof s[m] !== "function") s[m] = () => ch;
  }
  return ch;
}
function sameFingerprint(a, b) {
  const norm = (f) => f.trim().replace(/^SHA256:/i, "").replace(/=+$/, "");
  return norm(a) === norm(b);
}
function defaultIdentity(env) {
  const dir = (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".ssh");
  return ["id_ed25519", "id_ecdsa", "id_rsa"].map((f) => (0, import_node_path.join)(dir, f)).find((p) => (0, import_node_fs.existsSync)(p));
}
function hostKeyAlgorithmsFor(types) {
  const supported = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"];
  return types.flatMap((t) => t === "ssh-rsa" ? ["rsa-sha2-512", "rsa-sha2-256", "ssh-rsa"] : supported.includes(t) ? [t] : []);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_REMOTE_SOCKET,
  SshConnection
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9zc2hDb25uZWN0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE9uZSBwZXJzaXN0ZW50IFNTSCBjb25uZWN0aW9uIHBlciBlbmdpbmUuIFN0b2NrIGRvY2tlcm9kZSBvcGVucyBhIG5ldyBTU0ggY29ubmVjdGlvbiAoYW5kIG5lZWRzIHRoZSBkb2NrZXIgQ0xJXG4gKiByZW1vdGVseSkgZm9yIGV2ZXJ5IEFQSSBjYWxsLCB+MC44IHMgZWFjaDsgaGVyZSBldmVyeSBIVFRQIHJlcXVlc3QgaXMgYSBuZXcgY2hhbm5lbCBvbiBvbmUgY29ubmVjdGlvbjogdGhlXG4gKiByZW1vdGUgc29ja2V0IGZvcndhcmRlZCB3aXRoIHN0cmVhbWxvY2FsLCBvciBgZG9ja2VyIHN5c3RlbSBkaWFsLXN0ZGlvYCB3aGVyZSBmb3J3YXJkaW5nIGlzIG9mZi5cbiAqIEhvc3Qga2V5cyBhcmUgY2hlY2tlZCBhZ2FpbnN0IGtub3duX2hvc3RzLCB3aGljaCBzc2gyIGRvZXMgbm90IGRvIGJ5IGl0c2VsZi5cbiAqL1xuaW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcyc7XG5pbXBvcnQgKiBhcyBodHRwIGZyb20gJ25vZGU6aHR0cCc7XG5pbXBvcnQgeyBob21lZGlyIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB0eXBlIHsgRHVwbGV4IH0gZnJvbSAnbm9kZTpzdHJlYW0nO1xuaW1wb3J0IHsgQ2xpZW50LCB1dGlscywgdHlwZSBDbGllbnRDaGFubmVsLCB0eXBlIENvbm5lY3RDb25maWcgfSBmcm9tICdzc2gyJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcbmltcG9ydCB7IGFkZEtub3duSG9zdCwgY2hlY2tIb3N0S2V5LCBob3N0S2V5SW5mbywgaG9zdFBhdHRlcm4sIGtub3duS2V5VHlwZXMsIHJlYWRLbm93bkhvc3RzLCB0eXBlIEhvc3RLZXlJbmZvIH0gZnJvbSAnLi9rbm93bkhvc3RzJztcblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfUkVNT1RFX1NPQ0tFVCA9ICcvdmFyL3J1bi9kb2NrZXIuc29jayc7XG5cbmV4cG9ydCBpbnRlcmZhY2UgU3NoVGFyZ2V0IHtcbiAgaG9zdDogc3RyaW5nO1xuICBwb3J0OiBudW1iZXI7XG4gIHVzZXJuYW1lOiBzdHJpbmc7XG4gIC8qKiBGb3IgbWVzc2FnZXM6IGBzc2g6Ly91c2VyQGhvc3Q6cG9ydGAuICovXG4gIHVybDogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIFNzaFNldHRpbmdzIHtcbiAgLyoqIEFnZW50IHNvY2tldDsgZGVmYXVsdCBgU1NIX0FVVEhfU09DS2AuIGAnJ2AgdHVybnMgdGhlIGFnZW50IG9mZi4gKi9cbiAgYWdlbnQ/OiBzdHJpbmc7XG4gIC8qKiBBIHByaXZhdGUga2V5IGZpbGU7IGRlZmF1bHQgdGhlIGZpcnN0IG9mIH4vLnNzaC9pZF9lZDI1NTE5LCBpZF9lY2RzYSwgaWRfcnNhIHRoYXQgZXhpc3RzICh3aGVuIG5vIGFnZW50KS4gKi9cbiAgaWRlbnRpdHlGaWxlPzogc3RyaW5nO1xuICAvKiogQXNrZWQgb25jZSB3aGVuIHRoZSBrZXkgZmlsZSBpcyBlbmNyeXB0ZWQuICovXG4gIHBhc3NwaHJhc2U/OiAoKSA9PiBQcm9taXNlPHN0cmluZz47XG4gIC8qKiBEZWZhdWx0IH4vLnNzaC9rbm93bl9ob3N0cy4gKi9cbiAga25vd25Ib3N0c1BhdGg/OiBzdHJpbmc7XG4gIC8qKiBBIGZpbmdlcnByaW50IChgU0hBMjU2Olx1MjAyNmApIHRoZSB1c2VyIGFjY2VwdGVkIGJlZm9yZWhhbmQgKGAtLWFjY2VwdC1ob3N0LWtleWApLiAqL1xuICBhY2NlcHRIb3N0S2V5Pzogc3RyaW5nO1xuICAvKiogQXNrZWQgd2hlbiB0aGUgaG9zdCBrZXkgaXMgbm90IGluIGtub3duX2hvc3RzOyB0cnVlIGFjY2VwdHMgaXQgYW5kIHJlY29yZHMgaXQgdGhlcmUuICovXG4gIG9uVW5rbm93bkhvc3RLZXk/OiAoaW5mbzogSG9zdEtleUluZm8pID0+IFByb21pc2U8Ym9vbGVhbj47XG4gIC8qKiBIYW5kc2hha2UgKyBhdXRoZW50aWNhdGlvbiBkZWFkbGluZSAoc3NoMiBgcmVhZHlUaW1lb3V0YDsgaXRzIGB0aW1lb3V0YCBvcHRpb24gY3Jhc2hlcykuIERlZmF1bHQgMjAgcy4gKi9cbiAgcmVhZHlUaW1lb3V0TXM/OiBudW1iZXI7XG4gIC8qKiBLZWVwLWFsaXZlIGludGVydmFsIHNvIGEgTkFUIG9yIGZpcmV3YWxsIGRvZXMgbm90IGRyb3AgYW4gaWRsZSBjb25uZWN0aW9uLiBEZWZhdWx0IDE1IHMuICovXG4gIGtlZXBhbGl2ZUludGVydmFsTXM/OiBudW1iZXI7XG4gIC8qKiBUaGUgZW5naW5lJ3Mgc29ja2V0IG9uIHRoZSByZW1vdGUgbWFjaGluZS4gKi9cbiAgcmVtb3RlU29ja2V0Pzogc3RyaW5nO1xufVxuXG50eXBlIE1vZGUgPSAnc3RyZWFtbG9jYWwnIHwgJ2RpYWwtc3RkaW8nO1xuXG5leHBvcnQgY2xhc3MgU3NoQ29ubmVjdGlvbiB7XG4gIC8qKiBIb3cgbWFueSBTU0ggY29ubmVjdGlvbnMgdGhpcyBlbmdpbmUgaGFzIG9wZW5lZCAodGVzdHMgYXNzZXJ0IHJldXNlKS4gKi9cbiAgY29ubmVjdENvdW50ID0gMDtcbiAgLyoqIEhvdyBtYW55IGNoYW5uZWxzIChvbmUgcGVyIEhUVFAgcmVxdWVzdCkgaXQgaGFzIG9wZW5lZC4gKi9cbiAgY2hhbm5lbENvdW50ID0gMDtcbiAgbW9kZTogTW9kZSB8IHVuZGVmaW5lZDtcbiAgLyoqIExhc3Qgc3RkZXJyIG9mIGBkb2NrZXIgc3lzdGVtIGRpYWwtc3RkaW9gOiB0aGUgcmVtb3RlJ3Mgb3duIHdvcmRzIHdoZW4gZG9ja2VyIGlzIG1pc3Npbmcgb3IgZG93bi4gKi9cbiAgbGFzdFJlbW90ZVN0ZGVyciA9ICcnO1xuICByZWFkb25seSBhZ2VudDogaHR0cC5BZ2VudDtcbiAgcHJpdmF0ZSBjbGllbnQ6IENsaWVudCB8IHVuZGVmaW5lZDtcbiAgcHJpdmF0ZSBjb25uZWN0aW5nOiBQcm9taXNlPENsaWVudD4gfCB1bmRlZmluZWQ7XG4gIHByaXZhdGUgY2xvc2VkID0gZmFsc2U7XG4gIC8qKiBXaHkgdGhlIGxhc3QgaGFuZHNoYWtlIHdhcyByZWZ1c2VkIGJ5IHVzIChob3N0IGtleSksIHNvIHRoZSBlcnJvciBzYXlzIGl0IGluc3RlYWQgb2Ygc3NoMidzIHdvcmRzLiAqL1xuICBwcml2YXRlIHJlZnVzYWw6IFVzZXJFcnJvciB8IHVuZGVmaW5lZDtcblxuICBjb25zdHJ1Y3RvcihyZWFkb25seSB0YXJnZXQ6IFNzaFRhcmdldCwgcHJpdmF0ZSByZWFkb25seSBzZXR0aW5nczogU3NoU2V0dGluZ3MsIHByaXZhdGUgcmVhZG9ubHkgZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52KSB7XG4gICAgdGhpcy5hZ2VudCA9IG5ldyBodHRwLkFnZW50KHsga2VlcEFsaXZlOiBmYWxzZSwgbWF4U29ja2V0czogNjQgfSk7XG4gICAgLy8gTm9kZSdzIEFnZW50IGFjY2VwdHMgYSBjYWxsYmFjay1zdHlsZSBjcmVhdGVDb25uZWN0aW9uOiBlYWNoIHJlcXVlc3QgZ2V0cyBhIGZyZXNoIGNoYW5uZWwuXG4gICAgKHRoaXMuYWdlbnQgYXMgdW5rbm93biBhcyB7IGNyZWF0ZUNvbm5lY3Rpb246IHVua25vd24gfSkuY3JlYXRlQ29ubmVjdGlvbiA9IChfb3B0czogdW5rbm93biwgY2I6IChlcnI6IEVycm9yIHwgbnVsbCwgcz86IER1cGxleCkgPT4gdm9pZCkgPT4ge1xuICAgICAgdGhpcy5vcGVuQ2hhbm5lbCgpLnRoZW4oKHMpID0+IGNiKG51bGwsIHMpLCAoZTogRXJyb3IpID0+IGNiKGUpKTtcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgfTtcbiAgfVxuXG4gIC8qKiBPcGVucyAob3IgcmV1c2VzKSB0aGUgU1NIIGNvbm5lY3Rpb24uIFRocm93cyBVc2VyRXJyb3IgZm9yIGhvc3Qta2V5IHJlZnVzYWxzOyBzc2gyIGVycm9ycyBvdGhlcndpc2UuICovXG4gIGNvbm5lY3QoKTogUHJvbWlzZTxDbGllbnQ+IHtcbiAgICBpZiAodGhpcy5jbG9zZWQpIHJldHVybiBQcm9taXNlLnJlamVjdChuZXcgRXJyb3IoYFRoZSBTU0ggY29ubmVjdGlvbiB0byAke3RoaXMudGFyZ2V0LnVybH0gd2FzIGNsb3NlZC5gKSk7XG4gICAgaWYgKHRoaXMuY2xpZW50KSByZXR1cm4gUHJvbWlzZS5yZXNvbHZlKHRoaXMuY2xpZW50KTtcbiAgICB0aGlzLmNvbm5lY3RpbmcgPz89IHRoaXMuZGlhbCgpLmZpbmFsbHkoKCkgPT4geyB0aGlzLmNvbm5lY3RpbmcgPSB1bmRlZmluZWQ7IH0pO1xuICAgIHJldHVybiB0aGlzLmNvbm5lY3Rpbmc7XG4gIH1cblxuICBjbG9zZSgpOiB2b2lkIHtcbiAgICB0aGlzLmNsb3NlZCA9IHRydWU7XG4gICAgdGhpcy5jbGllbnQ/LmVuZCgpO1xuICAgIHRoaXMuY2xpZW50ID0gdW5kZWZpbmVkO1xuICAgIHRoaXMuYWdlbnQuZGVzdHJveSgpO1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBkaWFsKCk6IFByb21pc2U8Q2xpZW50PiB7XG4gICAgY29uc3QgY29uZmlnID0gYXdhaXQgdGhpcy5jb25uZWN0Q29uZmlnKCk7XG4gICAgY29uc3QgY2xpZW50ID0gbmV3IENsaWVudCgpO1xuICAgIHRoaXMucmVmdXNhbCA9IHVuZGVmaW5lZDtcbiAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgICBjb25zdCBvbkVycm9yID0gKGU6IEVycm9yKSA9PiB7IGNsaWVudC5yZW1vdmVMaXN0ZW5lcigncmVhZHknLCBvblJlYWR5KTsgcmVqZWN0KHRoaXMucmVmdXNhbCA/PyBlKTsgfTtcbiAgICAgIGNvbnN0IG9uUmVhZHkgPSAoKSA9PiB7IGNsaWVudC5yZW1vdmVMaXN0ZW5lcignZXJyb3InLCBvbkVycm9yKTsgcmVzb2x2ZSgpOyB9O1xuICAgICAgY2xpZW50Lm9uY2UoJ3JlYWR5Jywgb25SZWFkeSk7XG4gICAgICBjbGllbnQub25jZSgnZXJyb3InLCBvbkVycm9yKTtcbiAgICAgIGNsaWVudC5jb25uZWN0KGNvbmZpZyk7XG4gICAgfSk7XG4gICAgdGhpcy5jb25uZWN0Q291bnQrKztcbiAgICB0aGlzLmNsaWVudCA9IGNsaWVudDtcbiAgICBjb25zdCBmb3JnZXQgPSAoKSA9PiB7IGlmICh0aGlzLmNsaWVudCA9PT0gY2xpZW50KSB0aGlzLmNsaWVudCA9IHVuZGVmaW5lZDsgfTtcbiAgICBjbGllbnQub24oJ2Vycm9yJywgZm9yZ2V0KTtcbiAgICBjbGllbnQub24oJ2Nsb3NlJywgZm9yZ2V0KTtcbiAgICByZXR1cm4gY2xpZW50O1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyBjb25uZWN0Q29uZmlnKCk6IFByb21pc2U8Q29ubmVjdENvbmZpZz4ge1xuICAgIGNvbnN0IHMgPSB0aGlzLnNldHRpbmdzO1xuICAgIGNvbnN0IGtub3duSG9zdHNQYXRoID0gcy5rbm93bkhvc3RzUGF0aCA/PyBqb2luKHRoaXMuZW52LkhPTUUgfHwgaG9tZWRpcigpLCAnLnNzaCcsICdrbm93bl9ob3N0cycpO1xuICAgIGNvbnN0IGtub3duID0gcmVhZEtub3duSG9zdHMoa25vd25Ib3N0c1BhdGgpO1xuICAgIGNvbnN0IGFnZW50ID0gcy5hZ2VudCA/PyB0aGlzLmVudi5TU0hfQVVUSF9TT0NLID8/ICcnO1xuICAgIGNvbnN0IGNvbmZpZzogQ29ubmVjdENvbmZpZyA9IHtcbiAgICAgIGhvc3Q6IHRoaXMudGFyZ2V0Lmhvc3QsXG4gICAgICBwb3J0OiB0aGlzLnRhcmdldC5wb3J0LFxuICAgICAgdXNlcm5hbWU6IHRoaXMudGFyZ2V0LnVzZXJuYW1lLFxuICAgICAgcmVhZHlUaW1lb3V0OiBzLnJlYWR5VGltZW91dE1zID8/IDIwXzAwMCxcbiAgICAgIGtlZXBhbGl2ZUludGVydmFsOiBzLmtlZXBhbGl2ZUludGVydmFsTXMgPz8gMTVfMDAwLFxuICAgICAga2VlcGFsaXZlQ291bnRNYXg6IDQsXG4gICAgICBob3N0VmVyaWZpZXI6IChrZXk6IEJ1ZmZlciwgdmVyaWZ5OiAob2s6IGJvb2xlYW4pID0+IHZvaWQpID0+IHtcbiAgICAgICAgdGhpcy52ZXJpZnlIb3N0S2V5KGtleSwga25vd25Ib3N0c1BhdGgpLnRoZW4odmVyaWZ5LCAoZTogVXNlckVycm9yKSA9PiB7IHRoaXMucmVmdXNhbCA9IGU7IHZlcmlmeShmYWxzZSk7IH0pO1xuICAgICAgfSxcbiAgICB9IGFzIENvbm5lY3RDb25maWc7XG4gICAgLy8gQXNrIGZvciB0aGUga2V5IHR5cGVzIGtub3duX2hvc3RzIGFscmVhZHkgaG9sZHMgZmlyc3QsIGFzIHNzaCBkb2VzLCBzbyBhIGtub3duIGhvc3QgaXMgbm90IFwidW5rbm93blwiLlxuICAgIGNvbnN0IHR5cGVzID0ga25vd25LZXlUeXBlcyhrbm93biwgdGhpcy50YXJnZXQuaG9zdCwgdGhpcy50YXJnZXQucG9ydCk7XG4gICAgY29uc3QgcHJlZmVyID0gaG9zdEtleUFsZ29yaXRobXNGb3IodHlwZXMpO1xuICAgIGlmIChwcmVmZXIubGVuZ3RoKSBjb25maWcuYWxnb3JpdGhtcyA9IHsgc2VydmVySG9zdEtleTogeyBwcmVwZW5kOiBwcmVmZXIgfSBhcyBuZXZlciB9O1xuICAgIGlmIChhZ2VudCkge1xuICAgICAgaWYgKCFleGlzdHNTeW5jKGFnZW50KSkge1xuICAgICAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBUaGUgU1NIIGFnZW50IHNvY2tldCAke2FnZW50fSAoU1NIX0FVVEhfU09DSykgZG9lcyBub3QgZXhpc3QsIHNvIG5vIGtleSBjYW4gYmUgb2ZmZXJlZCB0byAke3RoaXMudGFyZ2V0LnVybH0uYCxcbiAgICAgICAgICAnU3RhcnQgc3NoLWFnZW50IGFuZCBhZGQgeW91ciBrZXkgKGBldmFsICQoc3NoLWFnZW50KTsgc3NoLWFkZGApLCBvciB1bnNldCBTU0hfQVVUSF9TT0NLIGFuZCBzZXQgYW4gaWRlbnRpdHkgZmlsZS4nLCAnc3NoLWFnZW50LW1pc3NpbmcnKTtcbiAgICAgIH1cbiAgICAgIGNvbmZpZy5hZ2VudCA9IGFnZW50O1xuICAgIH1cbiAgICBjb25zdCBrZXlGaWxlID0gcy5pZGVudGl0eUZpbGUgPz8gKGFnZW50ID8gdW5kZWZpbmVkIDogZGVmYXVsdElkZW50aXR5KHRoaXMuZW52KSk7XG4gICAgaWYgKGtleUZpbGUpIE9iamVjdC5hc3NpZ24oY29uZmlnLCBhd2FpdCB0aGlzLnJlYWRLZXkoa2V5RmlsZSkpO1xuICAgIGlmICghYWdlbnQgJiYgIWtleUZpbGUpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYE5vIFNTSCBrZXkgdG8gb2ZmZXIgdG8gJHt0aGlzLnRhcmdldC51cmx9OiBTU0hfQVVUSF9TT0NLIGlzIG5vdCBzZXQgYW5kIHRoZXJlIGlzIG5vIH4vLnNzaC9pZF9lZDI1NTE5LCBpZF9lY2RzYSBvciBpZF9yc2EuYCxcbiAgICAgICAgJ1N0YXJ0IHNzaC1hZ2VudCBhbmQgYHNzaC1hZGRgIHlvdXIga2V5LCBvciBzZXQgYW4gaWRlbnRpdHkgZmlsZSBmb3IgdGhlIGVuZ2luZS4nLCAnc3NoLW5vLWtleScpO1xuICAgIH1cbiAgICByZXR1cm4gY29uZmlnO1xuICB9XG5cbiAgLyoqIFJlYWRzIGEga2V5IGZpbGUsIGFza2luZyBmb3IgaXRzIHBhc3NwaHJhc2Ugd2hlbiBpdCBpcyBlbmNyeXB0ZWQgKGNoZWNrZWQgaGVyZSwgc28gYSB3cm9uZyBvbmUgaXMgbmFtZWQgYXMgc3VjaCkuICovXG4gIHByaXZhdGUgYXN5bmMgcmVhZEtleShwYXRoOiBzdHJpbmcpOiBQcm9taXNlPHsgcHJpdmF0ZUtleTogQnVmZmVyOyBwYXNzcGhyYXNlPzogc3RyaW5nIH0+IHtcbiAgICBsZXQgZGF0YTogQnVmZmVyO1xuICAgIHRyeSB7XG4gICAgICBkYXRhID0gcmVhZEZpbGVTeW5jKHBhdGgpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFRoZSBTU0gga2V5ICR7cGF0aH0gY2Fubm90IGJlIHJlYWQ6ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9LmAsICdDaGVjayB0aGUgaWRlbnRpdHkgZmlsZSBzZXR0aW5nLicsICdzc2gta2V5LXVucmVhZGFibGUnKTtcbiAgICB9XG4gICAgY29uc3QgcGFyc2VkID0gdXRpbHMucGFyc2VLZXkoZGF0YSk7XG4gICAgaWYgKCEocGFyc2VkIGluc3RhbmNlb2YgRXJyb3IpKSByZXR1cm4geyBwcml2YXRlS2V5OiBkYXRhIH07XG4gICAgaWYgKCEvcGFzc3BocmFzZS9pLnRlc3QocGFyc2VkLm1lc3NhZ2UpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBUaGUgU1NIIGtleSAke3BhdGh9IGlzIG5vdCBhIHByaXZhdGUga2V5IHNzaDIgY2FuIHJlYWQ6ICR7cGFyc2VkLm1lc3NhZ2V9LmAsICdQb2ludCB0aGUgaWRlbnRpdHkgZmlsZSBzZXR0aW5nIGF0IGFuIE9wZW5TU0ggcHJpdmF0ZSBrZXkuJywgJ3NzaC1rZXktdW5yZWFkYWJsZScpO1xuICAgIH1cbiAgICBpZiAoIXRoaXMuc2V0dGluZ3MucGFzc3BocmFzZSkge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgVGhlIFNTSCBrZXkgJHtwYXRofSBpcyBlbmNyeXB0ZWQgYW5kIHRoZXJlIGlzIG5vIHdheSB0byBhc2sgZm9yIGl0cyBwYXNzcGhyYXNlIGhlcmUuYCxcbiAgICAgICAgYEFkZCBpdCB0byBzc2gtYWdlbnQgKFxcYHNzaC1hZGQgJHtwYXRofVxcYCkgYW5kIHVzZSB0aGUgYWdlbnQsIG9yIHJ1biBmcm9tIGEgdGVybWluYWwgb3IgVlMgQ29kZSBzbyB0aGUgcGFzc3BocmFzZSBjYW4gYmUgYXNrZWQuYCwgJ3NzaC1rZXktcGFzc3BocmFzZScpO1xuICAgIH1cbiAgICBjb25zdCBwYXNzcGhyYXNlID0gYXdhaXQgdGhpcy5zZXR0aW5ncy5wYXNzcGhyYXNlKCk7XG4gICAgaWYgKHV0aWxzLnBhcnNlS2V5KGRhdGEsIHBhc3NwaHJhc2UpIGluc3RhbmNlb2YgRXJyb3IpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYFdyb25nIHBhc3NwaHJhc2UgZm9yIHRoZSBTU0gga2V5ICR7cGF0aH0uYCwgJ1RyeSBhZ2Fpbiwgb3IgYWRkIHRoZSBrZXkgdG8gc3NoLWFnZW50IHdpdGggYHNzaC1hZGRgLicsICdzc2gta2V5LXBhc3NwaHJhc2UnKTtcbiAgICB9XG4gICAgcmV0dXJuIHsgcHJpdmF0ZUtleTogZGF0YSwgcGFzc3BocmFzZSB9O1xuICB9XG5cbiAgcHJpdmF0ZSBhc3luYyB2ZXJpZnlIb3N0S2V5KGtleTogQnVmZmVyLCBrbm93bkhvc3RzUGF0aDogc3RyaW5nKTogUHJvbWlzZTxib29sZWFuPiB7XG4gICAgY29uc3QgaW5mbyA9IGhvc3RLZXlJbmZvKHRoaXMudGFyZ2V0Lmhvc3QsIHRoaXMudGFyZ2V0LnBvcnQsIGtleSk7XG4gICAgY29uc3QgdmVyZGljdCA9IGNoZWNrSG9zdEtleShyZWFkS25vd25Ib3N0cyhrbm93bkhvc3RzUGF0aCksIGluZm8pO1xuICAgIGNvbnN0IG5hbWUgPSBob3N0UGF0dGVybih0aGlzLnRhcmdldC5ob3N0LCB0aGlzLnRhcmdldC5wb3J0KTtcbiAgICBpZiAodmVyZGljdC5zdGF0dXMgPT09ICdrbm93bicpIHJldHVybiB0cnVlO1xuICAgIGlmICh2ZXJkaWN0LnN0YXR1cyA9PT0gJ3Jldm9rZWQnKSB7XG4gICAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBUaGUgaG9zdCBrZXkgb2YgJHtuYW1lfSAoJHtpbmZvLmZpbmdlcnByaW50fSkgaXMgbWFya2VkIEByZXZva2VkIGluICR7a25vd25Ib3N0c1BhdGh9OiR7dmVyZGljdC5saW5lfS4gQ29ubmVjdGlvbiByZWZ1c2VkLmAsXG4gICAgICAgICdBc2sgdGhlIGhvc3RcXCdzIGFkbWluaXN0cmF0b3IgZm9yIGl0cyBuZXcga2V5LicsICdzc2gtaG9zdC1rZXktcmV2b2tlZCcpO1xuICAgIH1cbiAgICBpZiAodmVyZGljdC5zdGF0dXMgPT09ICdjaGFuZ2VkJykge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihcbiAgICAgICAgYFdBUk5JTkc6IHRoZSBob3N0IGtleSBvZiAke25hbWV9IGhhcyBDSEFOR0VEIChpdCBpcyBub3cgJHtpbmZvLmtleVR5cGV9ICR7aW5mby5maW5nZXJwcmludH0sICR7a25vd25Ib3N0c1BhdGh9OiR7dmVyZGljdC5saW5lfSBzYXlzIG90aGVyd2lzZSkuIGAgK1xuICAgICAgICAgICdTb21lb25lIGNvdWxkIGJlIGludGVyY2VwdGluZyB0aGUgY29ubmVjdGlvbiwgb3IgdGhlIGhvc3Qgd2FzIHJlaW5zdGFsbGVkLiBDb25uZWN0aW9uIHJlZnVzZWQuJyxcbiAgICAgICAgYElmIHlvdSBrbm93IHRoZSBob3N0IHdhcyByZWluc3RhbGxlZCwgcmVtb3ZlIHRoZSBvbGQga2V5IHdpdGggXFxgc3NoLWtleWdlbiAtUiAnJHtuYW1lfScgLWYgJHtrbm93bkhvc3RzUGF0aH1cXGAsIHRoZW4gY29ubmVjdCBhZ2FpbiBhbmQgYWNjZXB0IHRoZSBuZXcgb25lLmAsXG4gICAgICAgICdzc2gtaG9zdC1rZXktY2hhbmdlZCcpO1xuICAgIH1cbiAgICBjb25zdCBhY2NlcHRlZCA9ICh0aGlzLnNldHRpbmdzLmFjY2VwdEhvc3RLZXkgJiYgc2FtZUZpbmdlcnByaW50KHRoaXMuc2V0dGluZ3MuYWNjZXB0SG9zdEtleSwgaW5mby5maW5nZXJwcmludCkpXG4gICAgICB8fCAodGhpcy5zZXR0aW5ncy5vblVua25vd25Ib3N0S2V5ID8gYXdhaXQgdGhpcy5zZXR0aW5ncy5vblVua25vd25Ib3N0S2V5KGluZm8pIDogZmFsc2UpO1xuICAgIGlmICghYWNjZXB0ZWQpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoXG4gICAgICAgIGBUaGUgaG9zdCBrZXkgb2YgJHtuYW1lfSBpcyBub3QgaW4gJHtrbm93bkhvc3RzUGF0aH06ICR7aW5mby5rZXlUeXBlfSAke2luZm8uZmluZ2VycHJpbnR9LiBDb25uZWN0aW9uIHJlZnVzZWQgdW50aWwgeW91IGFjY2VwdCBpdC5gLFxuICAgICAgICBgQ2hlY2sgdGhlIGZpbmdlcnByaW50IHdpdGggdGhlIGhvc3QncyBhZG1pbmlzdHJhdG9yIChcXGBzc2gta2V5Z2VuIC1sZiAvZXRjL3NzaC9zc2hfaG9zdF8qX2tleS5wdWJcXGAgdGhlcmUpLCB0aGVuIGFjY2VwdCBpdDogYCArXG4gICAgICAgICAgYFxcYC0tYWNjZXB0LWhvc3Qta2V5ICR7aW5mby5maW5nZXJwcmludH1cXGAsIG9yIGNvbm5lY3Qgb25jZSB3aXRoIFxcYHNzaCAtcCAke3RoaXMudGFyZ2V0LnBvcnR9ICR7dGhpcy50YXJnZXQudXNlcm5hbWV9QCR7dGhpcy50YXJnZXQuaG9zdH1cXGAuYCxcbiAgICAgICAgJ3NzaC1ob3N0LWtleS11bmtub3duJyk7XG4gICAgfVxuICAgIGFkZEtub3duSG9zdChrbm93bkhvc3RzUGF0aCwgaW5mbyk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH1cblxuICAvKiogT25lIGNoYW5uZWwgdG8gdGhlIHJlbW90ZSBlbmdpbmUgc29ja2V0LiAqL1xuICBhc3luYyBvcGVuQ2hhbm5lbCgpOiBQcm9taXNlPER1cGxleD4ge1xuICAgIGNvbnN0IGNsaWVudCA9IGF3YWl0IHRoaXMuY29ubmVjdCgpO1xuICAgIGlmICh0aGlzLm1vZGUgIT09ICdkaWFsLXN0ZGlvJykge1xuICAgICAgdHJ5IHtcbiAgICAgICAgY29uc3QgY2ggPSBhd2FpdCBuZXcgUHJvbWlzZTxDbGllbnRDaGFubmVsPigocmVzb2x2ZSwgcmVqZWN0KSA9PlxuICAgICAgICAgIGNsaWVudC5vcGVuc3NoX2ZvcndhcmRPdXRTdHJlYW1Mb2NhbCh0aGlzLnNldHRpbmdzLnJlbW90ZVNvY2tldCA/PyBERUZBVUxUX1JFTU9URV9TT0NLRVQsIChlcnIsIHN0cmVhbSkgPT4gKGVyciA/IHJlamVjdChlcnIpIDogcmVzb2x2ZShzdHJlYW0pKSkpO1xuICAgICAgICB0aGlzLm1vZGUgPSAnc3RyZWFtbG9jYWwnO1xuICAgICAgICB0aGlzLmNoYW5uZWxDb3VudCsrO1xuICAgICAgICByZXR1cm4gYXNTb2NrZXQoY2gpO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIC8vIEZvcndhcmRpbmcgb2ZmIChBbGxvd1N0cmVhbUxvY2FsRm9yd2FyZGluZyBubykgb3IgdGhlIHNvY2tldCBpcyBtaXNzaW5nOiBhc2sgdGhlIHJlbW90ZSBkb2NrZXIgQ0xJLFxuICAgICAgICAvLyB3aG9zZSBzdGRlcnIgc2F5cyB3aGljaCAoZG9ja2VyIG1pc3NpbmcsIGRhZW1vbiBkb3duKS5cbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgY2ggPSBhd2FpdCBuZXcgUHJvbWlzZTxDbGllbnRDaGFubmVsPigocmVzb2x2ZSwgcmVqZWN0KSA9PiBjbGllbnQuZXhlYyh0aGlzLmRpYWxDb21tYW5kKCksIChlcnIsIHN0cmVhbSkgPT4gKGVyciA/IHJlamVjdChlcnIpIDogcmVzb2x2ZShzdHJlYW0pKSkpO1xuICAgIHRoaXMubW9kZSA9ICdkaWFsLXN0ZGlvJztcbiAgICB0aGlzLmNoYW5uZWxDb3VudCsrO1xuICAgIGxldCBzdGRlcnIgPSAnJztcbiAgICBjaC5zdGRlcnIub24oJ2RhdGEnLCAoZDogQnVmZmVyKSA9PiB7IHN0ZGVyciArPSBkLnRvU3RyaW5nKCk7IH0pO1xuICAgIGNoLm9uKCdleGl0JywgKCkgPT4geyBpZiAoc3RkZXJyLnRyaW0oKSkgdGhpcy5sYXN0UmVtb3RlU3RkZXJyID0gc3RkZXJyLnRyaW0oKTsgfSk7XG4gICAgcmV0dXJuIGFzU29ja2V0KGNoKTtcbiAgfVxuXG4gIHByaXZhdGUgZGlhbENvbW1hbmQoKTogc3RyaW5nIHtcbiAgICBjb25zdCBzb2NrID0gdGhpcy5zZXR0aW5ncy5yZW1vdGVTb2NrZXQ7XG4gICAgLy8gQSByZW1vdGUgc2hlbGwgcGFyc2VzIHRoaXMgbGluZTogcXVvdGUgdGhlIG9uZSB2YXJpYWJsZSBwYXJ0LlxuICAgIHJldHVybiBzb2NrICYmIHNvY2sgIT09IERFRkFVTFRfUkVNT1RFX1NPQ0tFVCA/IGBkb2NrZXIgLUggJ3VuaXg6Ly8ke3NvY2sucmVwbGFjZSgvJy9nLCBgJ1xcXFwnJ2ApfScgc3lzdGVtIGRpYWwtc3RkaW9gIDogJ2RvY2tlciBzeXN0ZW0gZGlhbC1zdGRpbyc7XG4gIH1cbn1cblxuLyoqIE5vZGUncyBodHRwIGNsaWVudCBjYWxscyBhIGZldyBuZXQuU29ja2V0IG1ldGhvZHMgdGhhdCBhbiBzc2gyIGNoYW5uZWwgbGFja3MuICovXG5mdW5jdGlvbiBhc1NvY2tldChjaDogQ2xpZW50Q2hhbm5lbCk6IER1cGxleCB7XG4gIGNvbnN0IHMgPSBjaCBhcyB1bmtub3duIGFzIFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICBmb3IgKGNvbnN0IG0gb2YgWydzZXRUaW1lb3V0JywgJ3NldE5vRGVsYXknLCAnc2V0S2VlcEFsaXZlJywgJ3JlZicsICd1bnJlZiddKSB7XG4gICAgaWYgKHR5cGVvZiBzW21dICE9PSAnZnVuY3Rpb24nKSBzW21dID0gKCkgPT4gY2g7XG4gIH1cbiAgcmV0dXJuIGNoO1xufVxuXG5mdW5jdGlvbiBzYW1lRmluZ2VycHJpbnQoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3Qgbm9ybSA9IChmOiBzdHJpbmcpID0+IGYudHJpbSgpLnJlcGxhY2UoL15TSEEyNTY6L2ksICcnKS5yZXBsYWNlKC89KyQvLCAnJyk7XG4gIHJldHVybiBub3JtKGEpID09PSBub3JtKGIpO1xufVxuXG5mdW5jdGlvbiBkZWZhdWx0SWRlbnRpdHkoZW52OiBOb2RlSlMuUHJvY2Vzc0Vudik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGRpciA9IGpvaW4oZW52LkhPTUUgfHwgaG9tZWRpcigpLCAnLnNzaCcpO1xuICByZXR1cm4gWydpZF9lZDI1NTE5JywgJ2lkX2VjZHNhJywgJ2lkX3JzYSddLm1hcCgoZikgPT4gam9pbihkaXIsIGYpKS5maW5kKChwKSA9PiBleGlzdHNTeW5jKHApKTtcbn1cblxuLyoqIGtub3duX2hvc3RzIGtleSB0eXBlcyBcdTIxOTIgdGhlIGhhbmRzaGFrZSBhbGdvcml0aG0gbmFtZXMgdGhhdCBwcm9kdWNlIHRoZW0uICovXG5mdW5jdGlvbiBob3N0S2V5QWxnb3JpdGhtc0Zvcih0eXBlczogc3RyaW5nW10pOiBzdHJpbmdbXSB7XG4gIGNvbnN0IHN1cHBvcnRlZCA9IFsnc3NoLWVkMjU1MTknLCAnZWNkc2Etc2hhMi1uaXN0cDI1NicsICdlY2RzYS1zaGEyLW5pc3RwMzg0JywgJ2VjZHNhLXNoYTItbmlzdHA1MjEnXTtcbiAgcmV0dXJuIHR5cGVzLmZsYXRNYXAoKHQpID0+ICh0ID09PSAnc3NoLXJzYScgPyBbJ3JzYS1zaGEyLTUxMicsICdyc2Etc2hhMi0yNTYnLCAnc3NoLXJzYSddIDogc3VwcG9ydGVkLmluY2x1ZGVzKHQpID8gW3RdIDogW10pKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFNQSxxQkFBeUM7QUFDekMsV0FBc0I7QUFDdEIscUJBQXdCO0FBQ3hCLHVCQUFxQjtBQUVyQixrQkFBc0U7QUFDdEUsdUJBQTBCO0FBQzFCLHdCQUFzSDtBQUUvRyxNQUFNLHdCQUF3QjtBQWlDOUIsTUFBTSxjQUFjO0FBQUEsRUFlekIsWUFBcUIsUUFBb0MsVUFBd0MsTUFBeUIsUUFBUSxLQUFLO0FBQWxIO0FBQW9DO0FBQXdDO0FBQy9GLFNBQUssUUFBUSxJQUFJLEtBQUssTUFBTSxFQUFFLFdBQVcsT0FBTyxZQUFZLEdBQUcsQ0FBQztBQUVoRSxJQUFDLEtBQUssTUFBbUQsbUJBQW1CLENBQUMsT0FBZ0IsT0FBZ0Q7QUFDM0ksV0FBSyxZQUFZLEVBQUUsS0FBSyxDQUFDLE1BQU0sR0FBRyxNQUFNLENBQUMsR0FBRyxDQUFDLE1BQWEsR0FBRyxDQUFDLENBQUM7QUFDL0QsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQUEsRUFQcUI7QUFBQSxFQUFvQztBQUFBLEVBQXdDO0FBQUE7QUFBQSxFQWJqRyxlQUFlO0FBQUE7QUFBQSxFQUVmLGVBQWU7QUFBQSxFQUNmO0FBQUE7QUFBQSxFQUVBLG1CQUFtQjtBQUFBLEVBQ1Y7QUFBQSxFQUNEO0FBQUEsRUFDQTtBQUFBLEVBQ0EsU0FBUztBQUFBO0FBQUEsRUFFVDtBQUFBO0FBQUEsRUFZUixVQUEyQjtBQUN6QixRQUFJLEtBQUssT0FBUSxRQUFPLFFBQVEsT0FBTyxJQUFJLE1BQU0seUJBQXlCLEtBQUssT0FBTyxHQUFHLGNBQWMsQ0FBQztBQUN4RyxRQUFJLEtBQUssT0FBUSxRQUFPLFFBQVEsUUFBUSxLQUFLLE1BQU07QUFDbkQsU0FBSyxlQUFlLEtBQUssS0FBSyxFQUFFLFFBQVEsTUFBTTtBQUFFLFdBQUssYUFBYTtBQUFBLElBQVcsQ0FBQztBQUM5RSxXQUFPLEtBQUs7QUFBQSxFQUNkO0FBQUEsRUFFQSxRQUFjO0FBQ1osU0FBSyxTQUFTO0FBQ2QsU0FBSyxRQUFRLElBQUk7QUFDakIsU0FBSyxTQUFTO0FBQ2QsU0FBSyxNQUFNLFFBQVE7QUFBQSxFQUNyQjtBQUFBLEVBRUEsTUFBYyxPQUF3QjtBQUNwQyxVQUFNLFNBQVMsTUFBTSxLQUFLLGNBQWM7QUFDeEMsVUFBTSxTQUFTLElBQUksbUJBQU87QUFDMUIsU0FBSyxVQUFVO0FBQ2YsVUFBTSxJQUFJLFFBQWMsQ0FBQyxTQUFTLFdBQVc7QUFDM0MsWUFBTSxVQUFVLENBQUMsTUFBYTtBQUFFLGVBQU8sZUFBZSxTQUFTLE9BQU87QUFBRyxlQUFPLEtBQUssV0FBVyxDQUFDO0FBQUEsTUFBRztBQUNwRyxZQUFNLFVBQVUsTUFBTTtBQUFFLGVBQU8sZUFBZSxTQUFTLE9BQU87QUFBRyxnQkFBUTtBQUFBLE1BQUc7QUFDNUUsYUFBTyxLQUFLLFNBQVMsT0FBTztBQUM1QixhQUFPLEtBQUssU0FBUyxPQUFPO0FBQzVCLGFBQU8sUUFBUSxNQUFNO0FBQUEsSUFDdkIsQ0FBQztBQUNELFNBQUs7QUFDTCxTQUFLLFNBQVM7QUFDZCxVQUFNLFNBQVMsTUFBTTtBQUFFLFVBQUksS0FBSyxXQUFXLE9BQVEsTUFBSyxTQUFTO0FBQUEsSUFBVztBQUM1RSxXQUFPLEdBQUcsU0FBUyxNQUFNO0FBQ3pCLFdBQU8sR0FBRyxTQUFTLE1BQU07QUFDekIsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLE1BQWMsZ0JBQXdDO0FBQ3BELFVBQU0sSUFBSSxLQUFLO0FBQ2YsVUFBTSxpQkFBaUIsRUFBRSxzQkFBa0IsdUJBQUssS0FBSyxJQUFJLFlBQVEsd0JBQVEsR0FBRyxRQUFRLGFBQWE7QUFDakcsVUFBTSxZQUFRLGtDQUFlLGNBQWM7QUFDM0MsVUFBTSxRQUFRLEVBQUUsU0FBUyxLQUFLLElBQUksaUJBQWlCO0FBQ25ELFVBQU0sU0FBd0I7QUFBQSxNQUM1QixNQUFNLEtBQUssT0FBTztBQUFBLE1BQ2xCLE1BQU0sS0FBSyxPQUFPO0FBQUEsTUFDbEIsVUFBVSxLQUFLLE9BQU87QUFBQSxNQUN0QixjQUFjLEVBQUUsa0JBQWtCO0FBQUEsTUFDbEMsbUJBQW1CLEVBQUUsdUJBQXVCO0FBQUEsTUFDNUMsbUJBQW1CO0FBQUEsTUFDbkIsY0FBYyxDQUFDLEtBQWEsV0FBa0M7QUFDNUQsYUFBSyxjQUFjLEtBQUssY0FBYyxFQUFFLEtBQUssUUFBUSxDQUFDLE1BQWlCO0FBQUUsZUFBSyxVQUFVO0FBQUcsaUJBQU8sS0FBSztBQUFBLFFBQUcsQ0FBQztBQUFBLE1BQzdHO0FBQUEsSUFDRjtBQUVBLFVBQU0sWUFBUSxpQ0FBYyxPQUFPLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxJQUFJO0FBQ3JFLFVBQU0sU0FBUyxxQkFBcUIsS0FBSztBQUN6QyxRQUFJLE9BQU8sT0FBUSxRQUFPLGFBQWEsRUFBRSxlQUFlLEVBQUUsU0FBUyxPQUFPLEVBQVc7QUFDckYsUUFBSSxPQUFPO0FBQ1QsVUFBSSxLQUFDLDJCQUFXLEtBQUssR0FBRztBQUN0QixjQUFNLElBQUk7QUFBQSxVQUFVLHdCQUF3QixLQUFLLGdFQUFnRSxLQUFLLE9BQU8sR0FBRztBQUFBLFVBQzlIO0FBQUEsVUFBcUg7QUFBQSxRQUFtQjtBQUFBLE1BQzVJO0FBQ0EsYUFBTyxRQUFRO0FBQUEsSUFDakI7QUFDQSxVQUFNLFVBQVUsRUFBRSxpQkFBaUIsUUFBUSxTQUFZLGdCQUFnQixLQUFLLEdBQUc7QUFDL0UsUUFBSSxRQUFTLFFBQU8sT0FBTyxRQUFRLE1BQU0sS0FBSyxRQUFRLE9BQU8sQ0FBQztBQUM5RCxRQUFJLENBQUMsU0FBUyxDQUFDLFNBQVM7QUFDdEIsWUFBTSxJQUFJO0FBQUEsUUFBVSwwQkFBMEIsS0FBSyxPQUFPLEdBQUc7QUFBQSxRQUMzRDtBQUFBLFFBQW1GO0FBQUEsTUFBWTtBQUFBLElBQ25HO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsTUFBYyxRQUFRLE1BQW9FO0FBQ3hGLFFBQUk7QUFDSixRQUFJO0FBQ0YsaUJBQU8sNkJBQWEsSUFBSTtBQUFBLElBQzFCLFNBQVMsR0FBRztBQUNWLFlBQU0sSUFBSSwyQkFBVSxlQUFlLElBQUksb0JBQXFCLEVBQVksT0FBTyxLQUFLLG9DQUFvQyxvQkFBb0I7QUFBQSxJQUM5STtBQUNBLFVBQU0sU0FBUyxrQkFBTSxTQUFTLElBQUk7QUFDbEMsUUFBSSxFQUFFLGtCQUFrQixPQUFRLFFBQU8sRUFBRSxZQUFZLEtBQUs7QUFDMUQsUUFBSSxDQUFDLGNBQWMsS0FBSyxPQUFPLE9BQU8sR0FBRztBQUN2QyxZQUFNLElBQUksMkJBQVUsZUFBZSxJQUFJLHdDQUF3QyxPQUFPLE9BQU8sS0FBSyw4REFBOEQsb0JBQW9CO0FBQUEsSUFDdEw7QUFDQSxRQUFJLENBQUMsS0FBSyxTQUFTLFlBQVk7QUFDN0IsWUFBTSxJQUFJO0FBQUEsUUFBVSxlQUFlLElBQUk7QUFBQSxRQUNyQyxrQ0FBa0MsSUFBSTtBQUFBLFFBQTRGO0FBQUEsTUFBb0I7QUFBQSxJQUMxSjtBQUNBLFVBQU0sYUFBYSxNQUFNLEtBQUssU0FBUyxXQUFXO0FBQ2xELFFBQUksa0JBQU0sU0FBUyxNQUFNLFVBQVUsYUFBYSxPQUFPO0FBQ3JELFlBQU0sSUFBSSwyQkFBVSxvQ0FBb0MsSUFBSSxLQUFLLDBEQUEwRCxvQkFBb0I7QUFBQSxJQUNqSjtBQUNBLFdBQU8sRUFBRSxZQUFZLE1BQU0sV0FBVztBQUFBLEVBQ3hDO0FBQUEsRUFFQSxNQUFjLGNBQWMsS0FBYSxnQkFBMEM7QUFDakYsVUFBTSxXQUFPLCtCQUFZLEtBQUssT0FBTyxNQUFNLEtBQUssT0FBTyxNQUFNLEdBQUc7QUFDaEUsVUFBTSxjQUFVLG9DQUFhLGtDQUFlLGNBQWMsR0FBRyxJQUFJO0FBQ2pFLFVBQU0sV0FBTywrQkFBWSxLQUFLLE9BQU8sTUFBTSxLQUFLLE9BQU8sSUFBSTtBQUMzRCxRQUFJLFFBQVEsV0FBVyxRQUFTLFFBQU87QUFDdkMsUUFBSSxRQUFRLFdBQVcsV0FBVztBQUNoQyxZQUFNLElBQUk7QUFBQSxRQUFVLG1CQUFtQixJQUFJLEtBQUssS0FBSyxXQUFXLDJCQUEyQixjQUFjLElBQUksUUFBUSxJQUFJO0FBQUEsUUFDdkg7QUFBQSxRQUFrRDtBQUFBLE1BQXNCO0FBQUEsSUFDNUU7QUFDQSxRQUFJLFFBQVEsV0FBVyxXQUFXO0FBQ2hDLFlBQU0sSUFBSTtBQUFBLFFBQ1IsNEJBQTRCLElBQUksMkJBQTJCLEtBQUssT0FBTyxJQUFJLEtBQUssV0FBVyxLQUFLLGNBQWMsSUFBSSxRQUFRLElBQUk7QUFBQSxRQUU5SCxrRkFBa0YsSUFBSSxRQUFRLGNBQWM7QUFBQSxRQUM1RztBQUFBLE1BQXNCO0FBQUEsSUFDMUI7QUFDQSxVQUFNLFdBQVksS0FBSyxTQUFTLGlCQUFpQixnQkFBZ0IsS0FBSyxTQUFTLGVBQWUsS0FBSyxXQUFXLE1BQ3hHLEtBQUssU0FBUyxtQkFBbUIsTUFBTSxLQUFLLFNBQVMsaUJBQWlCLElBQUksSUFBSTtBQUNwRixRQUFJLENBQUMsVUFBVTtBQUNiLFlBQU0sSUFBSTtBQUFBLFFBQ1IsbUJBQW1CLElBQUksY0FBYyxjQUFjLEtBQUssS0FBSyxPQUFPLElBQUksS0FBSyxXQUFXO0FBQUEsUUFDeEYsbUpBQ3lCLEtBQUssV0FBVyxxQ0FBcUMsS0FBSyxPQUFPLElBQUksSUFBSSxLQUFLLE9BQU8sUUFBUSxJQUFJLEtBQUssT0FBTyxJQUFJO0FBQUEsUUFDMUk7QUFBQSxNQUFzQjtBQUFBLElBQzFCO0FBQ0Esd0NBQWEsZ0JBQWdCLElBQUk7QUFDakMsV0FBTztBQUFBLEVBQ1Q7QUFBQTtBQUFBLEVBR0EsTUFBTSxjQUErQjtBQUNuQyxVQUFNLFNBQVMsTUFBTSxLQUFLLFFBQVE7QUFDbEMsUUFBSSxLQUFLLFNBQVMsY0FBYztBQUM5QixVQUFJO0FBQ0YsY0FBTUEsTUFBSyxNQUFNLElBQUksUUFBdUIsQ0FBQyxTQUFTLFdBQ3BELE9BQU8sOEJBQThCLEtBQUssU0FBUyxnQkFBZ0IsdUJBQXVCLENBQUMsS0FBSyxXQUFZLE1BQU0sT0FBTyxHQUFHLElBQUksUUFBUSxNQUFNLENBQUUsQ0FBQztBQUNuSixhQUFLLE9BQU87QUFDWixhQUFLO0FBQ0wsZUFBTyxTQUFTQSxHQUFFO0FBQUEsTUFDcEIsUUFBUTtBQUFBLE1BR1I7QUFBQSxJQUNGO0FBQ0EsVUFBTSxLQUFLLE1BQU0sSUFBSSxRQUF1QixDQUFDLFNBQVMsV0FBVyxPQUFPLEtBQUssS0FBSyxZQUFZLEdBQUcsQ0FBQyxLQUFLLFdBQVksTUFBTSxPQUFPLEdBQUcsSUFBSSxRQUFRLE1BQU0sQ0FBRSxDQUFDO0FBQ3hKLFNBQUssT0FBTztBQUNaLFNBQUs7QUFDTCxRQUFJLFNBQVM7QUFDYixPQUFHLE9BQU8sR0FBRyxRQUFRLENBQUMsTUFBYztBQUFFLGdCQUFVLEVBQUUsU0FBUztBQUFBLElBQUcsQ0FBQztBQUMvRCxPQUFHLEdBQUcsUUFBUSxNQUFNO0FBQUUsVUFBSSxPQUFPLEtBQUssRUFBRyxNQUFLLG1CQUFtQixPQUFPLEtBQUs7QUFBQSxJQUFHLENBQUM7QUFDakYsV0FBTyxTQUFTLEVBQUU7QUFBQSxFQUNwQjtBQUFBLEVBRVEsY0FBc0I7QUFDNUIsVUFBTSxPQUFPLEtBQUssU0FBUztBQUUzQixXQUFPLFFBQVEsU0FBUyx3QkFBd0IscUJBQXFCLEtBQUssUUFBUSxNQUFNLE9BQU8sQ0FBQyx3QkFBd0I7QUFBQSxFQUMxSDtBQUNGO0FBR0EsU0FBUyxTQUFTLElBQTJCO0FBQzNDLFFBQU0sSUFBSTtBQUNWLGFBQVcsS0FBSyxDQUFDLGNBQWMsY0FBYyxnQkFBZ0IsT0FBTyxPQUFPLEdBQUc7QUFDNUUsUUFBSSxPQUFPLEVBQUUsQ0FBQyxNQUFNLFdBQVksR0FBRSxDQUFDLElBQUksTUFBTTtBQUFBLEVBQy9DO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxnQkFBZ0IsR0FBVyxHQUFvQjtBQUN0RCxRQUFNLE9BQU8sQ0FBQyxNQUFjLEVBQUUsS0FBSyxFQUFFLFFBQVEsYUFBYSxFQUFFLEVBQUUsUUFBUSxPQUFPLEVBQUU7QUFDL0UsU0FBTyxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUM7QUFDM0I7QUFFQSxTQUFTLGdCQUFnQixLQUE0QztBQUNuRSxRQUFNLFVBQU0sdUJBQUssSUFBSSxZQUFRLHdCQUFRLEdBQUcsTUFBTTtBQUM5QyxTQUFPLENBQUMsY0FBYyxZQUFZLFFBQVEsRUFBRSxJQUFJLENBQUMsVUFBTSx1QkFBSyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxVQUFNLDJCQUFXLENBQUMsQ0FBQztBQUNoRztBQUdBLFNBQVMscUJBQXFCLE9BQTJCO0FBQ3ZELFFBQU0sWUFBWSxDQUFDLGVBQWUsdUJBQXVCLHVCQUF1QixxQkFBcUI7QUFDckcsU0FBTyxNQUFNLFFBQVEsQ0FBQyxNQUFPLE1BQU0sWUFBWSxDQUFDLGdCQUFnQixnQkFBZ0IsU0FBUyxJQUFJLFVBQVUsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFFO0FBQ2hJOyIsCiAgIm5hbWVzIjogWyJjaCJdCn0K
