/**
 * How error messages name the type of a wrong value.
 */

/**
 * The type of a value as an error message names it: `null`, `array`, or its
 * `typeof`.
 *
 * @param value
 *   Anything.
 * @returns
 *   The name.
 * @example
 *   typeName([1]) //=> 'array'
 */
export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
