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
var connect_exports = {};
__export(connect_exports, {
  connectChoice: () => connectChoice,
  connectEngine: () => connectEngine
});
module.exports = __toCommonJS(connect_exports);
var import_node_fs = require("node:fs");
var https = __toESM(require("node:https"));
var import_dockerode = __toESM(require("dockerode"));
var import_userError = require("../core/userError");
var import_engineChoice = require("./engineChoice");
var import_engineErrors = require("./engineErrors");
var import_sshConnection = require("./sshConnection");
async function connectEngine(config = {}, env = process.env) {
  const choice = (0, import_engineChoice.chooseEngine)({ engine: config.engine, context: config.context, source: config.engineSource }, env);
  return connectChoice(choice, config, env);
}
async function connectChoice(choice, config = {}, env = process.env) {
  const ref = { url: choice.url, chosenBy: choice.chosenBy, kind: choice.kind, tls: choice.tls };
  let ssh;
  let docker;
  const blank = { socketPath: void 0, host: void 0, port: void 0, ca: void 0, cert: void 0, key: void 0, pathPrefix: "/", timeout: void 0 };
  if (choice.kind === "unix") {
    docker = new import_dockerode.default({ ...blank, socketPath: choice.socketPath, protocol: "http" });
  } else if (choice.kind === "tcp") {
    docker = new import_dockerode.default({ ...blank, protocol: "http", host: choice.host, port: choice.port });
  } else if (choice.kind === "tls") {
    const files = readTlsFiles(choice);
    const agent = new https.Agent({ ...files, rejectUnauthorized: choice.tls?.verify !== false, keepAlive: false });
    docker = new import_dockerode.default({ ...blank, protocol: "https", host: choice.host, port: choice.port, ...files, agent });
  } else {
    ssh = new import_sshConnection.SshConnection(
      { host: choice.host, port: choice.port ?? 22, username: choice.username, url: choice.url },
      { ...config.ssh, acceptHostKey: config.acceptHostKey, passphrase: config.sshPassphrase, onUnknownHostKey: config.onUnknownHostKey },
      env
    );
    docker = new import_dockerode.default({ ...blank, protocol: "http", host: "localhost", agent: ssh.agent });
  }
  const fail = (e, doing) => (0, import_engineErrors.engineError)(e, { ...ref, remoteStderr: ssh?.lastRemoteStderr }, doing);
  let version;
  try {
    if (ssh) await ssh.connect();
    version = await withTimeout(docker.version(), config.pingTimeoutMs ?? 2e4, choice);
  } catch (e) {
    ssh?.close();
    throw fail(e, "asking for its version");
  }
  const isPodman = (version.Components ?? []).some((c) => /podman/i.test(c.Name));
  const kind = isPodman ? "podman" : choice.kind;
  return {
    docker,
    kind,
    url: choice.url,
    chosenBy: choice.chosenBy,
    // Bind mounts name paths on the engine's machine: only a socket on this machine sees our files.
    sharesFilesystem: choice.kind === "unix",
    isPodman,
    choice,
    serverVersion: `${isPodman ? "Podman " : ""}${version.Version}`,
    apiVersion: version.ApiVersion,
    ssh,
    close: async () => {
      ssh?.close();
    }
  };
}
function readTlsFiles(choice) {
  const out = {};
  for (const k of ["ca", "cert", "key"]) {
    const p = choice.tls?.[k];
    if (!p) continue;
    try {
      out[k] = (0, import_node_fs.readFileSync)(p);
    } catch (e) {
      throw new import_userError.UserError(
        `TLS for the Docker engine ${choice.url} (chosen by ${choice.chosenBy}) needs ${p}, which cannot be read: ${e.code ?? e.message}.`,
        "Set DOCKER_CERT_PATH to the folder holding ca.pem, cert.pem and key.pem (or fix the context's TLS files), or unset DOCKER_TLS_VERIFY for a plain engine.",
        "tls-files-missing"
      );
    }
  }
  return out;
}
function withTimeout(p, ms, choice) {
  let timer;
  const t = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new import_userError.UserError(
      `The Docker engine ${choice.url} (chosen by ${choice.chosenBy}) did not answer within ${Math.round(ms / 1e3)} s.`,
      "Check that the host is up and the engine runs there, or choose another engine.",
      "engine-timeout"
    )), ms);
  });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectChoice,
  connectEngine
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9jb25uZWN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvKipcbiAqIE9wZW5zIHRoZSBlbmdpbmUgY2hvc2VuIGFzIHRoZSBkb2NrZXIgQ0xJIHdvdWxkIChlbmdpbmVDaG9pY2UudHMpOiBsb2NhbCBvciByZW1vdGUgdW5peCBzb2NrZXQsIHRjcCwgdGNwK1RMUyxcbiAqIHNzaCAob25lIHBlcnNpc3RlbnQgY29ubmVjdGlvbiksIG9yIHBvZG1hbiBiZWhpbmQgYW55IG9mIHRoZW0sIGFuZCBjaGVja3MgdGhhdCBpdCBhbnN3ZXJzLiBFdmVyeSBmYWlsdXJlIGlzXG4gKiBvbmUgVXNlckVycm9yIG5hbWluZyB0aGUgZW5naW5lIGFuZCB0aGUgbmV4dCBzdGVwIChlbmdpbmVFcnJvcnMudHMpLlxuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCAqIGFzIGh0dHBzIGZyb20gJ25vZGU6aHR0cHMnO1xuaW1wb3J0IERvY2tlciBmcm9tICdkb2NrZXJvZGUnO1xuaW1wb3J0IHsgVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHR5cGUgeyBFbmdpbmUsIEVuZ2luZUtpbmQgfSBmcm9tICcuL2VuZ2luZSc7XG5pbXBvcnQgeyBjaG9vc2VFbmdpbmUsIHR5cGUgRW5naW5lQ2hvaWNlIH0gZnJvbSAnLi9lbmdpbmVDaG9pY2UnO1xuaW1wb3J0IHsgZW5naW5lRXJyb3IsIHR5cGUgRW5naW5lUmVmIH0gZnJvbSAnLi9lbmdpbmVFcnJvcnMnO1xuaW1wb3J0IHR5cGUgeyBIb3N0S2V5SW5mbyB9IGZyb20gJy4va25vd25Ib3N0cyc7XG5pbXBvcnQgeyBTc2hDb25uZWN0aW9uLCB0eXBlIFNzaFNldHRpbmdzIH0gZnJvbSAnLi9zc2hDb25uZWN0aW9uJztcblxuZXhwb3J0IGludGVyZmFjZSBDb25uZWN0Q29uZmlnIHtcbiAgLyoqIEVuZ2luZSBVUkwgb3IgY29udGV4dCBuYW1lIChzZXR0aW5nIGBlYnVpbGRCdWlsZGVyLmVuZ2luZWAsIENMSSBgLS1lbmdpbmVgKS4gKi9cbiAgZW5naW5lPzogc3RyaW5nO1xuICAvKiogQ0xJIGAtLWNvbnRleHRgLiAqL1xuICBjb250ZXh0Pzogc3RyaW5nO1xuICAvKiogV2hhdCB0byBjYWxsIHRoZSBleHBsaWNpdCBjaG9pY2UgaW4gbWVzc2FnZXM7IGRlZmF1bHQgYHNldHRpbmcgZWJ1aWxkQnVpbGRlci5lbmdpbmVgLiAqL1xuICBlbmdpbmVTb3VyY2U/OiBzdHJpbmc7XG4gIC8qKiBgU0hBMjU2Olx1MjAyNmAgdGhlIHVzZXIgYWNjZXB0ZWQgZm9yIGFuIHVua25vd24gU1NIIGhvc3Qga2V5IChgLS1hY2NlcHQtaG9zdC1rZXlgKS4gKi9cbiAgYWNjZXB0SG9zdEtleT86IHN0cmluZztcbiAgc3NoUGFzc3BocmFzZT86ICgpID0+IFByb21pc2U8c3RyaW5nPjtcbiAgb25Vbmtub3duSG9zdEtleT86IChpbmZvOiBIb3N0S2V5SW5mbykgPT4gUHJvbWlzZTxib29sZWFuPjtcbiAgc3NoPzogUGljazxTc2hTZXR0aW5ncywgJ2FnZW50JyB8ICdpZGVudGl0eUZpbGUnIHwgJ2tub3duSG9zdHNQYXRoJyB8ICdyZWFkeVRpbWVvdXRNcycgfCAna2VlcGFsaXZlSW50ZXJ2YWxNcycgfCAncmVtb3RlU29ja2V0Jz47XG4gIC8qKiBIb3cgbG9uZyB0aGUgZmlyc3QgYW5zd2VyIG1heSB0YWtlOyBkZWZhdWx0IDIwIHMuICovXG4gIHBpbmdUaW1lb3V0TXM/OiBudW1iZXI7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29ubmVjdGVkRW5naW5lIGV4dGVuZHMgRW5naW5lIHtcbiAgcmVhZG9ubHkgY2hvaWNlOiBFbmdpbmVDaG9pY2U7XG4gIC8qKiBTZXJ2ZXIgdmVyc2lvbiBhcyBgZG9ja2VyIHZlcnNpb25gIHByaW50cyBpdCAocG9kbWFuJ3MgZm9yIHBvZG1hbikuICovXG4gIHJlYWRvbmx5IHNlcnZlclZlcnNpb246IHN0cmluZztcbiAgcmVhZG9ubHkgYXBpVmVyc2lvbjogc3RyaW5nO1xuICAvKiogVGhlIFNTSCBjb25uZWN0aW9uLCBmb3Igc3NoIGVuZ2luZXMgKHRlc3RzIGNvdW50IGl0cyBjb25uZWN0aW9ucykuICovXG4gIHJlYWRvbmx5IHNzaD86IFNzaENvbm5lY3Rpb247XG59XG5cbi8qKiBDaG9vc2VzLCBvcGVucyBhbmQgcGluZ3MgdGhlIGVuZ2luZS4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjb25uZWN0RW5naW5lKGNvbmZpZzogQ29ubmVjdENvbmZpZyA9IHt9LCBlbnY6IE5vZGVKUy5Qcm9jZXNzRW52ID0gcHJvY2Vzcy5lbnYpOiBQcm9taXNlPENvbm5lY3RlZEVuZ2luZT4ge1xuICBjb25zdCBjaG9pY2UgPSBjaG9vc2VFbmdpbmUoeyBlbmdpbmU6IGNvbmZpZy5lbmdpbmUsIGNvbnRleHQ6IGNvbmZpZy5jb250ZXh0LCBzb3VyY2U6IGNvbmZpZy5lbmdpbmVTb3VyY2UgfSwgZW52KTtcbiAgcmV0dXJuIGNvbm5lY3RDaG9pY2UoY2hvaWNlLCBjb25maWcsIGVudik7XG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBjb25uZWN0Q2hvaWNlKGNob2ljZTogRW5naW5lQ2hvaWNlLCBjb25maWc6IENvbm5lY3RDb25maWcgPSB7fSwgZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52KTogUHJvbWlzZTxDb25uZWN0ZWRFbmdpbmU+IHtcbiAgY29uc3QgcmVmOiBFbmdpbmVSZWYgPSB7IHVybDogY2hvaWNlLnVybCwgY2hvc2VuQnk6IGNob2ljZS5jaG9zZW5CeSwga2luZDogY2hvaWNlLmtpbmQsIHRsczogY2hvaWNlLnRscyB9O1xuICBsZXQgc3NoOiBTc2hDb25uZWN0aW9uIHwgdW5kZWZpbmVkO1xuICBsZXQgZG9ja2VyOiBEb2NrZXI7XG4gIC8vIEV2ZXJ5IG1vZGVtIGZpZWxkIGlzIHNldCwgZXZlbiB0byB1bmRlZmluZWQ6IGRvY2tlcm9kZSBmaWxscyBtaXNzaW5nIG9uZXMgZnJvbSBET0NLRVJfSE9TVC9ET0NLRVJfQ0VSVF9QQVRIIChlbmdpbmVzLm1kKS5cbiAgY29uc3QgYmxhbmsgPSB7IHNvY2tldFBhdGg6IHVuZGVmaW5lZCwgaG9zdDogdW5kZWZpbmVkLCBwb3J0OiB1bmRlZmluZWQsIGNhOiB1bmRlZmluZWQsIGNlcnQ6IHVuZGVmaW5lZCwga2V5OiB1bmRlZmluZWQsIHBhdGhQcmVmaXg6ICcvJywgdGltZW91dDogdW5kZWZpbmVkIH07XG4gIGlmIChjaG9pY2Uua2luZCA9PT0gJ3VuaXgnKSB7XG4gICAgZG9ja2VyID0gbmV3IERvY2tlcih7IC4uLmJsYW5rLCBzb2NrZXRQYXRoOiBjaG9pY2Uuc29ja2V0UGF0aCwgcHJvdG9jb2w6ICdodHRwJyB9IGFzIERvY2tlci5Eb2NrZXJPcHRpb25zKTtcbiAgfSBlbHNlIGlmIChjaG9pY2Uua2luZCA9PT0gJ3RjcCcpIHtcbiAgICBkb2NrZXIgPSBuZXcgRG9ja2VyKHsgLi4uYmxhbmssIHByb3RvY29sOiAnaHR0cCcsIGhvc3Q6IGNob2ljZS5ob3N0LCBwb3J0OiBjaG9pY2UucG9ydCB9IGFzIERvY2tlci5Eb2NrZXJPcHRpb25zKTtcbiAgfSBlbHNlIGlmIChjaG9pY2Uua2luZCA9PT0gJ3RscycpIHtcbiAgICBjb25zdCBmaWxlcyA9IHJlYWRUbHNGaWxlcyhjaG9pY2UpO1xuICAgIGNvbnN0IGFnZW50ID0gbmV3IGh0dHBzLkFnZW50KHsgLi4uZmlsZXMsIHJlamVjdFVuYXV0aG9yaXplZDogY2hvaWNlLnRscz8udmVyaWZ5ICE9PSBmYWxzZSwga2VlcEFsaXZlOiBmYWxzZSB9KTtcbiAgICBkb2NrZXIgPSBuZXcgRG9ja2VyKHsgLi4uYmxhbmssIHByb3RvY29sOiAnaHR0cHMnLCBob3N0OiBjaG9pY2UuaG9zdCwgcG9ydDogY2hvaWNlLnBvcnQsIC4uLmZpbGVzLCBhZ2VudCB9IGFzIERvY2tlci5Eb2NrZXJPcHRpb25zKTtcbiAgfSBlbHNlIHtcbiAgICBzc2ggPSBuZXcgU3NoQ29ubmVjdGlvbihcbiAgICAgIHsgaG9zdDogY2hvaWNlLmhvc3QhLCBwb3J0OiBjaG9pY2UucG9ydCA/PyAyMiwgdXNlcm5hbWU6IGNob2ljZS51c2VybmFtZSEsIHVybDogY2hvaWNlLnVybCB9LFxuICAgICAgeyAuLi5jb25maWcuc3NoLCBhY2NlcHRIb3N0S2V5OiBjb25maWcuYWNjZXB0SG9zdEtleSwgcGFzc3BocmFzZTogY29uZmlnLnNzaFBhc3NwaHJhc2UsIG9uVW5rbm93bkhvc3RLZXk6IGNvbmZpZy5vblVua25vd25Ib3N0S2V5IH0sXG4gICAgICBlbnYsXG4gICAgKTtcbiAgICAvLyBQbGFpbiBIVFRQIG92ZXIgY2hhbm5lbHMgb2YgdGhlIG9uZSBTU0ggY29ubmVjdGlvbjsgdGhlIGhvc3QgbmFtZSBpcyBvbmx5IHRoZSBIVFRQIEhvc3QgaGVhZGVyLlxuICAgIGRvY2tlciA9IG5ldyBEb2NrZXIoeyAuLi5ibGFuaywgcHJvdG9jb2w6ICdodHRwJywgaG9zdDogJ2xvY2FsaG9zdCcsIGFnZW50OiBzc2guYWdlbnQgfSBhcyBEb2NrZXIuRG9ja2VyT3B0aW9ucyk7XG4gIH1cblxuICBjb25zdCBmYWlsID0gKGU6IHVua25vd24sIGRvaW5nOiBzdHJpbmcpOiBVc2VyRXJyb3IgPT4gZW5naW5lRXJyb3IoZSwgeyAuLi5yZWYsIHJlbW90ZVN0ZGVycjogc3NoPy5sYXN0UmVtb3RlU3RkZXJyIH0sIGRvaW5nKTtcbiAgbGV0IHZlcnNpb246IERvY2tlci5Eb2NrZXJWZXJzaW9uO1xuICB0cnkge1xuICAgIGlmIChzc2gpIGF3YWl0IHNzaC5jb25uZWN0KCk7XG4gICAgdmVyc2lvbiA9IGF3YWl0IHdpdGhUaW1lb3V0KGRvY2tlci52ZXJzaW9uKCksIGNvbmZpZy5waW5nVGltZW91dE1zID8/IDIwXzAwMCwgY2hvaWNlKTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIHNzaD8uY2xvc2UoKTtcbiAgICB0aHJvdyBmYWlsKGUsICdhc2tpbmcgZm9yIGl0cyB2ZXJzaW9uJyk7XG4gIH1cbiAgY29uc3QgaXNQb2RtYW4gPSAodmVyc2lvbi5Db21wb25lbnRzID8/IFtdKS5zb21lKChjKSA9PiAvcG9kbWFuL2kudGVzdChjLk5hbWUpKTtcbiAgY29uc3Qga2luZDogRW5naW5lS2luZCA9IGlzUG9kbWFuID8gJ3BvZG1hbicgOiBjaG9pY2Uua2luZDtcbiAgcmV0dXJuIHtcbiAgICBkb2NrZXIsXG4gICAga2luZCxcbiAgICB1cmw6IGNob2ljZS51cmwsXG4gICAgY2hvc2VuQnk6IGNob2ljZS5jaG9zZW5CeSxcbiAgICAvLyBCaW5kIG1vdW50cyBuYW1lIHBhdGhzIG9uIHRoZSBlbmdpbmUncyBtYWNoaW5lOiBvbmx5IGEgc29ja2V0IG9uIHRoaXMgbWFjaGluZSBzZWVzIG91ciBmaWxlcy5cbiAgICBzaGFyZXNGaWxlc3lzdGVtOiBjaG9pY2Uua2luZCA9PT0gJ3VuaXgnLFxuICAgIGlzUG9kbWFuLFxuICAgIGNob2ljZSxcbiAgICBzZXJ2ZXJWZXJzaW9uOiBgJHtpc1BvZG1hbiA/ICdQb2RtYW4gJyA6ICcnfSR7dmVyc2lvbi5WZXJzaW9ufWAsXG4gICAgYXBpVmVyc2lvbjogdmVyc2lvbi5BcGlWZXJzaW9uLFxuICAgIHNzaCxcbiAgICBjbG9zZTogYXN5bmMgKCkgPT4geyBzc2g/LmNsb3NlKCk7IH0sXG4gIH07XG59XG5cbmZ1bmN0aW9uIHJlYWRUbHNGaWxlcyhjaG9pY2U6IEVuZ2luZUNob2ljZSk6IHsgY2E/OiBCdWZmZXI7IGNlcnQ/OiBCdWZmZXI7IGtleT86IEJ1ZmZlciB9IHtcbiAgY29uc3Qgb3V0OiB7IGNhPzogQnVmZmVyOyBjZXJ0PzogQnVmZmVyOyBrZXk/OiBCdWZmZXIgfSA9IHt9O1xuICBmb3IgKGNvbnN0IGsgb2YgWydjYScsICdjZXJ0JywgJ2tleSddIGFzIGNvbnN0KSB7XG4gICAgY29uc3QgcCA9IGNob2ljZS50bHM/LltrXTtcbiAgICBpZiAoIXApIGNvbnRpbnVlO1xuICAgIHRyeSB7XG4gICAgICBvdXRba10gPSByZWFkRmlsZVN5bmMocCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgdGhyb3cgbmV3IFVzZXJFcnJvcihgVExTIGZvciB0aGUgRG9ja2VyIGVuZ2luZSAke2Nob2ljZS51cmx9IChjaG9zZW4gYnkgJHtjaG9pY2UuY2hvc2VuQnl9KSBuZWVkcyAke3B9LCB3aGljaCBjYW5ub3QgYmUgcmVhZDogJHsoZSBhcyBOb2RlSlMuRXJybm9FeGNlcHRpb24pLmNvZGUgPz8gKGUgYXMgRXJyb3IpLm1lc3NhZ2V9LmAsXG4gICAgICAgICdTZXQgRE9DS0VSX0NFUlRfUEFUSCB0byB0aGUgZm9sZGVyIGhvbGRpbmcgY2EucGVtLCBjZXJ0LnBlbSBhbmQga2V5LnBlbSAob3IgZml4IHRoZSBjb250ZXh0XFwncyBUTFMgZmlsZXMpLCBvciB1bnNldCBET0NLRVJfVExTX1ZFUklGWSBmb3IgYSBwbGFpbiBlbmdpbmUuJyxcbiAgICAgICAgJ3Rscy1maWxlcy1taXNzaW5nJyk7XG4gICAgfVxuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbmZ1bmN0aW9uIHdpdGhUaW1lb3V0PFQ+KHA6IFByb21pc2U8VD4sIG1zOiBudW1iZXIsIGNob2ljZTogRW5naW5lQ2hvaWNlKTogUHJvbWlzZTxUPiB7XG4gIGxldCB0aW1lcjogTm9kZUpTLlRpbWVvdXQgfCB1bmRlZmluZWQ7XG4gIGNvbnN0IHQgPSBuZXcgUHJvbWlzZTxuZXZlcj4oKF8sIHJlamVjdCkgPT4ge1xuICAgIHRpbWVyID0gc2V0VGltZW91dCgoKSA9PiByZWplY3QobmV3IFVzZXJFcnJvcihgVGhlIERvY2tlciBlbmdpbmUgJHtjaG9pY2UudXJsfSAoY2hvc2VuIGJ5ICR7Y2hvaWNlLmNob3NlbkJ5fSkgZGlkIG5vdCBhbnN3ZXIgd2l0aGluICR7TWF0aC5yb3VuZChtcyAvIDEwMDApfSBzLmAsXG4gICAgICAnQ2hlY2sgdGhhdCB0aGUgaG9zdCBpcyB1cCBhbmQgdGhlIGVuZ2luZSBydW5zIHRoZXJlLCBvciBjaG9vc2UgYW5vdGhlciBlbmdpbmUuJywgJ2VuZ2luZS10aW1lb3V0JykpLCBtcyk7XG4gIH0pO1xuICByZXR1cm4gUHJvbWlzZS5yYWNlKFtwLCB0XSkuZmluYWxseSgoKSA9PiBjbGVhclRpbWVvdXQodGltZXIpKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBNkI7QUFDN0IsWUFBdUI7QUFDdkIsdUJBQW1CO0FBQ25CLHVCQUEwQjtBQUUxQiwwQkFBZ0Q7QUFDaEQsMEJBQTRDO0FBRTVDLDJCQUFnRDtBQTRCaEQsZUFBc0IsY0FBYyxTQUF3QixDQUFDLEdBQUcsTUFBeUIsUUFBUSxLQUErQjtBQUM5SCxRQUFNLGFBQVMsa0NBQWEsRUFBRSxRQUFRLE9BQU8sUUFBUSxTQUFTLE9BQU8sU0FBUyxRQUFRLE9BQU8sYUFBYSxHQUFHLEdBQUc7QUFDaEgsU0FBTyxjQUFjLFFBQVEsUUFBUSxHQUFHO0FBQzFDO0FBRUEsZUFBc0IsY0FBYyxRQUFzQixTQUF3QixDQUFDLEdBQUcsTUFBeUIsUUFBUSxLQUErQjtBQUNwSixRQUFNLE1BQWlCLEVBQUUsS0FBSyxPQUFPLEtBQUssVUFBVSxPQUFPLFVBQVUsTUFBTSxPQUFPLE1BQU0sS0FBSyxPQUFPLElBQUk7QUFDeEcsTUFBSTtBQUNKLE1BQUk7QUFFSixRQUFNLFFBQVEsRUFBRSxZQUFZLFFBQVcsTUFBTSxRQUFXLE1BQU0sUUFBVyxJQUFJLFFBQVcsTUFBTSxRQUFXLEtBQUssUUFBVyxZQUFZLEtBQUssU0FBUyxPQUFVO0FBQzdKLE1BQUksT0FBTyxTQUFTLFFBQVE7QUFDMUIsYUFBUyxJQUFJLGlCQUFBQSxRQUFPLEVBQUUsR0FBRyxPQUFPLFlBQVksT0FBTyxZQUFZLFVBQVUsT0FBTyxDQUF5QjtBQUFBLEVBQzNHLFdBQVcsT0FBTyxTQUFTLE9BQU87QUFDaEMsYUFBUyxJQUFJLGlCQUFBQSxRQUFPLEVBQUUsR0FBRyxPQUFPLFVBQVUsUUFBUSxNQUFNLE9BQU8sTUFBTSxNQUFNLE9BQU8sS0FBSyxDQUF5QjtBQUFBLEVBQ2xILFdBQVcsT0FBTyxTQUFTLE9BQU87QUFDaEMsVUFBTSxRQUFRLGFBQWEsTUFBTTtBQUNqQyxVQUFNLFFBQVEsSUFBSSxNQUFNLE1BQU0sRUFBRSxHQUFHLE9BQU8sb0JBQW9CLE9BQU8sS0FBSyxXQUFXLE9BQU8sV0FBVyxNQUFNLENBQUM7QUFDOUcsYUFBUyxJQUFJLGlCQUFBQSxRQUFPLEVBQUUsR0FBRyxPQUFPLFVBQVUsU0FBUyxNQUFNLE9BQU8sTUFBTSxNQUFNLE9BQU8sTUFBTSxHQUFHLE9BQU8sTUFBTSxDQUF5QjtBQUFBLEVBQ3BJLE9BQU87QUFDTCxVQUFNLElBQUk7QUFBQSxNQUNSLEVBQUUsTUFBTSxPQUFPLE1BQU8sTUFBTSxPQUFPLFFBQVEsSUFBSSxVQUFVLE9BQU8sVUFBVyxLQUFLLE9BQU8sSUFBSTtBQUFBLE1BQzNGLEVBQUUsR0FBRyxPQUFPLEtBQUssZUFBZSxPQUFPLGVBQWUsWUFBWSxPQUFPLGVBQWUsa0JBQWtCLE9BQU8saUJBQWlCO0FBQUEsTUFDbEk7QUFBQSxJQUNGO0FBRUEsYUFBUyxJQUFJLGlCQUFBQSxRQUFPLEVBQUUsR0FBRyxPQUFPLFVBQVUsUUFBUSxNQUFNLGFBQWEsT0FBTyxJQUFJLE1BQU0sQ0FBeUI7QUFBQSxFQUNqSDtBQUVBLFFBQU0sT0FBTyxDQUFDLEdBQVksY0FBNkIsaUNBQVksR0FBRyxFQUFFLEdBQUcsS0FBSyxjQUFjLEtBQUssaUJBQWlCLEdBQUcsS0FBSztBQUM1SCxNQUFJO0FBQ0osTUFBSTtBQUNGLFFBQUksSUFBSyxPQUFNLElBQUksUUFBUTtBQUMzQixjQUFVLE1BQU0sWUFBWSxPQUFPLFFBQVEsR0FBRyxPQUFPLGlCQUFpQixLQUFRLE1BQU07QUFBQSxFQUN0RixTQUFTLEdBQUc7QUFDVixTQUFLLE1BQU07QUFDWCxVQUFNLEtBQUssR0FBRyx3QkFBd0I7QUFBQSxFQUN4QztBQUNBLFFBQU0sWUFBWSxRQUFRLGNBQWMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxNQUFNLFVBQVUsS0FBSyxFQUFFLElBQUksQ0FBQztBQUM5RSxRQUFNLE9BQW1CLFdBQVcsV0FBVyxPQUFPO0FBQ3RELFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0EsS0FBSyxPQUFPO0FBQUEsSUFDWixVQUFVLE9BQU87QUFBQTtBQUFBLElBRWpCLGtCQUFrQixPQUFPLFNBQVM7QUFBQSxJQUNsQztBQUFBLElBQ0E7QUFBQSxJQUNBLGVBQWUsR0FBRyxXQUFXLFlBQVksRUFBRSxHQUFHLFFBQVEsT0FBTztBQUFBLElBQzdELFlBQVksUUFBUTtBQUFBLElBQ3BCO0FBQUEsSUFDQSxPQUFPLFlBQVk7QUFBRSxXQUFLLE1BQU07QUFBQSxJQUFHO0FBQUEsRUFDckM7QUFDRjtBQUVBLFNBQVMsYUFBYSxRQUFvRTtBQUN4RixRQUFNLE1BQW9ELENBQUM7QUFDM0QsYUFBVyxLQUFLLENBQUMsTUFBTSxRQUFRLEtBQUssR0FBWTtBQUM5QyxVQUFNLElBQUksT0FBTyxNQUFNLENBQUM7QUFDeEIsUUFBSSxDQUFDLEVBQUc7QUFDUixRQUFJO0FBQ0YsVUFBSSxDQUFDLFFBQUksNkJBQWEsQ0FBQztBQUFBLElBQ3pCLFNBQVMsR0FBRztBQUNWLFlBQU0sSUFBSTtBQUFBLFFBQVUsNkJBQTZCLE9BQU8sR0FBRyxlQUFlLE9BQU8sUUFBUSxXQUFXLENBQUMsMkJBQTRCLEVBQTRCLFFBQVMsRUFBWSxPQUFPO0FBQUEsUUFDdkw7QUFBQSxRQUNBO0FBQUEsTUFBbUI7QUFBQSxJQUN2QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFFQSxTQUFTLFlBQWUsR0FBZSxJQUFZLFFBQWtDO0FBQ25GLE1BQUk7QUFDSixRQUFNLElBQUksSUFBSSxRQUFlLENBQUMsR0FBRyxXQUFXO0FBQzFDLFlBQVEsV0FBVyxNQUFNLE9BQU8sSUFBSTtBQUFBLE1BQVUscUJBQXFCLE9BQU8sR0FBRyxlQUFlLE9BQU8sUUFBUSwyQkFBMkIsS0FBSyxNQUFNLEtBQUssR0FBSSxDQUFDO0FBQUEsTUFDeko7QUFBQSxNQUFrRjtBQUFBLElBQWdCLENBQUMsR0FBRyxFQUFFO0FBQUEsRUFDNUcsQ0FBQztBQUNELFNBQU8sUUFBUSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxRQUFRLE1BQU0sYUFBYSxLQUFLLENBQUM7QUFDL0Q7IiwKICAibmFtZXMiOiBbIkRvY2tlciJdCn0K
