/**
 * Bash parsing with web-tree-sitter + tree-sitter-bash, incremental on edits, and extraction of the
 * facts the features need (assignments, commands, functions, expansions, syntax problems).
 * Offsets are UTF-16 code units, the unit of LSP positions and of web-tree-sitter on JS strings.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
// `import = require` so that bundlers pick web-tree-sitter's CommonJS build (its ESM build needs import.meta)
import TreeSitter = require('web-tree-sitter');
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

export interface Span { start: number; end: number }
export interface Word { text: string; span: Span }
export interface AssignmentFact { name: string; nameSpan: Span; value: Word | undefined; append: boolean; fn?: string }
export interface CommandFact { name: string; nameSpan: Span; args: Word[]; span: Span; fn?: string }
export interface FunctionFact { name: string; nameSpan: Span; span: Span }
export interface VarRefFact { name: string; span: Span; fn?: string }
export interface ProblemFact { span: Span; message: string }
/** A name the document binds without `name=value`: `local X`, `for X in`, `read X`, `printf -v X`. */
export interface BindingFact { name: string; span: Span; fn?: string }

export interface DocFacts {
  assignments: AssignmentFact[];
  commands: CommandFact[];
  functions: FunctionFact[];
  varRefs: VarRefFact[];
  problems: ProblemFact[];
  bindings: BindingFact[];
  /** Multi-line constructs, for folding: [startOffset, endOffset]. */
  blocks: Span[];
}

/** Finds a wasm file next to the bundle (dist/) or in node_modules. */
function locate(file: string, pkg: string): string {
  const candidates = [join(__dirname, file), join(__dirname, '..', file)];
  try {
    // the package's entry may sit in a subdirectory (bindings/node, lib/): look up from it
    let d = dirname(require.resolve(pkg));
    for (let i = 0; i < 3; i++, d = dirname(d)) candidates.push(join(d, file));
  } catch {
    /* not resolvable from here (e.g. a bundle outside node_modules): rely on the paths below */
  }
  let dir = __dirname;
  for (let i = 0; i < 6; i++, dir = dirname(dir)) candidates.push(join(dir, 'node_modules', pkg, file));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`cannot find ${file} (looked in ${candidates.join(', ')})`);
  return found;
}

const { Language, Parser } = TreeSitter;
type Language = TreeSitter.Language;
type Parser = TreeSitter.Parser;
type Point = TreeSitter.Point;
type Tree = TreeSitter.Tree;
type TreeCursor = TreeSitter.TreeCursor;

let languagePromise: Promise<Language> | undefined;

/** Loads tree-sitter and the bash grammar once per process. */
function loadBash(): Promise<Language> {
  languagePromise ??= (async () => {
    const runtime = locate('tree-sitter.wasm', 'web-tree-sitter');
    await Parser.init({ locateFile: () => runtime });
    return Language.load(locate('tree-sitter-bash.wasm', 'tree-sitter-bash'));
  })();
  return languagePromise;
}

export async function createParser(): Promise<Parser> {
  const language = await loadBash();
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** A text document with its syntax tree, kept in step with edits (tree.edit + incremental reparse). */
export class ParsedDocument {
  private cache = new Map<string, CachedFacts[]>();
  private factsMemo: DocFacts | undefined;

  tree: Tree | null;

  constructor(
    private readonly parser: Parser,
    public doc: TextDocument,
  ) {
    this.tree = parser.parse(doc.getText());
  }

  get text(): string {
    return this.doc.getText();
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change)) {
        this.doc = TextDocument.update(this.doc, [change], version);
        this.tree?.delete();
        this.tree = null;
        continue;
      }
      const start = this.doc.offsetAt(change.range.start);
      const oldEnd = this.doc.offsetAt(change.range.end);
      const startPosition = this.point(start);
      const oldEndPosition = this.point(oldEnd);
      this.doc = TextDocument.update(this.doc, [change], version);
      const newEnd = start + change.text.length;
      this.tree?.edit({ startIndex: start, oldEndIndex: oldEnd, newEndIndex: newEnd, startPosition, oldEndPosition, newEndPosition: this.point(newEnd) });
    }
    const old = this.tree;
    this.tree = this.parser.parse(this.doc.getText(), old);
    if (old && old !== this.tree) old.delete();
    this.factsMemo = undefined;
  }

  private point(offset: number): Point {
    const p = this.doc.positionAt(offset);
    return { row: p.line, column: p.character };
  }

  /**
   * Facts of the whole document. Top-level statements whose text did not change are not walked
   * again: their cached facts are reused, shifted in place when the statement moved, so a keystroke
   * costs one walk of the statement it touched.
   */
  facts(): DocFacts {
    if (this.factsMemo) return this.factsMemo;
    const out = emptyFacts();
    if (!this.tree) return out;
    const text = this.text;
    const next = new Map<string, CachedFacts[]>();
    const cursor = this.tree.walk();
    if (cursor.gotoFirstChild()) {
      do {
        const start = cursor.startIndex;
        const key = text.slice(start, cursor.endIndex);
        let entry = this.cache.get(key)?.pop();
        if (entry) {
          if (entry.start !== start) shiftInPlace(entry.facts, start - entry.start);
          entry.start = start;
        } else {
          entry = { start, facts: emptyFacts() };
          walk(cursor, text, 0, undefined, entry.facts);
        }
        const list = next.get(key);
        if (list) list.push(entry);
        else next.set(key, [entry]);
        concat(out, entry.facts);
      } while (cursor.gotoNextSibling());
    }
    cursor.delete();
    this.cache = next;
    this.factsMemo = out;
    return out;
  }

  dispose(): void {
    this.tree?.delete();
    this.tree = null;
  }
}

interface CachedFacts { start: number; facts: DocFacts }

function emptyFacts(): DocFacts {
  return { assignments: [], commands: [], functions: [], varRefs: [], problems: [], bindings: [], blocks: [] };
}

function shiftSpan(s: Span, by: number): void {
  s.start += by;
  s.end += by;
}

function shiftInPlace(f: DocFacts, by: number): void {
  for (const a of f.assignments) {
    shiftSpan(a.nameSpan, by);
    if (a.value) shiftSpan(a.value.span, by);
  }
  for (const c of f.commands) {
    shiftSpan(c.nameSpan, by);
    shiftSpan(c.span, by);
    for (const w of c.args) shiftSpan(w.span, by);
  }
  for (const x of f.functions) {
    shiftSpan(x.nameSpan, by);
    shiftSpan(x.span, by);
  }
  for (const x of f.varRefs) shiftSpan(x.span, by);
  for (const x of f.problems) shiftSpan(x.span, by);
  for (const x of f.bindings) shiftSpan(x.span, by);
  for (const x of f.blocks) shiftSpan(x, by);
}

function concat(out: DocFacts, f: DocFacts): void {
  for (const x of f.assignments) out.assignments.push(x);
  for (const x of f.commands) out.commands.push(x);
  for (const x of f.functions) out.functions.push(x);
  for (const x of f.varRefs) out.varRefs.push(x);
  for (const x of f.problems) out.problems.push(x);
  for (const x of f.bindings) out.bindings.push(x);
  for (const x of f.blocks) out.blocks.push(x);
}

const MISSING_MESSAGES: Record<string, string> = {
  heredoc_end: 'here-document is not terminated: the closing delimiter line is missing',
  '}': "missing '}'",
  fi: "missing 'fi'",
  done: "missing 'done'",
  esac: "missing 'esac'",
  '"': 'unterminated double-quoted string',
  ')': "missing ')'",
};

/** Walks the node under the cursor (and back to it); spans are offsets minus `base`. */
function walk(cursor: TreeCursor, text: string, base: number, fn: string | undefined, out: DocFacts): void {
  const type = cursor.nodeType;
  const rel = (start: number, end: number): Span => ({ start: start - base, end: end - base });
  if (cursor.nodeIsMissing) {
    out.problems.push({ span: rel(cursor.startIndex, cursor.endIndex), message: MISSING_MESSAGES[type] ?? `missing '${type}'` });
    return;
  }
  if (type === 'comment' || type === 'heredoc_body' || type === 'raw_string') return;
  if (type === 'ERROR') out.problems.push({ span: rel(cursor.startIndex, cursor.endIndex), message: 'syntax error: bash cannot parse this' });
  // positions cross into wasm: ask only for the node types that can fold
  if (MULTILINE.has(type) && cursor.startPosition.row !== cursor.endPosition.row) out.blocks.push(rel(cursor.startIndex, cursor.endIndex));
  if (type === 'function_definition') {
    const node = cursor.currentNode;
    const name = node.childForFieldName('name');
    if (name) {
      fn = name.text;
      out.functions.push({ name: fn, nameSpan: rel(name.startIndex, name.endIndex), span: rel(node.startIndex, node.endIndex) });
    }
  } else if (type === 'variable_assignment') {
    const node = cursor.currentNode;
    const name = node.childForFieldName('name');
    const value = node.childForFieldName('value');
    if (name) {
      out.assignments.push({
        name: name.text,
        nameSpan: rel(name.startIndex, name.endIndex),
        value: value ? { text: value.text, span: rel(value.startIndex, value.endIndex) } : undefined,
        append: node.children.some((c) => c?.type === '+='),
        fn,
      });
    }
  } else if (type === 'command') {
    const node = cursor.currentNode;
    const name = node.childForFieldName('name');
    if (name) {
      const args = node.childrenForFieldName('argument').filter((a) => a !== null).map((a) => ({ text: a.text, span: rel(a.startIndex, a.endIndex) }));
      out.commands.push({ name: name.text, nameSpan: rel(name.startIndex, name.endIndex), args, span: rel(node.startIndex, node.endIndex), fn });
      if (name.text === 'read') args.filter((a) => /^[A-Za-z_]\w*$/.test(a.text)).forEach((a) => out.bindings.push({ name: a.text, span: a.span, fn }));
      const v = name.text === 'printf' ? args.findIndex((a) => a.text === '-v') : -1;
      if (v >= 0 && args[v + 1]) out.bindings.push({ name: args[v + 1].text, span: args[v + 1].span, fn });
    }
  } else if (type === 'declaration_command') {
    // `local X`, `declare -a X`, `export X`: bound here, with or without a value
    for (const c of cursor.currentNode.namedChildren) if (c?.type === 'variable_name') out.bindings.push({ name: c.text, span: rel(c.startIndex, c.endIndex), fn });
  } else if (type === 'for_statement') {
    const v = cursor.currentNode.childForFieldName('variable');
    if (v) out.bindings.push({ name: v.text, span: rel(v.startIndex, v.endIndex), fn });
  } else if (type === 'simple_expansion' || type === 'expansion') {
    const node = cursor.currentNode;
    // `${PATCHES[@]}`: the name sits in a subscript
    const v = node.namedChildren.find((c) => c?.type === 'variable_name')
      ?? node.namedChildren.find((c) => c?.type === 'subscript')?.childForFieldName('name') ?? undefined;
    if (v) out.varRefs.push({ name: v.text, span: rel(v.startIndex, v.endIndex), fn });
    // `: "${SLOT:=0}"` assigns when unset: eclasses set defaults this way (the text test spares a walk of every expansion's children)
    const op = v && /^\$\{\w+:?=/.test(text.slice(cursor.startIndex, cursor.startIndex + v.text.length + 4)) ? node.children.findIndex((c) => c?.type === ':=' || c?.type === '=') : -1;
    if (v && op >= 0) {
      const value = node.children.slice(op + 1, -1).filter((c) => c !== null);
      const [first, last] = [value[0], value[value.length - 1]];
      const word = first && last ? { text: text.slice(first.startIndex, last.endIndex), span: rel(first.startIndex, last.endIndex) } : undefined;
      out.assignments.push({ name: v.text, nameSpan: rel(v.startIndex, v.endIndex), value: word, append: false, fn });
    }
  }
  if (cursor.gotoFirstChild()) {
    do walk(cursor, text, base, fn, out);
    while (cursor.gotoNextSibling());
    cursor.gotoParent();
  }
}

const MULTILINE = new Set(['function_definition', 'compound_statement', 'if_statement', 'case_statement', 'for_statement', 'while_statement', 'string', 'heredoc_redirect', 'variable_assignment', 'subshell']);

