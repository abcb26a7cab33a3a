import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/request.ts';
import { fieldErrors, formField } from './form-errors.ts';

describe('form errors', () => {
  it('names the field an input error points at', () => {
    expect(formField('input.citations.0.source')).toBe('citations.0.source');
    expect(formField('input.power')).toBe('power');
    expect(formField(undefined)).toBe('');
  });

  it('puts input errors by their field and others on the whole form', () => {
    const bad = new ApiError('power must be 1 to 5', 'graphql', 'BAD_USER_INPUT', { field: 'input.power' });
    expect(fieldErrors(bad)).toEqual({ power: 'power must be 1 to 5' });
    const named = new ApiError('input.aliases.1.validTo: 2009 is before validFrom 2010', 'graphql', 'BAD_USER_INPUT', {
      field: 'input.aliases.1.validTo',
    });
    expect(fieldErrors(named)).toEqual({ 'aliases.1.validTo': '2009 is before validFrom 2010' });
    const forbidden = new ApiError('Editors only', 'graphql', 'FORBIDDEN');
    expect(fieldErrors(forbidden)).toEqual({ '': 'Editors only' });
  });
});
