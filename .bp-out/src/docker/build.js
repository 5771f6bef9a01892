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
  const stagingDir = path.join(opts.artifactsDir, ".incoming", opts.buildId);
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
      await Promise.race([ended, new Promise((r) => setTimeout(r, 2e3))]);
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
      await import_node_fs.promises.rmdir(path.dirname(stagingDir)).catch(() => void 0);
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
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL2RvY2tlci9idWlsZC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqXG4gKiBSdW5zIG9uZSBDb250YWluZXJTcGVjIG9uIGFuIGVuZ2luZTogaW1hZ2UsIGNhY2hlcyBhbmQgdHJlZSByZWFkeSBcdTIxOTIgY3JlYXRlIChsYWJlbGxlZCkgXHUyMTkyIHVwbG9hZCB3aGF0IGlzIG5vdFxuICogYm91bmQgXHUyMTkyIGF0dGFjaCBCRUZPUkUgc3RhcnQgc28gbm8gYnl0ZSBpcyBsb3N0IFx1MjE5MiBzdGFydCBcdTIxOTIgc3RyZWFtIG91dHB1dCB0byBsaXN0ZW5lcnMgYW5kIHRoZSBsb2cgZmlsZSBcdTIxOTJcbiAqIHdhaXQgXHUyMTkyIGNvbGxlY3QgcGFja2FnZXMgYW5kIGxvZ3MgXHUyMTkyIHJlbW92ZS4gQ2FuY2VsIHN0b3BzIHdpdGggYSBncmFjZSBwZXJpb2QgYW5kIHJlbW92ZXMsIGF0IGFueSBtb21lbnQuXG4gKi9cbmltcG9ydCB7IGNyZWF0ZVdyaXRlU3RyZWFtLCBwcm9taXNlcyBhcyBmcyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgUGFzc1Rocm91Z2ggfSBmcm9tICdub2RlOnN0cmVhbSc7XG5pbXBvcnQgdHlwZSBEb2NrZXIgZnJvbSAnZG9ja2Vyb2RlJztcbmltcG9ydCB0eXBlIHsgQ29udGFpbmVyU3BlYyB9IGZyb20gJy4uL2NvcmUvYnVpbGRNb2RlbCc7XG5pbXBvcnQgdHlwZSB7IEJ1aWxkSGFuZGxlLCBCdWlsZFJlc3VsdCwgQnVpbGRTdGF0ZSwgUnVuRXZlbnQgfSBmcm9tICcuLi9jb3JlL2J1aWxkUnVuJztcbmltcG9ydCB7IGlzVXNlckVycm9yIH0gZnJvbSAnLi4vY29yZS91c2VyRXJyb3InO1xuaW1wb3J0IHsgY29sbGVjdEFydGlmYWN0cyB9IGZyb20gJy4vY29sbGVjdCc7XG5pbXBvcnQgeyBhc1VzZXJFcnJvciwgaXNOb3RGb3VuZCB9IGZyb20gJy4vZG9ja2VyRXJyb3JzJztcbmltcG9ydCB0eXBlIHsgRW5naW5lIH0gZnJvbSAnLi9lbmdpbmUnO1xuaW1wb3J0IHsgZW5zdXJlSW1hZ2UsIGVuc3VyZVRyZWVTbmFwc2hvdCwgZW5zdXJlVm9sdW1lcyB9IGZyb20gJy4vcmVzb3VyY2VzJztcbmltcG9ydCB7IGJpbmRUcmFuc3BvcnQsIHR5cGUgVHJhbnNwb3J0IH0gZnJvbSAnLi90cmFuc3BvcnQnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFN0YXJ0QnVpbGRPcHRpb25zIHtcbiAgZW5naW5lOiBFbmdpbmU7XG4gIHNwZWM6IENvbnRhaW5lclNwZWM7XG4gIGJ1aWxkSWQ6IHN0cmluZztcbiAgYXJ0aWZhY3RzRGlyOiBzdHJpbmc7XG4gIGxvZ1BhdGg6IHN0cmluZztcbiAga2VlcENvbnRhaW5lck9uRmFpbHVyZTogYm9vbGVhbjtcbiAgc3RvcEdyYWNlU2Vjb25kczogbnVtYmVyO1xuICAvKiogSG93IHNvdXJjZXMgYW5kIHBhY2thZ2VzIGNyb3NzIHRvIGFuIGVuZ2luZSB0aGF0IGRvZXMgbm90IHNoYXJlIHRoaXMgZmlsZXN5c3RlbS4gKi9cbiAgdHJhbnNwb3J0PzogVHJhbnNwb3J0O1xuICAvKiogQ29udGFpbmVyIG5hbWU7IGRlZmF1bHRzIHRvIGVidWlsZC1idWlsZGVyLTxpZD4uICovXG4gIG5hbWU/OiBzdHJpbmc7XG59XG5cbmNsYXNzIENhbmNlbGxlZCBleHRlbmRzIEVycm9yIHt9XG5cbmV4cG9ydCBmdW5jdGlvbiBzdGFydEJ1aWxkKG9wdHM6IFN0YXJ0QnVpbGRPcHRpb25zKTogQnVpbGRIYW5kbGUge1xuICBjb25zdCBsaXN0ZW5lcnMgPSBuZXcgU2V0PChlOiBSdW5FdmVudCkgPT4gdm9pZD4oKTtcbiAgY29uc3QgZW1pdCA9IChlOiBSdW5FdmVudCkgPT4ge1xuICAgIGZvciAoY29uc3QgbCBvZiBsaXN0ZW5lcnMpIHtcbiAgICAgIHRyeSB7XG4gICAgICAgIGwoZSk7XG4gICAgICB9IGNhdGNoIHtcbiAgICAgICAgLy8gQSBsaXN0ZW5lcidzIGJ1ZyBtdXN0IG5vdCBicmVhayB0aGUgYnVpbGQuXG4gICAgICB9XG4gICAgfVxuICB9O1xuICBsZXQgY29udGFpbmVyOiBEb2NrZXIuQ29udGFpbmVyIHwgdW5kZWZpbmVkO1xuICBsZXQgY2FuY2VsUmVxdWVzdGVkID0gZmFsc2U7XG4gIGxldCBjYW5jZWxsaW5nOiBQcm9taXNlPHZvaWQ+IHwgdW5kZWZpbmVkO1xuICBjb25zdCBzdGFydGVkID0gRGF0ZS5ub3coKTtcbiAgY29uc3QgdHJhbnNwb3J0ID0gb3B0cy50cmFuc3BvcnQgPz8gYmluZFRyYW5zcG9ydDtcbiAgY29uc3QgeyBlbmdpbmUsIHNwZWMgfSA9IG9wdHM7XG4gIGNvbnN0IHN0YWdpbmdEaXIgPSBwYXRoLmpvaW4ob3B0cy5hcnRpZmFjdHNEaXIsICcuaW5jb21pbmcnLCBvcHRzLmJ1aWxkSWQpO1xuXG4gIGNvbnN0IHJlbW92ZUNvbnRhaW5lciA9IGFzeW5jICgpID0+IHtcbiAgICBpZiAoIWNvbnRhaW5lcikgcmV0dXJuO1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBjb250YWluZXIucmVtb3ZlKHsgZm9yY2U6IHRydWUsIHY6IGZhbHNlIH0pO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmICghaXNOb3RGb3VuZChlKSAmJiAoZSBhcyB7IHN0YXR1c0NvZGU/OiBudW1iZXIgfSkuc3RhdHVzQ29kZSAhPT0gNDA5KSB0aHJvdyBlO1xuICAgIH1cbiAgfTtcblxuICBjb25zdCBjYW5jZWwgPSAoKTogUHJvbWlzZTx2b2lkPiA9PiB7XG4gICAgY2FuY2VsUmVxdWVzdGVkID0gdHJ1ZTtcbiAgICBjYW5jZWxsaW5nID8/PSAoYXN5bmMgKCkgPT4ge1xuICAgICAgaWYgKCFjb250YWluZXIpIHJldHVybjsgLy8gcnVuKCkgbm90aWNlcyB0aGUgZmxhZyBhZnRlciBlYWNoIHN0ZXAgYW5kIGNsZWFucyB1cCBpdHNlbGZcbiAgICAgIHRyeSB7XG4gICAgICAgIGF3YWl0IGNvbnRhaW5lci5zdG9wKHsgdDogb3B0cy5zdG9wR3JhY2VTZWNvbmRzIH0pO1xuICAgICAgfSBjYXRjaCB7XG4gICAgICAgIC8vIEFscmVhZHkgc3RvcHBlZCBvciBnb25lOiByZW1vdmFsIGJlbG93IHNldHRsZXMgaXQuXG4gICAgICB9XG4gICAgICBhd2FpdCByZW1vdmVDb250YWluZXIoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgIH0pKCk7XG4gICAgcmV0dXJuIGNhbmNlbGxpbmc7XG4gIH07XG4gIGNvbnN0IGNoZWNrQ2FuY2VsID0gKCkgPT4ge1xuICAgIGlmIChjYW5jZWxSZXF1ZXN0ZWQpIHRocm93IG5ldyBDYW5jZWxsZWQoKTtcbiAgfTtcbiAgY29uc3Qgc2V0U3RhdGUgPSAoc3RhdGU6IEJ1aWxkU3RhdGUsIGRldGFpbD86IHN0cmluZykgPT4gZW1pdCh7IHR5cGU6ICdzdGF0ZScsIHN0YXRlLCBkZXRhaWwgfSk7XG5cbiAgY29uc3QgcnVuID0gYXN5bmMgKCk6IFByb21pc2U8QnVpbGRSZXN1bHQ+ID0+IHtcbiAgICBjb25zdCBiYXNlID0geyBpbWFnZTogc3BlYy5pbWFnZSwgYXJndjogWy4uLihzcGVjLmVudHJ5cG9pbnQgPz8gW10pLCAuLi5zcGVjLmFyZ3ZdIH07XG4gICAgbGV0IGxvZzogUmV0dXJuVHlwZTx0eXBlb2YgY3JlYXRlV3JpdGVTdHJlYW0+IHwgdW5kZWZpbmVkO1xuICAgIGxldCBleGl0Q29kZTogbnVtYmVyIHwgdW5kZWZpbmVkO1xuICAgIHRyeSB7XG4gICAgICBzZXRTdGF0ZSgncHJlcGFyaW5nJyk7XG4gICAgICBhd2FpdCBlbnN1cmVJbWFnZShlbmdpbmUsIHNwZWMuaW1hZ2UsIGVtaXQpO1xuICAgICAgY2hlY2tDYW5jZWwoKTtcbiAgICAgIGF3YWl0IGVuc3VyZVZvbHVtZXMoZW5naW5lLCBzcGVjLnZvbHVtZXMubWFwKCh2KSA9PiB2Lm5hbWUpKTtcbiAgICAgIGZvciAoY29uc3QgdmYgb2Ygc3BlYy52b2x1bWVzRnJvbSkgYXdhaXQgZW5zdXJlVHJlZVNuYXBzaG90KGVuZ2luZSwgdmYuY29udGFpbmVyLCB2Zi5pbWFnZSwgZW1pdCk7XG4gICAgICBjaGVja0NhbmNlbCgpO1xuICAgICAgYXdhaXQgZnMubWtkaXIocGF0aC5kaXJuYW1lKG9wdHMubG9nUGF0aCksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgICAgaWYgKHRyYW5zcG9ydC5wYWNrYWdlc0JvdW5kKHNwZWMpKSBhd2FpdCBmcy5ta2RpcihzdGFnaW5nRGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIGNvbnRhaW5lciA9IGF3YWl0IGVuZ2luZS5kb2NrZXIuY3JlYXRlQ29udGFpbmVyKGNyZWF0ZU9wdGlvbnMob3B0cywgdHJhbnNwb3J0LCBzdGFnaW5nRGlyKSkuY2F0Y2goKGUpID0+IHtcbiAgICAgICAgdGhyb3cgYXNVc2VyRXJyb3IoZSwgZW5naW5lLCBgY3JlYXRpbmcgdGhlIGJ1aWxkZXIgY29udGFpbmVyIGZyb20gJHtzcGVjLmltYWdlfWApO1xuICAgICAgfSk7XG4gICAgICBjaGVja0NhbmNlbCgpO1xuICAgICAgc2V0U3RhdGUoJ3VwbG9hZGluZycpO1xuICAgICAgYXdhaXQgdHJhbnNwb3J0LnVwbG9hZChjb250YWluZXIsIHNwZWMsIChwKSA9PiBlbWl0KHsgdHlwZTogJ3RyYW5zZmVyJywgZGlyZWN0aW9uOiAndXBsb2FkJywgYnl0ZXM6IHAuYnl0ZXMsIG1zOiBwLm1zIH0pKTtcbiAgICAgIGNoZWNrQ2FuY2VsKCk7XG5cbiAgICAgIGxvZyA9IGNyZWF0ZVdyaXRlU3RyZWFtKG9wdHMubG9nUGF0aCk7XG4gICAgICBjb25zdCBsb2dPcGVuID0gbG9nO1xuICAgICAgY29uc3QgYXR0YWNoZWQgPSAoYXdhaXQgY29udGFpbmVyLmF0dGFjaCh7IHN0cmVhbTogdHJ1ZSwgc3Rkb3V0OiB0cnVlLCBzdGRlcnI6IHRydWUsIGxvZ3M6IGZhbHNlIH0pKSBhcyB1bmtub3duIGFzIE5vZGVKUy5SZWFkYWJsZVN0cmVhbTtcbiAgICAgIGNvbnN0IGVuZGVkID0gbmV3IFByb21pc2U8dm9pZD4oKHJlc29sdmUpID0+IHtcbiAgICAgICAgYXR0YWNoZWQub24oJ2VuZCcsIHJlc29sdmUpO1xuICAgICAgICBhdHRhY2hlZC5vbignY2xvc2UnLCByZXNvbHZlKTtcbiAgICAgICAgYXR0YWNoZWQub24oJ2Vycm9yJywgKCkgPT4gcmVzb2x2ZSgpKTtcbiAgICAgIH0pO1xuICAgICAgY29uc3QgZm9yd2FyZCA9IChzdHJlYW06ICdzdGRvdXQnIHwgJ3N0ZGVycicpID0+IHtcbiAgICAgICAgY29uc3QgcHQgPSBuZXcgUGFzc1Rocm91Z2goKTtcbiAgICAgICAgcHQub24oJ2RhdGEnLCAoZGF0YTogQnVmZmVyKSA9PiB7XG4gICAgICAgICAgbG9nT3Blbi53cml0ZShkYXRhKTtcbiAgICAgICAgICBlbWl0KHsgdHlwZTogJ291dHB1dCcsIHN0cmVhbSwgZGF0YSB9KTtcbiAgICAgICAgfSk7XG4gICAgICAgIHJldHVybiBwdDtcbiAgICAgIH07XG4gICAgICAvLyBEZW11eCBieSB0aGUgY29udGFpbmVyJ3Mgb3duIFR0eSBzZXR0aW5nLCBuZXZlciBieSBzbmlmZmluZyBieXRlcyAoZW5naW5lcy5tZCkuXG4gICAgICBpZiAoc3BlYy50dHkpIGF0dGFjaGVkLm9uKCdkYXRhJywgKGQ6IEJ1ZmZlcikgPT4geyBsb2dPcGVuLndyaXRlKGQpOyBlbWl0KHsgdHlwZTogJ291dHB1dCcsIHN0cmVhbTogJ3N0ZG91dCcsIGRhdGE6IGQgfSk7IH0pO1xuICAgICAgZWxzZSBlbmdpbmUuZG9ja2VyLm1vZGVtLmRlbXV4U3RyZWFtKGF0dGFjaGVkLCBmb3J3YXJkKCdzdGRvdXQnKSwgZm9yd2FyZCgnc3RkZXJyJykpO1xuXG4gICAgICBjaGVja0NhbmNlbCgpO1xuICAgICAgYXdhaXQgY29udGFpbmVyLnN0YXJ0KCk7XG4gICAgICBzZXRTdGF0ZSgncnVubmluZycsIHNwZWMuaW1hZ2UpO1xuICAgICAgY29uc3Qgd2FpdGVkID0gKGF3YWl0IGNvbnRhaW5lci53YWl0KCkpIGFzIHsgU3RhdHVzQ29kZTogbnVtYmVyIH07XG4gICAgICBleGl0Q29kZSA9IHdhaXRlZC5TdGF0dXNDb2RlO1xuICAgICAgLy8gVGhlIGF0dGFjaCBzdHJlYW0gY2FuIHRyYWlsIGB3YWl0YCBhIGxpdHRsZTsgZ2l2ZSBpdCBhIG1vbWVudCB0byBkcmFpbiwgbm90IGZvcmV2ZXIuXG4gICAgICBhd2FpdCBQcm9taXNlLnJhY2UoW2VuZGVkLCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCAyMDAwKSldKTtcbiAgICAgIGNoZWNrQ2FuY2VsKCk7XG5cbiAgICAgIHNldFN0YXRlKCdjb2xsZWN0aW5nJyk7XG4gICAgICBjb25zdCBhcnRpZmFjdHMgPSBhd2FpdCBjb2xsZWN0KG9wdHMsIHRyYW5zcG9ydCwgY29udGFpbmVyLCBzdGFnaW5nRGlyLCBzdGFydGVkKTtcbiAgICAgIGNvbnN0IGZhaWxlZCA9IGV4aXRDb2RlICE9PSAwO1xuICAgICAgaWYgKGZhaWxlZCkgYXdhaXQgYnJpbmdCYWNrTG9ncyhvcHRzLCB0cmFuc3BvcnQsIGNvbnRhaW5lcik7XG4gICAgICBpZiAoIShmYWlsZWQgJiYgb3B0cy5rZWVwQ29udGFpbmVyT25GYWlsdXJlKSkgYXdhaXQgcmVtb3ZlQ29udGFpbmVyKCk7XG4gICAgICBjb25zdCBzdGF0ZSA9IGZhaWxlZCA/ICdmYWlsZWQnIDogJ3N1Y2NlZWRlZCc7XG4gICAgICBzZXRTdGF0ZShzdGF0ZSwgYGV4aXQgJHtleGl0Q29kZX1gKTtcbiAgICAgIHJldHVybiB7IC4uLmJhc2UsIHN0YXRlLCBleGl0Q29kZSwgbG9nUGF0aDogb3B0cy5sb2dQYXRoLCBhcnRpZmFjdHMsIGR1cmF0aW9uTXM6IERhdGUubm93KCkgLSBzdGFydGVkLCBjb250YWluZXJJZDogY29udGFpbmVyLmlkIH07XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBDYW5jZWxsZWQgfHwgY2FuY2VsUmVxdWVzdGVkKSB7XG4gICAgICAgIGF3YWl0IGNhbmNlbCgpO1xuICAgICAgICBzZXRTdGF0ZSgnY2FuY2VsbGVkJyk7XG4gICAgICAgIHJldHVybiB7IC4uLmJhc2UsIHN0YXRlOiAnY2FuY2VsbGVkJywgZXhpdENvZGUsIGxvZ1BhdGg6IGxvZyA/IG9wdHMubG9nUGF0aCA6IHVuZGVmaW5lZCwgYXJ0aWZhY3RzOiBbXSwgZHVyYXRpb25NczogRGF0ZS5ub3coKSAtIHN0YXJ0ZWQsIGNvbnRhaW5lcklkOiBjb250YWluZXI/LmlkIH07XG4gICAgICB9XG4gICAgICBjb25zdCBlcnJvciA9IGlzVXNlckVycm9yKGUpID8gZSA6IGFzVXNlckVycm9yKGUsIGVuZ2luZSwgJ3J1bm5pbmcgdGhlIGJ1aWxkJyk7XG4gICAgICBhd2FpdCByZW1vdmVDb250YWluZXIoKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgICAgc2V0U3RhdGUoJ2Vycm9yJywgZXJyb3IubWVzc2FnZSk7XG4gICAgICByZXR1cm4geyAuLi5iYXNlLCBzdGF0ZTogJ2Vycm9yJywgZXJyb3IsIGV4aXRDb2RlLCBsb2dQYXRoOiBsb2cgPyBvcHRzLmxvZ1BhdGggOiB1bmRlZmluZWQsIGFydGlmYWN0czogW10sIGR1cmF0aW9uTXM6IERhdGUubm93KCkgLSBzdGFydGVkLCBjb250YWluZXJJZDogY29udGFpbmVyPy5pZCB9O1xuICAgIH0gZmluYWxseSB7XG4gICAgICBpZiAobG9nKSBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocikgPT4gbG9nIS5lbmQocikpO1xuICAgICAgYXdhaXQgZnMucm0oc3RhZ2luZ0RpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICBhd2FpdCBmcy5ybWRpcihwYXRoLmRpcm5hbWUoc3RhZ2luZ0RpcikpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgfVxuICB9O1xuXG4gIGNvbnN0IGRvbmUgPSBydW4oKTtcbiAgcmV0dXJuIHtcbiAgICBpZDogb3B0cy5idWlsZElkLFxuICAgIG9uRXZlbnQobGlzdGVuZXIpIHtcbiAgICAgIGxpc3RlbmVycy5hZGQobGlzdGVuZXIpO1xuICAgICAgcmV0dXJuICgpID0+IGxpc3RlbmVycy5kZWxldGUobGlzdGVuZXIpO1xuICAgIH0sXG4gICAgY2FuY2VsOiBhc3luYyAoKSA9PiB7XG4gICAgICBhd2FpdCBjYW5jZWwoKTtcbiAgICAgIGF3YWl0IGRvbmU7XG4gICAgfSxcbiAgICBkb25lLFxuICB9O1xufVxuXG5mdW5jdGlvbiBjcmVhdGVPcHRpb25zKG9wdHM6IFN0YXJ0QnVpbGRPcHRpb25zLCB0cmFuc3BvcnQ6IFRyYW5zcG9ydCwgc3RhZ2luZ0Rpcjogc3RyaW5nKTogRG9ja2VyLkNvbnRhaW5lckNyZWF0ZU9wdGlvbnMge1xuICBjb25zdCB7IHNwZWMgfSA9IG9wdHM7XG4gIGNvbnN0IG1vdW50czogRG9ja2VyLk1vdW50U2V0dGluZ3NbXSA9IFtcbiAgICAuLi50cmFuc3BvcnQubW91bnRzKHNwZWMsIHN0YWdpbmdEaXIpLFxuICAgIC4uLnNwZWMudm9sdW1lcy5tYXAoKHYpOiBEb2NrZXIuTW91bnRTZXR0aW5ncyA9PiAoeyBUeXBlOiAndm9sdW1lJywgU291cmNlOiB2Lm5hbWUsIFRhcmdldDogdi5jb250YWluZXJQYXRoLCBSZWFkT25seTogZmFsc2UgfSkpLFxuICBdO1xuICByZXR1cm4ge1xuICAgIG5hbWU6IG9wdHMubmFtZSA/PyBgZWJ1aWxkLWJ1aWxkZXItJHtvcHRzLmJ1aWxkSWR9YCxcbiAgICBJbWFnZTogc3BlYy5pbWFnZSxcbiAgICBFbnRyeXBvaW50OiBzcGVjLmVudHJ5cG9pbnQsXG4gICAgQ21kOiBzcGVjLmFyZ3YsXG4gICAgRW52OiBPYmplY3QuZW50cmllcyhzcGVjLmVudikubWFwKChbaywgdl0pID0+IGAke2t9PSR7dn1gKSxcbiAgICBMYWJlbHM6IHNwZWMubGFiZWxzLFxuICAgIFR0eTogc3BlYy50dHksXG4gICAgT3BlblN0ZGluOiBmYWxzZSxcbiAgICBBdHRhY2hTdGRvdXQ6IHRydWUsXG4gICAgQXR0YWNoU3RkZXJyOiB0cnVlLFxuICAgIEhvc3RDb25maWc6IHtcbiAgICAgIE1vdW50czogbW91bnRzLFxuICAgICAgVm9sdW1lc0Zyb206IHNwZWMudm9sdW1lc0Zyb20ubWFwKCh2KSA9PiBgJHt2LmNvbnRhaW5lcn06cm9gKSxcbiAgICAgIENhcEFkZDogc3BlYy5jYXBBZGQsXG4gICAgICBTZWN1cml0eU9wdDogc3BlYy5zZWN1cml0eU9wdCxcbiAgICAgIE5ldHdvcmtNb2RlOiBzcGVjLm5ldHdvcmssXG4gICAgICBJbml0OiBzcGVjLmluaXQgfHwgdW5kZWZpbmVkLFxuICAgICAgQXV0b1JlbW92ZTogZmFsc2UsXG4gICAgfSxcbiAgfTtcbn1cblxuYXN5bmMgZnVuY3Rpb24gY29sbGVjdChvcHRzOiBTdGFydEJ1aWxkT3B0aW9ucywgdHJhbnNwb3J0OiBUcmFuc3BvcnQsIGNvbnRhaW5lcjogRG9ja2VyLkNvbnRhaW5lciwgc3RhZ2luZ0Rpcjogc3RyaW5nLCBzdGFydGVkOiBudW1iZXIpOiBQcm9taXNlPHN0cmluZ1tdPiB7XG4gIGlmICghdHJhbnNwb3J0LnBhY2thZ2VzQm91bmQob3B0cy5zcGVjKSkge1xuICAgIGF3YWl0IGZzLm1rZGlyKHN0YWdpbmdEaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGNvbnN0IG5ld2VyVGhhbiA9IG9wdHMuc3BlYy5wYWNrYWdlc0RpcklzQ2FjaGUgPyBuZXcgRGF0ZShzdGFydGVkKSA6IHVuZGVmaW5lZDtcbiAgICBhd2FpdCB0cmFuc3BvcnQuZG93bmxvYWQoY29udGFpbmVyLCBvcHRzLnNwZWMucGFja2FnZXNEaXIsIHN0YWdpbmdEaXIsIHsgc3RyaXBGaXJzdDogdHJ1ZSwgbmV3ZXJUaGFuIH0pLmNhdGNoKChlKSA9PiB7XG4gICAgICB0aHJvdyBhc1VzZXJFcnJvcihlLCBvcHRzLmVuZ2luZSwgYGNvcHlpbmcgdGhlIHBhY2thZ2VzIG91dCBvZiAke29wdHMuc3BlYy5wYWNrYWdlc0Rpcn1gKTtcbiAgICB9KTtcbiAgfVxuICByZXR1cm4gY29sbGVjdEFydGlmYWN0cyhzdGFnaW5nRGlyLCBvcHRzLmFydGlmYWN0c0Rpcik7XG59XG5cbi8qKiBQb3J0YWdlIGtlZXBzIGJ1aWxkLmxvZyBvbmx5IGZvciBmYWlsZWQgYnVpbGRzOiBicmluZyBpdCBiYWNrIGJlc2lkZSBvdXIgbG9nIGFzIGA8bG9nPi5idWlsZC5sb2dgLiAqL1xuYXN5bmMgZnVuY3Rpb24gYnJpbmdCYWNrTG9ncyhvcHRzOiBTdGFydEJ1aWxkT3B0aW9ucywgdHJhbnNwb3J0OiBUcmFuc3BvcnQsIGNvbnRhaW5lcjogRG9ja2VyLkNvbnRhaW5lcik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBkaXIgPSBgJHtvcHRzLmxvZ1BhdGh9LmNvbnRhaW5lcmA7XG4gIHRyeSB7XG4gICAgZm9yIChjb25zdCBwIG9mIG9wdHMuc3BlYy5sb2dQYXRocykge1xuICAgICAgY29uc3QgZmlsZXMgPSBhd2FpdCB0cmFuc3BvcnQuZG93bmxvYWQoY29udGFpbmVyLCBwLCBkaXIsIHsgc3RyaXBGaXJzdDogZmFsc2UgfSk7XG4gICAgICBmb3IgKGNvbnN0IGYgb2YgZmlsZXMpIHtcbiAgICAgICAgY29uc3QgdGFyZ2V0ID0gb3B0cy5sb2dQYXRoLnJlcGxhY2UoL1xcLmxvZyQvLCAnJykgKyAoZmlsZXMubGVuZ3RoID09PSAxID8gJy5idWlsZC5sb2cnIDogYC4ke3BhdGguYmFzZW5hbWUoZil9YCk7XG4gICAgICAgIGF3YWl0IGZzLnJlbmFtZShmLCB0YXJnZXQpO1xuICAgICAgfVxuICAgIH1cbiAgfSBjYXRjaCB7XG4gICAgLy8gVGhlIGNvbnRhaW5lcidzIG93biBsb2dzIGFyZSBhIGJvbnVzOyBvdXIgbG9nIGFscmVhZHkgaGFzIGV2ZXJ5dGhpbmcgZW1lcmdlIHByaW50ZWQuXG4gIH0gZmluYWxseSB7XG4gICAgYXdhaXQgZnMucm0oZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIH1cbn1cblxuIl0sCiAgIm1hcHBpbmdzIjogIjs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFLQSxxQkFBa0Q7QUFDbEQsV0FBc0I7QUFDdEIseUJBQTRCO0FBSTVCLHVCQUE0QjtBQUM1QixxQkFBaUM7QUFDakMsMEJBQXdDO0FBRXhDLHVCQUErRDtBQUMvRCx1QkFBOEM7QUFnQjlDLE1BQU0sa0JBQWtCLE1BQU07QUFBQztBQUV4QixTQUFTLFdBQVcsTUFBc0M7QUFDL0QsUUFBTSxZQUFZLG9CQUFJLElBQTJCO0FBQ2pELFFBQU0sT0FBTyxDQUFDLE1BQWdCO0FBQzVCLGVBQVcsS0FBSyxXQUFXO0FBQ3pCLFVBQUk7QUFDRixVQUFFLENBQUM7QUFBQSxNQUNMLFFBQVE7QUFBQSxNQUVSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxNQUFJO0FBQ0osTUFBSSxrQkFBa0I7QUFDdEIsTUFBSTtBQUNKLFFBQU0sVUFBVSxLQUFLLElBQUk7QUFDekIsUUFBTSxZQUFZLEtBQUssYUFBYTtBQUNwQyxRQUFNLEVBQUUsUUFBUSxLQUFLLElBQUk7QUFDekIsUUFBTSxhQUFhLEtBQUssS0FBSyxLQUFLLGNBQWMsYUFBYSxLQUFLLE9BQU87QUFFekUsUUFBTSxrQkFBa0IsWUFBWTtBQUNsQyxRQUFJLENBQUMsVUFBVztBQUNoQixRQUFJO0FBQ0YsWUFBTSxVQUFVLE9BQU8sRUFBRSxPQUFPLE1BQU0sR0FBRyxNQUFNLENBQUM7QUFBQSxJQUNsRCxTQUFTLEdBQUc7QUFDVixVQUFJLEtBQUMsZ0NBQVcsQ0FBQyxLQUFNLEVBQThCLGVBQWUsSUFBSyxPQUFNO0FBQUEsSUFDakY7QUFBQSxFQUNGO0FBRUEsUUFBTSxTQUFTLE1BQXFCO0FBQ2xDLHNCQUFrQjtBQUNsQixvQkFBZ0IsWUFBWTtBQUMxQixVQUFJLENBQUMsVUFBVztBQUNoQixVQUFJO0FBQ0YsY0FBTSxVQUFVLEtBQUssRUFBRSxHQUFHLEtBQUssaUJBQWlCLENBQUM7QUFBQSxNQUNuRCxRQUFRO0FBQUEsTUFFUjtBQUNBLFlBQU0sZ0JBQWdCLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFBQSxJQUMvQyxHQUFHO0FBQ0gsV0FBTztBQUFBLEVBQ1Q7QUFDQSxRQUFNLGNBQWMsTUFBTTtBQUN4QixRQUFJLGdCQUFpQixPQUFNLElBQUksVUFBVTtBQUFBLEVBQzNDO0FBQ0EsUUFBTSxXQUFXLENBQUMsT0FBbUIsV0FBb0IsS0FBSyxFQUFFLE1BQU0sU0FBUyxPQUFPLE9BQU8sQ0FBQztBQUU5RixRQUFNLE1BQU0sWUFBa0M7QUFDNUMsVUFBTSxPQUFPLEVBQUUsT0FBTyxLQUFLLE9BQU8sTUFBTSxDQUFDLEdBQUksS0FBSyxjQUFjLENBQUMsR0FBSSxHQUFHLEtBQUssSUFBSSxFQUFFO0FBQ25GLFFBQUk7QUFDSixRQUFJO0FBQ0osUUFBSTtBQUNGLGVBQVMsV0FBVztBQUNwQixnQkFBTSw4QkFBWSxRQUFRLEtBQUssT0FBTyxJQUFJO0FBQzFDLGtCQUFZO0FBQ1osZ0JBQU0sZ0NBQWMsUUFBUSxLQUFLLFFBQVEsSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLENBQUM7QUFDM0QsaUJBQVcsTUFBTSxLQUFLLFlBQWEsV0FBTSxxQ0FBbUIsUUFBUSxHQUFHLFdBQVcsR0FBRyxPQUFPLElBQUk7QUFDaEcsa0JBQVk7QUFDWixZQUFNLGVBQUFBLFNBQUcsTUFBTSxLQUFLLFFBQVEsS0FBSyxPQUFPLEdBQUcsRUFBRSxXQUFXLEtBQUssQ0FBQztBQUM5RCxVQUFJLFVBQVUsY0FBYyxJQUFJLEVBQUcsT0FBTSxlQUFBQSxTQUFHLE1BQU0sWUFBWSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQ2pGLGtCQUFZLE1BQU0sT0FBTyxPQUFPLGdCQUFnQixjQUFjLE1BQU0sV0FBVyxVQUFVLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTTtBQUN2RyxrQkFBTSxpQ0FBWSxHQUFHLFFBQVEsdUNBQXVDLEtBQUssS0FBSyxFQUFFO0FBQUEsTUFDbEYsQ0FBQztBQUNELGtCQUFZO0FBQ1osZUFBUyxXQUFXO0FBQ3BCLFlBQU0sVUFBVSxPQUFPLFdBQVcsTUFBTSxDQUFDLE1BQU0sS0FBSyxFQUFFLE1BQU0sWUFBWSxXQUFXLFVBQVUsT0FBTyxFQUFFLE9BQU8sSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDO0FBQ3hILGtCQUFZO0FBRVosZ0JBQU0sa0NBQWtCLEtBQUssT0FBTztBQUNwQyxZQUFNLFVBQVU7QUFDaEIsWUFBTSxXQUFZLE1BQU0sVUFBVSxPQUFPLEVBQUUsUUFBUSxNQUFNLFFBQVEsTUFBTSxRQUFRLE1BQU0sTUFBTSxNQUFNLENBQUM7QUFDbEcsWUFBTSxRQUFRLElBQUksUUFBYyxDQUFDLFlBQVk7QUFDM0MsaUJBQVMsR0FBRyxPQUFPLE9BQU87QUFDMUIsaUJBQVMsR0FBRyxTQUFTLE9BQU87QUFDNUIsaUJBQVMsR0FBRyxTQUFTLE1BQU0sUUFBUSxDQUFDO0FBQUEsTUFDdEMsQ0FBQztBQUNELFlBQU0sVUFBVSxDQUFDLFdBQWdDO0FBQy9DLGNBQU0sS0FBSyxJQUFJLCtCQUFZO0FBQzNCLFdBQUcsR0FBRyxRQUFRLENBQUMsU0FBaUI7QUFDOUIsa0JBQVEsTUFBTSxJQUFJO0FBQ2xCLGVBQUssRUFBRSxNQUFNLFVBQVUsUUFBUSxLQUFLLENBQUM7QUFBQSxRQUN2QyxDQUFDO0FBQ0QsZUFBTztBQUFBLE1BQ1Q7QUFFQSxVQUFJLEtBQUssSUFBSyxVQUFTLEdBQUcsUUFBUSxDQUFDLE1BQWM7QUFBRSxnQkFBUSxNQUFNLENBQUM7QUFBRyxhQUFLLEVBQUUsTUFBTSxVQUFVLFFBQVEsVUFBVSxNQUFNLEVBQUUsQ0FBQztBQUFBLE1BQUcsQ0FBQztBQUFBLFVBQ3RILFFBQU8sT0FBTyxNQUFNLFlBQVksVUFBVSxRQUFRLFFBQVEsR0FBRyxRQUFRLFFBQVEsQ0FBQztBQUVuRixrQkFBWTtBQUNaLFlBQU0sVUFBVSxNQUFNO0FBQ3RCLGVBQVMsV0FBVyxLQUFLLEtBQUs7QUFDOUIsWUFBTSxTQUFVLE1BQU0sVUFBVSxLQUFLO0FBQ3JDLGlCQUFXLE9BQU87QUFFbEIsWUFBTSxRQUFRLEtBQUssQ0FBQyxPQUFPLElBQUksUUFBUSxDQUFDLE1BQU0sV0FBVyxHQUFHLEdBQUksQ0FBQyxDQUFDLENBQUM7QUFDbkUsa0JBQVk7QUFFWixlQUFTLFlBQVk7QUFDckIsWUFBTSxZQUFZLE1BQU0sUUFBUSxNQUFNLFdBQVcsV0FBVyxZQUFZLE9BQU87QUFDL0UsWUFBTSxTQUFTLGFBQWE7QUFDNUIsVUFBSSxPQUFRLE9BQU0sY0FBYyxNQUFNLFdBQVcsU0FBUztBQUMxRCxVQUFJLEVBQUUsVUFBVSxLQUFLLHdCQUF5QixPQUFNLGdCQUFnQjtBQUNwRSxZQUFNLFFBQVEsU0FBUyxXQUFXO0FBQ2xDLGVBQVMsT0FBTyxRQUFRLFFBQVEsRUFBRTtBQUNsQyxhQUFPLEVBQUUsR0FBRyxNQUFNLE9BQU8sVUFBVSxTQUFTLEtBQUssU0FBUyxXQUFXLFlBQVksS0FBSyxJQUFJLElBQUksU0FBUyxhQUFhLFVBQVUsR0FBRztBQUFBLElBQ25JLFNBQVMsR0FBRztBQUNWLFVBQUksYUFBYSxhQUFhLGlCQUFpQjtBQUM3QyxjQUFNLE9BQU87QUFDYixpQkFBUyxXQUFXO0FBQ3BCLGVBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxhQUFhLFVBQVUsU0FBUyxNQUFNLEtBQUssVUFBVSxRQUFXLFdBQVcsQ0FBQyxHQUFHLFlBQVksS0FBSyxJQUFJLElBQUksU0FBUyxhQUFhLFdBQVcsR0FBRztBQUFBLE1BQ3ZLO0FBQ0EsWUFBTSxZQUFRLDhCQUFZLENBQUMsSUFBSSxRQUFJLGlDQUFZLEdBQUcsUUFBUSxtQkFBbUI7QUFDN0UsWUFBTSxnQkFBZ0IsRUFBRSxNQUFNLE1BQU0sTUFBUztBQUM3QyxlQUFTLFNBQVMsTUFBTSxPQUFPO0FBQy9CLGFBQU8sRUFBRSxHQUFHLE1BQU0sT0FBTyxTQUFTLE9BQU8sVUFBVSxTQUFTLE1BQU0sS0FBSyxVQUFVLFFBQVcsV0FBVyxDQUFDLEdBQUcsWUFBWSxLQUFLLElBQUksSUFBSSxTQUFTLGFBQWEsV0FBVyxHQUFHO0FBQUEsSUFDMUssVUFBRTtBQUNBLFVBQUksSUFBSyxPQUFNLElBQUksUUFBYyxDQUFDLE1BQU0sSUFBSyxJQUFJLENBQUMsQ0FBQztBQUNuRCxZQUFNLGVBQUFBLFNBQUcsR0FBRyxZQUFZLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDLEVBQUUsTUFBTSxNQUFNLE1BQVM7QUFDL0UsWUFBTSxlQUFBQSxTQUFHLE1BQU0sS0FBSyxRQUFRLFVBQVUsQ0FBQyxFQUFFLE1BQU0sTUFBTSxNQUFTO0FBQUEsSUFDaEU7QUFBQSxFQUNGO0FBRUEsUUFBTSxPQUFPLElBQUk7QUFDakIsU0FBTztBQUFBLElBQ0wsSUFBSSxLQUFLO0FBQUEsSUFDVCxRQUFRLFVBQVU7QUFDaEIsZ0JBQVUsSUFBSSxRQUFRO0FBQ3RCLGFBQU8sTUFBTSxVQUFVLE9BQU8sUUFBUTtBQUFBLElBQ3hDO0FBQUEsSUFDQSxRQUFRLFlBQVk7QUFDbEIsWUFBTSxPQUFPO0FBQ2IsWUFBTTtBQUFBLElBQ1I7QUFBQSxJQUNBO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxjQUFjLE1BQXlCLFdBQXNCLFlBQW1EO0FBQ3ZILFFBQU0sRUFBRSxLQUFLLElBQUk7QUFDakIsUUFBTSxTQUFpQztBQUFBLElBQ3JDLEdBQUcsVUFBVSxPQUFPLE1BQU0sVUFBVTtBQUFBLElBQ3BDLEdBQUcsS0FBSyxRQUFRLElBQUksQ0FBQyxPQUE2QixFQUFFLE1BQU0sVUFBVSxRQUFRLEVBQUUsTUFBTSxRQUFRLEVBQUUsZUFBZSxVQUFVLE1BQU0sRUFBRTtBQUFBLEVBQ2pJO0FBQ0EsU0FBTztBQUFBLElBQ0wsTUFBTSxLQUFLLFFBQVEsa0JBQWtCLEtBQUssT0FBTztBQUFBLElBQ2pELE9BQU8sS0FBSztBQUFBLElBQ1osWUFBWSxLQUFLO0FBQUEsSUFDakIsS0FBSyxLQUFLO0FBQUEsSUFDVixLQUFLLE9BQU8sUUFBUSxLQUFLLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUU7QUFBQSxJQUN6RCxRQUFRLEtBQUs7QUFBQSxJQUNiLEtBQUssS0FBSztBQUFBLElBQ1YsV0FBVztBQUFBLElBQ1gsY0FBYztBQUFBLElBQ2QsY0FBYztBQUFBLElBQ2QsWUFBWTtBQUFBLE1BQ1YsUUFBUTtBQUFBLE1BQ1IsYUFBYSxLQUFLLFlBQVksSUFBSSxDQUFDLE1BQU0sR0FBRyxFQUFFLFNBQVMsS0FBSztBQUFBLE1BQzVELFFBQVEsS0FBSztBQUFBLE1BQ2IsYUFBYSxLQUFLO0FBQUEsTUFDbEIsYUFBYSxLQUFLO0FBQUEsTUFDbEIsTUFBTSxLQUFLLFFBQVE7QUFBQSxNQUNuQixZQUFZO0FBQUEsSUFDZDtBQUFBLEVBQ0Y7QUFDRjtBQUVBLGVBQWUsUUFBUSxNQUF5QixXQUFzQixXQUE2QixZQUFvQixTQUFvQztBQUN6SixNQUFJLENBQUMsVUFBVSxjQUFjLEtBQUssSUFBSSxHQUFHO0FBQ3ZDLFVBQU0sZUFBQUEsU0FBRyxNQUFNLFlBQVksRUFBRSxXQUFXLEtBQUssQ0FBQztBQUM5QyxVQUFNLFlBQVksS0FBSyxLQUFLLHFCQUFxQixJQUFJLEtBQUssT0FBTyxJQUFJO0FBQ3JFLFVBQU0sVUFBVSxTQUFTLFdBQVcsS0FBSyxLQUFLLGFBQWEsWUFBWSxFQUFFLFlBQVksTUFBTSxVQUFVLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTTtBQUNuSCxnQkFBTSxpQ0FBWSxHQUFHLEtBQUssUUFBUSwrQkFBK0IsS0FBSyxLQUFLLFdBQVcsRUFBRTtBQUFBLElBQzFGLENBQUM7QUFBQSxFQUNIO0FBQ0EsYUFBTyxpQ0FBaUIsWUFBWSxLQUFLLFlBQVk7QUFDdkQ7QUFHQSxlQUFlLGNBQWMsTUFBeUIsV0FBc0IsV0FBNEM7QUFDdEgsUUFBTSxNQUFNLEdBQUcsS0FBSyxPQUFPO0FBQzNCLE1BQUk7QUFDRixlQUFXLEtBQUssS0FBSyxLQUFLLFVBQVU7QUFDbEMsWUFBTSxRQUFRLE1BQU0sVUFBVSxTQUFTLFdBQVcsR0FBRyxLQUFLLEVBQUUsWUFBWSxNQUFNLENBQUM7QUFDL0UsaUJBQVcsS0FBSyxPQUFPO0FBQ3JCLGNBQU0sU0FBUyxLQUFLLFFBQVEsUUFBUSxVQUFVLEVBQUUsS0FBSyxNQUFNLFdBQVcsSUFBSSxlQUFlLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQztBQUM3RyxjQUFNLGVBQUFBLFNBQUcsT0FBTyxHQUFHLE1BQU07QUFBQSxNQUMzQjtBQUFBLElBQ0Y7QUFBQSxFQUNGLFFBQVE7QUFBQSxFQUVSLFVBQUU7QUFDQSxVQUFNLGVBQUFBLFNBQUcsR0FBRyxLQUFLLEVBQUUsV0FBVyxNQUFNLE9BQU8sS0FBSyxDQUFDO0FBQUEsRUFDbkQ7QUFDRjsiLAogICJuYW1lcyI6IFsiZnMiXQp9Cg==
