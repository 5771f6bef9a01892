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
var engineChoice_exports = {};
__export(engineChoice_exports, {
  DEFAULT_SOCKET: () => DEFAULT_SOCKET,
  chooseEngine: () => chooseEngine,
  contextDirName: () => contextDirName,
  currentContextName: () => currentContextName,
  dockerConfigDir: () => dockerConfigDir,
  fromUrl: () => fromUrl,
  nodeFiles: () => nodeFiles,
  readContext: () => readContext
});
module.exports = __toCommonJS(engineChoice_exports);
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_userError = require("../core/userError");
const DEFAULT_SOCKET = "/var/run/docker.sock";
const nodeFiles = {
  readText: (p) => {
    try {
      return (0, import_node_fs.readFileSync)(p, "utf8");
    } catch {
      return void 0;
    }
  },
  exists: (p) => (0, import_node_fs.existsSync)(p)
};
function dockerConfigDir(env = process.env) {
  return env.DOCKER_CONFIG || (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".docker");
}
function contextDirName(name) {
  return (0, import_node_crypto.createHash)("sha256").update(name).digest("hex");
}
function readContext(name, env = process.env, files = nodeFiles) {
  const dir = dockerConfigDir(env);
  const metaPath = (0, import_node_path.join)(dir, "contexts", "meta", contextDirName(name), "meta.json");
  const text = files.readText(metaPath);
  if (text === void 0) return void 0;
  let meta;
  try {
    meta = JSON.parse(text);
  } catch {
    throw new import_userError.UserError(
      `Docker context "${name}" is unreadable: ${metaPath} is not valid JSON.`,
      `Recreate it with \`docker context rm ${name}\` and \`docker context create ${name} --docker host=\u2026\`.`,
      "context-invalid"
    );
  }
  return {
    name: meta.Name ?? name,
    host: meta.Endpoints?.docker?.Host,
    skipTlsVerify: meta.Endpoints?.docker?.SkipTLSVerify === true,
    description: meta.Metadata?.Description,
    tlsDir: (0, import_node_path.join)(dir, "contexts", "tls", contextDirName(name), "docker")
  };
}
function currentContextName(env = process.env, files = nodeFiles) {
  const text = files.readText((0, import_node_path.join)(dockerConfigDir(env), "config.json"));
  if (!text) return void 0;
  try {
    const c = JSON.parse(text);
    return typeof c.currentContext === "string" && c.currentContext ? c.currentContext : void 0;
  } catch {
    return void 0;
  }
}
function chooseEngine(req = {}, env = process.env, files = nodeFiles) {
  const source = req.source ?? "setting ebuildBuilder.engine";
  const engine = req.engine?.trim();
  if (engine) {
    if (looksLikeUrl(engine)) return fromUrl(engine, source, envTls(env, files), env);
    return fromContext(engine, source, env, files);
  }
  if (req.context) return fromContext(req.context, req.source ?? "--context", env, files);
  if (env.DOCKER_HOST) return fromUrl(env.DOCKER_HOST, "DOCKER_HOST", envTls(env, files), env);
  if (env.DOCKER_CONTEXT) return fromContext(env.DOCKER_CONTEXT, "DOCKER_CONTEXT", env, files);
  const current = currentContextName(env, files);
  if (current) return fromContext(current, `currentContext in ${(0, import_node_path.join)(dockerConfigDir(env), "config.json")}`, env, files);
  return fromUrl(`unix://${DEFAULT_SOCKET}`, "default socket", envTls(env, files), env);
}
function looksLikeUrl(s) {
  return s.includes("://") || s.startsWith("/") || /^[^/\s]+:\d+$/.test(s);
}
function fromContext(name, how, env, files) {
  const chosenBy = `context "${name}" (${how})`;
  if (name === "default") {
    const c = fromUrl(env.DOCKER_HOST || `unix://${DEFAULT_SOCKET}`, chosenBy, envTls(env, files), env);
    return { ...c, contextName: "default" };
  }
  const meta = readContext(name, env, files);
  if (!meta) {
    throw new import_userError.UserError(
      `Docker context "${name}" (chosen by ${how}) was not found in ${(0, import_node_path.join)(dockerConfigDir(env), "contexts")}.`,
      `Run \`docker context ls\` to see the contexts, or create it with \`docker context create ${name} --docker host=\u2026\`.`,
      "context-not-found"
    );
  }
  if (!meta.host) {
    throw new import_userError.UserError(
      `Docker context "${name}" has no Docker endpoint.`,
      `Recreate it with \`docker context create ${name} --docker host=\u2026\`.`,
      "context-invalid"
    );
  }
  const tlsFile = (f) => files.exists((0, import_node_path.join)(meta.tlsDir, f)) ? (0, import_node_path.join)(meta.tlsDir, f) : void 0;
  const ca = tlsFile("ca.pem"), cert = tlsFile("cert.pem"), key = tlsFile("key.pem");
  const tls = ca || cert || key || meta.skipTlsVerify ? { ca, cert, key, verify: !meta.skipTlsVerify } : void 0;
  return { ...fromUrl(meta.host, chosenBy, tls, env), contextName: name };
}
function envTls(env, files) {
  const verify = !!env.DOCKER_TLS_VERIFY;
  if (!verify && !env.DOCKER_TLS) return void 0;
  const dir = env.DOCKER_CERT_PATH || dockerConfigDir(env);
  const pick = (f) => {
    const p = (0, import_node_path.join)(dir, f);
    return verify || files.exists(p) ? p : void 0;
  };
  return { ca: pick("ca.pem"), cert: pick("cert.pem"), key: pick("key.pem"), verify };
}
function fromUrl(raw, chosenBy, tls, env = process.env) {
  const s = raw.trim();
  const bad = (why) => new import_userError.UserError(
    `Docker engine "${raw}" (from ${chosenBy}) is not usable: ${why}.`,
    "Use unix:///path/to/docker.sock, tcp://host:port or ssh://[user@]host[:port].",
    "engine-url-invalid"
  );
  if (s.startsWith("/")) return fromUrl(`unix://${s}`, chosenBy, tls, env);
  const m = /^([a-z0-9+.-]+):\/\/(.*)$/i.exec(s);
  const scheme = m ? m[1].toLowerCase() : "tcp";
  const rest = m ? m[2] : s;
  if (scheme === "unix") {
    const socketPath = rest || DEFAULT_SOCKET;
    return { url: `unix://${socketPath}`, kind: "unix", socketPath, chosenBy };
  }
  if (scheme === "tcp" || scheme === "http" || scheme === "https") {
    let u;
    try {
      u = new URL(`tcp://${rest}`);
    } catch {
      throw bad("not a valid host[:port]");
    }
    if (!u.hostname) throw bad("no host name");
    if (u.pathname && u.pathname !== "/") throw bad("a path after the host is not supported");
    const port = u.port ? Number(u.port) : 2375;
    const host = u.hostname.replace(/^\[(.*)\]$/, "$1");
    const useTls = tls ?? (scheme === "https" ? { verify: true } : void 0);
    return { url: `tcp://${u.hostname}:${port}`, kind: useTls ? "tls" : "tcp", host, port, tls: useTls, chosenBy };
  }
  if (scheme === "ssh") {
    let u;
    try {
      u = new URL(`ssh://${rest}`);
    } catch {
      throw bad("not a valid ssh://[user@]host[:port]");
    }
    if (!u.hostname) throw bad("no host name");
    if (u.pathname && u.pathname !== "/") throw bad("the docker CLI does not allow a path after the ssh host");
    const username = decodeURIComponent(u.username) || env.USER || safeUser();
    const port = u.port ? Number(u.port) : 22;
    const host = u.hostname.replace(/^\[(.*)\]$/, "$1");
    return { url: `ssh://${username}@${u.hostname}${port === 22 ? "" : `:${port}`}`, kind: "ssh", host, port, username, chosenBy };
  }
  throw bad(`the scheme ${scheme}:// is not supported`);
}
function safeUser() {
  try {
    return (0, import_node_os.userInfo)().username;
  } catch {
    return "root";
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_SOCKET,
  chooseEngine,
  contextDirName,
  currentContextName,
  dockerConfigDir,
  fromUrl,
  nodeFiles,
  readContext
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9lbmdpbmVDaG9pY2UudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKlxuICogV2hpY2ggRG9ja2VyIGVuZ2luZSB0byB0YWxrIHRvLCBkZWNpZGVkIGV4YWN0bHkgYXMgdGhlIGRvY2tlciBDTEkgKDI4KSBkZWNpZGVzOlxuICogZXhwbGljaXQgYC0tZW5naW5lIFVSTGAgLyBgLS1jb250ZXh0IE5BTUVgIC8gc2V0dGluZywgdGhlbiBgRE9DS0VSX0hPU1RgLCB0aGVuIGBET0NLRVJfQ09OVEVYVGAsXG4gKiB0aGVuIGBjdXJyZW50Q29udGV4dGAgaW4gYCRET0NLRVJfQ09ORklHL2NvbmZpZy5qc29uYCAoZGVmYXVsdCBgfi8uZG9ja2VyYCksIHRoZW4gdGhlIGxvY2FsIHNvY2tldC5cbiAqIE5vIG5ldHdvcmsgYW5kIG5vIGRvY2tlcm9kZSBoZXJlOiBvbmx5IHJlYWRzIHRoZSBDTEkncyBjb25maWcgZmlsZXMsIHRocm91Z2ggYW4gaW5qZWN0YWJsZSByZWFkZXIuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZUhhc2ggfSBmcm9tICdub2RlOmNyeXB0byc7XG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJztcbmltcG9ydCB7IGhvbWVkaXIsIHVzZXJJbmZvIH0gZnJvbSAnbm9kZTpvcyc7XG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCB7IFVzZXJFcnJvciB9IGZyb20gJy4uL2NvcmUvdXNlckVycm9yJztcblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfU09DS0VUID0gJy92YXIvcnVuL2RvY2tlci5zb2NrJztcblxuZXhwb3J0IHR5cGUgQ2hvc2VuS2luZCA9ICd1bml4JyB8ICd0Y3AnIHwgJ3RscycgfCAnc3NoJztcblxuZXhwb3J0IGludGVyZmFjZSBUbHNGaWxlcyB7XG4gIC8qKiBNaXNzaW5nIGZpbGVzIGFyZSB1bmRlZmluZWQgKGEgY29udGV4dCBtYXkgY2Fycnkgb25seSBhIENBLCBmb3IgaW5zdGFuY2UpLiAqL1xuICBjYT86IHN0cmluZztcbiAgY2VydD86IHN0cmluZztcbiAga2V5Pzogc3RyaW5nO1xuICAvKiogZmFsc2U6IFRMUyB3aXRob3V0IGNoZWNraW5nIHRoZSBzZXJ2ZXIgY2VydGlmaWNhdGUgKGBTa2lwVExTVmVyaWZ5YCwgYERPQ0tFUl9UTFNgIHdpdGhvdXQgdmVyaWZ5KS4gKi9cbiAgdmVyaWZ5OiBib29sZWFuO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZ2luZUNob2ljZSB7XG4gIC8qKiBOb3JtYWxpc2VkIGVuZHBvaW50LCBlLmcuIGB1bml4Oi8vL3Zhci9ydW4vZG9ja2VyLnNvY2tgLCBgdGNwOi8vMTAuMC4wLjU6MjM3NmAsIGBzc2g6Ly9tZUBib3g6MjIyMmAuICovXG4gIHVybDogc3RyaW5nO1xuICBraW5kOiBDaG9zZW5LaW5kO1xuICBzb2NrZXRQYXRoPzogc3RyaW5nO1xuICBob3N0Pzogc3RyaW5nO1xuICBwb3J0PzogbnVtYmVyO1xuICAvKiogc3NoIG9ubHk6IHVzZXIgZnJvbSB0aGUgVVJMLCBlbHNlIHRoZSBsb2NhbCB1c2VyIChhcyBzc2ggZG9lcykuICovXG4gIHVzZXJuYW1lPzogc3RyaW5nO1xuICB0bHM/OiBUbHNGaWxlcztcbiAgLyoqIEhvdyBpdCB3YXMgY2hvc2VuLCBmb3IgcGVvcGxlOiBgRE9DS0VSX0hPU1RgLCBgY29udGV4dCBcImJpZy1ib3hcIiAoRE9DS0VSX0NPTlRFWFQpYCwgYGRlZmF1bHQgc29ja2V0YC4gKi9cbiAgY2hvc2VuQnk6IHN0cmluZztcbiAgLyoqIFRoZSBEb2NrZXIgY29udGV4dCB1c2VkLCB3aGVuIG9uZSB3YXMuICovXG4gIGNvbnRleHROYW1lPzogc3RyaW5nO1xufVxuXG5leHBvcnQgaW50ZXJmYWNlIEVuZ2luZVJlcXVlc3Qge1xuICAvKiogQW4gZW5naW5lIFVSTCAoYHVuaXg6Ly9cdTIwMjZgLCBgdGNwOi8vXHUyMDI2YCwgYHNzaDovL1x1MjAyNmAsIGJhcmUgYGhvc3Q6cG9ydGApIG9yIGEgY29udGV4dCBuYW1lLiAqL1xuICBlbmdpbmU/OiBzdHJpbmc7XG4gIC8qKiBBIGNvbnRleHQgbmFtZSAoYC0tY29udGV4dGApOyB3aW5zIG92ZXIgYGVuZ2luZWAgb25seSB3aGVuIGBlbmdpbmVgIGlzIGVtcHR5LiAqL1xuICBjb250ZXh0Pzogc3RyaW5nO1xuICAvKiogV2hhdCB0byBjYWxsIHRoZSBleHBsaWNpdCBjaG9pY2UgaW4gbWVzc2FnZXMsIGUuZy4gYC0tZW5naW5lYCwgYHNldHRpbmcgZWJ1aWxkQnVpbGRlci5lbmdpbmVgLiAqL1xuICBzb3VyY2U/OiBzdHJpbmc7XG59XG5cbi8qKiBGaWxlIGFjY2VzcywgaW5qZWN0YWJsZSBzbyB0ZXN0cyBjYW4gdXNlIGEgdGVtcCBkaXIgYW5kIHN0YXkgcHVyZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ29uZmlnRmlsZXMge1xuICByZWFkVGV4dChwYXRoOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGV4aXN0cyhwYXRoOiBzdHJpbmcpOiBib29sZWFuO1xufVxuXG5leHBvcnQgY29uc3Qgbm9kZUZpbGVzOiBDb25maWdGaWxlcyA9IHtcbiAgcmVhZFRleHQ6IChwKSA9PiB7IHRyeSB7IHJldHVybiByZWFkRmlsZVN5bmMocCwgJ3V0ZjgnKTsgfSBjYXRjaCB7IHJldHVybiB1bmRlZmluZWQ7IH0gfSxcbiAgZXhpc3RzOiAocCkgPT4gZXhpc3RzU3luYyhwKSxcbn07XG5cbi8qKiBUaGUgZG9ja2VyIENMSSdzIGNvbmZpZyBkaXI6IGAkRE9DS0VSX0NPTkZJR2AsIGVsc2UgYH4vLmRvY2tlcmAuICovXG5leHBvcnQgZnVuY3Rpb24gZG9ja2VyQ29uZmlnRGlyKGVudjogTm9kZUpTLlByb2Nlc3NFbnYgPSBwcm9jZXNzLmVudik6IHN0cmluZyB7XG4gIHJldHVybiBlbnYuRE9DS0VSX0NPTkZJRyB8fCBqb2luKGVudi5IT01FIHx8IGhvbWVkaXIoKSwgJy5kb2NrZXInKTtcbn1cblxuLyoqIENvbnRleHRzIGFyZSBzdG9yZWQgdW5kZXIgdGhlIHNoYTI1NiBvZiB0aGVpciBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbnRleHREaXJOYW1lKG5hbWU6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBjcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUobmFtZSkuZGlnZXN0KCdoZXgnKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb250ZXh0TWV0YSB7XG4gIG5hbWU6IHN0cmluZztcbiAgaG9zdD86IHN0cmluZztcbiAgc2tpcFRsc1ZlcmlmeTogYm9vbGVhbjtcbiAgZGVzY3JpcHRpb24/OiBzdHJpbmc7XG4gIHRsc0Rpcjogc3RyaW5nO1xufVxuXG4vKiogUmVhZHMgb25lIGNvbnRleHQncyBtZXRhLmpzb247IHVuZGVmaW5lZCB3aGVuIGl0IGRvZXMgbm90IGV4aXN0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRDb250ZXh0KG5hbWU6IHN0cmluZywgZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52LCBmaWxlczogQ29uZmlnRmlsZXMgPSBub2RlRmlsZXMpOiBDb250ZXh0TWV0YSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IGRpciA9IGRvY2tlckNvbmZpZ0RpcihlbnYpO1xuICBjb25zdCBtZXRhUGF0aCA9IGpvaW4oZGlyLCAnY29udGV4dHMnLCAnbWV0YScsIGNvbnRleHREaXJOYW1lKG5hbWUpLCAnbWV0YS5qc29uJyk7XG4gIGNvbnN0IHRleHQgPSBmaWxlcy5yZWFkVGV4dChtZXRhUGF0aCk7XG4gIGlmICh0ZXh0ID09PSB1bmRlZmluZWQpIHJldHVybiB1bmRlZmluZWQ7XG4gIGxldCBtZXRhOiB7IE5hbWU/OiBzdHJpbmc7IE1ldGFkYXRhPzogeyBEZXNjcmlwdGlvbj86IHN0cmluZyB9OyBFbmRwb2ludHM/OiB7IGRvY2tlcj86IHsgSG9zdD86IHN0cmluZzsgU2tpcFRMU1ZlcmlmeT86IGJvb2xlYW4gfSB9IH07XG4gIHRyeSB7XG4gICAgbWV0YSA9IEpTT04ucGFyc2UodGV4dCk7XG4gIH0gY2F0Y2gge1xuICAgIHRocm93IG5ldyBVc2VyRXJyb3IoYERvY2tlciBjb250ZXh0IFwiJHtuYW1lfVwiIGlzIHVucmVhZGFibGU6ICR7bWV0YVBhdGh9IGlzIG5vdCB2YWxpZCBKU09OLmAsXG4gICAgICBgUmVjcmVhdGUgaXQgd2l0aCBcXGBkb2NrZXIgY29udGV4dCBybSAke25hbWV9XFxgIGFuZCBcXGBkb2NrZXIgY29udGV4dCBjcmVhdGUgJHtuYW1lfSAtLWRvY2tlciBob3N0PVx1MjAyNlxcYC5gLCAnY29udGV4dC1pbnZhbGlkJyk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBuYW1lOiBtZXRhLk5hbWUgPz8gbmFtZSxcbiAgICBob3N0OiBtZXRhLkVuZHBvaW50cz8uZG9ja2VyPy5Ib3N0LFxuICAgIHNraXBUbHNWZXJpZnk6IG1ldGEuRW5kcG9pbnRzPy5kb2NrZXI/LlNraXBUTFNWZXJpZnkgPT09IHRydWUsXG4gICAgZGVzY3JpcHRpb246IG1ldGEuTWV0YWRhdGE/LkRlc2NyaXB0aW9uLFxuICAgIHRsc0Rpcjogam9pbihkaXIsICdjb250ZXh0cycsICd0bHMnLCBjb250ZXh0RGlyTmFtZShuYW1lKSwgJ2RvY2tlcicpLFxuICB9O1xufVxuXG4vKiogYGN1cnJlbnRDb250ZXh0YCBmcm9tIGNvbmZpZy5qc29uLCBpZiBzZXQuICovXG5leHBvcnQgZnVuY3Rpb24gY3VycmVudENvbnRleHROYW1lKGVudjogTm9kZUpTLlByb2Nlc3NFbnYgPSBwcm9jZXNzLmVudiwgZmlsZXM6IENvbmZpZ0ZpbGVzID0gbm9kZUZpbGVzKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdGV4dCA9IGZpbGVzLnJlYWRUZXh0KGpvaW4oZG9ja2VyQ29uZmlnRGlyKGVudiksICdjb25maWcuanNvbicpKTtcbiAgaWYgKCF0ZXh0KSByZXR1cm4gdW5kZWZpbmVkO1xuICB0cnkge1xuICAgIGNvbnN0IGMgPSBKU09OLnBhcnNlKHRleHQpIGFzIHsgY3VycmVudENvbnRleHQ/OiB1bmtub3duIH07XG4gICAgcmV0dXJuIHR5cGVvZiBjLmN1cnJlbnRDb250ZXh0ID09PSAnc3RyaW5nJyAmJiBjLmN1cnJlbnRDb250ZXh0ID8gYy5jdXJyZW50Q29udGV4dCA6IHVuZGVmaW5lZDtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDsgLy8gdGhlIENMSSByZWZ1c2VzIHRvIHN0YXJ0IGhlcmU7IHdlIGZhbGwgYmFjayB0byB0aGUgZGVmYXVsdCByYXRoZXIgdGhhbiBibG9jayBidWlsZHNcbiAgfVxufVxuXG4vKiogVGhlIENMSSdzIHJlc29sdmVDb250ZXh0TmFtZSwgcGx1cyBvdXIgZXhwbGljaXQgYGVuZ2luZWAgVVJMLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNob29zZUVuZ2luZShyZXE6IEVuZ2luZVJlcXVlc3QgPSB7fSwgZW52OiBOb2RlSlMuUHJvY2Vzc0VudiA9IHByb2Nlc3MuZW52LCBmaWxlczogQ29uZmlnRmlsZXMgPSBub2RlRmlsZXMpOiBFbmdpbmVDaG9pY2Uge1xuICBjb25zdCBzb3VyY2UgPSByZXEuc291cmNlID8/ICdzZXR0aW5nIGVidWlsZEJ1aWxkZXIuZW5naW5lJztcbiAgY29uc3QgZW5naW5lID0gcmVxLmVuZ2luZT8udHJpbSgpO1xuICBpZiAoZW5naW5lKSB7XG4gICAgaWYgKGxvb2tzTGlrZVVybChlbmdpbmUpKSByZXR1cm4gZnJvbVVybChlbmdpbmUsIHNvdXJjZSwgZW52VGxzKGVudiwgZmlsZXMpLCBlbnYpO1xuICAgIHJldHVybiBmcm9tQ29udGV4dChlbmdpbmUsIHNvdXJjZSwgZW52LCBmaWxlcyk7XG4gIH1cbiAgaWYgKHJlcS5jb250ZXh0KSByZXR1cm4gZnJvbUNvbnRleHQocmVxLmNvbnRleHQsIHJlcS5zb3VyY2UgPz8gJy0tY29udGV4dCcsIGVudiwgZmlsZXMpO1xuICBpZiAoZW52LkRPQ0tFUl9IT1NUKSByZXR1cm4gZnJvbVVybChlbnYuRE9DS0VSX0hPU1QsICdET0NLRVJfSE9TVCcsIGVudlRscyhlbnYsIGZpbGVzKSwgZW52KTtcbiAgaWYgKGVudi5ET0NLRVJfQ09OVEVYVCkgcmV0dXJuIGZyb21Db250ZXh0KGVudi5ET0NLRVJfQ09OVEVYVCwgJ0RPQ0tFUl9DT05URVhUJywgZW52LCBmaWxlcyk7XG4gIGNvbnN0IGN1cnJlbnQgPSBjdXJyZW50Q29udGV4dE5hbWUoZW52LCBmaWxlcyk7XG4gIGlmIChjdXJyZW50KSByZXR1cm4gZnJvbUNvbnRleHQoY3VycmVudCwgYGN1cnJlbnRDb250ZXh0IGluICR7am9pbihkb2NrZXJDb25maWdEaXIoZW52KSwgJ2NvbmZpZy5qc29uJyl9YCwgZW52LCBmaWxlcyk7XG4gIHJldHVybiBmcm9tVXJsKGB1bml4Oi8vJHtERUZBVUxUX1NPQ0tFVH1gLCAnZGVmYXVsdCBzb2NrZXQnLCBlbnZUbHMoZW52LCBmaWxlcyksIGVudik7XG59XG5cbmZ1bmN0aW9uIGxvb2tzTGlrZVVybChzOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIHMuaW5jbHVkZXMoJzovLycpIHx8IHMuc3RhcnRzV2l0aCgnLycpIHx8IC9eW14vXFxzXSs6XFxkKyQvLnRlc3Qocyk7XG59XG5cbmZ1bmN0aW9uIGZyb21Db250ZXh0KG5hbWU6IHN0cmluZywgaG93OiBzdHJpbmcsIGVudjogTm9kZUpTLlByb2Nlc3NFbnYsIGZpbGVzOiBDb25maWdGaWxlcyk6IEVuZ2luZUNob2ljZSB7XG4gIGNvbnN0IGNob3NlbkJ5ID0gYGNvbnRleHQgXCIke25hbWV9XCIgKCR7aG93fSlgO1xuICAvLyBgZGVmYXVsdGAgaXMgbmV2ZXIgb24gZGlzazogaXQgaXMgRE9DS0VSX0hPU1Qgb3IgdGhlIGxvY2FsIHNvY2tldCwgYXMgaW4gdGhlIENMSS5cbiAgaWYgKG5hbWUgPT09ICdkZWZhdWx0Jykge1xuICAgIGNvbnN0IGMgPSBmcm9tVXJsKGVudi5ET0NLRVJfSE9TVCB8fCBgdW5peDovLyR7REVGQVVMVF9TT0NLRVR9YCwgY2hvc2VuQnksIGVudlRscyhlbnYsIGZpbGVzKSwgZW52KTtcbiAgICByZXR1cm4geyAuLi5jLCBjb250ZXh0TmFtZTogJ2RlZmF1bHQnIH07XG4gIH1cbiAgY29uc3QgbWV0YSA9IHJlYWRDb250ZXh0KG5hbWUsIGVudiwgZmlsZXMpO1xuICBpZiAoIW1ldGEpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBEb2NrZXIgY29udGV4dCBcIiR7bmFtZX1cIiAoY2hvc2VuIGJ5ICR7aG93fSkgd2FzIG5vdCBmb3VuZCBpbiAke2pvaW4oZG9ja2VyQ29uZmlnRGlyKGVudiksICdjb250ZXh0cycpfS5gLFxuICAgICAgYFJ1biBcXGBkb2NrZXIgY29udGV4dCBsc1xcYCB0byBzZWUgdGhlIGNvbnRleHRzLCBvciBjcmVhdGUgaXQgd2l0aCBcXGBkb2NrZXIgY29udGV4dCBjcmVhdGUgJHtuYW1lfSAtLWRvY2tlciBob3N0PVx1MjAyNlxcYC5gLFxuICAgICAgJ2NvbnRleHQtbm90LWZvdW5kJyk7XG4gIH1cbiAgaWYgKCFtZXRhLmhvc3QpIHtcbiAgICB0aHJvdyBuZXcgVXNlckVycm9yKGBEb2NrZXIgY29udGV4dCBcIiR7bmFtZX1cIiBoYXMgbm8gRG9ja2VyIGVuZHBvaW50LmAsXG4gICAgICBgUmVjcmVhdGUgaXQgd2l0aCBcXGBkb2NrZXIgY29udGV4dCBjcmVhdGUgJHtuYW1lfSAtLWRvY2tlciBob3N0PVx1MjAyNlxcYC5gLCAnY29udGV4dC1pbnZhbGlkJyk7XG4gIH1cbiAgY29uc3QgdGxzRmlsZSA9IChmOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQgPT4gKGZpbGVzLmV4aXN0cyhqb2luKG1ldGEudGxzRGlyLCBmKSkgPyBqb2luKG1ldGEudGxzRGlyLCBmKSA6IHVuZGVmaW5lZCk7XG4gIGNvbnN0IGNhID0gdGxzRmlsZSgnY2EucGVtJyksIGNlcnQgPSB0bHNGaWxlKCdjZXJ0LnBlbScpLCBrZXkgPSB0bHNGaWxlKCdrZXkucGVtJyk7XG4gIGNvbnN0IHRscyA9IGNhIHx8IGNlcnQgfHwga2V5IHx8IG1ldGEuc2tpcFRsc1ZlcmlmeSA/IHsgY2EsIGNlcnQsIGtleSwgdmVyaWZ5OiAhbWV0YS5za2lwVGxzVmVyaWZ5IH0gOiB1bmRlZmluZWQ7XG4gIHJldHVybiB7IC4uLmZyb21VcmwobWV0YS5ob3N0LCBjaG9zZW5CeSwgdGxzLCBlbnYpLCBjb250ZXh0TmFtZTogbmFtZSB9O1xufVxuXG4vKiogVExTIGZyb20gdGhlIGVudmlyb25tZW50IGFzIHRoZSBDTEkgcmVhZHMgaXQ6IGFueSBub24tZW1wdHkgRE9DS0VSX1RMU19WRVJJRlkgdHVybnMgdmVyaWZpY2F0aW9uIG9uLiAqL1xuZnVuY3Rpb24gZW52VGxzKGVudjogTm9kZUpTLlByb2Nlc3NFbnYsIGZpbGVzOiBDb25maWdGaWxlcyk6IFRsc0ZpbGVzIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdmVyaWZ5ID0gISFlbnYuRE9DS0VSX1RMU19WRVJJRlk7XG4gIGlmICghdmVyaWZ5ICYmICFlbnYuRE9DS0VSX1RMUykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgZGlyID0gZW52LkRPQ0tFUl9DRVJUX1BBVEggfHwgZG9ja2VyQ29uZmlnRGlyKGVudik7XG4gIGNvbnN0IHBpY2sgPSAoZjogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkID0+IHtcbiAgICBjb25zdCBwID0gam9pbihkaXIsIGYpO1xuICAgIC8vIFdpdGggdmVyaWZpY2F0aW9uIG9uIHRoZSBDTEkgaW5zaXN0cyBvbiB0aGUgZmlsZXMgKGFuZCBmYWlscyBpZiBhYnNlbnQpOyB3ZSBwYXNzIHRoZSBwYXRoIHNvIGNvbm5lY3Qgc2F5cyBzby5cbiAgICByZXR1cm4gdmVyaWZ5IHx8IGZpbGVzLmV4aXN0cyhwKSA/IHAgOiB1bmRlZmluZWQ7XG4gIH07XG4gIHJldHVybiB7IGNhOiBwaWNrKCdjYS5wZW0nKSwgY2VydDogcGljaygnY2VydC5wZW0nKSwga2V5OiBwaWNrKCdrZXkucGVtJyksIHZlcmlmeSB9O1xufVxuXG4vKiogUGFyc2VzIGFuIGVuZHBvaW50IGFzIHRoZSBDTEkncyBQYXJzZUhvc3QgZG9lcyAoYmFyZSBgaG9zdDpwb3J0YCBpcyB0Y3AsIHRjcCBwb3J0IGRlZmF1bHRzIHRvIDIzNzUpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyb21VcmwocmF3OiBzdHJpbmcsIGNob3NlbkJ5OiBzdHJpbmcsIHRsczogVGxzRmlsZXMgfCB1bmRlZmluZWQsIGVudjogTm9kZUpTLlByb2Nlc3NFbnYgPSBwcm9jZXNzLmVudik6IEVuZ2luZUNob2ljZSB7XG4gIGNvbnN0IHMgPSByYXcudHJpbSgpO1xuICBjb25zdCBiYWQgPSAod2h5OiBzdHJpbmcpOiBVc2VyRXJyb3IgPT4gbmV3IFVzZXJFcnJvcihgRG9ja2VyIGVuZ2luZSBcIiR7cmF3fVwiIChmcm9tICR7Y2hvc2VuQnl9KSBpcyBub3QgdXNhYmxlOiAke3doeX0uYCxcbiAgICAnVXNlIHVuaXg6Ly8vcGF0aC90by9kb2NrZXIuc29jaywgdGNwOi8vaG9zdDpwb3J0IG9yIHNzaDovL1t1c2VyQF1ob3N0Wzpwb3J0XS4nLCAnZW5naW5lLXVybC1pbnZhbGlkJyk7XG4gIGlmIChzLnN0YXJ0c1dpdGgoJy8nKSkgcmV0dXJuIGZyb21VcmwoYHVuaXg6Ly8ke3N9YCwgY2hvc2VuQnksIHRscywgZW52KTtcbiAgY29uc3QgbSA9IC9eKFthLXowLTkrLi1dKyk6XFwvXFwvKC4qKSQvaS5leGVjKHMpO1xuICBjb25zdCBzY2hlbWUgPSBtID8gbVsxXS50b0xvd2VyQ2FzZSgpIDogJ3RjcCc7XG4gIGNvbnN0IHJlc3QgPSBtID8gbVsyXSA6IHM7XG4gIGlmIChzY2hlbWUgPT09ICd1bml4Jykge1xuICAgIGNvbnN0IHNvY2tldFBhdGggPSByZXN0IHx8IERFRkFVTFRfU09DS0VUO1xuICAgIHJldHVybiB7IHVybDogYHVuaXg6Ly8ke3NvY2tldFBhdGh9YCwga2luZDogJ3VuaXgnLCBzb2NrZXRQYXRoLCBjaG9zZW5CeSB9O1xuICB9XG4gIGlmIChzY2hlbWUgPT09ICd0Y3AnIHx8IHNjaGVtZSA9PT0gJ2h0dHAnIHx8IHNjaGVtZSA9PT0gJ2h0dHBzJykge1xuICAgIGxldCB1OiBVUkw7XG4gICAgdHJ5IHsgdSA9IG5ldyBVUkwoYHRjcDovLyR7cmVzdH1gKTsgfSBjYXRjaCB7IHRocm93IGJhZCgnbm90IGEgdmFsaWQgaG9zdFs6cG9ydF0nKTsgfVxuICAgIGlmICghdS5ob3N0bmFtZSkgdGhyb3cgYmFkKCdubyBob3N0IG5hbWUnKTtcbiAgICBpZiAodS5wYXRobmFtZSAmJiB1LnBhdGhuYW1lICE9PSAnLycgKSB0aHJvdyBiYWQoJ2EgcGF0aCBhZnRlciB0aGUgaG9zdCBpcyBub3Qgc3VwcG9ydGVkJyk7XG4gICAgY29uc3QgcG9ydCA9IHUucG9ydCA/IE51bWJlcih1LnBvcnQpIDogMjM3NTtcbiAgICBjb25zdCBob3N0ID0gdS5ob3N0bmFtZS5yZXBsYWNlKC9eXFxbKC4qKVxcXSQvLCAnJDEnKTtcbiAgICBjb25zdCB1c2VUbHMgPSB0bHMgPz8gKHNjaGVtZSA9PT0gJ2h0dHBzJyA/IHsgdmVyaWZ5OiB0cnVlIH0gOiB1bmRlZmluZWQpO1xuICAgIHJldHVybiB7IHVybDogYHRjcDovLyR7dS5ob3N0bmFtZX06JHtwb3J0fWAsIGtpbmQ6IHVzZVRscyA/ICd0bHMnIDogJ3RjcCcsIGhvc3QsIHBvcnQsIHRsczogdXNlVGxzLCBjaG9zZW5CeSB9O1xuICB9XG4gIGlmIChzY2hlbWUgPT09ICdzc2gnKSB7XG4gICAgbGV0IHU6IFVSTDtcbiAgICB0cnkgeyB1ID0gbmV3IFVSTChgc3NoOi8vJHtyZXN0fWApOyB9IGNhdGNoIHsgdGhyb3cgYmFkKCdub3QgYSB2YWxpZCBzc2g6Ly9bdXNlckBdaG9zdFs6cG9ydF0nKTsgfVxuICAgIGlmICghdS5ob3N0bmFtZSkgdGhyb3cgYmFkKCdubyBob3N0IG5hbWUnKTtcbiAgICBpZiAodS5wYXRobmFtZSAmJiB1LnBhdGhuYW1lICE9PSAnLycpIHRocm93IGJhZCgndGhlIGRvY2tlciBDTEkgZG9lcyBub3QgYWxsb3cgYSBwYXRoIGFmdGVyIHRoZSBzc2ggaG9zdCcpO1xuICAgIGNvbnN0IHVzZXJuYW1lID0gZGVjb2RlVVJJQ29tcG9uZW50KHUudXNlcm5hbWUpIHx8IGVudi5VU0VSIHx8IHNhZmVVc2VyKCk7XG4gICAgY29uc3QgcG9ydCA9IHUucG9ydCA/IE51bWJlcih1LnBvcnQpIDogMjI7XG4gICAgY29uc3QgaG9zdCA9IHUuaG9zdG5hbWUucmVwbGFjZSgvXlxcWyguKilcXF0kLywgJyQxJyk7XG4gICAgcmV0dXJuIHsgdXJsOiBgc3NoOi8vJHt1c2VybmFtZX1AJHt1Lmhvc3RuYW1lfSR7cG9ydCA9PT0gMjIgPyAnJyA6IGA6JHtwb3J0fWB9YCwga2luZDogJ3NzaCcsIGhvc3QsIHBvcnQsIHVzZXJuYW1lLCBjaG9zZW5CeSB9O1xuICB9XG4gIHRocm93IGJhZChgdGhlIHNjaGVtZSAke3NjaGVtZX06Ly8gaXMgbm90IHN1cHBvcnRlZGApO1xufVxuXG5mdW5jdGlvbiBzYWZlVXNlcigpOiBzdHJpbmcge1xuICB0cnkgeyByZXR1cm4gdXNlckluZm8oKS51c2VybmFtZTsgfSBjYXRjaCB7IHJldHVybiAncm9vdCc7IH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQU1BLHlCQUEyQjtBQUMzQixxQkFBeUM7QUFDekMscUJBQWtDO0FBQ2xDLHVCQUFxQjtBQUNyQix1QkFBMEI7QUFFbkIsTUFBTSxpQkFBaUI7QUE0Q3ZCLE1BQU0sWUFBeUI7QUFBQSxFQUNwQyxVQUFVLENBQUMsTUFBTTtBQUFFLFFBQUk7QUFBRSxpQkFBTyw2QkFBYSxHQUFHLE1BQU07QUFBQSxJQUFHLFFBQVE7QUFBRSxhQUFPO0FBQUEsSUFBVztBQUFBLEVBQUU7QUFBQSxFQUN2RixRQUFRLENBQUMsVUFBTSwyQkFBVyxDQUFDO0FBQzdCO0FBR08sU0FBUyxnQkFBZ0IsTUFBeUIsUUFBUSxLQUFhO0FBQzVFLFNBQU8sSUFBSSxxQkFBaUIsdUJBQUssSUFBSSxZQUFRLHdCQUFRLEdBQUcsU0FBUztBQUNuRTtBQUdPLFNBQVMsZUFBZSxNQUFzQjtBQUNuRCxhQUFPLCtCQUFXLFFBQVEsRUFBRSxPQUFPLElBQUksRUFBRSxPQUFPLEtBQUs7QUFDdkQ7QUFXTyxTQUFTLFlBQVksTUFBYyxNQUF5QixRQUFRLEtBQUssUUFBcUIsV0FBb0M7QUFDdkksUUFBTSxNQUFNLGdCQUFnQixHQUFHO0FBQy9CLFFBQU0sZUFBVyx1QkFBSyxLQUFLLFlBQVksUUFBUSxlQUFlLElBQUksR0FBRyxXQUFXO0FBQ2hGLFFBQU0sT0FBTyxNQUFNLFNBQVMsUUFBUTtBQUNwQyxNQUFJLFNBQVMsT0FBVyxRQUFPO0FBQy9CLE1BQUk7QUFDSixNQUFJO0FBQ0YsV0FBTyxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3hCLFFBQVE7QUFDTixVQUFNLElBQUk7QUFBQSxNQUFVLG1CQUFtQixJQUFJLG9CQUFvQixRQUFRO0FBQUEsTUFDckUsd0NBQXdDLElBQUksa0NBQWtDLElBQUk7QUFBQSxNQUF1QjtBQUFBLElBQWlCO0FBQUEsRUFDOUg7QUFDQSxTQUFPO0FBQUEsSUFDTCxNQUFNLEtBQUssUUFBUTtBQUFBLElBQ25CLE1BQU0sS0FBSyxXQUFXLFFBQVE7QUFBQSxJQUM5QixlQUFlLEtBQUssV0FBVyxRQUFRLGtCQUFrQjtBQUFBLElBQ3pELGFBQWEsS0FBSyxVQUFVO0FBQUEsSUFDNUIsWUFBUSx1QkFBSyxLQUFLLFlBQVksT0FBTyxlQUFlLElBQUksR0FBRyxRQUFRO0FBQUEsRUFDckU7QUFDRjtBQUdPLFNBQVMsbUJBQW1CLE1BQXlCLFFBQVEsS0FBSyxRQUFxQixXQUErQjtBQUMzSCxRQUFNLE9BQU8sTUFBTSxhQUFTLHVCQUFLLGdCQUFnQixHQUFHLEdBQUcsYUFBYSxDQUFDO0FBQ3JFLE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsTUFBSTtBQUNGLFVBQU0sSUFBSSxLQUFLLE1BQU0sSUFBSTtBQUN6QixXQUFPLE9BQU8sRUFBRSxtQkFBbUIsWUFBWSxFQUFFLGlCQUFpQixFQUFFLGlCQUFpQjtBQUFBLEVBQ3ZGLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGO0FBR08sU0FBUyxhQUFhLE1BQXFCLENBQUMsR0FBRyxNQUF5QixRQUFRLEtBQUssUUFBcUIsV0FBeUI7QUFDeEksUUFBTSxTQUFTLElBQUksVUFBVTtBQUM3QixRQUFNLFNBQVMsSUFBSSxRQUFRLEtBQUs7QUFDaEMsTUFBSSxRQUFRO0FBQ1YsUUFBSSxhQUFhLE1BQU0sRUFBRyxRQUFPLFFBQVEsUUFBUSxRQUFRLE9BQU8sS0FBSyxLQUFLLEdBQUcsR0FBRztBQUNoRixXQUFPLFlBQVksUUFBUSxRQUFRLEtBQUssS0FBSztBQUFBLEVBQy9DO0FBQ0EsTUFBSSxJQUFJLFFBQVMsUUFBTyxZQUFZLElBQUksU0FBUyxJQUFJLFVBQVUsYUFBYSxLQUFLLEtBQUs7QUFDdEYsTUFBSSxJQUFJLFlBQWEsUUFBTyxRQUFRLElBQUksYUFBYSxlQUFlLE9BQU8sS0FBSyxLQUFLLEdBQUcsR0FBRztBQUMzRixNQUFJLElBQUksZUFBZ0IsUUFBTyxZQUFZLElBQUksZ0JBQWdCLGtCQUFrQixLQUFLLEtBQUs7QUFDM0YsUUFBTSxVQUFVLG1CQUFtQixLQUFLLEtBQUs7QUFDN0MsTUFBSSxRQUFTLFFBQU8sWUFBWSxTQUFTLHlCQUFxQix1QkFBSyxnQkFBZ0IsR0FBRyxHQUFHLGFBQWEsQ0FBQyxJQUFJLEtBQUssS0FBSztBQUNySCxTQUFPLFFBQVEsVUFBVSxjQUFjLElBQUksa0JBQWtCLE9BQU8sS0FBSyxLQUFLLEdBQUcsR0FBRztBQUN0RjtBQUVBLFNBQVMsYUFBYSxHQUFvQjtBQUN4QyxTQUFPLEVBQUUsU0FBUyxLQUFLLEtBQUssRUFBRSxXQUFXLEdBQUcsS0FBSyxnQkFBZ0IsS0FBSyxDQUFDO0FBQ3pFO0FBRUEsU0FBUyxZQUFZLE1BQWMsS0FBYSxLQUF3QixPQUFrQztBQUN4RyxRQUFNLFdBQVcsWUFBWSxJQUFJLE1BQU0sR0FBRztBQUUxQyxNQUFJLFNBQVMsV0FBVztBQUN0QixVQUFNLElBQUksUUFBUSxJQUFJLGVBQWUsVUFBVSxjQUFjLElBQUksVUFBVSxPQUFPLEtBQUssS0FBSyxHQUFHLEdBQUc7QUFDbEcsV0FBTyxFQUFFLEdBQUcsR0FBRyxhQUFhLFVBQVU7QUFBQSxFQUN4QztBQUNBLFFBQU0sT0FBTyxZQUFZLE1BQU0sS0FBSyxLQUFLO0FBQ3pDLE1BQUksQ0FBQyxNQUFNO0FBQ1QsVUFBTSxJQUFJO0FBQUEsTUFBVSxtQkFBbUIsSUFBSSxnQkFBZ0IsR0FBRywwQkFBc0IsdUJBQUssZ0JBQWdCLEdBQUcsR0FBRyxVQUFVLENBQUM7QUFBQSxNQUN4SCw0RkFBNEYsSUFBSTtBQUFBLE1BQ2hHO0FBQUEsSUFBbUI7QUFBQSxFQUN2QjtBQUNBLE1BQUksQ0FBQyxLQUFLLE1BQU07QUFDZCxVQUFNLElBQUk7QUFBQSxNQUFVLG1CQUFtQixJQUFJO0FBQUEsTUFDekMsNENBQTRDLElBQUk7QUFBQSxNQUF1QjtBQUFBLElBQWlCO0FBQUEsRUFDNUY7QUFDQSxRQUFNLFVBQVUsQ0FBQyxNQUFtQyxNQUFNLFdBQU8sdUJBQUssS0FBSyxRQUFRLENBQUMsQ0FBQyxRQUFJLHVCQUFLLEtBQUssUUFBUSxDQUFDLElBQUk7QUFDaEgsUUFBTSxLQUFLLFFBQVEsUUFBUSxHQUFHLE9BQU8sUUFBUSxVQUFVLEdBQUcsTUFBTSxRQUFRLFNBQVM7QUFDakYsUUFBTSxNQUFNLE1BQU0sUUFBUSxPQUFPLEtBQUssZ0JBQWdCLEVBQUUsSUFBSSxNQUFNLEtBQUssUUFBUSxDQUFDLEtBQUssY0FBYyxJQUFJO0FBQ3ZHLFNBQU8sRUFBRSxHQUFHLFFBQVEsS0FBSyxNQUFNLFVBQVUsS0FBSyxHQUFHLEdBQUcsYUFBYSxLQUFLO0FBQ3hFO0FBR0EsU0FBUyxPQUFPLEtBQXdCLE9BQTBDO0FBQ2hGLFFBQU0sU0FBUyxDQUFDLENBQUMsSUFBSTtBQUNyQixNQUFJLENBQUMsVUFBVSxDQUFDLElBQUksV0FBWSxRQUFPO0FBQ3ZDLFFBQU0sTUFBTSxJQUFJLG9CQUFvQixnQkFBZ0IsR0FBRztBQUN2RCxRQUFNLE9BQU8sQ0FBQyxNQUFrQztBQUM5QyxVQUFNLFFBQUksdUJBQUssS0FBSyxDQUFDO0FBRXJCLFdBQU8sVUFBVSxNQUFNLE9BQU8sQ0FBQyxJQUFJLElBQUk7QUFBQSxFQUN6QztBQUNBLFNBQU8sRUFBRSxJQUFJLEtBQUssUUFBUSxHQUFHLE1BQU0sS0FBSyxVQUFVLEdBQUcsS0FBSyxLQUFLLFNBQVMsR0FBRyxPQUFPO0FBQ3BGO0FBR08sU0FBUyxRQUFRLEtBQWEsVUFBa0IsS0FBMkIsTUFBeUIsUUFBUSxLQUFtQjtBQUNwSSxRQUFNLElBQUksSUFBSSxLQUFLO0FBQ25CLFFBQU0sTUFBTSxDQUFDLFFBQTJCLElBQUk7QUFBQSxJQUFVLGtCQUFrQixHQUFHLFdBQVcsUUFBUSxvQkFBb0IsR0FBRztBQUFBLElBQ25IO0FBQUEsSUFBaUY7QUFBQSxFQUFvQjtBQUN2RyxNQUFJLEVBQUUsV0FBVyxHQUFHLEVBQUcsUUFBTyxRQUFRLFVBQVUsQ0FBQyxJQUFJLFVBQVUsS0FBSyxHQUFHO0FBQ3ZFLFFBQU0sSUFBSSw2QkFBNkIsS0FBSyxDQUFDO0FBQzdDLFFBQU0sU0FBUyxJQUFJLEVBQUUsQ0FBQyxFQUFFLFlBQVksSUFBSTtBQUN4QyxRQUFNLE9BQU8sSUFBSSxFQUFFLENBQUMsSUFBSTtBQUN4QixNQUFJLFdBQVcsUUFBUTtBQUNyQixVQUFNLGFBQWEsUUFBUTtBQUMzQixXQUFPLEVBQUUsS0FBSyxVQUFVLFVBQVUsSUFBSSxNQUFNLFFBQVEsWUFBWSxTQUFTO0FBQUEsRUFDM0U7QUFDQSxNQUFJLFdBQVcsU0FBUyxXQUFXLFVBQVUsV0FBVyxTQUFTO0FBQy9ELFFBQUk7QUFDSixRQUFJO0FBQUUsVUFBSSxJQUFJLElBQUksU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUFHLFFBQVE7QUFBRSxZQUFNLElBQUkseUJBQXlCO0FBQUEsSUFBRztBQUNwRixRQUFJLENBQUMsRUFBRSxTQUFVLE9BQU0sSUFBSSxjQUFjO0FBQ3pDLFFBQUksRUFBRSxZQUFZLEVBQUUsYUFBYSxJQUFNLE9BQU0sSUFBSSx3Q0FBd0M7QUFDekYsVUFBTSxPQUFPLEVBQUUsT0FBTyxPQUFPLEVBQUUsSUFBSSxJQUFJO0FBQ3ZDLFVBQU0sT0FBTyxFQUFFLFNBQVMsUUFBUSxjQUFjLElBQUk7QUFDbEQsVUFBTSxTQUFTLFFBQVEsV0FBVyxVQUFVLEVBQUUsUUFBUSxLQUFLLElBQUk7QUFDL0QsV0FBTyxFQUFFLEtBQUssU0FBUyxFQUFFLFFBQVEsSUFBSSxJQUFJLElBQUksTUFBTSxTQUFTLFFBQVEsT0FBTyxNQUFNLE1BQU0sS0FBSyxRQUFRLFNBQVM7QUFBQSxFQUMvRztBQUNBLE1BQUksV0FBVyxPQUFPO0FBQ3BCLFFBQUk7QUFDSixRQUFJO0FBQUUsVUFBSSxJQUFJLElBQUksU0FBUyxJQUFJLEVBQUU7QUFBQSxJQUFHLFFBQVE7QUFBRSxZQUFNLElBQUksc0NBQXNDO0FBQUEsSUFBRztBQUNqRyxRQUFJLENBQUMsRUFBRSxTQUFVLE9BQU0sSUFBSSxjQUFjO0FBQ3pDLFFBQUksRUFBRSxZQUFZLEVBQUUsYUFBYSxJQUFLLE9BQU0sSUFBSSx5REFBeUQ7QUFDekcsVUFBTSxXQUFXLG1CQUFtQixFQUFFLFFBQVEsS0FBSyxJQUFJLFFBQVEsU0FBUztBQUN4RSxVQUFNLE9BQU8sRUFBRSxPQUFPLE9BQU8sRUFBRSxJQUFJLElBQUk7QUFDdkMsVUFBTSxPQUFPLEVBQUUsU0FBUyxRQUFRLGNBQWMsSUFBSTtBQUNsRCxXQUFPLEVBQUUsS0FBSyxTQUFTLFFBQVEsSUFBSSxFQUFFLFFBQVEsR0FBRyxTQUFTLEtBQUssS0FBSyxJQUFJLElBQUksRUFBRSxJQUFJLE1BQU0sT0FBTyxNQUFNLE1BQU0sVUFBVSxTQUFTO0FBQUEsRUFDL0g7QUFDQSxRQUFNLElBQUksY0FBYyxNQUFNLHNCQUFzQjtBQUN0RDtBQUVBLFNBQVMsV0FBbUI7QUFDMUIsTUFBSTtBQUFFLGVBQU8seUJBQVMsRUFBRTtBQUFBLEVBQVUsUUFBUTtBQUFFLFdBQU87QUFBQSxFQUFRO0FBQzdEOyIsCiAgIm5hbWVzIjogW10KfQo=
