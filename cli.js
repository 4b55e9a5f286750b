#!/usr/bin/env node
// The bin entry: the compiled program lives in dist/ (built by `npm install` via `prepare`).
import './dist/cli.js';
