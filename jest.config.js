/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/build-custom-ui.ts',
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
