import { createHash } from 'crypto';
import type { Request, Response } from 'express';

/** A strong ETag for a response body: the SHA-256 of its bytes, base64url, quoted. */
export function bodyETag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether an `If-None-Match` header names `etag`: `*`, or one of its comma-separated tags,
 * compared weakly as RFC 9110 asks for this header (`W/"x"` names `"x"`).
 */
export function ifNoneMatchNames(
  header: string | undefined,
  etag: string,
): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header
    .split(',')
    .map(strip)
    .some(tag => tag === '*' || tag === strip(etag));
}

/**
 * Sends `answer` as JSON under a strong ETag of its body, or `304 Not Modified` without a
 * body when the request's `If-None-Match` already names that ETag. Express would otherwise set
 * a weak ETag of its own; setting ours first keeps it from doing so. Answers depend on the
 * caller's permissions, so they are `private`, and `no-cache` makes a browser revalidate
 * each time instead of serving a stored answer.
 */
export function sendConditionalJson(
  req: Request,
  res: Response,
  answer: unknown,
): void {
  const body = JSON.stringify(answer);
  const etag = bodyETag(body);
  res.setHeader('ETag', etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  if (ifNoneMatchNames(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json').send(body);
}
