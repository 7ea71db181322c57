import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import type { PgliteEngine } from '../../src/hosts/local/database/pglite-client';

/**
 * PGlite loads its WebAssembly and Node's fs with `import()`, which jest's module sandbox refuses
 * without --experimental-vm-modules. Importing PGlite through Node's own loader, outside the sandbox,
 * runs the very same package as the server does; only where it is loaded from differs.
 */
let engine: Promise<PgliteEngine> | undefined;

export function pgliteEngine(): Promise<PgliteEngine> {
  engine ??= (async () => {
    const nodeImport = vm.runInThisContext('(specifier) => import(specifier)', {
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    } as vm.RunningScriptOptions) as (specifier: string) => Promise<typeof import('@electric-sql/pglite')>;
    const loaded = await nodeImport(pathToFileURL(require.resolve('@electric-sql/pglite')).href);
    return loaded.PGlite;
  })();
  return engine;
}
