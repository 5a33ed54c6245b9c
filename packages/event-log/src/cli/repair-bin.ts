#!/usr/bin/env node
import { resolve } from 'node:path';
import { runRepairCommand } from './repair-command.js';

// `npm run repair -w …` runs in the package folder; paths are meant from where the user typed them.
const base = process.env['INIT_CWD'] ?? process.cwd();
const args = process.argv.slice(2).map((arg) => (arg.startsWith('--') ? arg : resolve(base, arg)));
process.exitCode = await runRepairCommand(args, (line) => console.log(line));
