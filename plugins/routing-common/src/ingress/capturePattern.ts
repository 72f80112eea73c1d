/** `<prefix>(/|$)(.*)`, the capture pattern ingress-nginx documents for rewrite-target, with a literal prefix. */
const CAPTURE_PATTERN = /^(\/[^()[\]{}*+?.^$|\\]*?)\(\/\|\$\)\(\.\*\)$/;

/**
 * The literal prefix of an ingress-nginx path written as `<prefix>(/|$)(.*)` (`/api` for
 * `/api(/|$)(.*)`): the requests it takes are those of PathPrefix `<prefix>`. Undefined for any
 * other path.
 */
export function capturePatternPrefix(path: string): string | undefined {
  return CAPTURE_PATTERN.exec(path)?.[1];
}
