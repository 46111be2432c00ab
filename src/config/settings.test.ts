import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MAX_TIMER_MS, parseAgentTimeout, resolveSettings } from './settings.js';

describe('resolveSettings', () => {
  it('starts from the defaults', () => {
    expect(resolveSettings({}, {})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.maxFileBytes).toBe(2 * 1024 * 1024);
  });

  it('layers environment under flags', () => {
    const env = { COCKPIT_MAX_FILE_SIZE: '512KB', COCKPIT_FORMAT: 'json' };
    expect(resolveSettings({}, env)).toMatchObject({ maxFileBytes: 512 * 1024, format: 'json' });
    expect(resolveSettings({ maxFileSize: '1.5MB', format: 'sarif' }, env)).toMatchObject({ maxFileBytes: 1572864, format: 'sarif' });
  });

  it('NO_COLOR beats FORCE_COLOR, and flags beat both', () => {
    expect(resolveSettings({}, { FORCE_COLOR: '1' }).color).toBe('always');
    expect(resolveSettings({}, { FORCE_COLOR: '1', NO_COLOR: '1' }).color).toBe('never');
    expect(resolveSettings({ color: true }, { NO_COLOR: '1' }).color).toBe('always');
    expect(resolveSettings({}, { FORCE_COLOR: '0' }).color).toBe('auto');
  });

  it('names the source of a bad value', () => {
    expect(() => resolveSettings({}, { COCKPIT_MAX_FILE_SIZE: '-1' })).toThrow(/^COCKPIT_MAX_FILE_SIZE: '-1' is not a size/);
    expect(() => resolveSettings({ format: 'xml' }, {})).toThrow(/^--format: unknown format 'xml'/);
    expect(() => resolveSettings({ maxFileSize: '0' }, {})).toThrow(/^--max-file-size: size must be greater than zero/);
  });
});

describe('parseAgentTimeout', () => {
  it('reads seconds, fractions too, into milliseconds', () => {
    expect(parseAgentTimeout('300', '--agent-timeout')).toBe(300_000);
    expect(parseAgentTimeout('1.5', '--agent-timeout')).toBe(1500);
    expect(parseAgentTimeout('2147483.647', '--agent-timeout')).toBe(MAX_TIMER_MS);
  });

  it('refuses what a Node timer cannot hold, naming the flag', () => {
    for (const value of ['0', '-1', '', ' ', 'abc', 'NaN', 'Infinity', '0.0001']) {
      expect(() => parseAgentTimeout(value, '--agent-timeout')).toThrow(/^--agent-timeout: '.*' is not a positive number of seconds$/);
    }
    for (const value of ['2147484', '1e12']) {
      expect(() => parseAgentTimeout(value, '--agent-timeout')).toThrow(/^--agent-timeout: '.*' is longer than 2147483\.647 seconds/);
    }
  });
});
