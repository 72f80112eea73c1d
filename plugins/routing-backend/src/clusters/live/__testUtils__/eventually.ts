/** Waits until `check` stops throwing (it holds `expect`s), or fails with its last error. */
export async function eventually<T>(
  check: () => T,
  timeoutMs: number = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 10));
    }
  }
}
