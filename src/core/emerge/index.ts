/** The emerge output parser's public surface. */
export * from './events';
export { EmergeParser, parseAll } from './parser';
export { cleanTerminalLine } from './terminal';
export { coveredByUseChanges } from './useChange';
export { LineSplitter, MAX_LINE_BYTES } from './lineSplitter';
