#!/usr/bin/env node
'use strict';
// Runs the bundled language server (stdio by default); `npm run build` makes dist/server.js.
require('../dist/server.js');
