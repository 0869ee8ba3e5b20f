import { describe, it, expect } from 'vitest';
import { assertEmulatorInstalled, EMULATOR_PACKAGE } from '../../src/store/embedded';
import pkg from '../../package.json';

describe('the embedded store and its emulator', () => {
  it('keeps the emulator out of the production dependencies', () => {
    expect(Object.keys(pkg.dependencies)).not.toContain(EMULATOR_PACKAGE);
    expect(Object.keys(pkg.devDependencies)).toContain(EMULATOR_PACKAGE);
  });

  it('finds the emulator in a development install', () => {
    expect(() => assertEmulatorInstalled()).not.toThrow();
  });

  it('says what to do when a production install has no emulator and no COSMOS_ENDPOINT', () => {
    const missing = (id: string): string => {
      throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => assertEmulatorInstalled(missing)).toThrow(/COSMOS_ENDPOINT is not set/);
    expect(() => assertEmulatorInstalled(missing)).toThrow(/npm install/);
    expect(() => assertEmulatorInstalled(missing)).not.toThrow(/Cannot find module/);
  });
});
