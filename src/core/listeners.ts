/** The listeners of a run's events (a build, a swarm job or run, a rerun): one listener's bug never stops the others or the run. */
export class Listeners<E> {
  private readonly set = new Set<(e: E) => void>();

  /** Adds `listener`; the function returned removes it. */
  add(listener: (e: E) => void): () => void {
    this.set.add(listener);
    return () => this.set.delete(listener);
  }

  emit(e: E): void {
    for (const l of this.set) {
      try {
        l(e);
      } catch {
        // A listener's bug must not break what it listens to.
      }
    }
  }
}
