/** The CLI's verbs. Each module exports `command: CliCommand`. Keep this list in the order `--help` shows. */
import type { CliCommand } from '../cliTypes';

export const commands: CliCommand[] = [];
