import { run } from './lifecycle';

// Built to out/main/index.js; paths to the preload, renderer and resources are relative to it.
run(import.meta.dirname);
