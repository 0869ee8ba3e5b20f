import * as v8 from 'node:v8';

/**
 * One thread's memory in bytes, for `npm run bench`: its V8 heap (used and reserved), what V8 allocated with
 * malloc outside the heap, and the external memory (buffers, array buffers) its objects hold. RSS is the whole
 * process's and is left to the caller.
 */
export interface ThreadMemory {
  heapUsed: number;
  heapTotal: number;
  /** Of heapTotal, the young generation's resident pages: committed at its largest even right after a collection. */
  newSpace: number;
  malloced: number;
  external: number;
  arrayBuffers: number;
}

/** The calling thread's figures: on a worker thread, v8 and process.memoryUsage() report that thread's isolate. */
export function threadMemory(): ThreadMemory {
  const h = v8.getHeapStatistics();
  const u = process.memoryUsage();
  const newSpace = v8.getHeapSpaceStatistics().find((x) => x.space_name === 'new_space')?.physical_space_size ?? 0;
  return { heapUsed: h.used_heap_size, heapTotal: h.total_heap_size, newSpace, malloced: h.malloced_memory, external: u.external, arrayBuffers: u.arrayBuffers };
}
