import type { Feature } from '../ir';
import { noteAnnotation, readAnnotation } from './annotations';
import { httpRoutes, redirectFilter, rulesWithSource } from './drafts';

const isRootExact = (match: Record<string, any>) =>
  match.path?.type === 'Exact' && match.path.value === '/' && !match.headers;

/**
 * app-root (ingress2gateway 1.3): `/` answers 302 to the app root. On the first rule whose
 * Ingress sets it: when that rule matches Exact `/`, it becomes the redirect (backends removed);
 * otherwise an Exact `/` redirect rule is appended. An absolute URL is ignored with a note.
 */
export const appRoot: Feature = state => {
  for (const route of httpRoutes(state)) {
    let done = false;
    for (const { rule, source } of rulesWithSource([route])) {
      const value = readAnnotation(state, source, 'app-root');
      if (!value) continue;
      if (/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value)) {
        noteAnnotation(
          state,
          source,
          'app-root',
          'warning',
          `"${value}" is an absolute URL: ignored, as ingress-nginx accepts only a path`,
        );
        continue;
      }
      if (done) continue;
      done = true;
      const filter = redirectFilter({
        path: { type: 'ReplaceFullPath', replaceFullPath: value },
        statusCode: 302,
      });
      if (
        rule.matches.some(isRootExact) &&
        !rule.filters.some(f => f.type === 'RequestRedirect')
      ) {
        rule.filters.push(filter);
        rule.backends = [];
      } else {
        route.rules.push({
          matches: [{ path: { type: 'Exact', value: '/' } }],
          backends: [],
          filters: [filter],
          sources: [],
        });
      }
    }
  }
};
