import type { Feature } from '../ir';
import { appRoot } from './appRoot';
import { backendTls } from './backendTls';
import { canary } from './canary';
import { cors } from './cors';
import { headers } from './headers';
import { redirect } from './redirect';
import { regex, regexNotes } from './regex';
import { rewrite } from './rewrite';
import { sslPassthrough } from './sslPassthrough';
import { sslRedirect } from './sslRedirect';
import { timeouts } from './timeouts';
import {
  bodySize,
  ipRanges,
  sessionAffinity,
  snippetsAuthLimits,
} from './unportable';
import { wwwRedirect } from './wwwRedirect';

/**
 * The ingress-nginx annotation features, in ingress2gateway 1.1's order (its provider parsers,
 * then its emitter-IR passes), then the notes for what has no portable equivalent; the regex
 * portability warning comes after rewrite-target, which may turn regex paths back to prefixes.
 */
export const FEATURES: Feature[] = [
  canary,
  redirect,
  headers,
  regex,
  backendTls,
  sessionAffinity,
  sslPassthrough,
  appRoot,
  rewrite,
  regexNotes,
  ipRanges,
  timeouts,
  cors,
  bodySize,
  sslRedirect,
  wwwRedirect,
  snippetsAuthLimits,
];
