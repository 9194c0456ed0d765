/**
 * Keys that come from a workbook (its headers) are whatever people typed, "__proto__" and
 * "constructor" included: read only own properties, and write them as plain data.
 */
export function ownValue<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `record` must be a plain object: then only "__proto__" needs more than an assignment. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}
