"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var engine_exports = {};
__export(engine_exports, {
  command: () => command,
  engineConfigFromFlags: () => engineConfigFromFlags
});
module.exports = __toCommonJS(engine_exports);
var import_node_util = require("node:util");
var import_userError = require("../../core/userError");
var import_connect = require("../../docker/connect");
var import_contexts = require("../../docker/contexts");
var import_engineChoice = require("../../docker/engineChoice");
const usage = `Usage: ebuild-builder engine [--engine URL | --context NAME] [options]

Prints the Docker engine builds would use, how it was chosen (as the docker CLI chooses: --engine/--context,
then DOCKER_HOST, then DOCKER_CONTEXT, then currentContext in ~/.docker/config.json, then the local socket),
and its server version. Exits 2 with what to fix when the engine cannot be reached.

Options:
  --engine URL              unix:///path.sock, tcp://host:port, ssh://[user@]host[:port], or a context name
  --context NAME            a Docker context (docker context ls)
  --list                    list the Docker contexts (* marks the one in use) and exit
  --accept-host-key SHA256:\u2026  trust this SSH host key fingerprint (shown when the host is unknown); it is
                            then added to ~/.ssh/known_hosts
  --identity-file FILE      SSH private key (else ssh-agent via SSH_AUTH_SOCK, else ~/.ssh/id_*)
  --known-hosts FILE        known_hosts file (default ~/.ssh/known_hosts)
  --timeout SECONDS         how long to wait for the engine (default 20)
  --no-ping                 only print the choice, do not connect

SSH key passphrases are asked on the terminal, or read from EBUILD_BUILDER_SSH_PASSPHRASE.
`;
function engineConfigFromFlags(values, io) {
  const str = (k) => typeof values[k] === "string" ? values[k] : void 0;
  const timeout = str("timeout");
  if (timeout !== void 0 && !(Number(timeout) > 0)) throw new import_userError.UserError(`--timeout "${timeout}" is not a number of seconds.`, "Pass e.g. --timeout 30.", "bad-flag");
  if (str("engine") && str("context")) throw new import_userError.UserError("--engine and --context both name an engine.", "Pass only one of them.", "bad-flag");
  return {
    engine: str("engine"),
    context: str("context"),
    engineSource: str("engine") ? "--engine" : void 0,
    acceptHostKey: str("accept-host-key"),
    sshPassphrase: () => askPassphrase(io),
    ssh: {
      identityFile: str("identity-file"),
      knownHostsPath: str("known-hosts"),
      readyTimeoutMs: timeout ? Number(timeout) * 1e3 : void 0
    },
    pingTimeoutMs: timeout ? Number(timeout) * 1e3 : void 0
  };
}
const command = {
  name: "engine",
  summary: "show the Docker engine builds use (and how it was chosen); --list the contexts",
  usage,
  async run(args, io) {
    let values;
    try {
      values = (0, import_node_util.parseArgs)({
        args,
        strict: true,
        allowPositionals: false,
        options: {
          engine: { type: "string" },
          context: { type: "string" },
          list: { type: "boolean" },
          "accept-host-key": { type: "string" },
          "identity-file": { type: "string" },
          "known-hosts": { type: "string" },
          timeout: { type: "string" },
          "no-ping": { type: "boolean" }
        }
      }).values;
    } catch (e) {
      throw new import_userError.UserError(e.message, "Run `ebuild-builder engine --help` for the options.", "bad-flag");
    }
    if (values.list) {
      const rows = (0, import_contexts.listContexts)(io.env);
      const width = Math.max(4, ...rows.map((r) => r.name.length + 2));
      io.stdout.write(`${"NAME".padEnd(width)} ${"DOCKER ENDPOINT".padEnd(40)} DESCRIPTION
`);
      for (const r of rows) {
        const name = r.current ? `${r.name} *` : r.name;
        io.stdout.write(`${name.padEnd(width)} ${`${r.endpoint}${r.tls ? " (TLS)" : ""}`.padEnd(40)} ${r.description ?? ""}
`.replace(/ +\n$/, "\n"));
      }
      return 0;
    }
    const config = engineConfigFromFlags(values, io);
    if (values["no-ping"]) {
      const c = (0, import_engineChoice.chooseEngine)({ engine: config.engine, context: config.context, source: config.engineSource }, io.env);
      io.stdout.write(`engine: ${c.url}
kind: ${c.kind}
chosen by: ${c.chosenBy}
`);
      return 0;
    }
    const engine = await (0, import_connect.connectEngine)(config, io.env);
    try {
      io.stdout.write(`engine: ${engine.url}
kind: ${engine.kind}
chosen by: ${engine.chosenBy}
server: ${engine.serverVersion} (API ${engine.apiVersion})
sources: ${engine.sharesFilesystem ? "bind-mounted (the engine shares this filesystem)" : "uploaded into each build container, artifacts downloaded"}
`);
      if (engine.ssh) io.stdout.write(`ssh: one connection, Docker socket reached by ${engine.ssh.mode ?? "streamlocal"}
`);
    } finally {
      await engine.close();
    }
    return 0;
  }
};
async function askPassphrase(io) {
  const fromEnv = io.env.EBUILD_BUILDER_SSH_PASSPHRASE;
  if (fromEnv !== void 0) return fromEnv;
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new import_userError.UserError("The SSH key is encrypted and there is no terminal to ask its passphrase on.", "Add the key to ssh-agent (`ssh-add`), or set EBUILD_BUILDER_SSH_PASSPHRASE.", "ssh-key-passphrase");
  io.stderr.write("SSH key passphrase: ");
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((resolve, reject) => {
    let text = "";
    const onData = (d) => {
      for (const ch of d.toString("utf8")) {
        if (ch === "\r" || ch === "\n") {
          done();
          resolve(text);
          return;
        }
        if (ch === "") {
          done();
          reject(new import_userError.UserError("Passphrase entry cancelled.", void 0, "cancelled"));
          return;
        }
        if (ch === "\x7F") text = text.slice(0, -1);
        else text += ch;
      }
    };
    const done = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
      io.stderr.write("\n");
    };
    stdin.on("data", onData);
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  command,
  engineConfigFromFlags
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vLi4vc3JjL2NsaS9jb21tYW5kcy9lbmdpbmUudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBgZWJ1aWxkLWJ1aWxkZXIgZW5naW5lYDogd2hpY2ggRG9ja2VyIGVuZ2luZSBidWlsZHMgd291bGQgdXNlLCBob3cgaXQgd2FzIGNob3NlbiwgYW5kIHdoZXRoZXIgaXQgYW5zd2Vycy4gKi9cbmltcG9ydCB7IHBhcnNlQXJncyB9IGZyb20gJ25vZGU6dXRpbCc7XG5pbXBvcnQgeyBVc2VyRXJyb3IgfSBmcm9tICcuLi8uLi9jb3JlL3VzZXJFcnJvcic7XG5pbXBvcnQgeyBjb25uZWN0RW5naW5lLCB0eXBlIENvbm5lY3RDb25maWcgfSBmcm9tICcuLi8uLi9kb2NrZXIvY29ubmVjdCc7XG5pbXBvcnQgeyBsaXN0Q29udGV4dHMgfSBmcm9tICcuLi8uLi9kb2NrZXIvY29udGV4dHMnO1xuaW1wb3J0IHsgY2hvb3NlRW5naW5lIH0gZnJvbSAnLi4vLi4vZG9ja2VyL2VuZ2luZUNob2ljZSc7XG5pbXBvcnQgdHlwZSB7IENsaUNvbW1hbmQsIENsaUlPIH0gZnJvbSAnLi4vY2xpVHlwZXMnO1xuXG5jb25zdCB1c2FnZSA9IGBVc2FnZTogZWJ1aWxkLWJ1aWxkZXIgZW5naW5lIFstLWVuZ2luZSBVUkwgfCAtLWNvbnRleHQgTkFNRV0gW29wdGlvbnNdXG5cblByaW50cyB0aGUgRG9ja2VyIGVuZ2luZSBidWlsZHMgd291bGQgdXNlLCBob3cgaXQgd2FzIGNob3NlbiAoYXMgdGhlIGRvY2tlciBDTEkgY2hvb3NlczogLS1lbmdpbmUvLS1jb250ZXh0LFxudGhlbiBET0NLRVJfSE9TVCwgdGhlbiBET0NLRVJfQ09OVEVYVCwgdGhlbiBjdXJyZW50Q29udGV4dCBpbiB+Ly5kb2NrZXIvY29uZmlnLmpzb24sIHRoZW4gdGhlIGxvY2FsIHNvY2tldCksXG5hbmQgaXRzIHNlcnZlciB2ZXJzaW9uLiBFeGl0cyAyIHdpdGggd2hhdCB0byBmaXggd2hlbiB0aGUgZW5naW5lIGNhbm5vdCBiZSByZWFjaGVkLlxuXG5PcHRpb25zOlxuICAtLWVuZ2luZSBVUkwgICAgICAgICAgICAgIHVuaXg6Ly8vcGF0aC5zb2NrLCB0Y3A6Ly9ob3N0OnBvcnQsIHNzaDovL1t1c2VyQF1ob3N0Wzpwb3J0XSwgb3IgYSBjb250ZXh0IG5hbWVcbiAgLS1jb250ZXh0IE5BTUUgICAgICAgICAgICBhIERvY2tlciBjb250ZXh0IChkb2NrZXIgY29udGV4dCBscylcbiAgLS1saXN0ICAgICAgICAgICAgICAgICAgICBsaXN0IHRoZSBEb2NrZXIgY29udGV4dHMgKCogbWFya3MgdGhlIG9uZSBpbiB1c2UpIGFuZCBleGl0XG4gIC0tYWNjZXB0LWhvc3Qta2V5IFNIQTI1NjpcdTIwMjYgIHRydXN0IHRoaXMgU1NIIGhvc3Qga2V5IGZpbmdlcnByaW50IChzaG93biB3aGVuIHRoZSBob3N0IGlzIHVua25vd24pOyBpdCBpc1xuICAgICAgICAgICAgICAgICAgICAgICAgICAgIHRoZW4gYWRkZWQgdG8gfi8uc3NoL2tub3duX2hvc3RzXG4gIC0taWRlbnRpdHktZmlsZSBGSUxFICAgICAgU1NIIHByaXZhdGUga2V5IChlbHNlIHNzaC1hZ2VudCB2aWEgU1NIX0FVVEhfU09DSywgZWxzZSB+Ly5zc2gvaWRfKilcbiAgLS1rbm93bi1ob3N0cyBGSUxFICAgICAgICBrbm93bl9ob3N0cyBmaWxlIChkZWZhdWx0IH4vLnNzaC9rbm93bl9ob3N0cylcbiAgLS10aW1lb3V0IFNFQ09ORFMgICAgICAgICBob3cgbG9uZyB0byB3YWl0IGZvciB0aGUgZW5naW5lIChkZWZhdWx0IDIwKVxuICAtLW5vLXBpbmcgICAgICAgICAgICAgICAgIG9ubHkgcHJpbnQgdGhlIGNob2ljZSwgZG8gbm90IGNvbm5lY3RcblxuU1NIIGtleSBwYXNzcGhyYXNlcyBhcmUgYXNrZWQgb24gdGhlIHRlcm1pbmFsLCBvciByZWFkIGZyb20gRUJVSUxEX0JVSUxERVJfU1NIX1BBU1NQSFJBU0UuXG5gO1xuXG4vKiogVGhlIGVuZ2luZSBmbGFncyBldmVyeSB2ZXJiIHRoYXQgdGFsa3MgdG8gYW4gZW5naW5lIHNoYXJlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmdpbmVDb25maWdGcm9tRmxhZ3ModmFsdWVzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiwgaW86IENsaUlPKTogQ29ubmVjdENvbmZpZyB7XG4gIGNvbnN0IHN0ciA9IChrOiBzdHJpbmcpID0+ICh0eXBlb2YgdmFsdWVzW2tdID09PSAnc3RyaW5nJyA/ICh2YWx1ZXNba10gYXMgc3RyaW5nKSA6IHVuZGVmaW5lZCk7XG4gIGNvbnN0IHRpbWVvdXQgPSBzdHIoJ3RpbWVvdXQnKTtcbiAgaWYgKHRpbWVvdXQgIT09IHVuZGVmaW5lZCAmJiAhKE51bWJlcih0aW1lb3V0KSA+IDApKSB0aHJvdyBuZXcgVXNlckVycm9yKGAtLXRpbWVvdXQgXCIke3RpbWVvdXR9XCIgaXMgbm90IGEgbnVtYmVyIG9mIHNlY29uZHMuYCwgJ1Bhc3MgZS5nLiAtLXRpbWVvdXQgMzAuJywgJ2JhZC1mbGFnJyk7XG4gIGlmIChzdHIoJ2VuZ2luZScpICYmIHN0cignY29udGV4dCcpKSB0aHJvdyBuZXcgVXNlckVycm9yKCctLWVuZ2luZSBhbmQgLS1jb250ZXh0IGJvdGggbmFtZSBhbiBlbmdpbmUuJywgJ1Bhc3Mgb25seSBvbmUgb2YgdGhlbS4nLCAnYmFkLWZsYWcnKTtcbiAgcmV0dXJuIHtcbiAgICBlbmdpbmU6IHN0cignZW5naW5lJyksXG4gICAgY29udGV4dDogc3RyKCdjb250ZXh0JyksXG4gICAgZW5naW5lU291cmNlOiBzdHIoJ2VuZ2luZScpID8gJy0tZW5naW5lJyA6IHVuZGVmaW5lZCxcbiAgICBhY2NlcHRIb3N0S2V5OiBzdHIoJ2FjY2VwdC1ob3N0LWtleScpLFxuICAgIHNzaFBhc3NwaHJhc2U6ICgpID0+IGFza1Bhc3NwaHJhc2UoaW8pLFxuICAgIHNzaDoge1xuICAgICAgaWRlbnRpdHlGaWxlOiBzdHIoJ2lkZW50aXR5LWZpbGUnKSxcbiAgICAgIGtub3duSG9zdHNQYXRoOiBzdHIoJ2tub3duLWhvc3RzJyksXG4gICAgICByZWFkeVRpbWVvdXRNczogdGltZW91dCA/IE51bWJlcih0aW1lb3V0KSAqIDEwMDAgOiB1bmRlZmluZWQsXG4gICAgfSxcbiAgICBwaW5nVGltZW91dE1zOiB0aW1lb3V0ID8gTnVtYmVyKHRpbWVvdXQpICogMTAwMCA6IHVuZGVmaW5lZCxcbiAgfTtcbn1cblxuZXhwb3J0IGNvbnN0IGNvbW1hbmQ6IENsaUNvbW1hbmQgPSB7XG4gIG5hbWU6ICdlbmdpbmUnLFxuICBzdW1tYXJ5OiAnc2hvdyB0aGUgRG9ja2VyIGVuZ2luZSBidWlsZHMgdXNlIChhbmQgaG93IGl0IHdhcyBjaG9zZW4pOyAtLWxpc3QgdGhlIGNvbnRleHRzJyxcbiAgdXNhZ2UsXG4gIGFzeW5jIHJ1bihhcmdzLCBpbykge1xuICAgIGxldCB2YWx1ZXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+O1xuICAgIHRyeSB7XG4gICAgICB2YWx1ZXMgPSBwYXJzZUFyZ3Moe1xuICAgICAgICBhcmdzLCBzdHJpY3Q6IHRydWUsIGFsbG93UG9zaXRpb25hbHM6IGZhbHNlLFxuICAgICAgICBvcHRpb25zOiB7XG4gICAgICAgICAgZW5naW5lOiB7IHR5cGU6ICdzdHJpbmcnIH0sIGNvbnRleHQ6IHsgdHlwZTogJ3N0cmluZycgfSwgbGlzdDogeyB0eXBlOiAnYm9vbGVhbicgfSxcbiAgICAgICAgICAnYWNjZXB0LWhvc3Qta2V5JzogeyB0eXBlOiAnc3RyaW5nJyB9LCAnaWRlbnRpdHktZmlsZSc6IHsgdHlwZTogJ3N0cmluZycgfSwgJ2tub3duLWhvc3RzJzogeyB0eXBlOiAnc3RyaW5nJyB9LFxuICAgICAgICAgIHRpbWVvdXQ6IHsgdHlwZTogJ3N0cmluZycgfSwgJ25vLXBpbmcnOiB7IHR5cGU6ICdib29sZWFuJyB9LFxuICAgICAgICB9LFxuICAgICAgfSkudmFsdWVzO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIHRocm93IG5ldyBVc2VyRXJyb3IoKGUgYXMgRXJyb3IpLm1lc3NhZ2UsICdSdW4gYGVidWlsZC1idWlsZGVyIGVuZ2luZSAtLWhlbHBgIGZvciB0aGUgb3B0aW9ucy4nLCAnYmFkLWZsYWcnKTtcbiAgICB9XG4gICAgaWYgKHZhbHVlcy5saXN0KSB7XG4gICAgICBjb25zdCByb3dzID0gbGlzdENvbnRleHRzKGlvLmVudik7XG4gICAgICBjb25zdCB3aWR0aCA9IE1hdGgubWF4KDQsIC4uLnJvd3MubWFwKChyKSA9PiByLm5hbWUubGVuZ3RoICsgMikpO1xuICAgICAgaW8uc3Rkb3V0LndyaXRlKGAkeydOQU1FJy5wYWRFbmQod2lkdGgpfSAkeydET0NLRVIgRU5EUE9JTlQnLnBhZEVuZCg0MCl9IERFU0NSSVBUSU9OXFxuYCk7XG4gICAgICBmb3IgKGNvbnN0IHIgb2Ygcm93cykge1xuICAgICAgICBjb25zdCBuYW1lID0gci5jdXJyZW50ID8gYCR7ci5uYW1lfSAqYCA6IHIubmFtZTtcbiAgICAgICAgaW8uc3Rkb3V0LndyaXRlKGAke25hbWUucGFkRW5kKHdpZHRoKX0gJHtgJHtyLmVuZHBvaW50fSR7ci50bHMgPyAnIChUTFMpJyA6ICcnfWAucGFkRW5kKDQwKX0gJHtyLmRlc2NyaXB0aW9uID8/ICcnfVxcbmAucmVwbGFjZSgvICtcXG4kLywgJ1xcbicpKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiAwO1xuICAgIH1cbiAgICBjb25zdCBjb25maWcgPSBlbmdpbmVDb25maWdGcm9tRmxhZ3ModmFsdWVzLCBpbyk7XG4gICAgaWYgKHZhbHVlc1snbm8tcGluZyddKSB7XG4gICAgICBjb25zdCBjID0gY2hvb3NlRW5naW5lKHsgZW5naW5lOiBjb25maWcuZW5naW5lLCBjb250ZXh0OiBjb25maWcuY29udGV4dCwgc291cmNlOiBjb25maWcuZW5naW5lU291cmNlIH0sIGlvLmVudik7XG4gICAgICBpby5zdGRvdXQud3JpdGUoYGVuZ2luZTogJHtjLnVybH1cXG5raW5kOiAke2Mua2luZH1cXG5jaG9zZW4gYnk6ICR7Yy5jaG9zZW5CeX1cXG5gKTtcbiAgICAgIHJldHVybiAwO1xuICAgIH1cbiAgICBjb25zdCBlbmdpbmUgPSBhd2FpdCBjb25uZWN0RW5naW5lKGNvbmZpZywgaW8uZW52KTtcbiAgICB0cnkge1xuICAgICAgaW8uc3Rkb3V0LndyaXRlKGBlbmdpbmU6ICR7ZW5naW5lLnVybH1cXG5raW5kOiAke2VuZ2luZS5raW5kfVxcbmNob3NlbiBieTogJHtlbmdpbmUuY2hvc2VuQnl9XFxuYCArXG4gICAgICAgIGBzZXJ2ZXI6ICR7ZW5naW5lLnNlcnZlclZlcnNpb259IChBUEkgJHtlbmdpbmUuYXBpVmVyc2lvbn0pXFxuYCArXG4gICAgICAgIGBzb3VyY2VzOiAke2VuZ2luZS5zaGFyZXNGaWxlc3lzdGVtID8gJ2JpbmQtbW91bnRlZCAodGhlIGVuZ2luZSBzaGFyZXMgdGhpcyBmaWxlc3lzdGVtKScgOiAndXBsb2FkZWQgaW50byBlYWNoIGJ1aWxkIGNvbnRhaW5lciwgYXJ0aWZhY3RzIGRvd25sb2FkZWQnfVxcbmApO1xuICAgICAgaWYgKGVuZ2luZS5zc2gpIGlvLnN0ZG91dC53cml0ZShgc3NoOiBvbmUgY29ubmVjdGlvbiwgRG9ja2VyIHNvY2tldCByZWFjaGVkIGJ5ICR7ZW5naW5lLnNzaC5tb2RlID8/ICdzdHJlYW1sb2NhbCd9XFxuYCk7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGF3YWl0IGVuZ2luZS5jbG9zZSgpO1xuICAgIH1cbiAgICByZXR1cm4gMDtcbiAgfSxcbn07XG5cbi8qKiBSZWFkcyBhIHBhc3NwaHJhc2Ugd2l0aG91dCBlY2hvIGZyb20gdGhlIHRlcm1pbmFsLCBvciBmcm9tIEVCVUlMRF9CVUlMREVSX1NTSF9QQVNTUEhSQVNFLiAqL1xuYXN5bmMgZnVuY3Rpb24gYXNrUGFzc3BocmFzZShpbzogQ2xpSU8pOiBQcm9taXNlPHN0cmluZz4ge1xuICBjb25zdCBmcm9tRW52ID0gaW8uZW52LkVCVUlMRF9CVUlMREVSX1NTSF9QQVNTUEhSQVNFO1xuICBpZiAoZnJvbUVudiAhPT0gdW5kZWZpbmVkKSByZXR1cm4gZnJvbUVudjtcbiAgY29uc3Qgc3RkaW4gPSBwcm9jZXNzLnN0ZGluO1xuICBpZiAoIXN0ZGluLmlzVFRZKSB0aHJvdyBuZXcgVXNlckVycm9yKCdUaGUgU1NIIGtleSBpcyBlbmNyeXB0ZWQgYW5kIHRoZXJlIGlzIG5vIHRlcm1pbmFsIHRvIGFzayBpdHMgcGFzc3BocmFzZSBvbi4nLCAnQWRkIHRoZSBrZXkgdG8gc3NoLWFnZW50IChgc3NoLWFkZGApLCBvciBzZXQgRUJVSUxEX0JVSUxERVJfU1NIX1BBU1NQSFJBU0UuJywgJ3NzaC1rZXktcGFzc3BocmFzZScpO1xuICBpby5zdGRlcnIud3JpdGUoJ1NTSCBrZXkgcGFzc3BocmFzZTogJyk7XG4gIHN0ZGluLnNldFJhd01vZGUodHJ1ZSk7XG4gIHN0ZGluLnJlc3VtZSgpO1xuICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgIGxldCB0ZXh0ID0gJyc7XG4gICAgY29uc3Qgb25EYXRhID0gKGQ6IEJ1ZmZlcikgPT4ge1xuICAgICAgZm9yIChjb25zdCBjaCBvZiBkLnRvU3RyaW5nKCd1dGY4JykpIHtcbiAgICAgICAgaWYgKGNoID09PSAnXFxyJyB8fCBjaCA9PT0gJ1xcbicpIHsgZG9uZSgpOyByZXNvbHZlKHRleHQpOyByZXR1cm47IH1cbiAgICAgICAgaWYgKGNoID09PSAnXFx1MDAwMycpIHsgZG9uZSgpOyByZWplY3QobmV3IFVzZXJFcnJvcignUGFzc3BocmFzZSBlbnRyeSBjYW5jZWxsZWQuJywgdW5kZWZpbmVkLCAnY2FuY2VsbGVkJykpOyByZXR1cm47IH1cbiAgICAgICAgaWYgKGNoID09PSAnXFx1MDA3ZicpIHRleHQgPSB0ZXh0LnNsaWNlKDAsIC0xKTtcbiAgICAgICAgZWxzZSB0ZXh0ICs9IGNoO1xuICAgICAgfVxuICAgIH07XG4gICAgY29uc3QgZG9uZSA9ICgpID0+IHsgc3RkaW4ub2ZmKCdkYXRhJywgb25EYXRhKTsgc3RkaW4uc2V0UmF3TW9kZShmYWxzZSk7IHN0ZGluLnBhdXNlKCk7IGlvLnN0ZGVyci53cml0ZSgnXFxuJyk7IH07XG4gICAgc3RkaW4ub24oJ2RhdGEnLCBvbkRhdGEpO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUNBLHVCQUEwQjtBQUMxQix1QkFBMEI7QUFDMUIscUJBQWtEO0FBQ2xELHNCQUE2QjtBQUM3QiwwQkFBNkI7QUFHN0IsTUFBTSxRQUFRO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBcUJQLFNBQVMsc0JBQXNCLFFBQWlDLElBQTBCO0FBQy9GLFFBQU0sTUFBTSxDQUFDLE1BQWUsT0FBTyxPQUFPLENBQUMsTUFBTSxXQUFZLE9BQU8sQ0FBQyxJQUFlO0FBQ3BGLFFBQU0sVUFBVSxJQUFJLFNBQVM7QUFDN0IsTUFBSSxZQUFZLFVBQWEsRUFBRSxPQUFPLE9BQU8sSUFBSSxHQUFJLE9BQU0sSUFBSSwyQkFBVSxjQUFjLE9BQU8saUNBQWlDLDJCQUEyQixVQUFVO0FBQ3BLLE1BQUksSUFBSSxRQUFRLEtBQUssSUFBSSxTQUFTLEVBQUcsT0FBTSxJQUFJLDJCQUFVLCtDQUErQywwQkFBMEIsVUFBVTtBQUM1SSxTQUFPO0FBQUEsSUFDTCxRQUFRLElBQUksUUFBUTtBQUFBLElBQ3BCLFNBQVMsSUFBSSxTQUFTO0FBQUEsSUFDdEIsY0FBYyxJQUFJLFFBQVEsSUFBSSxhQUFhO0FBQUEsSUFDM0MsZUFBZSxJQUFJLGlCQUFpQjtBQUFBLElBQ3BDLGVBQWUsTUFBTSxjQUFjLEVBQUU7QUFBQSxJQUNyQyxLQUFLO0FBQUEsTUFDSCxjQUFjLElBQUksZUFBZTtBQUFBLE1BQ2pDLGdCQUFnQixJQUFJLGFBQWE7QUFBQSxNQUNqQyxnQkFBZ0IsVUFBVSxPQUFPLE9BQU8sSUFBSSxNQUFPO0FBQUEsSUFDckQ7QUFBQSxJQUNBLGVBQWUsVUFBVSxPQUFPLE9BQU8sSUFBSSxNQUFPO0FBQUEsRUFDcEQ7QUFDRjtBQUVPLE1BQU0sVUFBc0I7QUFBQSxFQUNqQyxNQUFNO0FBQUEsRUFDTixTQUFTO0FBQUEsRUFDVDtBQUFBLEVBQ0EsTUFBTSxJQUFJLE1BQU0sSUFBSTtBQUNsQixRQUFJO0FBQ0osUUFBSTtBQUNGLG1CQUFTLDRCQUFVO0FBQUEsUUFDakI7QUFBQSxRQUFNLFFBQVE7QUFBQSxRQUFNLGtCQUFrQjtBQUFBLFFBQ3RDLFNBQVM7QUFBQSxVQUNQLFFBQVEsRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUFHLFNBQVMsRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUFHLE1BQU0sRUFBRSxNQUFNLFVBQVU7QUFBQSxVQUNqRixtQkFBbUIsRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUFHLGlCQUFpQixFQUFFLE1BQU0sU0FBUztBQUFBLFVBQUcsZUFBZSxFQUFFLE1BQU0sU0FBUztBQUFBLFVBQzVHLFNBQVMsRUFBRSxNQUFNLFNBQVM7QUFBQSxVQUFHLFdBQVcsRUFBRSxNQUFNLFVBQVU7QUFBQSxRQUM1RDtBQUFBLE1BQ0YsQ0FBQyxFQUFFO0FBQUEsSUFDTCxTQUFTLEdBQUc7QUFDVixZQUFNLElBQUksMkJBQVcsRUFBWSxTQUFTLHVEQUF1RCxVQUFVO0FBQUEsSUFDN0c7QUFDQSxRQUFJLE9BQU8sTUFBTTtBQUNmLFlBQU0sV0FBTyw4QkFBYSxHQUFHLEdBQUc7QUFDaEMsWUFBTSxRQUFRLEtBQUssSUFBSSxHQUFHLEdBQUcsS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLEtBQUssU0FBUyxDQUFDLENBQUM7QUFDL0QsU0FBRyxPQUFPLE1BQU0sR0FBRyxPQUFPLE9BQU8sS0FBSyxDQUFDLElBQUksa0JBQWtCLE9BQU8sRUFBRSxDQUFDO0FBQUEsQ0FBZ0I7QUFDdkYsaUJBQVcsS0FBSyxNQUFNO0FBQ3BCLGNBQU0sT0FBTyxFQUFFLFVBQVUsR0FBRyxFQUFFLElBQUksT0FBTyxFQUFFO0FBQzNDLFdBQUcsT0FBTyxNQUFNLEdBQUcsS0FBSyxPQUFPLEtBQUssQ0FBQyxJQUFJLEdBQUcsRUFBRSxRQUFRLEdBQUcsRUFBRSxNQUFNLFdBQVcsRUFBRSxHQUFHLE9BQU8sRUFBRSxDQUFDLElBQUksRUFBRSxlQUFlLEVBQUU7QUFBQSxFQUFLLFFBQVEsU0FBUyxJQUFJLENBQUM7QUFBQSxNQUMvSTtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQ0EsVUFBTSxTQUFTLHNCQUFzQixRQUFRLEVBQUU7QUFDL0MsUUFBSSxPQUFPLFNBQVMsR0FBRztBQUNyQixZQUFNLFFBQUksa0NBQWEsRUFBRSxRQUFRLE9BQU8sUUFBUSxTQUFTLE9BQU8sU0FBUyxRQUFRLE9BQU8sYUFBYSxHQUFHLEdBQUcsR0FBRztBQUM5RyxTQUFHLE9BQU8sTUFBTSxXQUFXLEVBQUUsR0FBRztBQUFBLFFBQVcsRUFBRSxJQUFJO0FBQUEsYUFBZ0IsRUFBRSxRQUFRO0FBQUEsQ0FBSTtBQUMvRSxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sU0FBUyxVQUFNLDhCQUFjLFFBQVEsR0FBRyxHQUFHO0FBQ2pELFFBQUk7QUFDRixTQUFHLE9BQU8sTUFBTSxXQUFXLE9BQU8sR0FBRztBQUFBLFFBQVcsT0FBTyxJQUFJO0FBQUEsYUFBZ0IsT0FBTyxRQUFRO0FBQUEsVUFDN0UsT0FBTyxhQUFhLFNBQVMsT0FBTyxVQUFVO0FBQUEsV0FDN0MsT0FBTyxtQkFBbUIscURBQXFELDBEQUEwRDtBQUFBLENBQUk7QUFDM0osVUFBSSxPQUFPLElBQUssSUFBRyxPQUFPLE1BQU0saURBQWlELE9BQU8sSUFBSSxRQUFRLGFBQWE7QUFBQSxDQUFJO0FBQUEsSUFDdkgsVUFBRTtBQUNBLFlBQU0sT0FBTyxNQUFNO0FBQUEsSUFDckI7QUFDQSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR0EsZUFBZSxjQUFjLElBQTRCO0FBQ3ZELFFBQU0sVUFBVSxHQUFHLElBQUk7QUFDdkIsTUFBSSxZQUFZLE9BQVcsUUFBTztBQUNsQyxRQUFNLFFBQVEsUUFBUTtBQUN0QixNQUFJLENBQUMsTUFBTSxNQUFPLE9BQU0sSUFBSSwyQkFBVSwrRUFBK0UsK0VBQStFLG9CQUFvQjtBQUN4TixLQUFHLE9BQU8sTUFBTSxzQkFBc0I7QUFDdEMsUUFBTSxXQUFXLElBQUk7QUFDckIsUUFBTSxPQUFPO0FBQ2IsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsUUFBSSxPQUFPO0FBQ1gsVUFBTSxTQUFTLENBQUMsTUFBYztBQUM1QixpQkFBVyxNQUFNLEVBQUUsU0FBUyxNQUFNLEdBQUc7QUFDbkMsWUFBSSxPQUFPLFFBQVEsT0FBTyxNQUFNO0FBQUUsZUFBSztBQUFHLGtCQUFRLElBQUk7QUFBRztBQUFBLFFBQVE7QUFDakUsWUFBSSxPQUFPLEtBQVU7QUFBRSxlQUFLO0FBQUcsaUJBQU8sSUFBSSwyQkFBVSwrQkFBK0IsUUFBVyxXQUFXLENBQUM7QUFBRztBQUFBLFFBQVE7QUFDckgsWUFBSSxPQUFPLE9BQVUsUUFBTyxLQUFLLE1BQU0sR0FBRyxFQUFFO0FBQUEsWUFDdkMsU0FBUTtBQUFBLE1BQ2Y7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPLE1BQU07QUFBRSxZQUFNLElBQUksUUFBUSxNQUFNO0FBQUcsWUFBTSxXQUFXLEtBQUs7QUFBRyxZQUFNLE1BQU07QUFBRyxTQUFHLE9BQU8sTUFBTSxJQUFJO0FBQUEsSUFBRztBQUMvRyxVQUFNLEdBQUcsUUFBUSxNQUFNO0FBQUEsRUFDekIsQ0FBQztBQUNIOyIsCiAgIm5hbWVzIjogW10KfQo=
