/**
 * The ebuild language server: keeps open documents parsed (incrementally), publishes the fast
 * tree-sitter diagnostics at once after every change (with bash's syntax verdict where tree-sitter had
 * trouble) and shellcheck's after a debounce, and answers
 * completion, hover, definition, symbols and folding. Every handler is guarded: bad input yields a
 * diagnostic or an empty answer, never a dead server.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeAction, CodeActionKind, CompletionItem, Connection, Diagnostic, DiagnosticSeverity, DidChangeConfigurationNotification, DocumentSymbol, FoldingRange, FoldingRangeKind, Location, SymbolKind,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkSyntax } from './bashSyntax';
import { complete } from './completion';
import { buildContext, DocContext } from './docContext';
import { computeDiagnostics, contentProblem, Finding } from './diagnostics';
import { definitionAt } from './definition';
import { hoverAt } from './hover';
import { Knowledge } from './knowledge';
import { createParser, ParsedDocument } from './parse';
import { parseJsonStream } from '../core/pkgcheck';
import { pkgcheckFindings } from './pkgcheck';
import { appendDie } from './quickFixes';
import { filterShellcheck, runShellcheck } from './shellcheck';
import { overridesOf, profileOf, SeverityOverrides, ShellcheckProfile } from './shellcheckProfile';
import { documentSymbols, foldingRanges } from './symbols';
import type { Parser } from 'web-tree-sitter';

export interface ServerOptions {
  /** Extra repository roots (e.g. /var/db/repos/gentoo). */
  repositories?: string[];
  /**
   * profile: "ebuild" (default) or "full"; severity: `{ "SC2164": "warning" }` over the profile. A client
   * answering workspace/configuration for `ebuildBuilder.shellcheck` overrides both per document.
   */
  shellcheck?: { enable?: boolean; path?: string; delayMs?: number; profile?: string; severity?: Record<string, string> };
  /** Files larger than this are not analysed. */
  maxFileBytes?: number;
}

interface Entry {
  doc: TextDocument;
  parsed?: ParsedDocument;
  problem?: string;
  ctx?: DocContext;
  fast: Finding[];
  /** bash's verdict where tree-sitter reported problems. */
  syntax: Finding[];
  shellcheck: Finding[];
  pkgcheck: Finding[];
  timer?: NodeJS.Timeout;
}

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

function pathOf(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
  } catch {
    return uri;
  }
}

export function startServer(connection: Connection): void {
  const entries = new Map<string, Entry>();
  let knowledge = new Knowledge();
  let options: ServerOptions = {};
  let parserPromise: Promise<Parser> | undefined;
  let snippets = false;
  let pullsConfiguration = false;
  let registersConfiguration = false;
  const log = (e: unknown) => connection.console.error(`ebuild-ls: ${(e as Error)?.stack ?? String(e)}`);

  connection.onInitialize((params) => {
    options = (params.initializationOptions ?? {}) as ServerOptions;
    snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    pullsConfiguration = params.capabilities.workspace?.configuration === true;
    registersConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    const roots = [...(options.repositories ?? []), ...(params.workspaceFolders ?? []).map((f) => pathOf(f.uri))];
    if (params.rootUri) roots.push(pathOf(params.rootUri));
    knowledge = new Knowledge(roots);
    parserPromise = createParser();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: true },
        completionProvider: { triggerCharacters: [' ', '$', '{', '/', '[', ',', '~', '"'] },
        hoverProvider: true,
        definitionProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'ebuild-builder-ls', version: '0.1.0' },
    };
  });

  const toDiagnostic = (doc: TextDocument, f: Finding, source: string): Diagnostic => ({
    range: { start: doc.positionAt(f.span.start), end: doc.positionAt(f.span.end) },
    severity: SEVERITY[f.severity], code: f.code, source, message: f.message,
  });

  /** Files larger than this are not parsed (settings may change it: read it each time). */
  const maxFileBytes = () => options.maxFileBytes ?? 4 * 1048576;
  const publish = (uri: string, e: Entry) => {
    const diagnostics = [
      ...e.fast.map((f) => toDiagnostic(e.doc, f, 'ebuild')),
      ...e.syntax.map((f) => toDiagnostic(e.doc, f, 'bash')),
      ...e.shellcheck.map((f) => toDiagnostic(e.doc, f, 'shellcheck')),
      ...e.pkgcheck.map((f) => toDiagnostic(e.doc, f, 'pkgcheck')),
    ];
    void connection.sendDiagnostics({ uri, version: e.doc.version, diagnostics });
  };

  const analyse = (uri: string, e: Entry) => {
    const path = pathOf(uri);
    e.problem = contentProblem(e.doc.getText(), maxFileBytes());
    if (e.problem) {
      e.parsed?.dispose();
      e.parsed = undefined;
      e.ctx = undefined;
      e.fast = [{ span: { start: 0, end: 0 }, severity: 'error', code: 'not-analysed', message: e.problem }];
      e.syntax = [];
      e.shellcheck = [];
      return;
    }
    if (!e.parsed) return;
    e.ctx = buildContext(path, e.parsed.text, e.parsed.facts(), knowledge);
    e.fast = computeDiagnostics(e.ctx);
    e.syntax = [];
  };

  /** The shellcheck profile and severities for a document: the client's settings for it when it answers, else the start-up options. */
  const profileFor = async (uri: string): Promise<{ profile: ShellcheckProfile; overrides: SeverityOverrides }> => {
    const fallback = options.shellcheck;
    const section = pullsConfiguration
      ? (await connection.workspace.getConfiguration({ scopeUri: uri, section: 'ebuildBuilder.shellcheck' }).catch(() => undefined)) as { profile?: unknown; severity?: unknown } | null | undefined
      : undefined;
    return { profile: profileOf(section?.profile ?? fallback?.profile), overrides: overridesOf(section?.severity ?? fallback?.severity) };
  };

  const scheduleShellcheck = (uri: string, e: Entry) => {
    const sc = options.shellcheck ?? {};
    if (sc.enable === false || e.problem) return;
    clearTimeout(e.timer);
    e.timer = setTimeout(() => {
      const version = e.doc.version;
      const text = e.doc.getText();
      void Promise.all([runShellcheck(text, sc.path ?? 'shellcheck'), profileFor(uri)]).then(([comments, { profile, overrides }]) => {
        if (!comments || entries.get(uri) !== e || e.doc.version !== version || !e.ctx) return;
        const doc = e.doc;
        e.shellcheck = filterShellcheck(e.ctx, comments, (line, character) => doc.offsetAt({ line, character }), profile, overrides);
        publish(uri, e);
      }).catch(log);
    }, sc.delayMs ?? 500);
  };

  /**
   * After an open or an edit: the fast diagnostics now, shellcheck's when typing pauses. tree-sitter rejects
   * some valid bash, so where it reports problems bash is asked first (a few ms) and only its verdict is shown.
   */
  const refresh = async (uri: string, e: Entry) => {
    analyse(uri, e);
    const ctx = e.ctx;
    if (ctx?.facts.problems.length) {
      const version = e.doc.version;
      const syntax = await checkSyntax(ctx);
      // a newer edit has its own refresh under way
      if (entries.get(uri) !== e || e.doc.version !== version) return;
      e.syntax = syntax;
    }
    publish(uri, e);
    scheduleShellcheck(uri, e);
  };

  connection.onInitialized(() => {
    // a client that pushes no settings still tells us when they change, if we ask
    if (registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'ebuildBuilder' }).catch(log);
  });

  // the profile may have changed: shellcheck's findings are judged again
  connection.onDidChangeConfiguration(() => entries.forEach((e, uri) => scheduleShellcheck(uri, e)));


  connection.onDidOpenTextDocument(async ({ textDocument: td }) => {
    try {
      const doc = TextDocument.create(td.uri, td.languageId, td.version, td.text);
      const e: Entry = { doc, fast: [], syntax: [], shellcheck: [], pkgcheck: [] };
      entries.set(td.uri, e);
      const parser = await (parserPromise ??= createParser());
      if (entries.get(td.uri) !== e) return;
      if (!contentProblem(e.doc.getText(), maxFileBytes())) e.parsed = new ParsedDocument(parser, e.doc);
      await refresh(td.uri, e);
    } catch (err) {
      log(err);
    }
  });

  connection.onDidChangeTextDocument(async ({ textDocument: td, contentChanges }) => {
    const e = entries.get(td.uri);
    if (!e) return;
    try {
      const parser = await (parserPromise ??= createParser());
      // a paste that makes the file binary or huge must not be parsed first and refused after
      const grows = contentChanges.reduce((n, c) => n + c.text.length, e.doc.getText().length);
      if (e.parsed && (grows > maxFileBytes() || contentChanges.some((c) => c.text.includes('\u0000')))) {
        e.parsed.dispose();
        e.parsed = undefined;
      }
      if (e.parsed) {
        e.parsed.update(contentChanges, td.version);
        e.doc = e.parsed.doc;
      } else {
        e.doc = TextDocument.update(e.doc, contentChanges, td.version);
        if (!contentProblem(e.doc.getText(), maxFileBytes())) e.parsed = new ParsedDocument(parser, e.doc);
      }
      await refresh(td.uri, e);
    } catch (err) {
      log(err);
    }
  });

  connection.onDidSaveTextDocument(() => knowledge.invalidate());
  connection.onDidChangeWatchedFiles(() => knowledge.invalidate());

  connection.onDidCloseTextDocument(({ textDocument: td }) => {
    const e = entries.get(td.uri);
    if (!e) return;
    clearTimeout(e.timer);
    e.parsed?.dispose();
    entries.delete(td.uri);
    void connection.sendDiagnostics({ uri: td.uri, diagnostics: [] });
  });

  /** The extension runs pkgcheck in the builder container and hands its JsonStream output here. */
  connection.onNotification('ebuild/pkgcheckResults', (p: { uri: string; output: string }) => {
    const e = entries.get(p.uri);
    if (!e?.ctx?.category || !e.ctx.pn) return;
    const version = pathOf(p.uri).replace(/^.*\//, '').replace(/\.ebuild$/, '').slice(e.ctx.pn.length + 1);
    const doc = e.doc;
    e.pkgcheck = pkgcheckFindings(parseJsonStream(p.output), { category: e.ctx.category, package: e.ctx.pn, version }, (line) =>
      line >= doc.lineCount ? doc.getText().length : doc.offsetAt({ line, character: 0 }));
    publish(p.uri, e);
  });

  const withCtx = <T>(uri: string, empty: T, fn: (e: Entry & { ctx: DocContext }) => T): T => {
    const e = entries.get(uri);
    if (!e?.ctx) return empty;
    try {
      return fn(e as Entry & { ctx: DocContext });
    } catch (err) {
      log(err);
      return empty;
    }
  };

  connection.onCompletion(({ textDocument, position, context }) =>
    withCtx<CompletionItem[]>(textDocument.uri, [], (e) => complete(e.ctx, e.doc, e.doc.offsetAt(position), context?.triggerCharacter, snippets)));

  connection.onHover(({ textDocument, position }) =>
    withCtx(textDocument.uri, null, (e) => {
      const h = hoverAt(e.ctx, e.doc.offsetAt(position));
      return h ? { contents: { kind: 'markdown', value: h.markdown }, range: { start: e.doc.positionAt(h.span.start), end: e.doc.positionAt(h.span.end) } } : null;
    }));

  connection.onDefinition(({ textDocument, position }) =>
    withCtx<Location[]>(textDocument.uri, [], (e) =>
      definitionAt(e.ctx, e.doc.offsetAt(position)).map((t) =>
        'self' in t
          ? Location.create(textDocument.uri, { start: e.doc.positionAt(t.start), end: e.doc.positionAt(t.end) })
          : Location.create(pathToFileURL(t.path).href, { start: { line: t.line, character: 0 }, end: { line: t.line, character: 0 } }))));

  connection.onDocumentSymbol(({ textDocument }) =>
    withCtx<DocumentSymbol[]>(textDocument.uri, [], (e) =>
      documentSymbols(e.ctx).map((s) => ({
        name: s.name, detail: s.detail,
        kind: s.kind === 'variable' ? SymbolKind.Variable : s.kind === 'eclass' ? SymbolKind.Module : s.kind === 'phase' ? SymbolKind.Event : SymbolKind.Function,
        range: { start: e.doc.positionAt(s.span.start), end: e.doc.positionAt(s.span.end) },
        selectionRange: { start: e.doc.positionAt(s.nameSpan.start), end: e.doc.positionAt(s.nameSpan.end) },
      }))));

  connection.onFoldingRanges(({ textDocument }) =>
    withCtx<FoldingRange[]>(textDocument.uri, [], (e) =>
      foldingRanges(e.ctx, (o) => e.doc.positionAt(o).line).map((r) => ({ startLine: r.start, endLine: r.end, kind: r.comment ? FoldingRangeKind.Comment : undefined }))));

  // a bare cd (SC2164, at any severity the profile or the user chose): append || die where that keeps the line's meaning
  connection.onCodeAction(({ textDocument, context }) => {
    const e = entries.get(textDocument.uri);
    if (!e) return [];
    const text = e.doc.getText();
    const out: CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.code !== 'SC2164') continue;
      const insert = appendDie(text, { start: e.doc.offsetAt(d.range.start), end: e.doc.offsetAt(d.range.end) });
      if (!insert) continue;
      const at = e.doc.positionAt(insert.offset);
      out.push({
        title: 'Append || die (a failed cd stops the build)', kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true,
        edit: { changes: { [textDocument.uri]: [{ range: { start: at, end: at }, newText: insert.text }] } },
      });
    }
    return out;
  });

  connection.listen();
}
