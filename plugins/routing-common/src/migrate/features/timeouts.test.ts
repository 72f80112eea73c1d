import { durationOf, timeouts } from './timeouts';
import { notesAbout, runFeatures } from './__testUtils__/conversionState';

const run = (annotations: Record<string, string>, backendProtocol?: string) =>
  runFeatures(
    [timeouts],
    [
      {
        name: 'web',
        annotations: {
          ...annotations,
          ...(backendProtocol ? { 'backend-protocol': backendProtocol } : {}),
        },
        rules: [{ host: 'a.example.com', paths: [{ service: 'app' }] }],
      },
    ],
  );

describe('proxy-connect/read/send-timeout', () => {
  it.each([
    ['none', {}, undefined],
    ['read 2 gives 10 × 2', { 'proxy-read-timeout': '2' }, { request: '20s' }],
    [
      'connect 1, send 2, read 3: 10 × the largest',
      {
        'proxy-connect-timeout': '1',
        'proxy-send-timeout': '2',
        'proxy-read-timeout': '3',
      },
      { request: '30s' },
    ],
    ['"1s" is skipped as invalid', { 'proxy-read-timeout': '1s' }, undefined],
    [
      'a long timeout stays a valid Duration',
      { 'proxy-read-timeout': '36000' },
      { request: '100h' },
    ],
  ])('%s', (_, annotations, expected) => {
    expect(run(annotations).routes[0].rules[0].timeouts).toEqual(expected);
  });

  it('says it is best effort', () => {
    const [note] = notesAbout(
      run({ 'proxy-read-timeout': '5' }),
      'proxy-read-timeout',
    );
    expect(note).toMatchObject({ level: 'warning' });
    expect(note.message).toContain('best effort');
  });

  it('warns on an invalid value', () => {
    expect(
      notesAbout(run({ 'proxy-read-timeout': '1s' }), 'proxy-read-timeout')[0]
        .message,
    ).toContain('skipped');
  });

  it('notes GRPCRoutes, which have no timeouts', () => {
    const state = run({ 'proxy-read-timeout': '5' }, 'GRPC');
    expect(state.routes[0].rules[0].timeouts).toBeUndefined();
    expect(notesAbout(state, 'proxy-read-timeout')[0].message).toContain(
      'GRPCRoute has no timeouts',
    );
  });

  it.each([
    [30, '30s'],
    [99999, '99999s'],
    [100000, '27h46m40s'],
  ])('formats %i seconds as %s', (seconds, duration) => {
    expect(durationOf(seconds)).toBe(duration);
  });
});
