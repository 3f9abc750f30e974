/**
 * A read-only map whose keys are known up front and whose values are built on first access, once.
 * Lets a lookup over several schemes name every scheme without parsing and indexing all of them.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  readonly #factories: ReadonlyMap<K, () => V>;
  readonly #values = new Map<K, V>();

  constructor(factories: Iterable<readonly [K, () => V]>) {
    this.#factories = new Map(factories);
  }

  get size(): number {
    return this.#factories.size;
  }

  has(key: K): boolean {
    return this.#factories.has(key);
  }

  get(key: K): V | undefined {
    if (this.#values.has(key)) return this.#values.get(key);
    const factory = this.#factories.get(key);
    if (!factory) return undefined;
    const value = factory();
    this.#values.set(key, value);
    return value;
  }

  keys(): MapIterator<K> {
    return this.#factories.keys();
  }

  *values(): MapIterator<V> {
    for (const key of this.#factories.keys()) yield this.get(key) as V;
  }

  *entries(): MapIterator<[K, V]> {
    for (const key of this.#factories.keys()) yield [key, this.get(key) as V];
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
