#!/usr/bin/env node
// Checks the import graph of every package (`npm test` runs it):
// - the rules of .dependency-cruiser.cjs: no file cycle (two-way ORM relations aside), the api's
//   layer order, rules written once in a dependency-free `src/shared`, no relative import into
//   another package, front ends depending only on the schema and `@opendata/api/shared`;
// - no loop between the api's folders (`core`, `infra/zip`, `identity/auth`, `domains/acts`…).
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const config = createRequire(import.meta.url)(path.join(root, '.dependency-cruiser.cjs'));

const result = await cruise(['packages', 'bench'], {
  ...config.options,
  ruleSet: { forbidden: config.forbidden },
  validate: true,
  outputType: 'json',
});
const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
const problems = [];
for (const v of output.summary.violations) {
  const via = v.cycle?.length ? ` (cycle: ${v.cycle.map((c) => c.name ?? c).join(' → ')})` : '';
  problems.push(`${v.rule.name}: ${v.from} → ${v.to}${via}`);
}

// Folder graph of packages/api/src: a folder is `core`, `shared`, `app`, or a layer's subfolder.
const API = 'packages/api/src/';
const folderOf = (file) => {
  const parts = file.slice(API.length).split('/');
  if (parts.length === 1) {
    return '(entry points)';
  }
  return ['infra', 'identity', 'domains', 'app'].includes(parts[0]) && parts.length > 2
    ? `${parts[0]}/${parts[1]}`
    : parts[0];
};
const edges = new Map();
const example = new Map();
for (const m of output.modules) {
  if (!m.source.startsWith(API)) {
    continue;
  }
  for (const d of m.dependencies) {
    if (!d.resolved.startsWith(API)) {
      continue;
    }
    const [a, b] = [folderOf(m.source), folderOf(d.resolved)];
    if (a !== b) {
      if (!edges.has(a)) {
        edges.set(a, new Set());
      }
      edges.get(a).add(b);
      example.set(`${a}>${b}`, `${m.source} → ${d.resolved}`);
    }
  }
}
// Tarjan's strongly connected components: any with two folders or more is a loop.
let index = 0;
const idx = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const loops = [];
const visit = (v) => {
  idx.set(v, index);
  low.set(v, index++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!idx.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) {
      low.set(v, Math.min(low.get(v), idx.get(w)));
    }
  }
  if (low.get(v) === idx.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) {
      loops.push(component);
    }
  }
};
for (const v of edges.keys()) {
  if (!idx.has(v)) {
    visit(v);
  }
}
for (const loop of loops) {
  const inLoop = new Set(loop);
  const witnesses = [...example.entries()]
    .filter(([k]) => k.split('>').every((f) => inLoop.has(f)))
    .map(([, e]) => `    ${e}`);
  problems.push(`api folders in a loop: ${loop.join(', ')}\n${witnesses.join('\n')}`);
}

const modules = output.summary.totalCruised;
if (problems.length) {
  process.stdout.write(
    `${problems.join('\n')}\n✖ ${problems.length} architecture problem(s) in ${modules} modules\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `✔ import graph: no cycle, layers in order, no folder loop (${modules} modules)\n`,
);
