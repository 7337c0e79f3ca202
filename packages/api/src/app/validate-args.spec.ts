import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ArgumentValidationError } from 'type-graphql';
import { PageArgs } from '../core/page.args.js';
import { validateArgs } from './validate-args.js';

const page = (first?: number) => Object.assign(new PageArgs(), { first });
const check = async (value: unknown) =>
  validateArgs(value, PageArgs, {} as Parameters<typeof validateArgs>[2]);

describe('validateArgs', () => {
  it('passes arguments that keep their class-validator rules, and scalars', async () => {
    await expect(check(page(20))).resolves.toBeUndefined();
    await expect(check(page())).resolves.toBeUndefined(); // missing properties are skipped
    await expect(check('text')).resolves.toBeUndefined();
    await expect(check(null)).resolves.toBeUndefined();
  });

  it('refuses an argument breaking a rule, with class-validator’s message', async () => {
    const err = await check(page(101)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ArgumentValidationError);
    const details = (err as ArgumentValidationError).extensions.validationErrors;
    expect(details[0]?.property).toBe('first');
    expect(Object.values(details[0]?.constraints ?? {})).toEqual([
      'first ne peut pas dépasser 100.',
    ]);
  });

  it('checks every object of a list', async () => {
    await expect(check([page(1), page(2)])).resolves.toBeUndefined();
    await expect(check([page(1), page(0)])).rejects.toBeInstanceOf(ArgumentValidationError);
  });
});
