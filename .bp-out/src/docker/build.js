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
var build_exports = {};
__export(build_exports, {
  startBuild: () => startBuild
});
module.exports = __toCommonJS(build_exports);
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_node_stream = require("node:stream");
var import_userError = require("../core/userError");
var import_collect = require("./collect");
var import_dockerErrors = require("./dockerErrors");
var import_resources = require("./resources");
var import_transport = require("./transport");
class Cancelled extends Error {
}
function startBuild(opts) {
  const listeners = /* @__PURE__ */ new Set();
  const emit = (e) => {
    for (const l of listeners) {
      try {
        l(e);
      } catch {
      }
    }
  };
  let container;
  let cancelRequested = false;
  let cancelling;
  const started = Date.now();
  const transport = opts.transport ?? import_transport.bindTransport;
  const { engine, spec } = opts;
  const stagingDir = opts.stagingDir ?? path.join(opts.artifactsDir, ".incoming", opts.buildId);
  const removeContainer = async () => {
    if (!container) return;
    try {
      await container.remove({ force: true, v: false });
    } catch (e) {
      if (!(0, import_dockerErrors.isNotFound)(e) && e.statusCode !== 409) throw e;
    }
  };
  const cancel = () => {
    cancelRequested = true;
    cancelling ??= (async () => {
      if (!container) return;
      try {
        await container.stop({ t: opts.stopGraceSeconds });
      } catch {
      }
      await removeContainer().catch(() => void 0);
    })();
    return cancelling;
  };
  const checkCancel = () => {
    if (cancelRequested) throw new Cancelled();
  };
  const setState = (state, detail) => emit({ type: "state", state, detail });
  const run = async () => {
    const base = { image: spec.image, argv: [...spec.entrypoint ?? [], ...spec.argv] };
    let log;
    let exitCode;
    try {
      await new Promise((r) => setImmediate(r));
      setState("preparing");
      await (0, import_resources.ensureImage)(engine, spec.image, emit);
      checkCancel();
      await (0, import_resources.ensureVolumes)(engine, spec.volumes.map((v) => v.name));
      for (const vf of spec.volumesFrom) await (0, import_resources.ensureTreeSnapshot)(engine, vf.container, vf.image, emit);
      checkCancel();
      await import_node_fs.promises.mkdir(path.dirname(opts.logPath), { recursive: true });
      if (transport.packagesBound(spec)) await import_node_fs.promises.mkdir(stagingDir, { recursive: true });
      container = await engine.docker.createContainer(createOptions(opts, transport, stagingDir)).catch((e) => {
        throw (0, import_dockerErrors.asUserError)(e, engine, `creating the builder container from ${spec.image}`);
      });
      checkCancel();
      setState("uploading");
      await transport.upload(container, spec, (p) => emit({ type: "transfer", direction: "upload", bytes: p.bytes, ms: p.ms }));
      checkCancel();
      log = (0, import_node_fs.createWriteStream)(opts.logPath);
      const logOpen = log;
      const attached = await container.attach({ stream: true, stdout: true, stderr: true, logs: false });
      const ended = new Promise((resolve) => {
        attached.on("end", resolve);
        attached.on("close", resolve);
        attached.on("error", () => resolve());
      });
      const forward = (stream) => {
        const pt = new import_node_stream.PassThrough();
        pt.on("data", (data) => {
          logOpen.write(data);
          emit({ type: "output", stream, data });
        });
        return pt;
      };
      if (spec.tty) attached.on("data", (d) => {
        logOpen.write(d);
        emit({ type: "output", stream: "stdout", data: d });
      });
      else engine.docker.modem.demuxStream(attached, forward("stdout"), forward("stderr"));
      checkCancel();
      await container.start();
      setState("running", spec.image);
      const waited = await container.wait();
      exitCode = waited.StatusCode;
      let drainTimer;
      await Promise.race([ended, new Promise((r) => drainTimer = setTimeout(r, 2e3))]);
      clearTimeout(drainTimer);
      checkCancel();
      setState("collecting");
      const artifacts = await collect(opts, transport, container, stagingDir, started);
      const failed = exitCode !== 0;
      if (failed) await bringBackLogs(opts, transport, container);
      if (!(failed && opts.keepContainerOnFailure)) await removeContainer();
      const state = failed ? "failed" : "succeeded";
      setState(state, `exit ${exitCode}`);
      return { ...base, state, exitCode, logPath: opts.logPath, artifacts, durationMs: Date.now() - started, containerId: container.id };
    } catch (e) {
      if (e instanceof Cancelled || cancelRequested) {
        await cancel();
        await removeContainer().catch(() => void 0);
        setState("cancelled");
        return { ...base, state: "cancelled", exitCode, logPath: log ? opts.logPath : void 0, artifacts: [], durationMs: Date.now() - started, containerId: container?.id };
      }
      const error = (0, import_userError.isUserError)(e) ? e : (0, import_dockerErrors.asUserError)(e, engine, "running the build");
      await removeContainer().catch(() => void 0);
      setState("error", error.message);
      return { ...base, state: "error", error, exitCode, logPath: log ? opts.logPath : void 0, artifacts: [], durationMs: Date.now() - started, containerId: container?.id };
    } finally {
      if (log) await new Promise((r) => log.end(r));
      await import_node_fs.promises.rm(stagingDir, { recursive: true, force: true }).catch(() => void 0);
      if (!opts.stagingDir) await import_node_fs.promises.rmdir(path.dirname(stagingDir)).catch(() => void 0);
    }
  };
  const done = run();
  return {
    id: opts.buildId,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel: async () => {
      await cancel();
      await done;
    },
    done
  };
}
function createOptions(opts, transport, stagingDir) {
  const { spec } = opts;
  const mounts = [
    ...transport.mounts(spec, stagingDir),
    ...spec.volumes.map((v) => ({ Type: "volume", Source: v.name, Target: v.containerPath, ReadOnly: false }))
  ];
  return {
    name: opts.name ?? `ebuild-builder-${opts.buildId}`,
    Image: spec.image,
    Entrypoint: spec.entrypoint,
    Cmd: spec.argv,
    Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
    Labels: spec.labels,
    Tty: spec.tty,
    OpenStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    HostConfig: {
      Mounts: mounts,
      VolumesFrom: spec.volumesFrom.map((v) => `${v.container}:ro`),
      CapAdd: spec.capAdd,
      SecurityOpt: spec.securityOpt,
      NetworkMode: spec.network,
      Init: spec.init || void 0,
      AutoRemove: false
    }
  };
}
async function collect(opts, transport, container, stagingDir, started) {
  if (!transport.packagesBound(opts.spec)) {
    await import_node_fs.promises.mkdir(stagingDir, { recursive: true });
    const newerThan = opts.spec.packagesDirIsCache ? new Date(started) : void 0;
    await transport.download(container, opts.spec.packagesDir, stagingDir, { stripFirst: true, newerThan }).catch((e) => {
      throw (0, import_dockerErrors.asUserError)(e, opts.engine, `copying the packages out of ${opts.spec.packagesDir}`);
    });
  }
  return (0, import_collect.collectArtifacts)(stagingDir, opts.artifactsDir);
}
async function bringBackLogs(opts, transport, container) {
  const dir = `${opts.logPath}.container`;
  try {
    for (const p of opts.spec.logPaths) {
      const files = await transport.download(container, p, dir, { stripFirst: false });
      for (const f of files) {
        const target = opts.logPath.replace(/\.log$/, "") + (files.length === 1 ? ".build.log" : `.${path.basename(f)}`);
        await import_node_fs.promises.rename(f, target);
      }
    }
  } catch {
  } finally {
    await import_node_fs.promises.rm(dir, { recursive: true, force: true });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  startBuild
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9idWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBSdW5zIG9uZSBDb250YWluZXJTcGVjIG9uIGFuIGVuZ2luZTogaW1hZ2UsIGNhY2hlcyBhbmQgdHJlZSByZWFkeSBcdTIxOTIgY3JlYXRlIChsYWJlbGxlZCkgXHUyMTkyIHVwbG9hZCB3aGF0IGlzIG5vdFxuICogYm91bmQgXHUyMTkyIGF0dGFjaCBCRUZPUkUgc3RhcnQgc28gbm8gYnl0ZSBpcyBsb3N0IFx1MjE5MiBzdGFydCBcdTIxOTIgc3RyZWFtIG91dHB1dCB0byBsaXN0ZW5lcnMgYW5kIHRoZSBsb2cgZmlsZSBcdTIxOTJcbiAqIHdhaXQgXHUyMTkyIGNvbGxlY3QgcGFja2FnZXMgYW5kIGxvZ3MgXHUyMTkyIHJlbW92ZS4gQ2FuY2VsIHN0b3BzIHdpdGggYSBncmFjZSBwZXJpb2QgYW5kIHJlbW92ZXMsIGF0IGFueSBtb21lbnQuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVdyaXRlU3RyZWFtLCBwcm9taXNlcyBhcyBmcyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgUGFzc1Rocm91Z2ggfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgdHlwZSBEb2NrZXIgZnJvbSAnZG9ja2Vyb2RlJztcbmltcG9ydCB0eXBlIHsgQ29udGFpbmVyU3BlYyB9IGZyb20gJy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBCdWlsZFJlc3VsdCwgQnVpbGRTdGF0ZSwgUnVuRXZlbnQgfSBmcm9tICcuLi9jb3JlL2J1aWxkUnVuJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgY29sbGVjdEFydGlmYWN0cyB9IGZyb20gJy4vY29sbGVjdCc7XG5pbXBvcnQgeyBhc1VzZXJFcnJvciwgaXNOb3RGb3VuZCB9IGZyb20gJy4vZG9ja2VyRXJyb3JzJztcbmltcG9ydCB0eXBlIHsgRW5naW5lIH0gZnJvbSAnLi9lbmdpbmUnO1xuaW1wb3J0IHsgZW5zdXJlSW1hZ2UsIGVuc3VyZVRyZWVTbmFwc2hvdCwgZW5zdXJlVm9sdW1lcyB9IGZyb20gJy4vcmVzb3VyY2VzJztcbmltcG9ydCB7IGJpbmRUcmFuc3BvcnQsIHR5cGUgVHJhbnNwb3J0IH0gZnJvbSAnLi90cmFuc3BvcnQnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFN0YXJ0QnVpbGRPcHRpb25zIHtcbiAgZW5naW5lOiBFbmdpbmU7XG4gIHNwZWM6IENvbnRhaW5lclNwZWM7XG4gIGJ1aWxkSWQ6IHN0cmluZztcbiAgYXJ0aWZhY3RzRGlyOiBzdHJpbmc7XG4gIGxvZ1BhdGg6IHN0cmluZztcbiAga2VlcENvbnRhaW5lck9uRmFpbHVyZTogYm9vbGVhbjtcbiAgc3RvcEdyYWNlU2Vjb25kczogbnVtYmVyO1xuICAvKiogSG93IHNvdXJjZXMgYW5kIHBhY2thZ2VzIGNyb3NzIHRvIGFuIGVuZ2luZSB0aGF0IGRvZXMgbm90IHNoYXJlIHRoaXMgZmlsZXN5c3RlbS4gKi9cbiAgdHJhbnNwb3J0PzogVHJhbnNwb3J0O1xuICAvKiogQ29udGFpbmVyIG5hbWU7IGRlZmF1bHRzIHRvIGVidWlsZC1idWlsZGVyLTxpZD4uICovXG4gIG5hbWU/OiBzdHJpbmc7XG4gIC8qKiBXaGVyZSBwYWNrYWdlcyBsYW5kIGJlZm9yZSB0aGV5IGFyZSBtb3ZlZCBpbnRvIHRoZSBhcnRpZmFjdHMgZm9sZGVyOyBkZWZhdWx0IGA8YXJ0aWZhY3RzPi8uaW5jb21pbmcvPGlkPmAuICovXG4gIHN0YWdpbmdEaXI/OiBzdHJpbmc7XG59XG5cbmNsYXNzIENhbmNlbGxlZCBleHRlbmRzIEVycm9yIHt9XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFydEJ1aWxkKG9wdHM6IFN0YXJ0QnVpbGRPcHRpb25zKTogQnVpbGRIYW5kbGUge1xuICBjb25zdCBsaXN0ZW5lcnMgPSBuZXcgU2V0PChlOiBSdW5FdmVudCkgPT4gdm9pZD4oKTtcbiAgY29uc3QgZW1pdCA9IChlOiBSdW5FdmVudCkgPT4ge1xuICAgIGZvciAoY29uc3QgbCBvZiBsaXN0ZW5lcnMpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGwoZSk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gQSBsaXN0ZW5lcidzIGJ1ZyBtdXN0IG5vdCBicmVhayB0aGUgYnVpbGQuXG4gICAgICB9XG4gICAgfVxuICB9O1xuICBsZXQgY29udGFpbmVyOiBEb2NrZXIuQ29udGFpbmVyIHwgdW5kZWZpbmVkO1xuICBsZXQgY2FuY2VsUmVxdWVzdGVkID0gZmFsc2U7XG4gIGxldCBjYW5jZWxsaW5nOiBQcm9taXNlPHZvaWQ+IHwgdW5kZWZpbmVkO1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgdHJhbnNwb3J0ID0gb3B0cy50cmFuc3BvcnQgPz8gYmluZFRyYW5zcG9ydDtcbiAgY29uc3QgeyBlbmdpbmUsIHNwZWMgfSA9IG9wdHM7XG4gIGNvbnN0IHN0YWdpbmdEaXIgPSBvcHRzLnN0YWdpbmdEaXIgPz8gcGF0aC5qb2luKG9wdHMuYXJ0aWZhY3RzRGlyLCAnLmluY29taW5nJywgb3B0cy5idWlsZElkKTtcblxuICBjb25zdCByZW1vdmVDb250YWluZXIgPSBhc3luYyAoKSA9PiB7XG4gICAgaWYgKCFjb250YWluZXIpIHJldHVybjtcbiAgICB0cnkge1xuICAgICAgYXdhaXQgY29udGFpbmVyLnJlbW92ZSh7IGZvcmNlOiB0cnVlLCB2OiBmYWxzZSB9KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoIWlzTm90Rm91bmQoZSkgJiYgKGUgYXMgeyBzdGF0dXNDb2RlPzogbnVtYmVyIH0pLnN0YXR1c0NvZGUgIT09IDQwOSkgdGhyb3cgZTtcbiAgICB9XG4gIH07XG5cbiAgY29uc3QgY2FuY2VsID0gKCk6IFByb21pc2U8dm9pZD4gPT4ge1xuICAgIGNhbmNlbFJlcXVlc3RlZCA9IHRydWU7XG4gICAgY2FuY2VsbGluZyA/Pz0gKGFzeW5jICgpID0+IHtcbiAgICAgIGlmICghY29udGFpbmVyKSByZXR1cm47IC8vIHJ1bigpIG5vdGljZXMgdGhlIGZsYWcgYWZ0ZXIgZWFjaCBzdGVwIGFuZCBjbGVhbnMgdXAgaXRzZWxmXG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCBjb250YWluZXIuc3RvcCh7IHQ6IG9wdHMuc3RvcEdyYWNlU2Vjb25kcyB9KTtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICAvLyBBbHJlYWR5IHN0b3BwZWQgb3IgZ29uZTogcmVtb3ZhbCBiZWxvdyBzZXR0bGVzIGl0LlxuICAgICAgfVxuICAgICAgYXdhaXQgcmVtb3ZlQ29udGFpbmVyKCkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB9KSgpO1xuICAgIHJldHVybiBjYW5jZWxsaW5nO1xuICB9O1xuICBjb25zdCBjaGVja0NhbmNlbCA9ICgpID0+IHtcbiAgICBpZiAoY2FuY2VsUmVxdWVzdGVkKSB0aHJvdyBuZXcgQ2FuY2VsbGVkKCk7XG4gIH07XG4gIGNvbnN0IHNldFN0YXRlID0gKHN0YXRlOiBCdWlsZFN0YXRlLCBkZXRhaWw/OiBzdHJpbmcpID0+IGVtaXQoeyB0eXBlOiAnc3RhdGUnLCBzdGF0ZSwgZGV0YWlsIH0pO1xuXG4gIGNvbnN0IHJ1biA9IGFzeW5jICgpOiBQcm9taXNlPEJ1aWxkUmVzdWx0PiA9PiB7XG4gICAgY29uc3QgYmFzZSA9IHsgaW1hZ2U6IHNwZWMuaW1hZ2UsIGFyZ3Y6IFsuLi4oc3BlYy5lbnRyeXBvaW50ID8/IFtdKSwgLi4uc3BlYy5hcmd2XSB9O1xuICAgIGxldCBsb2c6IFJldHVyblR5cGU8dHlwZW9mIGNyZWF0ZVdyaXRlU3RyZWFtPiB8IHVuZGVmaW5lZDtcbiAgICBsZXQgZXhpdENvZGU6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgICB0cnkge1xuICAgICAgLy8gTGV0IHRoZSBjYWxsZXIgc3Vic2NyaWJlIGJlZm9yZSB0aGUgZmlyc3QgZXZlbnQgKHN0YXJ0QnVpbGQgcmV0dXJucyBzeW5jaHJvbm91c2x5KS5cbiAgICAgIGF3YWl0IG5ldyBQcm9taXNlKChyKSA9PiBzZXRJbW1lZGlhdGUocikpO1xuICAgICAgc2V0U3RhdGUoJ3ByZXBhcmluZycpO1xuICAgICAgYXdhaXQgZW5zdXJlSW1hZ2UoZW5naW5lLCBzcGVjLmltYWdlLCBlbWl0KTtcbiAgICAgIGNoZWNrQ2FuY2VsKCk7XG4gICAgICBhd2FpdCBlbnN1cmVWb2x1bWVzKGVuZ2luZSwgc3BlYy52b2x1bWVzLm1hcCgodikgPT4gdi5uYW1lKSk7XG4gICAgICBmb3IgKGNvbnN0IHZmIG9mIHNwZWMudm9sdW1lc0Zyb20pIGF3YWl0IGVuc3VyZVRyZWVTbmFwc2hvdChlbmdpbmUsIHZmLmNvbnRhaW5lciwgdmYuaW1hZ2UsIGVtaXQpO1xuICAgICAgY2hlY2tDYW5jZWwoKTtcbiAgICAgIGF3YWl0IGZzLm1rZGlyKHBhdGguZGlybmFtZShvcHRzLmxvZ1BhdGgpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIGlmICh0cmFuc3BvcnQucGFja2FnZXNCb3VuZChzcGVjKSkgYXdhaXQgZnMubWtkaXIoc3RhZ2luZ0RpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gICAgICBjb250YWluZXIgPSBhd2FpdCBlbmdpbmUuZG9ja2VyLmNyZWF0ZUNvbnRhaW5lcihjcmVhdGVPcHRpb25zKG9wdHMsIHRyYW5zcG9ydCwgc3RhZ2luZ0RpcikpLmNhdGNoKChlKSA9PiB7XG4gICAgICAgIHRocm93IGFzVXNlckVycm9yKGUsIGVuZ2luZSwgYGNyZWF0aW5nIHRoZSBidWlsZGVyIGNvbnRhaW5lciBmcm9tICR7c3BlYy5pbWFnZX1gKTtcbiAgICAgIH0pO1xuICAgICAgY2hlY2tDYW5jZWwoKTtcbiAgICAgIHNldFN0YXRlKCd1cGxvYWRpbmcnKTtcbiAgICAgIGF3YWl0IHRyYW5zcG9ydC51cGxvYWQoY29udGFpbmVyLCBzcGVjLCAocCkgPT4gZW1pdCh7IHR5cGU6ICd0cmFuc2ZlcicsIGRpcmVjdGlvbjogJ3VwbG9hZCcsIGJ5dGVzOiBwLmJ5dGVzLCBtczogcC5tcyB9KSk7XG4gICAgICBjaGVja0NhbmNlbCgpO1xuXG4gICAgICBsb2cgPSBjcmVhdGVXcml0ZVN0cmVhbShvcHRzLmxvZ1BhdGgpO1xuICAgICAgY29uc3QgbG9nT3BlbiA9IGxvZztcbiAgICAgIGNvbnN0IGF0dGFjaGVkID0gKGF3YWl0IGNvbnRhaW5lci5hdHRhY2goeyBzdHJlYW06IHRydWUsIHN0ZG91dDogdHJ1ZSwgc3RkZXJyOiB0cnVlLCBsb2dzOiBmYWxzZSB9KSkgYXMgdW5rbm93biBhcyBOb2RlSlMuUmVhZGFibGVTdHJlYW07XG4gICAgICBjb25zdCBlbmRlZCA9IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiB7XG4gICAgICAgIGF0dGFjaGVkLm9uKCdlbmQnLCByZXNvbHZlKTtcbiAgICAgICAgYXR0YWNoZWQub24oJ2Nsb3NlJywgcmVzb2x2ZSk7XG4gICAgICAgIGF0dGFjaGVkLm9uKCdlcnJvcicsICgpID0+IHJlc29sdmUoKSk7XG4gICAgICB9KTtcbiAgICAgIGNvbnN0IGZvcndhcmQgPSAoc3RyZWFtOiAnc3Rkb3V0JyB8ICdzdGRlcnInKSA9PiB7XG4gICAgICAgIGNvbnN0IHB0ID0gbmV3IFBhc3NUaHJvdWdoKCk7XG4gICAgICAgIHB0Lm9uKCdkYXRhJywgKGRhdGE6IEJ1ZmZlcikgPT4ge1xuICAgICAgICAgIGxvZ09wZW4ud3JpdGUoZGF0YSk7XG4gICAgICAgICAgZW1pdCh7IHR5cGU6ICdvdXRwdXQnLCBzdHJlYW0sIGRhdGEgfSk7XG4gICAgICAgIH0pO1xuICAgICAgICByZXR1cm4gcHQ7XG4gICAgICB9O1xuICAgICAgLy8gRGVtdXggYnkgdGhlIGNvbnRhaW5lcidzIG93biBUdHkgc2V0dGluZywgbmV2ZXIgYnkgc25pZmZpbmcgYnl0ZXMgKGVuZ2luZXMubWQpLlxuICAgICAgaWYgKHNwZWMudHR5KSBhdHRhY2hlZC5vbignZGF0YScsIChkOiBCdWZmZXIpID0+IHsgbG9nT3Blbi53cml0ZShkKTsgZW1pdCh7IHR5cGU6ICdvdXRwdXQnLCBzdHJlYW06ICdzdGRvdXQnLCBkYXRhOiBkIH0pOyB9KTtcbiAgICAgIGVsc2UgZW5naW5lLmRvY2tlci5tb2RlbS5kZW11eFN0cmVhbShhdHRhY2hlZCwgZm9yd2FyZCgnc3Rkb3V0JyksIGZvcndhcmQoJ3N0ZGVycicpKTtcblxuICAgICAgY2hlY2tDYW5jZWwoKTtcbiAgICAgIGF3YWl0IGNvbnRhaW5lci5zdGFydCgpO1xuICAgICAgc2V0U3RhdGUoJ3J1bm5pbmcnLCBzcGVjLmltYWdlKTtcbiAgICAgIGNvbnN0IHdhaXRlZCA9IChhd2FpdCBjb250YWluZXIud2FpdCgpKSBhcyB7IFN0YXR1c0NvZGU6IG51bWJlciB9O1xuICAgICAgZXhpdENvZGUgPSB3YWl0ZWQuU3RhdHVzQ29kZTtcbiAgICAgIC8vIFRoZSBhdHRhY2ggc3RyZWFtIGNhbiB0cmFpbCBgd2FpdGAgYSBsaXR0bGU7IGdpdmUgaXQgYSBtb21lbnQgdG8gZHJhaW4sIG5vdCBmb3JldmVyLlxuICAgICAgbGV0IGRyYWluVGltZXI6IE5vZGVKUy5UaW1lb3V0IHwgdW5kZWZpbmVkO1xuICAgICAgYXdhaXQgUHJvbWlzZS5yYWNlKFtlbmRlZCwgbmV3IFByb21pc2UoKHIpID0+IChkcmFpblRpbWVyID0gc2V0VGltZW91dChyLCAyMDAwKSkpXSk7XG4gICAgICBjbGVhclRpbWVvdXQoZHJhaW5UaW1lcik7XG4gICAgICBjaGVja0NhbmNlbCgpO1xuXG4gICAgICBzZXRTdGF0ZSgnY29sbGVjdGluZycpO1xuICAgICAgY29uc3QgYXJ0aWZhY3RzID0gYXdhaXQgY29sbGVjdChvcHRzLCB0cmFuc3BvcnQsIGNvbnRhaW5lciwgc3RhZ2luZ0Rpciwgc3RhcnRlZCk7XG4gICAgICBjb25zdCBmYWlsZWQgPSBleGl0Q29kZSAhPT0gMDtcbiAgICAgIGlmIChmYWlsZWQpIGF3YWl0IGJyaW5nQmFja0xvZ3Mob3B0cywgdHJhbnNwb3J0LCBjb250YWluZXIpO1xuICAgICAgaWYgKCEoZmFpbGVkICYmIG9wdHMua2VlcENvbnRhaW5lck9uRmFpbHVyZSkpIGF3YWl0IHJlbW92ZUNvbnRhaW5lcigpO1xuICAgICAgY29uc3Qgc3RhdGUgPSBmYWlsZWQgPyAnZmFpbGVkJyA6ICdzdWNjZWVkZWQnO1xuICAgICAgc2V0U3RhdGUoc3RhdGUsIGBleGl0ICR7ZXhpdENvZGV9YCk7XG4gICAgICByZXR1cm4geyAuLi5iYXNlLCBzdGF0ZSwgZXhpdENvZGUsIGxvZ1BhdGg6IG9wdHMubG9nUGF0aCwgYXJ0aWZhY3RzLCBkdXJhdGlvbk1zOiBEYXRlLm5vdygpIC0gc3RhcnRlZCwgY29udGFpbmVySWQ6IGNvbnRhaW5lci5pZCB9O1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmIChlIGluc3RhbmNlb2YgQ2FuY2VsbGVkIHx8IGNhbmNlbFJlcXVlc3RlZCkge1xuICAgICAgICBhd2FpdCBjYW5jZWwoKTtcbiAgICAgICAgLy8gVGhlIGNhbmNlbCBtYXkgaGF2ZSBjb21lIGJlZm9yZSB0aGUgY29udGFpbmVyIGV4aXN0ZWQgKGR1cmluZyBwdWxsIG9yIGNyZWF0ZSk6IHJlbW92ZSBpdCBub3cuXG4gICAgICAgIGF3YWl0IHJlbW92ZUNvbnRhaW5lcigpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIHNldFN0YXRlKCdjYW5jZWxsZWQnKTtcbiAgICAgICAgcmV0dXJuIHsgLi4uYmFzZSwgc3RhdGU6ICdjYW5jZWxsZWQnLCBleGl0Q29kZSwgbG9nUGF0aDogbG9nID8gb3B0cy5sb2dQYXRoIDogdW5kZWZpbmVkLCBhcnRpZmFjdHM6IFtdLCBkdXJhdGlvbk1zOiBEYXRlLm5vdygpIC0gc3RhcnRlZCwgY29udGFpbmVySWQ6IGNvbnRhaW5lcj8uaWQgfTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGVycm9yID0gaXNVc2VyRXJyb3IoZSkgPyBlIDogYXNVc2VyRXJyb3IoZSwgZW5naW5lLCAncnVubmluZyB0aGUgYnVpbGQnKTtcbiAgICAgIGF3YWl0IHJlbW92ZUNvbnRhaW5lcigpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICBzZXRTdGF0ZSgnZXJyb3InLCBlcnJvci5tZXNzYWdlKTtcbiAgICAgIHJldHVybiB7IC4uLmJhc2UsIHN0YXRlOiAnZXJyb3InLCBlcnJvciwgZXhpdENvZGUsIGxvZ1BhdGg6IGxvZyA/IG9wdHMubG9nUGF0aCA6IHVuZGVmaW5lZCwgYXJ0aWZhY3RzOiBbXSwgZHVyYXRpb25NczogRGF0ZS5ub3coKSAtIHN0YXJ0ZWQsIGNvbnRhaW5lcklkOiBjb250YWluZXI/LmlkIH07XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGlmIChsb2cpIGF3YWl0IG5ldyBQcm9taXNlPHZvaWQ+KChyKSA9PiBsb2chLmVuZChyKSk7XG4gICAgICBhd2FpdCBmcy5ybShzdGFnaW5nRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICAgIGlmICghb3B0cy5zdGFnaW5nRGlyKSBhd2FpdCBmcy5ybWRpcihwYXRoLmRpcm5hbWUoc3RhZ2luZ0RpcikpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgfVxuICB9O1xuXG4gIGNvbnN0IGRvbmUgPSBydW4oKTtcbiAgcmV0dXJuIHtcbiAgICBpZDogb3B0cy5idWlsZElkLFxuICAgIG9uRXZlbnQobGlzdGVuZXIpIHtcbiAgICAgIGxpc3RlbmVycy5hZGQobGlzdGVuZXIpO1xuICAgICAgcmV0dXJuICgpID0+IGxpc3RlbmVycy5kZWxldGUobGlzdGVuZXIpO1xuICAgIH0sXG4gICAgY2FuY2VsOiBhc3luYyAoKSA9PiB7XG4gICAgICBhd2FpdCBjYW5jZWwoKTtcbiAgICAgIGF3YWl0IGRvbmU7XG4gICAgfSxcbiAgICBkb25lLFxuICB9O1xufVxuXG5mdW5jdGlvbiBjcmVhdGVPcHRpb25zKG9wdHM6IFN0YXJ0QnVpbGRPcHRpb25zLCB0cmFuc3BvcnQ6IFRyYW5zcG9ydCwgc3RhZ2luZ0Rpcjogc3RyaW5nKTogRG9ja2VyLkNvbnRhaW5lckNyZWF0ZU9wdGlvbnMge1xuICBjb25zdCB7IHNwZWMgfSA9IG9wdHM7XG4gIGNvbnN0IG1vdW50czogRG9ja2VyLk1vdW50U2V0dGluZ3NbXSA9IFtcbiAgICAuLi50cmFuc3BvcnQubW91bnRzKHNwZWMsIHN0YWdpbmdEaXIpLFxuICAgIC4uLnNwZWMudm9sdW1lcy5tYXAoKHYpOiBEb2NrZXIuTW91bnRTZXR0aW5ncyA9PiAoeyBUeXBlOiAndm9sdW1lJywgU291cmNlOiB2Lm5hbWUsIFRhcmdldDogdi5jb250YWluZXJQYXRoLCBSZWFkT25seTogZmFsc2UgfSkpLFxuICBdO1xuICByZXR1cm4ge1xuICAgIG5hbWU6IG9wdHMubmFtZSA/PyBgZWJ1aWxkLWJ1aWxkZXItJHtvcHRzLmJ1aWxkSWR9YCxcbiAgICBJbWFnZTogc3BlYy5pbWFnZSxcbiAgICBFbnRyeXBvaW50OiBzcGVjLmVudHJ5cG9pbnQsXG4gICAgQ21kOiBzcGVjLmFyZ3YsXG4gICAgRW52OiBPYmplY3QuZW50cmllcyhzcGVjLmVudikubWFwKChbaywgdl0pID0+IGAke2t9PSR7dn1gKSxcbiAgICBMYWJlbHM6IHNwZWMubGFiZWxzLFxuICAgIFR0eTogc3BlYy50dHksXG4gICAgT3BlblN0ZGluOiBmYWxzZSxcbiAgICBBdHRhY2hTdGRvdXQ6IHRydWUsXG4gICAgQXR0YWNoU3RkZXJyOiB0cnVlLFxuICAgIEhvc3RDb25maWc6IHtcbiAgICAgIE1vdW50czogbW91bnRzLFxuICAgICAgVm9sdW1lc0Zyb206IHNwZWMudm9sdW1lc0Zyb20ubWFwKCh2KSA9PiBgJHt2LmNvbnRhaW5lcn06cm9gKSxcbiAgICAgIENhcEFkZDogc3BlYy5jYXBBZGQsXG4gICAgICBTZWN1cml0eU9wdDogc3BlYy5zZWN1cml0eU9wdCxcbiAgICAgIE5ldHdvcmtNb2RlOiBzcGVjLm5ldHdvcmssXG4gICAgICBJbml0OiBzcGVjLmluaXQgfHwgdW5kZWZpbmVkLFxuICAgICAgQXV0b1JlbW92ZTogZmFsc2UsXG4gICAgfSxcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29sbGVjdChvcHRzOiBTdGFydEJ1aWxkT3B0aW9ucywgdHJhbnNwb3J0OiBUcmFuc3BvcnQsIGNvbnRhaW5lcjogRG9ja2VyLkNvbnRhaW5lciwgc3RhZ2luZ0Rpcjogc3RyaW5nLCBzdGFydGVkOiBudW1iZXIpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGlmICghdHJhbnNwb3J0LnBhY2thZ2VzQm91bmQob3B0cy5zcGVjKSkge1xuICAgIGF3YWl0IGZzLm1rZGlyKHN0YWdpbmdEaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IG5ld2VyVGhhbiA9IG9wdHMuc3BlYy5wYWNrYWdlc0RpcklzQ2FjaGUgPyBuZXcgRGF0ZShzdGFydGVkKSA6IHVuZGVmaW5lZDtcbiAgICBhd2FpdCB0cmFuc3BvcnQuZG93bmxvYWQoY29udGFpbmVyLCBvcHRzLnNwZWMucGFja2FnZXNEaXIsIHN0YWdpbmdEaXIsIHsgc3RyaXBGaXJzdDogdHJ1ZSwgbmV3ZXJUaGFuIH0pLmNhdGNoKChlKSA9PiB7XG4gICAgICB0aHJvdyBhc1VzZXJFcnJvcihlLCBvcHRzLmVuZ2luZSwgYGNvcHlpbmcgdGhlIHBhY2thZ2VzIG91dCBvZiAke29wdHMuc3BlYy5wYWNrYWdlc0Rpcn1gKTtcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gY29sbGVjdEFydGlmYWN0cyhzdGFnaW5nRGlyLCBvcHRzLmFydGlmYWN0c0Rpcik7XG59XG5cbi8qKiBQb3J0YWdlIGtlZXBzIGJ1aWxkLmxvZyBvbmx5IGZvciBmYWlsZWQgYnVpbGRzOiBicmluZyBpdCBiYWNrIGJlc2lkZSBvdXIgbG9nIGFzIGA8bG9nPi5idWlsZC5sb2dgLiAqL1xuYXN5bmMgZnVuY3Rpb24gYnJpbmdCYWNrTG9ncyhvcHRzOiBTdGFydEJ1aWxkT3B0aW9ucywgdHJhbnNwb3J0OiBUcmFuc3BvcnQsIGNvbnRhaW5lcjogRG9ja2VyLkNvbnRhaW5lcik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBkaXIgPSBgJHtvcHRzLmxvZ1BhdGh9LmNvbnRhaW5lcmA7XG4gIHRyeSB7XG4gICAgZm9yIChjb25zdCBwIG9mIG9wdHMuc3BlYy5sb2dQYXRocykge1xuICAgICAgY29uc3QgZmlsZXMgPSBhd2FpdCB0cmFuc3BvcnQuZG93bmxvYWQoY29udGFpbmVyLCBwLCBkaXIsIHsgc3RyaXBGaXJzdDogZmFsc2UgfSk7XG4gICAgICBmb3IgKGNvbnN0IGYgb2YgZmlsZXMpIHtcbiAgICAgICAgY29uc3QgdGFyZ2V0ID0gb3B0cy5sb2dQYXRoLnJlcGxhY2UoL1xcLmxvZyQvLCAnJykgKyAoZmlsZXMubGVuZ3RoID09PSAxID8gJy5idWlsZC5sb2cnIDogYC4ke3BhdGguYmFzZW5hbWUoZil9YCk7XG4gICAgICAgIGF3YWl0IGZzLnJlbmFtZShmLCB0YXJnZXQpO1xuICAgICAgfVxuICAgIH1cbiAgfSBjYXRjaCB7XG4gICAgLy8gVGhlIGNvbnRhaW5lcidzIG93biBsb2dzIGFyZSBhIGJvbnVzOyBvdXIgbG9nIGFscmVhZHkgaGFzIGV2ZXJ5dGhpbmcgZW1lcmdlIHByaW50ZWQuXG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgZnMucm0oZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cbn1cblxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBa0Q7QUFDbEQsV0FBc0I7QUFDdEIseUJBQTRCO0FBSTVCLHVCQUE0QjtBQUM1QixxQkFBaUM7QUFDakMsMEJBQXdDO0FBRXhDLHVCQUErRDtBQUMvRCx1QkFBOEM7QUFrQjlDLE1BQU0sa0JBQWtCLE1BQU07QUFBQztBQUV4QixTQUFTLFdBQVcsTUFBc0M7QUFDL0QsUUFBTSxZQUFZLG9CQUFJLElBQTJCO0FBQ2pELFFBQU0sT0FBTyxDQUFDLE1BQWdCO0FBQzVCLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFVBQUk7QUFDRixVQUFFLENBQUM7QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUVSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJO0FBQ0osTUFBSSxrQkFBa0I7QUFDdEIsTUFBSTtBQUNKLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxZQUFZLEtBQUssYUFBYTtBQUNwQyxRQUFNLEVBQUUsUUFBUSxLQUFLLElBQUk7QUFDekIsUUFBTSxhQUFhLEtBQUssY0FBYyxLQUFLLEtBQUssS0FBSyxjQUFjLGFBQWEsS0FBSyxPQUFPO0FBRTVGLFFBQU0sa0JBQWtCLFlBQVk7QUFDbEMsUUFBSSxDQUFDLFVBQVc7QUFDaEIsUUFBSTtBQUNGLFlBQU0sVUFBVSxPQUFPLEVBQUUsT0FBTyxNQUFNLEdBQUcsTUFBTSxDQUFDO0FBQUEsSUFDbEQsU0FBUyxHQUFHO0FBQ1YsVUFBSSxLQUFDLGdDQUFXLENBQUMsS0FBTSxFQUE4QixlQUFlLElBQUssT0FBTTtBQUFBLElBQ2pGO0FBQUEsRUFDRjtBQUVBLFFBQU0sU0FBUyxNQUFxQjtBQUNsQyxzQkFBa0I7QUFDbEIsb0JBQWdCLFlBQVk7QUFDMUIsVUFBSSxDQUFDLFVBQVc7QUFDaEIsVUFBSTtBQUNGLGNBQU0sVUFBVSxLQUFLLEVBQUUsR0FBRyxLQUFLLGlCQUFpQixDQUFDO0FBQUEsTUFDbkQsUUFBUTtBQUFBLE1BRVI7QUFDQSxZQUFNLGdCQUFnQixFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQUEsSUFDL0MsR0FBRztBQUNILFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxjQUFjLE1BQU07QUFDeEIsUUFBSSxnQkFBaUIsT0FBTSxJQUFJLFVBQVU7QUFBQSxFQUMzQztBQUNBLFFBQU0sV0FBVyxDQUFDLE9BQW1CLFdBQW9CLEtBQUssRUFBRSxNQUFNLFNBQVMsT0FBTyxPQUFPLENBQUM7QUFFOUYsUUFBTSxNQUFNLFlBQWtDO0FBQzVDLFVBQU0sT0FBTyxFQUFFLE9BQU8sS0FBSyxPQUFPLE1BQU0sQ0FBQyxHQUFJLEtBQUssY0FBYyxDQUFDLEdBQUksR0FBRyxLQUFLLElBQUksRUFBRTtBQUNuRixRQUFJO0FBQ0osUUFBSTtBQUNKLFFBQUk7QUFFRixZQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sYUFBYSxDQUFDLENBQUM7QUFDeEMsZUFBUyxXQUFXO0FBQ3BCLGdCQUFNLDhCQUFZLFFBQVEsS0FBSyxPQUFPLElBQUk7QUFDMUMsa0JBQVk7QUFDWixnQkFBTSxnQ0FBYyxRQUFRLEtBQUssUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQztBQUMzRCxpQkFBVyxNQUFNLEtBQUssWUFBYSxXQUFNLHFDQUFtQixRQUFRLEdBQUcsV0FBVyxHQUFHLE9BQU8sSUFBSTtBQUNoRyxrQkFBWTtBQUNaLFlBQU0sZUFBQUEsU0FBRyxNQUFNLEtBQUssUUFBUSxLQUFLLE9BQU8sR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzlELFVBQUksVUFBVSxjQUFjLElBQUksRUFBRyxPQUFNLGVBQUFBLFNBQUcsTUFBTSxZQUFZLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDakYsa0JBQVksTUFBTSxPQUFPLE9BQU8sZ0JBQWdCLGNBQWMsTUFBTSxXQUFXLFVBQVUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxNQUFNO0FBQ3ZHLGtCQUFNLGlDQUFZLEdBQUcsUUFBUSx1Q0FBdUMsS0FBSyxLQUFLLEVBQUU7QUFBQSxNQUNsRixDQUFDO0FBQ0Qsa0JBQVk7QUFDWixlQUFTLFdBQVc7QUFDcEIsWUFBTSxVQUFVLE9BQU8sV0FBVyxNQUFNLENBQUMsTUFBTSxLQUFLLEVBQUUsTUFBTSxZQUFZLFdBQVcsVUFBVSxPQUFPLEVBQUUsT0FBTyxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFDeEgsa0JBQVk7QUFFWixnQkFBTSxrQ0FBa0IsS0FBSyxPQUFPO0FBQ3BDLFlBQU0sVUFBVTtBQUNoQixZQUFNLFdBQVksTUFBTSxVQUFVLE9BQU8sRUFBRSxRQUFRLE1BQU0sUUFBUSxNQUFNLFFBQVEsTUFBTSxNQUFNLE1BQU0sQ0FBQztBQUNsRyxZQUFNLFFBQVEsSUFBSSxRQUFjLENBQUMsWUFBWTtBQUMzQyxpQkFBUyxHQUFHLE9BQU8sT0FBTztBQUMxQixpQkFBUyxHQUFHLFNBQVMsT0FBTztBQUM1QixpQkFBUyxHQUFHLFNBQVMsTUFBTSxRQUFRLENBQUM7QUFBQSxNQUN0QyxDQUFDO0FBQ0QsWUFBTSxVQUFVLENBQUMsV0FBZ0M7QUFDL0MsY0FBTSxLQUFLLElBQUksK0JBQVk7QUFDM0IsV0FBRyxHQUFHLFFBQVEsQ0FBQyxTQUFpQjtBQUM5QixrQkFBUSxNQUFNLElBQUk7QUFDbEIsZUFBSyxFQUFFLE1BQU0sVUFBVSxRQUFRLEtBQUssQ0FBQztBQUFBLFFBQ3ZDLENBQUM7QUFDRCxlQUFPO0FBQUEsTUFDVDtBQUVBLFVBQUksS0FBSyxJQUFLLFVBQVMsR0FBRyxRQUFRLENBQUMsTUFBYztBQUFFLGdCQUFRLE1BQU0sQ0FBQztBQUFHLGFBQUssRUFBRSxNQUFNLFVBQVUsUUFBUSxVQUFVLE1BQU0sRUFBRSxDQUFDO0FBQUEsTUFBRyxDQUFDO0FBQUEsVUFDdEgsUUFBTyxPQUFPLE1BQU0sWUFBWSxVQUFVLFFBQVEsUUFBUSxHQUFHLFFBQVEsUUFBUSxDQUFDO0FBRW5GLGtCQUFZO0FBQ1osWUFBTSxVQUFVLE1BQU07QUFDdEIsZUFBUyxXQUFXLEtBQUssS0FBSztBQUM5QixZQUFNLFNBQVUsTUFBTSxVQUFVLEtBQUs7QUFDckMsaUJBQVcsT0FBTztBQUVsQixVQUFJO0FBQ0osWUFBTSxRQUFRLEtBQUssQ0FBQyxPQUFPLElBQUksUUFBUSxDQUFDLE1BQU8sYUFBYSxXQUFXLEdBQUcsR0FBSSxDQUFFLENBQUMsQ0FBQztBQUNsRixtQkFBYSxVQUFVO0FBQ3ZCLGtCQUFZO0FBRVosZUFBUyxZQUFZO0FBQ3JCLFlBQU0sWUFBWSxNQUFNLFFBQVEsTUFBTSxXQUFXLFdBQVcsWUFBWSxPQUFPO0FBQy9FLFlBQU0sU0FBUyxhQUFhO0FBQzVCLFVBQUksT0FBUSxPQUFNLGNBQWMsTUFBTSxXQUFXLFNBQVM7QUFDMUQsVUFBSSxFQUFFLFVBQVUsS0FBSyx3QkFBeUIsT0FBTSxnQkFBZ0I7QUFDcEUsWUFBTSxRQUFRLFNBQVMsV0FBVztBQUNsQyxlQUFTLE9BQU8sUUFBUSxRQUFRLEVBQUU7QUFDbEMsYUFBTyxFQUFFLEdBQUcsTUFBTSxPQUFPLFVBQVUsU0FBUyxLQUFLLFNBQVMsV0FBVyxZQUFZLEtBQUssSUFBSSxJQUFJLFNBQVMsYUFBYSxVQUFVLEdBQUc7QUFBQSxJQUNuSSxTQUFTLEdBQUc7QUFDVixVQUFJLGFBQWEsYUFBYSxpQkFBaUI7QUFDN0MsY0FBTSxPQUFPO0FBRWIsY0FBTSxnQkFBZ0IsRUFBRSxNQUFNLE1BQU0sTUFBUztBQUM3QyxpQkFBUyxXQUFXO0FBQ3BCLGVBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxhQUFhLFVBQVUsU0FBUyxNQUFNLEtBQUssVUFBVSxRQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksS0FBSyxJQUFJLElBQUksU0FBUyxhQUFhLFdBQVcsR0FBRztBQUFBLE1BQ3ZLO0FBQ0EsWUFBTSxZQUFRLDhCQUFZLENBQUMsSUFBSSxRQUFJLGlDQUFZLEdBQUcsUUFBUSxtQkFBbUI7QUFDN0UsWUFBTSxnQkFBZ0IsRUFBRSxNQUFNLE1BQU0sTUFBUztBQUM3QyxlQUFTLFNBQVMsTUFBTSxPQUFPO0FBQy9CLGFBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sS0FBSyxVQUFVLFFBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxLQUFLLElBQUksSUFBSSxTQUFTLGFBQWEsV0FBVyxHQUFHO0FBQUEsSUFDMUssVUFBRTtBQUNBLFVBQUksSUFBSyxPQUFNLElBQUksUUFBYyxDQUFDLE1BQU0sSUFBSyxJQUFJLENBQUMsQ0FBQztBQUNuRCxZQUFNLGVBQUFBLFNBQUcsR0FBRyxZQUFZLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDL0UsVUFBSSxDQUFDLEtBQUssV0FBWSxPQUFNLGVBQUFBLFNBQUcsTUFBTSxLQUFLLFFBQVEsVUFBVSxDQUFDLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFBQSxJQUN0RjtBQUFBLEVBQ0Y7QUFFQSxRQUFNLE9BQU8sSUFBSTtBQUNqQixTQUFPO0FBQUEsSUFDTCxJQUFJLEtBQUs7QUFBQSxJQUNULFFBQVEsVUFBVTtBQUNoQixnQkFBVSxJQUFJLFFBQVE7QUFDdEIsYUFBTyxNQUFNLFVBQVUsT0FBTyxRQUFRO0FBQUEsSUFDeEM7QUFBQSxJQUNBLFFBQVEsWUFBWTtBQUNsQixZQUFNLE9BQU87QUFDYixZQUFNO0FBQUEsSUFDUjtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGNBQWMsTUFBeUIsV0FBc0IsWUFBbUQ7QUFDdkgsUUFBTSxFQUFFLEtBQUssSUFBSTtBQUNqQixRQUFNLFNBQWlDO0FBQUEsSUFDckMsR0FBRyxVQUFVLE9BQU8sTUFBTSxVQUFVO0FBQUEsSUFDcEMsR0FBRyxLQUFLLFFBQVEsSUFBSSxDQUFDLE9BQTZCLEVBQUUsTUFBTSxVQUFVLFFBQVEsRUFBRSxNQUFNLFFBQVEsRUFBRSxlQUFlLFVBQVUsTUFBTSxFQUFFO0FBQUEsRUFDakk7QUFDQSxTQUFPO0FBQUEsSUFDTCxNQUFNLEtBQUssUUFBUSxrQkFBa0IsS0FBSyxPQUFPO0FBQUEsSUFDakQsT0FBTyxLQUFLO0FBQUEsSUFDWixZQUFZLEtBQUs7QUFBQSxJQUNqQixLQUFLLEtBQUs7QUFBQSxJQUNWLEtBQUssT0FBTyxRQUFRLEtBQUssR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRTtBQUFBLElBQ3pELFFBQVEsS0FBSztBQUFBLElBQ2IsS0FBSyxLQUFLO0FBQUEsSUFDVixXQUFXO0FBQUEsSUFDWCxjQUFjO0FBQUEsSUFDZCxjQUFjO0FBQUEsSUFDZCxZQUFZO0FBQUEsTUFDVixRQUFRO0FBQUEsTUFDUixhQUFhLEtBQUssWUFBWSxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsU0FBUyxLQUFLO0FBQUEsTUFDNUQsUUFBUSxLQUFLO0FBQUEsTUFDYixhQUFhLEtBQUs7QUFBQSxNQUNsQixhQUFhLEtBQUs7QUFBQSxNQUNsQixNQUFNLEtBQUssUUFBUTtBQUFBLE1BQ25CLFlBQVk7QUFBQSxJQUNkO0FBQUEsRUFDRjtBQUNGO0FBRUEsZUFBZSxRQUFRLE1BQXlCLFdBQXNCLFdBQTZCLFlBQW9CLFNBQW9DO0FBQ3pKLE1BQUksQ0FBQyxVQUFVLGNBQWMsS0FBSyxJQUFJLEdBQUc7QUFDdkMsVUFBTSxlQUFBQSxTQUFHLE1BQU0sWUFBWSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzlDLFVBQU0sWUFBWSxLQUFLLEtBQUsscUJBQXFCLElBQUksS0FBSyxPQUFPLElBQUk7QUFDckUsVUFBTSxVQUFVLFNBQVMsV0FBVyxLQUFLLEtBQUssYUFBYSxZQUFZLEVBQUUsWUFBWSxNQUFNLFVBQVUsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxNQUFNO0FBQ25ILGdCQUFNLGlDQUFZLEdBQUcsS0FBSyxRQUFRLCtCQUErQixLQUFLLEtBQUssV0FBVyxFQUFFO0FBQUEsSUFDMUYsQ0FBQztBQUFBLEVBQ0g7QUFDQSxhQUFPLGlDQUFpQixZQUFZLEtBQUssWUFBWTtBQUN2RDtBQUdBLGVBQWUsY0FBYyxNQUF5QixXQUFzQixXQUE0QztBQUN0SCxRQUFNLE1BQU0sR0FBRyxLQUFLLE9BQU87QUFDM0IsTUFBSTtBQUNGLGVBQVcsS0FBSyxLQUFLLEtBQUssVUFBVTtBQUNsQyxZQUFNLFFBQVEsTUFBTSxVQUFVLFNBQVMsV0FBVyxHQUFHLEtBQUssRUFBRSxZQUFZLE1BQU0sQ0FBQztBQUMvRSxpQkFBVyxLQUFLLE9BQU87QUFDckIsY0FBTSxTQUFTLEtBQUssUUFBUSxRQUFRLFVBQVUsRUFBRSxLQUFLLE1BQU0sV0FBVyxJQUFJLGVBQWUsSUFBSSxLQUFLLFNBQVMsQ0FBQyxDQUFDO0FBQzdHLGNBQU0sZUFBQUEsU0FBRyxPQUFPLEdBQUcsTUFBTTtBQUFBLE1BQzNCO0FBQUEsSUFDRjtBQUFBLEVBQ0YsUUFBUTtBQUFBLEVBRVIsVUFBRTtBQUNBLFVBQU0sZUFBQUEsU0FBRyxHQUFHLEtBQUssRUFBRSxXQUFXLE1BQU0sT0FBTyxLQUFLLENBQUM7QUFBQSxFQUNuRDtBQUNGOyIsCiAgIm5hbWVzIjogWyJmcyJdCn0K
