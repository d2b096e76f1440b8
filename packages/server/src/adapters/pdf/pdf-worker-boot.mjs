// Worker entry in plain JS: a worker thread does not inherit the TypeScript loader of its parent
// (vitest, or node without tsx), so it registers tsx itself before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
