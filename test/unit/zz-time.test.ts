import { it } from 'vitest';
import { openFuzzCore } from '../support/ipc-fuzz/harness';
import { TEN_MB, deepArray } from '../support/ipc-fuzz/hostile';
import { VALID_SAMPLES } from '../support/ipc-fuzz/valid-samples';
it('t', async () => {
  const core = await openFuzzCore({ hosts: true });
  const sample = VALID_SAMPLES['career.project']!;
  for (const key of Object.keys(sample.params)) {
    for (const v of [TEN_MB, deepArray(10000)]) {
      const t = performance.now();
      const input = structuredClone({ params: { ...sample.params } }) as { params: Record<string, unknown> };
      const t1 = performance.now();
      input.params[key] = v;
      try { await core.probe('career.project', input); } catch (e) { console.log(String(e).slice(0, 100)); }
      console.log(key, typeof v, (t1 - t).toFixed(0), (performance.now() - t1).toFixed(0));
    }
  }
  core.dispose();
}, 300_000);
