import type { Finding } from '@portway/plugin-routing-common';
import { findingsOfHostnames, findingsOfRow } from './hostnameFindings';

function finding(field: string, code: string): Finding {
  return { severity: 'error', code, message: code, field };
}

const findings = [
  finding('hostnames[0]', 'first'),
  finding('hostnames[1]', 'second'),
  finding('hostnames', 'all'),
  finding('gateway', 'other'),
];

describe('findingsOfRow', () => {
  it('gives each row the findings of its hostname', () => {
    const rows = ['a.example.com', 'b.example.com'];

    expect(findingsOfRow(findings, rows, 0).map(f => f.code)).toEqual([
      'first',
    ]);
    expect(findingsOfRow(findings, rows, 1).map(f => f.code)).toEqual([
      'second',
    ]);
  });

  it('counts only filled rows, as the request leaves empty ones out', () => {
    const rows = ['a.example.com', '', 'b.example.com'];

    expect(findingsOfRow(findings, rows, 2).map(f => f.code)).toEqual([
      'second',
    ]);
  });

  it('gives an empty row no findings', () => {
    expect(findingsOfRow(findings, ['a.example.com', ''], 1)).toEqual([]);
  });
});

describe('findingsOfHostnames', () => {
  it('keeps the findings about the hostnames as a whole', () => {
    expect(findingsOfHostnames(findings).map(f => f.code)).toEqual(['all']);
  });
});
