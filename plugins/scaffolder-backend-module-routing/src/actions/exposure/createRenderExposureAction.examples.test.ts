import { parse } from 'yaml';
import {
  exposureTypes,
  parseExposureRequest,
  validateExposureRequest,
} from '@portway/plugin-routing-common';
import { examples } from './createRenderExposureAction.examples';

const inputs = examples.map(example => parse(example.example).steps[0].input);
const literal = inputs.filter(input => !JSON.stringify(input).includes('${{'));

describe('routing:exposure:render examples', () => {
  it('shows every exposure type', () => {
    expect(literal.map(input => input.type).sort()).toEqual(
      [...exposureTypes].sort(),
    );
  });

  it.each(literal.map(input => [input.type, input]))(
    'gives a %s request without error findings',
    (_type, input) => {
      const findings = validateExposureRequest(parseExposureRequest(input));
      expect(findings.filter(f => f.severity === 'error')).toEqual([]);
    },
  );
});
