import * as nodeModule from 'node:module';

/**
 * The process entry (`node dist/src/index.js`: npm start, App Service; `tsx src/index.ts` in development and
 * tests). It only turns on Node's compile cache and then loads the bot (src/main.ts). Node 22.1+ then keeps the
 * compiled code of each module loaded after this point between starts (in the OS temp folder); a module loaded
 * before the call is not cached, and in the build the whole bot is one file (scripts/build.ts), so the call has
 * to come from a file of its own. Node writes a module's cache right after compiling it, when only its top
 * level is compiled: for the bundle, whose modules are functions compiled when first run, no gain showed on
 * Node 24 (measured; nor with a V8 code cache of the bundle taken after start-up). It still covers what is
 * loaded from node_modules later (the card templating, the Teams SDK 2). On Node 20 the function is absent and
 * nothing changes. Best effort: a folder it cannot write is reported in the return value, not thrown.
 */
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
require('./main');
