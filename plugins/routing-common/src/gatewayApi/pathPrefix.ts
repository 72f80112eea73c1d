/** A path without its trailing slashes (`/api/` is `/api`; `/` stays `/`). */
export const trimmedPath = (path: string) => path.replace(/\/+$/, '') || '/';

/** PathPrefix `prefix` takes `path` and everything below it, by whole path elements (spec). */
export function prefixTakes(prefix: string, path: string): boolean {
  const p = trimmedPath(prefix);
  const q = trimmedPath(path);
  return p === '/' || q === p || q.startsWith(`${p}/`);
}
