/** The CLI's verbs. Each module exports `command: CliCommand`. Keep this list in the order `--help` shows. */
import type { CliCommand } from '../cliTypes';
import { command as build } from './build';
import { command as changed } from './changed';
import { command as clean } from './clean';
import { command as save } from './save';
import { command as refresh } from './refresh';
import { discard, kept } from './kept';
import { shell } from './shell';
import { rerun } from './rerun';
import { patch } from './patch';
import { command as ci } from './ci';
import { command as annotate } from './annotate';
import { command as watch } from './watch';
import { command as inspect } from './inspect';
import { command as publish } from './publish';
import { command as parse } from './parse';
import { command as engine } from './engine';
import { command as report } from './report';
import { command as history } from './history';
import { command as qaDiff } from './qaDiff';

export const commands: CliCommand[] = [build, kept, shell, rerun, patch, discard, clean, save, refresh, changed, report, history, ci, annotate, qaDiff, watch, inspect, publish, parse, engine];
