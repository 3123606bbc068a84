import { METHOD_PATHS, specFor } from '@shared/ipc/methods';

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * zod builds an object schema's parser on its first parse: a few ms per method, tens of ms on a
 * busy machine. Paid by the first call of each method, that landed on the main thread at the worst
 * time (the first write made during an import). Parsing an empty object through every method's
 * schemas at idle, one method per turn of the event loop, pays it up front in slices too short to
 * be felt. Only the outer object is built this way; nested ones are small and built on first use.
 */
export async function warmSchemas(stopped: () => boolean): Promise<number> {
  let warmed = 0;
  for (const path of METHOD_PATHS) {
    await nextTick();
    if (stopped()) break;
    const spec = specFor(path);
    if (!spec) continue;
    spec.input.safeParse({});
    spec.output.safeParse({});
    warmed++;
  }
  return warmed;
}
