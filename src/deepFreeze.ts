/**
 * Freezes an object and everything in it. For data built once and shared by every request (a municipality's
 * profile, the help and welcome cards): a caller that tried to change it would change it for everyone; frozen,
 * it throws instead.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
