import type { RouteCondition } from '../types/routes';

/** Builds a status condition as Gateway API writes it. */
export function condition(
  type: string,
  status: boolean,
  reason: string,
  message: string,
): RouteCondition {
  return { type, status: status ? 'True' : 'False', reason, message };
}

/** Joins names for a message: `a`, `a and b`, `a, b and c`. */
export function listWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
