// Plain Setting values for unit tests of checks and precedence.
import type { Role, Setting } from '../../src/types.js';

export function envSetting(name: string, value: string, role: Role = 'api_key'): Setting {
  return { role, name, value, source: 'env', location: { kind: 'env', name } };
}

/** A setting read from `path` (a .env file unless said), at `line` (1), for `role` (the API key). */
export function fileSetting(
  name: string,
  value: string,
  path = '.env',
  { line = 1, role = 'api_key' }: { line?: number; role?: Role } = {},
): Setting {
  return {
    role,
    name,
    value,
    source: 'dotenv',
    location: { kind: 'file', path, line, column: name.length + 2, key: name },
  };
}
