// Plain Setting values for unit tests of checks and precedence.
import type { Role, Setting } from '../../src/types.js';

export function envSetting(name: string, value: string, role: Role = 'api_key'): Setting {
  return { role, name, value, source: 'env', location: { kind: 'env', name } };
}

export function fileSetting(name: string, value: string, path = '.env', line = 1, role: Role = 'api_key'): Setting {
  return {
    role,
    name,
    value,
    source: 'dotenv',
    location: { kind: 'file', path, line, column: name.length + 2, key: name },
  };
}
