#!/usr/bin/env node
import { runRepairCommand } from './repair-command.js';

process.exitCode = await runRepairCommand(process.argv.slice(2), (line) => console.log(line));
