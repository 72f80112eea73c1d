import {
  bodySize,
  ipRanges,
  sessionAffinity,
  snippetsAuthLimits,
} from './unportable';
import { notesAbout, runFeatures } from './__testUtils__/conversionState';

describe('annotations with no portable equivalent', () => {
  it.each([
    ['proxy-body-size', 'request size limit', 'BackendTrafficPolicy'],
    ['client-body-buffer-size', 'buffering', 'ClientTrafficPolicy'],
    ['proxy-buffering', 'buffering', 'Envoy Gateway'],
    ['proxy-buffer-size', 'buffering', 'Envoy Gateway'],
    ['whitelist-source-range', 'client IP', 'AuthorizationPolicy'],
    ['allowlist-source-range', 'client IP', 'SecurityPolicy'],
    ['denylist-source-range', 'client IP', 'NetworkPolicy'],
    ['affinity', 'session persistence', 'consistentHash'],
    ['session-cookie-name', 'session persistence', 'httpCookie'],
    ['configuration-snippet', 'raw nginx configuration', 'EnvoyPatchPolicy'],
    ['server-snippet', 'raw nginx configuration', 'EnvoyFilter'],
    ['auth-url', 'no authentication', 'extAuth'],
    ['auth-signin', 'no authentication', 'SecurityPolicy'],
    ['limit-rps', 'rate or connection limits', 'rateLimit'],
    ['limit-rpm', 'rate or connection limits', 'local_ratelimit'],
    ['limit-connections', 'rate or connection limits', 'BackendTrafficPolicy'],
  ])('%s: a warning saying why and what to use', (name, why, instead) => {
    const state = runFeatures(
      [sessionAffinity, ipRanges, bodySize, snippetsAuthLimits],
      [
        {
          name: 'web',
          annotations: { [name]: 'x' },
          rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
        },
      ],
    );
    const notes = notesAbout(state, name);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      level: 'warning',
      object: 'Ingress default/web',
      field: `metadata.annotations["nginx.ingress.kubernetes.io/${name}"]`,
    });
    expect(notes[0].message).toContain(why);
    expect(notes[0].message).toContain(instead);
  });
});
