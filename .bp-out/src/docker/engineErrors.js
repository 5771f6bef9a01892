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
var engineErrors_exports = {};
__export(engineErrors_exports, {
  engineError: () => engineError
});
module.exports = __toCommonJS(engineErrors_exports);
var import_userError = require("../core/userError");
function rawText(e) {
  const json = typeof e.json === "string" ? e.json : e.json?.message;
  return `${e.message ?? ""} ${json ?? ""}`;
}
function engineError(err, engine, doing = "connecting") {
  if ((0, import_userError.isUserError)(err)) return err;
  const e = err ?? {};
  const text = rawText(e);
  const code = e.code ?? "";
  const where = `the Docker engine ${engine.url} (chosen by ${engine.chosenBy})`;
  const mk = (what, action, c) => new import_userError.UserError(`Cannot reach ${where}: ${what}`, action, c);
  const changeEngine = "or choose another engine (ebuildBuilder.engine, --engine, --context, DOCKER_HOST)";
  if (/All configured authentication methods failed/i.test(text)) {
    return mk(
      `the SSH server refused every key offered for user "${userOf(engine.url)}".`,
      `Check the user name in the URL, that your public key is in ~${userOf(engine.url)}/.ssh/authorized_keys on that host, and that ssh-agent holds the key (\`ssh-add -l\`) or an identity file is set.`,
      "ssh-auth-failed"
    );
  }
  if (/Failed to connect to agent|agent.*(ENOENT|ECONNREFUSED)/i.test(text)) {
    return mk(
      "the SSH agent (SSH_AUTH_SOCK) does not answer.",
      "Start ssh-agent and add your key (`eval $(ssh-agent); ssh-add`), or unset SSH_AUTH_SOCK and set an identity file.",
      "ssh-agent-missing"
    );
  }
  if (/Timed out while waiting for handshake/i.test(text)) {
    return mk("the SSH handshake did not finish in time.", `Check that the host is up and port ${portOf(engine.url)} reaches its sshd, or raise the SSH timeout.`, "ssh-timeout");
  }
  if (engine.kind === "ssh" && (/socket hang up|ECONNRESET|Channel open failure|open failed/i.test(text) || code === "ECONNRESET")) {
    const said = engine.remoteStderr ? ` The remote side said: "${engine.remoteStderr.split("\n")[0]}".` : "";
    if (/command not found|No such file or directory.*docker|not found/i.test(engine.remoteStderr ?? "")) {
      return mk(
        `the docker CLI is not installed on the remote host, and its Docker socket is not reachable.${said}`,
        "Install Docker on that host (or enable AllowStreamLocalForwarding in its sshd_config), then try again.",
        "remote-docker-missing"
      );
    }
    return mk(
      `SSH works, but the Docker daemon on the remote host does not answer.${said}`,
      "On that host, start Docker (`sudo systemctl start docker`), and check that the SSH user may use /var/run/docker.sock (member of the docker group).",
      "remote-docker-down"
    );
  }
  if (/UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT|CERT_SIGNATURE_FAILURE/.test(code + " " + text)) {
    return mk(
      `its TLS certificate is not signed by the CA we trust${engine.tls?.ca ? ` (${engine.tls.ca})` : ""}.`,
      "Use the ca.pem of the CA that signed the engine's certificate (DOCKER_CERT_PATH or the context's TLS files).",
      "tls-ca"
    );
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID" || /altnames|does not match certificate/i.test(text)) {
    return mk(
      `its TLS certificate is not issued for the name "${hostOf(engine.url)}" (${text.trim()}).`,
      "Connect using a name or address the certificate lists, or reissue the server certificate with that name in its subjectAltName.",
      "tls-name"
    );
  }
  if (/bad certificate|certificate required|alert number 4[26]|alert number 116|unknown ca/i.test(text)) {
    return mk(
      `the engine refused our TLS client certificate${engine.tls?.cert ? ` (${engine.tls.cert})` : " (none was sent)"}.`,
      "Use a client cert.pem and key.pem signed by the CA the engine trusts (DOCKER_CERT_PATH or the context's TLS files).",
      "tls-client-cert"
    );
  }
  if (/Client sent an HTTP request to an HTTPS server/i.test(text)) {
    return mk(
      "the engine speaks TLS but we connected without it.",
      "Set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH to the folder with ca.pem, cert.pem, key.pem, or use a Docker context with TLS.",
      "tls-needed"
    );
  }
  if (/wrong version number|EPROTO|packet length too long/i.test(code + " " + text)) {
    return mk("we spoke TLS but the engine answers in plain HTTP.", "Unset DOCKER_TLS_VERIFY (or use a context without TLS) for this engine.", "tls-not-offered");
  }
  switch (code) {
    case "ENOENT":
      return mk(
        `the socket ${engine.url.replace(/^unix:\/\//, "")} does not exist, so the engine is not running.`,
        `Start it (\`sudo systemctl start docker\`, or \`dockerd\`; for podman \`systemctl start podman.socket\`), ${changeEngine}.`,
        "engine-not-running"
      );
    case "EACCES":
    case "EPERM":
      return mk(
        "permission denied on its socket.",
        "Add yourself to the docker group (`sudo usermod -aG docker $USER`, then log out and in), or use a rootless engine.",
        "engine-permission"
      );
    case "ECONNREFUSED":
      return mk(
        engine.kind === "ssh" ? `nothing accepts SSH connections on ${hostOf(engine.url)}:${portOf(engine.url)}.` : "the connection was refused: nothing listens there.",
        engine.kind === "ssh" ? `Check the host and port, and that sshd runs there, ${changeEngine}.` : `Start the engine there (for dockerd: -H tcp://\u2026), ${changeEngine}.`,
        "engine-refused"
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return mk(`the host name "${hostOf(engine.url)}" does not resolve.`, `Check the host name, ${changeEngine}.`, "engine-host-unknown");
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return mk("the host does not answer (network unreachable or filtered).", `Check the network path to ${hostOf(engine.url)}, ${changeEngine}.`, "engine-unreachable");
  }
  if (/socket hang up|ECONNRESET/.test(text)) {
    return mk("the connection was closed without an answer.", "Check that a Docker engine (not another service) listens there, and whether it expects TLS.", "engine-hangup");
  }
  return new import_userError.UserError(`${where} failed while ${doing}: ${text.trim() || String(err)}`, "Check the engine (`docker info` with the same DOCKER_HOST/context), then try again.", "engine-error");
}
function parsed(url) {
  try {
    return new URL(url);
  } catch {
    return void 0;
  }
}
function userOf(url) {
  return decodeURIComponent(parsed(url)?.username ?? "") || "you";
}
function hostOf(url) {
  return (parsed(url)?.hostname ?? url).replace(/^\[(.*)\]$/, "$1");
}
function portOf(url) {
  const u = parsed(url);
  return u?.port || (u?.protocol === "ssh:" ? "22" : "2375");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  engineError
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9lbmdpbmVFcnJvcnMudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogUmVhY2hpbmcgYW4gZW5naW5lIGZhaWxlZDogdHVybiB0aGUgcmF3IGVycm9yIChzc2gyLCBUTFMsIHNvY2tldCkgaW50byBPTkUgVXNlckVycm9yIG5hbWluZyB0aGUgZW5naW5lIGFuZFxuICogdGhlIG5leHQgc3RlcC4gVGhlIHdvcmRpbmcgdXNlcnMgaGl0IGlzIGxpc3RlZCBpbiBkb2NzL2VuZ2luZXMubWQ7IGVhY2ggY2FzZSBoZXJlIG1hdGNoZXMgb25lIG9mIHRoZW0uXG4gKi9cbmltcG9ydCB7IFVzZXJFcnJvciwgaXNVc2VyRXJyb3IgfSBmcm9tICcuLi9jb3JlL3VzZXJFcnJvcic7XG5cbmV4cG9ydCBpbnRlcmZhY2UgRW5naW5lUmVmIHtcbiAgdXJsOiBzdHJpbmc7XG4gIGNob3NlbkJ5OiBzdHJpbmc7XG4gIGtpbmQ6IHN0cmluZztcbiAgLyoqIFRMUyBmaWxlcyBpbiB1c2UsIHRvIG5hbWUgdGhlbS4gKi9cbiAgdGxzPzogeyBjYT86IHN0cmluZzsgY2VydD86IHN0cmluZzsga2V5Pzogc3RyaW5nIH07XG4gIC8qKiBXaGF0IHRoZSByZW1vdGUgYGRvY2tlciBzeXN0ZW0gZGlhbC1zdGRpb2AgcHJpbnRlZCwgd2hlbiBzc2ggZmVsbCBiYWNrIHRvIGl0LiAqL1xuICByZW1vdGVTdGRlcnI/OiBzdHJpbmc7XG59XG5cbmludGVyZmFjZSBSYXdFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29kZT86IHN0cmluZztcbiAgbGV2ZWw/OiBzdHJpbmc7XG4gIHN0YXR1c0NvZGU/OiBudW1iZXI7XG4gIGpzb24/OiB7IG1lc3NhZ2U/OiBzdHJpbmcgfSB8IHN0cmluZztcbn1cblxuZnVuY3Rpb24gcmF3VGV4dChlOiBSYXdFcnJvcik6IHN0cmluZyB7XG4gIGNvbnN0IGpzb24gPSB0eXBlb2YgZS5qc29uID09PSAnc3RyaW5nJyA/IGUuanNvbiA6IGUuanNvbj8ubWVzc2FnZTtcbiAgcmV0dXJuIGAke2UubWVzc2FnZSA/PyAnJ30gJHtqc29uID8/ICcnfWA7XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBlbmdpbmVFcnJvcihlcnI6IHVua25vd24sIGVuZ2luZTogRW5naW5lUmVmLCBkb2luZyA9ICdjb25uZWN0aW5nJyk6IFVzZXJFcnJvciB7XG4gIGlmIChpc1VzZXJFcnJvcihlcnIpKSByZXR1cm4gZXJyO1xuICBjb25zdCBlID0gKGVyciA/PyB7fSkgYXMgUmF3RXJyb3I7XG4gIGNvbnN0IHRleHQgPSByYXdUZXh0KGUpO1xuICBjb25zdCBjb2RlID0gZS5jb2RlID8/ICcnO1xuICBjb25zdCB3aGVyZSA9IGB0aGUgRG9ja2VyIGVuZ2luZSAke2VuZ2luZS51cmx9IChjaG9zZW4gYnkgJHtlbmdpbmUuY2hvc2VuQnl9KWA7XG4gIGNvbnN0IG1rID0gKHdoYXQ6IHN0cmluZywgYWN0aW9uOiBzdHJpbmcsIGM6IHN0cmluZykgPT4gbmV3IFVzZXJFcnJvcihgQ2Fubm90IHJlYWNoICR7d2hlcmV9OiAke3doYXR9YCwgYWN0aW9uLCBjKTtcbiAgY29uc3QgY2hhbmdlRW5naW5lID0gJ29yIGNob29zZSBhbm90aGVyIGVuZ2luZSAoZWJ1aWxkQnVpbGRlci5lbmdpbmUsIC0tZW5naW5lLCAtLWNvbnRleHQsIERPQ0tFUl9IT1NUKSc7XG5cbiAgLy8gU1NIXG4gIGlmICgvQWxsIGNvbmZpZ3VyZWQgYXV0aGVudGljYXRpb24gbWV0aG9kcyBmYWlsZWQvaS50ZXN0KHRleHQpKSB7XG4gICAgcmV0dXJuIG1rKGB0aGUgU1NIIHNlcnZlciByZWZ1c2VkIGV2ZXJ5IGtleSBvZmZlcmVkIGZvciB1c2VyIFwiJHt1c2VyT2YoZW5naW5lLnVybCl9XCIuYCxcbiAgICAgIGBDaGVjayB0aGUgdXNlciBuYW1lIGluIHRoZSBVUkwsIHRoYXQgeW91ciBwdWJsaWMga2V5IGlzIGluIH4ke3VzZXJPZihlbmdpbmUudXJsKX0vLnNzaC9hdXRob3JpemVkX2tleXMgb24gdGhhdCBob3N0LCBhbmQgdGhhdCBzc2gtYWdlbnQgaG9sZHMgdGhlIGtleSAoXFxgc3NoLWFkZCAtbFxcYCkgb3IgYW4gaWRlbnRpdHkgZmlsZSBpcyBzZXQuYCxcbiAgICAgICdzc2gtYXV0aC1mYWlsZWQnKTtcbiAgfVxuICBpZiAoL0ZhaWxlZCB0byBjb25uZWN0IHRvIGFnZW50fGFnZW50LiooRU5PRU5UfEVDT05OUkVGVVNFRCkvaS50ZXN0KHRleHQpKSB7XG4gICAgcmV0dXJuIG1rKCd0aGUgU1NIIGFnZW50IChTU0hfQVVUSF9TT0NLKSBkb2VzIG5vdCBhbnN3ZXIuJyxcbiAgICAgICdTdGFydCBzc2gtYWdlbnQgYW5kIGFkZCB5b3VyIGtleSAoYGV2YWwgJChzc2gtYWdlbnQpOyBzc2gtYWRkYCksIG9yIHVuc2V0IFNTSF9BVVRIX1NPQ0sgYW5kIHNldCBhbiBpZGVudGl0eSBmaWxlLicsICdzc2gtYWdlbnQtbWlzc2luZycpO1xuICB9XG4gIGlmICgvVGltZWQgb3V0IHdoaWxlIHdhaXRpbmcgZm9yIGhhbmRzaGFrZS9pLnRlc3QodGV4dCkpIHtcbiAgICByZXR1cm4gbWsoJ3RoZSBTU0ggaGFuZHNoYWtlIGRpZCBub3QgZmluaXNoIGluIHRpbWUuJywgYENoZWNrIHRoYXQgdGhlIGhvc3QgaXMgdXAgYW5kIHBvcnQgJHtwb3J0T2YoZW5naW5lLnVybCl9IHJlYWNoZXMgaXRzIHNzaGQsIG9yIHJhaXNlIHRoZSBTU0ggdGltZW91dC5gLCAnc3NoLXRpbWVvdXQnKTtcbiAgfVxuICBpZiAoZW5naW5lLmtpbmQgPT09ICdzc2gnICYmICgvc29ja2V0IGhhbmcgdXB8RUNPTk5SRVNFVHxDaGFubmVsIG9wZW4gZmFpbHVyZXxvcGVuIGZhaWxlZC9pLnRlc3QodGV4dCkgfHwgY29kZSA9PT0gJ0VDT05OUkVTRVQnKSkge1xuICAgIGNvbnN0IHNhaWQgPSBlbmdpbmUucmVtb3RlU3RkZXJyID8gYCBUaGUgcmVtb3RlIHNpZGUgc2FpZDogXCIke2VuZ2luZS5yZW1vdGVTdGRlcnIuc3BsaXQoJ1xcbicpWzBdfVwiLmAgOiAnJztcbiAgICBpZiAoL2NvbW1hbmQgbm90IGZvdW5kfE5vIHN1Y2ggZmlsZSBvciBkaXJlY3RvcnkuKmRvY2tlcnxub3QgZm91bmQvaS50ZXN0KGVuZ2luZS5yZW1vdGVTdGRlcnIgPz8gJycpKSB7XG4gICAgICByZXR1cm4gbWsoYHRoZSBkb2NrZXIgQ0xJIGlzIG5vdCBpbnN0YWxsZWQgb24gdGhlIHJlbW90ZSBob3N0LCBhbmQgaXRzIERvY2tlciBzb2NrZXQgaXMgbm90IHJlYWNoYWJsZS4ke3NhaWR9YCxcbiAgICAgICAgJ0luc3RhbGwgRG9ja2VyIG9uIHRoYXQgaG9zdCAob3IgZW5hYmxlIEFsbG93U3RyZWFtTG9jYWxGb3J3YXJkaW5nIGluIGl0cyBzc2hkX2NvbmZpZyksIHRoZW4gdHJ5IGFnYWluLicsICdyZW1vdGUtZG9ja2VyLW1pc3NpbmcnKTtcbiAgICB9XG4gICAgcmV0dXJuIG1rKGBTU0ggd29ya3MsIGJ1dCB0aGUgRG9ja2VyIGRhZW1vbiBvbiB0aGUgcmVtb3RlIGhvc3QgZG9lcyBub3QgYW5zd2VyLiR7c2FpZH1gLFxuICAgICAgJ09uIHRoYXQgaG9zdCwgc3RhcnQgRG9ja2VyIChgc3VkbyBzeXN0ZW1jdGwgc3RhcnQgZG9ja2VyYCksIGFuZCBjaGVjayB0aGF0IHRoZSBTU0ggdXNlciBtYXkgdXNlIC92YXIvcnVuL2RvY2tlci5zb2NrIChtZW1iZXIgb2YgdGhlIGRvY2tlciBncm91cCkuJyxcbiAgICAgICdyZW1vdGUtZG9ja2VyLWRvd24nKTtcbiAgfVxuXG4gIC8vIFRMU1xuICBpZiAoL1VOQUJMRV9UT19WRVJJRllfTEVBRl9TSUdOQVRVUkV8U0VMRl9TSUdORURfQ0VSVF9JTl9DSEFJTnxERVBUSF9aRVJPX1NFTEZfU0lHTkVEX0NFUlR8VU5BQkxFX1RPX0dFVF9JU1NVRVJfQ0VSVHxDRVJUX1NJR05BVFVSRV9GQUlMVVJFLy50ZXN0KGNvZGUgKyAnICcgKyB0ZXh0KSkge1xuICAgIHJldHVybiBtayhgaXRzIFRMUyBjZXJ0aWZpY2F0ZSBpcyBub3Qgc2lnbmVkIGJ5IHRoZSBDQSB3ZSB0cnVzdCR7ZW5naW5lLnRscz8uY2EgPyBgICgke2VuZ2luZS50bHMuY2F9KWAgOiAnJ30uYCxcbiAgICAgICdVc2UgdGhlIGNhLnBlbSBvZiB0aGUgQ0EgdGhhdCBzaWduZWQgdGhlIGVuZ2luZVxcJ3MgY2VydGlmaWNhdGUgKERPQ0tFUl9DRVJUX1BBVEggb3IgdGhlIGNvbnRleHRcXCdzIFRMUyBmaWxlcykuJywgJ3Rscy1jYScpO1xuICB9XG4gIGlmIChjb2RlID09PSAnRVJSX1RMU19DRVJUX0FMVE5BTUVfSU5WQUxJRCcgfHwgL2FsdG5hbWVzfGRvZXMgbm90IG1hdGNoIGNlcnRpZmljYXRlL2kudGVzdCh0ZXh0KSkge1xuICAgIHJldHVybiBtayhgaXRzIFRMUyBjZXJ0aWZpY2F0ZSBpcyBub3QgaXNzdWVkIGZvciB0aGUgbmFtZSBcIiR7aG9zdE9mKGVuZ2luZS51cmwpfVwiICgke3RleHQudHJpbSgpfSkuYCxcbiAgICAgICdDb25uZWN0IHVzaW5nIGEgbmFtZSBvciBhZGRyZXNzIHRoZSBjZXJ0aWZpY2F0ZSBsaXN0cywgb3IgcmVpc3N1ZSB0aGUgc2VydmVyIGNlcnRpZmljYXRlIHdpdGggdGhhdCBuYW1lIGluIGl0cyBzdWJqZWN0QWx0TmFtZS4nLCAndGxzLW5hbWUnKTtcbiAgfVxuICBpZiAoL2JhZCBjZXJ0aWZpY2F0ZXxjZXJ0aWZpY2F0ZSByZXF1aXJlZHxhbGVydCBudW1iZXIgNFsyNl18YWxlcnQgbnVtYmVyIDExNnx1bmtub3duIGNhL2kudGVzdCh0ZXh0KSkge1xuICAgIHJldHVybiBtayhgdGhlIGVuZ2luZSByZWZ1c2VkIG91ciBUTFMgY2xpZW50IGNlcnRpZmljYXRlJHtlbmdpbmUudGxzPy5jZXJ0ID8gYCAoJHtlbmdpbmUudGxzLmNlcnR9KWAgOiAnIChub25lIHdhcyBzZW50KSd9LmAsXG4gICAgICAnVXNlIGEgY2xpZW50IGNlcnQucGVtIGFuZCBrZXkucGVtIHNpZ25lZCBieSB0aGUgQ0EgdGhlIGVuZ2luZSB0cnVzdHMgKERPQ0tFUl9DRVJUX1BBVEggb3IgdGhlIGNvbnRleHRcXCdzIFRMUyBmaWxlcykuJywgJ3Rscy1jbGllbnQtY2VydCcpO1xuICB9XG4gIGlmICgvQ2xpZW50IHNlbnQgYW4gSFRUUCByZXF1ZXN0IHRvIGFuIEhUVFBTIHNlcnZlci9pLnRlc3QodGV4dCkpIHtcbiAgICByZXR1cm4gbWsoJ3RoZSBlbmdpbmUgc3BlYWtzIFRMUyBidXQgd2UgY29ubmVjdGVkIHdpdGhvdXQgaXQuJyxcbiAgICAgICdTZXQgRE9DS0VSX1RMU19WRVJJRlk9MSBhbmQgRE9DS0VSX0NFUlRfUEFUSCB0byB0aGUgZm9sZGVyIHdpdGggY2EucGVtLCBjZXJ0LnBlbSwga2V5LnBlbSwgb3IgdXNlIGEgRG9ja2VyIGNvbnRleHQgd2l0aCBUTFMuJywgJ3Rscy1uZWVkZWQnKTtcbiAgfVxuICBpZiAoL3dyb25nIHZlcnNpb24gbnVtYmVyfEVQUk9UT3xwYWNrZXQgbGVuZ3RoIHRvbyBsb25nL2kudGVzdChjb2RlICsgJyAnICsgdGV4dCkpIHtcbiAgICByZXR1cm4gbWsoJ3dlIHNwb2tlIFRMUyBidXQgdGhlIGVuZ2luZSBhbnN3ZXJzIGluIHBsYWluIEhUVFAuJywgJ1Vuc2V0IERPQ0tFUl9UTFNfVkVSSUZZIChvciB1c2UgYSBjb250ZXh0IHdpdGhvdXQgVExTKSBmb3IgdGhpcyBlbmdpbmUuJywgJ3Rscy1ub3Qtb2ZmZXJlZCcpO1xuICB9XG5cbiAgLy8gU29ja2V0cyBhbmQgbmV0d29ya3NcbiAgc3dpdGNoIChjb2RlKSB7XG4gICAgY2FzZSAnRU5PRU5UJzpcbiAgICAgIHJldHVybiBtayhgdGhlIHNvY2tldCAke2VuZ2luZS51cmwucmVwbGFjZSgvXnVuaXg6XFwvXFwvLywgJycpfSBkb2VzIG5vdCBleGlzdCwgc28gdGhlIGVuZ2luZSBpcyBub3QgcnVubmluZy5gLFxuICAgICAgICBgU3RhcnQgaXQgKFxcYHN1ZG8gc3lzdGVtY3RsIHN0YXJ0IGRvY2tlclxcYCwgb3IgXFxgZG9ja2VyZFxcYDsgZm9yIHBvZG1hbiBcXGBzeXN0ZW1jdGwgc3RhcnQgcG9kbWFuLnNvY2tldFxcYCksICR7Y2hhbmdlRW5naW5lfS5gLCAnZW5naW5lLW5vdC1ydW5uaW5nJyk7XG4gICAgY2FzZSAnRUFDQ0VTJzpcbiAgICBjYXNlICdFUEVSTSc6XG4gICAgICByZXR1cm4gbWsoJ3Blcm1pc3Npb24gZGVuaWVkIG9uIGl0cyBzb2NrZXQuJyxcbiAgICAgICAgJ0FkZCB5b3Vyc2VsZiB0byB0aGUgZG9ja2VyIGdyb3VwIChgc3VkbyB1c2VybW9kIC1hRyBkb2NrZXIgJFVTRVJgLCB0aGVuIGxvZyBvdXQgYW5kIGluKSwgb3IgdXNlIGEgcm9vdGxlc3MgZW5naW5lLicsICdlbmdpbmUtcGVybWlzc2lvbicpO1xuICAgIGNhc2UgJ0VDT05OUkVGVVNFRCc6XG4gICAgICByZXR1cm4gbWsoZW5naW5lLmtpbmQgPT09ICdzc2gnID8gYG5vdGhpbmcgYWNjZXB0cyBTU0ggY29ubmVjdGlvbnMgb24gJHtob3N0T2YoZW5naW5lLnVybCl9OiR7cG9ydE9mKGVuZ2luZS51cmwpfS5gIDogJ3RoZSBjb25uZWN0aW9uIHdhcyByZWZ1c2VkOiBub3RoaW5nIGxpc3RlbnMgdGhlcmUuJyxcbiAgICAgICAgZW5naW5lLmtpbmQgPT09ICdzc2gnID8gYENoZWNrIHRoZSBob3N0IGFuZCBwb3J0LCBhbmQgdGhhdCBzc2hkIHJ1bnMgdGhlcmUsICR7Y2hhbmdlRW5naW5lfS5gIDogYFN0YXJ0IHRoZSBlbmdpbmUgdGhlcmUgKGZvciBkb2NrZXJkOiAtSCB0Y3A6Ly9cdTIwMjYpLCAke2NoYW5nZUVuZ2luZX0uYCxcbiAgICAgICAgJ2VuZ2luZS1yZWZ1c2VkJyk7XG4gICAgY2FzZSAnRU5PVEZPVU5EJzpcbiAgICBjYXNlICdFQUlfQUdBSU4nOlxuICAgICAgcmV0dXJuIG1rKGB0aGUgaG9zdCBuYW1lIFwiJHtob3N0T2YoZW5naW5lLnVybCl9XCIgZG9lcyBub3QgcmVzb2x2ZS5gLCBgQ2hlY2sgdGhlIGhvc3QgbmFtZSwgJHtjaGFuZ2VFbmdpbmV9LmAsICdlbmdpbmUtaG9zdC11bmtub3duJyk7XG4gICAgY2FzZSAnRVRJTUVET1VUJzpcbiAgICBjYXNlICdFSE9TVFVOUkVBQ0gnOlxuICAgIGNhc2UgJ0VORVRVTlJFQUNIJzpcbiAgICAgIHJldHVybiBtaygndGhlIGhvc3QgZG9lcyBub3QgYW5zd2VyIChuZXR3b3JrIHVucmVhY2hhYmxlIG9yIGZpbHRlcmVkKS4nLCBgQ2hlY2sgdGhlIG5ldHdvcmsgcGF0aCB0byAke2hvc3RPZihlbmdpbmUudXJsKX0sICR7Y2hhbmdlRW5naW5lfS5gLCAnZW5naW5lLXVucmVhY2hhYmxlJyk7XG4gIH1cbiAgaWYgKC9zb2NrZXQgaGFuZyB1cHxFQ09OTlJFU0VULy50ZXN0KHRleHQpKSB7XG4gICAgcmV0dXJuIG1rKCd0aGUgY29ubmVjdGlvbiB3YXMgY2xvc2VkIHdpdGhvdXQgYW4gYW5zd2VyLicsICdDaGVjayB0aGF0IGEgRG9ja2VyIGVuZ2luZSAobm90IGFub3RoZXIgc2VydmljZSkgbGlzdGVucyB0aGVyZSwgYW5kIHdoZXRoZXIgaXQgZXhwZWN0cyBUTFMuJywgJ2VuZ2luZS1oYW5ndXAnKTtcbiAgfVxuICByZXR1cm4gbmV3IFVzZXJFcnJvcihgJHt3aGVyZX0gZmFpbGVkIHdoaWxlICR7ZG9pbmd9OiAke3RleHQudHJpbSgpIHx8IFN0cmluZyhlcnIpfWAsICdDaGVjayB0aGUgZW5naW5lIChgZG9ja2VyIGluZm9gIHdpdGggdGhlIHNhbWUgRE9DS0VSX0hPU1QvY29udGV4dCksIHRoZW4gdHJ5IGFnYWluLicsICdlbmdpbmUtZXJyb3InKTtcbn1cblxuZnVuY3Rpb24gcGFyc2VkKHVybDogc3RyaW5nKTogVVJMIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHsgcmV0dXJuIG5ldyBVUkwodXJsKTsgfSBjYXRjaCB7IHJldHVybiB1bmRlZmluZWQ7IH1cbn1cbmZ1bmN0aW9uIHVzZXJPZih1cmw6IHN0cmluZyk6IHN0cmluZyB7IHJldHVybiBkZWNvZGVVUklDb21wb25lbnQocGFyc2VkKHVybCk/LnVzZXJuYW1lID8/ICcnKSB8fCAneW91JzsgfVxuZnVuY3Rpb24gaG9zdE9mKHVybDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIChwYXJzZWQodXJsKT8uaG9zdG5hbWUgPz8gdXJsKS5yZXBsYWNlKC9eXFxbKC4qKVxcXSQvLCAnJDEnKTsgfVxuZnVuY3Rpb24gcG9ydE9mKHVybDogc3RyaW5nKTogc3RyaW5nIHsgY29uc3QgdSA9IHBhcnNlZCh1cmwpOyByZXR1cm4gdT8ucG9ydCB8fCAodT8ucHJvdG9jb2wgPT09ICdzc2g6JyA/ICcyMicgOiAnMjM3NScpOyB9XG4iXSwKICAibWFwcGluZ3MiOiAiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsdUJBQXVDO0FBbUJ2QyxTQUFTLFFBQVEsR0FBcUI7QUFDcEMsUUFBTSxPQUFPLE9BQU8sRUFBRSxTQUFTLFdBQVcsRUFBRSxPQUFPLEVBQUUsTUFBTTtBQUMzRCxTQUFPLEdBQUcsRUFBRSxXQUFXLEVBQUUsSUFBSSxRQUFRLEVBQUU7QUFDekM7QUFFTyxTQUFTLFlBQVksS0FBYyxRQUFtQixRQUFRLGNBQXlCO0FBQzVGLFVBQUksOEJBQVksR0FBRyxFQUFHLFFBQU87QUFDN0IsUUFBTSxJQUFLLE9BQU8sQ0FBQztBQUNuQixRQUFNLE9BQU8sUUFBUSxDQUFDO0FBQ3RCLFFBQU0sT0FBTyxFQUFFLFFBQVE7QUFDdkIsUUFBTSxRQUFRLHFCQUFxQixPQUFPLEdBQUcsZUFBZSxPQUFPLFFBQVE7QUFDM0UsUUFBTSxLQUFLLENBQUMsTUFBYyxRQUFnQixNQUFjLElBQUksMkJBQVUsZ0JBQWdCLEtBQUssS0FBSyxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ2pILFFBQU0sZUFBZTtBQUdyQixNQUFJLGdEQUFnRCxLQUFLLElBQUksR0FBRztBQUM5RCxXQUFPO0FBQUEsTUFBRyxzREFBc0QsT0FBTyxPQUFPLEdBQUcsQ0FBQztBQUFBLE1BQ2hGLCtEQUErRCxPQUFPLE9BQU8sR0FBRyxDQUFDO0FBQUEsTUFDakY7QUFBQSxJQUFpQjtBQUFBLEVBQ3JCO0FBQ0EsTUFBSSwyREFBMkQsS0FBSyxJQUFJLEdBQUc7QUFDekUsV0FBTztBQUFBLE1BQUc7QUFBQSxNQUNSO0FBQUEsTUFBcUg7QUFBQSxJQUFtQjtBQUFBLEVBQzVJO0FBQ0EsTUFBSSx5Q0FBeUMsS0FBSyxJQUFJLEdBQUc7QUFDdkQsV0FBTyxHQUFHLDZDQUE2QyxzQ0FBc0MsT0FBTyxPQUFPLEdBQUcsQ0FBQyxnREFBZ0QsYUFBYTtBQUFBLEVBQzlLO0FBQ0EsTUFBSSxPQUFPLFNBQVMsVUFBVSw4REFBOEQsS0FBSyxJQUFJLEtBQUssU0FBUyxlQUFlO0FBQ2hJLFVBQU0sT0FBTyxPQUFPLGVBQWUsMkJBQTJCLE9BQU8sYUFBYSxNQUFNLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTztBQUN2RyxRQUFJLGlFQUFpRSxLQUFLLE9BQU8sZ0JBQWdCLEVBQUUsR0FBRztBQUNwRyxhQUFPO0FBQUEsUUFBRyw4RkFBOEYsSUFBSTtBQUFBLFFBQzFHO0FBQUEsUUFBMEc7QUFBQSxNQUF1QjtBQUFBLElBQ3JJO0FBQ0EsV0FBTztBQUFBLE1BQUcsdUVBQXVFLElBQUk7QUFBQSxNQUNuRjtBQUFBLE1BQ0E7QUFBQSxJQUFvQjtBQUFBLEVBQ3hCO0FBR0EsTUFBSSx5SUFBeUksS0FBSyxPQUFPLE1BQU0sSUFBSSxHQUFHO0FBQ3BLLFdBQU87QUFBQSxNQUFHLHVEQUF1RCxPQUFPLEtBQUssS0FBSyxLQUFLLE9BQU8sSUFBSSxFQUFFLE1BQU0sRUFBRTtBQUFBLE1BQzFHO0FBQUEsTUFBa0g7QUFBQSxJQUFRO0FBQUEsRUFDOUg7QUFDQSxNQUFJLFNBQVMsa0NBQWtDLHVDQUF1QyxLQUFLLElBQUksR0FBRztBQUNoRyxXQUFPO0FBQUEsTUFBRyxtREFBbUQsT0FBTyxPQUFPLEdBQUcsQ0FBQyxNQUFNLEtBQUssS0FBSyxDQUFDO0FBQUEsTUFDOUY7QUFBQSxNQUFrSTtBQUFBLElBQVU7QUFBQSxFQUNoSjtBQUNBLE1BQUksdUZBQXVGLEtBQUssSUFBSSxHQUFHO0FBQ3JHLFdBQU87QUFBQSxNQUFHLGdEQUFnRCxPQUFPLEtBQUssT0FBTyxLQUFLLE9BQU8sSUFBSSxJQUFJLE1BQU0sa0JBQWtCO0FBQUEsTUFDdkg7QUFBQSxNQUF3SDtBQUFBLElBQWlCO0FBQUEsRUFDN0k7QUFDQSxNQUFJLGtEQUFrRCxLQUFLLElBQUksR0FBRztBQUNoRSxXQUFPO0FBQUEsTUFBRztBQUFBLE1BQ1I7QUFBQSxNQUFnSTtBQUFBLElBQVk7QUFBQSxFQUNoSjtBQUNBLE1BQUksc0RBQXNELEtBQUssT0FBTyxNQUFNLElBQUksR0FBRztBQUNqRixXQUFPLEdBQUcsc0RBQXNELDJFQUEyRSxpQkFBaUI7QUFBQSxFQUM5SjtBQUdBLFVBQVEsTUFBTTtBQUFBLElBQ1osS0FBSztBQUNILGFBQU87QUFBQSxRQUFHLGNBQWMsT0FBTyxJQUFJLFFBQVEsY0FBYyxFQUFFLENBQUM7QUFBQSxRQUMxRCw2R0FBNkcsWUFBWTtBQUFBLFFBQUs7QUFBQSxNQUFvQjtBQUFBLElBQ3RKLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPO0FBQUEsUUFBRztBQUFBLFFBQ1I7QUFBQSxRQUFzSDtBQUFBLE1BQW1CO0FBQUEsSUFDN0ksS0FBSztBQUNILGFBQU87QUFBQSxRQUFHLE9BQU8sU0FBUyxRQUFRLHNDQUFzQyxPQUFPLE9BQU8sR0FBRyxDQUFDLElBQUksT0FBTyxPQUFPLEdBQUcsQ0FBQyxNQUFNO0FBQUEsUUFDcEgsT0FBTyxTQUFTLFFBQVEsc0RBQXNELFlBQVksTUFBTSwwREFBcUQsWUFBWTtBQUFBLFFBQ2pLO0FBQUEsTUFBZ0I7QUFBQSxJQUNwQixLQUFLO0FBQUEsSUFDTCxLQUFLO0FBQ0gsYUFBTyxHQUFHLGtCQUFrQixPQUFPLE9BQU8sR0FBRyxDQUFDLHVCQUF1Qix3QkFBd0IsWUFBWSxLQUFLLHFCQUFxQjtBQUFBLElBQ3JJLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFBQSxJQUNMLEtBQUs7QUFDSCxhQUFPLEdBQUcsK0RBQStELDZCQUE2QixPQUFPLE9BQU8sR0FBRyxDQUFDLEtBQUssWUFBWSxLQUFLLG9CQUFvQjtBQUFBLEVBQ3RLO0FBQ0EsTUFBSSw0QkFBNEIsS0FBSyxJQUFJLEdBQUc7QUFDMUMsV0FBTyxHQUFHLGdEQUFnRCwrRkFBK0YsZUFBZTtBQUFBLEVBQzFLO0FBQ0EsU0FBTyxJQUFJLDJCQUFVLEdBQUcsS0FBSyxpQkFBaUIsS0FBSyxLQUFLLEtBQUssS0FBSyxLQUFLLE9BQU8sR0FBRyxDQUFDLElBQUksdUZBQXVGLGNBQWM7QUFDN0w7QUFFQSxTQUFTLE9BQU8sS0FBOEI7QUFDNUMsTUFBSTtBQUFFLFdBQU8sSUFBSSxJQUFJLEdBQUc7QUFBQSxFQUFHLFFBQVE7QUFBRSxXQUFPO0FBQUEsRUFBVztBQUN6RDtBQUNBLFNBQVMsT0FBTyxLQUFxQjtBQUFFLFNBQU8sbUJBQW1CLE9BQU8sR0FBRyxHQUFHLFlBQVksRUFBRSxLQUFLO0FBQU87QUFDeEcsU0FBUyxPQUFPLEtBQXFCO0FBQUUsVUFBUSxPQUFPLEdBQUcsR0FBRyxZQUFZLEtBQUssUUFBUSxjQUFjLElBQUk7QUFBRztBQUMxRyxTQUFTLE9BQU8sS0FBcUI7QUFBRSxRQUFNLElBQUksT0FBTyxHQUFHO0FBQUcsU0FBTyxHQUFHLFNBQVMsR0FBRyxhQUFhLFNBQVMsT0FBTztBQUFTOyIsCiAgIm5hbWVzIjogW10KfQo=
