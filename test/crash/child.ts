// The process the crash tests kill: runs one operation on a folder and says how far it got.
// Usage: node --import tsx test/crash/child.ts OPERATION DIR
import type { ChildMessage } from './operation';
import { OPERATIONS, isOperationName } from './operations';

const [name, dir] = process.argv.slice(2);
if (!name || !dir || !isOperationName(name)) throw new Error(`usage: child.ts ${Object.keys(OPERATIONS).join('|')} DIR`);
const say = (message: ChildMessage) => process.stdout.write(`${message}\n`);
const operation = await OPERATIONS[name]();
await operation.run(dir, { ready: () => say('ready'), started: () => say('started'), progress: () => say('progress') });
say('done');
