#!/usr/bin/env node
'use strict';
// Runs the bundled CLI; `npm run build` makes dist/cli.js.
require('../dist/cli.js');
