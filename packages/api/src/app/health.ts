import type { Components, ComponentHealth } from './components.js';

export async function checkHealth(
  components: Components,
): Promise<{ ok: boolean; components: Record<string, ComponentHealth> }> {
  const results: Record<string, ComponentHealth> = {};
  const dbEngine = components.config.database.kind === 'mysql' ? 'mysql' : 'sqlite';
  try {
    await components.orm.em.getConnection().execute('select 1');
    results.database = { ok: true, engine: dbEngine };
  } catch (err) {
    results.database = { ok: false, engine: dbEngine, detail: (err as Error).message };
  }
  await Promise.all(
    Object.entries(components.health).map(async ([name, check]) => {
      try {
        results[name] = await check.health();
      } catch (err) {
        results[name] = { ok: false, engine: 'unknown', detail: (err as Error).message };
      }
    }),
  );
  return { ok: Object.values(results).every((r) => r.ok), components: results };
}
