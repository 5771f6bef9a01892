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
var lspClient_exports = {};
__export(lspClient_exports, {
  LspProcess: () => LspProcess
});
module.exports = __toCommonJS(lspClient_exports);
var import_node_child_process = require("node:child_process");
var import_node = require("vscode-jsonrpc/node");
class LspProcess {
  published = [];
  waiters = [];
  connection;
  child;
  stderr = "";
  constructor(command, args) {
    this.child = (0, import_node_child_process.spawn)(command, args, { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr?.setEncoding("utf8").on("data", (d) => this.stderr += d);
    if (!this.child.stdout || !this.child.stdin) throw new Error("no stdio");
    this.connection = (0, import_node.createMessageConnection)(new import_node.StreamMessageReader(this.child.stdout), new import_node.StreamMessageWriter(this.child.stdin));
    this.connection.onNotification("textDocument/publishDiagnostics", (p) => {
      this.published.push(p);
      this.waiters.splice(0).forEach((w) => w());
    });
    this.connection.onRequest("workspace/configuration", (p) => p.items.map(() => null));
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onNotification(() => void 0);
    this.connection.listen();
  }
  /** Resolves with the first diagnostics published (from now or already) for which `accept` is true. */
  waitForDiagnostics(accept, timeoutMs = 2e4, from = 0) {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no matching diagnostics within ${timeoutMs} ms; got ${JSON.stringify(this.published.slice(-3)).slice(0, 2e3)}
${this.stderr}`)), timeoutMs);
      const check = () => {
        const hit = this.published.slice(from).find(accept);
        if (hit) {
          clearTimeout(deadline);
          resolve(hit);
        } else this.waiters.push(check);
      };
      check();
    });
  }
  async initialize(rootPath, initializationOptions) {
    const rootUri = `file://${rootPath}`;
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "root" }],
      initializationOptions,
      capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: { contentFormat: ["markdown"] } } }
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }
  open(uri, text, languageId = "ebuild") {
    return this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }
  async stop() {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2e3))]);
      await this.connection.sendNotification("exit");
    } catch {
    }
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.pid) this.child.kill();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  LspProcess
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vdGVzdC9pbnRlZ3JhdGlvbi9sc3BDbGllbnQudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBBIHNtYWxsIEpTT04tUlBDIGNsaWVudCBmb3IgZHJpdmluZyB0aGUgbGFuZ3VhZ2Ugc2VydmVyIG92ZXIgc3RkaW8gaW4gdGVzdHMgYW5kIGJlbmNobWFya3MuICovXG5pbXBvcnQgeyBDaGlsZFByb2Nlc3MsIHNwYXduIH0gZnJvbSAnbm9kZTpjaGlsZF9wcm9jZXNzJztcbmltcG9ydCB7IGNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uLCBNZXNzYWdlQ29ubmVjdGlvbiwgU3RyZWFtTWVzc2FnZVJlYWRlciwgU3RyZWFtTWVzc2FnZVdyaXRlciB9IGZyb20gJ3ZzY29kZS1qc29ucnBjL25vZGUnO1xuXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hlZERpYWdub3N0aWNzIHtcbiAgdXJpOiBzdHJpbmc7XG4gIHZlcnNpb24/OiBudW1iZXI7XG4gIGRpYWdub3N0aWNzOiB7IHJhbmdlOiB7IHN0YXJ0OiB7IGxpbmU6IG51bWJlcjsgY2hhcmFjdGVyOiBudW1iZXIgfTsgZW5kOiB7IGxpbmU6IG51bWJlcjsgY2hhcmFjdGVyOiBudW1iZXIgfSB9OyBtZXNzYWdlOiBzdHJpbmc7IGNvZGU/OiBzdHJpbmcgfCBudW1iZXI7IHNvdXJjZT86IHN0cmluZzsgc2V2ZXJpdHk/OiBudW1iZXIgfVtdO1xufVxuXG5leHBvcnQgY2xhc3MgTHNwUHJvY2VzcyB7XG4gIHJlYWRvbmx5IHB1Ymxpc2hlZDogUHVibGlzaGVkRGlhZ25vc3RpY3NbXSA9IFtdO1xuICBwcml2YXRlIHdhaXRlcnM6ICgoKSA9PiB2b2lkKVtdID0gW107XG4gIHJlYWRvbmx5IGNvbm5lY3Rpb246IE1lc3NhZ2VDb25uZWN0aW9uO1xuICByZWFkb25seSBjaGlsZDogQ2hpbGRQcm9jZXNzO1xuICBzdGRlcnIgPSAnJztcblxuICBjb25zdHJ1Y3Rvcihjb21tYW5kOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdKSB7XG4gICAgdGhpcy5jaGlsZCA9IHNwYXduKGNvbW1hbmQsIGFyZ3MsIHsgc3RkaW86IFsncGlwZScsICdwaXBlJywgJ3BpcGUnXSB9KTtcbiAgICB0aGlzLmNoaWxkLnN0ZGVycj8uc2V0RW5jb2RpbmcoJ3V0ZjgnKS5vbignZGF0YScsIChkOiBzdHJpbmcpID0+ICh0aGlzLnN0ZGVyciArPSBkKSk7XG4gICAgaWYgKCF0aGlzLmNoaWxkLnN0ZG91dCB8fCAhdGhpcy5jaGlsZC5zdGRpbikgdGhyb3cgbmV3IEVycm9yKCdubyBzdGRpbycpO1xuICAgIHRoaXMuY29ubmVjdGlvbiA9IGNyZWF0ZU1lc3NhZ2VDb25uZWN0aW9uKG5ldyBTdHJlYW1NZXNzYWdlUmVhZGVyKHRoaXMuY2hpbGQuc3Rkb3V0KSwgbmV3IFN0cmVhbU1lc3NhZ2VXcml0ZXIodGhpcy5jaGlsZC5zdGRpbikpO1xuICAgIHRoaXMuY29ubmVjdGlvbi5vbk5vdGlmaWNhdGlvbigndGV4dERvY3VtZW50L3B1Ymxpc2hEaWFnbm9zdGljcycsIChwOiBQdWJsaXNoZWREaWFnbm9zdGljcykgPT4ge1xuICAgICAgdGhpcy5wdWJsaXNoZWQucHVzaChwKTtcbiAgICAgIHRoaXMud2FpdGVycy5zcGxpY2UoMCkuZm9yRWFjaCgodykgPT4gdygpKTtcbiAgICB9KTtcbiAgICAvLyBiYXNoLWxhbmd1YWdlLXNlcnZlciBhc2tzIGZvciBjb25maWd1cmF0aW9uIGFuZCByZWdpc3RyYXRpb25zOyBhbnN3ZXIgbGlrZSBhIHBsYWluIGNsaWVudFxuICAgIHRoaXMuY29ubmVjdGlvbi5vblJlcXVlc3QoJ3dvcmtzcGFjZS9jb25maWd1cmF0aW9uJywgKHA6IHsgaXRlbXM6IHVua25vd25bXSB9KSA9PiBwLml0ZW1zLm1hcCgoKSA9PiBudWxsKSk7XG4gICAgdGhpcy5jb25uZWN0aW9uLm9uUmVxdWVzdCgnY2xpZW50L3JlZ2lzdGVyQ2FwYWJpbGl0eScsICgpID0+IG51bGwpO1xuICAgIHRoaXMuY29ubmVjdGlvbi5vblJlcXVlc3QoJ3dpbmRvdy93b3JrRG9uZVByb2dyZXNzL2NyZWF0ZScsICgpID0+IG51bGwpO1xuICAgIHRoaXMuY29ubmVjdGlvbi5vbk5vdGlmaWNhdGlvbigoKSA9PiB1bmRlZmluZWQpO1xuICAgIHRoaXMuY29ubmVjdGlvbi5saXN0ZW4oKTtcbiAgfVxuXG4gIC8qKiBSZXNvbHZlcyB3aXRoIHRoZSBmaXJzdCBkaWFnbm9zdGljcyBwdWJsaXNoZWQgKGZyb20gbm93IG9yIGFscmVhZHkpIGZvciB3aGljaCBgYWNjZXB0YCBpcyB0cnVlLiAqL1xuICB3YWl0Rm9yRGlhZ25vc3RpY3MoYWNjZXB0OiAocDogUHVibGlzaGVkRGlhZ25vc3RpY3MpID0+IGJvb2xlYW4sIHRpbWVvdXRNcyA9IDIwMDAwLCBmcm9tID0gMCk6IFByb21pc2U8UHVibGlzaGVkRGlhZ25vc3RpY3M+IHtcbiAgICByZXR1cm4gbmV3IFByb21pc2UoKHJlc29sdmUsIHJlamVjdCkgPT4ge1xuICAgICAgY29uc3QgZGVhZGxpbmUgPSBzZXRUaW1lb3V0KCgpID0+IHJlamVjdChuZXcgRXJyb3IoYG5vIG1hdGNoaW5nIGRpYWdub3N0aWNzIHdpdGhpbiAke3RpbWVvdXRNc30gbXM7IGdvdCAke0pTT04uc3RyaW5naWZ5KHRoaXMucHVibGlzaGVkLnNsaWNlKC0zKSkuc2xpY2UoMCwgMjAwMCl9XFxuJHt0aGlzLnN0ZGVycn1gKSksIHRpbWVvdXRNcyk7XG4gICAgICBjb25zdCBjaGVjayA9ICgpID0+IHtcbiAgICAgICAgY29uc3QgaGl0ID0gdGhpcy5wdWJsaXNoZWQuc2xpY2UoZnJvbSkuZmluZChhY2NlcHQpO1xuICAgICAgICBpZiAoaGl0KSB7XG4gICAgICAgICAgY2xlYXJUaW1lb3V0KGRlYWRsaW5lKTtcbiAgICAgICAgICByZXNvbHZlKGhpdCk7XG4gICAgICAgIH0gZWxzZSB0aGlzLndhaXRlcnMucHVzaChjaGVjayk7XG4gICAgICB9O1xuICAgICAgY2hlY2soKTtcbiAgICB9KTtcbiAgfVxuXG4gIGFzeW5jIGluaXRpYWxpemUocm9vdFBhdGg6IHN0cmluZywgaW5pdGlhbGl6YXRpb25PcHRpb25zOiB1bmtub3duKTogUHJvbWlzZTx1bmtub3duPiB7XG4gICAgY29uc3Qgcm9vdFVyaSA9IGBmaWxlOi8vJHtyb290UGF0aH1gO1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHRoaXMuY29ubmVjdGlvbi5zZW5kUmVxdWVzdCgnaW5pdGlhbGl6ZScsIHtcbiAgICAgIHByb2Nlc3NJZDogcHJvY2Vzcy5waWQsIHJvb3RVcmksIHdvcmtzcGFjZUZvbGRlcnM6IFt7IHVyaTogcm9vdFVyaSwgbmFtZTogJ3Jvb3QnIH1dLCBpbml0aWFsaXphdGlvbk9wdGlvbnMsXG4gICAgICBjYXBhYmlsaXRpZXM6IHsgdGV4dERvY3VtZW50OiB7IHB1Ymxpc2hEaWFnbm9zdGljczoge30sIGNvbXBsZXRpb246IHsgY29tcGxldGlvbkl0ZW06IHsgc25pcHBldFN1cHBvcnQ6IHRydWUgfSB9LCBob3ZlcjogeyBjb250ZW50Rm9ybWF0OiBbJ21hcmtkb3duJ10gfSB9IH0sXG4gICAgfSk7XG4gICAgYXdhaXQgdGhpcy5jb25uZWN0aW9uLnNlbmROb3RpZmljYXRpb24oJ2luaXRpYWxpemVkJywge30pO1xuICAgIHJldHVybiByZXN1bHQ7XG4gIH1cblxuICBvcGVuKHVyaTogc3RyaW5nLCB0ZXh0OiBzdHJpbmcsIGxhbmd1YWdlSWQgPSAnZWJ1aWxkJyk6IFByb21pc2U8dm9pZD4ge1xuICAgIHJldHVybiB0aGlzLmNvbm5lY3Rpb24uc2VuZE5vdGlmaWNhdGlvbigndGV4dERvY3VtZW50L2RpZE9wZW4nLCB7IHRleHREb2N1bWVudDogeyB1cmksIGxhbmd1YWdlSWQsIHZlcnNpb246IDEsIHRleHQgfSB9KTtcbiAgfVxuXG4gIGFzeW5jIHN0b3AoKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IFByb21pc2UucmFjZShbdGhpcy5jb25uZWN0aW9uLnNlbmRSZXF1ZXN0KCdzaHV0ZG93bicpLCBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCAyMDAwKSldKTtcbiAgICAgIGF3YWl0IHRoaXMuY29ubmVjdGlvbi5zZW5kTm90aWZpY2F0aW9uKCdleGl0Jyk7XG4gICAgfSBjYXRjaCB7XG4gICAgICAvKiBhbHJlYWR5IGdvbmUgKi9cbiAgICB9XG4gICAgdGhpcy5jb25uZWN0aW9uLmRpc3Bvc2UoKTtcbiAgICBpZiAodGhpcy5jaGlsZC5leGl0Q29kZSA9PT0gbnVsbCAmJiB0aGlzLmNoaWxkLnBpZCkgdGhpcy5jaGlsZC5raWxsKCk7XG4gIH1cbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFDQSxnQ0FBb0M7QUFDcEMsa0JBQXFHO0FBUTlGLE1BQU0sV0FBVztBQUFBLEVBQ2IsWUFBb0MsQ0FBQztBQUFBLEVBQ3RDLFVBQTBCLENBQUM7QUFBQSxFQUMxQjtBQUFBLEVBQ0E7QUFBQSxFQUNULFNBQVM7QUFBQSxFQUVULFlBQVksU0FBaUIsTUFBZ0I7QUFDM0MsU0FBSyxZQUFRLGlDQUFNLFNBQVMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxRQUFRLFFBQVEsTUFBTSxFQUFFLENBQUM7QUFDckUsU0FBSyxNQUFNLFFBQVEsWUFBWSxNQUFNLEVBQUUsR0FBRyxRQUFRLENBQUMsTUFBZSxLQUFLLFVBQVUsQ0FBRTtBQUNuRixRQUFJLENBQUMsS0FBSyxNQUFNLFVBQVUsQ0FBQyxLQUFLLE1BQU0sTUFBTyxPQUFNLElBQUksTUFBTSxVQUFVO0FBQ3ZFLFNBQUssaUJBQWEscUNBQXdCLElBQUksZ0NBQW9CLEtBQUssTUFBTSxNQUFNLEdBQUcsSUFBSSxnQ0FBb0IsS0FBSyxNQUFNLEtBQUssQ0FBQztBQUMvSCxTQUFLLFdBQVcsZUFBZSxtQ0FBbUMsQ0FBQyxNQUE0QjtBQUM3RixXQUFLLFVBQVUsS0FBSyxDQUFDO0FBQ3JCLFdBQUssUUFBUSxPQUFPLENBQUMsRUFBRSxRQUFRLENBQUMsTUFBTSxFQUFFLENBQUM7QUFBQSxJQUMzQyxDQUFDO0FBRUQsU0FBSyxXQUFXLFVBQVUsMkJBQTJCLENBQUMsTUFBNEIsRUFBRSxNQUFNLElBQUksTUFBTSxJQUFJLENBQUM7QUFDekcsU0FBSyxXQUFXLFVBQVUsNkJBQTZCLE1BQU0sSUFBSTtBQUNqRSxTQUFLLFdBQVcsVUFBVSxrQ0FBa0MsTUFBTSxJQUFJO0FBQ3RFLFNBQUssV0FBVyxlQUFlLE1BQU0sTUFBUztBQUM5QyxTQUFLLFdBQVcsT0FBTztBQUFBLEVBQ3pCO0FBQUE7QUFBQSxFQUdBLG1CQUFtQixRQUE4QyxZQUFZLEtBQU8sT0FBTyxHQUFrQztBQUMzSCxXQUFPLElBQUksUUFBUSxDQUFDLFNBQVMsV0FBVztBQUN0QyxZQUFNLFdBQVcsV0FBVyxNQUFNLE9BQU8sSUFBSSxNQUFNLGtDQUFrQyxTQUFTLFlBQVksS0FBSyxVQUFVLEtBQUssVUFBVSxNQUFNLEVBQUUsQ0FBQyxFQUFFLE1BQU0sR0FBRyxHQUFJLENBQUM7QUFBQSxFQUFLLEtBQUssTUFBTSxFQUFFLENBQUMsR0FBRyxTQUFTO0FBQ2hNLFlBQU0sUUFBUSxNQUFNO0FBQ2xCLGNBQU0sTUFBTSxLQUFLLFVBQVUsTUFBTSxJQUFJLEVBQUUsS0FBSyxNQUFNO0FBQ2xELFlBQUksS0FBSztBQUNQLHVCQUFhLFFBQVE7QUFDckIsa0JBQVEsR0FBRztBQUFBLFFBQ2IsTUFBTyxNQUFLLFFBQVEsS0FBSyxLQUFLO0FBQUEsTUFDaEM7QUFDQSxZQUFNO0FBQUEsSUFDUixDQUFDO0FBQUEsRUFDSDtBQUFBLEVBRUEsTUFBTSxXQUFXLFVBQWtCLHVCQUFrRDtBQUNuRixVQUFNLFVBQVUsVUFBVSxRQUFRO0FBQ2xDLFVBQU0sU0FBUyxNQUFNLEtBQUssV0FBVyxZQUFZLGNBQWM7QUFBQSxNQUM3RCxXQUFXLFFBQVE7QUFBQSxNQUFLO0FBQUEsTUFBUyxrQkFBa0IsQ0FBQyxFQUFFLEtBQUssU0FBUyxNQUFNLE9BQU8sQ0FBQztBQUFBLE1BQUc7QUFBQSxNQUNyRixjQUFjLEVBQUUsY0FBYyxFQUFFLG9CQUFvQixDQUFDLEdBQUcsWUFBWSxFQUFFLGdCQUFnQixFQUFFLGdCQUFnQixLQUFLLEVBQUUsR0FBRyxPQUFPLEVBQUUsZUFBZSxDQUFDLFVBQVUsRUFBRSxFQUFFLEVBQUU7QUFBQSxJQUM3SixDQUFDO0FBQ0QsVUFBTSxLQUFLLFdBQVcsaUJBQWlCLGVBQWUsQ0FBQyxDQUFDO0FBQ3hELFdBQU87QUFBQSxFQUNUO0FBQUEsRUFFQSxLQUFLLEtBQWEsTUFBYyxhQUFhLFVBQXlCO0FBQ3BFLFdBQU8sS0FBSyxXQUFXLGlCQUFpQix3QkFBd0IsRUFBRSxjQUFjLEVBQUUsS0FBSyxZQUFZLFNBQVMsR0FBRyxLQUFLLEVBQUUsQ0FBQztBQUFBLEVBQ3pIO0FBQUEsRUFFQSxNQUFNLE9BQXNCO0FBQzFCLFFBQUk7QUFDRixZQUFNLFFBQVEsS0FBSyxDQUFDLEtBQUssV0FBVyxZQUFZLFVBQVUsR0FBRyxJQUFJLFFBQVEsQ0FBQyxNQUFNLFdBQVcsR0FBRyxHQUFJLENBQUMsQ0FBQyxDQUFDO0FBQ3JHLFlBQU0sS0FBSyxXQUFXLGlCQUFpQixNQUFNO0FBQUEsSUFDL0MsUUFBUTtBQUFBLElBRVI7QUFDQSxTQUFLLFdBQVcsUUFBUTtBQUN4QixRQUFJLEtBQUssTUFBTSxhQUFhLFFBQVEsS0FBSyxNQUFNLElBQUssTUFBSyxNQUFNLEtBQUs7QUFBQSxFQUN0RTtBQUNGOyIsCiAgIm5hbWVzIjogW10KfQo=
