// Loads Prisma's schema engine compiled to WebAssembly and connects it to a database through
// our adapter. The Prisma CLI cannot download its native engine on these machines.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { MigrationPgFactory } from "./migration-adapter";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let loaded: Promise<EngineModule> | undefined;

async function instantiate(): Promise<EngineModule> {
  // An engine panic calls this registry; without it the panic is an opaque "unreachable".
  const g = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
  g.PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message(message: string) {
      console.error(`Prisma schema engine panicked: ${message}`);
    },
  };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = readFileSync(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bg;
}

/** The engine module, instantiated once per process. */
export function loadSchemaEngine(): Promise<EngineModule> {
  loaded ??= instantiate();
  return loaded;
}

export type EngineSession = { engine: SchemaEngine; schemaPath: string; schema: string };

/**
 * Connects a schema engine to `databaseUrl` (the database must be up) with the datamodel
 * at `schemaPath`. Free it with `engine.free()` when done.
 */
export async function connectSchemaEngine(databaseUrl: string, schemaPath: string): Promise<EngineSession> {
  const mod = await loadSchemaEngine();
  const schema = readFileSync(schemaPath, "utf8");
  const log = (line: string) => {
    if (process.env.FACTMARK_ENGINE_DEBUG) console.error(line);
  };
  const factory = bindMigrationAwareSqlAdapterFactory(new MigrationPgFactory(databaseUrl));
  const engine = await mod.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, log, factory);
  return { engine, schemaPath, schema };
}
