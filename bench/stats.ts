/** Median and 95th percentile of a set of timings (ms). */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/** Times `work` on each input, after a warm-up pass so the JIT has settled. */
export function timeEach<T>(inputs: readonly T[], work: (input: T) => unknown, rounds = 1, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) inputs.forEach((input) => work(input));
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const input of inputs) {
      const start = performance.now();
      work(input);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
