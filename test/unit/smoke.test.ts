import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UserError } from '../../src/core/userError';
test('a UserError prints its next step', () => {
  assert.equal(new UserError('Engine down', 'Start dockerd').toString(), 'Engine down\n  → Start dockerd');
});
