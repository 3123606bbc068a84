// Child of electron-native.mjs: tries to load one native module in plain Node.
// Exit 0 means it loaded (a Node build); otherwise Node's refusal is printed for the parent to read.
try {
  process.dlopen({ exports: {} }, process.argv[2]);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
