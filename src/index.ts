import * as nodeModule from 'node:module';

/**
 * The process entry (`node dist/src/index.js`: npm start, App Service; `tsx src/index.ts` in development and
 * tests). It only turns on Node's compile cache and then loads the bot (src/main.ts). Node 22.1+ then keeps the
 * compiled code of every module loaded after this point between starts (in the OS temp folder), so a restart
 * compiles nothing it compiled before; a module loaded before the call is not cached, and in the build the
 * whole bot is one file (scripts/build.ts), so the call has to come from a file of its own. On Node 20 the
 * function is absent and nothing changes. Best effort: a folder it cannot write is reported in the return
 * value, not thrown.
 */
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
require('./main');
