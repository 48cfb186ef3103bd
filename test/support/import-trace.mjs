// `node --import tsx --import ./test/support/import-trace.mjs ...`: records what the process imports (see the hooks).
import { register } from 'node:module';

register('./import-trace-hooks.mjs', import.meta.url);
