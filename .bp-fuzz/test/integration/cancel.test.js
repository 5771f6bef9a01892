"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var import_node_test = require("node:test");
var import_strict = __toESM(require("node:assert/strict"));
var import_node_fs = require("node:fs");
var path = __toESM(require("node:path"));
var import_buildEbuild = require("../../src/docker/buildEbuild");
var import_standins = require("./standins");
(0, import_node_test.test)("cancel mid-build: the container is gone within the grace period, no partial artifacts", async () => {
  const ws = (0, import_standins.sampleWorkspace)();
  const { handle, spec } = await (0, import_buildEbuild.prepareBuild)(path.join(ws, "app-misc/hello/hello-1.0.ebuild"), {
    workspaceFolders: [ws],
    config: (0, import_standins.standinConfig)({ stopGraceSeconds: 2 }, "0.05"),
    profile: "sabayon"
  });
  let containerName = "";
  const running = new Promise((resolve) => handle.onEvent((e) => {
    if (e.type === "output") resolve();
  }));
  await running;
  const list = await (0, import_standins.builderContainers)();
  containerName = list.find((c) => c.Labels["ebuild-builder.build"] === spec.labels["ebuild-builder.build"])?.Names[0] ?? "";
  import_strict.default.ok(containerName, "the build container runs while output streams");
  const t0 = Date.now();
  await handle.cancel();
  const elapsed = Date.now() - t0;
  const result = await handle.done;
  import_strict.default.equal(result.state, "cancelled");
  import_strict.default.ok(elapsed < (2 + 5) * 1e3, `cancel took ${elapsed} ms`);
  const left = await (0, import_standins.builderContainers)();
  import_strict.default.ok(!left.some((c) => c.Names[0] === containerName), "the container was removed");
  import_strict.default.ok(!(0, import_node_fs.existsSync)(path.join(ws, "artifacts", "app-misc")), "no partial artifacts");
});
(0, import_node_test.test)("100 builds cancelled at random moments leave 0 containers with the label", async () => {
  const ws = (0, import_standins.sampleWorkspace)();
  const config = (0, import_standins.standinConfig)({ stopGraceSeconds: 1 }, "0.01");
  const count = Number(process.env.CANCEL_COUNT ?? 100);
  const parallel = 4;
  const outcomes = {};
  let next = 0;
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  async function worker() {
    while (next < count) {
      next++;
      const delay = Math.floor(rand() * 1500);
      const pkg = ["hello", "dies", "broken", "needs-ssl"][Math.floor(rand() * 4)];
      const { handle } = await (0, import_buildEbuild.prepareBuild)(path.join(ws, `app-misc/${pkg}/${pkg}-1.0.ebuild`), { workspaceFolders: [ws], config, profile: rand() < 0.5 ? "sabayon" : "gentoo" });
      const timer = setTimeout(() => void handle.cancel(), delay);
      const result = await handle.done;
      clearTimeout(timer);
      outcomes[result.state] = (outcomes[result.state] ?? 0) + 1;
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  import_strict.default.equal(await (0, import_standins.builderContainers)().then((l) => l.length), 0, `left containers after ${JSON.stringify(outcomes)}`);
  import_strict.default.ok((outcomes.cancelled ?? 0) > count / 4, `most builds were cancelled: ${JSON.stringify(outcomes)}`);
  import_strict.default.ok(!(0, import_node_fs.readdirSync)(path.join(ws, "artifacts")).includes(".incoming"), "no staging folders left");
  await (0, import_standins.docker)().ping();
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9jYW5jZWwudGVzdC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLyoqIENhbmNlbGxpbmcgYnVpbGRzIG9uIHRoZSByZWFsIGRvY2tlcmQ6IG5vdGhpbmcgbWF5IGJlIGxlZnQgYmVoaW5kLCB3aGF0ZXZlciB0aGUgbW9tZW50LiAqL1xuaW1wb3J0IHsgdGVzdCB9IGZyb20gJ25vZGU6dGVzdCc7XG5pbXBvcnQgYXNzZXJ0IGZyb20gJ25vZGU6YXNzZXJ0L3N0cmljdCc7XG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkZGlyU3luYyB9IGZyb20gJ25vZGU6ZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdub2RlOnBhdGgnO1xuaW1wb3J0IHsgcHJlcGFyZUJ1aWxkIH0gZnJvbSAnLi4vLi4vc3JjL2RvY2tlci9idWlsZEVidWlsZCc7XG5pbXBvcnQgeyBidWlsZGVyQ29udGFpbmVycywgZG9ja2VyLCBzYW1wbGVXb3Jrc3BhY2UsIHN0YW5kaW5Db25maWcgfSBmcm9tICcuL3N0YW5kaW5zJztcblxudGVzdCgnY2FuY2VsIG1pZC1idWlsZDogdGhlIGNvbnRhaW5lciBpcyBnb25lIHdpdGhpbiB0aGUgZ3JhY2UgcGVyaW9kLCBubyBwYXJ0aWFsIGFydGlmYWN0cycsIGFzeW5jICgpID0+IHtcbiAgY29uc3Qgd3MgPSBzYW1wbGVXb3Jrc3BhY2UoKTtcbiAgY29uc3QgeyBoYW5kbGUsIHNwZWMgfSA9IGF3YWl0IHByZXBhcmVCdWlsZChwYXRoLmpvaW4od3MsICdhcHAtbWlzYy9oZWxsby9oZWxsby0xLjAuZWJ1aWxkJyksIHtcbiAgICB3b3Jrc3BhY2VGb2xkZXJzOiBbd3NdLCBjb25maWc6IHN0YW5kaW5Db25maWcoeyBzdG9wR3JhY2VTZWNvbmRzOiAyIH0sICcwLjA1JyksIHByb2ZpbGU6ICdzYWJheW9uJyxcbiAgfSk7XG4gIGxldCBjb250YWluZXJOYW1lID0gJyc7XG4gIGNvbnN0IHJ1bm5pbmcgPSBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4gaGFuZGxlLm9uRXZlbnQoKGUpID0+IHsgaWYgKGUudHlwZSA9PT0gJ291dHB1dCcpIHJlc29sdmUoKTsgfSkpO1xuICBhd2FpdCBydW5uaW5nO1xuICBjb25zdCBsaXN0ID0gYXdhaXQgYnVpbGRlckNvbnRhaW5lcnMoKTtcbiAgY29udGFpbmVyTmFtZSA9IGxpc3QuZmluZCgoYykgPT4gYy5MYWJlbHNbJ2VidWlsZC1idWlsZGVyLmJ1aWxkJ10gPT09IHNwZWMubGFiZWxzWydlYnVpbGQtYnVpbGRlci5idWlsZCddKT8uTmFtZXNbMF0gPz8gJyc7XG4gIGFzc2VydC5vayhjb250YWluZXJOYW1lLCAndGhlIGJ1aWxkIGNvbnRhaW5lciBydW5zIHdoaWxlIG91dHB1dCBzdHJlYW1zJyk7XG4gIGNvbnN0IHQwID0gRGF0ZS5ub3coKTtcbiAgYXdhaXQgaGFuZGxlLmNhbmNlbCgpO1xuICBjb25zdCBlbGFwc2VkID0gRGF0ZS5ub3coKSAtIHQwO1xuICBjb25zdCByZXN1bHQgPSBhd2FpdCBoYW5kbGUuZG9uZTtcbiAgYXNzZXJ0LmVxdWFsKHJlc3VsdC5zdGF0ZSwgJ2NhbmNlbGxlZCcpO1xuICBhc3NlcnQub2soZWxhcHNlZCA8ICgyICsgNSkgKiAxMDAwLCBgY2FuY2VsIHRvb2sgJHtlbGFwc2VkfSBtc2ApO1xuICBjb25zdCBsZWZ0ID0gYXdhaXQgYnVpbGRlckNvbnRhaW5lcnMoKTtcbiAgYXNzZXJ0Lm9rKCFsZWZ0LnNvbWUoKGMpID0+IGMuTmFtZXNbMF0gPT09IGNvbnRhaW5lck5hbWUpLCAndGhlIGNvbnRhaW5lciB3YXMgcmVtb3ZlZCcpO1xuICBhc3NlcnQub2soIWV4aXN0c1N5bmMocGF0aC5qb2luKHdzLCAnYXJ0aWZhY3RzJywgJ2FwcC1taXNjJykpLCAnbm8gcGFydGlhbCBhcnRpZmFjdHMnKTtcbn0pO1xuXG50ZXN0KCcxMDAgYnVpbGRzIGNhbmNlbGxlZCBhdCByYW5kb20gbW9tZW50cyBsZWF2ZSAwIGNvbnRhaW5lcnMgd2l0aCB0aGUgbGFiZWwnLCBhc3luYyAoKSA9PiB7XG4gIGNvbnN0IHdzID0gc2FtcGxlV29ya3NwYWNlKCk7XG4gIGNvbnN0IGNvbmZpZyA9IHN0YW5kaW5Db25maWcoeyBzdG9wR3JhY2VTZWNvbmRzOiAxIH0sICcwLjAxJyk7XG4gIGNvbnN0IGNvdW50ID0gTnVtYmVyKHByb2Nlc3MuZW52LkNBTkNFTF9DT1VOVCA/PyAxMDApO1xuICBjb25zdCBwYXJhbGxlbCA9IDQ7XG4gIGNvbnN0IG91dGNvbWVzOiBSZWNvcmQ8c3RyaW5nLCBudW1iZXI+ID0ge307XG4gIGxldCBuZXh0ID0gMDtcbiAgLy8gQSBmaXhlZC1zZWVkIGdlbmVyYXRvciBzbyBhIGZhaWx1cmUgY2FuIGJlIHJlcGxheWVkLlxuICBsZXQgc2VlZCA9IDQyO1xuICBjb25zdCByYW5kID0gKCkgPT4gKChzZWVkID0gKHNlZWQgKiAxMTAzNTE1MjQ1ICsgMTIzNDUpICUgMiAqKiAzMSkgLyAyICoqIDMxKTtcbiAgYXN5bmMgZnVuY3Rpb24gd29ya2VyKCkge1xuICAgIHdoaWxlIChuZXh0IDwgY291bnQpIHtcbiAgICAgIG5leHQrKztcbiAgICAgIGNvbnN0IGRlbGF5ID0gTWF0aC5mbG9vcihyYW5kKCkgKiAxNTAwKTtcbiAgICAgIGNvbnN0IHBrZyA9IFsnaGVsbG8nLCAnZGllcycsICdicm9rZW4nLCAnbmVlZHMtc3NsJ11bTWF0aC5mbG9vcihyYW5kKCkgKiA0KV07XG4gICAgICBjb25zdCB7IGhhbmRsZSB9ID0gYXdhaXQgcHJlcGFyZUJ1aWxkKHBhdGguam9pbih3cywgYGFwcC1taXNjLyR7cGtnfS8ke3BrZ30tMS4wLmVidWlsZGApLCB7IHdvcmtzcGFjZUZvbGRlcnM6IFt3c10sIGNvbmZpZywgcHJvZmlsZTogcmFuZCgpIDwgMC41ID8gJ3NhYmF5b24nIDogJ2dlbnRvbycgfSk7XG4gICAgICBjb25zdCB0aW1lciA9IHNldFRpbWVvdXQoKCkgPT4gdm9pZCBoYW5kbGUuY2FuY2VsKCksIGRlbGF5KTtcbiAgICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IGhhbmRsZS5kb25lO1xuICAgICAgY2xlYXJUaW1lb3V0KHRpbWVyKTtcbiAgICAgIG91dGNvbWVzW3Jlc3VsdC5zdGF0ZV0gPSAob3V0Y29tZXNbcmVzdWx0LnN0YXRlXSA/PyAwKSArIDE7XG4gICAgfVxuICB9XG4gIGF3YWl0IFByb21pc2UuYWxsKEFycmF5LmZyb20oeyBsZW5ndGg6IHBhcmFsbGVsIH0sIHdvcmtlcikpO1xuICBhc3NlcnQuZXF1YWwoYXdhaXQgYnVpbGRlckNvbnRhaW5lcnMoKS50aGVuKChsKSA9PiBsLmxlbmd0aCksIDAsIGBsZWZ0IGNvbnRhaW5lcnMgYWZ0ZXIgJHtKU09OLnN0cmluZ2lmeShvdXRjb21lcyl9YCk7XG4gIGFzc2VydC5vaygob3V0Y29tZXMuY2FuY2VsbGVkID8/IDApID4gY291bnQgLyA0LCBgbW9zdCBidWlsZHMgd2VyZSBjYW5jZWxsZWQ6ICR7SlNPTi5zdHJpbmdpZnkob3V0Y29tZXMpfWApO1xuICBhc3NlcnQub2soIXJlYWRkaXJTeW5jKHBhdGguam9pbih3cywgJ2FydGlmYWN0cycpKS5pbmNsdWRlcygnLmluY29taW5nJyksICdubyBzdGFnaW5nIGZvbGRlcnMgbGVmdCcpO1xuICAvLyBUaGUgZW5naW5lIGl0c2VsZiBpcyBzdGlsbCBmaW5lLlxuICBhd2FpdCBkb2NrZXIoKS5waW5nKCk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQ0EsdUJBQXFCO0FBQ3JCLG9CQUFtQjtBQUNuQixxQkFBd0M7QUFDeEMsV0FBc0I7QUFDdEIseUJBQTZCO0FBQzdCLHNCQUEwRTtBQUFBLElBRTFFLHVCQUFLLHlGQUF5RixZQUFZO0FBQ3hHLFFBQU0sU0FBSyxpQ0FBZ0I7QUFDM0IsUUFBTSxFQUFFLFFBQVEsS0FBSyxJQUFJLFVBQU0saUNBQWEsS0FBSyxLQUFLLElBQUksaUNBQWlDLEdBQUc7QUFBQSxJQUM1RixrQkFBa0IsQ0FBQyxFQUFFO0FBQUEsSUFBRyxZQUFRLCtCQUFjLEVBQUUsa0JBQWtCLEVBQUUsR0FBRyxNQUFNO0FBQUEsSUFBRyxTQUFTO0FBQUEsRUFDM0YsQ0FBQztBQUNELE1BQUksZ0JBQWdCO0FBQ3BCLFFBQU0sVUFBVSxJQUFJLFFBQWMsQ0FBQyxZQUFZLE9BQU8sUUFBUSxDQUFDLE1BQU07QUFBRSxRQUFJLEVBQUUsU0FBUyxTQUFVLFNBQVE7QUFBQSxFQUFHLENBQUMsQ0FBQztBQUM3RyxRQUFNO0FBQ04sUUFBTSxPQUFPLFVBQU0sbUNBQWtCO0FBQ3JDLGtCQUFnQixLQUFLLEtBQUssQ0FBQyxNQUFNLEVBQUUsT0FBTyxzQkFBc0IsTUFBTSxLQUFLLE9BQU8sc0JBQXNCLENBQUMsR0FBRyxNQUFNLENBQUMsS0FBSztBQUN4SCxnQkFBQUEsUUFBTyxHQUFHLGVBQWUsK0NBQStDO0FBQ3hFLFFBQU0sS0FBSyxLQUFLLElBQUk7QUFDcEIsUUFBTSxPQUFPLE9BQU87QUFDcEIsUUFBTSxVQUFVLEtBQUssSUFBSSxJQUFJO0FBQzdCLFFBQU0sU0FBUyxNQUFNLE9BQU87QUFDNUIsZ0JBQUFBLFFBQU8sTUFBTSxPQUFPLE9BQU8sV0FBVztBQUN0QyxnQkFBQUEsUUFBTyxHQUFHLFdBQVcsSUFBSSxLQUFLLEtBQU0sZUFBZSxPQUFPLEtBQUs7QUFDL0QsUUFBTSxPQUFPLFVBQU0sbUNBQWtCO0FBQ3JDLGdCQUFBQSxRQUFPLEdBQUcsQ0FBQyxLQUFLLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sYUFBYSxHQUFHLDJCQUEyQjtBQUN0RixnQkFBQUEsUUFBTyxHQUFHLEtBQUMsMkJBQVcsS0FBSyxLQUFLLElBQUksYUFBYSxVQUFVLENBQUMsR0FBRyxzQkFBc0I7QUFDdkYsQ0FBQztBQUFBLElBRUQsdUJBQUssNEVBQTRFLFlBQVk7QUFDM0YsUUFBTSxTQUFLLGlDQUFnQjtBQUMzQixRQUFNLGFBQVMsK0JBQWMsRUFBRSxrQkFBa0IsRUFBRSxHQUFHLE1BQU07QUFDNUQsUUFBTSxRQUFRLE9BQU8sUUFBUSxJQUFJLGdCQUFnQixHQUFHO0FBQ3BELFFBQU0sV0FBVztBQUNqQixRQUFNLFdBQW1DLENBQUM7QUFDMUMsTUFBSSxPQUFPO0FBRVgsTUFBSSxPQUFPO0FBQ1gsUUFBTSxPQUFPLE9BQVEsUUFBUSxPQUFPLGFBQWEsU0FBUyxLQUFLLE1BQU0sS0FBSztBQUMxRSxpQkFBZSxTQUFTO0FBQ3RCLFdBQU8sT0FBTyxPQUFPO0FBQ25CO0FBQ0EsWUFBTSxRQUFRLEtBQUssTUFBTSxLQUFLLElBQUksSUFBSTtBQUN0QyxZQUFNLE1BQU0sQ0FBQyxTQUFTLFFBQVEsVUFBVSxXQUFXLEVBQUUsS0FBSyxNQUFNLEtBQUssSUFBSSxDQUFDLENBQUM7QUFDM0UsWUFBTSxFQUFFLE9BQU8sSUFBSSxVQUFNLGlDQUFhLEtBQUssS0FBSyxJQUFJLFlBQVksR0FBRyxJQUFJLEdBQUcsYUFBYSxHQUFHLEVBQUUsa0JBQWtCLENBQUMsRUFBRSxHQUFHLFFBQVEsU0FBUyxLQUFLLElBQUksTUFBTSxZQUFZLFNBQVMsQ0FBQztBQUMxSyxZQUFNLFFBQVEsV0FBVyxNQUFNLEtBQUssT0FBTyxPQUFPLEdBQUcsS0FBSztBQUMxRCxZQUFNLFNBQVMsTUFBTSxPQUFPO0FBQzVCLG1CQUFhLEtBQUs7QUFDbEIsZUFBUyxPQUFPLEtBQUssS0FBSyxTQUFTLE9BQU8sS0FBSyxLQUFLLEtBQUs7QUFBQSxJQUMzRDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFFBQVEsSUFBSSxNQUFNLEtBQUssRUFBRSxRQUFRLFNBQVMsR0FBRyxNQUFNLENBQUM7QUFDMUQsZ0JBQUFBLFFBQU8sTUFBTSxVQUFNLG1DQUFrQixFQUFFLEtBQUssQ0FBQyxNQUFNLEVBQUUsTUFBTSxHQUFHLEdBQUcseUJBQXlCLEtBQUssVUFBVSxRQUFRLENBQUMsRUFBRTtBQUNwSCxnQkFBQUEsUUFBTyxJQUFJLFNBQVMsYUFBYSxLQUFLLFFBQVEsR0FBRywrQkFBK0IsS0FBSyxVQUFVLFFBQVEsQ0FBQyxFQUFFO0FBQzFHLGdCQUFBQSxRQUFPLEdBQUcsS0FBQyw0QkFBWSxLQUFLLEtBQUssSUFBSSxXQUFXLENBQUMsRUFBRSxTQUFTLFdBQVcsR0FBRyx5QkFBeUI7QUFFbkcsWUFBTSx3QkFBTyxFQUFFLEtBQUs7QUFDdEIsQ0FBQzsiLAogICJuYW1lcyI6IFsiYXNzZXJ0Il0KfQo=
