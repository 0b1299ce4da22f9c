#!/usr/bin/env node
// Runs one TypeScript file (a benchmark or script) through tsx: `node bin/run-ts.js FILE [args]`.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import path from "node:path";

register();
const file = process.argv[2];
if (!file) {
  console.error("usage: run-ts FILE [args...]");
  process.exit(2);
}
process.argv.splice(1, 1);
await import(pathToFileURL(path.resolve(file)).href);
