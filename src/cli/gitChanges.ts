/** git for the CLI's commands: the one implementation is src/core/gitChanges.ts (VS Code uses it too). */
export * from '../core/gitChanges';
