const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * JSON.parse reviver that refuses keys used for prototype pollution. No
 * event field has these names, so a body carrying one is hostile or broken,
 * and it is rejected (400) rather than silently stripped.
 */
export function refuseForbiddenKeys(key: string, value: unknown): unknown {
  if (forbiddenKeys.has(key)) throw new SyntaxError(`the key "${key}" is not allowed`);
  return value;
}
